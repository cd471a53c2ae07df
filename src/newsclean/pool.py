"""A pool of killable worker processes cleaning tasks with a per-file timeout, in input order."""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .settings import TASKS_PER_WORKER, WINDOW_PER_JOB
from .tasks import Options, Outcome, Task, clean_task, failed, run_inline, timed_out

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
_PRELOAD = ["newsclean.pool", "lxml.etree", "lxml.html", "readability", "charset_normalizer"]


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

        server: Any = forkserver._forkserver  # type: ignore[attr-defined]  # no public API for this fd
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
        self._window = window or WINDOW_PER_JOB * max(1, jobs)
        self._jobs = max(1, jobs)
        self._workers: list[_Worker] = []  # started on demand: a 3-file folder needs no 64 workers

    def _start(self) -> _Worker:
        ctx: Any = self._ctx  # a forkserver or spawn context (BaseContext does not declare Process)
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child, self._opts), daemon=True,
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
                elif task.local:  # stdin or a pipe: only this process can read it
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
        handles: dict[Any, _Worker] = {}
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
                results[w.job[0]] = timed_out(w.job[1], self._opts)
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
        return failed(task, "worker-crashed", _death(code))

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
