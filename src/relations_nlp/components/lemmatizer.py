"""``relations_lemmatizer``: spaCy's lookup lemmatizer (tables from spacy-lookups-data),
applied with one array read and one array write per document.

spaCy's ``Lemmatizer`` sets ``token.lemma_`` token by token in Python; in ``lookup``
mode the result only depends on the token text, so the table is turned once into a map
from ORTH hash to LEMMA hash and the whole ``LEMMA`` column is written at once. Every
other mode, the configuration and the (de)serialisation (the lookup tables are saved
with the pipeline) are spaCy's own.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class FastLookupLemmatizer(Lemmatizer):
    _map: Optional[Dict[int, int]] = None

    def _lookup_map(self) -> Dict[int, int]:
        if self._map is None:
            table = self.lookups.get_table("lemma_lookup", {})
            strings = self.vocab.strings
            mapping = {}
            for key, lemma in table.items():
                if isinstance(lemma, list):
                    lemma = lemma[0]
                mapping[key] = strings.add(lemma)
            self._map = mapping
        return self._map

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if len(doc) == 0:
            return doc
        mapping = self._lookup_map()
        cols = doc.to_array([ORTH, LEMMA])
        overwrite = self.overwrite
        get = mapping.get
        values = [get(o, o) if (overwrite or not lem) else lem for o, lem in cols.tolist()]
        cols[:, 1] = values
        doc.from_array([LEMMA], cols[:, 1:2].copy())
        return doc

    def initialize(self, get_examples=None, *, nlp=None, lookups=None):
        self._map = None
        return super().initialize(get_examples, nlp=nlp, lookups=lookups)

    def from_disk(self, *args, **kwargs):
        self._map = None
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self._map = None
        return super().from_bytes(*args, **kwargs)


@Language.factory(
    "relations_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "lookup", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer: Optional[Callable]):
    return FastLookupLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
