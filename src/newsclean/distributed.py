"""Running a batch on a Dask cluster, and reading inputs from fsspec storage (s3://, gcs://, …).

``newsclean clean --scheduler ADDRESS INPUT... -o OUT`` enumerates inputs exactly as a local run
does (``batch.iter_tasks``: files in sorted order, WARC files expanded to one task per HTML
record), cuts that sequence into fixed-size partitions, and has each Dask worker clean one
partition with ``batch.clean_task`` (the local per-file function, hence ``newsclean.clean``)
and write it to ``OUT/part-NNNNN.jsonl``. Partition N holds tasks ``N*size`` to ``(N+1)*size-1``,
so the part files depend on the inputs and the partition size only, never on the cluster, and
concatenating them in name order gives exactly the records a local ``--format jsonl`` run prints.

Workers read inputs and write parts by path: on a real cluster both must be on storage every
worker sees (a shared file system, or object storage named by an fsspec URL). Dask and fsspec
are imported only when used: the core package does not need them.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
import os
import re
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import DecodeError, ReadError, TooLargeError
from .reading import read_error

if TYPE_CHECKING:
    from .batch import Options, Tally, Task

DEFAULT_PARTITION_SIZE = 200
LOCAL_PREFIX = "local:"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")
_PART = re.compile(r"^part-(\d{5,})\.jsonl$")


# --- fsspec storage ----------------------------------------------------------------------------


def is_url(path: str) -> bool:
    """True for an fsspec URL (``scheme://…``); plain paths, even ``C:\\…``, are not URLs."""
    return bool(_URL.match(path))


def _fsspec():  # noqa: ANN202 - the fsspec module
    try:
        import fsspec
    except ImportError:
        raise ReadError("reading a URL needs fsspec (pip install 'newsclean[dask]', or fsspec "
                        "with the protocol's driver, e.g. s3fs)") from None
    return fsspec


def _fs(url: str) -> tuple[Any, str]:
    """(filesystem, path inside it) for a URL; a missing protocol driver is a ReadError."""
    try:
        return _fsspec().core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise ReadError(f"cannot open {url.split('://', 1)[0]}:// URLs: {exc}") from exc


def url_modified(url: str) -> datetime | None:
    """A URL's modification time, or None where its file system does not keep one."""
    fs, path = _fs(url)
    try:
        stamp = fs.modified(path)
    except (NotImplementedError, OSError, ValueError):
        return None
    if not isinstance(stamp, datetime):
        return None
    # Local naive time, as for files on disk (datetime.fromtimestamp).
    return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp


def open_url(url: str) -> IO[bytes]:
    """Open a URL for binary reading (seekable, as fsspec files are)."""
    fs, path = _fs(url)
    try:
        return fs.open(path, "rb")
    except OSError as exc:
        raise read_error(exc) from exc


def read_url(url: str, max_bytes: int) -> bytes:
    """Read a file named by a URL, gunzipping it if it is gzip, refusing more than ``max_bytes``."""
    with open_url(url) as fh:
        try:
            head = fh.read(2)
            fh.seek(0)
            if head == b"\x1f\x8b":
                try:
                    with gzip.GzipFile(fileobj=fh) as gz:
                        data = gz.read(max_bytes + 1)
                except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                    raise DecodeError(f"broken gzip data: {exc}") from exc
            else:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise ReadError(exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def list_url(url: str, matcher: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """(file URL, path relative to ``url``) for a URL folder's matching files, in sorted order.

    Hidden files and folders are skipped as in a local walk. A URL that is not a folder is
    yielded itself (reading it reports any problem as that input's error record).
    """
    try:
        fs, root = _fs(url)
        is_dir = fs.isdir(root)
    except (ReadError, OSError):
        is_dir = False
    if not is_dir:
        yield url, url.rstrip("/").rsplit("/", 1)[-1] or "input"
        return
    root = root.rstrip("/")
    for path in sorted(fs.find(root)):
        rel = path[len(root):].lstrip("/")
        parts = rel.split("/")
        if any(p.startswith(".") for p in parts) or not matcher.match(parts[-1].lower()):
            continue
        yield fs.unstrip_protocol(path), rel


# --- part files --------------------------------------------------------------------------------


def part_name(index: int) -> str:
    """The file name of partition ``index``: ``part-00000.jsonl``, …"""
    return f"part-{index:05d}.jsonl"


@contextlib.contextmanager
def _atomic_part(out: str, index: int) -> Iterator[IO[str]]:
    """A text file that appears as ``out/part-NNNNN.jsonl`` only once completely written.

    The temporary name is unique, so a partition retried on another worker never clashes.
    """
    name = part_name(index)
    tmp_name = f".{name}.{uuid.uuid4().hex}.tmp"
    if is_url(out):
        fs, root = _fs(out)
        tmp, final = f"{root.rstrip('/')}/{tmp_name}", f"{root.rstrip('/')}/{name}"
        try:
            with fs.open(tmp, "w", encoding="utf-8") as fh:
                yield fh
            fs.mv(tmp, final)  # object stores publish a written object whole anyway
        except BaseException:
            with contextlib.suppress(Exception):
                fs.rm(tmp)
            raise
        return
    tmp_path, final_path = os.path.join(out, tmp_name), os.path.join(out, name)
    try:
        with open(tmp_path, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp_path, final_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_path)
        raise


def _write_part(out: str, index: int, records: Iterator[dict[str, Any]]) -> None:
    from .output import dumps

    with _atomic_part(out, index) as fh:
        for record in records:
            fh.write(dumps(record, False) + "\n")


@dataclass(frozen=True)
class PartResult:
    """What a worker reports for one partition: its size and its failures (source, message)."""

    index: int
    records: int
    failures: tuple[tuple[str, str], ...]


def clean_partition(index: int, tasks: list[Task], opts: Options, out: str) -> PartResult:
    """Clean a partition's tasks in order (on a Dask worker) and write ``out/part-NNNNN.jsonl``.

    Each task goes through ``batch.clean_task``, as in a local run, so a bad input becomes an
    error record and never fails the partition.
    """
    from .batch import clean_task

    failures: list[tuple[str, str]] = []

    def records() -> Iterator[dict[str, Any]]:
        for task in tasks:
            outcome = clean_task(task, opts)
            if not outcome.ok:
                failures.append((task.source, outcome.message or ""))
            yield outcome.record

    _write_part(out, index, records())
    return PartResult(index, len(tasks), tuple(failures))


def _crashed_part(index: int, tasks: list[Task], out: str, exc: BaseException) -> PartResult:
    """Write error records for a partition whose Dask task itself failed (e.g. workers killed)."""
    from .article import error_record

    message = " ".join(f"{type(exc).__name__}: {exc}".split())
    _write_part(out, index, (error_record(t.source, "worker-crashed", message) for t in tasks))
    return PartResult(index, len(tasks), tuple((t.source, message) for t in tasks))


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
    """Refuse options a distributed run cannot honour, as usage errors."""
    import click

    if not out:
        raise click.UsageError("--scheduler needs -o FOLDER (or an fsspec URL) for the part files")
    if out.lower().endswith((".json", ".jsonl")) or (not is_url(out) and Path(out).is_file()):
        raise click.UsageError("with --scheduler, -o names a folder: records go to OUT/part-NNNNN.jsonl")
    if fmt not in (None, "jsonl"):
        raise click.UsageError("with --scheduler, records are written as JSON Lines (--format jsonl)")
    if skip_existing:
        raise click.UsageError("--skip-existing does not apply to --scheduler runs")
    if "-" in inputs:
        raise click.UsageError("stdin ('-') cannot be sent to a cluster; name files or folders")
    if scheduler.startswith(LOCAL_PREFIX):
        _local_workers(scheduler)


def _local_workers(scheduler: str) -> int:
    import click

    try:
        n = int(scheduler[len(LOCAL_PREFIX):])
    except ValueError:
        n = 0
    if n < 1:
        raise click.UsageError(f"--scheduler {scheduler}: expected local:N with N >= 1 workers")
    return n


def _connect(scheduler: str) -> tuple[Any, Any]:
    """(client, cluster or None): a LocalCluster of worker processes for ``local:N``."""
    import click

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise click.UsageError("--scheduler needs Dask: pip install 'newsclean[dask]'") from None
    if scheduler.startswith(LOCAL_PREFIX):
        # One thread per worker process: cleaning is CPU-bound Python, threads would share a GIL.
        # The scheduler's HTTP server takes any free loopback port: 8787 may belong to another cluster.
        cluster = LocalCluster(n_workers=_local_workers(scheduler), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _make_out(out: str) -> None:
    if is_url(out):
        fs, root = _fs(out)
        fs.makedirs(root, exist_ok=True)
    else:
        Path(out).mkdir(parents=True, exist_ok=True)


def _remove_stale_parts(out: str, count: int) -> None:
    """Delete part files numbered ``count`` or more, left by an earlier, larger run."""
    if is_url(out):
        fs, root = _fs(out)
        names = [p.rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)]
        remove = fs.rm
        base = root.rstrip("/") + "/"
    else:
        names, remove, base = os.listdir(out), os.unlink, os.path.join(out, "")
    for name in names:
        m = _PART.match(name)
        if m and int(m.group(1)) >= count:
            remove(base + name)


def run(tasks: Iterator[Task], opts: Options, *, scheduler: str, out: str, tally: Tally,
        partition_size: int = DEFAULT_PARTITION_SIZE, fail_fast: bool = False) -> None:
    """Clean ``tasks`` on the Dask cluster at ``scheduler`` into ``out/part-NNNNN.jsonl``.

    ``tally`` counts records and failures; each failure is reported on stderr as in a local
    run, in input order. Partitions are submitted a few at a time, so enumerating a huge input
    never queues it all. Part files of an earlier run beyond this run's last are removed.
    Interrupting (Ctrl-C) cancels the work still queued; finished parts stay.
    """
    from distributed import as_completed

    client, cluster = _connect(scheduler)
    futures: dict[Any, tuple[int, list[Task]]] = {}
    try:
        _check_workers(client)
        _make_out(out)
        threads = sum(client.nthreads().values()) or 1
        window = max(4, 3 * threads)  # enough queued work that no worker idles between parts
        parts = enumerate(_partitions(tasks, partition_size))
        pending = as_completed()
        done: dict[int, PartResult] = {}
        submitted = emitted = 0
        stopped = False

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
                stopped = _report(done.pop(emitted), tally) and fail_fast
                emitted += 1
                if stopped:
                    break
            if stopped:
                break
            submit_more()
        if not stopped:
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


def _check_workers(client: Any) -> None:
    """Fail early, not with a run of error records, when the workers cannot run newsclean."""
    import click

    from . import __version__

    try:
        versions = client.run(_worker_version)
    except Exception as exc:  # noqa: BLE001 - whatever the workers raise, the run cannot go on
        raise click.ClickException(f"the Dask workers cannot import newsclean ({type(exc).__name__}: {exc}); "
                                   "install it where the workers run") from None
    others = sorted({v for v in versions.values() if v != __version__})
    if others:
        click.echo(f"newsclean: warning: workers run newsclean {', '.join(others)}, this is {__version__}; "
                   "records may differ from a local run", err=True)


def _crashed_part_or_stop(index: int, tasks: list[Task], out: str, exc: BaseException) -> PartResult:
    import click

    try:
        return _crashed_part(index, tasks, out, exc)
    except OSError as write_exc:  # the output itself is unwritable: nothing more can be saved
        raise click.ClickException(f"cannot write {part_name(index)} in {out}: {write_exc} "
                                   f"(the partition failed with {type(exc).__name__}: {exc})") from None


def _report(result: PartResult, tally: Tally) -> bool:
    """Count a partition into ``tally`` and print its failures; True if it had any."""
    import click

    tally.files += result.records
    tally.failed += len(result.failures)
    for source, message in result.failures:
        click.echo(f"newsclean: error: {source}: {message}", err=True)
    return bool(result.failures)
