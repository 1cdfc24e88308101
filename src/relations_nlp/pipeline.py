"""Assembling the default pipeline from ``configs/default.cfg``."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional, Union

import spacy
from spacy import util

DEFAULT_CONFIG_PATH = Path(__file__).parent / "configs" / "default.cfg"


def _normalise_overrides(overrides: Dict[str, Any]) -> Dict[str, Any]:
    return {key.replace("__", "."): value for key, value in overrides.items()}


def load_pipeline(path: Optional[Union[str, Path]] = None, **config_overrides):
    """Load a saved pipeline from ``path`` or build and initialise the default one."""
    overrides = _normalise_overrides(config_overrides)
    if path is not None:
        nlp = spacy.load(path, config=overrides)
    else:
        config = util.load_config(DEFAULT_CONFIG_PATH, overrides=overrides, interpolate=False)
        nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
        add_news_infixes(nlp)
        nlp.initialize()
    warm_up(nlp)
    return nlp


# a hyphen after an abbreviation's final period and before a capital splits the token:
# "U.S.-China", "U.S.-South Korean", "U.K.-France" (spaCy's English infixes keep them whole,
# which hides both states); "U.S.-led" stays one token
NEWS_INFIXES = [r"(?<=[A-Z]\.)[-–](?=[A-Z])"]


def add_news_infixes(nlp) -> None:
    """Add ``NEWS_INFIXES`` to the tokenizer of the default pipeline (saved with it by
    ``nlp.to_disk``, so a reloaded pipeline tokenises the same way)."""
    nlp.tokenizer.infix_finditer = util.compile_infix_regex(list(nlp.Defaults.infixes) + NEWS_INFIXES).finditer


def warm_up(nlp) -> None:
    """Build the components' lazily built tables now, so the first document pays nothing."""
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "ensure_ready"):
            pipe.ensure_ready()
        if hasattr(pipe, "_lookup_map") and getattr(pipe, "mode", None) == "lookup":
            pipe._lookup_map()
