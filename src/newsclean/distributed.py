"""Running a batch on a Dask cluster (``--scheduler``); storage access lives in ``storage``.

``newsclean clean --scheduler ADDRESS INPUT... -o OUT`` enumerates inputs exactly as a local run
does (``batch.iter_tasks``: files in sorted order, WARC files expanded to one task per HTML
record), cuts that sequence into fixed-size partitions, and has each Dask worker clean one
partition with ``tasks.clean_task`` (the local per-file function, hence ``newsclean.clean``)
and write it to ``OUT/part-NNNNN.jsonl``. Partition N holds tasks ``N*size`` to ``(N+1)*size-1``,
so the part files depend on the inputs and the partition size only, never on the cluster, and
concatenating them in name order gives exactly the records a local ``--format jsonl`` run prints.

Workers read inputs and write parts by path: on a real cluster both must be on storage every
worker sees (a shared file system, or object storage named by an fsspec URL). Dask and fsspec
are imported only when used: the core package does not need them. Nothing here prints or
exits: problems are raised as ``OptionsError`` / ``RunError`` and results returned, for the CLI
to report.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import OptionsError, RunError
from .output import encode_record
from .settings import PARTITION_SIZE, SCHEDULER_CONNECT_SECONDS
from .storage import atomic_open, is_url, url_fs
from .tasks import STDIN, Options, Task, clean_task

LOCAL_PREFIX = "local:"
_PART = re.compile(r"^part-(\d{5,})\.jsonl$")


# --- part files --------------------------------------------------------------------------------


def part_name(index: int) -> str:
    """The file name of partition ``index``: ``part-00000.jsonl``, …"""
    return f"part-{index:05d}.jsonl"


def _write_part(out: str, index: int, records: Iterator[dict[str, Any]]) -> None:
    """Write ``out/part-NNNNN.jsonl``, which appears only once complete (a retried partition never clashes)."""
    with atomic_open(f"{out.rstrip('/')}/{part_name(index)}") as fh:
        for record in records:
            fh.write(encode_record(record, False) + b"\n")


@dataclass(frozen=True)
class PartResult:
    """What a worker reports for one partition: its size and its failures (source, message, error type)."""

    index: int
    records: int
    failures: tuple[tuple[str, str, str], ...]


def clean_partition(index: int, tasks: list[Task], opts: Options, out: str) -> PartResult:
    """Clean a partition's tasks in order (on a Dask worker) and write ``out/part-NNNNN.jsonl``.

    Each task goes through ``tasks.clean_task``, as in a local run, so a bad input becomes an
    error record and never fails the partition.
    """
    failures: list[tuple[str, str, str]] = []

    def records() -> Iterator[dict[str, Any]]:
        for task in tasks:
            outcome = clean_task(task, opts)
            if not outcome.ok:
                failures.append((task.source, outcome.message or "", outcome.kind or "error"))
            yield outcome.record

    _write_part(out, index, records())
    return PartResult(index, len(tasks), tuple(failures))


def _crashed_part(index: int, tasks: list[Task], out: str, exc: BaseException) -> PartResult:
    """Write error records for a partition whose Dask task itself failed (e.g. workers killed)."""
    from .article import error_record

    message = " ".join(f"{type(exc).__name__}: {exc}".split())
    _write_part(out, index, (error_record(t.source, "worker-crashed", message) for t in tasks))
    return PartResult(index, len(tasks), tuple((t.source, message, "worker-crashed") for t in tasks))


def _partitions(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- the driver ----------------------------------------------------------------------------------


def check_args(scheduler: str, inputs: tuple[str, ...], out: str | None, fmt: str | None,
               skip_existing: bool) -> None:
    """Refuse options a distributed run cannot honour (``OptionsError``)."""
    if not out:
        raise OptionsError("--scheduler needs -o FOLDER (or an fsspec URL) for the part files")
    if out.lower().endswith((".json", ".jsonl")) or (not is_url(out) and Path(out).is_file()):
        raise OptionsError("with --scheduler, -o names a folder: records go to OUT/part-NNNNN.jsonl")
    if fmt not in (None, "jsonl"):
        raise OptionsError("with --scheduler, records are written as JSON Lines (--format jsonl)")
    if skip_existing:
        raise OptionsError("--skip-existing does not apply to --scheduler runs")
    if STDIN in inputs:
        raise OptionsError("stdin ('-') cannot be sent to a cluster; name files or folders")
    if scheduler.startswith(LOCAL_PREFIX):
        _local_workers(scheduler)


def _local_workers(scheduler: str) -> int:
    try:
        n = int(scheduler[len(LOCAL_PREFIX):])
    except ValueError:
        n = 0
    if n < 1:
        raise OptionsError(f"--scheduler {scheduler}: expected local:N with N >= 1 workers")
    return n


def _connect(scheduler: str) -> tuple[Any, Any]:
    """(client, cluster or None): a LocalCluster of worker processes for ``local:N``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise OptionsError("--scheduler needs Dask: pip install 'newsclean[dask]'") from None
    if scheduler.startswith(LOCAL_PREFIX):
        # One thread per worker process: cleaning is CPU-bound Python, threads would share a GIL.
        # The scheduler's HTTP server takes any free loopback port: 8787 may belong to another cluster.
        cluster = LocalCluster(n_workers=_local_workers(scheduler), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
        return Client(cluster), cluster
    _check_reachable(scheduler)
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _check_reachable(scheduler: str) -> None:
    """Fail in seconds, not after distributed's 20 s of retries, when nothing listens at a TCP address."""
    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    if parts.scheme not in ("tcp", "tls") or not parts.hostname:
        return  # another transport (inproc://, ucx://): let distributed judge
    try:
        port = parts.port or 8786
    except ValueError:
        raise OptionsError(f"--scheduler {scheduler}: not a valid address") from None
    try:
        socket.create_connection((parts.hostname, port), timeout=SCHEDULER_CONNECT_SECONDS).close()
    except OSError as exc:
        why = "timed out" if isinstance(exc, TimeoutError) else (exc.strerror or str(exc))
        raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {why}") from None


def _make_out(out: str) -> None:
    if is_url(out):
        fs, root = url_fs(out)
        fs.makedirs(root, exist_ok=True)
    else:
        Path(out).mkdir(parents=True, exist_ok=True)


def _remove_stale_parts(out: str, count: int) -> None:
    """Delete part files numbered ``count`` or more, left by an earlier, larger run."""
    if is_url(out):
        fs, root = url_fs(out)
        names = [p.rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)]
        remove = fs.rm
        base = root.rstrip("/") + "/"
    else:
        names, remove, base = os.listdir(out), os.unlink, os.path.join(out, "")
    for name in names:
        m = _PART.match(name)
        if m and int(m.group(1)) >= count:
            remove(base + name)


def run(tasks: Iterator[Task], opts: Options, *, scheduler: str, out: str,
        partition_size: int = PARTITION_SIZE, on_warning: Callable[[str], None] | None = None,
        ) -> Generator[PartResult, None, None]:
    """Clean ``tasks`` on the Dask cluster at ``scheduler`` into ``out/part-NNNNN.jsonl``.

    Yields each partition's result in partition order (its size and failures, for the caller to
    count and report). Partitions are submitted a few at a time, so enumerating a huge input
    never queues it all. When the caller reads to the end, part files of an earlier run beyond
    this run's last are removed; when it stops early (fail-fast, Ctrl-C), the work still queued
    is cancelled and finished parts stay. Raises ``RunError`` when the cluster cannot be used.
    """
    from distributed import as_completed

    client, cluster = _connect(scheduler)
    futures: dict[Any, tuple[int, list[Task]]] = {}
    try:
        _check_workers(client, on_warning)
        _make_out(out)
        threads = sum(client.nthreads().values()) or 1
        window = max(4, 3 * threads)  # enough queued work that no worker idles between parts
        parts = enumerate(_partitions(tasks, partition_size))
        pending = as_completed()
        done: dict[int, PartResult] = {}
        submitted = emitted = 0

        def submit_more() -> None:
            nonlocal submitted
            while submitted - emitted < window:
                nxt = next(parts, None)
                if nxt is None:
                    return
                index, chunk = nxt
                fut = client.submit(clean_partition, index, chunk, opts, out, pure=False,
                                    key=f"newsclean-{part_name(index)}-{uuid.uuid4().hex[:8]}")
                futures[fut] = (index, chunk)
                pending.add(fut)
                submitted += 1

        submit_more()
        for fut in pending:
            index, chunk = futures.pop(fut)
            try:
                done[index] = fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost partition becomes error records
                done[index] = _crashed_part_or_stop(index, chunk, out, exc)
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            submit_more()
        _remove_stale_parts(out, submitted)
    finally:
        for fut in futures:
            fut.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _worker_version() -> str:
    from . import __version__

    return __version__


def _check_workers(client: Any, on_warning: Callable[[str], None] | None) -> None:
    """Fail early, not with a run of error records, when the workers cannot run newsclean."""
    from . import __version__

    try:
        versions = client.run(_worker_version)
    except Exception as exc:  # noqa: BLE001 - whatever the workers raise, the run cannot go on
        raise RunError(f"the Dask workers cannot import newsclean ({type(exc).__name__}: {exc}); "
                       "install it where the workers run") from None
    others = sorted({v for v in versions.values() if v != __version__})
    if others and on_warning is not None:
        on_warning(f"workers run newsclean {', '.join(others)}, this is {__version__}; "
                   "records may differ from a local run")


def _crashed_part_or_stop(index: int, tasks: list[Task], out: str, exc: BaseException) -> PartResult:
    try:
        return _crashed_part(index, tasks, out, exc)
    except OSError as write_exc:  # the output itself is unwritable: nothing more can be saved
        raise RunError(f"cannot write {part_name(index)} in {out}: {write_exc} "
                       f"(the partition failed with {type(exc).__name__}: {exc})") from None
