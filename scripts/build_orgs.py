"""Build ``src/relations_nlp/data/orgs.jsonl``, the organisations gazetteer of the ORG component.

Input:  ``scripts/sources/orgs.jsonl`` -- hand-curated rows, one organisation per line.
Output: ``src/relations_nlp/data/orgs.jsonl`` -- the same rows, validated and normalised.
Also:   ``src/relations_nlp/data/org_patterns.json`` -- the hand-written word lists the rule
        component uses for bodies it cannot list by name; validated and normalised in place
        (sorted, deduplicated).

Usage::

    python scripts/build_orgs.py            # validate, normalise, write both files
    python scripts/build_orgs.py --check    # validate only; exit 1 if a file is not up to date

Sources and licences (compiled by hand on 2026-11-23; see ``scripts/sources/orgs.md``)
--------------------------------------------------------------------------------------
Each source row names its reference in ``source`` (a tag from ``SOURCE_TAGS`` below):

* English Wikipedia (text under CC BY-SA 4.0) -- used as a *reference for names* only:
  the list pages named in ``SOURCE_TAGS`` (intergovernmental organisations, the UN System,
  international courts, multilateral development banks, central banks, think tanks, news
  agencies) and the article of each organisation.  Only names, acronyms, kinds and home
  states are taken (facts); no article text is copied, so the table carries no CC BY-SA
  obligation beyond this attribution, which we give anyway.
* The organisations' own official websites, for the spelling they use themselves
  ("Caliber.Az", "Azertac", "Organisation for Economic Co-operation and Development").
* ``pycountry`` (LGPL-2.1, ISO 3166 data) -- validation of ISO3 ``country`` codes only.
* ``spacy-lookups-data`` (the WordNet 3.0 lemma index, WordNet licence, and the English
  lexeme probabilities) together with spaCy's English stop words -- used only to *check*
  that every matchable single-word form that is an ordinary English word (a stop word, or a
  WordNet lemma with log-probability above ``COMMON_LOGPROB``) is marked ambiguous; nothing
  from it is shipped.  When the package is missing the check is skipped, so the output
  never depends on it.

Row schema (shipped file; every key always present except ``note``)::

    name             canonical short name, the ``kb_id`` ("ICAO", "UN", "Kremlin")
    full             the official full name (display; may start with "The")
    aliases          every other surface form, sorted; never starts with "the"
    kind             igo | un_agency | state_body | legislature | military | company |
                     university | media | party | ngo | court | bank
    country          ISO3 of the one state the organisation belongs to, else null
    ambiguous        true when any matchable form is an ordinary word / widely reused acronym
    ambiguous_forms  exactly those forms (match them case-sensitively and with context)
    shared           forms deliberately listed on more than one row (e.g. "BIS", "PTI")
    match_full       false when ``full`` embeds the state ("... of the Russian Federation")
                     and annotation.md tags it as a generic body + COUNTRY; ``full`` is then
                     display-only.  Matchable forms = name + aliases (+ full if match_full).
    source           a ``SOURCE_TAGS`` key
    note             optional free-text remark
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "scripts" / "sources" / "orgs.jsonl"
OUT = ROOT / "src" / "relations_nlp" / "data" / "orgs.jsonl"
PATTERNS = ROOT / "src" / "relations_nlp" / "data" / "org_patterns.json"

BUILD_DATE = "2026-11-23"

KINDS = (
    "igo", "un_agency", "state_body", "legislature", "military", "company",
    "university", "media", "party", "ngo", "court", "bank",
)

SOURCE_TAGS = {
    "wp:list-igo": "en.wikipedia.org/wiki/List_of_intergovernmental_organizations + official sites",
    "wp:un-system": "en.wikipedia.org/wiki/United_Nations_System + un.org (UN System chart)",
    "wp:international-courts": "en.wikipedia.org/wiki/List_of_international_courts + official sites",
    "wp:multilateral-development-banks": "en.wikipedia.org/wiki/Multilateral_development_bank + official sites",
    "wp:central-banks": "en.wikipedia.org/wiki/List_of_central_banks + official sites",
    "wp:article": "the organisation's English Wikipedia article + its official site",
    "wp:think-tanks": "en.wikipedia.org/wiki/List_of_think_tanks + official sites",
    "wp:ngos": "the organisation's English Wikipedia article + its official site",
    "wp:media": "en.wikipedia.org/wiki/List_of_news_agencies + the outlets' articles and own sites",
    "wp:parties": "the party's English Wikipedia article (via Lists_of_political_parties)",
    "wp:armed-groups": "the group's English Wikipedia article",
}

REQUIRED = ("name", "full", "aliases", "kind", "country", "source")
OPTIONAL = ("ambiguous", "ambiguous_forms", "shared", "match_full", "note")
OUT_KEYS = ("name", "full", "aliases", "kind", "country", "ambiguous", "ambiguous_forms",
            "shared", "match_full", "source", "note")

# ISO3 codes pycountry does not list as current countries but the project uses
# (annotation.md: Kosovo XKX; former states SUN, YUG, CSK, DDR come from historic_countries).
EXTRA_CODES = {"XKX"}

# A WordNet lemma counts as an ordinary word when its lexeme log-probability is above this
# ("kremlin" -16.9 and "nato" -15.1 are below; "pentagon" -14.2 and "trend" -11.1 above).
COMMON_LOGPROB = -14.5

# Single-word forms the ordinary-word check catches but that are not ambiguous in news
# copy (reviewed by hand): not marked ambiguous.
REVIEWED_NOT_AMBIGUOUS = {"eu", "google", "nib", "npc", "sis", "un"}

ORDINARY_RE = re.compile(r"^[A-Za-z]+$")
LEADING_THE = re.compile(r"^the\s", re.I)

# Informational only: aliases starting with a state's name are listed in the report,
# since annotation.md splits "Russian Foreign Ministry" into COUNTRY + ORG.
STATE_PREFIXES = ("US ", "U.S. ", "UK ", "U.K. ", "American ", "British ", "Russian ",
                  "Chinese ", "Turkish ", "Iranian ", "Israeli ", "Azerbaijani ")


def casekey(s: str) -> tuple[str, str]:
    return (s.casefold(), s)


def valid_iso3(code: str) -> bool:
    import pycountry

    if code in EXTRA_CODES:
        return True
    if pycountry.countries.get(alpha_3=code) is not None:
        return True
    return pycountry.historic_countries.get(alpha_3=code) is not None


def load_common_words() -> set[str] | None:
    """Lower-cased ordinary English words, or None when spacy-lookups-data is missing."""
    try:
        import spacy_lookups_data
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return None
    data = Path(spacy_lookups_data.__file__).parent / "data"
    paths = data / "en_lemma_index.json.gz", data / "en_lexeme_prob.json.gz"
    if not all(p.exists() for p in paths):
        return None
    with gzip.open(paths[0], "rt", encoding="utf-8") as f:
        index = json.load(f)
    with gzip.open(paths[1], "rt", encoding="utf-8") as f:
        prob = json.load(f)
    lemmas = {w.lower() for pos in index.values() for w in pos if ORDINARY_RE.match(w)}
    common = {w for w in lemmas if prob.get(w, -100.0) > COMMON_LOGPROB}
    return common | {w.lower() for w in STOP_WORDS}


def check_string(value, where: str, errors: list[str], allow_the: bool = False) -> bool:
    if not isinstance(value, str) or not value:
        errors.append(f"{where}: expected a non-empty string, got {value!r}")
        return False
    if value != value.strip() or "  " in value:
        errors.append(f"{where}: stray whitespace in {value!r}")
    if not allow_the and LEADING_THE.match(value):
        errors.append(f"{where}: {value!r} starts with 'the' (annotation.md: never part of a span)")
    return True


def normalise_row(raw: dict, where: str, errors: list[str]) -> dict | None:
    if not isinstance(raw, dict):
        errors.append(f"{where}: not an object")
        return None
    for key in REQUIRED:
        if key not in raw:
            errors.append(f"{where}: missing key {key!r}")
    unknown = set(raw) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        errors.append(f"{where}: unknown keys {sorted(unknown)}")
    if any(key not in raw for key in REQUIRED):
        return None
    name, full = raw["name"], raw["full"]
    ok = check_string(name, f"{where} name", errors)
    ok &= check_string(full, f"{where} full", errors, allow_the=True)
    if not isinstance(raw["aliases"], list):
        errors.append(f"{where}: aliases must be a list")
        return None
    for a in raw["aliases"]:
        ok &= check_string(a, f"{where} alias", errors)
    if raw["kind"] not in KINDS:
        errors.append(f"{where}: kind {raw['kind']!r} not in {KINDS}")
    country = raw["country"]
    if country is not None and not (isinstance(country, str) and valid_iso3(country)):
        errors.append(f"{where}: country {country!r} is not an ISO 3166-1 alpha-3 code")
    if raw["source"] not in SOURCE_TAGS:
        errors.append(f"{where}: source {raw['source']!r} not in SOURCE_TAGS")
    match_full = raw.get("match_full", True)
    if not isinstance(match_full, bool):
        errors.append(f"{where}: match_full must be a bool")
    note = raw.get("note")
    if note is not None:
        check_string(note, f"{where} note", errors, allow_the=True)
    if not ok:
        return None

    seen = Counter(raw["aliases"])
    for a, n in seen.items():
        if n > 1:
            print(f"note: {where}: alias {a!r} listed {n} times (deduplicated)", file=sys.stderr)
    aliases = sorted({a for a in raw["aliases"] if a != name and a != full}, key=casekey)

    forms = [name, *aliases] + ([full] if match_full and full != name else [])
    all_forms = set(forms) | {full}
    amb_forms = raw.get("ambiguous_forms", [])
    shared = raw.get("shared", [])
    for key, vals in (("ambiguous_forms", amb_forms), ("shared", shared)):
        if not isinstance(vals, list) or len(set(vals)) != len(vals):
            errors.append(f"{where}: {key} must be a list without repeats")
            return None
        for v in vals:
            if v not in all_forms:
                errors.append(f"{where}: {key} entry {v!r} is not the name, full name or an alias")
    ambiguous = raw.get("ambiguous", bool(amb_forms))
    if ambiguous is not bool(amb_forms):
        errors.append(f"{where}: 'ambiguous' must be true exactly when ambiguous_forms is non-empty")
    row = {
        "name": name,
        "full": full,
        "aliases": aliases,
        "kind": raw["kind"],
        "country": country,
        "ambiguous": bool(amb_forms),
        "ambiguous_forms": sorted(amb_forms, key=casekey),
        "shared": sorted(shared, key=casekey),
        "match_full": match_full,
        "source": raw["source"],
    }
    if note is not None:
        row["note"] = note
    row["_forms"] = forms
    row["_where"] = where
    return row


def cross_checks(rows: list[dict], errors: list[str], warnings: list[str]) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_name[r["name"].casefold()].append(r["_where"])
    for n, wheres in by_name.items():
        if len(wheres) > 1:
            errors.append(f"duplicate name {n!r}: {', '.join(wheres)}")

    owners: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        for f in {f.casefold() for f in r["_forms"]}:
            owners[f].append(r)
    for f, rs in owners.items():
        if len(rs) < 2:
            continue
        undeclared = [r for r in rs if f not in {s.casefold() for s in r["shared"]}]
        if undeclared:
            errors.append(
                f"form {f!r} appears on several rows ({', '.join(r['name'] for r in rs)}); "
                f"list it under 'shared' on each if intentional"
            )
    for r in rows:
        for s in r["shared"]:
            if len(owners[s.casefold()]) < 2:
                errors.append(f"{r['_where']}: shared form {s!r} is on no other row")

    words = load_common_words()
    if words is None:
        warnings.append("spacy-lookups-data not installed: ordinary-word check skipped")
        return
    for r in rows:
        amb = {a.casefold() for a in r["ambiguous_forms"]}
        for f in r["_forms"]:
            low = f.casefold()
            if ORDINARY_RE.match(f) and low in words and low not in amb \
                    and low not in REVIEWED_NOT_AMBIGUOUS:
                errors.append(
                    f"{r['_where']}: {f!r} is an ordinary English word: add it to "
                    f"ambiguous_forms or to REVIEWED_NOT_AMBIGUOUS"
                )
    for r in rows:
        for a in r["aliases"]:
            if a.startswith(STATE_PREFIXES):
                warnings.append(f"country-prefixed alias {a!r} ({r['name']})")


def build_rows() -> tuple[list[dict], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    rows = []
    with SRC.open(encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{SRC.name}:{ln}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: {e}")
                continue
            row = normalise_row(raw, where, errors)
            if row is not None:
                rows.append(row)
    cross_checks(rows, errors, warnings)
    rows.sort(key=lambda r: (r["kind"], r["name"].casefold(), r["name"]))
    return rows, errors, warnings


def render_rows(rows: list[dict]) -> str:
    lines = []
    for r in rows:
        out = {k: r[k] for k in OUT_KEYS if k in r}
        lines.append(json.dumps(out, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def build_patterns(rows: list[dict], errors: list[str], warnings: list[str]) -> str:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        errors.append(f"{PATTERNS.name}: top level must be an object")
        return ""
    gazetteer = {f.casefold(): r["name"] for r in rows for f in r["_forms"]}
    out = {}
    for key in sorted(data):
        vals = data[key]
        if not isinstance(vals, list) or not all(isinstance(v, str) and v.strip() == v and v
                                                 for v in vals):
            errors.append(f"{PATTERNS.name}: {key!r} must be a list of non-empty stripped strings")
            continue
        dups = [v for v, n in Counter(vals).items() if n > 1]
        if dups:
            warnings.append(f"{PATTERNS.name}: {key!r} duplicates removed: {dups}")
        out[key] = sorted(set(vals), key=casekey)
        if key.startswith("body_"):
            for v in out[key]:
                if v.casefold() in gazetteer:
                    errors.append(f"{PATTERNS.name}: {key} entry {v!r} is also a gazetteer "
                                  f"form of {gazetteer[v.casefold()]!r}")
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate only; fail if the outputs are not up to date")
    ap.add_argument("-q", "--quiet", action="store_true", help="no statistics")
    args = ap.parse_args(argv)

    rows, errors, warnings = build_rows()
    patterns = build_patterns(rows, errors, warnings)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    text = render_rows(rows)
    targets = ((OUT, text), (PATTERNS, patterns))
    if args.check:
        stale = [p for p, t in targets if not p.exists() or p.read_text(encoding="utf-8") != t]
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)} (run scripts/build_orgs.py)", file=sys.stderr)
        if stale:
            return 1
    else:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        for p, t in targets:
            p.write_text(t, encoding="utf-8")
    if not args.quiet:
        kinds = Counter(r["kind"] for r in rows)
        n_alias = sum(len(r["aliases"]) for r in rows)
        print(f"{len(rows)} rows, {n_alias} aliases, "
              f"{sum(r['ambiguous'] for r in rows)} rows with ambiguous forms")
        for k in KINDS:
            print(f"  {k:12} {kinds.get(k, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
