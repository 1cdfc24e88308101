"""Running ``annotate`` on a Dask distributed cluster (optional extra ``distributed``).

The inputs are cut into the same shard-sized tasks as a local run (``io.plan_tasks``);
each task is submitted to the cluster, where the worker loads the pipeline once (kept in
the worker process) and writes its shard atomically under the task's deterministic name
(``shard-<index>-<content hash>.spacy``), sending back only the manifest record. The
client merges the records into ``manifest.json`` as they arrive, so a re-run resumes and
a task retried after a killed worker rewrites the same shard name — no document is lost
or duplicated. The output directory must be visible to every worker (a shared file
system); ``--scheduler tcp://host:8786`` connects to a running cluster, ``--cluster
local:N`` starts a ``LocalCluster`` of N single-threaded worker processes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List, Optional

_PIPELINES: Dict[str, object] = {}


def _run_on_worker(task, out_dir: str, text_key: str, batch_size: int, model: Optional[str]) -> Dict:
    from .io import load_model, run_task

    _fault_injection()
    key = model or ""
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = _PIPELINES[key] = load_model(model)
    return run_task(nlp, task, Path(out_dir), text_key, batch_size)


def _fault_injection() -> None:
    """For the test of worker failures: when ``RELATIONS_NLP_KILL_ONCE`` names an existing
    file, the first worker to see it removes it and dies at once, as a killed worker would."""
    import os

    marker = os.environ.get("RELATIONS_NLP_KILL_ONCE")
    if marker:
        try:
            os.remove(marker)
        except FileNotFoundError:
            return
        os._exit(1)


def connect(scheduler: Optional[str] = None, cluster: Optional[str] = None):
    """A ``distributed.Client`` for ``scheduler`` (an address) or ``cluster`` ("local:N")."""
    from .io import UserError

    try:
        from distributed import Client, LocalCluster
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise UserError("Dask is not installed: pip install 'relations_nlp[distributed]'") from err
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise UserError(f"Cannot reach the Dask scheduler at {scheduler}: {err}") from err
    kind, _, n = (cluster or "").partition(":")
    if kind != "local" or not n.isdigit() or int(n) < 1:
        raise UserError(f"--cluster must look like local:N (N worker processes), not {cluster!r}")
    local = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(local)


def run_tasks(client, todo: List, out_dir: Path, text_key: str, batch_size: int, model: Optional[str],
              record: Callable[[Dict], None], retries: int = 3) -> None:
    from distributed import as_completed

    futures = [client.submit(_run_on_worker, task, str(out_dir), text_key, batch_size, model,
                             key=f"relations-nlp-{task.key}", retries=retries, pure=False)
               for task in todo]
    for future in as_completed(futures):
        record(future.result())
