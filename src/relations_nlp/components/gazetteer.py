"""A token-sequence gazetteer matched by string hashes.

spaCy's ``PhraseMatcher`` needs a ``Doc`` per pattern, and building ~40,000 pattern
docs creates a lexeme for every new word (about 40 µs each): 2–3 s of start-up for
the package's tables. This gazetteer stores each surface as the tuple of its tokens'
hashes instead (``spacy.strings.get_string_id``, the same value as ``token.orth`` /
``token.lower``), so building it costs microseconds per entry. Matching reads the
document's ``ORTH`` (or ``LOWER``) column with one ``to_array`` call; one vectorised
look-up of the whole column in the first-token hashes (``base.HashTable``) finds the
few positions where an entry can start, and only there does Python look further: at the
one-token entries of that hash (a dict by hash) and, when the next token can continue
a longer entry (a set of first-two-token pairs), at those (a dict by hash tuple).

Surfaces are split into tokens exactly as the pipeline's tokenizer splits them: the
package ships the split of every surface of its tables (``data/surface_tokens.json``,
built by ``scripts/build_token_index.py``); any other surface (entries learnt from
training data) goes through the tokenizer.
"""
from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Hashable, Iterable, List, Optional, Set, Tuple

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..resources import read_json
from .base import HashTable


@functools.lru_cache(maxsize=None)
def _shipped_index() -> Tuple[Dict[str, List[str]], FrozenSet[str]]:
    """The shipped token index, read once per process and shared by every gazetteer."""
    shipped = read_json("surface_tokens") or {}
    return shipped.get("split", {}), frozenset(shipped.get("plain", []))


class Gazetteer:
    def __init__(self, tokenizer, attr: str = "ORTH"):
        self.tokenizer = tokenizer
        self.attr = ORTH if attr == "ORTH" else LOWER
        self.lower = attr != "ORTH"
        self.shipped_split, self.plain = _shipped_index()
        self.index: Dict[str, List[str]] = {}  # surfaces split by the tokenizer here
        # the entries: one-token ones by their hash, longer ones by their hash tuple
        self.singles: Dict[int, Tuple[Hashable, ...]] = {}  # hash -> keys
        self.multi: Dict[Tuple[int, ...], Tuple[Hashable, ...]] = {}  # hash tuple -> keys
        self.longer: Dict[int, Tuple[int, ...]] = {}  # first hash -> lengths of its longer entries, longest first
        # the first two hashes of each longer entry, as one int ``first << 64 | second`` (in a
        # set of tens of thousands, an int is no work for the garbage collector, a tuple is)
        self.pairs: Set[int] = set()
        self.firsts = HashTable([])  # the first-token hashes of all entries, built by ``freeze``

    def tokens(self, surface: str) -> List[str]:
        toks = self.shipped_split.get(surface) or self.index.get(surface)
        if toks is None and surface in self.plain:
            return surface.split(" ")
        if toks is None:
            toks = [t.text for t in self.tokenizer(surface)]
            self.index[surface] = toks
        return toks

    def add(self, surface: str, key: Hashable) -> None:
        self.update(((surface, key),))

    def update(self, entries: Iterable[Tuple[str, Hashable]]) -> None:
        """``add`` every ``(surface, key)`` of ``entries`` (one loop, for the ~10,000 of a
        component's tables). Keys and lengths are kept in tuples, not lists: tens of
        thousands of lists would be work for every full run of the garbage collector."""
        shipped_split, index, plain = self.shipped_split, self.index, self.plain
        singles, multi, longer, pairs = self.singles, self.multi, self.longer, self.pairs
        for surface, key in entries:
            toks = shipped_split.get(surface) or index.get(surface)
            if toks is None:
                toks = surface.split(" ") if surface in plain else self.tokens(surface)
            if not toks:
                continue
            hashes = tuple(map(get_string_id, map(str.lower, toks) if self.lower else toks))
            table = singles if len(hashes) == 1 else multi
            entry = hashes[0] if len(hashes) == 1 else hashes
            keys = table.get(entry)
            if keys is None:
                table[entry] = (key,)
                if len(hashes) > 1:
                    lengths = longer.get(hashes[0], ())
                    if len(hashes) not in lengths:
                        longer[hashes[0]] = tuple(sorted(lengths + (len(hashes),), reverse=True))
                    pairs.add(hashes[0] << 64 | hashes[1])
            elif key not in keys:  # inflected variants of one phrase often share a lowercase form
                table[entry] = keys + (key,)

    def freeze(self) -> None:
        self.firsts = HashTable(list(self.singles.keys() | self.longer.keys()))

    def __call__(self, doc: Doc) -> List[Tuple[Hashable, int, int]]:
        """All matches ``(key, start, end)``, longest first at each start."""
        return self.find(doc.to_array(self.attr))

    def find(self, column, values: Optional[List[int]] = None) -> List[Tuple[Hashable, int, int]]:
        """The matches of a document's ``ORTH`` (or ``LOWER``) column, a uint64 array (and
        its ``tolist()``, if the caller has it)."""
        singles, multi, longer, pairs = self.singles, self.multi, self.longer, self.pairs
        if not len(self.firsts) and (singles or longer):
            self.freeze()
        if len(column) == 0 or not (singles or longer):
            return []
        # vectorised pre-filter: positions whose token can start an entry
        hits = self.firsts.positions(column)
        if not hits:
            return []
        col = column.tolist() if values is None else values
        n = len(col)
        out = []
        for i in hits:
            h = col[i]
            lengths = longer.get(h)
            # the longer entries only when one starts with these two tokens
            if lengths is not None and i + 1 < n and (h << 64 | col[i + 1]) in pairs:
                for length in lengths:
                    if i + length <= n:
                        keys = multi.get(tuple(col[i:i + length]))
                        if keys:
                            for key in keys:
                                out.append((key, i, i + length))
            keys = singles.get(h)
            if keys:
                for key in keys:
                    out.append((key, i, i + 1))
        return out


def build_index(tokenizer, surfaces: Iterable[str]) -> Dict[str, List[str]]:
    """The tokenizer's split of every surface (used by the builder script and the tests)."""
    surfaces = sorted(set(s for s in surfaces if s))
    return {s: [t.text for t in d] for s, d in zip(surfaces, tokenizer.pipe(surfaces))}


def surfaces_of_tables() -> List[str]:
    """Every surface the components add from the package tables (upper-case variants too)."""
    from ..resources import read_table
    from .base import title_variants

    out: List[str] = []
    for row in read_table("countries"):
        for s in [row["name"], row.get("official") or "", *row.get("aliases", []), *row.get("demonyms", []),
                  row.get("capital") or "", *row.get("capital_aliases", [])]:
            if s:
                out.extend(title_variants(s))
    for row in read_table("cities"):
        out.extend([row["name"], *row.get("aliases", [])])
    for row in read_table("regions"):
        out.extend([row["name"], *row.get("aliases", [])])
    for row in read_table("leaders"):
        weak = set(row.get("weak_aliases", []))
        for name in [row["name"], *row.get("aliases", [])]:
            out.extend(title_variants(name) if name not in weak else [name])
    for row in read_table("orgs"):
        out.extend([row["name"], row.get("full") or "", *row.get("aliases", [])])
    patterns = read_json("org_patterns") or {}
    out.extend([*patterns.get("body_heads", []), *patterns.get("body_nouns", [])])
    from .countries import BARE_NAMES, BLOCKERS

    for s in list(BARE_NAMES) + BLOCKERS:
        out.extend(title_variants(s))
    from .cues import cue_surfaces

    for variants in cue_surfaces(read_table("cues")).values():
        out.extend(variants)
    return [s for s in out if s]
