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


# forms the lookup table maps to a cue lemma that are other words in news text when they
# stand alone ("the building", "according to"); inside a phrase of two or more words they
# are the verb ("building bridges", "dealing with the crisis"), so they are written apart
# (``phrase_only``) and used only for multi-word phrase rows
EXCLUDED_FORMS = {"according", "accordingly", "meaning", "bearing", "building", "dealing", "ground"}


# lemmas the lookup table spells differently from the lexicon ("developing" and
# "developed" -> "develope"): their forms count for the lexicon's lemma
LEMMA_SPELLINGS = {"develope": "develop"}


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
    phrase_only = defaultdict(set)
    for form, lemma in table.items():
        low = LEMMA_SPELLINGS.get(lemma.lower(), lemma.lower())
        if low in lemmas and form.lower() != low and form.isalpha():
            (phrase_only if form.lower() in EXCLUDED_FORMS else forms)[low].add(form.lower())
    out = {lemma: sorted(forms[lemma]) for lemma in sorted(lemmas) if forms.get(lemma)}
    out["_phrase_only"] = {lemma: sorted(phrase_only[lemma]) for lemma in sorted(phrase_only)}
    (DATA / "lemma_forms.json").write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf8")
    print(f"lemma_forms.json: {len(out) - 1} lemmas with {sum(len(v) for k, v in out.items() if k != '_phrase_only')} "
          f"forms (+ {sum(len(v) for v in phrase_only.values())} used only inside phrases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
