"""The Doc/Span extensions of the public contract, registered once at import.

Values are stored the way spaCy stores extension values (``doc.user_data`` keyed by
``("._.", name, start_char, end_char)``), so they survive ``DocBin(store_user_data=True)``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

_DYADS_KEY = ("._.", "dyads", None, None)


def _get_dyads(doc: Doc) -> list:
    value = doc.user_data.get(_DYADS_KEY)
    if value is None:
        return []
    if not isinstance(value, list) or any(
        not isinstance(d.get("evidence", []), list) or any(not isinstance(x, tuple) for x in d.get("evidence", []))
        for d in value
    ):
        # a DocBin round trip turns lists/tuples around: restore the contract's shape
        value = [dict(d, evidence=[tuple(x) for x in d.get("evidence", [])]) for d in value]
        doc.user_data[_DYADS_KEY] = value
    return value


def _set_dyads(doc: Doc, value: list) -> None:
    doc.user_data[_DYADS_KEY] = list(value)


SPAN_DEFAULTS = {
    "country": None,  # ISO3 for LEADER / ORG / LOC
    "role": None,  # role of a LEADER
    "polarity": 0.0,  # relation cue polarity after context
    "negated": False,
    "hypothetical": False,
    "cue_weight": 0.0,  # the lexicon weight before context
}


def register(force: bool = False) -> None:
    if force or not Doc.has_extension("dyads"):
        Doc.set_extension("dyads", getter=_get_dyads, setter=_set_dyads, force=True)
    for name, default in SPAN_DEFAULTS.items():
        if force or not Span.has_extension(name):
            Span.set_extension(name, default=default, force=True)


def set_span_values(span: Span, **values) -> None:
    """Set Span extension values with one dict write each (what ``span._.name = value``
    does, without the per-call ``Underscore`` object): the hot path of the components."""
    user_data = span.doc.user_data
    start, end = span.start_char, span.end_char
    for name, value in values.items():
        user_data[("._.", name, start, end)] = value
