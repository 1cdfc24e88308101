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
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.strings import hash_string
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "...."}
CLOSING = {'"', "'", "”", "’", ")", "]", "»", "''", "»"}
# abbreviations that end a sentence when a capitalised word follows
FINAL_ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "etc.", "Inc.", "Ltd.", "Co.", "Jr.", "a.m.", "p.m."}


_TERMINAL = frozenset(hash_string(x) for x in TERMINAL)
_CLOSING = frozenset(hash_string(x) for x in CLOSING)
_FINAL_ABBREVIATIONS = frozenset(hash_string(x) for x in FINAL_ABBREVIATIONS)
_QUESTION_OR_BANG = frozenset(hash_string(x) for x in ("?", "!", "?!", "!?", "!!", "??"))
_PERIOD = hash_string(".")


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
        # one array read; Token objects are only made where a decision needs the text
        cols = doc.to_array([ORTH, IS_SPACE]).tolist()
        starts = [-1] * n
        starts[0] = 1
        pending = False  # a boundary is due at the next word token
        newline = False
        prev_terminal = 0  # hash of the terminal punctuation that made the boundary due
        for i in range(n):
            h, is_space = cols[i]
            if is_space:
                if "\n" in doc[i].text:
                    newline = True
                continue
            if newline:
                starts[i] = 1
                pending = newline = False
            elif pending and h not in _CLOSING:
                first = doc[i].text[:1]
                if not (first.islower() and prev_terminal in _QUESTION_OR_BANG):
                    starts[i] = 1
                pending = False
            if h in _TERMINAL:
                pending = True
                prev_terminal = h
            elif h in _FINAL_ABBREVIATIONS and i + 1 < n and doc[i + 1].text[:1].isupper():
                pending = True
                prev_terminal = _PERIOD
        arr = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], arr)
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
