"""Build ``src/relations_nlp/data/surface_tokens.json``: how ``spacy.blank("en")``'s
tokenizer splits every surface form of the package tables (countries, cities, regions,
leaders, organisations, cue forms).

The gazetteers hash these token sequences at start-up instead of tokenizing ~40,000
strings (which costs seconds, see ``components/gazetteer.py``). Run it after any
change to a data table; ``tests/test_data.py`` fails when the index is stale.

Run: ``python scripts/build_token_index.py``
"""
from __future__ import annotations

import json
import sys

import spacy

from _common import DATA


def main() -> int:
    from relations_nlp.components.gazetteer import build_index, surfaces_of_tables
    from relations_nlp import resources

    (DATA / "surface_tokens.json").write_text("{}", encoding="utf8")
    resources.read_json.cache_clear()
    index = build_index(spacy.blank("en").tokenizer, surfaces_of_tables())
    # only the surfaces whose split is not simply str.split() need storing
    special = {s: toks for s, toks in index.items() if toks != s.split(" ")}
    plain = sorted(s for s, toks in index.items() if toks == s.split(" "))
    (DATA / "surface_tokens.json").write_text(
        json.dumps({"split": special, "plain": plain}, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
        encoding="utf8")
    print(f"surface_tokens.json: {len(index)} surfaces, {len(special)} with a special split")
    return 0


if __name__ == "__main__":
    sys.exit(main())
