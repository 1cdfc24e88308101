#!/usr/bin/env python
"""Relation-cue spans for the labelled corpus (``corpus/labelled/``), as a separate layer.

The items of ``part_a.jsonl`` / ``part_b.jsonl`` (``make_labelled_a.py`` / ``_b.py``) carry
entities and tone only. Their cue spans (``doc.spans["relation_cues"]``, label = cue
category) are built in two reproducible layers:

1. ``cue_proposals.jsonl`` — what the rule cue component (``relations_nlp.load()``) found,
   **frozen** when the layer was made (``--propose``), so that later lexicon changes do
   not silently change the gold standard;
2. ``cue_corrections.jsonl`` — the human review: per item id, cues to ``add``
   (``[surface, LABEL]`` or ``[surface, LABEL, n]`` for the n-th token-aligned occurrence)
   and cues to ``remove`` (a proposal's surface; an added cue also replaces every proposal
   it overlaps, which is how a boundary or a label is corrected). A line with nothing to
   change records that the item was read.

Merging (the default run) also drops proposals inside a gold entity span ("Policy
*Dialogue*", "Great *Rift* Energy Partners") and writes ``cues.jsonl``: one line per item,
``{"id", "cues": [{"start", "end", "label", "text"}], "reviewed": bool}``.
``split_labelled.py`` adds these cues to the items' ``spans`` (with
``"group": "relation_cues"``) when it writes ``train/dev/test.jsonl``.

Run::

    python scripts/annotate_cues.py --propose   # re-freeze the rule proposals (changes the gold!)
    python scripts/annotate_cues.py             # merge proposals + corrections -> cues.jsonl
    python scripts/annotate_cues.py --check     # fail when cues.jsonl is stale
    python scripts/annotate_cues.py --show dev  # review aid: items with [cue|LABEL] marks
    python scripts/split_labelled.py            # then write train/dev/test.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

LABELLED = Path(__file__).resolve().parent.parent / "corpus" / "labelled"
PROPOSALS = LABELLED / "cue_proposals.jsonl"
CORRECTIONS = LABELLED / "cue_corrections.jsonl"
CUES = LABELLED / "cues.jsonl"
REVIEWED_SPLITS = ("dev", "test")


def read_jsonl(path: Path) -> List[Dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line.strip()]


def items() -> List[Dict]:
    out = []
    for path in sorted(LABELLED.glob("part_*.jsonl")):
        out.extend(read_jsonl(path))
    return out


def bucket(item_id: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from split_labelled import bucket as split_bucket

    return split_bucket(item_id)


def propose() -> int:
    import relations_nlp

    nlp = relations_nlp.load()
    rows = items()
    with PROPOSALS.open("w", encoding="utf8") as fh:
        for item, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64)):
            cues = [[s.start_char, s.end_char, s.label_, s.text] for s in doc.spans["relation_cues"]]
            fh.write(json.dumps({"id": item["id"], "cues": cues}, ensure_ascii=False) + "\n")
    print(f"{PROPOSALS.name}: {len(rows)} items, relations_nlp {relations_nlp.__version__}")
    return 0


def _tokens(text: str):
    from spacy.lang.en import English

    global _NLP
    try:
        _NLP
    except NameError:
        _NLP = English()
    return _NLP.make_doc(text)


def find(doc, surface: str, n: int = 1) -> Optional[Tuple[int, int]]:
    """Character offsets of the n-th token-aligned occurrence of ``surface``."""
    text = doc.text
    start = -1
    seen = 0
    while True:
        start = text.find(surface, start + 1)
        if start < 0:
            return None
        if doc.char_span(start, start + len(surface)) is not None:
            seen += 1
            if seen == n:
                return start, start + len(surface)


def merge() -> Tuple[List[Dict], List[str]]:
    from relations_nlp.convert import CUE_LABELS

    proposals = {r["id"]: r["cues"] for r in read_jsonl(PROPOSALS)}
    corrections: Dict[str, List[Dict]] = {}
    for line in read_jsonl(CORRECTIONS):
        corrections.setdefault(line["id"], []).append(line)
    problems: List[str] = []
    out = []
    known_ids = set()
    for item in items():
        iid, text = item["id"], item["text"]
        known_ids.add(iid)
        if iid not in proposals:
            problems.append(f"{iid}: no proposals (run --propose)")
            continue
        doc = _tokens(text)
        ents = [(s["start"], s["end"]) for s in item.get("spans", [])]
        cues = []
        for start, end, label, surface in proposals[iid]:
            if text[start:end] != surface:
                problems.append(f"{iid}: proposal '{surface}' does not match the text (stale proposals)")
                continue
            if any(es <= start and end <= ee for es, ee in ents):
                continue  # inside an entity: "Centre for Policy Dialogue"
            cues.append({"start": start, "end": end, "label": label, "text": surface})
        for corr in corrections.get(iid, []):
            for surface in corr.get("remove", []):
                before = len(cues)
                cues = [c for c in cues if c["text"] != surface]
                if len(cues) == before:
                    problems.append(f"{iid}: nothing to remove for '{surface}'")
            for add in corr.get("add", []):
                surface, label = add[0], add[1]
                n = add[2] if len(add) > 2 else 1
                if label not in CUE_LABELS:
                    problems.append(f"{iid}: unknown cue label {label}")
                    continue
                pos = find(doc, surface, n)
                if pos is None:
                    problems.append(f"{iid}: '{surface}' not found on token boundaries")
                    continue
                s, e = pos
                cues = [c for c in cues if c["end"] <= s or c["start"] >= e]
                cues.append({"start": s, "end": e, "label": label, "text": surface})
        cues.sort(key=lambda c: c["start"])
        for a, b in zip(cues, cues[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{iid}: overlapping cues '{a['text']}' and '{b['text']}'")
        reviewed = iid in corrections or bucket(iid) in REVIEWED_SPLITS
        out.append({"id": iid, "cues": cues, "reviewed": reviewed})
    for iid in corrections:
        if iid not in known_ids:
            problems.append(f"{iid}: correction for an unknown item")
    return out, problems


def render(lines: List[Dict]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def show(part: str) -> int:
    layer = {r["id"]: r for r in read_jsonl(CUES)}
    for item in read_jsonl(LABELLED / f"{part}.jsonl"):
        text = item["text"]
        out, pos = "", 0
        for c in layer.get(item["id"], {}).get("cues", []):
            out += text[pos:c["start"]] + "[" + c["text"] + "|" + c["label"][:4] + "]"
            pos = c["end"]
        tone = next(iter((item.get("dyads") or {}).values()), "-")
        print(item["id"], tone, out + text[pos:])
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--propose", action="store_true", help="re-freeze the rule proposals")
    parser.add_argument("--check", action="store_true", help="fail if cues.jsonl is stale")
    parser.add_argument("--show", metavar="PART", help="print a split with its cues marked")
    args = parser.parse_args(argv)
    if args.show:
        return show(args.show)
    if args.propose:
        propose()
    lines, problems = merge()
    for p in problems:
        print("problem:", p, file=sys.stderr)
    if problems:
        return 1
    text = render(lines)
    if args.check:
        if not CUES.exists() or CUES.read_text(encoding="utf8") != text:
            print(f"{CUES} is stale: run scripts/annotate_cues.py", file=sys.stderr)
            return 1
        return 0
    CUES.write_text(text, encoding="utf8")
    n = sum(len(line["cues"]) for line in lines)
    reviewed = [line for line in lines if line["reviewed"]]
    print(f"{CUES.name}: {len(lines)} items, {n} cues; reviewed {len(reviewed)} items "
          f"({sum(len(line['cues']) for line in reviewed)} cues)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
