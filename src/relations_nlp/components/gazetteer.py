"""A token-sequence gazetteer matched by string hashes.

spaCy's ``PhraseMatcher`` needs a ``Doc`` per pattern, and building ~40,000 pattern
docs creates a lexeme for every new word (about 40 µs each): 2–3 s of start-up for
the package's tables. This gazetteer stores each surface as the tuple of its tokens'
hashes instead (``spacy.strings.hash_string``, the same value as ``token.orth`` /
``token.lower``), so building it costs microseconds per entry; matching reads the
document's ``ORTH`` (or ``LOWER``) column with one ``to_array`` call and does one dict
look-up per token.

Surfaces are split into tokens exactly as the pipeline's tokenizer splits them: the
package ships the split of every surface of its tables (``data/surface_tokens.json``,
built by ``scripts/build_token_index.py``); any other surface (entries learnt from
training data) goes through the tokenizer.
"""
from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Hashable, Iterable, List, Tuple

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..resources import read_json


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
        # first-token hash -> {length: {hash tuple: [keys]}}
        self.table: Dict[int, Dict[int, Dict[Tuple[int, ...], List[Hashable]]]] = {}
        self.lengths: Dict[int, List[int]] = {}
        self.firsts = numpy.zeros(0, dtype="uint64")

    def tokens(self, surface: str) -> List[str]:
        toks = self.shipped_split.get(surface) or self.index.get(surface)
        if toks is None and surface in self.plain:
            return surface.split(" ")
        if toks is None:
            toks = [t.text for t in self.tokenizer(surface)]
            self.index[surface] = toks
        return toks

    def add(self, surface: str, key: Hashable) -> None:
        toks = self.tokens(surface)
        if not toks:
            return
        if self.lower:
            toks = [t.lower() for t in toks]
        hashes = tuple(hash_string(t) for t in toks)
        by_len = self.table.setdefault(hashes[0], {})
        bucket = by_len.setdefault(len(hashes), {})
        keys = bucket.setdefault(hashes, [])
        if key not in keys:  # inflected variants of one phrase often share a lowercase form
            keys.append(key)

    def freeze(self) -> None:
        self.lengths = {h: sorted(by_len, reverse=True) for h, by_len in self.table.items()}
        self.firsts = numpy.asarray(sorted(self.table), dtype="uint64")

    def __call__(self, doc: Doc) -> List[Tuple[Hashable, int, int]]:
        """All matches ``(key, start, end)``, longest first at each start."""
        if not self.lengths and self.table:
            self.freeze()
        if len(doc) == 0 or not self.table:
            return []
        arr = doc.to_array([self.attr])
        # vectorised pre-filter: positions whose token can start an entry
        pos = numpy.searchsorted(self.firsts, arr)
        pos[pos >= len(self.firsts)] = 0
        hits = numpy.flatnonzero(self.firsts[pos] == arr).tolist()
        if not hits:
            return []
        col = arr.tolist()
        n = len(col)
        out = []
        table = self.table
        lengths = self.lengths
        for i in hits:
            h = col[i]
            if h in lengths:
                by_len = table[h]
                for length in lengths[h]:
                    if i + length > n:
                        continue
                    keys = by_len[length].get(tuple(col[i:i + length]))
                    if keys:
                        for key in keys:
                            out.append((key, i, i + length))
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
    from .countries import BARE_NAMES, BLOCKERS

    for s in list(BARE_NAMES) + BLOCKERS:
        out.extend(title_variants(s))
    from .cues import cue_surfaces

    for variants in cue_surfaces(read_table("cues")).values():
        out.extend(variants)
    return [s for s in out if s]
