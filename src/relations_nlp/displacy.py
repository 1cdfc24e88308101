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
