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

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "...."}
CLOSING = {'"', "'", "”", "’", ")", "]", "»", "''", "»"}
# abbreviations that end a sentence when a capitalised word follows
FINAL_ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "etc.", "Inc.", "Ltd.", "Co.", "Jr.", "a.m.", "p.m."}


def _is_word_start(token) -> bool:
    return not token.is_space and not token.is_punct


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
        starts = [False] * n
        starts[0] = True
        pending = False  # a boundary is due at the next word token
        newline = False
        prev_word = None
        for i, token in enumerate(doc):
            text = token.text
            if token.is_space:
                if "\n" in text:
                    newline = True
                continue
            if newline:
                starts[i] = True
                pending = False
                newline = False
            elif pending:
                if text in CLOSING:
                    pass  # closing quote/bracket stays with the sentence
                elif text[0].islower() and prev_word in {"?", "!"}:
                    pending = False
                elif text[0].isdigit() and prev_word in {"."}:
                    starts[i] = True
                    pending = False
                else:
                    starts[i] = True
                    pending = False
            if text in TERMINAL or (text in FINAL_ABBREVIATIONS and i + 1 < n and doc[i + 1].text[:1].isupper() and doc[i + 1].text not in {"S.", "K."}):
                pending = True
                prev_word = text if text in TERMINAL else "."
            elif text not in CLOSING:
                prev_word = text
            if token.whitespace_ and "\n" in token.whitespace_:
                newline = True
        for i, token in enumerate(doc):
            token.is_sent_start = starts[i]
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
