"""``relations-nlp annotate``: input kinds, bad input, shards, manifest, resume."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import srsly
from typer.testing import CliRunner

from relations_nlp import io as rio
from relations_nlp.cli import app

runner = CliRunner()
ARTICLE = (
    "Azerbaijan and Russia agree to move forward\n"
    "Russian President Vladimir Putin said relations between Russia and Azerbaijan are set to move forward. "
    "There had been no such rupture, he told reporters in Dushanbe."
)


def run(*args):
    return runner.invoke(app, ["annotate", *map(str, args)])


def docs_in(out: Path):
    return list(rio.read_shards(out))


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "2025-10-17_russia_azerbaijan.txt").write_text(ARTICLE, encoding="utf8")
    (d / "sub" / "beijing.txt").write_text("Beijing warned Washington against new tariffs.", encoding="utf8")
    rows = [
        {"id": "a1", "date": "2019-05-01", "source": "Wire", "url": "https://example.org/a1",
         "text": "President Trump met Prime Minister Abe in Tokyo."},
        {"id": "a2", "date": "2024-03-01", "source": "Wire", "text": "Tensions between Moscow and Baku eased."},
    ]
    srsly.write_jsonl(d / "feed.jsonl", rows)
    return d


def test_directory_txt_jsonl_and_metadata(corpus, tmp_path):
    out = tmp_path / "out"
    result = run(corpus, "--output", out)
    assert result.exit_code == 0, result.output
    docs = docs_in(out)
    assert len(docs) == 4
    by_id = {d.user_data["id"]: d for d in docs}
    assert set(by_id) == {"2025-10-17_russia_azerbaijan", "beijing", "a1", "a2"}
    a1 = by_id["a1"]
    assert a1.user_data["date"] == "2019-05-01" and a1.user_data["source"] == "Wire"
    assert a1.user_data["url"] == "https://example.org/a1" and a1.user_data["line"] == 1
    assert a1.user_data["path"].endswith("feed.jsonl")
    # a dated file name gives the document its date
    assert by_id["2025-10-17_russia_azerbaijan"].user_data["date"] == "2025-10-17"
    # annotations survive the shard
    art = by_id["2025-10-17_russia_azerbaijan"]
    assert ("Russia", "COUNTRY", "RUS") in [(e.text, e.label_, e.kb_id_) for e in art.ents]
    assert any(s._.polarity > 0 for s in art.spans["relation_cues"])
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["totals"]["docs"] == 4
    assert {i["docs"] for i in manifest["inputs"] if i["path"].endswith("feed.jsonl")} == {2}
    assert sum(s["docs"] for s in manifest["shards"]) == 4
    assert "4 docs" in result.output


def test_glob_and_spacy_input(corpus, tmp_path):
    out = tmp_path / "out"
    assert run(str(corpus / "**" / "*.txt"), "--output", out).exit_code == 0
    assert len(docs_in(out)) == 2
    # the shards themselves are valid input
    shard = next(out.glob("*.spacy"))
    out2 = tmp_path / "out2"
    result = run(shard, "--output", out2)
    assert result.exit_code == 0, result.output
    again = docs_in(out2)
    assert sorted(d.text for d in again) == sorted(d.text for d in docs_in(out))
    assert all(d.user_data["path"] == str(shard) for d in again)


def test_malformed_jsonl_line_reported_rest_annotated(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "ok1", "text": "Russia and China signed a treaty."}\n'
                 '{"id": "broken", "text": \n'
                 '{"id": "notext"}\n'
                 '{"id": "ok2", "text": "Iran and Saudi Arabia reopened embassies."}\n', encoding="utf8")
    out = tmp_path / "out"
    result = run(f, "--output", out)
    assert result.exit_code == 0
    assert f"{f}:2" in result.output and "malformed JSON" in result.output
    assert f"{f}:3" in result.output and "no string field 'text'" in result.output
    assert [d.user_data["id"] for d in docs_in(out)] == ["ok1", "ok2"]
    skipped = json.loads((out / "manifest.json").read_text())["skipped"]
    assert sorted(s["line"] for s in skipped) == [2, 3]


def test_text_key_option(tmp_path):
    f = tmp_path / "body.jsonl"
    srsly.write_jsonl(f, [{"id": "x", "body": "Kyiv and Warsaw agreed to expand cooperation."}])
    out = tmp_path / "out"
    assert run(f, "--output", out, "--text-key", "body").exit_code == 0
    assert docs_in(out)[0].text.startswith("Kyiv")


def test_bom_crlf_and_undecodable_bytes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "bom.txt").write_bytes("\ufeffRussia and Azerbaijan.\r\nBaku said so.\r\n".encode("utf8"))
    (d / "latin1.txt").write_bytes("Caf\xe9 talks in Paris.".encode("latin-1"))
    out = tmp_path / "out"
    result = run(d, "--output", out)
    assert result.exit_code == 0
    texts = {d.user_data["id"]: d.text for d in docs_in(out)}
    assert texts["bom"] == "Russia and Azerbaijan.\nBaku said so.\n"
    assert texts["latin1"] == "Caf\ufffd talks in Paris."  # kept, with a warning, never dropped
    manifest = json.loads((out / "manifest.json").read_text())
    assert any("undecodable" in s["reason"] for s in manifest["skipped"])


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing-dir-xyz"], "Input not found"),
        (["--batch-size", "0"], "--batch-size"),
        (["--shard-size", "0"], "--shard-size"),
        (["--n-process", "0"], "--n-process"),
    ],
)
def test_user_errors_exit_1_without_traceback(corpus, tmp_path, args, message):
    inputs = [] if args[0].startswith("--") else []
    if args[0].startswith("--"):
        inputs = [str(corpus)]
    result = runner.invoke(app, ["annotate", *inputs, *args, "--output", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_empty_input_set_and_output_is_file(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an input")
    result = run(empty, "--output", tmp_path / "o")
    assert result.exit_code == 1 and "No input documents" in result.output
    f = tmp_path / "a.txt"
    f.write_text("Russia.")
    target = tmp_path / "file-not-dir"
    target.write_text("x")
    result = run(f, "--output", target)
    assert result.exit_code == 1 and "Output path is a file" in result.output


def test_cli_error_in_real_subprocess_has_no_traceback(tmp_path):
    exe = Path(sys.executable).with_name("relations-nlp")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "relations_nlp.cli"]
    proc = subprocess.run(cmd + ["annotate", str(tmp_path / "nope"), "--output", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert len((proc.stdout + proc.stderr).strip().splitlines()) == 1


def test_symlink_loop_and_dangling_link(tmp_path):
    d = tmp_path / "in"
    (d / "a").mkdir(parents=True)
    (d / "a" / "doc.txt").write_text("Tbilisi and Yerevan signed an agreement.")
    os.symlink(d, d / "a" / "loop")  # a -> .. loop
    os.symlink(d / "gone.txt", d / "dangling.txt")  # unreadable: points nowhere
    out = tmp_path / "out"
    result = run(d, "--output", out)
    assert result.exit_code == 0, result.output
    assert [x.text for x in docs_in(out)] == ["Tbilisi and Yerevan signed an agreement."]
    assert "dangling.txt" in result.output and "cannot read" in result.output


def test_text_longer_than_max_length_is_split_with_offsets_kept(nlp, tmp_path, monkeypatch):
    sentence = "Russia and Azerbaijan agreed to expand cooperation in the Caspian Sea. "
    text = sentence * 80  # one line
    from relations_nlp.io import Record, annotate_records

    nlp.max_length = 1000
    try:
        docs = list(annotate_records(nlp, [Record(text, {"id": "long"})]))
    finally:
        nlp.max_length = 1_000_000
    doc = docs[0]
    assert doc.text == text and doc.user_data["split_parts"] > 1
    russia = [e for e in doc.ents if e.text == "Russia"]
    assert len(russia) == 80 and all(text[e.start_char:e.end_char] == "Russia" for e in russia)
    assert len(doc.spans["relation_cues"]) >= 80
    assert [d["pair"] for d in doc._.dyads] == ["AZE|RUS"]


def test_five_megabyte_single_line_file(tmp_path):
    f = tmp_path / "huge.txt"
    unit = "Kazakhstan and Uzbekistan deepened their strategic partnership while trade grew steadily. "
    f.write_text(unit * (5_000_000 // len(unit) + 1), encoding="utf8")
    out = tmp_path / "out"
    result = run(f, "--output", out)
    assert result.exit_code == 0, result.output
    (doc,) = docs_in(out)
    assert len(doc.text) > 5_000_000 and doc.user_data["split_parts"] >= 5
    assert doc._.dyads and doc._.dyads[0]["pair"] == "KAZ|UZB" and doc._.dyads[0]["label"] == "POS"


def test_shards_and_resume_after_interruption(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = rio.run_task
    calls = {"n": 0}

    def dying(*a, **k):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the run is killed after its first shard
        return real(*a, **k)

    monkeypatch.setattr(rio, "run_task", dying)
    with pytest.raises(KeyboardInterrupt):
        rio.annotate_corpus([str(corpus)], out, shard_size=1)
    assert len(list(out.glob("*.spacy"))) == 1
    assert not list(out.glob(".*tmp*"))
    monkeypatch.setattr(rio, "run_task", real)
    result = rio.annotate_corpus([str(corpus)], out, shard_size=1)
    assert result.shards_reused == 1 and result.shards_written == 3
    ids = [d.user_data["id"] for d in docs_in(out)]
    assert len(ids) == 4 and len(set(ids)) == 4
    # a third run writes nothing new
    again = rio.annotate_corpus([str(corpus)], out, shard_size=1)
    assert again.shards_written == 0 and len(docs_in(out)) == 4


def test_no_half_written_shard(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(rio.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        rio.annotate_corpus([str(corpus)], out)
    assert not list(out.glob("*.spacy"))


def test_n_process_2_same_documents_as_1(corpus, tmp_path):
    out1, out2 = tmp_path / "one", tmp_path / "two"
    assert run(corpus, "--output", out1, "--shard-size", "1").exit_code == 0
    result = run(corpus, "--output", out2, "--shard-size", "1", "--n-process", "2")
    assert result.exit_code == 0, result.output

    def dump(out):
        return sorted(
            (d.user_data["id"], d.text, tuple((e.text, e.label_, e.kb_id_) for e in d.ents),
             tuple((s.text, s._.polarity) for s in d.spans["relation_cues"]), json.dumps(d._.dyads))
            for d in docs_in(out)
        )

    assert dump(out1) == dump(out2)
    assert sorted(p.name for p in out1.glob("*.spacy")) == sorted(p.name for p in out2.glob("*.spacy"))


def test_shard_docbin_stores_what_spacys_docbin_stores(nlp):
    from spacy.tokens import DocBin

    texts = ["Putin said relations between Russia and Azerbaijan are set to move forward.",
             "Ankara and Yerevan agreed to reopen the border, the Turkish Foreign Ministry said.", ""]
    plain, fast = DocBin(store_user_data=True), rio.ShardDocBin(store_user_data=True)
    for text in texts:
        doc = nlp.make_doc(text)
        rio.set_metadata(doc, {"id": "a1", "date": "2025-10-10", "tags": ["x", 1.5, None], "bad": object()})
        doc = nlp(doc)
        plain.add(doc)
        fast.add(doc)
    assert set(plain.strings) == set(fast.strings)
    assert plain.user_data == fast.user_data and plain.span_groups == fast.span_groups
    restored = list(DocBin().from_bytes(fast.to_bytes()).get_docs(nlp.vocab))
    meta = restored[0].user_data["meta"]  # ("bad" cannot be stored and is left out)
    assert sorted(meta) == ["date", "id", "tags"] and list(meta["tags"]) == ["x", 1.5, None]
    assert [e.text for e in restored[1].ents] == [e.text for e in nlp(texts[1]).ents]
