"""News-aware sentence boundaries."""
import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He arrived in St. Petersburg on Monday. Talks began.", ["He arrived in St. Petersburg on Monday.", "Talks began."]),
        ("Mr. Aliyev met Mr. Putin. They spoke.", ["Mr. Aliyev met Mr. Putin.", "They spoke."]),
        ("The U.S. and China met. A deal followed.", ["The U.S. and China met.", "A deal followed."]),
        ('"We agree." He said so twice.', ['"We agree."', "He said so twice."]),
        ('"Why not?" he asked.', ['"Why not?" he asked.']),
        ("date 2025-10-17 + ↺ − 16 px\nPutin spoke to Aliyev", ["date 2025-10-17 + ↺ − 16 px", "Putin spoke to Aliyev"]),
        ("Russia and Azerbaijan agree\n\nThe two leaders met in Dushanbe.",
         ["Russia and Azerbaijan agree", "The two leaders met in Dushanbe."]),
    ],
)
def test_sentences(nlp, text, expected):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == expected
