"""Batch running: finding inputs, cleaning them in parallel, writing records in order."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .article import error_record
from .errors import NewscleanError
from .reading import DEFAULT_MAX_BYTES, read_path

DEFAULT_GLOBS = tuple(
    f"*{ext}{gz}" for ext in (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text") for gz in ("", ".gz")
)
STDIN = "-"


@dataclass(frozen=True)
class Task:
    """One input to clean: where to read it, how to name it, where its output goes."""

    path: str  # a file path, or "-" for stdin
    source: str  # the record's "source"
    rel: str  # path relative to its input root, for mirrored output


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


def iter_tasks(inputs: list[str], globs: tuple[str, ...] | None) -> Iterator[Task]:
    """Yield a task per input file, folders walked in sorted order, lazily."""
    patterns = globs or DEFAULT_GLOBS
    for inp in inputs:
        if inp == STDIN:
            yield Task(STDIN, STDIN, "stdin")
            continue
        p = Path(inp)
        if p.is_dir():
            yield from _walk(p, patterns)
        else:
            # A file named explicitly is always read; errors (missing, unreadable) surface per file.
            yield Task(inp, inp, p.name or "input")


def _walk(root: Path, patterns: tuple[str, ...]) -> Iterator[Task]:
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path, rel: str) -> Iterator[Task]:
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen:  # a symlink loop, or the same folder reached twice
                return
            seen.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(Path(entry.path), child_rel)
            elif any(fnmatch.fnmatch(entry.name.lower(), pat.lower()) for pat in patterns):
                yield Task(entry.path, entry.path, child_rel)

    yield from visit(root, "")


def clean_task(task: Task, opts: Options) -> Outcome:
    """Clean one input; never raises for a bad input, returns an error record instead."""
    from .core import clean

    try:
        data = _read(task, opts)
        now = opts.now
        if opts.now_mtime and task.path != STDIN:
            now = datetime.fromtimestamp(os.stat(task.path).st_mtime)
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


def _read(task: Task, opts: Options) -> bytes:
    if task.path == STDIN:
        data = sys.stdin.buffer.read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            from .errors import TooLargeError

            raise TooLargeError(f"larger than --max-bytes ({opts.max_bytes} bytes)")
        return data
    return read_path(Path(task.path), opts.max_bytes)


def _failed(task: Task, kind: str, message: str) -> Outcome:
    one_line = " ".join(message.split())
    return Outcome(task, error_record(task.source, kind, one_line), False, one_line)


def run_tasks(tasks: Iterator[Task], opts: Options, jobs: int) -> Iterator[Outcome]:
    """Clean tasks, ``jobs`` at a time in worker processes, yielding outcomes in input order."""
    if jobs <= 1:
        for task in tasks:
            yield clean_task(task, opts)
        return
    window = jobs * 4  # bounded in-flight work keeps memory flat on huge folders
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for task in tasks:
            if task.path == STDIN:  # stdin belongs to this process
                pending.append((task, None))
            else:
                pending.append((task, pool.submit(clean_task, task, opts)))
            while len(pending) >= window:
                yield _collect(*pending.popleft(), opts)
        while pending:
            yield _collect(*pending.popleft(), opts)


def _collect(task: Task, future, opts: Options) -> Outcome:
    if future is None:
        return clean_task(task, opts)
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker is one file's failure
        return _failed(task, "worker-crashed", f"{type(exc).__name__}: {exc}")
