"""Evaluation: entity P/R/F per label, entity-linking accuracy, cue P/R/F (labelled and
span-only) with the recall on cues outside the package lexicon, dyad tone accuracy and
macro-F1, sentence tone accuracy of a tone ``textcat`` when the pipeline has one, and
speed (words/s) of a pipeline on labelled data."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional

from .scoring import score_cues, score_entities

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
    if any(len(eg.reference.spans.get(CUES_KEY, [])) for eg in examples):
        # a cue-annotated set: every document counts (one without cues has none to find)
        cue_egs = [eg for eg in examples if CUES_KEY in eg.reference.spans]
        for eg in cue_egs:
            eg.predicted.spans.setdefault(CUES_KEY, [])
        metrics.update(score_cues(cue_egs, spans_key=CUES_KEY))
        metrics.update(cue_span_scores(cue_egs))
        metrics["unseen_cues"] = unseen_cue_recall(cue_egs)
    textcat = textcat_accuracy(examples)
    if textcat:
        metrics.update(textcat)
    return metrics


CUES_KEY = "relation_cues"


def cue_span_scores(examples) -> Dict:
    """Cue P/R/F on spans alone (boundaries right, category ignored)."""
    tp = fp = fn = 0
    for eg in examples:
        gold = {(s.start_char, s.end_char) for s in eg.reference.spans.get(CUES_KEY, [])}
        pred = {(s.start_char, s.end_char) for s in eg.predicted.spans.get(CUES_KEY, [])}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"cues_span_p": p, "cues_span_r": r, "cues_span_f": 2 * p * r / (p + r) if p + r else 0.0}


_LEXICON = None


def lexicon_keys():
    """Lemma phrases of the package lexicon's phrase rows and (head, trigger) lemma sets of
    its pair rows (``data/cues.jsonl``, without anything a pipeline learnt)."""
    global _LEXICON
    if _LEXICON is None:
        from .resources import read_table

        phrases, pairs = set(), []
        for row in read_table("cues"):
            if row.get("kind") == "pair":
                pairs.append((set(row.get("head", [])), set(row.get("trigger", []))))
            else:
                phrases.add(" ".join(row.get("lemmas") or row.get("phrase", "").lower().split()))
        _LEXICON = (phrases, pairs)
    return _LEXICON


def in_lexicon(lemmas: List[str]) -> bool:
    phrases, pairs = lexicon_keys()
    if " ".join(lemmas) in phrases:
        return True
    bag = set(lemmas)
    return any(head & bag and trig & bag for head, trig in pairs)


def unseen_cue_recall(examples) -> Dict:
    """Recall on gold cues whose lemma phrase is no phrase of the package lexicon (nor a
    head + trigger of a pair row): how well a pipeline finds cue phrasings it was never
    given. ``r``: span and category right; ``r_span``: span right. ``seen_*``: the same
    on the gold cues the lexicon has."""
    n = found = found_span = 0
    seen_n = seen_found = 0
    for eg in examples:
        pred = {(s.start_char, s.end_char): s.label_ for s in eg.predicted.spans.get(CUES_KEY, [])}
        for span in eg.reference.spans.get(CUES_KEY, []):
            sub = eg.predicted.char_span(span.start_char, span.end_char)
            toks = sub if sub is not None else span
            lemmas = [(t.lemma_ or t.text).lower() for t in toks]
            hit = pred.get((span.start_char, span.end_char))
            if in_lexicon(lemmas):
                seen_n += 1
                seen_found += int(hit == span.label_)
                continue
            n += 1
            found += int(hit == span.label_)
            found_span += int(hit is not None)
    return {"r": found / n if n else None, "r_span": found_span / n if n else None, "n": n,
            "seen_r": seen_found / seen_n if seen_n else None, "seen_n": seen_n}


def textcat_accuracy(examples) -> Dict:
    """Sentence tone of a ``textcat`` (labels POS/NEG/NEU) against the items' ``tone``,
    next to the rule tone (the dyad label) on the same items."""
    pairs, rule_pairs = [], []
    for eg in examples:
        cats = eg.predicted.cats
        tones = eg.reference.user_data.get("tone") or []
        if not cats or not tones or not set(TONES) <= set(cats):
            continue
        gold = tones[0].get("tone")
        pairs.append((gold, max(TONES, key=lambda t: cats[t])))
        dyads = eg.reference.user_data.get("dyads") or {}
        if dyads:
            rule_pairs.append((gold, predicted_tone(eg.predicted, next(iter(dyads)))))
    if not pairs:
        return {}
    scores = tone_scores(pairs)
    out = {"textcat_acc": scores["tone_acc"], "textcat_macro_f": scores["tone_macro_f"], "textcat_n": len(pairs)}
    if rule_pairs:
        out["rule_tone_acc_same_items"] = tone_scores(rule_pairs)["tone_acc"]
    return out


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
    if metrics.get("cues_p") is not None:
        lines.append(f"CUES  P {metrics['cues_p']:.3f}  R {metrics['cues_r']:.3f}  F {metrics['cues_f']:.3f}  "
                     f"(span only: P {metrics['cues_span_p']:.3f}  R {metrics['cues_span_r']:.3f}  "
                     f"F {metrics['cues_span_f']:.3f})")
        u = metrics.get("unseen_cues") or {}
        if u.get("n"):
            lines.append(f"  unseen cues R {u['r']:.3f}  span R {u['r_span']:.3f}  (n={u['n']}; "
                         f"lexicon cues R {u['seen_r'] or 0:.3f}, n={u['seen_n']})")
    if metrics.get("textcat_n"):
        lines.append(f"TEXTCAT tone acc {metrics['textcat_acc']:.3f}  macro-F1 {metrics['textcat_macro_f']:.3f}  "
                     f"(rule tone on the same items {metrics.get('rule_tone_acc_same_items') or 0:.3f}, "
                     f"n={metrics['textcat_n']})")
    if metrics.get("tone_n"):
        lines.append(f"TONE  acc {metrics['tone_acc']:.3f}  macro-F1 {metrics['tone_macro_f']:.3f}  "
                     f"dyad_acc {metrics['dyad_acc']:.3f}  (n={metrics['tone_n']})")
    return "\n".join(lines)
