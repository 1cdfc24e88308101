"""``relations_sentencizer``: sentence boundaries for scraped news text.

spaCy's English tokenizer already keeps abbreviations such as "St.", "Mr.", "U.S." and
"Gen." as single tokens, so a boundary is only placed after a token that *is* terminal
punctuation. On top of that, news text needs:

- line breaks: a headline, a dateline or a boilerplate line ("date 2025-10-17 + ↺ − 16 px",
  "Share on Facebook") is its own sentence, so every newline starts a sentence;
- closing quotes and brackets stay with the sentence they close (``"We agree." He said``);
- a lowercase continuation after ``?``/``!`` inside a quote ("Why not?" he asked) is not
  a new sentence;
- an abbreviation token at the end of a sentence ("... in the U.S. The talks") ends it when
  the next word is capitalised and the abbreviation is a country-style one.

The rules are applied to the whole ``ORTH``/``IS_SPACE`` columns at once with numpy, in
the sequence of the word (non-space) tokens: a boundary is *due* after a terminal token
(or a final abbreviation before a capital) and falls on the first later word that is no
closing quote/bracket, unless a line break comes first (which makes its own boundary).
The token classes (terminal, closing, ...) come from one hash-table look-up of the
``ORTH`` column (``base.HashTable``). Python only looks at the rare cases that need a
token's text: the whitespace tokens (is there a line break in them), the final
abbreviations (is the next token capitalised) and the words after ``?``/``!`` (are they
lowercase).
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable, Optional

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from .base import HashTable

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "...."}
CLOSING = {'"', "'", "”", "’", ")", "]", "»", "''", "»"}
# abbreviations that end a sentence when a capitalised word follows
FINAL_ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "etc.", "Inc.", "Ltd.", "Co.", "Jr.", "a.m.", "p.m."}


# the rule classes of a token, as bits of one look-up table on ORTH
_TERMINAL, _CLOSING, _FINAL_ABBREVIATION, _QUESTION_OR_BANG = 1, 2, 4, 8
_CLASSES: Dict[str, int] = {}
for _words, _bit in ((TERMINAL, _TERMINAL), (CLOSING, _CLOSING), (FINAL_ABBREVIATIONS, _FINAL_ABBREVIATION),
                     (("?", "!", "?!", "!?", "!!", "??"), _QUESTION_OR_BANG)):
    for _word in _words:
        _CLASSES[_word] = _CLASSES.get(_word, 0) | _bit
_CLASS_TABLE = HashTable([get_string_id(w) for w in _CLASSES], list(_CLASSES.values()))
_NOT_START = numpy.uint64(2 ** 64 - 1)  # SENT_START -1 as spaCy stores it
# hash of a whitespace token -> does it hold a line break (a hash always names one string)
_LINE_BREAK: Dict[int, bool] = {}


def _has_line_break(strings, h: int) -> bool:
    found = _LINE_BREAK.get(h)
    if found is None:
        found = _LINE_BREAK[h] = "\n" in strings[h]
    return found


class NewsSentencizer(Pipe):
    def __init__(self, name: str = "sentencizer", *, overwrite: bool = False, scorer: Optional[Callable] = None):
        self.name = name
        self.overwrite = overwrite
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        if not self.overwrite and doc.has_annotation("SENT_START"):
            return doc
        n = len(doc)
        if n == 0:
            return doc
        cols = doc.to_array([ORTH, IS_SPACE])
        orth = cols[:, 0]
        starts = numpy.full(n, _NOT_START, dtype="uint64")
        starts[0] = 1
        space = cols[:, 1].astype(bool)
        words = numpy.flatnonzero(~space)  # the word tokens; below, "k" is a position in ``words``
        if len(words):
            strings = doc.vocab.strings
            word_orth = orth[words]
            classes = _CLASS_TABLE.get(word_orth, 0)
            # a line break in the whitespace before a word starts a sentence there
            line_break = numpy.zeros(len(words), dtype=bool)
            breaks = [i for i, h in zip(numpy.flatnonzero(space).tolist(), orth[space].tolist())
                      if _has_line_break(strings, h)]
            if breaks:
                k = numpy.searchsorted(words, breaks)
                line_break[k[k < len(words)]] = True
            # A boundary due after a word falls on the next word that is no closing token,
            # unless a line break comes first. Those "stop" words (no closing token, or
            # after a line break) include every word that makes a boundary due, so the
            # boundary falls on the stop right after a stop that makes it due.
            stops = numpy.flatnonzero(((classes & _CLOSING) == 0) | line_break)
            stop_classes = classes[stops[:-1]]  # (the last stop has no stop after it)
            due = (stop_classes & _TERMINAL).astype(bool)
            # a final abbreviation makes it due before a token starting with a capital
            for j in numpy.flatnonzero(stop_classes & _FINAL_ABBREVIATION).tolist():
                i = words[stops[j]] + 1
                if i < n and strings[int(orth[i])][:1].isupper():
                    due[j] = True
            # "Why not?" he asked: no boundary before a lowercase word after ?/!
            for j in numpy.flatnonzero(due & (stop_classes & _QUESTION_OR_BANG).astype(bool)).tolist():
                if strings[int(word_orth[stops[j + 1]])][:1].islower():
                    due[j] = False
            starts[words[stops[1:][due]]] = 1
            starts[words[line_break]] = 1  # (also where the ?/! rule kept a boundary out)
        doc.from_array([SENT_START], starts.reshape(-1, 1))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def initialize(self, get_examples=None, *, nlp=None):
        return None

    def to_bytes(self, *, exclude=tuple()):
        import srsly

        return srsly.msgpack_dumps({"overwrite": self.overwrite})

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        import srsly

        self.overwrite = srsly.msgpack_loads(bytes_data).get("overwrite", self.overwrite)
        return self

    def to_disk(self, path, *, exclude=tuple()):
        import srsly
        from spacy.util import ensure_path

        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"overwrite": self.overwrite})

    def from_disk(self, path, *, exclude=tuple()):
        import srsly
        from spacy.util import ensure_path

        cfg = ensure_path(path) / "cfg"
        if cfg.exists():
            self.overwrite = srsly.read_json(cfg).get("overwrite", self.overwrite)
        return self


def sentence_scorer(examples: Iterable[Example], **kwargs):
    return Scorer.score_spans(examples, "sents", **kwargs)


@Language.factory(
    "relations_sentencizer",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={"overwrite": False, "scorer": {"@scorers": "spacy.senter_scorer.v1"}},
    default_score_weights={"sents_f": 0.0, "sents_p": None, "sents_r": None},
)
def make_sentencizer(nlp: Language, name: str, overwrite: bool, scorer: Optional[Callable]):
    return NewsSentencizer(name, overwrite=overwrite, scorer=scorer)
