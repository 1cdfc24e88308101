"""Shared test helpers."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "corpus" / "eval"


def annotate(nlp, text, date=None):
    doc = nlp.make_doc(text)
    if date:
        doc.user_data["date"] = date
    return nlp(doc)


def ents(doc, labels=None):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents if labels is None or e.label_ in labels]


def load_eval(name):
    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf8").splitlines() if line.strip()]
