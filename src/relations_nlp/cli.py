"""``relations-nlp``: thin typer commands over the library functions."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    name="relations-nlp",
    help="Annotate international-relations news: countries, leaders, organisations, relation cues, dyad tone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Arg = typer.Argument
Opt = typer.Option


class msg:
    """One line per message (no wrapping, so a path and its reason stay greppable)."""

    @staticmethod
    def fail(message: str, exits: Optional[int] = None) -> None:
        typer.echo(f"✘ {message}", err=True)
        if exits is not None:
            raise typer.Exit(exits)

    @staticmethod
    def warn(message: str) -> None:
        typer.echo(f"⚠ {message}", err=True)

    @staticmethod
    def good(message: str) -> None:
        typer.echo(f"✔ {message}")


def _fail(message: str) -> None:
    msg.fail(message, exits=1)


class _Progress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.start = time.time()

    def __call__(self, done: int, total: int, words: int) -> None:
        if not self.enabled:
            return
        elapsed = max(time.time() - self.start, 1e-6)
        wps = words / elapsed
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} docs  {wps:,.0f} words/s  ETA {eta:,.0f}s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@app.command("annotate")
def annotate_cli(
    inputs: List[str] = Arg(..., help="Files, directories (recursive) and globs: .txt, .jsonl, .spacy"),
    output: Path = Opt(..., "--output", "-o", help="Output directory for DocBin shards and manifest.json"),
    model: Optional[str] = Opt(None, "--model", "-m", help="A saved pipeline (default: the default pipeline)"),
    text_key: str = Opt("text", "--text-key", help="Field of .jsonl objects that holds the text"),
    batch_size: int = Opt(64, "--batch-size", "-b", help="Documents per nlp.pipe batch"),
    n_process: int = Opt(1, "--n-process", "-n", help="Worker processes; each writes its own shards"),
    shard_size: int = Opt(1000, "--shard-size", help="Documents per output shard"),
    scheduler: Optional[str] = Opt(None, "--scheduler", help="Run on a Dask cluster at this address"),
    cluster: Optional[str] = Opt(None, "--cluster", help="Start a local Dask cluster: local:N"),
):
    """Annotate a corpus into DocBin shards (resumable; see manifest.json)."""
    from .io import UserError, annotate_corpus

    progress = _Progress()
    try:
        result = annotate_corpus(inputs, output, model=model, text_key=text_key, batch_size=batch_size,
                                 n_process=n_process, shard_size=shard_size, progress=progress,
                                 scheduler=scheduler, cluster=cluster)
    except UserError as err:
        progress.close()
        _fail(str(err))
        return
    progress.close()
    for problem in result.skipped:
        where = problem["path"] + (f":{problem['line']}" if "line" in problem else "")
        msg.warn(f"skipped {where}: {problem['reason']}")
    reused = f", {result.shards_reused} shards already done" if result.shards_reused else ""
    msg.good(f"{result.docs} docs, {result.words} words, {result.seconds:.1f} s, "
             f"{len(result.skipped)} skipped{reused} -> {output}")


@app.command("convert")
def convert_cli(
    input_path: Path = Arg(..., help="Labelled JSONL: text, spans [{start,end,label,kb_id}], tone, dyads"),
    output_path: Path = Arg(..., help="Output .spacy file"),
    strict: bool = Opt(False, "--strict", help="Fail on the first bad line instead of skipping it"),
):
    """Convert labelled JSONL into a .spacy file for train and evaluate."""
    from .convert import ConvertError, convert_jsonl

    if not input_path.is_file():
        _fail(f"Input not found: {input_path}")
    if output_path.exists() and output_path.is_dir():
        _fail(f"Output path is a directory: {output_path}")
    try:
        report = convert_jsonl(input_path, output_path, strict=strict)
    except ConvertError as err:
        _fail(str(err))
        return
    for problem in report.problems:
        msg.warn(f"line {problem['line']}: {problem['reason']}")
    msg.good(f"{report.docs} docs, {report.spans} spans -> {output_path} ({len(report.problems)} lines with problems)")


@app.command("train", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train_cli(
    ctx: typer.Context,
    config: Path = Arg(..., help="A training config, e.g. configs/ner.cfg"),
    output: Path = Opt(..., "--output", "-o", help="Directory for model-best and model-last"),
):
    """Train the components of CONFIG (spaCy's training loop); extra --section.key value
    options override the config, e.g. --paths.train train.spacy --paths.dev dev.spacy."""
    from spacy.cli._util import parse_config_overrides

    from .train import TrainError, train

    try:
        overrides = parse_config_overrides(ctx.args)
    except SystemExit:
        _fail(f"Bad config overrides: {' '.join(ctx.args)}")
        return
    try:
        train(config, output, overrides=overrides)
    except TrainError as err:
        _fail(str(err))
        return
    msg.good(f"trained -> {output / 'model-best'} and {output / 'model-last'}")


@app.command("evaluate")
def evaluate_cli(
    model: str = Arg(..., help="A saved pipeline, or 'default' for the default pipeline"),
    data: Path = Arg(..., help="Labelled .jsonl or .spacy"),
    output: Optional[Path] = Opt(None, "--output", "-o", help="Write the metrics as JSON"),
):
    """P/R/F per label, entity-linking accuracy, cue and tone figures, words/s."""
    from .evaluate import EvaluateError, evaluate_path, format_report

    if not data.exists():
        _fail(f"Data not found: {data}")
    if model != "default" and not Path(model).exists():
        _fail(f"Model not found: {model}")
    try:
        metrics = evaluate_path(None if model == "default" else model, data)
    except EvaluateError as err:
        _fail(str(err))
        return
    print(format_report(metrics))
    if output is not None:
        import srsly

        srsly.write_json(output, metrics)
        msg.good(f"metrics -> {output}")


@app.command("show")
def show_cli(
    input_path: Path = Arg(..., help="A .txt, .jsonl or .spacy file, or a directory of shards"),
    output: Path = Opt(Path("page.html"), "--output", "-o", help="The HTML page to write"),
    model: Optional[str] = Opt(None, "--model", "-m", help="A saved pipeline for text inputs"),
    limit: int = Opt(20, "--limit", help="At most this many documents"),
):
    """A self-contained HTML page: entities, cues with polarity on hover, dyad table."""
    from itertools import islice

    from .io import UserError, expand_inputs, read_unit, write_atomic
    from .report import render_page

    if not input_path.exists():
        _fail(f"Input not found: {input_path}")
    if output.exists() and output.is_dir():
        _fail(f"Output path is a directory: {output}")
    try:
        files, problems = expand_inputs([str(input_path)])
    except UserError as err:
        _fail(str(err))
        return
    if not files:
        _fail(f"No documents in {input_path}")
    docs = []
    from spacy.tokens import DocBin

    from . import load
    from .io import annotate_records

    nlp = None
    for f in files:
        if len(docs) >= limit:
            break
        if f.suffix == ".spacy":
            from spacy.lang.en import English

            docs.extend(islice(DocBin().from_disk(f).get_docs(English().vocab), limit - len(docs)))
        else:
            nlp = nlp or (load(model) if model else load())
            records = list(islice(read_unit(str(f), f.suffix, 0, limit, "text", problems), limit - len(docs)))
            docs.extend(annotate_records(nlp, records))
    for problem in problems:
        msg.warn(f"skipped {problem['path']}: {problem['reason']}")
    write_atomic(output, render_page(docs, title=f"relations_nlp: {input_path.name}").encode("utf8"))
    msg.good(f"{len(docs)} docs -> {output}")


@app.command("report")
def report_cli(
    shards: Path = Arg(..., help="An annotate output directory (DocBin shards)"),
    output: Path = Opt(Path("report.html"), "--output", "-o", help="The HTML report to write"),
    csv_path: Optional[Path] = Opt(None, "--csv", help="Also write the dyad tones as CSV"),
):
    """A corpus report: most-mentioned states, leaders, organisations, dyad tone over time."""
    from .io import read_shards, write_atomic
    from .report import corpus_summary, render_report, write_tone_csv

    if not shards.is_dir() or not any(shards.glob("*.spacy")):
        _fail(f"No DocBin shards in {shards}")
    summary = corpus_summary(read_shards(shards))
    write_atomic(output, render_report(summary).encode("utf8"))
    if csv_path is not None:
        write_tone_csv(summary["tone_rows"], csv_path)
    msg.good(f"{summary['n_docs']} docs -> {output}" + (f" and {csv_path}" if csv_path else ""))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
