"""Build the relation-cue lexicon ``src/relations_nlp/data/cues.jsonl``.

Source: ``scripts/sources/cues.jsonl`` -- hand-curated rows, one JSON object a line.
The scale, the categories and the curation rules are documented in
``scripts/sources/cues.md``; this docstring is the short version.

What a cue is
-------------
A word or phrase that describes the STATE OF RELATIONS between states
("strategic partnership", "crisis", "tension has been defused", "lowest point").
Generic sentiment words ("good", "bad", "happy") are not cues.

Categories (exactly these)
--------------------------
COOPERATION, PARTNERSHIP, AGREEMENT, DIPLOMACY, ECONOMIC, AID, DEESCALATION
(positive side) and TENSION, CRISIS, ACCUSATION, SANCTION, THREAT, MILITARY
(negative side).

Weight scale
------------
``weight`` is a float in [-1, 1]: the cue's effect on the relations of the two
states, before negation / hypotheticals (the component applies those). The scale
is modelled on the Goldstein (1992) conflict-cooperation scale for event types
(-10 .. +10, here divided by 10) as attached to the CAMEO event categories
(Gerner, Schrodt et al.): e.g. CAMEO 04 "consult" (+1.0 -> visits, talks ~ +0.2),
05 "engage in diplomatic cooperation" / 057 "sign formal agreement", 07 "provide
aid", 11 "disapprove" / 112 "accuse" (-2.0), 13 "threaten", 16 "reduce relations",
163 "impose embargo/sanctions", 19 "fight" (-10 -> war = -1.0). The weights are
the project's own judgement informed by those scales, not values copied from
them: Goldstein scores events, whereas many cues here describe the level of
relations directly ("strategic partnership" +0.8, "lowest point" -0.8), and
routine events (visits, talks, agreements) are damped because they are frequent
and weak evidence of the overall state of relations. Weight 0.0 marks a
*neutraliser*: a historical or topical phrase ("Second World War", "economic
crisis", "terrorist attack") that exists only so that the longest-match rule
takes it away from a shorter cue ("war", "crisis", "attack"); a component should
not use neutralisers as evidence.

Row kinds (output schema)
-------------------------
``phrase`` -- a contiguous word or phrase::

    {"phrase": "strategic partnership", "lemmas": ["strategic", "partnership"],
     "category": "PARTNERSHIP", "weight": 0.8, "kind": "phrase", "scope": "any"}

  ``lemmas`` is the lookup lemma of each token of the LOWERCASED phrase
  (``spacy.blank("en")`` tokenizer + ``lemmatizer`` in ``lookup`` mode, tables
  from spacy-lookups-data). A component must compute the same key for document
  tokens: the lookup lemma of ``token.lower_`` -- note that the lookup table is
  case-sensitive, so ``token.lemma_.lower()`` of "Sanctions" is "sanctions",
  not "sanction".

``pair`` -- a discontinuous expression::

    {"head": ["strain", "tension", ...], "trigger": ["defuse", "ease", ...],
     "window": 5, "category": "DEESCALATION", "weight": 0.6, "kind": "pair",
     "scope": "any", "example": "the tension has been defused"}

  A token whose lemma is in ``trigger`` at most ``window`` tokens away (either
  order, same sentence) from a token whose lemma is in ``head`` forms one cue
  spanning both. ``head`` / ``trigger`` are normalised to lemmas (sorted, unique,
  single tokens only). ``example`` (optional) is checked: it must contain a
  head and a trigger within the window.

``pattern`` -- a spaCy ``Matcher`` token pattern (accepted, stored verbatim;
the source currently prefers ``pair`` rows).

``scope`` is ``"any"`` (default) or ``"needs_relation_context"``: the cue only
counts when its sentence also mentions relations/ties or two states (words such
as "positive", "warm", "difficult", "problem", "dialogue", "visit").

Overlaps: phrase and pair rows may overlap ("tension" vs the pair "tension ...
defused"); the longer / pair match should win.

Normalisation: schema and value checks, weight rounded to 2 decimals, dedupe on
(lemma key, category) -- first row wins, a different weight or scope for the
same key is reported --, rows sorted by (category, kind, key). The same key in
two categories is reported as a warning (``--strict`` makes warnings errors).

Usage::

    python scripts/build_cues.py            # write src/relations_nlp/data/cues.jsonl
    python scripts/build_cues.py --check    # exit 1 if the output is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts" / "sources" / "cues.jsonl"
OUTPUT = ROOT / "src" / "relations_nlp" / "data" / "cues.jsonl"

CATEGORIES = (
    "COOPERATION", "PARTNERSHIP", "AGREEMENT", "DIPLOMACY", "ECONOMIC", "AID",
    "DEESCALATION", "TENSION", "CRISIS", "ACCUSATION", "SANCTION", "THREAT", "MILITARY",
)
KINDS = ("phrase", "pair", "pattern")
SCOPES = ("any", "needs_relation_context")
MAX_WINDOW = 10

COMMON = {"category", "weight", "kind", "scope", "note"}
ALLOWED = {
    "phrase": COMMON | {"phrase"},
    "pair": COMMON | {"head", "trigger", "window", "example"},
    "pattern": COMMON | {"pattern", "phrase"},
}


class CueError(ValueError):
    pass


def make_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


# forms the lookup table maps to a verb that are nouns of their own in news text ("broke
# ground", "a border crossing"): a cue row keeps them as their own lemma, so that a row
# can name them (as a pair head, say) without matching every form of the verb ("crossed
# the border", "grinding"). build_lemma_forms.py leaves "ground" out of the forms of
# "grind"; "crossing" stays a form of "cross" ("crossing a red line").
OWN_LEMMA = {"ground", "crossing", "crossings"}


def lemmatise(nlp, text: str) -> list[str]:
    """Lowercased lookup lemma of each token of ``text`` (lowercased first); a form in
    ``OWN_LEMMA`` is its own lemma (singular)."""
    return [("crossing" if t.lower_ == "crossings" else t.lower_) if t.lower_ in OWN_LEMMA
            else (t.lemma_ or t.lower_).lower() for t in nlp(text.lower()) if not t.is_space]


def _check_weight(row: dict) -> float:
    w = row.get("weight")
    if isinstance(w, bool) or not isinstance(w, (int, float)):
        raise CueError(f"weight must be a number, got {w!r}")
    if not -1.0 <= w <= 1.0:
        raise CueError(f"weight {w} outside [-1, 1]")
    return round(float(w), 2)


def _lemma_list(nlp, values, field: str) -> list[str]:
    if not isinstance(values, list) or not values:
        raise CueError(f"{field} must be a non-empty list of strings")
    out = set()
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise CueError(f"{field}: bad item {v!r}")
        lem = lemmatise(nlp, v.strip())
        if len(lem) != 1:
            raise CueError(f"{field}: {v!r} is not a single token ({lem})")
        out.add(lem[0])
        # a word the lookup table maps to another word ("lower" -> "low", "lowered" ->
        # "lower"): keep the word too, so that its own inflections match ("lowered tariffs")
        word = v.strip().lower()
        if word != lem[0] and lemmatise(nlp, word + "ed")[0] == word:
            out.add(word)
    return sorted(out)


def normalise_row(nlp, row: dict) -> tuple[tuple, dict]:
    """Validate one source row; return (dedupe key, normalised row)."""
    if not isinstance(row, dict):
        raise CueError("row is not an object")
    kind = row.get("kind", "phrase")
    if kind not in KINDS:
        raise CueError(f"unknown kind {kind!r}")
    extra = set(row) - ALLOWED[kind]
    if extra:
        raise CueError(f"unknown field(s) for kind {kind}: {sorted(extra)}")
    category = row.get("category")
    if category not in CATEGORIES:
        raise CueError(f"unknown category {category!r}")
    weight = _check_weight(row)
    scope = row.get("scope", "any")
    if scope not in SCOPES:
        raise CueError(f"unknown scope {scope!r}")

    if kind == "phrase":
        phrase = row.get("phrase")
        if not isinstance(phrase, str) or not phrase.strip():
            raise CueError("phrase must be a non-empty string")
        phrase = " ".join(phrase.split())
        lemmas = lemmatise(nlp, phrase)
        if not lemmas or not any(any(c.isalpha() for c in lem) for lem in lemmas):
            raise CueError(f"phrase {phrase!r} lemmatises to nothing usable: {lemmas}")
        out = {"phrase": phrase, "lemmas": lemmas, "category": category,
               "weight": weight, "kind": kind, "scope": scope}
        key = ("phrase", tuple(lemmas))
    elif kind == "pair":
        head = _lemma_list(nlp, row.get("head"), "head")
        trigger = _lemma_list(nlp, row.get("trigger"), "trigger")
        both = set(head) & set(trigger)
        if both:
            raise CueError(f"lemma(s) in both head and trigger: {sorted(both)}")
        window = row.get("window")
        if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= MAX_WINDOW:
            raise CueError(f"window must be an int in 1..{MAX_WINDOW}, got {window!r}")
        out = {"head": head, "trigger": trigger, "window": window, "category": category,
               "weight": weight, "kind": kind, "scope": scope}
        example = row.get("example")
        if example is not None:
            if not isinstance(example, str) or not example.strip():
                raise CueError("example must be a non-empty string")
            if not pair_matches(head, trigger, window, lemmatise(nlp, example)):
                raise CueError(f"example {example!r} does not match the pair")
            out["example"] = example
        key = ("pair", tuple(head), tuple(trigger), window)
    else:
        pattern = row.get("pattern")
        if not isinstance(pattern, list) or not pattern or not all(
            isinstance(p, dict) for p in pattern
        ):
            raise CueError("pattern must be a non-empty list of token dicts")
        out = {"pattern": pattern, "category": category, "weight": weight,
               "kind": kind, "scope": scope}
        if row.get("phrase"):
            out["phrase"] = row["phrase"]
        key = ("pattern", json.dumps(pattern, sort_keys=True))
    if row.get("note"):
        out["note"] = str(row["note"])
    return key, out


def pair_matches(head, trigger, window, lemmas) -> bool:
    hs = [i for i, lem in enumerate(lemmas) if lem in head]
    ts = [i for i, lem in enumerate(lemmas) if lem in trigger]
    return any(abs(h - t) <= window for h in hs for t in ts)


def _sort_key(row: dict):
    if row["kind"] == "phrase":
        k = " ".join(row["lemmas"])
    elif row["kind"] == "pair":
        k = " ".join(row["head"]) + " | " + " ".join(row["trigger"])
    else:
        k = json.dumps(row["pattern"], sort_keys=True)
    return (CATEGORIES.index(row["category"]), KINDS.index(row["kind"]), k)


def build(source: Path, nlp=None) -> tuple[list[dict], list[str], list[str]]:
    """Return (rows, errors, warnings)."""
    nlp = nlp or make_nlp()
    errors: list[str] = []
    warnings: list[str] = []
    seen: dict[tuple, tuple[int, dict]] = {}
    by_key: dict[tuple, dict[str, int]] = {}
    with open(source, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key, out = normalise_row(nlp, row)
            except (json.JSONDecodeError, CueError) as exc:
                errors.append(f"{source.name}:{lineno}: {exc}")
                continue
            full = (key, out["category"])
            if full in seen:
                first_line, first = seen[full]
                if (first["weight"], first["scope"]) != (out["weight"], out["scope"]):
                    warnings.append(
                        f"{source.name}:{lineno}: duplicate of line {first_line} "
                        f"with different weight/scope ({out['weight']}/{out['scope']} vs "
                        f"{first['weight']}/{first['scope']}); first kept"
                    )
                continue
            seen[full] = (lineno, out)
            by_key.setdefault(key, {})[out["category"]] = lineno
    for key, cats in by_key.items():
        if len(cats) > 1:
            where = ", ".join(f"{c} (line {n})" for c, n in sorted(cats.items()))
            warnings.append(f"same key {key[1:]} in several categories: {where}")
    rows = sorted((r for _, r in seen.values()), key=_sort_key)
    return rows, errors, warnings


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows: list[dict]) -> str:
    counts = Counter((r["category"], r["kind"]) for r in rows)
    kinds = [k for k in KINDS if any(r["kind"] == k for r in rows)]
    lines = [f"{'category':<14}" + "".join(f"{k:>9}" for k in kinds) + f"{'total':>9}"]
    for cat in CATEGORIES:
        n = [counts[(cat, k)] for k in kinds]
        lines.append(f"{cat:<14}" + "".join(f"{x:>9}" for x in n) + f"{sum(n):>9}")
    tot = [sum(counts[(c, k)] for c in CATEGORIES) for k in kinds]
    lines.append(f"{'total':<14}" + "".join(f"{x:>9}" for x in tot) + f"{sum(tot):>9}")
    single = sum(1 for r in rows if r["kind"] == "phrase" and len(r["lemmas"]) == 1)
    scoped = sum(1 for r in rows if r["scope"] == "needs_relation_context")
    neutral = sum(1 for r in rows if r["weight"] == 0)
    lines.append(
        f"single-token phrases: {single}; needs_relation_context: {scoped}; "
        f"neutralisers (weight 0): {neutral}"
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file is out of date")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = ap.parse_args(argv)

    rows, errors, warnings = build(args.source)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors or (args.strict and warnings):
        return 1
    text = dumps(rows)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} is out of date: run scripts/build_cues.py", file=sys.stderr)
            return 1
        print(report(rows))
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(report(rows))
    print(f"wrote {len(rows)} rows to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
