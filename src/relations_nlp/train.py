"""Training on labelled text with spaCy's own training loop (``spacy train``)."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional


class TrainError(Exception):
    pass


def train(config_path: Path, output_path: Path, overrides: Optional[Dict] = None, use_gpu: int = -1) -> None:
    """Train the pipeline of ``config_path``; ``output_path`` gets ``model-best`` and
    ``model-last`` (loadable with ``spacy.load`` and ``annotate --model``)."""
    from spacy.cli.train import train as spacy_train

    from . import extensions  # noqa: F401 - the extensions exist before any doc is read

    config_path = Path(config_path)
    if not config_path.is_file():
        raise TrainError(f"Config not found: {config_path}")
    overrides = dict(overrides or {})
    for key in ("paths.train", "paths.dev"):
        value = overrides.get(key)
        if value is not None and not Path(str(value)).exists():
            raise TrainError(f"{key} not found: {value}")
    output_path = Path(output_path)
    if output_path.exists() and not output_path.is_dir():
        raise TrainError(f"Output path is a file, not a directory: {output_path}")
    output_path.mkdir(parents=True, exist_ok=True)
    spacy_train(config_path, output_path, use_gpu=use_gpu, overrides=overrides)
