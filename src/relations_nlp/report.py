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
