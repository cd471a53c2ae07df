"""The ``newsclean`` command: a thin click layer over ``newsclean.batch`` and ``newsclean.clean``."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import click

from . import __version__
from .batch import STDIN, Options, Outcome, Tally, Task, iter_tasks, run_tasks
from .distributed import is_url
from .output import Sink
from .reading import DEFAULT_MAX_BYTES
from .warc import is_warc

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Interrupted(BaseException):
    """SIGINT or SIGTERM: stop the batch. BaseException, so no ``except Exception`` swallows it."""


class _Stopper:
    """Turns SIGINT/SIGTERM into a clean stop, never in the middle of writing a record.

    The first signal raises ``_Interrupted`` at once, or, inside ``hold()`` (while a record is
    being written), as soon as the write is complete. Later signals are ignored so that the
    clean-up (killing workers, closing the output) cannot itself be interrupted, except while
    still stuck in that write: a second Ctrl-C then stops at once.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self._holding = False
        self._previous: dict[int, object] = {}

    def install(self) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self.signum is not None:
            if self._holding:  # a second signal while stuck writing (a reader that never reads)
                raise _Interrupted()
            return
        self.signum = signum
        if not self._holding:
            raise _Interrupted()

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Defer a stop until the enclosed write is complete."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        if self.signum is not None:
            raise _Interrupted()


def _parse_now(value: str | None) -> tuple[datetime | None, bool]:
    if value is None:
        return None, False
    if value.lower() == "mtime":
        return None, True
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")), False
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time or 'mtime'", param_hint="--now") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def main() -> None:
    """Turn raw scraped news pages into clean, structured articles."""


@main.command("clean")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option("-o", "--output", "output_arg", type=click.Path(path_type=str),
              help="A folder to mirror the input tree into, or a .jsonl/.json file.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
              help="json (one input, pretty), jsonl (one record a line), text (article text only). "
                   "Default: json for one input, jsonl for several.")
@click.option("--compact", is_flag=True, help="One-line JSON even for a single input.")
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="Treat inputs as HTML or plain text instead of sniffing.")
@click.option("--glob", "globs", multiple=True, help="File name pattern to take in folders (repeatable). "
              "Default: .html .htm .xhtml .shtml .txt .text and their .gz forms, .warc, .warc.gz.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: CPUs for folders, 1 for a single input.")
@click.option("--now", "now_text", default=None, metavar="DATETIME|mtime",
              help="Resolve relative dates ('3 days ago') against this moment, or the file's mtime.")
@click.option("--explain", is_flag=True, help="Add 'removed': every dropped block with its reason.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one file may take before it is an error record (its worker is killed and "
                   "replaced; a single input is cleaned in-process and stopped by SIGALRM).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Files larger than this are error records.")
@click.option("--skip-existing", is_flag=True, help="With -o FOLDER: skip inputs whose output already exists.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors still go to stderr.")
@click.option("--scheduler", default=None, metavar="ADDRESS|local:N",
              help="Run on a Dask cluster (tcp://host:8786), or local:N for N local worker processes; "
                   "needs -o FOLDER, gets OUT/part-NNNNN.jsonl. Inputs must be on storage all workers see.")
@click.option("--partition-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="With --scheduler: inputs (files or WARC records) per part file.")
def clean_command(
    inputs: tuple[str, ...], output_arg: str | None, fmt: str | None, compact: bool, input_format: str,
    globs: tuple[str, ...], jobs: int | None, now_text: str | None, explain: bool, timeout: float,
    max_bytes: int, skip_existing: bool, fail_fast: bool, quiet: bool, scheduler: str | None,
    partition_size: int,
) -> None:
    """Clean INPUT files or folders (or '-' for stdin) and print their records.

    Folders are walked recursively in sorted order; hidden files are skipped. Exit status:
    0 every input cleaned, 1 at least one failed, 2 usage error, 130 interrupted.
    """
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and stdin is a terminal (use '-' or pipe a page in)")
        inputs = (STDIN,)
    if inputs.count(STDIN) > 1:
        raise click.UsageError("'-' (stdin) can be given only once")
    now, now_mtime = _parse_now(now_text)
    if scheduler is not None:  # a Dask cluster does the work (newsclean.distributed)
        opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                       explain=explain, timeout=timeout)
        sys.exit(_run_distributed(scheduler, inputs, output_arg, fmt, skip_existing, globs, opts,
                                  partition_size, fail_fast, quiet))
    output = Path(output_arg) if output_arg is not None else None
    # A WARC or a URL (maybe a folder) holds many records: never the single-record output.
    single = len(inputs) == 1 and (inputs[0] == STDIN or not (
        Path(inputs[0]).is_dir() or is_warc(inputs[0]) or is_url(inputs[0])))
    try:
        sink = _make_sink(output, fmt, compact, single)
    except OSError as exc:
        raise click.UsageError(f"-o {output}: cannot write there: {exc.strerror or exc}") from None
    if skip_existing and not sink.folder:
        raise click.UsageError("--skip-existing needs -o FOLDER")
    if jobs is None:
        jobs = 1 if single else _usable_cpus()
    opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                   explain=explain, timeout=timeout)
    tally = Tally()
    tasks: Iterator[Task] = iter_tasks(list(inputs), globs or None, exclude=output if sink.folder else None,
                                       tally=tally)
    if skip_existing:
        tasks = _skip_done(tasks, sink, tally)
    code = _run(tasks, opts, jobs, sink, tally, fail_fast, quiet, single)
    sys.exit(code)


@main.command("report")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str, readable=False))
@click.option("-o", "--output", "output_arg", required=True, type=click.Path(path_type=str),
              help="The folder to write the report into: index.html and pages/.")
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="Treat inputs as HTML or plain text instead of sniffing.")
@click.option("--glob", "globs", multiple=True, help="File name pattern to take in folders (repeatable), as for clean.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes. Default: CPUs.")
@click.option("--now", "now_text", default=None, metavar="DATETIME|mtime", help="As for clean.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one file may take before it is an error record.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Files larger than this are error records.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors still go to stderr.")
def report_command(inputs: tuple[str, ...], output_arg: str, input_format: str, globs: tuple[str, ...],
                   jobs: int | None, now_text: str | None, timeout: float, max_bytes: int, fail_fast: bool,
                   quiet: bool) -> None:
    """Clean INPUT files or folders (or '-') and write a browsable report to -o DIR: an index of the
    inputs (failures and least confident first) and a page per input showing its blocks in page
    order, removed ones marked with their reason. Exit status as for clean."""
    from .report import ReportSite

    if inputs.count(STDIN) > 1:
        raise click.UsageError("'-' (stdin) can be given only once")
    now, now_mtime = _parse_now(now_text)
    output = Path(output_arg)
    if output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: exists and is not a folder")
    try:
        site = ReportSite(output, max_bytes)
    except OSError as exc:
        raise click.UsageError(f"-o {output}: cannot write there: {exc.strerror or exc}") from None
    opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                   explain=True, timeout=timeout)
    tally = Tally()
    tasks = iter_tasks(list(inputs), globs or None, exclude=output, tally=tally)
    sys.exit(_run(tasks, opts, jobs or _usable_cpus(), site, tally, fail_fast, quiet, single=False))


def _usable_cpus() -> int:
    """CPUs this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _make_sink(output: Path | None, fmt: str | None, compact: bool, single: bool) -> Sink:
    if output is None:
        kind = fmt or ("json" if single else "jsonl")
        if kind == "json" and not single:
            kind = "json-array"
        return Sink(kind, pretty=not compact and kind != "jsonl", target=None, folder=False)
    name = output.name.lower()
    if name.endswith(".jsonl") and not output.is_dir():
        return Sink("jsonl", pretty=False, target=output, folder=False)
    if name.endswith(".json") and not output.is_dir():
        kind = "json" if single else "json-array"
        return Sink(kind, pretty=not compact, target=output, folder=False)
    if output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: exists and is not a folder (name a .jsonl/.json file or a folder)")
    return Sink(fmt or "json", pretty=True, target=output, folder=True)


def _skip_done(tasks: Iterator[Task], sink: Sink, tally: Tally) -> Iterator[Task]:
    for task in tasks:
        if task.path != STDIN and sink.output_path(task.rel).exists():
            tally.skipped += 1
            continue
        yield task


def _run(tasks: Iterator[Task], opts: Options, jobs: int, sink: Sink, tally: Tally,
         fail_fast: bool, quiet: bool, single: bool) -> int:
    start = time.perf_counter()
    show_bar = not quiet and not single and sys.stderr.isatty()
    stopper = _Stopper()
    interrupted = broken_pipe = False
    progress = _progress() if show_bar else None
    # A single input is cleaned in this process (no pool start-up; --timeout by SIGALRM);
    # anything else in worker processes that can be killed and replaced.
    outcomes = run_tasks(tasks, opts, jobs, in_process=single)
    try:
        stopper.install()
        if progress is not None:
            progress.start()
            bar = progress.add_task("cleaning", total=None)
        for outcome in outcomes:
            _record(outcome, sink, tally, stopper)
            if progress is not None:
                progress.update(bar, advance=1)
            if fail_fast and not outcome.ok:
                break
    except (KeyboardInterrupt, _Interrupted):
        interrupted = True
    except BrokenPipeError:  # stdout closed early (`newsclean clean dir | head`): stop quietly
        broken_pipe = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        outcomes.close()  # stops the workers now, killing any still busy
        if progress is not None:
            progress.stop()
        with contextlib.suppress(BrokenPipeError):
            sink.close(complete=not interrupted)
        stopper.restore()
    seconds = time.perf_counter() - start
    if (not quiet and not single) or interrupted:
        _summary(tally, seconds, interrupted)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.failed or broken_pipe else EXIT_OK


def _run_distributed(scheduler: str, inputs: tuple[str, ...], out: str | None, fmt: str | None,
                     skip_existing: bool, globs: tuple[str, ...], opts: Options, partition_size: int,
                     fail_fast: bool, quiet: bool) -> int:
    """Clean on a Dask cluster (``--scheduler``) into OUT/part-NNNNN.jsonl; returns the exit status."""
    from . import distributed

    distributed.check_args(scheduler, inputs, out, fmt, skip_existing)
    assert out is not None
    tally = Tally()
    exclude = None if is_url(out) else Path(out)
    tasks = iter_tasks(list(inputs), globs or None, exclude=exclude, tally=tally)
    start = time.perf_counter()
    stopper = _Stopper()
    stopper.install()
    interrupted = False
    try:
        distributed.run(tasks, opts, scheduler=scheduler, out=out, tally=tally,
                        partition_size=partition_size, fail_fast=fail_fast)
    except (KeyboardInterrupt, _Interrupted):
        interrupted = True
    finally:
        stopper.restore()
    if not quiet or interrupted:
        _summary(tally, time.perf_counter() - start, interrupted)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.failed else EXIT_OK


def _record(outcome: Outcome, sink: Sink, tally: Tally, stopper: _Stopper) -> None:
    tally.files += 1
    ok, message = outcome.ok, outcome.message
    try:
        with stopper.hold():
            sink.write(outcome.record, outcome.task.rel)
    except OSError as exc:
        if not sink.folder or isinstance(exc, BrokenPipeError):
            raise  # the one output stream is gone: nothing more can be written
        ok, message = False, f"cannot write its output: {exc.strerror or exc}"
    if not ok:
        tally.failed += 1
        click.echo(f"newsclean: error: {_printable(outcome.task.source)}: {message}", err=True)


def _printable(name: str) -> str:
    """A file name on one line: control characters (a newline in a name) escaped."""
    return name if name.isprintable() else name.encode("unicode_escape", "backslashreplace").decode("ascii")


def _progress():
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                    TimeElapsedColumn(), console=console, transient=True)


def _summary(tally: Tally, seconds: float, interrupted: bool) -> None:
    parts = [f"{tally.files} files", f"{tally.failed} failed"]
    if tally.skipped:
        parts.append(f"{tally.skipped} skipped")
    if tally.records_skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(tally.records_skipped.items()))
        parts.append(f"{sum(tally.records_skipped.values())} WARC records skipped ({reasons})")
    parts.append(f"{seconds:.2f} s")
    prefix = "newsclean: interrupted: " if interrupted else "newsclean: "
    click.echo(prefix + ", ".join(parts), err=True)
