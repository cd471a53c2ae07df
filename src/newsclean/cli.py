"""The ``newsclean`` command: a thin click layer over ``newsclean.batch`` and ``newsclean.clean``."""

from __future__ import annotations

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
from .output import Sink
from .reading import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Terminated(Exception):
    """Raised in the main process on SIGTERM so that it stops like on Ctrl-C."""


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
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="A folder to mirror the input tree into, or a .jsonl/.json file.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
              help="json (one input, pretty), jsonl (one record a line), text (article text only). "
                   "Default: json for one input, jsonl for several.")
@click.option("--compact", is_flag=True, help="One-line JSON even for a single input.")
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="Treat inputs as HTML or plain text instead of sniffing.")
@click.option("--glob", "globs", multiple=True, help="File name pattern to take in folders (repeatable). "
              "Default: .html .htm .xhtml .shtml .txt .text and their .gz forms.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: CPUs for folders, 1 for a single input.")
@click.option("--now", "now_text", default=None, metavar="DATETIME|mtime",
              help="Resolve relative dates ('3 days ago') against this moment, or the file's mtime.")
@click.option("--explain", is_flag=True, help="Add 'removed': every dropped block with its reason.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one file may take (with --jobs > 1) before it is an error record.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Files larger than this are error records.")
@click.option("--skip-existing", is_flag=True, help="With -o FOLDER: skip inputs whose output already exists.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors still go to stderr.")
def clean_command(
    inputs: tuple[str, ...], output: Path | None, fmt: str | None, compact: bool, input_format: str,
    globs: tuple[str, ...], jobs: int | None, now_text: str | None, explain: bool, timeout: float,
    max_bytes: int, skip_existing: bool, fail_fast: bool, quiet: bool,
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
    single = len(inputs) == 1 and (inputs[0] == STDIN or not Path(inputs[0]).is_dir())
    sink = _make_sink(output, fmt, compact, single)
    if skip_existing and not sink.folder:
        raise click.UsageError("--skip-existing needs -o FOLDER")
    if jobs is None:
        jobs = 1 if single else (os.cpu_count() or 1)
    opts = Options(input_format=input_format, now=now, now_mtime=now_mtime, max_bytes=max_bytes,
                   explain=explain, timeout=timeout)
    tasks: Iterator[Task] = iter_tasks(list(inputs), globs or None)
    tally = Tally()
    if skip_existing:
        tasks = _skip_done(tasks, sink, tally)
    code = _run(tasks, opts, jobs, sink, tally, fail_fast, quiet, single)
    sys.exit(code)


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


def _on_sigterm(signum, frame):  # noqa: ANN001 - signal handler signature
    raise _Terminated()


def _run(tasks: Iterator[Task], opts: Options, jobs: int, sink: Sink, tally: Tally,
         fail_fast: bool, quiet: bool, single: bool) -> int:
    start = time.perf_counter()
    show_bar = not quiet and not single and sys.stderr.isatty()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    interrupted = False
    progress = _progress() if show_bar else None
    try:
        if progress is not None:
            progress.start()
            bar = progress.add_task("cleaning", total=None)
        for outcome in run_tasks(tasks, opts, jobs):
            _record(outcome, sink, tally)
            if progress is not None:
                progress.update(bar, advance=1)
            if fail_fast and not outcome.ok:
                break
    except (KeyboardInterrupt, _Terminated):
        interrupted = True
    finally:
        if progress is not None:
            progress.stop()
        signal.signal(signal.SIGTERM, previous)
        sink.close(complete=not interrupted)
    seconds = time.perf_counter() - start
    if not quiet and not single:
        _summary(tally, seconds, interrupted)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.failed else EXIT_OK


def _record(outcome: Outcome, sink: Sink, tally: Tally) -> None:
    tally.files += 1
    if not outcome.ok:
        tally.failed += 1
        click.echo(f"newsclean: error: {outcome.task.source}: {outcome.message}", err=True)
    sink.write(outcome.record, outcome.task.rel)


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
    parts.append(f"{seconds:.2f} s")
    prefix = "newsclean: interrupted: " if interrupted else "newsclean: "
    click.echo(prefix + ", ".join(parts), err=True)
