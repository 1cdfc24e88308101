"""Helpers shared by the data builders (build time only; never imported by the package)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Dict, Iterable

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
