"""Helpers shared by the data builders and the corpus generators (build time only; never
imported by the package)."""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "relations_nlp" / "data"
SOURCES = Path(__file__).resolve().parent / "sources"


def lookups_table(name: str) -> Dict:
    """A table of spacy-lookups-data (e.g. ``en_lexeme_prob``, ``en_lemma_lookup``)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf8") as fh:
        return json.load(fh)


def common_words(threshold: float = -12.0) -> set:
    """Lowercase English words whose log-probability in spaCy's lexeme table is above
    ``threshold``: names that are also ordinary words need context to be entities."""
    probs = lookups_table("en_lexeme_prob")
    return {w for w, p in probs.items() if p > threshold and w.isalpha() and w.islower()}


def write_jsonl(path: Path, rows: Iterable[Dict]) -> int:
    n = 0
    with path.open("w", encoding="utf8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


# ---------------------------------------------------------------------------------------
# Hand-written corpus generators (make_labelled_a/_b.py, make_actors_eval.py,
# make_geo_eval.py): reference tables, span validation and the write-or-check flow.
# ---------------------------------------------------------------------------------------


class ItemError(ValueError):
    """An item of a generator script is invalid; the message says why."""


def read_jsonl(path: Path) -> list:
    """The rows of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_leaders() -> list:
    """All rows of ``scripts/sources/leaders/*.jsonl``, files in name order."""
    rows = []
    for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
        rows.extend(read_jsonl(path))
    return rows


def load_orgs() -> Dict[str, Dict]:
    """``scripts/sources/orgs.jsonl`` keyed by the canonical (short) name."""
    return {r["name"]: r for r in read_jsonl(SOURCES / "orgs.jsonl")}


def load_countries() -> list:
    """The rows of ``src/relations_nlp/data/countries.jsonl``."""
    return read_jsonl(DATA / "countries.jsonl")


def load_place_names() -> set:
    """Canonical names of ``cities.jsonl`` and ``regions.jsonl`` (a missing file is skipped)."""
    names = set()
    for fname in ("cities.jsonl", "regions.jsonl"):
        path = DATA / fname
        if path.exists():
            names.update(r["name"] for r in read_jsonl(path))
    return names


def iso3_codes(countries: list, extra: set) -> set:
    """Valid ISO3 codes: pycountry's (or, without pycountry, those of ``countries``) + ``extra``."""
    try:
        import pycountry

        return {c.alpha_3 for c in pycountry.countries} | set(extra)
    except ImportError:  # pragma: no cover - fall back on the project's own table
        return {r["iso3"] for r in countries} | set(extra)


def leader_forms(leaders: list) -> set:
    """Every canonical name and alias of the leader rows."""
    forms = set()
    for r in leaders:
        forms.add(r["name"])
        forms.update(r.get("aliases", []))
    return forms


def org_forms(orgs: Dict[str, Dict]) -> Dict[str, set]:
    """Surface form (name, full name, alias) -> canonical names of the orgs it can mean."""
    forms: Dict[str, set] = {}
    for r in orgs.values():
        for form in [r["name"], r.get("full")] + list(r.get("aliases", [])):
            if form:
                forms.setdefault(form, set()).add(r["name"])
    return forms


def country_forms(countries: list) -> Dict[str, set]:
    """Surface form (name, official name, capital, alias, demonym) -> ISO3 codes it can mean."""
    forms: Dict[str, set] = {}
    for r in countries:
        names = [r["name"], r.get("official"), r.get("capital")]
        names += list(r.get("aliases", [])) + list(r.get("demonyms", []))
        names += list(r.get("capital_aliases", []))
        for form in names:
            if form:
                forms.setdefault(form, set()).add(r["iso3"])
    return forms


def in_term(row: Dict, date: str) -> bool:
    """Whether the leader row's term (``start`` <= date < ``end``; open end) covers ``date``."""
    return row["start"] <= date and (row["end"] is None or date < row["end"])


# --- locating spans ---------------------------------------------------------------------


def token_bounds(doc) -> tuple:
    """(token start offsets, token end offsets) of a spaCy ``Doc``."""
    return {t.idx for t in doc}, {t.idx + len(t.text) for t in doc}


def occurrences(text: str, surface: str, starts: set, ends: set) -> list:
    """(start, end) of every occurrence of ``surface`` in ``text`` that is token-aligned."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)
            if m.start() in starts and m.end() in ends]


def locate_span(doc, surface: str, n, starts: set, ends: set) -> tuple:
    """(start, end) of the ``n``-th (1-based) token-aligned occurrence of ``surface``.

    ``n`` may be None only when the surface occurs once. The surface must not carry
    outer spaces, a leading article ("the ...") or a possessive ending ('s, ')."""
    text = doc.text
    occ = occurrences(text, surface, starts, ends)
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
    return start, end


def is_covered(spans: list, start: int, end: int) -> bool:
    """Whether some span (dict with ``start``/``end``) contains ``start:end``."""
    return any(o["start"] <= start and end <= o["end"] for o in spans)


def check_no_overlap(text: str, spans: list) -> None:
    """Spans sorted by (start, end) must not overlap."""
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            first, second = text[a["start"]:a["end"]], text[b["start"]:b["end"]]
            raise ItemError(f"overlap {first!r} / {second!r}")


def check_occurrences_labelled(text: str, spans: list, starts: set, ends: set) -> None:
    """Every token-aligned occurrence of a labelled surface lies inside some span."""
    for r in spans:
        surface = text[r["start"]:r["end"]]
        for s, e in occurrences(text, surface, starts, ends):
            if not is_covered(spans, s, e):
                raise ItemError(f"occurrence of {surface!r} at {s} is not labelled")


def sort_and_check_spans(text: str, spans: list, starts: set, ends: set) -> None:
    """Sort the spans by (start, end) in place; they must not overlap, and every
    token-aligned occurrence of a labelled surface must be covered by a span."""
    spans.sort(key=lambda r: (r["start"], r["end"]))
    check_no_overlap(text, spans)
    check_occurrences_labelled(text, spans, starts, ends)


# --- per-label checks of spans with explicit kb_ids and attrs -----------------------------

SPAN_ATTRS = {"COUNTRY": set(), "PERSON": set(), "LEADER": {"country", "role"},
              "ORG": {"country"}, "LOC": {"country"}}


def check_span_attrs(label: str, surface: str, attrs: Dict) -> None:
    """The attrs of a span: only ``country``/``role``, and those its label allows
    (LEADER needs both, ORG/LOC may have ``country``, COUNTRY/PERSON none)."""
    bad = set(attrs) - {"country", "role"}
    if bad:
        raise ItemError(f"unknown attrs {bad} in {surface!r}")
    if label in ("COUNTRY", "PERSON"):
        if attrs:
            raise ItemError(f"{label} {surface!r} takes no attrs")
    elif label == "LEADER":
        if set(attrs) != {"country", "role"}:
            raise ItemError(f"LEADER {surface!r} needs country and role")
    elif set(attrs) - {"country"}:
        raise ItemError(f"{label} {surface!r}: only 'country'")


def check_country_kb(surface: str, kb, iso3) -> None:
    """A COUNTRY kb_id is three capitals and (when ``iso3`` is given) a known code."""
    if not re.fullmatch(r"[A-Z]{3}", kb) or (iso3 is not None and kb not in iso3):
        raise ItemError(f"COUNTRY {surface!r}: bad ISO3 {kb!r}")


def check_leader(idx, surface: str, kb: str, attrs: Dict, date: str, leaders: list,
                 warnings: list) -> None:
    """A LEADER span: a row with name ``kb``, its country and role, in office on ``date``
    and not marked unsure; warns when the surface is not a listed form of the name."""
    match = [r for r in leaders if r["name"] == kb and r["country"] == attrs["country"]
             and r["role"] == attrs["role"] and in_term(r, date)]
    if not match:
        raise ItemError(f"LEADER {surface!r}: no term of {kb}/{attrs} on {date}")
    if any(r.get("unsure") for r in match):
        raise ItemError(f"LEADER {surface!r}: row marked unsure")
    forms = {kb} | {a for r in match for a in r.get("aliases", [])}
    if surface not in forms:
        warnings.append(f"item {idx}: LEADER surface {surface!r} is not a listed form of {kb}")


def check_person(surface: str, kb: str, date: str, leaders: list) -> None:
    """A PERSON span: a kb_id must be a known leader *out of* office on ``date`` (no row
    marked unsure), and the surface must not be a form of a leader in office then."""
    if kb:
        known = [r for r in leaders if r["name"] == kb]
        if not known:
            raise ItemError(f"PERSON {surface!r}: kb {kb!r} is not a known name")
        now = [r for r in known if in_term(r, date)]
        if now:
            raise ItemError(f"PERSON {surface!r}: {kb} is in office on {date} ({now[0]['role']})")
        if any(r.get("unsure") for r in known):
            raise ItemError(f"PERSON {surface!r}: a row of {kb} is marked unsure")
    clash = [r["name"] for r in leaders if in_term(r, date) and r["name"] != kb
             and (surface == r["name"] or surface in r.get("aliases", []))]
    if clash:
        raise ItemError(f"PERSON {surface!r} equals a form of in-office leader {clash}")


def check_org(idx, surface: str, kb: str, country, orgs: Dict, warnings: list) -> None:
    """An ORG span with a kb_id: an orgs.jsonl name whose home state is ``country``;
    warns when the surface is not a listed form of the org."""
    if not kb:
        return
    if kb not in orgs:
        raise ItemError(f"ORG {surface!r}: kb {kb!r} not in orgs.jsonl")
    if orgs[kb].get("country") != country:
        raise ItemError(f"ORG {surface!r}: country {country} != {orgs[kb].get('country')} of {kb}")
    forms = {kb, orgs[kb].get("full")} | set(orgs[kb].get("aliases", []))
    if surface not in forms:
        warnings.append(f"item {idx}: ORG surface {surface!r} is not a listed form of {kb}")


def check_country_attr(surface: str, attrs: Dict, iso3) -> None:
    """A ``country`` attr, when set, is a known ISO3 code (no check when ``iso3`` is None)."""
    country = attrs.get("country")
    if country is not None and iso3 is not None and country not in iso3:
        raise ItemError(f"{surface!r}: bad country {country!r}")


def check_explicit_span(idx, surface: str, label: str, kb: str, attrs: Dict, date: str,
                        iso3, leaders: list, orgs: Dict, warnings: list) -> None:
    """All table checks of a span whose kb_id and attrs are written out: the attrs its
    label allows, COUNTRY ISO3, LEADER / PERSON / ORG against the leader and org tables,
    and the ``country`` attr. (LOC kb_ids are left to the caller.)"""
    check_span_attrs(label, surface, attrs)
    if label == "COUNTRY":
        check_country_kb(surface, kb, iso3)
    elif label == "LEADER":
        check_leader(idx, surface, kb, attrs, date, leaders, warnings)
    elif label == "PERSON":
        check_person(surface, kb, date, leaders)
    elif label == "ORG":
        check_org(idx, surface, kb, attrs.get("country"), orgs, warnings)
    check_country_attr(surface, attrs, iso3)


def span_row(start: int, end: int, label: str, kb, attrs: Dict) -> Dict:
    """The output dict of a span: offsets, label, kb_id, then ``country`` (if not None)
    and ``role`` (if given)."""
    row = {"start": start, "end": end, "label": label, "kb_id": kb}
    if attrs.get("country") is not None:
        row["country"] = attrs["country"]
    if "role" in attrs:
        row["role"] = attrs["role"]
    return row


# --- items with a dyad and its tone ------------------------------------------------------


def check_dyad_tone(text: str, spans: list, dyad, tone, iso3: set, tones) -> tuple:
    """Validate the item's COUNTRY span and its dyad/tone; return (tone rows, dyads).

    The item needs a COUNTRY span; ``dyad`` ("AAA|BBB", two distinct sorted ISO3 codes,
    both mentioned as COUNTRY or as a LEADER's country) and ``tone`` (one of ``tones``)
    are both given or both None."""
    if not any(r["label"] == "COUNTRY" for r in spans):
        raise ItemError("no COUNTRY span")
    if (dyad is None) != (tone is None):
        raise ItemError("dyad and tone must both be given or both be None")
    if dyad is None:
        return [], {}
    parts = dyad.split("|")
    if len(parts) != 2 or parts != sorted(parts) or parts[0] == parts[1]:
        raise ItemError(f"bad dyad {dyad!r} (two distinct sorted ISO3 codes)")
    if tone not in tones:
        raise ItemError(f"bad tone {tone!r}")
    mentioned = {r["kb_id"] for r in spans if r["label"] == "COUNTRY"}
    mentioned |= {r["country"] for r in spans if r["label"] == "LEADER"}
    for code in parts:
        if code not in iso3:
            raise ItemError(f"dyad code {code!r} is not ISO3")
        if code not in mentioned:
            raise ItemError(f"dyad state {code} is not mentioned as COUNTRY or LEADER")
    return [{"start": 0, "end": len(text), "tone": tone}], {dyad: tone}


# --- building, linting, writing -----------------------------------------------------------


def build_rows(items: list, build_item: Callable, id_prefix: str,
               also: Optional[Callable] = None) -> tuple:
    """Build every item with ``build_item(index, item)`` (1-based index); return
    (rows with ids ``{id_prefix}0001`` ..., error messages). An ItemError or a repeated
    text is an error; ``also(row)`` may return more error messages for a built row."""
    rows, errors, seen = [], [], set()
    for i, item in enumerate(items, 1):
        try:
            built = build_item(i, item)
        except ItemError as exc:
            errors.append(f"item {i} ({str(item[0])[:60]!r}): {exc}")
            continue
        if built["text"] in seen:
            errors.append(f"item {i}: duplicate text")
        if also is not None:
            errors.extend(f"item {i}: {msg}" for msg in also(built))
        seen.add(built["text"])
        rows.append({"id": f"{id_prefix}{i:04d}", **built})
    return rows, errors


# Capitalised words that are no entity by themselves (pronouns, titles, days, months);
# each script adds its own to this set.
LINT_SKIP_BASE = {
    "I", "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "Its", "This", "That", "These", "Those", "Mr.", "Ms.",
    "Mrs.", "Dr.", "Prof.", "President", "Prime", "Minister", "Foreign", "Secretary", "State",
    "Leader", "Supreme", "King", "Emir", "Crown", "Prince", "Deputy", "Ambassador",
    "Spokesperson", "Spokesman", "Spokeswoman", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "“", "‘",
}


def lint_capitalised(rows: list, nlp, skip: set) -> None:
    """Print capitalised tokens outside every span (not sentence- or quote-initial, not in
    ``skip``), for a human to review."""
    for row in rows:
        doc = nlp.make_doc(row["text"])
        covered = set()
        for sp in row["spans"]:
            covered.update(range(sp["start"], sp["end"]))
        for i, tok in enumerate(doc):
            if tok.idx in covered or not tok.text[:1].isupper() or tok.text in skip:
                continue
            if i == 0 or doc[i - 1].text in {".", "“", "\"", ":", "?", "!", "—"}:
                continue
            print(f"  lint {row['id']}: {tok.text!r} in {row['text'][:80]!r}")


def dump_jsonl(rows: Iterable[Dict]) -> str:
    """Rows as JSONL text (UTF-8 kept, key order kept)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write_or_check(path: Path, text: str, check: bool) -> int:
    """Write ``text`` to ``path``, or with ``check`` only compare: exit code 1 if the file
    differs (is out of date), else 0."""
    try:
        shown = path.resolve().relative_to(ROOT)
    except ValueError:
        shown = path
    if check:
        if not path.exists() or path.read_text(encoding="utf8") != text:
            print(f"{shown} is out of date; run without --check", file=sys.stderr)
            return 1
        print(f"{shown} is up to date")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf8")
    print(f"wrote {shown}")
    return 0


def generator_main(argv, doc: str, out: Path, build: Callable, summary: Callable,
                   lint: Optional[Callable] = None, notes: Optional[Callable] = None) -> int:
    """The command line of a generator: ``[--check] [--lint]``.

    ``build(warnings)`` returns (rows, errors, nlp); warnings are printed, then the lines
    of ``notes()``; any error fails the run. Otherwise ``lint(rows, nlp)`` runs on
    ``--lint``, ``summary(rows)`` prints, and the JSONL is written to ``out`` (or, with
    ``--check``, compared with it)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate and compare, do not write")
    if lint is not None:
        ap.add_argument("--lint", action="store_true", help="list capitalised tokens outside spans")
    args = ap.parse_args(argv)
    warnings: list = []
    rows, errors, nlp = build(warnings)
    for w in warnings:
        print("warning:", w)
    for line in notes() if notes is not None else ():
        print(line)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    if lint is not None and args.lint:
        lint(rows, nlp)
    text = dump_jsonl(rows)
    summary(rows)
    return write_or_check(out, text, args.check)


# ---------------------------------------------------------------------------------------
# Tone sets (make_tone_eval.py, make_tone_dev2.py, make_tone_dev3.py)
# ---------------------------------------------------------------------------------------
TONE_LABELS = ("POS", "NEG", "NEU")
TONE_DYAD_RE = re.compile(r"^[A-Z]{3}\|[A-Z]{3}$")
TONE_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’)]))\s+(?=[“‘A-Z])")


def check_tone_item_basics(item: Dict, errors: List[str], where: str, countries, phenomena):
    """The checks every tone item shares: clean text, a known tone, a sorted pair of known
    ISO3 codes, an ISO date, known and unrepeated phenomenon tags ("plain" is computed),
    one to three sentences. Returns the date, or None when the item cannot be checked
    further (bad pair or date)."""
    import datetime as dt

    text, dyad, tone, tags, date = (item[k] for k in ("text", "dyad", "tone", "phenomena", "date"))
    if text != text.strip() or "  " in text or '"' in text or "\n" in text:
        errors.append(f"{where} whitespace or straight double quote in text")
    if tone not in TONE_LABELS:
        errors.append(f"{where} bad tone {tone!r}")
    if not TONE_DYAD_RE.match(dyad):
        errors.append(f"{where} bad dyad {dyad!r}")
        return None
    a, b = dyad.split("|")
    if not a < b:
        errors.append(f"{where} dyad codes must be distinct and sorted: {dyad}")
    for code in (a, b):
        if code not in countries:
            errors.append(f"{where} unknown code {code}")
            return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        errors.append(f"{where} bad date {date!r}")
        return None
    unknown = [t for t in tags if t not in phenomena or t == "plain"]
    if unknown or len(set(tags)) != len(tags):
        errors.append(f"{where} bad or repeated phenomena {tags}")
    n_sent = len(TONE_SENT_END.split(text))
    if not 1 <= n_sent <= 3:
        errors.append(f"{where} {n_sent} sentences")
    return day

