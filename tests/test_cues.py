"""Relation cues read in context, and dyad tone with evidence."""
import pytest

from .helpers import annotate


def cues(doc):
    return [(c.text, c.label_, c._.polarity, c._.negated, c._.hypothetical) for c in doc.spans["relation_cues"]]


def cue(doc, text):
    found = [c for c in doc.spans["relation_cues"] if text in c.text]
    assert found, (text, cues(doc))
    return found[0]


@pytest.mark.parametrize(
    "text,cue_text,sign,negated",
    [
        ("There had been no such rupture between Russia and Azerbaijan.", "rupture", 1, True),
        ("I wouldn't even call it a crisis.", "crisis", 1, True),
        ("Relations between the two countries were never interrupted.", "interrupted", 1, True),
        ("Baku denied any rift with Moscow.", "rift", 1, True),
        ("The talks went ahead without tension.", "tension", 1, True),
        ("Emotions had been strained, but the tension has been defused.", "tension has been defused", 1, False),
        ("The crisis was overcome within weeks.", "crisis", 1, False),
        ("Washington lifted the sanctions on Minsk.", "sanctions", 1, False),
        ("The ceasefire collapsed within hours.", "ceasefire", -1, False),
        ("Hungary and Poland are no longer allies.", "allies", -1, True),
        ("The embargo has never been lifted.", "embargo", -1, True),
        ("Russia and Ukraine agreed on a prisoner exchange.", "agreed", 1, False),
    ],
)
def test_polarity_in_context(nlp, text, cue_text, sign, negated):
    c = cue(annotate(nlp, text), cue_text)
    assert c._.polarity * sign > 0, cues(c.doc)
    assert c._.negated is negated


def test_hypotheticals_are_weaker_and_flagged(nlp):
    plain = cue(annotate(nlp, "The dispute led to a rupture."), "rupture")
    hypo = cue(annotate(nlp, "The dispute could lead to a rupture."), "rupture")
    assert hypo._.hypothetical and not plain._.hypothetical
    assert plain._.polarity < hypo._.polarity < 0
    threat = cue(annotate(nlp, "Ankara threatened to cut ties if the deal went ahead."), "cut ties")
    assert threat._.hypothetical and threat._.polarity < 0


def test_counterfactual(nlp):
    doc = annotate(nlp, "If relations were in crisis, we wouldn't have seen record trade growth.")
    assert cue(doc, "crisis")._.polarity > 0  # the real world: no crisis


def test_concession_is_weaker_than_main_clause(nlp):
    doc = annotate(nlp, "Despite the tensions, trade between Kazakhstan and Russia grew by a third.")
    tension = cue(doc, "tensions")
    main = [c for c in doc.spans["relation_cues"] if c._.polarity > 0]
    assert main and abs(tension._.polarity) < max(c._.polarity for c in main)
    assert doc._.dyads[0]["label"] == "POS"


@pytest.mark.parametrize(
    "phrase,sign",
    [("turned the page", 1), ("the chapter is closed", 1), ("back on track", 1), ("move forward", 1),
     ("a frozen conflict", -1), ("gave them the cold shoulder", -1), ("a war of words", -1),
     ("a strategic partnership", 1), ("allied relations", 1), ("the lowest point", -1), ("a reset", 1)],
)
def test_idioms(nlp, phrase, sign):
    doc = annotate(nlp, f"Armenia and Georgia: {phrase}, officials said of bilateral relations.")
    assert doc.spans["relation_cues"], phrase
    assert sum(c._.polarity for c in doc.spans["relation_cues"]) * sign > 0, cues(doc)


def test_lemmas_match_inflections(nlp):
    for text in ("Ties strengthened between Baku and Ankara.", "Baku and Ankara are strengthening ties.",
                 "Baku and Ankara strengthen their ties."):
        doc = annotate(nlp, text)
        assert any(c._.polarity > 0 for c in doc.spans["relation_cues"]), text


def test_cue_words_inside_org_names_are_not_cues(nlp):
    doc = annotate(nlp, "The Shanghai Cooperation Organisation and the Gulf Cooperation Council met.")
    assert all("Cooperation" not in c.text for c in doc.spans["relation_cues"])


def test_dyads_with_evidence_and_principal_pair(nlp):
    text = ("Putin said relations between Russia and Azerbaijan are set to move forward. "
            "There had been no such rupture. The two countries defused the tension. "
            "Separately, France criticised Algeria.")
    doc = annotate(nlp, text, "2025-10-17")
    dyads = {d["pair"]: d for d in doc._.dyads}
    assert set(dyads) == {"AZE|RUS", "DZA|FRA"}
    aze = dyads["AZE|RUS"]
    assert aze["label"] == "POS" and 0 < aze["tone"] <= 1
    evidence = [text[s:e] for s, e in aze["evidence"]]
    assert "rupture" in evidence and any("defused" in ev for ev in evidence)
    assert dyads["DZA|FRA"]["label"] == "NEG" and dyads["DZA|FRA"]["tone"] < 0


def test_leader_and_capital_count_as_their_state(nlp):
    doc = annotate(nlp, "Erdoğan and Athens agreed to ease tensions in the Aegean.", "2023-12-08")
    assert [(d["pair"], d["label"]) for d in doc._.dyads] == [("GRC|TUR", "POS")]


def test_no_cue_no_dyad(nlp):
    doc = annotate(nlp, "Peru and Chile are neighbours on the Pacific coast.")
    assert doc._.dyads == []
