"""Shared machinery of the rule components: settings + learnt entries, lazy set-up,
and (de)serialisation in the style of spaCy's ``EntityRuler``/``SpanRuler``.

A component's knowledge is the package's data tables (read lazily, once per process)
plus the entries it learnt from training data (``initialize(get_examples=...)`` or
``add_entries``); only the learnt entries and the settings are written by ``to_disk``,
so a saved pipeline stays small and loads fast.
"""
from __future__ import annotations

from typing import Dict, Iterable, List

import srsly
from spacy.pipeline import Pipe
from spacy.util import ensure_path


class RulePipe(Pipe):
    """Base class: subclasses define ``cfg_keys`` and ``_build()``."""

    cfg_keys: tuple = ()

    def __init__(self, nlp, name: str, **cfg):
        self.nlp = nlp
        self.vocab = nlp.vocab
        self.name = name
        self.cfg: Dict = dict(cfg)
        self.learnt: List[Dict] = []
        self._ready = False

    # -- set-up -----------------------------------------------------------------
    def ensure_ready(self) -> None:
        if not self._ready:
            self._build()
            self._ready = True

    def _build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def add_entries(self, entries: Iterable[Dict]) -> None:
        """Add learnt entries (see each component for their shape); rebuilt lazily."""
        seen = {srsly.json_dumps(e, sort_keys=True) for e in self.learnt}
        for entry in entries:
            key = srsly.json_dumps(entry, sort_keys=True)
            if key not in seen:
                self.learnt.append(dict(entry))
                seen.add(key)
        self._ready = False

    def learn_entities(self, get_examples, labels, is_known, entries=None) -> None:
        """``initialize`` of a gazetteer component: add the entities of the training
        examples with one of ``labels`` that ``is_known(text)`` does not know yet."""
        learnt: List[Dict] = list(entries or [])
        if get_examples is not None:
            self.ensure_ready()
            for eg in get_examples():
                for ent in eg.reference.ents:
                    if ent.label_ in labels and not is_known(ent.text):
                        learnt.append({"text": ent.text, "label": ent.label_, "kb_id": ent.kb_id_,
                                       "country": ent._.country})
        if learnt:
            self.add_entries(learnt)
        self.ensure_ready()

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    # -- serialisation ----------------------------------------------------------
    def _state(self) -> Dict:
        return {"cfg": {k: self.cfg.get(k) for k in self.cfg_keys}, "learnt": self.learnt}

    def _set_state(self, state: Dict) -> None:
        for key, value in state.get("cfg", {}).items():
            if key in self.cfg_keys:
                self.cfg[key] = value
        self.learnt = list(state.get("learnt", []))
        self._ready = False

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        self._set_state(srsly.msgpack_loads(bytes_data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        state = self._state()
        srsly.write_json(path / "cfg", state["cfg"])
        srsly.write_jsonl(path / "learnt.jsonl", state["learnt"])

    def from_disk(self, path, *, exclude=tuple()):
        path = ensure_path(path)
        state: Dict = {"cfg": {}, "learnt": []}
        if (path / "cfg").exists():
            state["cfg"] = srsly.read_json(path / "cfg")
        if (path / "learnt.jsonl").exists():
            state["learnt"] = list(srsly.read_jsonl(path / "learnt.jsonl"))
        self._set_state(state)
        return self


# hash -> text and hash -> lowercased text, shared by all components and documents of the
# process: a hash always names the same string, so this is a cache like the tokenizer's
# (it grows with the vocabulary seen, not with the number of documents)
_TEXT: Dict[int, str] = {}
_LOWER_TEXT: Dict[int, str] = {}


def hash_texts(strings, hashes: List[int], lower: bool = False) -> List[str]:
    """The strings of ``hashes`` (a list of ints from ``doc.to_array``), lowercased if asked,
    without a ``StringStore`` look-up for strings seen before."""
    table = _LOWER_TEXT if lower else _TEXT
    get = table.get
    out = [get(h) for h in hashes]
    if None in out:
        for i, h in enumerate(hashes):
            if out[i] is None:
                text = strings[h]
                out[i] = table[h] = text.lower() if lower else text
    return out


def positions_of(column, sorted_keys) -> List[int]:
    """Positions of ``column`` (a uint64 array of token hashes) whose value is in
    ``sorted_keys`` (a sorted uint64 array): a binary search in C, much cheaper than
    ``numpy.isin`` on short columns."""
    import numpy

    if not len(sorted_keys) or not len(column):
        return []
    pos = numpy.searchsorted(sorted_keys, column)
    pos[pos >= len(sorted_keys)] = 0
    return numpy.flatnonzero(sorted_keys[pos] == column).tolist()


def title_variants(surface: str) -> List[str]:
    """A surface plus its ALL-CAPS form (headlines), without duplicates."""
    out = [surface]
    upper = surface.upper()
    if upper != surface and len(surface) > 3:
        out.append(upper)
    return out


def set_ents(doc, spans, keep=None) -> None:
    """Write ``spans`` into ``doc.ents`` after the existing ents ``keep``."""
    from spacy.util import filter_spans

    doc.ents = filter_spans(list(keep or []) + list(spans))


def longest_first(matches):
    """Non-overlapping ``(key, start, end)`` matches: longest first, then leftmost."""
    ordered = sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1]))
    used = set()
    out = []
    for key, s, e in ordered:
        if e - s == 1:
            if s in used:
                continue
            used.add(s)
        else:
            tokens = range(s, e)
            if not used.isdisjoint(tokens):
                continue
            used.update(tokens)
        out.append((key, s, e))
    out.sort(key=lambda m: m[1])
    return out


def sentence_bounds(doc):
    """``(sent_of_token, bounds)``: the sentence number of every token and each
    sentence's ``(start, end)``, from one ``SENT_START`` array read (no ``.sent`` calls)."""
    import numpy
    from spacy.attrs import SENT_START

    n = len(doc)
    if n == 0:
        return [], []
    col = doc.to_array([SENT_START]).astype("int64").reshape(-1)
    starts = (col == 1)
    starts[0] = True
    sent_of = numpy.cumsum(starts) - 1
    idx = numpy.flatnonzero(starts).tolist()
    bounds = list(zip(idx, idx[1:] + [n]))
    return sent_of.tolist(), bounds
