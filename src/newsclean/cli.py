"""The ``newsclean`` command: a thin click layer over ``newsclean.batch`` and ``newsclean.clean``."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

import click

from . import __version__, settings
from .batch import iter_tasks, run_tasks
from .errors import OptionsError, OutputError, RunError
from .output import Plan, Sink, plan
from .storage import is_url, is_warc
from .tasks import STDIN, Options, Outcome, Tally, Task


class ExitStatus(IntEnum):
    """The command's exit statuses (documented in the README and in ``--help``)."""

    OK = 0  # every input cleaned
    FAILED = 1  # at least one input failed, or the run could not go on (unwritable output, ...)
    USAGE = 2  # bad or contradictory options: nothing was done
    INTERRUPTED = 130  # SIGINT or SIGTERM: the records written so far are complete
    BROKEN_PIPE = 141  # stdout's reader closed it early (| head), as 128 + SIGPIPE in a shell


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


class _Usage(click.UsageError):
    exit_code = ExitStatus.USAGE


class _Failure(click.ClickException):
    exit_code = ExitStatus.FAILED


def _warn(message: str) -> None:
    click.echo(f"newsclean: warning: {message}", err=True)


@main.command("clean")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option("-o", "--output", "output_arg", type=click.Path(path_type=str),
              help="A folder to mirror the inputs into (an existing folder, a name ending in / or without "
                   "an extension), a .jsonl, .json or .txt file, or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
              help="json (pretty on a terminal), jsonl (one record a line), text (article text only). "
                   "Default: json for one input on a terminal, jsonl otherwise; with -o FILE, its extension.")
@click.option("--compact", is_flag=True, help="One-line JSON even on a terminal or in -o FOLDER.")
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="Treat inputs as HTML or plain text instead of sniffing.")
@click.option("--glob", "globs", multiple=True, help="File name pattern to take in folders (repeatable). "
              f"Default: {' '.join(settings.PAGE_EXTENSIONS)} and their .gz forms, "
              f"{' '.join(g.lstrip('*') for g in settings.WARC_GLOBS)}.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: CPUs for folders, 1 for a single input.")
@click.option("--now", "now_text", default=None, metavar="DATETIME|mtime",
              help="Resolve relative dates ('3 days ago') against this moment, or the file's mtime.")
@click.option("--explain", is_flag=True, help="Add 'removed': every dropped block with its reason.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=settings.TIMEOUT_SECONDS, show_default=True,
              help="Seconds one file may take before it is an error record (its worker is killed and "
                   "replaced; a single input is cleaned in-process and stopped by SIGALRM).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=settings.MAX_BYTES, show_default=True,
              help="Files larger than this are error records.")
@click.option("--skip-existing", is_flag=True,
              help="With -o FOLDER or -o FILE.jsonl: resume, skipping inputs whose record is already written.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors still go to stderr.")
@click.option("--scheduler", default=None, metavar="ADDRESS|local:N",
              help="Run on a Dask cluster (tcp://host:8786), or local:N for N local worker processes; "
                   "needs -o FOLDER, gets OUT/part-NNNNN.jsonl. Inputs must be on storage all workers see.")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help=f"With --scheduler: inputs (files or WARC records) per part file. [default: {settings.PARTITION_SIZE}]")
def clean_command(
    inputs: tuple[str, ...], output_arg: str | None, fmt: str | None, compact: bool, input_format: str,
    globs: tuple[str, ...], jobs: int | None, now_text: str | None, explain: bool, timeout: float,
    max_bytes: int, skip_existing: bool, fail_fast: bool, quiet: bool, scheduler: str | None,
    partition_size: int | None,
) -> None:
    """Clean INPUT files or folders (or '-' for stdin) and print their records.

    Folders are walked recursively in sorted order; hidden files and earlier output folders are
    skipped. Exit status: 0 every input cleaned, 1 at least one failed (or the output could not be
    written), 2 usage error, 130 interrupted, 141 the reader of stdout closed it early (| head).
    """
    inputs = _check_inputs(inputs)
    now, now_mtime = _parse_now(now_text)
    if now_mtime and STDIN in inputs:
        _warn("--now mtime: stdin has no modification time; its relative dates stay unresolved")
    opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                   explain=explain, timeout=timeout)
    if scheduler is not None:  # a Dask cluster does the work (newsclean.distributed)
        sys.exit(_run_distributed(scheduler, inputs, output_arg, fmt, skip_existing, globs, opts,
                                  partition_size, fail_fast, quiet))
    if partition_size is not None:
        raise _Usage("--partition-size applies only with --scheduler")
    # A WARC or a URL (maybe a folder) holds many records: never the single-record output.
    single = len(inputs) == 1 and (inputs[0] == STDIN or not (
        Path(inputs[0]).is_dir() or is_warc(inputs[0]) or is_url(inputs[0])))
    try:
        where = plan(output_arg, fmt, compact, single, _stdout_is_tty())
        if skip_existing and not (where.folder or (where.target is not None and where.fmt == "jsonl")):
            raise OptionsError("--skip-existing needs -o FOLDER or -o FILE.jsonl")
        labels = _root_labels(inputs, where.target) if where.folder and len(inputs) > 1 else None
        _check_not_an_input(where, inputs)
    except OptionsError as exc:
        raise _Usage(str(exc)) from None
    try:
        sink = Sink(where, resume=skip_existing)
    except OSError as exc:
        raise _Usage(f"-o {output_arg}: cannot write there: {exc.strerror or exc}") from None
    tally = Tally()
    tasks: Iterator[Task] = iter_tasks(list(inputs), globs or None, exclude=_outputs(where), tally=tally,
                                       labels=labels)
    if skip_existing:
        tasks = _skip_done(tasks, sink, tally)
    show_bar = not quiet and not single and sys.stderr.isatty()
    total = _count(inputs, globs, where) if show_bar and not skip_existing else None
    code = _run(tasks, opts, jobs or (1 if single else _usable_cpus()), sink, tally,
                _Flags(fail_fast, quiet, single, show_bar), total)
    _warn_empty(tally, globs)
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
@click.option("--timeout", type=click.FloatRange(min=0.1), default=settings.TIMEOUT_SECONDS, show_default=True,
              help="Seconds one file may take before it is an error record.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=settings.MAX_BYTES, show_default=True,
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
        raise _Usage("'-' (stdin) can be given only once")
    now, now_mtime = _parse_now(now_text)
    output = Path(output_arg)
    if output.exists() and not output.is_dir():
        raise _Usage(f"-o {output}: exists and is not a folder")
    try:
        site = ReportSite(output, max_bytes)
    except OSError as exc:
        raise _Usage(f"-o {output}: cannot write there: {exc.strerror or exc}") from None
    opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                   explain=True, timeout=timeout)
    tally = Tally()
    tasks = iter_tasks(list(inputs), globs or None, exclude=[output], tally=tally)
    show_bar = not quiet and sys.stderr.isatty()
    code = _run(tasks, opts, jobs or _usable_cpus(), site, tally, _Flags(fail_fast, quiet, False, show_bar), None)
    _warn_empty(tally, globs)
    sys.exit(code)


def _check_inputs(inputs: tuple[str, ...]) -> tuple[str, ...]:
    if not inputs:
        if sys.stdin is None:
            raise _Usage("no INPUT given and stdin is closed (name files or folders, or pipe a page in)")
        if sys.stdin.isatty():
            raise _Usage("no INPUT given and stdin is a terminal (use '-' or pipe a page in)")
        inputs = (STDIN,)
    if inputs.count(STDIN) > 1:
        raise _Usage("'-' (stdin) can be given only once")
    return inputs


def _stdout_is_tty() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def _root_labels(inputs: tuple[str, ...], out: Path | None) -> list[str]:
    """With several inputs and -o FOLDER, each folder input is mirrored into a subfolder named after
    it (files keep their names); two inputs that would get the same name are refused, so that no
    record can overwrite another."""
    labels: list[str] = []
    owners: dict[str, str] = {}
    for inp in inputs:
        if inp == STDIN:
            name = "stdin"
        elif is_url(inp):
            name = inp.rstrip("/").rsplit("/", 1)[-1] or "input"
        else:
            name = Path(inp).name or Path(inp).resolve().name or "input"
        if name in owners:
            raise OptionsError(f"{owners[name]} and {inp} would both be mirrored into -o {out}/{name}; "
                               "give inputs with distinct names, or clean them in separate runs")
        owners[name] = inp
        labels.append(name if is_url(inp) or Path(inp).is_dir() else "")
    return labels


def _check_not_an_input(where: Plan, inputs: tuple[str, ...]) -> None:
    """-o FOLDER must not be an input folder: its records would be read back by the next run over it."""
    if not where.folder or where.target is None or not where.target.is_dir():
        return
    for inp in inputs:
        if inp != STDIN and not is_url(inp) and Path(inp).is_dir() and os.path.samefile(inp, where.target):
            raise OptionsError(f"-o {where.target} is the input folder {inp}: its records would become "
                               "inputs of the next run; write them to another folder (or inside this one)")


def _outputs(where: Plan) -> list[Path]:
    """Files and folders that are this run's output, never its input (an -o inside an input folder,
    or stdout redirected into one: `newsclean clean scr > scr/all.jsonl`)."""
    paths = [where.target] if where.target is not None else []
    if where.target is None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode):
                paths.append(Path(f"/proc/self/fd/{sys.stdout.fileno()}")
                             if os.path.exists("/proc/self/fd") else Path("/dev/stdout"))
    return paths


def _usable_cpus() -> int:
    """CPUs this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _skip_done(tasks: Iterator[Task], sink: Sink, tally: Tally) -> Iterator[Task]:
    for task in tasks:
        if task.path != STDIN and sink.exists(task.rel, task.source):
            tally.skipped += 1
            continue
        yield task


def _count(inputs: tuple[str, ...], globs: tuple[str, ...], where: Plan) -> int | None:
    """The number of inputs, for the progress bar's total and ETA; None when it is not known
    without reading archives (a WARC holds an unknown number of pages) or listing remote storage."""
    if any(inp != STDIN and is_url(inp) for inp in inputs):
        return None
    n = 0
    for task in iter_tasks(list(inputs), globs or None, exclude=_outputs(where), expand_warc=False):
        if task.path != STDIN and is_warc(task.path):
            return None
        n += 1
    return n


@dataclass(frozen=True)
class _Flags:
    fail_fast: bool
    quiet: bool
    single: bool
    show_bar: bool


def _run(tasks: Iterator[Task], opts: Options, jobs: int, sink: Sink, tally: Tally, flags: _Flags,
         total: int | None) -> int:
    start = time.perf_counter()
    stopper = _Stopper()
    interrupted = broken_pipe = False
    fatal: str | None = None
    progress = _progress(total) if flags.show_bar else None
    # A single input is cleaned in this process (no pool start-up; --timeout by SIGALRM);
    # anything else in worker processes that can be killed and replaced.
    outcomes = run_tasks(tasks, opts, jobs, in_process=flags.single)
    try:
        stopper.install()
        if progress is not None:
            progress.start()
            bar = progress.add_task("cleaning", total=total)
        for outcome in outcomes:
            _record(outcome, sink, tally, stopper)
            if progress is not None:
                progress.update(bar, advance=1)
            if flags.fail_fast and not outcome.ok:
                break
    except (KeyboardInterrupt, _Interrupted):
        interrupted = True
    except BrokenPipeError:  # stdout closed early (`newsclean clean dir | head`): stop quietly
        broken_pipe = True
    except OutputError as exc:  # disk full: nothing more can be written anywhere
        fatal = str(exc)
    except OSError as exc:  # the one output stream failed
        fatal = f"cannot write the output: {exc.strerror or exc}"
    finally:
        outcomes.close()  # stops the workers now, killing any still busy
        if progress is not None:
            progress.stop()
        fatal = _close(sink, interrupted, broken_pipe, fatal)
        stopper.restore()
    if fatal is not None:
        click.echo(f"newsclean: error: {fatal}", err=True)
    if (not flags.quiet and not flags.single) or interrupted:
        _summary(tally, time.perf_counter() - start, interrupted)
    if interrupted:
        return ExitStatus.INTERRUPTED
    if fatal is not None:
        return ExitStatus.FAILED
    if broken_pipe:
        return ExitStatus.BROKEN_PIPE
    return ExitStatus.FAILED if tally.failed else ExitStatus.OK


def _close(sink: Sink, interrupted: bool, broken_pipe: bool, fatal: str | None) -> str | None:
    """Finish the output; returns the fatal error, if closing itself met one (a full disk)."""
    if fatal is None and not broken_pipe:
        try:
            sink.close(complete=not interrupted)
            return None
        except BrokenPipeError:
            broken_pipe = True
        except OSError as exc:
            fatal = f"cannot write the output: {exc.strerror or exc}"
    sink.discard()
    if sink.target is None:
        # stdout is unusable: later flushes (at exit) must not raise again or print a traceback
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return fatal


def _run_distributed(scheduler: str, inputs: tuple[str, ...], out: str | None, fmt: str | None,
                     skip_existing: bool, globs: tuple[str, ...], opts: Options, partition_size: int | None,
                     fail_fast: bool, quiet: bool) -> int:
    """Clean on a Dask cluster (``--scheduler``) into OUT/part-NNNNN.jsonl; returns the exit status."""
    from . import distributed

    try:
        distributed.check_args(scheduler, inputs, out, fmt, skip_existing)
    except OptionsError as exc:
        raise _Usage(str(exc)) from None
    assert out is not None
    partition_size = partition_size or settings.PARTITION_SIZE
    tally = Tally()
    exclude = [] if is_url(out) else [Path(out)]
    tasks = iter_tasks(list(inputs), globs or None, exclude=exclude, tally=tally)
    start = time.perf_counter()
    stopper = _Stopper()
    stopper.install()
    interrupted = False
    parts = distributed.run(tasks, opts, scheduler=scheduler, out=out, partition_size=partition_size,
                            on_warning=_warn)
    try:
        for part in parts:
            tally.files += part.records
            for source, message, kind in part.failures:
                tally.fail(kind)
                click.echo(f"newsclean: error: {_printable(source)}: {message}", err=True)
            if fail_fast and part.failures:
                break
    except (KeyboardInterrupt, _Interrupted):
        interrupted = True
    except RunError as exc:
        raise _Failure(str(exc)) from None
    except OptionsError as exc:  # e.g. Dask not installed
        raise _Usage(str(exc)) from None
    finally:
        parts.close()
        stopper.restore()
    if not quiet or interrupted:
        _summary(tally, time.perf_counter() - start, interrupted)
    _warn_empty(tally, globs)
    if interrupted:
        return ExitStatus.INTERRUPTED
    return ExitStatus.FAILED if tally.failed else ExitStatus.OK


def _record(outcome: Outcome, sink: Sink, tally: Tally, stopper: _Stopper) -> None:
    tally.files += 1
    ok, message, kind = outcome.ok, outcome.message, outcome.kind
    try:
        with stopper.hold():
            sink.write(outcome.record, outcome.task.rel)
    except OutputError:
        raise
    except OSError as exc:
        if not sink.folder or isinstance(exc, BrokenPipeError):
            raise  # the one output stream is gone: nothing more can be written
        ok, message, kind = False, f"cannot write its output: {exc.strerror or exc}", "write"
    if not ok:
        tally.fail(kind)
        click.echo(f"newsclean: error: {_printable(outcome.task.source)}: {message}", err=True)


def _printable(name: str) -> str:
    """A file name on one line: control characters (a newline in a name) escaped."""
    return name if name.isprintable() else name.encode("unicode_escape", "backslashreplace").decode("ascii")


def _progress(total: int | None) -> Any:
    """A progress bar on stderr: with a total and an ETA when the number of inputs is known."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    if total is None:
        return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                        TimeElapsedColumn(), console=console, transient=True)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=True)


def _summary(tally: Tally, seconds: float, interrupted: bool) -> None:
    failed = f"{tally.failed} failed"
    if tally.failed_by_kind:
        failed += " (" + ", ".join(f"{kind} {n}" for kind, n in sorted(tally.failed_by_kind.items())) + ")"
    parts = [f"{tally.files} files", failed]
    if tally.skipped:
        parts.append(f"{tally.skipped} skipped (already written)")
    if tally.unmatched:
        parts.append(f"{tally.unmatched} other files not matching --glob")
    if tally.records_skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(tally.records_skipped.items()))
        parts.append(f"{sum(tally.records_skipped.values())} WARC records skipped ({reasons})")
    parts.append(f"{seconds:.2f} s")
    prefix = "newsclean: interrupted: " if interrupted else "newsclean: "
    click.echo(prefix + ", ".join(parts), err=True)


def _warn_empty(tally: Tally, globs: tuple[str, ...]) -> None:
    """A folder that gave no input at all is most likely a mistake (a wrong --glob): say so."""
    for inp in tally.empty_inputs:
        if inp != STDIN and not is_url(inp) and Path(inp).is_dir():
            patterns = " ".join(globs) if globs else "the default patterns (see --glob)"
            _warn(f"{_printable(inp)}: no file matches {patterns}")
