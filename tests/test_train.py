"""convert -> train -> load in a fresh process -> annotate --model, end to end (tiny run)."""
import json
import subprocess
import sys

from typer.testing import CliRunner

from relations_nlp.cli import app

from .helpers import EVAL, ROOT

runner = CliRunner()


def _in_fresh_process(model_path, body: str):
    """Run ``body`` (Python code that prints one JSON line, with ``nlp`` loaded by
    ``spacy.load(model_path)``) in a fresh interpreter that never imports relations_nlp by
    hand: the entry points must provide the factories. Returns the parsed JSON."""
    code = f"import spacy, json\nnlp = spacy.load({str(model_path)!r})\n" + body
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_convert_train_load_annotate(tmp_path):
    lines = (EVAL / "actors.jsonl").read_text(encoding="utf8").splitlines()
    (tmp_path / "train.jsonl").write_text("\n".join(lines[:40]) + "\n", encoding="utf8")
    (tmp_path / "dev.jsonl").write_text("\n".join(lines[40:55]) + "\n", encoding="utf8")
    for part in ("train", "dev"):
        result = runner.invoke(app, ["convert", str(tmp_path / f"{part}.jsonl"), str(tmp_path / f"{part}.spacy")])
        assert result.exit_code == 0, result.output
    out = tmp_path / "model"
    result = runner.invoke(app, ["train", str(ROOT / "configs" / "ner.cfg"), "--output", str(out),
                                 "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "dev.spacy"),
                                 "--training.max_steps", "12", "--training.eval_frequency", "6"])
    assert result.exit_code == 0, result.output
    assert (out / "model-best" / "config.cfg").exists() and (out / "model-last" / "ner").exists()
    # the rule components learnt the names of the training data and saved them with the model
    import srsly

    learnt = list(srsly.read_jsonl(out / "model-best" / "actors" / "learnt.jsonl"))
    train_names = {line["text"][s["start"]:s["end"]] for line in map(json.loads, lines[:40])
                   for s in line["spans"] if s["label"] in ("PERSON", "ORG")}
    assert learnt and {e["text"] for e in learnt} <= train_names
    # a fresh process, no "import relations_nlp": the entry points provide the factories
    data = _in_fresh_process(out / "model-best",
                             "doc = nlp('Baku and Moscow agreed to move forward, Caliber.Az reported.')\n"
                             "print(json.dumps({'pipe': nlp.pipe_names, 'ents': [[e.text, e.label_] for e in doc.ents],"
                             " 'dyads': [d['pair'] for d in doc._.dyads]}))\n")
    assert "ner" in data["pipe"] and "countries" in data["pipe"]
    assert ["Baku", "COUNTRY"] in data["ents"] and ["Moscow", "COUNTRY"] in data["ents"]
    assert data["dyads"] == ["AZE|RUS"]
    # the trained pipeline annotates a corpus
    text = tmp_path / "2025-01-01_note.txt"
    text.write_text("Kazakhstan and Uzbekistan signed a strategic partnership treaty.", encoding="utf8")
    result = runner.invoke(app, ["annotate", str(text), "--output", str(tmp_path / "ann"),
                                 "--model", str(out / "model-best")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["evaluate", str(out / "model-best"), str(tmp_path / "dev.jsonl"),
                                 "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert metrics["ents_f"] > 0.5 and metrics["words_per_second"] > 0


def test_train_user_errors(tmp_path):
    result = runner.invoke(app, ["train", str(tmp_path / "missing.cfg"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 1 and "Config not found" in result.output
    result = runner.invoke(app, ["train", str(ROOT / "configs" / "ner.cfg"), "--output", str(tmp_path / "o"),
                                 "--paths.train", str(tmp_path / "nope.spacy")])
    assert result.exit_code == 1 and "paths.train not found" in result.output


def test_convert_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": "Russia and China met.", "spans": [{"start": 0, "end": 6, "label": "COUNTRY", "kb_id": "RUS"}]}) + "\n"
        + json.dumps({"text": "Russia met.", "spans": [{"start": 0, "end": 4, "label": "COUNTRY"}]}) + "\n"
        + json.dumps({"text": "Iran met.", "spans": [{"start": 0, "end": 4, "label": "NATION"}]}) + "\n"
        + json.dumps({"text": "Iran met.", "spans": [{"start": 0, "end": 4, "label": "COUNTRY"},
                                                      {"start": 0, "end": 4, "label": "LOC"}]}) + "\n"
        + "{broken\n", encoding="utf8")
    result = runner.invoke(app, ["convert", str(src), str(tmp_path / "out.spacy")])
    assert result.exit_code == 0
    for line, reason in ((2, "not on token boundaries"), (3, "unknown label 'NATION'"), (4, "overlapping"),
                         (5, "malformed JSON")):
        assert f"line {line}: " in result.output and reason in result.output
    strict = runner.invoke(app, ["convert", str(src), str(tmp_path / "out2.spacy"), "--strict"])
    assert strict.exit_code == 1 and ":2:" in strict.output and not (tmp_path / "out2.spacy").exists()


def _labelled_lines(part, n):
    path = ROOT / "corpus" / "labelled" / f"{part}.jsonl"
    return path.read_text(encoding="utf8").splitlines()[:n]


def _train_on_labelled(tmp_path, config, steps, eval_frequency):
    """Convert the first labelled train/dev items and train ``configs/<config>`` a few
    steps; returns the output directory."""
    (tmp_path / "train.jsonl").write_text("\n".join(_labelled_lines("train", 40)) + "\n", encoding="utf8")
    (tmp_path / "dev.jsonl").write_text("\n".join(_labelled_lines("dev", 15)) + "\n", encoding="utf8")
    for part in ("train", "dev"):
        result = runner.invoke(app, ["convert", str(tmp_path / f"{part}.jsonl"), str(tmp_path / f"{part}.spacy")])
        assert result.exit_code == 0, result.output
    out = tmp_path / "model"
    result = runner.invoke(app, ["train", str(ROOT / "configs" / config), "--output", str(out),
                                 "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "dev.spacy"),
                                 "--training.max_steps", str(steps), "--training.eval_frequency", str(eval_frequency)])
    assert result.exit_code == 0, result.output
    return out


def test_spancat_train_load_annotate(tmp_path):
    """configs/spancat.cfg: a few steps on labelled items with cue spans, saved, loaded
    by spacy.load in a fresh process; rule and model cues share doc.spans["relation_cues"]."""
    out = _train_on_labelled(tmp_path, "spancat.cfg", 8, 4)
    assert (out / "model-best" / "spancat").exists() and (out / "model-best" / "cues" / "learnt.jsonl").exists()
    data = _in_fresh_process(out / "model-best",
                             "doc = nlp('Moscow and Baku signed a strategic partnership, but tensions flared in May.')\n"
                             "print(json.dumps({'pipe': nlp.pipe_names, 'merge': nlp.get_pipe('cues').cfg['merge_model_spans'],"
                             " 'model_key': nlp.get_pipe('cues').cfg['model_spans_key'], 'labels': nlp.get_pipe('spancat').labels,"
                             " 'cues': [[s.text, s.label_, s._.polarity] for s in doc.spans['relation_cues']],"
                             " 'dyads': [d['pair'] for d in doc._.dyads]}))\n")
    assert data["pipe"].index("spancat") < data["pipe"].index("cues") and data["merge"] is True
    assert data["model_key"] == "relation_cue_signs" and sorted(data["labels"]) == ["NEG", "POS"]
    texts = [c[0] for c in data["cues"]]
    assert "strategic partnership" in texts and all(-1 <= c[2] <= 1 for c in data["cues"])
    assert data["dyads"] == ["AZE|RUS"]
    result = runner.invoke(app, ["evaluate", str(out / "model-best"), str(tmp_path / "dev.jsonl"),
                                 "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert metrics["cues_p"] is not None and metrics["unseen_cues"]["n"] > 0 and "CUES" in result.output


def test_cue_initialize_learns_phrases(tmp_path):
    """Rule cues learn the training cues they miss (issue #7), and keep them when saved."""
    from spacy.training import Example

    import relations_nlp
    from relations_nlp.convert import example_doc

    nlp = relations_nlp.load()
    text = "Chile and Peru kept needling each other over the fishing quota."
    assert not nlp(text).spans["relation_cues"]  # not in the lexicon
    start = text.index("needling each other")
    ref, problems = example_doc(nlp, {"text": text, "spans": [
        {"start": 0, "end": 5, "label": "COUNTRY", "kb_id": "CHL"},
        {"start": 10, "end": 14, "label": "COUNTRY", "kb_id": "PER"},
        {"start": start, "end": start + len("needling each other"), "label": "TENSION", "group": "relation_cues"}]})
    assert not problems
    plain = "Peru and Chile talked about the fishing quota."  # "talked" is no learnt cue
    examples = [Example(nlp.make_doc(text), ref), Example(nlp.make_doc(plain), nlp.make_doc(plain))]
    nlp.get_pipe("cues").initialize(lambda: examples, nlp=nlp)
    learnt = nlp.get_pipe("cues").learnt
    assert [(e["phrase"], e["category"]) for e in learnt] == [("needling each other", "TENSION")]
    assert learnt[0]["weight"] < 0
    nlp.to_disk(tmp_path / "p")
    data = _in_fresh_process(tmp_path / "p",
                             "doc = nlp('Ankara and Athens were needling each other again on Monday.')\n"
                             "print(json.dumps([[s.text, s.label_, s._.polarity] for s in doc.spans['relation_cues']]"
                             " + [d['label'] for d in doc._.dyads]))\n")
    assert data[0][:2] == ["needling each other", "TENSION"] and data[0][2] < 0 and data[1] == "NEG"


def test_convert_writes_cue_signs_and_tone_cats():
    """The spancat learns POS/NEG (the cue category's sign) in doc.spans["relation_cue_signs"];
    one tone per item becomes doc.cats (the gold of configs/textcat.cfg)."""
    from relations_nlp.convert import SIGNS_KEY, example_doc

    text = "Chile and Peru signed a deal but traded barbs."
    doc, problems = example_doc(None, {"text": text, "tone": [{"start": 0, "end": len(text), "tone": "NEG"}], "spans": [
        {"start": text.index("signed"), "end": text.index(" but"), "label": "AGREEMENT", "group": "relation_cues"},
        {"start": text.index("traded"), "end": len(text) - 1, "label": "TENSION", "group": "relation_cues"}]})
    assert not problems
    assert [(s.text, s.label_) for s in doc.spans["relation_cues"]] == [("signed a deal", "AGREEMENT"),
                                                                       ("traded barbs", "TENSION")]
    assert [(s.text, s.label_) for s in doc.spans[SIGNS_KEY]] == [("signed a deal", "POS"), ("traded barbs", "NEG")]
    assert doc.cats == {"POS": 0.0, "NEG": 1.0, "NEU": 0.0}


def test_cues_read_sign_labelled_model_spans():
    """A model cue labelled by sign gets a category of that sign (from the lexicon rows of
    its lemmas) and its weight, and is read in context like a rule cue (negation)."""
    from spacy.tokens import Span

    import relations_nlp

    nlp = relations_nlp.load()
    cues = nlp.get_pipe("cues")
    cues.cfg["merge_model_spans"] = True
    cues.cfg["model_spans_key"] = "relation_cue_signs"

    def run(text, phrase, sign):
        doc = nlp.make_doc(text)
        for name, pipe in nlp.pipeline:
            if name == "cues":
                start = len(nlp.make_doc(text[:text.index(phrase)]))
                end = start + len(nlp.make_doc(phrase))
                doc.spans["relation_cue_signs"] = [Span(doc, start, end, label=sign)]
            doc = pipe(doc)
        return [(s.text, s.label_, s._.polarity) for s in doc.spans["relation_cues"] if s.text == phrase]

    negative = {"TENSION", "CRISIS", "ACCUSATION", "SANCTION", "THREAT", "MILITARY"}
    [(_, label, polarity)] = run("Chile and Peru kept exchanging barbs over the quota.", "exchanging barbs", "NEG")
    assert label in negative and polarity < 0
    [(_, label, polarity)] = run("Chile and Peru are not exchanging barbs over the quota.", "exchanging barbs", "NEG")
    assert label in negative and polarity > 0  # negated
    [(_, label, polarity)] = run("Chile and Peru share the catch of the bay.", "share the catch", "POS")
    assert label not in negative and polarity > 0


def test_textcat_train_evaluate(tmp_path):
    """configs/textcat.cfg: a sentence tone textcat trained a few steps on the items' tone;
    evaluate reports its accuracy next to the rules' tone on the same items."""
    out = _train_on_labelled(tmp_path, "textcat.cfg", 6, 3)
    result = runner.invoke(app, ["evaluate", str(out / "model-best"), str(tmp_path / "dev.jsonl"),
                                 "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert metrics["textcat_n"] > 0 and 0 <= metrics["textcat_acc"] <= 1 and "TEXTCAT" in result.output
    assert metrics["rule_tone_acc_same_items"] is not None
