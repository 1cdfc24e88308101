"""Relation tone of relations_nlp against a general-purpose sentiment baseline (VADER) on
the project's tone evaluation sets, side by side.

VADER is installed for this comparison only (``pip install vaderSentiment``); it is not
a dependency of the package. Its compound score is mapped to POS (>= 0.05), NEG
(<= -0.05) and NEU, the thresholds its authors recommend. relations_nlp's label is the
dyad label of the item's gold pair (NEU when the pair gets no dyad).

Run: ``python benchmarks/tone_baseline.py [corpus/eval/tone_test.jsonl ...]``
Writes ``benchmarks/tone_results.json`` and ``benchmarks/tone_results.md``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def vader_label(analyzer, text: str) -> str:
    score = analyzer.polarity_scores(text)["compound"]
    return "POS" if score >= 0.05 else "NEG" if score <= -0.05 else "NEU"


def main(paths) -> int:
    import relations_nlp
    from relations_nlp.convert import read_examples
    from relations_nlp.evaluate import evaluate_examples, predicted_tone, tone_scores

    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment is not installed: pip install vaderSentiment", file=sys.stderr)
        return 1
    analyzer = SentimentIntensityAnalyzer()
    nlp = relations_nlp.load()
    results = {}
    for path in paths:
        examples = read_examples(nlp, path)
        metrics = evaluate_examples(nlp, examples)
        ours, vader, by_phen = [], [], {}
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf8").splitlines() if line.strip()]
        for eg, row in zip(examples, rows):
            for pair, gold in (eg.reference.user_data.get("dyads") or {}).items():
                o = predicted_tone(eg.predicted, pair)
                v = vader_label(analyzer, eg.reference.text)
                ours.append((gold, o))
                vader.append((gold, v))
                for phen in row.get("phenomena", []):
                    by_phen.setdefault(phen, {"n": 0, "ours": 0, "vader": 0})
                    by_phen[phen]["n"] += 1
                    by_phen[phen]["ours"] += int(o == gold)
                    by_phen[phen]["vader"] += int(v == gold)
        results[Path(path).name] = {"relations_nlp": tone_scores(ours), "vader": tone_scores(vader),
                                    "dyad_acc": metrics["dyad_acc"], "by_phenomenon": by_phen}
    out = ROOT / "benchmarks"
    (out / "tone_results.json").write_text(json.dumps(results, indent=2), encoding="utf8")
    lines = ["# Relation tone: relations_nlp vs VADER", "",
             "| set | n | relations_nlp acc | macro-F1 | VADER acc | macro-F1 | lead (acc points) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        a, b = r["relations_nlp"], r["vader"]
        lines.append(f"| {name} | {a['tone_n']} | {a['tone_acc']:.3f} | {a['tone_macro_f']:.3f} | {b['tone_acc']:.3f} | "
                     f"{b['tone_macro_f']:.3f} | {100 * (a['tone_acc'] - b['tone_acc']):+.1f} |")
    for name, r in results.items():
        lines += ["", f"## {name} by phenomenon (accuracy)", "", "| phenomenon | n | relations_nlp | VADER |", "|---|---:|---:|---:|"]
        for phen, c in sorted(r["by_phenomenon"].items()):
            lines.append(f"| {phen} | {c['n']} | {c['ours'] / c['n']:.3f} | {c['vader'] / c['n']:.3f} |")
    (out / "tone_results.md").write_text("\n".join(lines) + "\n", encoding="utf8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    args = sys.argv[1:] or [str(ROOT / "corpus" / "eval" / "tone_dev.jsonl"), str(ROOT / "corpus" / "eval" / "tone_test.jsonl")]
    sys.exit(main(args))
