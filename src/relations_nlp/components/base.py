"""Shared machinery of the rule components: settings + learnt entries, lazy set-up,
and (de)serialisation in the style of spaCy's ``EntityRuler``/``SpanRuler``.

A component's knowledge is the package's data tables (read lazily, once per process)
plus the entries it learnt from training data (``initialize(get_examples=...)`` or
``add_entries``); only the learnt entries and the settings are written by ``to_disk``,
so a saved pipeline stays small and loads fast.

The rest are helpers of the components' hot paths, which work on token columns
(``Doc.to_array``) and plain tuples instead of ``Token`` / ``Span`` objects (each costs
about a microsecond to make): ``HashTable`` looks a whole ``ORTH`` column up in a set of
hashes at once, ``TokenView`` gives the lexical attributes of a token by position,
``read_ents`` / ``write_ents`` read and write ``doc.ents`` as tuples with the same token
annotation as the ``doc.ents`` setter, and ``write_span_values`` sets the extension
values a ``Span`` would get.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

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


def in_headline(tokens: "TokenView", k: int, min_words: int = 4) -> bool:
    """Whether token ``k`` is in a sentence written in title case, as headlines are
    ("Nawrocki Visits Kyiv As Poland Seeks Closer Ties"): at least ``min_words`` alphabetic
    tokens of four or more letters, every one of them capitalised (the second part of a
    hyphenated word keeps its case: "Lee Jae-myung"). There capitalisation is no evidence
    of a name. Reads only that sentence."""
    n = tokens.n
    a = k
    while a > 0 and not tokens.is_sent_start(a):
        a -= 1
    long_words = 0
    i = a
    while i < n and (i == a or not tokens.is_sent_start(i)):
        x = tokens[i]
        if x.is_alpha and len(x.text) >= 4 and not (i > 0 and tokens[i - 1].text == "-"):
            if not (x.is_title or x.text.isupper()):
                return False
            long_words += 1
        i += 1
    return long_words >= min_words


class HashTable:
    """Vectorised look-up of uint64 hashes (``ORTH``/``LOWER`` columns) in a fixed set of
    keys, each with an optional uint64 value. ``numpy.searchsorted`` on a large sorted key
    array costs ~70 ns a token (a cache miss per bisection step); this costs a few ns.

    Each key sits in the slot named by some bits of its hash (string hashes are well
    mixed), so a column is looked up with one fancy index and one comparison. An empty
    slot holds a key whose slot bits name another slot, so it never compares equal. The
    keys whose slot was already taken (a few percent at a load factor of 1/3) go to a
    small sorted overflow array, searched only for the tokens that were not found in
    their slot and whose slot is *crowded* (has keys in the overflow). A set of at most
    64 keys gets a table without any collision (bits are tried until every key has a slot
    of its own), so it has no overflow."""

    def __init__(self, keys, values=None):
        import numpy

        keys = numpy.asarray(keys, dtype="uint64").reshape(-1)
        values = keys if values is None else numpy.asarray(values, dtype="uint64").reshape(-1)
        keys, first = numpy.unique(keys, return_index=True)  # a repeated key keeps its first value
        values = values[first]
        self.n_keys = len(keys)
        self.shift = 0
        if len(keys) <= 64:
            bits = max(4, 2 * len(keys).bit_length() + 1)  # room for n^2 slots
            self.mask = (1 << bits) - 1
            best = -1
            for shift in range(0, 64 - bits):
                distinct = len(numpy.unique((keys >> numpy.uint64(shift)) & numpy.uint64(self.mask)))
                if distinct > best:
                    best, self.shift = distinct, shift
                if distinct == len(keys):
                    break
        else:
            bits = (len(keys) * 3).bit_length()  # load factor <= 1/3
            self.mask = (1 << bits) - 1
        slots = self._slots(keys)
        # empty slot s holds (s + 1) in its slot bits: no key of slot s equals it
        self.keys = ((numpy.arange(1 << bits, dtype="uint64") + numpy.uint64(1)) & numpy.uint64(self.mask)) \
            << numpy.uint64(self.shift)
        self.values = numpy.zeros(1 << bits, dtype="uint64")
        used, first_of_slot = numpy.unique(slots, return_index=True)
        self.keys[used] = keys[first_of_slot]
        self.values[used] = values[first_of_slot]
        rest = numpy.ones(len(keys), dtype=bool)
        rest[first_of_slot] = False
        self.over_keys, self.over_values = keys[rest], values[rest]  # sorted, as ``keys`` is
        self.crowded = numpy.zeros(1 << bits, dtype=bool)
        self.crowded[slots[rest]] = True

    def __len__(self) -> int:
        return self.n_keys

    def _slots(self, column):
        import numpy

        if self.shift:
            column = column >> numpy.uint64(self.shift)
        # the low bits as a signed index array (a view, then one ``&``: no cast pass)
        return column.view(numpy.int64) & self.mask

    def _overflow(self, column, slots, found):
        """``(positions, overflow indices)`` of the positions of ``column`` not ``found``
        in their ``slots`` whose value is an overflow key."""
        import numpy

        missed = numpy.flatnonzero(self.crowded[slots] & ~found)
        probe = column[missed]
        pos = numpy.searchsorted(self.over_keys, probe)
        pos[pos == len(self.over_keys)] = 0
        hit = self.over_keys[pos] == probe
        return missed[hit], pos[hit]

    def contains(self, column):
        """A bool array: is each element of ``column`` (a uint64 array) a key."""
        slots = self._slots(column)
        found = self.keys[slots] == column
        if len(self.over_keys):
            found[self._overflow(column, slots, found)[0]] = True
        return found

    def get(self, column, default):
        """The value of each element of ``column`` that is a key, else ``default`` (a
        number, or an array of the shape of ``column`` to take the element at its
        position from)."""
        import numpy

        slots = self._slots(column)
        found = self.keys[slots] == column
        out = numpy.where(found, self.values[slots], default)
        if len(self.over_keys):
            at, idx = self._overflow(column, slots, found)
            out[at] = self.over_values[idx]
        return out

    def positions(self, column) -> List[int]:
        """Positions of ``column`` whose value is a key (as ``positions_of``)."""
        import numpy

        return numpy.flatnonzero(self.contains(column)).tolist()


class LexAttrs(NamedTuple):
    """The lexical attributes of a token text that the context rules read (the same
    values as the ``Token`` attributes of that name)."""

    text: str
    lower: str  # ``lower_``
    is_title: bool
    is_alpha: bool
    is_lower: bool
    is_punct: bool


def _lex_attrs(token) -> LexAttrs:
    return LexAttrs(token.text, token.lower_, token.is_title, token.is_alpha, token.is_lower, token.is_punct)


class TokenView:
    """Attributes of a document's tokens by position, without ``Token`` objects.

    ``view[i]`` is the ``LexAttrs`` of token ``i``, from a cache keyed by ORTH hash that
    the component keeps (filled from the document's own token the first time a hash is
    seen, so the values are exactly the lexeme's); sentence starts and lemmas depend on
    the token, not its text, and are read from the ``Doc`` only for the few positions
    that need them."""

    __slots__ = ("doc", "orth", "n", "cache")

    def __init__(self, doc, orth: List[int], cache: Dict[int, LexAttrs]):
        self.doc = doc
        self.orth = orth  # the ORTH column as a list of ints
        self.n = len(orth)
        self.cache = cache

    def __getitem__(self, i: int) -> LexAttrs:
        attrs = self.cache.get(self.orth[i])
        if attrs is None:
            attrs = self.cache[self.orth[i]] = _lex_attrs(self.doc[i])
        return attrs

    def at(self, i: int) -> Optional[LexAttrs]:
        """``self[i]`` inside the document, else None."""
        if 0 <= i < self.n:
            attrs = self.cache.get(self.orth[i])
            return attrs if attrs is not None else self[i]
        return None

    def is_sent_start(self, i: int) -> bool:
        return bool(self.doc[i].is_sent_start)

    def has_space(self, i: int) -> bool:
        """Is token ``i`` followed by a space (``SPACY``)."""
        return bool(self.doc[i].whitespace_)

    def lemma(self, i: int) -> str:
        return self.doc[i].lemma_

    def lemma_or_lower(self, i: int) -> str:
        """``(token.lemma_ or token.lower_).lower()``"""
        return (self.doc[i].lemma_ or self[i].lower).lower()


def ent_columns(doc):
    """The entity columns ``read_ents`` gives, without reading the entities."""
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])


def read_ents(doc):
    """``(ents, cols)``: ``doc.ents`` as ``(start, end, label, kb_id, ent_id)`` tuples of
    ints (hashes), read from the entity columns without ``Span`` objects, and those columns
    (``ENT_IOB``, ``ENT_TYPE``, ``ENT_KB_ID``, ``ENT_ID``) for ``write_ents``. An entity is
    the run of a B token with a label and the I tokens after it, as the ``doc.ents``
    getter reads them; on an I token outside any entity the getter's error is raised."""
    import numpy

    cols = ent_columns(doc)
    iob, label = cols[:, 0], cols[:, 1]
    if not (iob & 1).any():  # no B (3) nor I (1) token: no entity
        return [], cols
    begins = numpy.flatnonzero((iob == 3) & (label != 0))
    not_inside = numpy.flatnonzero(iob != 1)
    inside = numpy.flatnonzero(iob == 1)
    if len(inside):
        # the token that opened the run of I tokens must be a B with a label
        opener = numpy.searchsorted(not_inside, inside) - 1
        bad = opener < 0
        opener = not_inside[numpy.maximum(opener, 0)]
        if (bad | (iob[opener] != 3) | (label[opener] == 0)).any():
            doc.ents  # raises spaCy's own error  # noqa: B018
    at = numpy.searchsorted(not_inside, begins, side="right")
    ends = numpy.append(not_inside, len(doc))[at]
    ents = list(zip(begins.tolist(), ends.tolist(), *cols[begins, 1:].T.tolist()))
    return ents, cols


def write_ents(doc, ents, cols, filter_overlaps: bool = False) -> None:
    """``doc.ents = ents`` for ``(start, end, label, kb_id, ent_id)`` tuples of ints sorted
    by start (label and kb_id added to the ``StringStore`` by the caller), or with
    ``filter_overlaps`` (in any order) ``doc.ents = spacy.util.filter_spans(ents)``. The
    token annotation is the setter's (every other token "outside", its KB and entity ids
    unchanged), written from the ``cols`` of ``read_ents`` with one ``from_array``;
    overlapping entities are left to ``filter_bounds``, or to the setter, which raises its
    own error."""
    import numpy
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
    from spacy.tokens import Span

    if filter_overlaps:
        ents = sorted(ents, key=itemgetter(0))
    cols = cols.copy()
    cols[:, 0] = 2
    cols[:, 1] = 0
    if ents:
        table = numpy.array(ents, dtype="uint64").reshape(len(ents), 5)
        starts, ends = table[:, 0].astype(numpy.intp), table[:, 1].astype(numpy.intp)
        if (starts[1:] < ends[:-1]).any() or (filter_overlaps and (ends <= starts).any()):
            if filter_overlaps:  # (without overlaps nor empty spans, filter_spans keeps all)
                write_ents(doc, filter_bounds(ents), cols)
            else:
                doc.ents = [Span(doc, s, e, label=lab, kb_id=kb, span_id=i) for s, e, lab, kb, i in ents]
            return
        lengths = ends - starts
        # every token of every entity, and the entity it belongs to
        owner = numpy.repeat(numpy.arange(len(ents)), lengths)
        tokens = numpy.arange(len(owner)) - numpy.repeat(numpy.cumsum(lengths) - lengths, lengths) + starts[owner]
        cols[tokens, 0] = 1
        cols[starts[lengths > 0], 0] = 3
        cols[tokens, 1:3] = table[owner, 2:4]
        ent_ids = table[owner, 4]
        with_id = ent_ids != 0  # a span without an id keeps the token's
        if with_id.any():
            cols[tokens[with_id], 3] = ent_ids[with_id]
            doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID], cols)
            return
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], cols[:, :3])  # (the ENT_ID column is unchanged)


def write_span_values(doc, tokens: TokenView, names: Tuple[str, ...], spans, values) -> None:
    """Set the Span extension values ``names`` of the token spans ``spans`` (``(start,
    end)`` pairs) to ``values`` (a tuple of values per span) as
    ``extensions.set_span_values`` does span by span, without ``Span`` objects: the same
    ``doc.user_data`` entries, in the same order. The character offsets (the key of the
    values) come from one ``IDX`` read for many spans, from the spans' ``Token`` objects
    for a few, and the token texts of ``tokens``."""
    from spacy.attrs import IDX

    if not spans:
        return
    if len(spans) > 40:
        idx = doc.to_array(IDX).tolist()
    else:
        idx = [0] * len(doc)
        for start, end in spans:
            idx[start] = doc[start].idx
            idx[end - 1] = doc[end - 1].idx
    chars = [(idx[start], idx[end - 1] + len(tokens[end - 1].text) if end > start else idx[start])
             for start, end in spans]
    doc.user_data.update(zip([("._.", name, start_char, end_char) for start_char, end_char in chars for name in names],
                             [value for row in values for value in row]))


def filter_bounds(ents: List[tuple]) -> List[tuple]:
    """``spacy.util.filter_spans`` for tuples that start with ``(start, end)``: the
    (first) longest of overlapping spans wins, the result is sorted by start."""
    ordered = sorted(ents, key=lambda x: (x[1] - x[0], -x[0]), reverse=True)
    result = []
    seen = set()
    for ent in ordered:
        # (filter_spans checks the first and the last token only)
        if ent[0] not in seen and ent[1] - 1 not in seen:
            result.append(ent)
            seen.update(range(ent[0], ent[1]))
    return sorted(result, key=itemgetter(0))


def longest_first_ordered(matches):
    """``longest_first`` for matches in the order of ``Gazetteer.find`` (by start, longest
    first at each start), in one pass when the longest match of each start either lies
    inside the one kept before it ("Korea" in "South Korea") or after its end: those
    kept are then the answer (each other match lies inside a longer kept one, which
    ``longest_first`` takes first). A match that straddles the end of the one kept before
    it sends the whole list to ``longest_first``."""
    out = []
    last_end = 0
    for match in matches:
        if match[1] < last_end:
            if match[2] <= last_end:
                continue  # inside the match kept before (or at its start and not longer)
            return longest_first(matches)
        out.append(match)
        last_end = match[2]
    return out
