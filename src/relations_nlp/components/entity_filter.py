"""``relations_entity_filter``: after a statistical NER, keep only the entities of
knowledge-base labels that resolve to an entry.

In the trained pipeline (``configs/ner.cfg``) the rule components run first and the NER
fills what they missed. A state or a leader the rules did not find is one that is not in
the package tables; an NER guess of COUNTRY or LEADER without an ISO3 code or a
canonical person is less precise than the rules (measured on the labelled test set), so
such entities are dropped, and the NER's contribution is the open-ended labels (PERSON,
ORG, LOC).
"""
from __future__ import annotations

from typing import List

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc


class EntityFilter(Pipe):
    def __init__(self, name: str, require_kb: List[str]):
        self.name = name
        self.require_kb = set(require_kb)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        kept = [e for e in ents if not (e.label_ in self.require_kb and not e.kb_id_)]
        if len(kept) != len(ents):
            doc.ents = kept
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def initialize(self, get_examples=None, *, nlp=None):
        return None

    def to_bytes(self, *, exclude=tuple()):
        return b""

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        return self

    def to_disk(self, path, *, exclude=tuple()):
        return None

    def from_disk(self, path, *, exclude=tuple()):
        return self


@Language.factory(
    "relations_entity_filter",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"require_kb": ["COUNTRY", "LEADER"]},
)
def make_entity_filter(nlp: Language, name: str, require_kb: List[str]):
    return EntityFilter(name, require_kb)
