"""Flat tables of what the pipeline found, for analysis (``groupby`` by date, source...).

Each function takes an iterable of annotated docs and returns a list of dicts, or a
pandas ``DataFrame`` when pandas is installed and ``as_frame`` is not False.
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional

from spacy.tokens import Doc

META_KEYS = ("id", "date", "source", "path")


def _meta(doc: Doc) -> Dict:
    return {key: doc.user_data.get(key) for key in META_KEYS}


def _out(rows: List[Dict], as_frame: Optional[bool]):
    if as_frame is False:
        return rows
    try:
        import pandas as pd
    except ImportError:
        if as_frame:
            raise
        return rows
    return pd.DataFrame(rows)


def entities(docs: Iterable[Doc], as_frame: Optional[bool] = None):
    rows = []
    for doc in docs:
        meta = _meta(doc)
        for ent in doc.ents:
            rows.append({**meta, "text": ent.text, "label": ent.label_, "kb_id": ent.kb_id_,
                         "country": ent._.country, "role": ent._.role,
                         "start_char": ent.start_char, "end_char": ent.end_char})
    return _out(rows, as_frame)


def cues(docs: Iterable[Doc], spans_key: str = "relation_cues", as_frame: Optional[bool] = None):
    rows = []
    for doc in docs:
        meta = _meta(doc)
        for span in doc.spans.get(spans_key, []):
            rows.append({**meta, "text": span.text, "category": span.label_, "polarity": span._.polarity,
                         "negated": span._.negated, "hypothetical": span._.hypothetical,
                         "sentence": span.sent.text.strip() if doc.has_annotation("SENT_START") else "",
                         "start_char": span.start_char, "end_char": span.end_char})
    return _out(rows, as_frame)


def dyads(docs: Iterable[Doc], as_frame: Optional[bool] = None):
    rows = []
    for doc in docs:
        meta = _meta(doc)
        for dyad in doc._.dyads:
            a, b = dyad["pair"].split("|")
            rows.append({**meta, "pair": dyad["pair"], "state_a": a, "state_b": b, "tone": dyad["tone"],
                         "label": dyad["label"], "n_evidence": len(dyad["evidence"]),
                         "evidence": [doc.text[s:e] for s, e in dyad["evidence"]]})
    return _out(rows, as_frame)
