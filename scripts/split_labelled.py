"""Split the project's labelled corpus (``corpus/labelled/part_*.jsonl``, written for this
project, see ``corpus/labelled/README.md``) into ``train.jsonl`` (70%), ``dev.jsonl``
(15%) and ``test.jsonl`` (15%), deterministically by a hash of each item's id.

Relation cues: when ``cues.jsonl`` exists (written by ``scripts/annotate_cues.py`` from the
frozen rule proposals and the reviewed corrections), each item's cues are appended to its
``spans`` as ``{"start", "end", "label": <cue category>, "group": "relation_cues"}`` and
``cues_reviewed`` says whether a person read the item's cues.

Run: ``python scripts/annotate_cues.py && python scripts/split_labelled.py``
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

LABELLED = Path(__file__).resolve().parent.parent / "corpus" / "labelled"


def bucket(item_id: str) -> str:
    h = int(hashlib.sha1(item_id.encode("utf8")).hexdigest(), 16) % 100
    return "train" if h < 70 else "dev" if h < 85 else "test"


def main() -> int:
    parts = {"train": [], "dev": [], "test": []}
    cues = {}
    if (LABELLED / "cues.jsonl").exists():
        for line in (LABELLED / "cues.jsonl").read_text(encoding="utf8").splitlines():
            if line.strip():
                row = json.loads(line)
                cues[row["id"]] = row
    for path in sorted(LABELLED.glob("part_*.jsonl")):
        for line in path.read_text(encoding="utf8").splitlines():
            if line.strip():
                item = json.loads(line)
                layer = cues.get(item["id"])
                if layer is not None:
                    item["spans"] = item.get("spans", []) + [
                        {"start": c["start"], "end": c["end"], "label": c["label"], "group": "relation_cues"}
                        for c in layer["cues"]]
                    item["cues_reviewed"] = layer["reviewed"]
                    line = json.dumps(item, ensure_ascii=False)
                parts[bucket(item["id"])].append(line)
    for name, lines in parts.items():
        (LABELLED / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf8")
        print(f"{name}.jsonl: {len(lines)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
