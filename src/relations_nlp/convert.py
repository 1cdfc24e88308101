"""Labelled JSONL -> ``.spacy`` (the format of ``train`` and ``evaluate``).

One object per line: ``text``; ``spans`` [{``start``, ``end``, ``label``, optional
``kb_id``, ``country``, ``role``}] with labels COUNTRY/LEADER/PERSON/ORG/LOC for
``doc.ents`` and cue categories (anything else in ``CUE_LABELS`` or a span with
``"group": "relation_cues"``) for ``doc.spans["relation_cues"]`` (and, labelled POS/NEG
by the category's sign, in ``doc.spans["relation_cue_signs"]``, what ``configs/spancat.cfg``
trains on); optional ``tone`` [{``start``, ``end``, ``tone``}] (POS/NEG/NEU; one tone for
the item also becomes ``doc.cats``) and ``dyads`` {"AAA|BBB": "POS"}, kept in
``doc.user_data``; any other field is metadata (``date`` is used to resolve leaders).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from spacy.tokens import Doc, DocBin, Span, SpanGroup

from . import extensions  # noqa: F401

ENT_LABELS = ("COUNTRY", "LEADER", "PERSON", "ORG", "LOC")
CUE_LABELS = ("COOPERATION", "PARTNERSHIP", "AGREEMENT", "DIPLOMACY", "ECONOMIC", "AID", "DEESCALATION",
              "TENSION", "CRISIS", "ACCUSATION", "SANCTION", "THREAT", "MILITARY")
TONES = ("POS", "NEG", "NEU")
# the sign of each cue category (its lexicon weights all share it): the labels a span
# categorizer learns (``SIGNS_KEY``, configs/spancat.cfg), mapped back to a category by the
# rule cue component
NEGATIVE_CUES = ("TENSION", "CRISIS", "ACCUSATION", "SANCTION", "THREAT", "MILITARY")
CUE_SIGN = {label: "NEG" if label in NEGATIVE_CUES else "POS" for label in CUE_LABELS}
SIGNS_KEY = "relation_cue_signs"


class ConvertError(Exception):
    pass


@dataclass
class ConvertReport:
    docs: int = 0
    spans: int = 0
    problems: List[Dict] = field(default_factory=list)


def example_doc(nlp_or_vocab, obj: Dict, spans_key: str = "relation_cues") -> Tuple[Doc, List[str]]:
    """A reference Doc for one labelled object and the problems found in it."""
    make = getattr(nlp_or_vocab, "make_doc", None)
    if make is None:
        from spacy.lang.en import English

        make = English(vocab=nlp_or_vocab).make_doc if nlp_or_vocab is not None else English().make_doc
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("no string field 'text'")
    doc = make(text)
    problems: List[str] = []
    ents: List[Span] = []
    cues: List[Span] = []
    for sp in obj.get("spans", []) or []:
        try:
            start, end, label = int(sp["start"]), int(sp["end"]), str(sp["label"])
        except (KeyError, TypeError, ValueError):
            problems.append(f"span without start/end/label: {sp!r}")
            continue
        is_cue = sp.get("group") == spans_key or label in CUE_LABELS
        if label not in ENT_LABELS and not is_cue:
            problems.append(f"unknown label '{label}' at {start}-{end}")
            continue
        span = doc.char_span(start, end, label=label, kb_id=str(sp.get("kb_id") or ""))
        if span is None:
            problems.append(f"span {start}-{end} '{text[start:end]}' is not on token boundaries")
            continue
        if not is_cue:
            span._.country = sp.get("country")
            span._.role = sp.get("role")
        else:
            if "polarity" in sp:
                span._.polarity = float(sp["polarity"])
        (cues if is_cue else ents).append(span)
    ents.sort(key=lambda s: s.start)
    for a, b in zip(ents, ents[1:]):
        if b.start < a.end:
            problems.append(f"overlapping spans '{a.text}' and '{b.text}'")
    if not any(p.startswith("overlapping") for p in problems):
        doc.ents = ents
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=cues)
    # the same cues labelled by sign only (POS/NEG): fewer, larger classes for a spancat
    doc.spans[SIGNS_KEY] = SpanGroup(doc, name=SIGNS_KEY, spans=[
        Span(doc, s.start, s.end, label=CUE_SIGN[s.label_]) for s in cues if s.label_ in CUE_SIGN])
    for t in obj.get("tone", []) or []:
        if t.get("tone") not in TONES:
            problems.append(f"unknown tone {t.get('tone')!r}")
    tones = {t.get("tone") for t in obj.get("tone", []) or []}
    if len(tones) == 1 and tones <= set(TONES):
        # one tone for the item: the gold of a sentence tone ``textcat`` (configs/textcat.cfg)
        doc.cats = {label: float(label in tones) for label in TONES}
    dyads = obj.get("dyads") or {}
    for pair, label in dyads.items():
        if label not in TONES or len(pair.split("|")) != 2:
            problems.append(f"bad dyad {pair!r}: {label!r}")
    meta = {k: v for k, v in obj.items() if k not in ("text", "spans")}
    doc.user_data["meta"] = meta
    for key in ("id", "date", "tone", "dyads"):
        if key in obj:
            doc.user_data[key] = obj[key]
    doc.user_data["has_spans"] = "spans" in obj
    return doc, problems


def iter_jsonl(path: Path) -> Iterator[Tuple[int, Optional[Dict], Optional[str]]]:
    with Path(path).open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.decode("utf-8-sig", errors="replace").strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield lineno, None, f"malformed JSON: {err.msg}"
                continue
            if not isinstance(obj, dict):
                yield lineno, None, "not a JSON object"
                continue
            yield lineno, obj, None


def convert_jsonl(input_path: Path, output_path: Path, strict: bool = False, nlp=None) -> ConvertReport:
    from spacy.lang.en import English

    nlp = nlp or English()
    report = ConvertReport()
    db = DocBin(store_user_data=True)
    for lineno, obj, error in iter_jsonl(input_path):
        problems = [error] if error else []
        doc = None
        if obj is not None:
            try:
                doc, problems = example_doc(nlp, obj)
            except ValueError as err:
                problems = [str(err)]
        if problems:
            if strict:
                raise ConvertError(f"{input_path}:{lineno}: {problems[0]}")
            for p in problems:
                report.problems.append({"line": lineno, "reason": p})
            if doc is None or any(p.startswith("overlapping") for p in problems):
                continue
        db.add(doc)
        report.docs += 1
        report.spans += len(doc.ents) + len(doc.spans.get("relation_cues", []))
    if report.docs == 0:
        raise ConvertError(f"No valid documents in {input_path}")
    from .io import write_atomic

    output_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(output_path, db.to_bytes())
    return report


def read_examples(nlp, path: Path) -> List:
    """``Example`` objects (predicted = fresh doc with metadata) from .jsonl or .spacy."""
    from spacy.training import Example

    path = Path(path)
    refs: List[Doc] = []
    if path.suffix == ".spacy":
        refs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        for lineno, obj, error in iter_jsonl(path):
            if obj is None:
                continue
            doc, problems = example_doc(nlp, obj)
            refs.append(doc)
    examples = []
    for ref in refs:
        pred = nlp.make_doc(ref.text)
        for key, value in ref.user_data.items():
            if isinstance(key, str):
                pred.user_data[key] = value
        examples.append(Example(pred, ref))
    return examples
