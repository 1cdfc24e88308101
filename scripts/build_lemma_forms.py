"""Build ``src/relations_nlp/data/lemma_forms.json``: for every lemma the cue lexicon
uses, the inflected forms that spaCy's English lookup lemmatizer maps to it
(spacy-lookups-data ``en_lemma_lookup``, MIT licence), so that the cue component can
match inflections ("ties strengthened", "strengthening ties") case-insensitively with a
``PhraseMatcher`` on ``LOWER`` without inverting the 1M-entry table at run time.

Run after ``build_cues.py``: ``python scripts/build_lemma_forms.py``
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from _common import DATA, lookups_table


# forms the lookup table maps to a cue lemma that are other words in news text
EXCLUDED_FORMS = {"according", "accordingly", "meaning", "bearing", "building", "dealing", "ground"}


def main() -> int:
    lemmas = set()
    with (DATA / "cues.jsonl").open(encoding="utf8") as fh:
        for line in fh:
            row = json.loads(line)
            lemmas.update(x.lower() for x in row.get("lemmas", []) or [])
            for key in ("head", "trigger"):
                lemmas.update(x.lower() for x in row.get(key, []) or [])
    table = lookups_table("en_lemma_lookup")
    forms = defaultdict(set)
    for form, lemma in table.items():
        low = lemma.lower()
        if low in lemmas and form.lower() != low and form.isalpha() and form.lower() not in EXCLUDED_FORMS:
            forms[low].add(form.lower())
    out = {lemma: sorted(forms[lemma]) for lemma in sorted(lemmas) if forms.get(lemma)}
    (DATA / "lemma_forms.json").write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf8")
    print(f"lemma_forms.json: {len(out)} lemmas with {sum(len(v) for v in out.values())} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
