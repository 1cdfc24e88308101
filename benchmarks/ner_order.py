#!/usr/bin/env python
"""Issue #7: rules first, the NER fills what the rules miss (``configs/ner.cfg``), or the
reverse (``configs/ner_first.cfg``)? Trains both the same way and evaluates both on the
held-out test set.

    python benchmarks/ner_order.py                    # seed 0, the configs' 2,000 steps
    python benchmarks/ner_order.py --seeds 0,1,2      # mean over three seeds
    python benchmarks/ner_order.py --steps 400 --output-dir /tmp/order   # a quick look

For each config and seed: ``relations-nlp convert`` (train and dev, into a temporary
folder), ``relations-nlp train CONFIG --paths.train ... --paths.dev ... --system.seed SEED
--training.max_steps STEPS --training.patience 0`` (no early stop: both train exactly
STEPS steps; dev evaluation every min(200, STEPS) steps, as in the configs; ``model-best``
is the best dev checkpoint, as the README uses), then
``relations-nlp evaluate model-best corpus/labelled/test.jsonl --output metrics.json``.

Two more rows, both without training of their own:

- *NER first, filter last*: the NER-first model with ``entity_filter`` moved after the
  rule components (the literal "model first, rules fill the rest" order, where an NER
  COUNTRY/LEADER guess blocks the rules and is then dropped). Its NER weights are those
  of the NER-first run: the NER trains on the bare text in both orders, and where the
  filter sits does not change its training (only which dev checkpoint is "best").
- *rules only*: ``relations-nlp evaluate default``, the default pipeline (no learnt names).

Writes ``benchmarks/ner_order.md`` (``--json PATH``: every figure, per seed, too).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELLED = ROOT / "corpus" / "labelled"
LABELS = ("COUNTRY", "LEADER", "PERSON", "ORG", "LOC")
VARIANTS = {  # name -> (config, description)
    "rules_first": ("configs/ner.cfg", "rules first, NER fills (`configs/ner.cfg`)"),
    "ner_first": ("configs/ner_first.cfg", "NER first, rules fill (`configs/ner_first.cfg`)"),
}
FILTER_LAST = "ner_first_filter_last"
RULES_ONLY = "rules_only"
TITLES = {**{k: v[1] for k, v in VARIANTS.items()},
          FILTER_LAST: "NER first, `entity_filter` after the rules (weights of the NER-first run)",
          RULES_ONLY: "rules only (`relations-nlp evaluate default`, no learnt names)"}


def log(msg: str) -> None:
    print(msg, flush=True)


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``relations-nlp ARGS`` with this interpreter."""
    cmd = [sys.executable, "-c", "from relations_nlp.cli import app; app()", *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise SystemExit(f"relations-nlp {' '.join(args[:2])} failed:\n{(proc.stderr or proc.stdout)[-3000:]}")
    return proc


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def evaluate(model: str, out_json: Path) -> Dict:
    cli("evaluate", model, str(LABELLED / "test.jsonl"), "--output", str(out_json))
    return json.loads(out_json.read_text(encoding="utf8"))


def filter_last_copy(src: Path, dst: Path) -> None:
    """The NER-first pipeline at ``src`` with ``entity_filter`` moved after ``actors``,
    saved at ``dst`` (same weights)."""
    code = (
        "import sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "cfg = dict(nlp.config['components']['entity_filter'])\n"
        "cfg.pop('factory')\n"
        "nlp.remove_pipe('entity_filter')\n"
        "nlp.add_pipe('relations_entity_filter', name='entity_filter', after='actors', config=cfg)\n"
        "nlp.to_disk(sys.argv[2])\n"
        "print(nlp.pipe_names)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(src), str(dst)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"re-ordering the NER-first pipeline failed:\n{proc.stderr[-3000:]}")


def summary(m: Dict) -> Dict:
    """The figures the table shows, from one ``evaluate`` metrics file."""
    per = m.get("ents_per_type") or {}
    unseen = m.get("unseen_recall") or {}
    return {
        "ents_p": m.get("ents_p"), "ents_r": m.get("ents_r"), "ents_f": m.get("ents_f"),
        "kb_acc": m.get("ents_kb_acc"),
        "per_label": {lab: {k: per.get(lab, {}).get(k) for k in ("p", "r", "f")} for lab in LABELS},
        "unseen": {lab: (unseen.get(lab) or {}).get("r") for lab in sorted(unseen)},
        "unseen_n": {lab: (unseen.get(lab) or {}).get("n") for lab in sorted(unseen)},
        "tone_acc": m.get("tone_acc"),
        "words_per_second": m.get("words_per_second"),
    }


def mean(xs: List[Optional[float]]) -> Optional[float]:
    xs = [x for x in xs if x is not None]
    return statistics.fmean(xs) if xs else None


def average(runs: List[Dict]) -> Dict:
    """Mean over seeds of every figure of ``summary``."""
    if len(runs) == 1:
        return runs[0]
    out = {k: mean([r[k] for r in runs]) for k in ("ents_p", "ents_r", "ents_f", "kb_acc", "tone_acc",
                                                   "words_per_second")}
    out["per_label"] = {lab: {k: mean([r["per_label"][lab][k] for r in runs]) for k in ("p", "r", "f")}
                        for lab in LABELS}
    labs = sorted({lab for r in runs for lab in r["unseen"]})
    out["unseen"] = {lab: mean([r["unseen"].get(lab) for r in runs]) for lab in labs}
    out["unseen_n"] = runs[0]["unseen_n"]
    out["ents_f_range"] = (min(r["ents_f"] for r in runs), max(r["ents_f"] for r in runs))
    return out


def f3(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def shown_argv(argv: List[str]) -> List[str]:
    """The options that change the figures (not where the outputs go)."""
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("--output-dir", "--json", "--keep"):
            skip = True
            continue
        if a.split("=", 1)[0] in ("--output-dir", "--json", "--keep"):
            continue
        out.append(a)
    return out


def render(res: Dict) -> str:
    s = res["settings"]
    argv = shown_argv(s["argv"])
    seeds = s["seeds"]
    rows = [v for v in (*VARIANTS, FILTER_LAST, RULES_ONLY) if v in res["mean"]]
    lines: List[str] = []
    add = lines.append
    add("# NER order: rules first or NER first (issue #7)")
    add("")
    add(f"{res['date'][:10]} · spaCy {res['spacy']} · Python {res['python']} · produced by "
        f"`python benchmarks/ner_order.py{' ' + ' '.join(argv) if argv else ''}`")
    add("")
    add(f"Both configs trained on `corpus/labelled/train.jsonl` ({res['data']['train_docs']} items; dev "
        f"`dev.jsonl`, {res['data']['dev_docs']} items) with the same settings: seed{'s' if len(seeds) > 1 else ''} "
        f"{', '.join(map(str, seeds))}, `training.max_steps` {s['steps']}, `training.patience 0` (no early stop), "
        f"otherwise the configs' own settings (they differ only in the pipeline order and the annotating "
        f"components). Evaluated with `relations-nlp evaluate <model-best> corpus/labelled/test.jsonl` "
        f"({res['data']['test_docs']} held-out items)"
        + (f"; every figure is the mean over the {len(seeds)} seeds" if len(seeds) > 1 else "") + ".")
    add("")
    add("Rows: " + "; ".join(f"**{chr(65 + i)}** = {TITLES[v]}" for i, v in enumerate(rows)) + ".")
    add("")
    letter = {v: chr(65 + i) for i, v in enumerate(rows)}
    add("| label | " + " | ".join(f"{letter[v]} P / R / F" for v in rows) + " |")
    add("|---|" + "---|" * len(rows))
    for lab in LABELS:
        cells = []
        for v in rows:
            pl = res["mean"][v]["per_label"][lab]
            cells.append(f"{f3(pl['p'])} / {f3(pl['r'])} / {f3(pl['f'])}")
        add(f"| {lab} | " + " | ".join(cells) + " |")
    add("| **all entities** | " + " | ".join(
        f"{f3(res['mean'][v]['ents_p'])} / {f3(res['mean'][v]['ents_r'])} / **{f3(res['mean'][v]['ents_f'])}**"
        for v in rows) + " |")
    if len(seeds) > 1:
        add("| all entities F, min–max over seeds | " + " | ".join(
            (f"{f3(res['mean'][v]['ents_f_range'][0])}–{f3(res['mean'][v]['ents_f_range'][1])}"
             if "ents_f_range" in res["mean"][v] else "(no training)") for v in rows) + " |")
    unseen_labs = sorted({lab for v in rows for lab in res["mean"][v]["unseen"]})
    for lab in unseen_labs:
        n = next((res["mean"][v]["unseen_n"].get(lab) for v in rows if res["mean"][v]["unseen_n"].get(lab)), None)
        add(f"| unseen {lab} names, recall (n={n}) | " + " | ".join(
            f3(res["mean"][v]["unseen"].get(lab)) for v in rows) + " |")
    add("| entity linking (right `kb_id` on correct spans) | " + " | ".join(
        f3(res["mean"][v]["kb_acc"]) for v in rows) + " |")
    add("| tone accuracy (pairs of states) | " + " | ".join(f3(res["mean"][v]["tone_acc"]) for v in rows) + " |")
    add("| speed in `evaluate` (words/s, wall, indicative) | " + " | ".join(
        f"{res['mean'][v]['words_per_second']:,.0f}" if res["mean"][v]["words_per_second"] else "n/a"
        for v in rows) + " |")
    add("")
    add("## Training time")
    add("")
    add("| config | seed | wall s | CPU s (training process) |")
    add("|---|---:|---:|---:|")
    for v in VARIANTS:
        for t in res["training"].get(v, []):
            add(f"| `{VARIANTS[v][0]}` | {t['seed']} | {t['wall_s']:.0f} | {t['cpu_s']:.0f} |")
    load = res.get("machine_load_other_cpus")
    if load is not None:
        add("")
        add(f"Other processes used {load:.2f} of the {res['cpus']} CPUs on average during the run, so the wall "
            f"times (training, `evaluate` words/s) are {'only roughly comparable' if load >= 0.15 else 'comparable'}; "
            f"the CPU seconds are the better guide.")
    add("")
    add("## How the orders differ")
    add("")
    add("- **Rules first** (`configs/ner.cfg`): the rule components set their entities (with ISO3 codes and "
        "canonical leaders) before the NER, which is trained and run with them preset, so it only labels "
        "tokens the rules left free; `entity_filter` then drops NER guesses of COUNTRY/LEADER without a `kb_id`.")
    add("- **NER first** (`configs/ner_first.cfg`): the NER labels the bare text; `entity_filter` drops its "
        "COUNTRY/LEADER guesses (they never carry a `kb_id`), then `countries` (`overwrite_ents = false`) and "
        "`actors` add their entities where the NER left the tokens free. A leader the NER tagged PERSON, or a "
        "capital it tagged LOC, stays so: the rules do not relabel the NER's entities.")
    add("- **NER first, filter last**: the literal order NER → rules → filter. The NER's COUNTRY/LEADER spans "
        "block the rules and are then dropped, so most states and leaders are lost: the filter has to run "
        "before the rules.")
    add("")
    if res.get("conclusion"):
        add("## Conclusion")
        add("")
        add(res["conclusion"])
        add("")
    return "\n".join(lines)


def conclusion(res: Dict) -> str:
    """A plain reading of the numbers: which trained order wins overall and per label."""
    mean = res["mean"]
    a, b = mean.get("rules_first"), mean.get("ner_first")
    if not a or not b:
        return ""
    d = b["ents_f"] - a["ents_f"]
    best = "a tie" if abs(d) < 0.0005 else "NER first" if d > 0 else "rules first"
    parts = [f"Overall entity F: rules first {a['ents_f']:.3f}, NER first {b['ents_f']:.3f} "
             f"({d:+.3f} for NER first); best: **{best}**."]
    if FILTER_LAST in mean:
        parts.append(f"With the filter after the rules, NER first scores {mean[FILTER_LAST]['ents_f']:.3f}.")
    per = []
    for lab in LABELS:
        fa, fb = a["per_label"][lab]["f"], b["per_label"][lab]["f"]
        if fa is not None and fb is not None:
            per.append(f"{lab} {fb - fa:+.3f}")
    parts.append("F of NER first minus rules first, per label: " + ", ".join(per) + ".")
    unseen = [f"{lab} {b['unseen'][lab] - a['unseen'][lab]:+.3f}" for lab in sorted(a["unseen"])
              if a["unseen"].get(lab) is not None and b["unseen"].get(lab) is not None]
    if unseen:
        parts.append("Unseen-name recall, NER first minus rules first: " + ", ".join(unseen) + ".")
    if a.get("kb_acc") is not None and b.get("kb_acc") is not None:
        parts.append(f"Entity linking: rules first {a['kb_acc']:.3f}, NER first {b['kb_acc']:.3f} (the NER's "
                     f"PERSON/ORG/LOC spans carry no `kb_id`).")
    if len(res["settings"]["seeds"]) == 1:
        parts.append("One seed only: differences below about 0.01 may be seed noise (`--seeds 0,1,2` to check).")
    return " ".join(parts)


def machine_busy() -> Optional[float]:
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    a = resource.getrusage(resource.RUSAGE_SELF)
    return a.ru_utime + a.ru_stime + children_cpu()


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default="0", help="comma-separated training seeds (default 0)")
    ap.add_argument("--steps", type=int, default=2000, help="training.max_steps for both configs (default 2000, "
                                                            "the configs' own)")
    ap.add_argument("--output-dir", type=Path, default=HERE, help="where ner_order.md goes (default benchmarks/)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the trained pipelines in this folder")
    ap.add_argument("--json", type=Path, default=None, help="also write every figure (per seed) to this JSON file")
    args = ap.parse_args(argv)
    seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
    if not seeds or args.steps < 1:
        ap.error("need at least one seed and --steps >= 1")

    import spacy

    t_start, busy0, own0 = time.perf_counter(), machine_busy(), own_cpu()
    work = Path(tempfile.mkdtemp(prefix="relations_ner_order_"))
    res: Dict = {"date": time.strftime("%Y-%m-%dT%H:%M:%S"), "spacy": spacy.__version__,
                 "python": platform.python_version(), "cpus": os.cpu_count(),
                 "settings": {"seeds": seeds, "steps": args.steps,
                              "argv": sys.argv[1:] if argv is None else list(argv)},
                 "runs": {}, "training": {}, "mean": {}}
    try:
        data = {}
        for split in ("train", "dev"):
            data[split] = work / f"{split}.spacy"
            cli("convert", str(LABELLED / f"{split}.jsonl"), str(data[split]))
        res["data"] = {f"{split}_docs": sum(1 for line in (LABELLED / f"{split}.jsonl").open(encoding="utf8")
                                            if line.strip()) for split in ("train", "dev", "test")}
        for seed in seeds:
            for v, (cfg, _) in VARIANTS.items():
                out = work / f"{v}_seed{seed}"
                log(f"training {cfg}, seed {seed}, {args.steps} steps ...")
                c0, t0 = children_cpu(), time.perf_counter()
                cli("train", str(ROOT / cfg), "--output", str(out), "--paths.train", str(data["train"]),
                    "--paths.dev", str(data["dev"]), "--system.seed", str(seed),
                    "--training.max_steps", str(args.steps), "--training.patience", "0",
                    "--training.eval_frequency", str(min(200, args.steps)))
                wall, cpu = time.perf_counter() - t0, children_cpu() - c0
                res["training"].setdefault(v, []).append({"seed": seed, "wall_s": wall, "cpu_s": cpu})
                log(f"  trained in {wall:.0f}s wall, {cpu:.0f}s CPU; evaluating on test.jsonl ...")
                m = evaluate(str(out / "model-best"), work / f"{v}_seed{seed}.json")
                res["runs"].setdefault(v, []).append({"seed": seed, **summary(m)})
                log(f"  ents F {m.get('ents_f', float('nan')):.3f}")
                if v == "ner_first":
                    moved = work / f"{FILTER_LAST}_seed{seed}"
                    filter_last_copy(out / "model-best", moved)
                    m2 = evaluate(str(moved), work / f"{FILTER_LAST}_seed{seed}.json")
                    res["runs"].setdefault(FILTER_LAST, []).append({"seed": seed, **summary(m2)})
                    log(f"  filter last: ents F {m2.get('ents_f', float('nan')):.3f}")
        log("evaluating the default (rules only) pipeline ...")
        res["runs"][RULES_ONLY] = [{"seed": None, **summary(evaluate("default", work / "rules_only.json"))}]
        for v, runs in res["runs"].items():
            res["mean"][v] = average(runs)
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            for p in work.iterdir():
                if p.is_dir():
                    shutil.copytree(p, args.keep / p.name, dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    wall = time.perf_counter() - t_start
    busy1 = machine_busy()
    if busy0 is not None and busy1 is not None and wall:
        res["machine_load_other_cpus"] = max(0.0, (busy1 - busy0 - (own_cpu() - own0)) / wall)
    res["elapsed_s"] = wall
    res["conclusion"] = conclusion(res)
    args.output_dir.mkdir(parents=True, exist_ok=True)
    if args.json is not None:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf8")
    md = render(res)
    (args.output_dir / "ner_order.md").write_text(md, encoding="utf8")
    log("")
    log(md)
    log(f"wrote {args.output_dir / 'ner_order.md'}" + (f" and {args.json}" if args.json else "") + f" in {wall:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
