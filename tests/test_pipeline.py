"""The default pipeline: assembly, extensions, serialisation, multi-processing."""
import subprocess
import sys

import spacy
from spacy.tokens import DocBin

import relations_nlp

TEXT = (
    "Russian President Vladimir Putin said relations between Russia and Azerbaijan are set to move "
    "forward. There had been no such rupture, he told reporters in Dushanbe.\n"
    "Moscow and Baku agreed to restore direct flights."
)


def test_default_pipeline_components(nlp):
    assert nlp.pipe_names == ["sentencizer", "lemmatizer", "countries", "actors", "cues", "dyads"]
    assert nlp.lang == "en"
    assert nlp.get_pipe("lemmatizer").mode == "lookup"


def test_extension_defaults_are_safe():
    nlp = spacy.blank("en")
    doc = nlp("Nothing here.")
    assert doc._.dyads == []
    doc._.dyads.append({"pair": "X|Y"})  # a fresh list each time: no shared mutable default
    assert spacy.blank("en")("Other.")._.dyads == []
    span = doc[0:1]
    assert span._.polarity == 0.0 and span._.negated is False and span._.hypothetical is False
    assert span._.country is None and span._.role is None


def test_lookup_lemmas(nlp):
    doc = nlp("Ties were strengthened as the countries signed treaties.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Ties"] == "Ties" or lemmas["Ties"].lower() == "tie"
    assert lemmas["strengthened"] == "strengthen"
    assert lemmas["treaties"] == "treaty"


def annotations(doc):
    return (
        [(e.text, e.label_, e.kb_id_, e._.country, e._.role) for e in doc.ents],
        [(s.text, s.label_, s._.polarity, s._.negated, s._.hypothetical) for s in doc.spans["relation_cues"]],
        doc._.dyads,
        [s.text for s in doc.sents],
    )


def test_docbin_round_trip_keeps_extensions(nlp):
    doc = nlp(TEXT)
    assert doc.spans["relation_cues"] and doc.ents and doc._.dyads
    db = DocBin(store_user_data=True)
    db.add(doc)
    restored = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))[0]
    assert annotations(restored)[:3] == annotations(doc)[:3]


def test_to_disk_and_spacy_load_in_fresh_process(nlp, tmp_path):
    path = tmp_path / "model"
    nlp.to_disk(path)
    expected = annotations(nlp(TEXT))
    code = (
        "import spacy, json, sys\n"
        f"nlp = spacy.load({str(path)!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps([[e.text, e.label_, e.kb_id_] for e in doc.ents]))\n"
        "print(json.dumps([[s.text, s.label_, s._.polarity] for s in doc.spans['relation_cues']]))\n"
        "print('relations_nlp' in sys.modules)\n"
    )
    # no "import relations_nlp": the entry points must bring the factories
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    import json

    assert json.loads(out[0]) == [[t, l, k] for t, l, k, _, _ in expected[0]]
    assert json.loads(out[1]) == [[t, l, p] for t, l, p, _, _ in expected[1]]
    reloaded = relations_nlp.load(path)
    assert annotations(reloaded(TEXT)) == expected


def test_to_bytes_from_bytes(nlp):
    data = nlp.to_bytes()
    other = relations_nlp.load()
    other.from_bytes(data)
    assert annotations(other(TEXT)) == annotations(nlp(TEXT))


def test_config_overrides():
    plain = relations_nlp.load(components__countries__capital_metonymy=False)
    assert plain.get_pipe("countries").cfg["capital_metonymy"] is False
    doc = plain("Moscow believes the deal is fair.")
    assert [e.label_ for e in doc.ents if e.text == "Moscow"] == ["LOC"]


def test_n_process_2_same_as_1(nlp):
    texts = [TEXT, "Beijing warned Washington against new tariffs.", "The summit in Tashkent ended."] * 4
    one = [annotations(d) for d in nlp.pipe(texts, n_process=1)]
    two = [annotations(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two


def test_saved_pipeline_carries_the_lemma_table(tmp_path):
    # load() keeps the lookup table as read and builds spaCy's Lookups table only when
    # asked (saving): the saved pipeline must still lemmatise the same way
    import spacy

    fresh = relations_nlp.load()
    text = "Ties were strengthened as the ministers signed treaties."
    lemmas = [t.lemma_ for t in fresh(text)]
    fresh.to_disk(tmp_path / "model")
    assert len(fresh.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")) > 40000
    reloaded = spacy.load(tmp_path / "model")
    assert [t.lemma_ for t in reloaded(text)] == lemmas
    assert "strengthen" in lemmas and "treaty" in lemmas
