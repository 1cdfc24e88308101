"""Scorers registered in spaCy's registry (entry point group ``spacy_scorers``)."""
from __future__ import annotations

from typing import Any, Dict, Iterable

from spacy.scorer import Scorer, get_ner_prf
from spacy.training import Example


def score_entities(examples: Iterable[Example], **kwargs) -> Dict[str, Any]:
    """spaCy's NER P/R/F (overall and per label) plus entity-linking accuracy: the share of
    correctly bounded and labelled entities whose ``kb_id_`` is right too."""
    examples = list(examples)
    scores = get_ner_prf(examples)
    right = total = 0
    for eg in examples:
        gold = {(e.start_char, e.end_char, e.label_): e.kb_id_ for e in eg.reference.ents}
        for ent in eg.predicted.ents:
            key = (ent.start_char, ent.end_char, ent.label_)
            if key in gold and gold[key]:
                total += 1
                right += int(ent.kb_id_ == gold[key])
    scores["ents_kb_acc"] = right / total if total else None
    return scores


def score_cues(examples: Iterable[Example], spans_key: str = "relation_cues", **kwargs) -> Dict[str, Any]:
    kwargs = dict(kwargs)
    kwargs.setdefault("allow_overlap", True)
    kwargs.setdefault("has_annotation", lambda doc: spans_key in doc.spans)
    kwargs.setdefault("getter", lambda doc, attr: doc.spans.get(attr[len("spans_"):], []))
    raw = Scorer.score_spans(examples, f"spans_{spans_key}", **kwargs)
    return {key.replace(f"spans_{spans_key}", "cues"): value for key, value in raw.items()}


def make_entity_scorer():
    return score_entities


def make_cue_scorer():
    return score_cues
