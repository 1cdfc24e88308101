"""relations_nlp: spaCy components for international-relations news.

``relations_nlp.load()`` builds the default pipeline (no network, no downloaded model):
``spacy.blank("en")`` + a news sentencizer + the lookup lemmatizer + the project's
country/location, actor (leader/person/organisation), relation-cue and dyad components.
"""
from __future__ import annotations

from .about import __version__
from . import extensions as _extensions  # registers Doc/Span extensions once

_extensions.register()

__all__ = ["load", "__version__", "DEFAULT_CONFIG_PATH"]


def __getattr__(name: str):  # lazy, keeps ``import relations_nlp`` light
    if name == "DEFAULT_CONFIG_PATH":
        from .pipeline import DEFAULT_CONFIG_PATH

        return DEFAULT_CONFIG_PATH
    raise AttributeError(name)


def load(path=None, **config_overrides):
    """Return the default pipeline, or the pipeline saved at ``path``.

    ``config_overrides`` are config values by dotted name; since Python keywords cannot
    contain dots, ``__`` stands for ``.``:
    ``load(components__countries__capital_metonymy=False)``; a dict can be passed with
    ``load(**{"components.countries.capital_metonymy": False})``.
    """
    from .pipeline import load_pipeline

    return load_pipeline(path, **config_overrides)
