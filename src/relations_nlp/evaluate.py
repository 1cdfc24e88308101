"""Evaluation: entity P/R/F per label, entity-linking accuracy, cue P/R/F, dyad tone
accuracy and macro-F1, and speed (words/s) of a pipeline on labelled data."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional

from .scoring import score_entities

TONES = ("POS", "NEG", "NEU")


class EvaluateError(Exception):
    pass


def tone_scores(pairs: List[tuple]) -> Dict:
    """Accuracy and macro-F1 over (gold, predicted) tone labels."""
    if not pairs:
        return {"tone_acc": None, "tone_macro_f": None, "tone_n": 0}
    correct = sum(1 for g, p in pairs if g == p)
    f_scores = []
    per = {}
    for label in TONES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if tp + fn:
            f_scores.append(f)
        per[label] = {"p": prec, "r": rec, "f": f, "n": tp + fn}
    return {"tone_acc": correct / len(pairs), "tone_macro_f": sum(f_scores) / len(f_scores) if f_scores else 0.0,
            "tone_n": len(pairs), "tone_per_label": per,
            "tone_confusion": {f"{g}->{p}": n for (g, p), n in sorted(Counter(pairs).items())}}


def predicted_tone(doc, pair: str) -> str:
    for dyad in doc._.dyads:
        if dyad["pair"] == pair:
            return dyad["label"]
    return "NEU"


def evaluate_examples(nlp, examples, *, batch_size: int = 64) -> Dict:
    preds = [eg.predicted for eg in examples]
    start = time.perf_counter()
    done = list(nlp.pipe(preds, batch_size=batch_size))
    seconds = time.perf_counter() - start
    for eg, doc in zip(examples, done):
        eg.predicted = doc
    words = sum(1 for eg in examples for t in eg.reference if not t.is_space and not t.is_punct)
    metrics: Dict = {"n_docs": len(examples), "words": words, "words_per_second": words / seconds if seconds else None}
    with_ents = [eg for eg in examples if eg.reference.user_data.get("has_spans", eg.reference.has_annotation("ENT_IOB"))]
    if with_ents:
        metrics.update(score_entities(with_ents))
    unseen = unseen_recall(examples)
    if unseen:
        metrics["unseen_recall"] = unseen
    tone_pairs = []
    dyad_pairs = []
    for eg in examples:
        gold = eg.reference.user_data.get("dyads") or {}
        for pair, label in gold.items():
            pred = predicted_tone(eg.predicted, pair)
            tone_pairs.append((label, pred))
            found = any(d["pair"] == pair for d in eg.predicted._.dyads)
            dyad_pairs.append(found or label == "NEU")
    metrics.update(tone_scores(tone_pairs))
    metrics["dyad_acc"] = sum(dyad_pairs) / len(dyad_pairs) if dyad_pairs else None
    return metrics


def unseen_recall(examples) -> Dict:
    """Recall per label on gold entities whose text the item lists under ``unseen``
    (names in no gazetteer): how well the pipeline finds names it has never seen."""
    found: Counter = Counter()
    total: Counter = Counter()
    for eg in examples:
        meta = eg.reference.user_data.get("meta") or {}
        names = set(meta.get("unseen") or [])
        if not names:
            continue
        pred = {(e.start_char, e.end_char, e.label_) for e in eg.predicted.ents}
        for ent in eg.reference.ents:
            if ent.text in names:
                total[ent.label_] += 1
                found[ent.label_] += int((ent.start_char, ent.end_char, ent.label_) in pred)
    return {label: {"r": found[label] / n, "n": n} for label, n in sorted(total.items())}


def evaluate_path(model: Optional[str], data: Path) -> Dict:
    from . import load
    from .convert import read_examples

    nlp = load(model) if model else load()
    try:
        examples = read_examples(nlp, data)
    except (OSError, ValueError) as err:
        raise EvaluateError(f"Cannot read {data}: {err}") from err
    if not examples:
        raise EvaluateError(f"No labelled documents in {data}")
    return evaluate_examples(nlp, examples)


def format_report(metrics: Dict) -> str:
    lines = [f"docs {metrics['n_docs']}, words {metrics['words']}, words/s {metrics.get('words_per_second') or 0:,.0f}"]
    if metrics.get("ents_p") is not None:
        lines.append(f"ENTS  P {metrics['ents_p']:.3f}  R {metrics['ents_r']:.3f}  F {metrics['ents_f']:.3f}  "
                     f"kb_acc {metrics.get('ents_kb_acc') or 0:.3f}")
        for label, s in sorted((metrics.get("ents_per_type") or {}).items()):
            lines.append(f"  {label:<8} P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}")
    for label, s in sorted((metrics.get("unseen_recall") or {}).items()):
        lines.append(f"  unseen {label:<8} R {s['r']:.3f}  (n={s['n']})")
    if metrics.get("tone_n"):
        lines.append(f"TONE  acc {metrics['tone_acc']:.3f}  macro-F1 {metrics['tone_macro_f']:.3f}  "
                     f"dyad_acc {metrics['dyad_acc']:.3f}  (n={metrics['tone_n']})")
    return "\n".join(lines)
