"""Self-contained HTML pages of annotated documents (``relations-nlp show``)."""
from __future__ import annotations

import html
from typing import Iterable, List

from spacy import displacy
from spacy.tokens import Doc

from .displacy import COLORS, polarity_color

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#666;font-size:.9rem} .cues{line-height:2.2}
mark.cue{padding:.1em .3em;border-radius:.3em} mark.cue sub{font-size:.7em;color:#333;margin-left:.3em}
table{border-collapse:collapse;margin:.5rem 0} td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;font-size:.9rem}
.POS{color:#1a7f1a;font-weight:600} .NEG{color:#b22222;font-weight:600} .NEU{color:#666}
"""


def cue_html(doc: Doc, spans_key: str = "relation_cues") -> str:
    """The text with every cue marked; polarity, category and context flags on hover."""
    out: List[str] = []
    pos = 0
    for span in sorted(doc.spans.get(spans_key, []), key=lambda s: s.start_char):
        if span.start_char < pos:
            continue
        out.append(html.escape(doc.text[pos:span.start_char]))
        flags = [f for f, on in (("negated", span._.negated), ("hypothetical", span._.hypothetical)) if on]
        title = f"{span.label_} polarity {span._.polarity:+.2f}" + (f" ({', '.join(flags)})" if flags else "")
        out.append(f'<mark class="cue" id="cue-{span.start_char}-{span.end_char}" title="{html.escape(title)}" '
                   f'style="background:{polarity_color(span._.polarity)}">{html.escape(span.text)}'
                   f'<sub>{span._.polarity:+.2f}</sub></mark>')
        pos = span.end_char
    out.append(html.escape(doc.text[pos:]))
    return "".join(out).replace("\n", "<br>\n")


def dyad_table(doc: Doc) -> str:
    if not doc._.dyads:
        return "<p>No pair of states with relation cues.</p>"
    rows = ["<table><tr><th>pair</th><th>tone</th><th>label</th><th>evidence</th></tr>"]
    for d in doc._.dyads:
        links = ", ".join(f'<a href="#cue-{s}-{e}">{html.escape(doc.text[s:e])}</a>' for s, e in d["evidence"])
        rows.append(f'<tr><td>{html.escape(d["pair"])}</td><td>{d["tone"]:+.2f}</td>'
                    f'<td class="{d["label"]}">{d["label"]}</td><td>{links}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def render_page(docs: Iterable[Doc], title: str = "relations_nlp") -> str:
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
             f"<style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>"]
    for i, doc in enumerate(docs):
        name = doc.user_data.get("id") or f"document {i + 1}"
        meta = " · ".join(str(doc.user_data[k]) for k in ("date", "source", "path") if doc.user_data.get(k))
        ents = displacy.render(doc, style="ent", page=False, jupyter=False, options={"colors": COLORS})
        parts.append(f"<section><h2>{html.escape(str(name))}</h2><p class=\"meta\">{html.escape(meta)}</p>")
        parts.append(f"<h3>Entities</h3>{ents}")
        parts.append(f"<h3>Relation cues</h3><div class=\"cues\">{cue_html(doc)}</div>")
        parts.append(f"<h3>Dyads</h3>{dyad_table(doc)}</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------------- corpus report
def corpus_summary(docs: Iterable[Doc], top: int = 15):
    """Counts of the most-mentioned states, leaders and organisations, and the dyad tone
    of every document with a date, for :func:`render_report`."""
    from collections import Counter

    states: Counter = Counter()
    leaders: Counter = Counter()
    orgs: Counter = Counter()
    tone_rows = []
    n_docs = 0
    for doc in docs:
        n_docs += 1
        for ent in doc.ents:
            if ent.label_ == "COUNTRY" and ent.kb_id_:
                states[ent.kb_id_] += 1
            elif ent.label_ == "LEADER" and ent.kb_id_:
                leaders[ent.kb_id_] += 1
            elif ent.label_ == "ORG":
                orgs[ent.kb_id_ or ent.text] += 1
        date = str(doc.user_data.get("date") or "")[:10]
        for d in doc._.dyads:
            tone_rows.append({"id": doc.user_data.get("id"), "date": date, "source": doc.user_data.get("source"),
                              "pair": d["pair"], "tone": d["tone"], "label": d["label"],
                              "n_evidence": len(d["evidence"])})
    return {"n_docs": n_docs, "states": states.most_common(top), "leaders": leaders.most_common(top),
            "orgs": orgs.most_common(top), "tone_rows": tone_rows}


def _bar_table(title: str, rows) -> str:
    if not rows:
        return f"<h2>{html.escape(title)}</h2><p>None found.</p>"
    peak = max(n for _, n in rows)
    out = [f"<h2>{html.escape(title)}</h2><table>"]
    for name, n in rows:
        width = int(200 * n / peak)
        out.append(f'<tr><td>{html.escape(str(name))}</td><td>{n}</td>'
                   f'<td><svg width="{width + 2}" height="12" role="img"><rect width="{width}" height="12" '
                   f'fill="#7aecec"/></svg></td></tr>')
    out.append("</table>")
    return "\n".join(out)


def tone_svg(points, width: int = 640, height: int = 180) -> str:
    """An inline SVG line chart of (date, tone) points, tone from -1 to 1."""
    pts = sorted((d, t) for d, t in points if d)
    if not pts:
        return "<p>No dated documents.</p>"
    dates = sorted({d for d, _ in pts})
    x_of = {d: 40 + (width - 60) * (i / max(1, len(dates) - 1)) for i, d in enumerate(dates)}

    def y(t: float) -> float:
        return 10 + (height - 40) * (1 - (t + 1) / 2)

    by_date = {}
    for d, t in pts:
        by_date.setdefault(d, []).append(t)
    series = [(x_of[d], y(sum(ts) / len(ts))) for d, ts in sorted(by_date.items())]
    path = " ".join(f"{x:.1f},{yv:.1f}" for x, yv in series)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{yv:.1f}" r="3" fill="#333"/>' for x, yv in series)
    labels = f'<text x="40" y="{height - 8}" font-size="10">{html.escape(dates[0])}</text>' + (
        f'<text x="{width - 20}" y="{height - 8}" font-size="10" text-anchor="end">{html.escape(dates[-1])}</text>'
        if len(dates) > 1 else "")
    axes = (f'<line x1="40" y1="{y(0):.1f}" x2="{width - 20}" y2="{y(0):.1f}" stroke="#bbb" stroke-dasharray="4"/>'
            f'<text x="4" y="{y(1) + 4:.1f}" font-size="10">+1</text><text x="4" y="{y(0) + 4:.1f}" font-size="10">0</text>'
            f'<text x="4" y="{y(-1) + 4:.1f}" font-size="10">-1</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">{axes}'
            f'<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="{path}"/>{dots}{labels}</svg>')


def _pair_table(per_pair) -> str:
    if not per_pair:
        return "<h2>Pairs of states</h2><p>None found.</p>"
    out = ["<h2>Pairs of states</h2><table><tr><th>pair</th><th>documents</th><th>mean tone</th>"
           "<th>POS</th><th>NEU</th><th>NEG</th></tr>"]
    for pair in sorted(per_pair, key=lambda p: (-len(per_pair[p]), p)):
        rows = per_pair[pair]
        mean = sum(r["tone"] for r in rows) / len(rows)
        counts = {lab: sum(1 for r in rows if r["label"] == lab) for lab in ("POS", "NEU", "NEG")}
        out.append(f"<tr><td>{html.escape(pair)}</td><td>{len(rows)}</td><td>{mean:+.2f}</td>"
                   f"<td>{counts['POS']}</td><td>{counts['NEU']}</td><td>{counts['NEG']}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def render_report(summary, title: str = "relations_nlp corpus report", top_pairs: int = 8) -> str:
    from collections import defaultdict

    per_pair = defaultdict(list)
    for row in summary["tone_rows"]:
        per_pair[row["pair"]].append(row)
    pairs = sorted(per_pair, key=lambda p: (-len(per_pair[p]), p))[:top_pairs]
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
             f"<style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>"
             f"<p class=\"meta\">{summary['n_docs']} documents, {len(summary['tone_rows'])} dyad tones</p>",
             _bar_table("Most-mentioned states", summary["states"]),
             _bar_table("Most-mentioned leaders", summary["leaders"]),
             _bar_table("Most-mentioned organisations", summary["orgs"]),
             _pair_table(per_pair),
             "<h2>Dyad tone over time</h2>"]
    for pair in pairs:
        rows = per_pair[pair]
        mean = sum(r["tone"] for r in rows) / len(rows)
        parts.append(f"<h3>{html.escape(pair)} — {len(rows)} documents, mean tone {mean:+.2f}</h3>")
        parts.append(tone_svg([(r["date"], r["tone"]) for r in rows]))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_tone_csv(rows, path) -> None:
    import csv
    import io as _io

    from .io import write_atomic

    buf = _io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "date", "source", "pair", "tone", "label", "n_evidence"])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    write_atomic(path, buf.getvalue().encode("utf8"))
