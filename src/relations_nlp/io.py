"""Reading inputs and writing annotated ``DocBin`` shards (no CLI code here).

Inputs are files, directories (walked recursively, symlink loops and unreadable
folders survive) and glob patterns; ``.txt`` is one document per file, ``.jsonl`` one
object per line (text under ``text_key``; every other field is kept as metadata), and
``.spacy`` a ``DocBin``. The work is cut into *tasks* of at most ``shard_size``
documents; each task writes exactly one shard, atomically (temp file + rename), under a
name derived from what it contains, so a re-run skips the tasks already written.
``manifest.json`` (also written atomically after every task) lists shards, documents per
input file and everything skipped, with the reason.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

import numpy
import srsly
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, DocBin

SUFFIXES = (".txt", ".jsonl", ".spacy")
MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
RESERVED_KEYS = ("id", "path", "line", "meta")
# a .txt file named "2025-10-17_..." gets that date as metadata (leaders are resolved by date)
DATE_IN_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[_\-. ]|$)")


class UserError(Exception):
    """A problem with the user's input or options: reported in one line, exit code 1."""


# ---------------------------------------------------------------------------- inputs
def expand_inputs(inputs: Iterable[str]) -> Tuple[List[Path], List[Dict]]:
    """Files named by ``inputs`` (files, directories, globs) and the problems met."""
    files: List[Path] = []
    problems: List[Dict] = []
    seen = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for found in walk_dir(path, problems):
                add(found)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                problems.append({"path": str(path), "reason": f"unsupported file type '{path.suffix}' (use .txt, .jsonl or .spacy)"})
            else:
                add(path)
        elif glob.has_magic(item):
            matched = sorted(glob.glob(item, recursive=True))
            for m in matched:
                p = Path(m)
                if p.is_dir():
                    for found in walk_dir(p, problems):
                        add(found)
                elif p.suffix.lower() in SUFFIXES:
                    add(p)
            if not matched:
                problems.append({"path": item, "reason": "glob pattern matched nothing"})
        else:
            raise UserError(f"Input not found: {item}")
    return files, problems


def walk_dir(root: Path, problems: List[Dict]) -> List[Path]:
    """Supported files below ``root``, sorted; follows symlinks once, survives loops."""
    out: List[Path] = []
    visited = set()

    def onerror(err: OSError) -> None:
        problems.append({"path": str(err.filename), "reason": f"cannot read directory: {err.strerror}"})

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in SUFFIXES:
                out.append(Path(dirpath) / name)
    return out


def decode(data: bytes) -> Tuple[str, Optional[str]]:
    """UTF-8 text (BOM removed, newlines normalised) and a warning if bytes were replaced."""
    warning = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        text = data.decode("utf-8-sig", errors="replace")
        warning = f"undecodable bytes replaced with U+FFFD (first at byte {err.start})"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warning


@dataclass
class Record:
    """One input document before annotation."""

    text: Optional[str]
    meta: Dict
    doc: Optional[Doc] = None


@dataclass
class Task:
    """At most ``shard_size`` documents of one or more files; writes one shard."""

    index: int
    units: List[Tuple[str, str, int, int]]  # (path, kind, start, stop)
    key: str = ""
    docs: int = 0

    @property
    def shard_name(self) -> str:
        return f"shard-{self.index:05d}-{self.key[:10]}.spacy"


def count_docs(path: Path, text_key: str, problems: List[Dict]) -> int:
    kind = path.suffix.lower()
    try:
        if kind == ".txt":
            return 1
        if kind == ".jsonl":
            n = 0
            with path.open("rb") as fh:
                for _ in fh:
                    n += 1
            return n
        if kind == ".spacy":
            return len(DocBin().from_disk(path))
    except (OSError, ValueError) as err:
        problems.append({"path": str(path), "reason": f"cannot read file: {err}"})
        return 0
    return 0


def plan_tasks(files: List[Path], shard_size: int, text_key: str, problems: List[Dict],
               counts: Optional[Dict[Path, int]] = None) -> List[Task]:
    """Cut the inputs into tasks of at most ``shard_size`` documents, deterministically."""
    tasks: List[Task] = []
    current: List[Tuple[str, str, int, int]] = []
    size = 0
    for path in files:
        n = counts[path] if counts is not None else count_docs(path, text_key, problems)
        if n == 0 and path.suffix.lower() != ".txt":
            if path.exists() and path.stat().st_size == 0:
                problems.append({"path": str(path), "reason": "empty file"})
            continue
        start = 0
        while start < n:
            take = min(n - start, shard_size - size)
            current.append((str(path), path.suffix.lower(), start, start + take))
            size += take
            start += take
            if size >= shard_size:
                tasks.append(Task(len(tasks), current, docs=size))
                current, size = [], 0
    if current:
        tasks.append(Task(len(tasks), current, docs=size))
    for task in tasks:
        h = hashlib.sha1()
        for path, kind, start, stop in task.units:
            try:
                st = os.stat(path)
                sig = f"{st.st_size}:{int(st.st_mtime)}"
            except OSError:
                sig = "missing"
            h.update(f"{os.path.abspath(path)}|{kind}|{start}|{stop}|{sig}|{text_key}\n".encode())
        task.key = h.hexdigest()
    return tasks


def read_unit(path: str, kind: str, start: int, stop: int, text_key: str,
              problems: List[Dict]) -> Iterator[Record]:
    """The records of one unit; problems (bad lines, undecodable bytes) are reported."""
    p = Path(path)
    try:
        if kind == ".txt":
            text, warning = decode(p.read_bytes())
            if warning:
                problems.append({"path": path, "reason": warning, "kept": True})
            meta = {"id": p.stem, "path": path}
            m = DATE_IN_NAME.match(p.name)
            if m:
                meta["date"] = m.group(1)
            yield Record(text, meta)
        elif kind == ".jsonl":
            with p.open("rb") as fh:
                for lineno, raw in enumerate(fh, start=1):
                    if lineno - 1 < start:
                        continue
                    if lineno - 1 >= stop:
                        break
                    rec = parse_jsonl_line(raw, path, lineno, text_key, problems)
                    if rec is not None:
                        yield rec
        elif kind == ".spacy":
            from spacy.lang.en import English

            vocab = English().vocab
            docs = list(DocBin().from_disk(p).get_docs(vocab))
            for i, doc in enumerate(docs[start:stop], start=start):
                meta = {k: v for k, v in doc.user_data.items() if isinstance(k, str)}
                meta.setdefault("id", f"{p.stem}#{i}")
                meta["path"] = path
                meta["index"] = i
                yield Record(doc.text, meta)
    except OSError as err:
        problems.append({"path": path, "reason": f"cannot read file: {err.strerror or err}"})


def parse_jsonl_line(raw: bytes, path: str, lineno: int, text_key: str, problems: List[Dict]) -> Optional[Record]:
    if not raw.strip():
        problems.append({"path": path, "line": lineno, "reason": "empty line"})
        return None
    line, warning = decode(raw)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        problems.append({"path": path, "line": lineno, "reason": f"malformed JSON: {err.msg} (column {err.colno})"})
        return None
    if not isinstance(obj, dict):
        problems.append({"path": path, "line": lineno, "reason": "not a JSON object"})
        return None
    text = obj.get(text_key)
    if not isinstance(text, str):
        problems.append({"path": path, "line": lineno, "reason": f"no string field '{text_key}'"})
        return None
    if warning:
        problems.append({"path": path, "line": lineno, "reason": warning, "kept": True})
    meta = {k: v for k, v in obj.items() if k != text_key}
    meta.setdefault("id", f"{Path(path).stem}#{lineno}")
    meta["path"] = path
    meta["line"] = lineno
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Record(text, meta)


# ---------------------------------------------------------------------------- annotation
def split_long_text(text: str, max_length: int) -> List[str]:
    """Pieces of at most ``max_length`` characters that concatenate to ``text``, cut at
    paragraph breaks, else sentence ends, else spaces."""
    pieces: List[str] = []
    rest = text
    while len(rest) > max_length:
        window = rest[:max_length]
        cut = window.rfind("\n\n")
        if cut < max_length // 4:
            cut = window.rfind("\n")
        if cut < max_length // 4:
            m = None
            for m in re.finditer(r"[.!?][\"'”’)]*\s", window):
                pass
            cut = m.end() - 1 if m is not None and m.end() > max_length // 4 else -1
        if cut < max_length // 4:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_length
        else:
            cut += 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def set_metadata(doc: Doc, meta: Dict) -> None:
    clean = {k: v for k, v in meta.items() if _msgpack_safe(v)}
    doc.user_data["meta"] = clean
    for key in ("id", "path", "line", "index", "date", "url", "source", "title"):
        if key in clean:
            doc.user_data[key] = clean[key]


def _msgpack_safe(value) -> bool:
    """Whether msgpack can store ``value`` as it is: JSON-like data (what a JSONL line
    holds). A type check, not a trial ``msgpack_dumps`` per value and document."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return not isinstance(value, int) or -(2 ** 63) <= value < 2 ** 64
    if isinstance(value, (list, tuple)):
        return all(_msgpack_safe(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, (str, int)) and _msgpack_safe(k) and _msgpack_safe(v) for k, v in value.items())
    return False


class ShardDocBin(DocBin):
    """A ``DocBin`` whose ``add`` stores the same data as spaCy's, faster: the strings of
    a document's token columns are added once per distinct value (spaCy adds nine strings
    per token in a Python loop), and the user data is packed by one msgpack packer
    (``srsly.msgpack_dumps`` builds a packer per call, and every packer scans the installed
    packages' entry points for encoders). Reading is spaCy's own ``DocBin``."""

    _STRING_ATTRS = (ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._packer = srsly.msgpack.Packer(use_bin_type=True)

    def add(self, doc: Doc) -> None:
        array = doc.to_array(self.attrs)
        if len(array.shape) == 1:
            array = array.reshape((array.shape[0], 1))
        self.tokens.append(array)
        spaces = doc.to_array(SPACY).reshape((-1, 1))
        self.spaces.append(numpy.asarray(spaces, dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        if len(doc):
            strings = doc.vocab.strings
            for key in numpy.unique(doc.to_array(list(self._STRING_ATTRS))).tolist():
                if key:
                    self.strings.add(strings[key])
            for key in numpy.unique(doc.to_array(MORPH)).tolist():
                if key:
                    self.strings.add(str(doc.vocab.morphology.get(key)))
        self.cats.append(doc.cats)
        if self.store_user_data:
            self.user_data.append(self._packer.pack(doc.user_data))
        self.span_groups.append(doc.spans.to_bytes())
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in span.doc.vocab.strings:
                    self.strings.add(span.kb_id_)
                if span.id in span.doc.vocab.strings:
                    self.strings.add(span.id_)


def annotate_records(nlp, records: Iterable[Record], batch_size: int = 64) -> Iterator[Doc]:
    """Annotate records in batches; the metadata is in ``doc.user_data`` before the
    components run (the leader component reads the date). Long texts are split."""
    max_len = nlp.max_length

    def make(rec: Record) -> Doc:
        doc = nlp.make_doc(rec.text)
        set_metadata(doc, rec.meta)
        return doc

    batch: List[Record] = []

    def flush():
        docs = [make(r) for r in batch]
        yield from nlp.pipe(docs, batch_size=batch_size)

    for rec in records:
        if len(rec.text) > max_len:
            if batch:
                yield from flush()
                batch = []
            yield annotate_long(nlp, rec)
            continue
        batch.append(rec)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def annotate_long(nlp, rec: Record) -> Doc:
    parts = split_long_text(rec.text, nlp.max_length)
    docs = []
    for part in parts:
        d = nlp.make_doc(part)
        set_metadata(d, rec.meta)
        docs.append(d)
    docs = list(nlp.pipe(docs))
    for d in docs:
        # the metadata is set on the merged doc and the dyads are recomputed on it:
        # only the offset-keyed span values are carried over by Doc.from_docs
        for key in [k for k in d.user_data if not isinstance(k, tuple) or k[1] == "dyads"]:
            del d.user_data[key]
    merged = Doc.from_docs(docs, ensure_whitespace=False)
    set_metadata(merged, rec.meta)
    merged.user_data["split_parts"] = len(parts)
    if "dyads" in nlp.pipe_names:  # tone over the whole document, not per part
        nlp.get_pipe("dyads")(merged)
    return merged


# ---------------------------------------------------------------------------- writing
def count_words(doc: Doc) -> int:
    """Tokens that are neither space nor punctuation (one array read, no Token objects)."""
    if len(doc) == 0:
        return 0
    cols = doc.to_array([IS_SPACE, IS_PUNCT])
    return int(len(doc) - (cols[:, 0] | cols[:, 1]).sum())


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def run_task(nlp, task: Task, out_dir: Path, text_key: str, batch_size: int) -> Dict:
    """Annotate one task and write its shard; returns the manifest record."""
    problems: List[Dict] = []
    counts: Dict[str, int] = {}

    def records():
        for path, kind, start, stop in task.units:
            counts.setdefault(path, 0)
            for rec in read_unit(path, kind, start, stop, text_key, problems):
                counts[path] += 1
                yield rec

    db = ShardDocBin(store_user_data=True)
    words = 0
    n = 0
    for doc in annotate_records(nlp, records(), batch_size=batch_size):
        db.add(doc)
        words += count_words(doc)
        n += 1
    write_atomic(out_dir / task.shard_name, db.to_bytes())
    return {"key": task.key, "shard": task.shard_name, "docs": n, "words": words, "inputs": counts,
            "skipped": problems}


# ---------------------------------------------------------------------------- manifest
def load_manifest(out_dir: Path) -> Dict:
    path = out_dir / MANIFEST
    if path.exists():
        try:
            data = srsly.read_json(path)
            if isinstance(data, dict) and data.get("version") == MANIFEST_VERSION:
                return data
        except ValueError:
            pass
    return {"version": MANIFEST_VERSION, "tasks": {}, "walk_problems": []}


def save_manifest(out_dir: Path, manifest: Dict) -> None:
    tasks = manifest["tasks"]
    inputs: Dict[str, int] = {}
    skipped: List[Dict] = list(manifest.get("walk_problems", []))
    for rec in tasks.values():
        for path, n in rec["inputs"].items():
            inputs[path] = inputs.get(path, 0) + n
        skipped.extend(rec["skipped"])
    manifest["shards"] = sorted(({"file": r["shard"], "docs": r["docs"], "words": r["words"]} for r in tasks.values()),
                                key=lambda r: r["file"])
    manifest["inputs"] = [{"path": p, "docs": n} for p, n in sorted(inputs.items())]
    manifest["skipped"] = skipped
    manifest["totals"] = {"docs": sum(r["docs"] for r in tasks.values()),
                          "words": sum(r["words"] for r in tasks.values()),
                          "shards": len(tasks),
                          "skipped": sum(1 for s in skipped if not s.get("kept"))}
    write_atomic(out_dir / MANIFEST, srsly.json_dumps(manifest, indent=2).encode("utf8"))


def read_shards(out_dir, vocab=None) -> Iterator[Doc]:
    """All annotated documents of an output directory, in shard order."""
    from spacy.lang.en import English
    from . import extensions  # noqa: F401 - extensions registered

    out_dir = Path(out_dir)
    vocab = vocab or English().vocab
    for shard in sorted(out_dir.glob("*.spacy")):
        yield from DocBin().from_disk(shard).get_docs(vocab)


# ---------------------------------------------------------------------------- driver
_WORKER_NLP = None


def _worker_init(model: Optional[str]):
    global _WORKER_NLP
    if _WORKER_NLP is None:
        _WORKER_NLP = load_model(model)


def _worker_run(args):
    task, out_dir, text_key, batch_size = args
    return run_task(_WORKER_NLP, task, Path(out_dir), text_key, batch_size)


def load_model(model: Optional[str]):
    from . import load

    return load(model) if model else load()


@dataclass
class AnnotateResult:
    docs: int = 0
    words: int = 0
    seconds: float = 0.0
    skipped: List[Dict] = field(default_factory=list)
    shards_written: int = 0
    shards_reused: int = 0


def annotate_corpus(inputs: List[str], out_dir: Path, *, model: Optional[str] = None, text_key: str = "text",
                    batch_size: int = 64, n_process: int = 1, shard_size: int = 1000, nlp=None,
                    progress: Optional[Callable[[int, int, int], None]] = None,
                    scheduler: Optional[str] = None, cluster: Optional[str] = None) -> AnnotateResult:
    """Annotate ``inputs`` into shards in ``out_dir`` (see the module docstring)."""
    if shard_size < 1:
        raise UserError("--shard-size must be at least 1")
    if batch_size < 1:
        raise UserError("--batch-size must be at least 1")
    if n_process < 1:
        raise UserError("--n-process must be at least 1")
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"Output path is a file, not a directory: {out_dir}")
    if model and not Path(model).exists():
        raise UserError(f"Model not found: {model}")
    files, walk_problems = expand_inputs(inputs)
    if not files:
        raise UserError("No input documents found (supported: .txt, .jsonl, .spacy)")
    out_dir.mkdir(parents=True, exist_ok=True)
    start_time = time.time()
    problems: List[Dict] = list(walk_problems)
    counts = {f: count_docs(f, text_key, problems) for f in files}
    if n_process > 1 or scheduler or cluster:
        # every process needs work: with N processes, shards hold at most 1/(4N) of the
        # documents (never more than --shard-size); the layout only depends on the inputs,
        # --shard-size and N, so a re-run with the same options resumes
        workers = n_process if n_process > 1 else 8
        shard_size = max(1, min(shard_size, -(-sum(counts.values()) // (workers * 4))))
    tasks = plan_tasks(files, shard_size, text_key, problems, counts)
    manifest = load_manifest(out_dir)
    manifest["walk_problems"] = problems
    manifest["model"] = model or "relations_nlp default"
    manifest["text_key"] = text_key
    done = {k for k, r in manifest["tasks"].items() if (out_dir / r["shard"]).exists()}
    manifest["tasks"] = {k: r for k, r in manifest["tasks"].items() if k in done}
    todo = [t for t in tasks if t.key not in done]
    total_docs = sum(t.docs for t in tasks)
    result = AnnotateResult(shards_reused=len(tasks) - len(todo))
    finished = sum(t.docs for t in tasks if t.key in done)
    words = 0

    def record(rec: Dict) -> None:
        nonlocal finished, words
        manifest["tasks"][rec["key"]] = rec
        save_manifest(out_dir, manifest)
        finished += rec["docs"]
        words += rec["words"]
        result.shards_written += 1
        if progress:
            progress(finished, total_docs, words)

    if todo and (scheduler or cluster):
        from .distributed import connect, run_tasks

        client = connect(scheduler, cluster)
        try:
            run_tasks(client, todo, out_dir, text_key, batch_size, model, record)
        finally:
            if cluster:
                client.cluster.close()
            client.close()
    elif todo:
        if n_process == 1 or len(todo) == 1:
            nlp = nlp or load_model(model)
            for task in todo:
                record(run_task(nlp, task, out_dir, text_key, batch_size))
        else:
            import multiprocessing as mp

            ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            global _WORKER_NLP
            if ctx.get_start_method() == "fork":
                _WORKER_NLP = nlp or load_model(model)  # loaded once, shared copy-on-write
            with ctx.Pool(min(n_process, len(todo)), initializer=_worker_init, initargs=(model,)) as pool:
                args = [(t, str(out_dir), text_key, batch_size) for t in todo]
                for rec in pool.imap_unordered(_worker_run, args):
                    record(rec)
    save_manifest(out_dir, manifest)
    result.docs = manifest["totals"]["docs"]
    result.words = manifest["totals"]["words"]
    result.skipped = [s for s in manifest["skipped"] if not s.get("kept")]
    result.seconds = time.time() - start_time
    return result
