"""Local batch runs: finding inputs (folder walks, URL folders, WARC records) and cleaning them,
in this process or in a pool of killable worker processes (``pool``), in input order."""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import stat
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .output import OUTPUT_MARKER
from .settings import INPUT_GLOBS
from .storage import is_url, is_warc, list_url
from .tasks import STDIN, Options, Outcome, Tally, Task, run_inline


def iter_tasks(inputs: list[str], globs: tuple[str, ...] | None, exclude: Iterable[Path] = (),
               tally: Tally | None = None, labels: list[str] | None = None,
               expand_warc: bool = True) -> Iterator[Task]:
    """Yield a task per input file or per HTML page of a WARC file, in sorted order, lazily.

    ``exclude`` names folders never walked into and files never taken (the output folder or file,
    when it lies inside an input). WARC records that are not pages (non-HTML, non-200) and files
    no pattern matches are counted in ``tally``. ``labels``, one per input, prefix the ``rel`` of
    the files found in a folder input, so that several roots mirror into distinct subfolders.
    ``expand_warc`` False yields a WARC file as one task (for counting inputs without reading them).
    """
    on_skip = tally.skip_record if tally is not None else None
    skip = _identities(exclude)
    for i, inp in enumerate(inputs):
        prefix = f"{labels[i]}/" if labels is not None and labels[i] else ""
        found = False
        for task in _iter_input(inp, globs, skip, tally, prefix):
            found = True
            if expand_warc and task.path != STDIN and is_warc(task.path):
                from .warc import html_offsets

                for offset in html_offsets(task.path, on_skip):
                    yield Task(task.path, f"{task.source}#{offset}", f"{task.rel}#{offset}", offset)
            else:
                yield task
        if not found and tally is not None:
            tally.empty_inputs.append(inp)


def _identities(paths: Iterable[Path]) -> set[tuple[int, int]]:
    ids: set[tuple[int, int]] = set()
    for p in paths:
        with contextlib.suppress(OSError):
            st = p.stat()
            ids.add((st.st_dev, st.st_ino))
    return ids


def _iter_input(inp: str, globs: tuple[str, ...] | None, skip: set[tuple[int, int]],
                tally: Tally | None, prefix: str) -> Iterator[Task]:
    matcher = _glob_matcher(globs or INPUT_GLOBS)
    if inp == STDIN:
        yield Task(STDIN, STDIN, "stdin", local=True)
        return
    if is_url(inp):  # fsspec storage: s3://, gcs://, file://, …
        # (a URL naming one file is listed as itself: only a folder's files get the prefix)
        yield from (Task(url, url, prefix + rel if url != inp else rel) for url, rel in list_url(inp, matcher))
        return
    p = Path(inp)
    if p.is_dir():
        unmatched = None
        if tally is not None:
            def unmatched() -> None:
                tally.unmatched += 1
        yield from _walk(p, matcher, skip, unmatched, prefix)
    else:
        # A file named explicitly is always read; errors (missing, unreadable) surface per file.
        yield Task(inp, inp, p.name or "input", local=_only_here(inp))


def _only_here(path: str) -> bool:
    """True for a pipe or device (``<(cmd)`` gives /dev/fd/N): only this process can read it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def _glob_matcher(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fnmatch.translate(p.lower())})" for p in patterns))


def _walk(root: Path, matcher: re.Pattern[str], skip: set[tuple[int, int]],
          unmatched: Callable[[], None] | None, prefix: str = "") -> Iterator[Task]:
    """Depth first with an explicit stack: only the listings on the current path are in memory."""
    seen: set[tuple[int, int]] = set()  # folders already walked: symlink loops, or reached twice
    walk = _Listing(matcher, seen, skip, unmatched)
    stack = [walk(root, "")]
    seen |= skip  # after the root: only an output *inside* an input is left out (an input that is
    # the output folder itself is refused by the CLI)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry[2]:
            stack.append(walk(Path(entry[0]), entry[1]))
        else:
            yield Task(entry[0], entry[0], prefix + entry[1])


@dataclass
class _Listing:
    """Lists one folder of a walk: (path, relative path, is_folder) for its entries to take, sorted."""

    matcher: re.Pattern[str]
    seen: set[tuple[int, int]]
    skip: set[tuple[int, int]]  # output files and folders: never inputs
    unmatched: Callable[[], None] | None

    def __call__(self, folder: Path, rel: str) -> Iterator[tuple[str, str, bool]]:
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in self.seen:
                return iter(())
            self.seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                listed = list(it)
        except PermissionError:
            # An unreadable folder is reported (as its own error record), not silently skipped.
            return iter([(str(folder), rel or folder.name or "input", False)])
        except OSError:
            return iter(())
        if rel and any(e.name == OUTPUT_MARKER for e in listed):
            return iter(())  # an earlier run's output folder
        entries = [e for e in map(self._classify, listed) if e is not None]
        entries.sort()
        return ((os.path.join(folder, name), f"{rel}/{name}" if rel else name, is_dir)
                for name, is_dir in entries)

    def _classify(self, entry: os.DirEntry) -> tuple[str, bool] | None:
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
        if not taken:
            return None
        if not self.matcher.match(entry.name.lower()):
            if self.unmatched is not None:
                self.unmatched()
            return None
        if self.skip and self._is_output(entry):
            return None
        return entry.name, False

    def _is_output(self, entry: os.DirEntry) -> bool:
        inode = entry.inode()
        if not any(ino == inode for _, ino in self.skip):
            return False
        with contextlib.suppress(OSError):
            st = entry.stat()
            return (st.st_dev, st.st_ino) in self.skip
        return False


def run_tasks(tasks: Iterator[Task], opts: Options, jobs: int, *,
              in_process: bool = False) -> Generator[Outcome, None, None]:
    """Clean tasks, yielding outcomes in input order as soon as each is ready.

    ``in_process`` cleans in this process (a single input: no pool start-up), with the per-file
    timeout enforced by SIGALRM. Otherwise ``jobs`` worker processes do the work (even for
    ``jobs == 1``, so that a file that crashes or hangs its worker costs only that file).
    """
    if in_process:
        for task in tasks:
            yield run_inline(task, opts)
        return
    from .pool import WorkerPool  # multiprocessing only when there are workers to start

    pool = WorkerPool(jobs, opts)
    finished = False
    try:
        yield from pool.imap(tasks)
        finished = True
    finally:
        pool.close(graceful=finished)
