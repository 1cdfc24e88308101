"""displaCy colours for the entity labels (entry point ``spacy_displacy_colors``) and the
colours of relation cues by the sign of their polarity."""

COLORS = {
    "COUNTRY": "#7aecec",
    "LEADER": "#f0a8d0",
    "PERSON": "#aa9cfc",
    "ORG": "#feca74",
    "LOC": "#bfe1d9",
}
POSITIVE = "#8fd18f"
NEGATIVE = "#f08080"
NEUTRAL = "#dddddd"


def polarity_color(polarity: float) -> str:
    if polarity > 0:
        return POSITIVE
    if polarity < 0:
        return NEGATIVE
    return NEUTRAL


def render_cues(doc, spans_key: str = "relation_cues", **kwargs):
    """displaCy's span view of the relation cues, coloured by the sign of their polarity
    (POS green, NEG red, NEU grey): ``render_cues(doc, jupyter=True)`` in a notebook."""
    from spacy import displacy
    from spacy.tokens import Span, SpanGroup

    signed = [Span(doc, s.start, s.end, label=("POS" if s._.polarity > 0 else "NEG" if s._.polarity < 0 else "NEU"))
              for s in doc.spans.get(spans_key, [])]
    view_key = f"{spans_key}_by_sign"
    doc.spans[view_key] = SpanGroup(doc, name=view_key, spans=signed)
    try:
        options = {"spans_key": view_key, "colors": {"POS": POSITIVE, "NEG": NEGATIVE, "NEU": NEUTRAL}}
        options.update(kwargs.pop("options", {}))
        return displacy.render(doc, style="span", options=options, **kwargs)
    finally:
        del doc.spans[view_key]
