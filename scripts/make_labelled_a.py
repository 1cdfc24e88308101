#!/usr/bin/env python
"""Build part A of the labelled training corpus (entities + tone of one dyad per item).

Writes ``corpus/labelled/part_a.jsonl`` from the items below and validates them.
All items were written from scratch for relations_nlp: news-style English on international
relations, 1-2 sentences each. They are **not real news reports**. Heads of state/government
and foreign ministers are real and in office on the item's date (checked against
``scripts/sources/leaders/*.jsonl``; rows marked ``unsure`` are never used); their
statements are neutral paraphrase. **All other persons, all quotations and the
organisations marked "unseen" are invented** (officials, diplomats, analysts, journalists,
NGOs, think tanks, outlets, companies, committees, agencies); any resemblance to a real
person or body of the same name is accidental. Real IGOs and state bodies come from
``scripts/sources/orgs.jsonl``.

Run from anywhere::

    python scripts/make_labelled_a.py            # validate + write
    python scripts/make_labelled_a.py --check    # validate + fail if the file is stale
    python scripts/make_labelled_a.py --lint     # also list capitalised tokens outside spans

Item format (readable Python data, one tuple per item)::

    (text, date, spans, dyad, tone)

* ``spans``: tuples ``(surface, label, kb_id, extra, n)`` built by the shorthands below.
  ``kb_id`` may be ``None`` = "resolve from the project's tables at build time" (COUNTRY from
  ``countries.jsonl`` names/demonyms/capitals, LEADER from the leader rows in office on the
  date, ORG from ``orgs.jsonl``, LOC from ``regions.jsonl``/``cities.jsonl``); resolution
  must be unique or the build fails. ``extra`` is a dict (``country``, ``role``, ``unseen``)
  or None; ``n`` (1-based) picks the n-th token-aligned occurrence of ``surface`` and is
  required when the surface occurs more than once (also inside a longer span).
* ``dyad``: ``"AAA|BBB"`` (sorted ISO3 codes) or None; ``tone``: ``POS``/``NEG``/``NEU``
  or None (both or neither). Tone rules: ``corpus/eval/README.md`` (relation tone section).
* every entity of the text is labelled, following ``docs/annotation.md``.

Output, one JSON object per line (fits ``relations-nlp convert``)::

    {"id": "la-0001", "text": ..., "date": ..., "spans": [{"start", "end", "label", "kb_id",
     optional "country", "role"}], "tone": [{"start": 0, "end": len(text), "tone": "POS"}],
     "dyads": {"AAA|BBB": "POS"}, "unseen": ["invented names as written"]}

Checks: offsets on ``spacy.blank("en")`` token boundaries (``doc.char_span``), no overlaps,
no leading article/possessive, every token-aligned repeat of a labelled surface covered;
ISO3 codes valid (pycountry, or XKX/PSE/TWN/ESH/SUN); LEADER rows in office on the date and
not ``unsure``; a known PERSON out of office on the date; invented names appear in no
gazetteer (leaders, orgs, countries) and not among the invented names of the evaluation
sets; no duplicate texts (also against the evaluation sets); every item has a COUNTRY;
both states of a dyad are mentioned (COUNTRY or LEADER).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "labelled" / "part_a.jsonl"
SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "src" / "relations_nlp" / "data"
EVAL = ROOT / "corpus" / "eval"

LABELS = ("COUNTRY", "LOC", "LEADER", "PERSON", "ORG")
TONES = ("POS", "NEG", "NEU")
EXTRA_ISO3 = {"XKX", "PSE", "TWN", "ESH", "SUN"}
ID_PREFIX = "la-"

_AUTO = object()  # "resolve from the tables" marker for LOC country


# ---------------------------------------------------------------------------------------
# Span shorthands: each returns the 5-tuple (surface, label, kb_id, extra, n).
# kb_id None = resolved at build time from the project's tables.
# ---------------------------------------------------------------------------------------


def _t(surface, label, kb, extra=None, n=None):
    return (surface, label, kb, extra or None, n)


def C(surface, iso3=None, n=None):
    """COUNTRY: a state as actor (name, demonym, capital for the government)."""
    return _t(surface, "COUNTRY", iso3, None, n)


def L(surface, name=None, role=None, n=None):
    """LEADER in office on the item's date (name/country/role resolved from the tables)."""
    return _t(surface, "LEADER", name, {"role": role} if role else None, n)


def P(surface, n=None):
    """PERSON, invented for this corpus (kb '' and listed in ``unseen``)."""
    return _t(surface, "PERSON", "", {"unseen": True}, n)


def F(surface, name, n=None):
    """PERSON who is a known (former) leader, out of office on the date: kb = canonical name."""
    return _t(surface, "PERSON", name, None, n)


def R(surface, n=None):
    """PERSON, real but in no table (kb '', not unseen)."""
    return _t(surface, "PERSON", "", None, n)


def O(surface, country=None, n=None):
    """ORG invented for this corpus (kb '', listed in ``unseen``); country = home state."""
    extra = {"unseen": True}
    if country:
        extra["country"] = country
    return _t(surface, "ORG", "", extra, n)


def K(surface, kb=None, n=None):
    """ORG from ``orgs.jsonl`` (kb and home state resolved from the table)."""
    return _t(surface, "ORG", kb, None, n)


def M(surface, country=None, n=None):
    """ORG: generic state body ("Foreign Ministry") or a real body missing from the tables."""
    return _t(surface, "ORG", "", {"country": country} if country else None, n)


def G(surface, kb=None, country=_AUTO, n=None):
    """LOC: kb = GeoNames-style name (resolved if None); country = state it lies in."""
    extra = None if country is _AUTO else {"country": country}
    return _t(surface, "LOC", kb, extra, n)


ITEMS: list = []

# --- items ---------------------------------------------------------------------------
# --- end of items ---


# ---------------------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------------------


def _jsonl(path: Path):
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class Tables:
    def __init__(self):
        self.leaders = []
        for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
            self.leaders.extend(_jsonl(path))
        self.orgs = {r["name"]: r for r in _jsonl(SOURCES / "orgs.jsonl")}
        self.org_forms = collections.defaultdict(set)
        for r in self.orgs.values():
            for form in [r["name"], r.get("full")] + list(r.get("aliases", [])):
                if form:
                    self.org_forms[form].add(r["name"])
        self.countries = _jsonl(DATA / "countries.jsonl")
        self.country_forms = collections.defaultdict(set)
        for r in self.countries:
            forms = [r["name"], r.get("official"), r.get("capital")]
            forms += list(r.get("aliases", [])) + list(r.get("demonyms", []))
            forms += list(r.get("capital_aliases", []))
            for form in forms:
                if form:
                    self.country_forms[form].add(r["iso3"])
        self.regions = collections.defaultdict(list)
        for r in _jsonl(DATA / "regions.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.regions[form].append(r)
        self.cities = collections.defaultdict(list)
        for r in _jsonl(DATA / "cities.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.cities[form].append(r)
        self.place_names = set(self.regions) | set(self.cities)
        try:
            import pycountry
            self.iso3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
        except ImportError:  # fall back on the project's own table
            self.iso3 = {r["iso3"] for r in self.countries} | EXTRA_ISO3
        self.leader_forms = set()
        for r in self.leaders:
            self.leader_forms.add(r["name"])
            self.leader_forms.update(r.get("aliases", []))
        self.gazetteer_forms = self.leader_forms | set(self.org_forms) | set(self.country_forms)
        # invented names and texts of the evaluation sets: not to be reused here
        self.eval_names, self.eval_texts = set(), set()
        for path in sorted(EVAL.glob("*.jsonl")):
            for r in _jsonl(path):
                self.eval_texts.add(r["text"])
                for sp in r.get("spans", []):
                    if sp["label"] in ("PERSON", "ORG") and not sp.get("kb_id"):
                        self.eval_names.add(r["text"][sp["start"]:sp["end"]])


def in_term(row, date):
    return row["start"] <= date and (row["end"] is None or date < row["end"])


# ---------------------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------------------


class ItemError(Exception):
    pass


GENERIC_ORG = re.compile(r"(Ministry|Office|Department|Council|Service|Agency|Committee|"
                         r"Parliament|Government|Embassy|Consulate|Commission|Court|Senate)")


def _occurrences(text, surface, starts, ends):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)
            if m.start() in starts and m.end() in ends]


def resolve(label, surface, kb, extra, date, tab: Tables, warnings, idx):
    """Return (kb_id, attrs, unseen) for one span, or raise ItemError."""
    extra = dict(extra or {})
    unseen = bool(extra.pop("unseen", False))
    attrs = {}
    if label == "COUNTRY":
        if kb is None:
            cands = tab.country_forms.get(surface, set())
            if len(cands) != 1:
                raise ItemError(f"COUNTRY {surface!r}: cannot resolve ({sorted(cands)}), give ISO3")
            kb = next(iter(cands))
        if not re.fullmatch(r"[A-Z]{3}", kb) or kb not in tab.iso3:
            raise ItemError(f"COUNTRY {surface!r}: bad ISO3 {kb!r}")
    elif label == "LEADER":
        role = extra.get("role")
        rows = [r for r in tab.leaders if in_term(r, date) and not r.get("unsure")
                and (r["name"] == kb if kb else
                     (surface == r["name"] or surface in r.get("aliases", [])))
                and (role is None or r["role"] == role)]
        keys = sorted({(r["name"], r["country"], r["role"]) for r in rows})
        if len(keys) != 1:
            unsure = [r["name"] for r in tab.leaders if in_term(r, date) and r.get("unsure")
                      and (surface == r["name"] or surface in r.get("aliases", []))]
            raise ItemError(f"LEADER {surface!r} on {date}: {len(keys)} matches {keys}"
                            + (f" (unsure rows: {unsure})" if unsure else ""))
        kb, country, role = keys[0]
        forms = {kb} | {a for r in rows for a in r.get("aliases", [])}
        if surface not in forms:
            warnings.append(f"item {idx}: LEADER surface {surface!r} is not a listed form of {kb}")
        attrs = {"country": country, "role": role}
    elif label == "PERSON":
        if kb:
            known = [r for r in tab.leaders if r["name"] == kb]
            if not known:
                raise ItemError(f"PERSON {surface!r}: kb {kb!r} is not a known name")
            now = [r for r in known if in_term(r, date)]
            if now:
                raise ItemError(f"PERSON {surface!r}: {kb} is in office on {date}")
            if any(r.get("unsure") for r in known):
                raise ItemError(f"PERSON {surface!r}: a row of {kb} is marked unsure")
        clash = [r["name"] for r in tab.leaders if in_term(r, date) and r["name"] != kb
                 and (surface == r["name"] or surface in r.get("aliases", []))]
        if clash:
            raise ItemError(f"PERSON {surface!r} equals a form of in-office leader {clash}")
    elif label == "ORG":
        country = extra.get("country")
        if kb is None:
            cands = tab.org_forms.get(surface, set())
            if len(cands) != 1:
                raise ItemError(f"ORG {surface!r}: cannot resolve ({sorted(cands)})")
            kb = next(iter(cands))
        if kb:
            if kb not in tab.orgs:
                raise ItemError(f"ORG {surface!r}: kb {kb!r} not in orgs.jsonl")
            home = tab.orgs[kb].get("country")
            if country and country != home:
                raise ItemError(f"ORG {surface!r}: country {country} != {home} of {kb}")
            country = home
        if country:
            attrs = {"country": country}
    elif label == "LOC":
        if kb is None:
            regs = tab.regions.get(surface, [])
            if regs:
                kb = regs[0]["name"]
                auto_country = regs[0].get("country")
            else:
                cities = sorted(tab.cities.get(surface, []), key=lambda r: -(r.get("population") or 0))
                if not cities:
                    raise ItemError(f"LOC {surface!r}: not in the place tables, give kb/country")
                kb, auto_country = cities[0]["name"], cities[0]["country"]
                others = {c["country"] for c in cities[1:] if (c.get("population") or 0)
                          > 0.2 * (cities[0].get("population") or 1)}
                if others - {auto_country} and "country" not in extra:
                    warnings.append(f"item {idx}: LOC {surface!r} resolved to {kb}/{auto_country}, "
                                    f"also {sorted(others - {auto_country})}")
        else:
            auto_country = None
            if "country" not in extra:
                regs = tab.regions.get(kb, [])
                cities = sorted(tab.cities.get(kb, []), key=lambda r: -(r.get("population") or 0))
                if regs:
                    auto_country = regs[0].get("country")
                elif cities:
                    auto_country = cities[0]["country"]
                else:
                    raise ItemError(f"LOC {surface!r}: kb {kb!r} not in tables, give country")
            elif kb not in tab.place_names:
                warnings.append(f"item {idx}: LOC kb {kb!r} not in cities/regions tables")
        country = extra["country"] if "country" in extra else auto_country
        if country:
            attrs = {"country": country}
    else:
        raise ItemError(f"unknown label {label!r}")
    if "country" in attrs and attrs["country"] not in tab.iso3:
        raise ItemError(f"{surface!r}: bad country {attrs['country']!r}")
    if unseen:
        if label not in ("PERSON", "ORG") or kb:
            raise ItemError(f"{surface!r}: only PERSON/ORG with kb '' can be unseen")
        if surface in tab.gazetteer_forms:
            raise ItemError(f"unseen {surface!r} is a gazetteer form")
        if surface in tab.eval_names:
            raise ItemError(f"unseen {surface!r} is an invented name of the evaluation sets")
    return kb, attrs, unseen


def build_item(idx, item, nlp, tab: Tables, warnings):
    if not (isinstance(item, tuple) and len(item) == 5):
        raise ItemError("item must be (text, date, spans, dyad, tone)")
    text, date, spans, dyad, tone = item
    if not re.fullmatch(r"(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", date):
        raise ItemError(f"bad date {date!r}")
    if text != text.strip() or "  " in text:
        raise ItemError("stray whitespace in text")
    doc = nlp.make_doc(text)
    starts = {t.idx for t in doc}
    ends = {t.idx + len(t.text) for t in doc}
    out, unseen = [], []
    for sp in spans:
        if not (isinstance(sp, tuple) and len(sp) == 5):
            raise ItemError(f"span must be a 5-tuple: {sp!r}")
        surface, label, kb, extra, n = sp
        if label not in LABELS:
            raise ItemError(f"unknown label {label!r}")
        occ = _occurrences(text, surface, starts, ends)
        if not occ:
            raise ItemError(f"surface {surface!r} not found on token boundaries")
        if n is None:
            if len(occ) > 1:
                raise ItemError(f"surface {surface!r} occurs {len(occ)} times: give n")
            n = 1
        if not 1 <= n <= len(occ):
            raise ItemError(f"surface {surface!r}: occurrence {n} of {len(occ)}")
        start, end = occ[n - 1]
        if doc.char_span(start, end) is None:
            raise ItemError(f"span {surface!r} not on token boundaries")
        if surface != surface.strip() or re.match(r"(?i)the\s", surface):
            raise ItemError(f"span {surface!r} has spaces or a leading article")
        if surface.endswith(("'s", "’s", "'", "’")):
            raise ItemError(f"span {surface!r} ends with a possessive")
        kb, attrs, is_unseen = resolve(label, surface, kb, extra, date, tab, warnings, idx)
        row = {"start": start, "end": end, "label": label, "kb_id": kb}
        row.update(attrs)
        out.append(row)
        if is_unseen and surface not in unseen:
            unseen.append((start, surface))
    out.sort(key=lambda r: (r["start"], r["end"]))
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise ItemError(f"overlap {text[a['start']:a['end']]!r} / {text[b['start']:b['end']]!r}")
    for r in out:
        surface = text[r["start"]:r["end"]]
        for s, e in _occurrences(text, surface, starts, ends):
            if not any(o["start"] <= s and e <= o["end"] for o in out):
                raise ItemError(f"occurrence of {surface!r} at {s} is not labelled")
    if not any(r["label"] == "COUNTRY" for r in out):
        raise ItemError("no COUNTRY span")
    if (dyad is None) != (tone is None):
        raise ItemError("dyad and tone go together")
    dyads, tones = {}, []
    if dyad is not None:
        parts = dyad.split("|")
        if len(parts) != 2 or parts != sorted(parts) or parts[0] == parts[1]:
            raise ItemError(f"bad dyad {dyad!r} (two distinct sorted ISO3 codes)")
        if tone not in TONES:
            raise ItemError(f"bad tone {tone!r}")
        mentioned = {r["kb_id"] for r in out if r["label"] == "COUNTRY"}
        mentioned |= {r["country"] for r in out if r["label"] == "LEADER"}
        for code in parts:
            if code not in tab.iso3:
                raise ItemError(f"dyad code {code!r} is not ISO3")
            if code not in mentioned:
                raise ItemError(f"dyad state {code} is not mentioned")
        dyads = {dyad: tone}
        tones = [{"start": 0, "end": len(text), "tone": tone}]
    names = []
    for _, s in sorted(unseen):
        if s not in names:
            names.append(s)
    return {"text": text, "date": date, "spans": out, "tone": tones, "dyads": dyads,
            "unseen": names}


def build(warnings):
    import spacy

    nlp = spacy.blank("en")
    tab = Tables()
    rows, errors, seen = [], [], set()
    for i, item in enumerate(ITEMS, 1):
        try:
            built = build_item(i, item, nlp, tab, warnings)
        except ItemError as exc:
            errors.append(f"item {i} ({str(item[0])[:60]!r}): {exc}")
            continue
        if built["text"] in seen:
            errors.append(f"item {i}: duplicate text")
        if built["text"] in tab.eval_texts:
            errors.append(f"item {i}: text of an evaluation set")
        seen.add(built["text"])
        rows.append({"id": f"{ID_PREFIX}{i:04d}", **built})
    return rows, errors, nlp


# words that signal the tone phenomena of the eval README (a rough count, for the summary)
PHENOMENA = {
    "negation": r"\b(not|no|never|without|no longer|failed|refused|denied|dismissed|rejected|"
                r"declined|far from|free of|neither|nor)\b|n't\b",
    "hypothetical": r"\b(if|unless|could|would|might|may|should|risks?|threat(en)?s?|warned)\b",
    "reversal": r"\b(lifted|restored|resumed|reopened|returned|defused|overcome|ended|"
                r"suspended|collapsed|reimposed|stalled|thaw|back on track|behind them)\b",
    "concession": r"\b(despite|although|though|but|while|for all|nonetheless|however|yet)\b",
}


def summary(rows, nlp):
    labels = collections.Counter(sp["label"] for r in rows for sp in r["spans"])
    tones = collections.Counter(t for r in rows for t in r["dyads"].values())
    span_text = lambda r, sp: r["text"][sp["start"]:sp["end"]]  # noqa: E731
    unseen_person = sum(1 for r in rows for sp in r["spans"]
                        if sp["label"] == "PERSON" and span_text(r, sp) in r["unseen"])
    unseen_org = sum(1 for r in rows for sp in r["spans"]
                     if sp["label"] == "ORG" and span_text(r, sp) in r["unseen"])
    items_up = sum(1 for r in rows if any(sp["label"] == "PERSON" and span_text(r, sp) in r["unseen"]
                                          for sp in r["spans"]))
    items_uo = sum(1 for r in rows if any(sp["label"] == "ORG" and span_text(r, sp) in r["unseen"]
                                          for sp in r["spans"]))
    n = max(len(rows), 1)
    print(f"items: {len(rows)}  spans: {sum(labels.values())}  "
          f"with dyad: {sum(1 for r in rows if r['dyads'])}  "
          f"distinct dyads: {len({d for r in rows for d in r['dyads']})}")
    print("labels: " + ", ".join(f"{k} {labels[k]}" for k in LABELS))
    print("tones:  " + ", ".join(f"{k} {tones[k]} ({100 * tones[k] / n:.0f}%)" for k in TONES))
    print(f"unseen PERSON spans: {unseen_person} (items: {items_up}, {100 * items_up / n:.0f}%)  "
          f"unseen ORG spans: {unseen_org} (items: {items_uo}, {100 * items_uo / n:.0f}%)  "
          f"distinct unseen names: {len({u for r in rows for u in r['unseen']})}")
    ph = {k: sum(1 for r in rows if re.search(v, r["text"], re.I)) for k, v in PHENOMENA.items()}
    anyp = sum(1 for r in rows if any(re.search(v, r["text"], re.I) for v in PHENOMENA.values()))
    print("phenomenon cue words (rough): " + ", ".join(f"{k} {v}" for k, v in ph.items())
          + f"; any {anyp} ({100 * anyp / n:.0f}%)")
    leaders = collections.Counter(sp["kb_id"] for r in rows for sp in r["spans"] if sp["label"] == "LEADER")
    countries = collections.Counter(sp["kb_id"] for r in rows for sp in r["spans"] if sp["label"] == "COUNTRY")
    print(f"distinct LEADERs: {len(leaders)}  distinct COUNTRY kb_ids: {len(countries)}  "
          f"dates: {min(r['date'] for r in rows) if rows else '-'} .. {max(r['date'] for r in rows) if rows else '-'}")


LINT_SKIP = {
    "I", "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "Its", "This", "That", "These", "Those", "Mr.", "Ms.",
    "Mrs.", "Dr.", "Prof.", "President", "Prime", "Minister", "Foreign", "Chancellor",
    "Secretary", "State", "Leader", "Supreme", "King", "Emir", "Crown", "Prince", "Deputy",
    "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "“", "‘", "Sultan", "Pope", "General", "Senator", "Governor", "Mayor", "Vice", "Sheikh",
}


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    for row in rows:
        doc = nlp.make_doc(row["text"])
        covered = set()
        for sp in row["spans"]:
            covered.update(range(sp["start"], sp["end"]))
        for i, tok in enumerate(doc):
            if tok.idx in covered or not tok.text[:1].isupper() or tok.text in LINT_SKIP:
                continue
            if i == 0 or doc[i - 1].text in {".", "“", "\"", ":", "?", "!", "—"}:
                continue
            print(f"  lint {row['id']}: {tok.text!r} in {row['text'][:80]!r}")


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate and compare, do not write")
    ap.add_argument("--lint", action="store_true", help="list capitalised tokens outside spans")
    args = ap.parse_args(argv)
    warnings: list = []
    rows, errors, nlp = build(warnings)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    if args.lint:
        lint(rows, nlp)
    text = dump(rows)
    summary(rows, nlp)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
