"""annotate on a Dask LocalCluster of two worker processes gives the same documents."""
import json

import pytest

from relations_nlp import io as rio

pytest.importorskip("distributed")


def dump(out):
    return sorted(
        (d.user_data["id"], d.text, tuple((e.text, e.label_, e.kb_id_) for e in d.ents),
         tuple((s.text, s._.polarity) for s in d.spans["relation_cues"]), json.dumps(d._.dyads))
        for d in rio.read_shards(out))


def test_local_cluster_same_as_single_process(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    texts = ["Baku and Moscow agreed to move forward.", "Beijing warned Washington against new tariffs.",
             "Tensions between India and Pakistan eased after the ceasefire.", "Kyiv and Warsaw signed a deal."]
    for i, text in enumerate(texts):
        (src / f"2025-0{i + 1}-01_doc{i}.txt").write_text(text, encoding="utf8")
    local, dist = tmp_path / "local", tmp_path / "dask"
    rio.annotate_corpus([str(src)], local, shard_size=1)
    result = rio.annotate_corpus([str(src)], dist, shard_size=1, cluster="local:2")
    assert result.docs == 4 and result.shards_written == 4
    assert dump(local) == dump(dist)
    assert sorted(p.name for p in local.glob("*.spacy")) == sorted(p.name for p in dist.glob("*.spacy"))
    # re-running resumes: nothing is redone, nothing duplicated
    again = rio.annotate_corpus([str(src)], dist, shard_size=1, cluster="local:2")
    assert again.shards_written == 0 and len(dump(dist)) == 4


def test_bad_cluster_spec(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Russia.")
    with pytest.raises(rio.UserError, match="local:N"):
        rio.annotate_corpus([str(src)], tmp_path / "o", cluster="remote")


def test_killed_worker_task_is_retried_without_loss_or_duplicates(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"doc{i}.txt").write_text(f"Talks between Armenia and Azerbaijan, round {i}, ended in agreement.",
                                         encoding="utf8")
    marker = tmp_path / "kill-once"
    marker.write_text("x")
    monkeypatch.setenv("RELATIONS_NLP_KILL_ONCE", str(marker))  # inherited by the worker processes
    out = tmp_path / "out"
    result = rio.annotate_corpus([str(src)], out, shard_size=1, cluster="local:2")
    assert not marker.exists()  # a worker did die
    ids = [d.user_data["id"] for d in rio.read_shards(out)]
    assert sorted(ids) == [f"doc{i}" for i in range(6)]  # nothing lost, nothing twice
    assert result.docs == 6 and len(list(out.glob("*.spacy"))) == 6
