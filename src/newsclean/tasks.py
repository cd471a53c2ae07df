"""One unit of work: a ``Task`` (a file, stdin, a URL or one WARC record) cleaned into an ``Outcome``.

``clean_task`` is what every runner calls (in process, in a worker of the local pool, on a Dask
worker), so a record does not depend on where it was made. It never raises for a bad input: the
input gets an error record instead.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import NewscleanError
from .reading import read_path, read_stream
from .settings import MAX_BYTES, MAX_MESSAGE_CHARS, TIMEOUT_SECONDS
from .storage import is_url, read_url, url_modified

if TYPE_CHECKING:
    from .article import Article

STDIN = "-"


@dataclass(frozen=True)
class Task:
    """One input to clean: where to read it, how to name it, where its output goes."""

    path: str  # a file path, or "-" for stdin
    source: str  # the record's "source"
    rel: str  # path relative to its input root, for mirrored output
    offset: int | None = None  # a WARC record's offset in ``path``; None for a whole file
    # Read by the main process, not a worker: stdin, a pipe or a process substitution (/dev/fd/N)
    # exists only there.
    local: bool = False


@dataclass(frozen=True)
class Options:
    """How each input is cleaned (the same for every input of a run)."""

    input_format: str = "auto"
    now: datetime | None = None
    now_mtime: bool = False
    max_bytes: int = MAX_BYTES
    explain: bool = False
    timeout: float = TIMEOUT_SECONDS


@dataclass
class Outcome:
    """A task's record; ``ok`` False for an error record, with its one-line message and kind."""

    task: Task
    record: dict[str, Any]
    ok: bool
    message: str | None = None
    kind: str | None = None


@dataclass
class Tally:
    """What a run did, for its closing summary."""

    files: int = 0
    failed: int = 0
    skipped: int = 0  # inputs whose output already exists (--skip-existing)
    unmatched: int = 0  # files in walked folders that no --glob pattern matches
    failed_by_kind: dict[str, int] = field(default_factory=dict)
    empty_inputs: list[str] = field(default_factory=list)  # inputs (folders) that gave no task at all
    records_skipped: dict[str, int] = field(default_factory=dict)  # WARC records that are no page, by reason

    def skip_record(self, reason: str) -> None:
        """Count a WARC record that is not a page (non-HTML, non-200)."""
        self.records_skipped[reason] = self.records_skipped.get(reason, 0) + 1

    def fail(self, kind: str | None) -> None:
        """Count a failed input, by its error type."""
        self.failed += 1
        key = kind or "error"
        self.failed_by_kind[key] = self.failed_by_kind.get(key, 0) + 1


def clean_task(task: Task, opts: Options) -> Outcome:
    """Clean one input; never raises for a bad input, returns an error record instead."""
    from .core import clean

    try:
        if task.offset is not None:  # one page of a WARC archive
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
        return failed(task, exc.kind, str(exc))
    except RecursionError:
        return failed(task, "too-deep", "markup nested too deeply to parse")
    except MemoryError:
        return failed(task, "memory", "out of memory while cleaning")
    except Exception as exc:  # noqa: BLE001 - one bad file must never abort a batch
        return failed(task, "internal", f"{type(exc).__name__}: {exc}")


def clean_record(path: str, offset: int, opts: Options, source: str) -> Article:
    """Clean the HTML page stored in the WARC record at ``offset`` of ``path``; url is WARC-Target-URI.

    With ``--now mtime`` relative dates resolve against the record's WARC-Date (when the page
    was fetched), the archive's counterpart of a saved file's modification time.
    """
    from .core import clean
    from .warc import read_page

    page = read_page(path, offset, opts.max_bytes)
    now = page.captured if opts.now_mtime else opts.now
    article = clean(page.data, input_format=opts.input_format, url=page.url, now=now, source=source,
                    charset_hint=page.charset)
    if page.url:  # the address the page was fetched from, as the WARC records it, wins over a canonical link
        article.url = page.url
    return article


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


def failed(task: Task, kind: str, message: str) -> Outcome:
    """The error outcome of ``task``: its message on one line, cut to a readable length."""
    from .article import error_record

    one_line = " ".join(message.split())
    if len(one_line) > MAX_MESSAGE_CHARS:
        one_line = one_line[: MAX_MESSAGE_CHARS - 1] + "…"
    return Outcome(task, error_record(task.source, kind, one_line), False, one_line, kind)


def timed_out(task: Task, opts: Options) -> Outcome:
    """The error outcome of a task stopped by ``--timeout``."""
    return failed(task, "timeout", f"took longer than --timeout ({opts.timeout:g} s); stopped")


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
        return timed_out(task, opts)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
