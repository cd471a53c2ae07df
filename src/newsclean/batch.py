"""Batch running: finding inputs, cleaning them in parallel, writing records in order."""

from __future__ import annotations

import contextlib
import fnmatch
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .article import error_record
from .distributed import is_url, list_url, read_url, url_modified
from .errors import NewscleanError
from .reading import DEFAULT_MAX_BYTES, read_path, read_stream
from .warc import WARC_GLOBS, is_warc

DEFAULT_GLOBS = tuple(
    f"*{ext}{gz}" for ext in (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text") for gz in ("", ".gz")
) + WARC_GLOBS
STDIN = "-"

# readability logs through a logger with no handler; without this, logging's last-resort handler
# would print its chatter to stderr, where each failed file must have exactly one line.
logging.getLogger("readability").addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Task:
    """One input to clean: where to read it, how to name it, where its output goes."""

    path: str  # a file path, or "-" for stdin
    source: str  # the record's "source"
    rel: str  # path relative to its input root, for mirrored output
    offset: int | None = None  # a WARC record's offset in ``path``; None for a whole file


@dataclass(frozen=True)
class Options:
    input_format: str = "auto"
    now: datetime | None = None
    now_mtime: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    explain: bool = False
    timeout: float = 60.0


@dataclass
class Outcome:
    task: Task
    record: dict[str, Any]
    ok: bool
    message: str | None = None


@dataclass
class Tally:
    files: int = 0
    failed: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    records_skipped: dict[str, int] = field(default_factory=dict)  # WARC records that are no page, by reason

    def skip_record(self, reason: str) -> None:
        self.records_skipped[reason] = self.records_skipped.get(reason, 0) + 1


def iter_tasks(inputs: list[str], globs: tuple[str, ...] | None, exclude: Path | None = None,
               tally: Tally | None = None) -> Iterator[Task]:
    """Yield a task per input file or per HTML page of a WARC file, in sorted order, lazily.

    ``exclude`` is a folder never walked into (the output folder, when it lies inside an input).
    WARC records that are not pages (non-HTML, non-200) are counted in ``tally``.
    """
    on_skip = tally.skip_record if tally is not None else None
    for task in _iter_inputs(inputs, globs, exclude):
        if task.path != STDIN and is_warc(task.path):
            from .warc import html_offsets

            for offset in html_offsets(task.path, on_skip):
                yield Task(task.path, f"{task.source}#{offset}", f"{task.rel}#{offset}", offset)
        else:
            yield task


def _iter_inputs(inputs: list[str], globs: tuple[str, ...] | None, exclude: Path | None) -> Iterator[Task]:
    matcher = _glob_matcher(globs or DEFAULT_GLOBS)
    skip: set[tuple[int, int]] = set()
    if exclude is not None:
        try:
            st = exclude.stat()
            skip.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    for inp in inputs:
        if inp == STDIN:
            yield Task(STDIN, STDIN, "stdin")
            continue
        if is_url(inp):  # fsspec storage: s3://, gcs://, file://, …
            yield from (Task(url, url, rel) for url, rel in list_url(inp, matcher))
            continue
        p = Path(inp)
        if p.is_dir():
            yield from _walk(p, matcher, skip)
        else:
            # A file named explicitly is always read; errors (missing, unreadable) surface per file.
            yield Task(inp, inp, p.name or "input")


def _glob_matcher(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fnmatch.translate(p.lower())})" for p in patterns))


def _walk(root: Path, matcher: re.Pattern[str], skip: set[tuple[int, int]]) -> Iterator[Task]:
    """Depth first with an explicit stack: only the listings on the current path are in memory."""
    seen: set[tuple[int, int]] = set()  # folders already walked: symlink loops, or reached twice
    stack = [_listing(root, "", matcher, seen)]
    seen |= skip  # after the root: an output folder that is the input folder itself is still read
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry[2]:
            stack.append(_listing(Path(entry[0]), entry[1], matcher, seen))
        else:
            yield Task(entry[0], entry[0], entry[1])


def _listing(folder: Path, rel: str, matcher: re.Pattern[str],
             seen: set[tuple[int, int]]) -> Iterator[tuple[str, str, bool]]:
    """(path, relative path, is_folder) for the folder's visible entries, sorted by name."""
    try:
        st = folder.stat()
        if (st.st_dev, st.st_ino) in seen:
            return iter(())
        seen.add((st.st_dev, st.st_ino))
        with os.scandir(folder) as it:
            entries = [e for e in (_classify(entry, matcher) for entry in it) if e is not None]
    except PermissionError:
        # An unreadable folder is reported (as its own error record), not silently skipped.
        return iter([(str(folder), rel or folder.name or "input", False)])
    except OSError:
        return iter(())
    entries.sort()
    return ((os.path.join(folder, name), f"{rel}/{name}" if rel else name, is_dir) for name, is_dir in entries)


def _classify(entry: os.DirEntry, matcher: re.Pattern[str]) -> tuple[str, bool] | None:
    """(name, is_folder) for an entry to take, None for one to leave."""
    if entry.name.startswith("."):
        return None
    try:
        if entry.is_dir():
            return entry.name, True
        taken = entry.is_file() or entry.is_symlink()  # a broken symlink gets an error record
    except OSError:
        taken = True  # a symlink loop: reading it gives a clear error record
    # FIFOs, sockets and devices are never scrapes (and opening a FIFO would block).
    if taken and matcher.match(entry.name.lower()):
        return entry.name, False
    return None


def clean_task(task: Task, opts: Options) -> Outcome:
    """Clean one input; never raises for a bad input, returns an error record instead."""
    from .core import clean

    try:
        if task.offset is not None:  # one page of a WARC archive
            from .warc import clean_record

            article = clean_record(task.path, task.offset, opts, task.source)
            return Outcome(task, article.to_dict(explain=opts.explain), True)
        data = _read(task, opts)
        if _TEST_HOOKS:
            _test_hook(data)
        now = opts.now
        if opts.now_mtime and task.path != STDIN:
            now = _modified(task.path)
        article = clean(data, input_format=opts.input_format, now=now, source=task.source)
        return Outcome(task, article.to_dict(explain=opts.explain), True)
    except NewscleanError as exc:
        return _failed(task, exc.kind, str(exc))
    except RecursionError:
        return _failed(task, "too-deep", "markup nested too deeply to parse")
    except MemoryError:
        return _failed(task, "memory", "out of memory while cleaning")
    except Exception as exc:  # noqa: BLE001 - one bad file must never abort a batch
        return _failed(task, "internal", f"{type(exc).__name__}: {exc}")


def _modified(path: str) -> datetime | None:
    """The input's modification time for ``--now mtime`` (None where the store cannot tell)."""
    if is_url(path):
        return url_modified(path)
    return datetime.fromtimestamp(os.stat(path).st_mtime)


def _read(task: Task, opts: Options) -> bytes:
    if task.path == STDIN:
        return read_stream(sys.stdin.buffer, opts.max_bytes)
    if is_url(task.path):
        return read_url(task.path, opts.max_bytes)
    return read_path(Path(task.path), opts.max_bytes)


_MAX_MESSAGE = 300  # an exception's text can quote a whole page: an error line stays a line


def _failed(task: Task, kind: str, message: str) -> Outcome:
    one_line = " ".join(message.split())
    if len(one_line) > _MAX_MESSAGE:
        one_line = one_line[: _MAX_MESSAGE - 1] + "…"
    return Outcome(task, error_record(task.source, kind, one_line), False, one_line)


def run_tasks(tasks: Iterator[Task], opts: Options, jobs: int, *, in_process: bool = False) -> Iterator[Outcome]:
    """Clean tasks, yielding outcomes in input order as soon as each is ready.

    ``in_process`` cleans in this process (a single input: no pool start-up), with the per-file
    timeout enforced by SIGALRM. Otherwise ``jobs`` worker processes do the work (even for
    ``jobs == 1``, so that a file that crashes or hangs its worker costs only that file).
    """
    if in_process:
        for task in tasks:
            yield run_inline(task, opts)
        return
    pool = WorkerPool(jobs, opts)
    finished = False
    try:
        yield from pool.imap(tasks)
        finished = True
    finally:
        pool.close(graceful=finished)


class _Alarm(BaseException):
    """SIGALRM fired: BaseException so that no library's ``except Exception`` swallows it."""


def _on_alarm(signum: int, frame: object) -> None:
    raise _Alarm()


def run_inline(task: Task, opts: Options) -> Outcome:
    """Clean one task in this process, timing out with SIGALRM where signals allow it.

    SIGALRM interrupts Python code and blocking calls, but not a long computation inside a C
    extension; only a worker process (the pool) can be killed in every case.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return clean_task(task, opts)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, opts.timeout)
    try:
        return clean_task(task, opts)
    except _Alarm:
        return _timed_out(task, opts)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _timed_out(task: Task, opts: Options) -> Outcome:
    return _failed(task, "timeout", f"took longer than --timeout ({opts.timeout:g} s); stopped")


# --- the worker pool ---------------------------------------------------------------------------
# concurrent.futures cannot kill a hung task, and one crashed worker breaks its whole pool, so
# the pool is built here: one pipe per worker, so the parent always knows which file a worker
# holds, and can kill and replace that worker alone.
#
# Start method: "forkserver". Workers fork from a small single-threaded server that has already
# imported the parsers (preload), so starting or replacing a worker costs a fork, not an
# interpreter start and imports ("spawn"). Plain "fork" would be as cheap but forks the main
# process, which may run threads (the progress bar, a scheduler), and that can deadlock a child.

# Only the parsers and this module: the forkserver survives a failing preload only for an
# ImportError, so the extractors are imported by each worker on first use instead, where any
# error becomes an error record.
_PRELOAD = ["newsclean.batch", "lxml.etree", "lxml.html", "readability", "charset_normalizer"]
# A worker is replaced after this many files: parser caches and heap fragmentation then cannot
# make memory creep over a run of hundreds of thousands of files.
TASKS_PER_WORKER = 1000


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _worker_main(conn: multiprocessing.connection.Connection, opts: Options) -> None:
    """A worker: clean each task received, send back its outcome; ``None`` or EOF ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(clean_task(task, opts))
        except OSError:  # the parent is gone
            return


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when its parent (the fork server) ends.

    The fork server exits when every holder of its "alive" pipe is gone: the main process and,
    by multiprocessing's design, each worker, which inherits a copy. A worker does not start
    processes, so it closes its copy; then a main process killed even by SIGKILL takes the fork
    server with it, and the server the workers, including one stuck on a hanging input.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes
        from multiprocessing import forkserver

        server = forkserver._forkserver  # noqa: SLF001 - no public API for this fd
        if getattr(server, "_forkserver_alive_fd", None) is not None:
            os.close(server._forkserver_alive_fd)
            server._forkserver_alive_fd = None
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    job: tuple[int, Task, float] | None = None  # (index, task, deadline)
    done: int = 0


class WorkerPool:
    """``jobs`` killable worker processes cleaning tasks with a per-file timeout, in order."""

    def __init__(self, jobs: int, opts: Options, window: int | None = None) -> None:
        self._ctx = _context()
        self._opts = opts
        # Tasks in flight or finished but not yet yielded: bounds memory whatever the folder size.
        self._window = window or max(8, 8 * jobs)
        self._jobs = max(1, jobs)
        self._workers: list[_Worker] = []  # started on demand: a 3-file folder needs no 64 workers

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self._opts), daemon=True,
                                 name="newsclean-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def imap(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        """Outcomes in the order of ``tasks``; each as soon as it and all before it are done."""
        results: dict[int, Outcome] = {}
        tasks = iter(tasks)
        sent = emitted = 0
        exhausted = False
        while True:
            while not exhausted and sent < emitted + self._window and self._can_take():
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                elif task.path == STDIN:  # stdin belongs to this process
                    results[sent] = run_inline(task, self._opts)
                    sent += 1
                else:
                    self._assign(self._idle(), sent, task)
                    sent += 1
            while emitted in results:
                yield results.pop(emitted)
                emitted += 1
            if exhausted and emitted == sent:
                return
            self._wait(results)

    def _can_take(self) -> bool:
        return len(self._workers) < self._jobs or any(w.job is None for w in self._workers)

    def _idle(self) -> _Worker:
        for w in self._workers:
            if w.job is None:
                return w
        self._workers.append(self._start())
        return self._workers[-1]

    def _assign(self, worker: _Worker, index: int, task: Task) -> None:
        worker.job = (index, task, time.monotonic() + self._opts.timeout)
        # If the worker died idle, the send fails and its sentinel reports the death for this task.
        with contextlib.suppress(OSError):
            worker.conn.send(task)

    def _wait(self, results: dict[int, Outcome]) -> None:
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return
        handles: dict[object, _Worker] = {}
        for w in busy:
            handles[w.conn] = w
            handles[w.process.sentinel] = w
        deadline = min(w.job[2] for w in busy if w.job is not None)
        ready = multiprocessing.connection.wait(list(handles), max(0.0, deadline - time.monotonic()))
        for w in {handles[r] for r in ready}:
            if w.job is not None:
                index, task, _ = w.job
                results[index] = self._receive(w, task)
        now = time.monotonic()
        for w in busy:
            if w.job is not None and w.job[2] <= now:
                results[w.job[0]] = _timed_out(w.job[1], self._opts)
                self._replace(w)

    def _receive(self, worker: _Worker, task: Task) -> Outcome:
        try:
            if worker.conn.poll():
                outcome = worker.conn.recv()
                worker.job = None
                worker.done += 1
                if worker.done >= TASKS_PER_WORKER:
                    self._replace(worker, graceful=True)
                return outcome
        except (EOFError, OSError):
            pass
        # The worker's process ended without an answer: the input it held crashed it.
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        self._replace(worker)
        return _failed(task, "worker-crashed", _death(code))

    def _replace(self, worker: _Worker, graceful: bool = False) -> None:
        self._stop(worker, graceful)
        fresh = self._start()
        worker.process, worker.conn, worker.job, worker.done = fresh.process, fresh.conn, None, 0

    @staticmethod
    def _stop(worker: _Worker, graceful: bool) -> None:
        if graceful and worker.job is None:
            try:
                worker.conn.send(None)
            except OSError:
                graceful = False
        if not graceful:
            worker.process.kill()  # SIGKILL: a worker hung inside C code ignores anything gentler
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
        worker.conn.close()

    def close(self, graceful: bool = True) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones (or all, if not graceful) killed."""
        for w in self._workers:
            if graceful and w.job is None:
                with contextlib.suppress(OSError):
                    w.conn.send(None)
            else:
                w.process.kill()
        for w in self._workers:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join(timeout=5)
            w.conn.close()
        self._workers = []


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return f"worker process died on this input (signal {name})"
    return f"worker process exited on this input (status {exitcode})"


# --- test hooks ----------------------------------------------------------------------------------
# Only when NEWSCLEAN_TEST_HOOKS=1 is set (the test suite does, for subprocesses it starts): a file
# whose content starts with "newsclean-test-hook: hang|crash|sleep=SECONDS" makes the cleaner
# hang, kill its own process with SIGSEGV, or sleep. Real hangs and segfaults cannot be produced on
# demand, and the recovery paths must be tested through the real command.
_TEST_HOOKS = os.environ.get("NEWSCLEAN_TEST_HOOKS") == "1"
_HOOK = re.compile(rb"newsclean-test-hook: (hang|crash|sleep=([0-9.]+))")


def _test_hook(data: bytes) -> None:
    m = _HOOK.match(data)
    if m is None:
        return
    if m.group(1) == b"hang":
        while True:
            time.sleep(1)
    elif m.group(1) == b"crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    else:
        time.sleep(float(m.group(2)))
