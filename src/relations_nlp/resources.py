"""Lazy access to the data tables shipped in ``relations_nlp/data``.

Nothing is read at import time; each table is read once per process on first use.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Dict, List

import srsly

DATA_DIR = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=None)
def read_table(name: str) -> List[Dict]:
    """Rows of ``data/<name>.jsonl`` (an empty list when the table is absent)."""
    path = DATA_DIR / f"{name}.jsonl"
    if not path.exists():
        return []
    return list(srsly.read_jsonl(path))


@functools.lru_cache(maxsize=None)
def read_json(name: str):
    path = DATA_DIR / f"{name}.json"
    if not path.exists():
        return {}
    return srsly.read_json(path)
