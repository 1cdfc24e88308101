"""``relations_lemmatizer``: spaCy's lookup lemmatizer (tables from spacy-lookups-data),
applied with one array read and one array write per document.

spaCy's ``Lemmatizer`` sets ``token.lemma_`` token by token in Python; in ``lookup``
mode the result only depends on the token text, so the table is turned once into a
vectorised hash table from ORTH hash to LEMMA hash (``base.HashTable``). A document is
then lemmatised without a Python loop: one look-up of its whole ``ORTH`` column gives
every token's lemma (the token's own text where the table has no entry), and the whole
``LEMMA`` column is written at once (keeping the lemmas already set unless
``overwrite``). Every other mode, the configuration and the (de)serialisation (the
lookup tables are saved with the pipeline) are spaCy's own.

Start-up: ``initialize`` in lookup mode reads spacy-lookups-data's table as a plain dict
(~10 ms) and builds the hash table from it; spaCy's ``Lookups`` ``Table`` (one Python
insert per entry, ~0.1 s, a fifth of ``relations_nlp.load()``) is only built when
something asks for ``lemmatizer.lookups``, e.g. saving the pipeline.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

from .base import HashTable


class FastLookupLemmatizer(Lemmatizer):
    _map: Optional[HashTable] = None  # ORTH hash -> LEMMA hash
    _raw: Optional[Dict[str, str]] = None  # the lookup table as read, until ``lookups`` is asked for
    _lookups: Optional[Lookups] = None

    @property
    def lookups(self) -> Lookups:
        if self._raw is not None:  # spaCy's table, built on first use
            raw, self._raw = self._raw, None
            self._lookups.add_table("lemma_lookup", raw)
        return self._lookups

    @lookups.setter
    def lookups(self, value: Lookups) -> None:
        self._raw = None
        self._lookups = value

    def _validate_tables(self, *args, **kwargs) -> None:
        if self._raw is not None:
            self._validated = True
            return
        super()._validate_tables(*args, **kwargs)

    def _lookup_map(self) -> HashTable:
        if self._map is None:
            add = self.vocab.strings.add
            if self._raw is not None:
                table = self._raw
                keys = numpy.fromiter(map(get_string_id, table.keys()), dtype="uint64", count=len(table))
            else:
                table = self.lookups.get_table("lemma_lookup", {})
                keys = numpy.fromiter(table.keys(), dtype="uint64", count=len(table))
            lemmas = numpy.fromiter((add(lemma[0] if isinstance(lemma, list) else lemma)
                                     for lemma in table.values()), dtype="uint64", count=len(table))
            self._map = HashTable(keys, lemmas)
        return self._map

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if len(doc) == 0:
            return doc
        cols = doc.to_array([ORTH, LEMMA])
        orth = cols[:, 0]
        lemmas = self._lookup_map().get(orth, orth)  # a token the table lacks is its own lemma
        if not self.overwrite:
            lemmas = numpy.where(cols[:, 1] != 0, cols[:, 1], lemmas)  # keep the lemmas already set
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def initialize(self, get_examples=None, *, nlp=None, lookups=None):
        self._map = None
        if self.mode == "lookup" and lookups is None:
            tables = registry.lookups.get(self.vocab.lang) if self.vocab.lang in registry.lookups else {}
            if "lemma_lookup" in tables:
                self.lookups = Lookups()
                self._raw = load_language_data(tables["lemma_lookup"])
                self._validated = True
                return None
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
