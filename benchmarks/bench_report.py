"""Report benchmark: ``newsclean report`` time against ``newsclean clean`` on the dev folders.

For each folder, runs (best of ``--repeat``, wall-clock seconds, the installed ``newsclean``):

    newsclean clean FOLDER --format jsonl -q -j J > /dev/null            (clean)
    newsclean clean FOLDER --format jsonl --explain -q -j J > /dev/null  (clean --explain)
    newsclean report FOLDER -o TMP -q -j J                               (report)

and prints the ratio report / clean, in wall-clock time and in CPU time (the command and its
workers: steadier than wall-clock time on a shared machine). ``--rows N`` also times a report of N synthetic inputs (the
dev records repeated, as stdin records so no input is read again): writing its pages and index,
and loading its first index page in headless Chromium (``--dump-dom``), the "opens in a browser
in a few seconds" check for large batches.

    python benchmarks/bench_report.py                          # the default dev folders, -j 2
    python benchmarks/bench_report.py /work/shared/dev/sh_dev/html --repeat 1 --rows 20000

Figures (2026-11-30, 2 cores shared with other jobs, load average 8-9, so wall-clock times are noisy;
``python benchmarks/bench_report.py --repeat 3``):

    folder                    files  clean CPU  report CPU  ratio | clean wall  report wall  ratio
    sh_dev/html                  91      1.47s       1.72s  1.17x |      5.85s        6.76s  1.15x
    fundus/html                 131      2.22s       2.23s  1.00x |      6.25s        3.37s  0.54x
    postlight/html              155      2.93s       3.26s  1.11x |      5.32s        5.87s  1.10x
    postlight/text_inscriptis   155      1.01s       1.43s  1.42x |      1.21s        1.99s  1.64x
    sh_dev/text_bs4              91      0.86s       1.06s  1.23x |      0.96s        1.27s  1.33x
    all                         623      8.49s       9.70s  1.14x |     19.58s       19.24s  0.98x

The extra is the main process reading each input again, locating the blocks and writing the page
(about 2 ms of CPU an input; most on text dumps, whose pages list hundreds of removed lines while
their cleaning is cheap). ``--rows 20000``: the pages and index of 20,000 inputs written in 19 s;
the first of 40 index pages (0.5 MB) dumped by headless Chromium in 1.4 s, a blank page in 1.0 s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(os.environ.get("NEWSCLEAN_SHARED", "/work/shared")) / "dev"
FOLDERS = [DEV / "sh_dev" / "html", DEV / "fundus" / "html", DEV / "postlight" / "html",
           DEV / "postlight" / "text_inscriptis", DEV / "sh_dev" / "text_bs4"]


def _timed(argv: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system of the command and every process under it).

    The workers are children of a fork server that nobody waits for, so getrusage cannot see
    them: the process tree is sampled instead (psutil, every 20 ms; a process's last 20 ms at most
    are missed).
    """
    import psutil

    cpu: dict[int, float] = {}
    start = time.perf_counter()
    proc = psutil.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None:
        with contextlib.suppress(psutil.Error):
            for p in [proc, *proc.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
        time.sleep(0.02)
    wall = time.perf_counter() - start
    return wall, sum(cpu.values())


def bench_folder(exe: str, folder: Path, jobs: int, repeat: int) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of clean, clean --explain and report on ``folder``, each the best of
    ``repeat`` runs; the three commands take turns, so that a busy spell of the machine hits
    them alike."""
    common = ["-q", "-j", str(jobs)]
    best = [(float("inf"), float("inf"))] * 3
    with tempfile.TemporaryDirectory(prefix="bench_report_") as tmp:
        commands = [[exe, "clean", str(folder), "--format", "jsonl", *common],
                    [exe, "clean", str(folder), "--format", "jsonl", "--explain", *common],
                    [exe, "report", str(folder), "-o", tmp, *common]]
        for _ in range(repeat):
            for i, argv in enumerate(commands):
                wall, cpu = _timed(argv)
                best[i] = (min(best[i][0], wall), min(best[i][1], cpu))
    return best


def bench_rows(exe: str, folder: Path, rows: int) -> None:
    """Write a report of ``rows`` synthetic inputs and time it, then time Chromium opening its index."""
    from newsclean.report import ReportSite

    out = subprocess.run([exe, "clean", str(folder), "--format", "jsonl", "--explain", "-q"],
                         capture_output=True, check=False).stdout.decode("utf-8")
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="bench_report_rows_") as tmp:
        start = time.perf_counter()
        site = ReportSite(Path(tmp))
        for i in range(rows):
            record = dict(records[i % len(records)], source="-")
            site.write(record, f"batch/{i:06d}.html")
        written = time.perf_counter() - start
        site.close()
        total = time.perf_counter() - start
        index = Path(tmp) / "index.html"
        print(f"{rows} inputs: pages {written:.1f} s, with index {total:.1f} s; "
              f"index.html {index.stat().st_size / 1e6:.2f} MB, "
              f"{len(list(Path(tmp).glob('index*.html')))} index pages")
        chromium = shutil.which("chromium")
        if chromium:
            argv = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile",
                    "--dump-dom", index.as_uri()]
            blank = Path(tmp) / "blank.html"
            blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
            empty = _timed(argv[:-1] + [blank.as_uri()])[0]
            opened = _timed(argv)[0]
            print(f"chromium --dump-dom index.html: {opened:.1f} s (a blank page: {empty:.1f} s)")


def _line(name: str, files: str, times: list[tuple[float, float]]) -> str:
    (cw, cc), (ew, ec), (rw, rc) = times
    return (f"{name:<32} {files:>5} | wall: {cw:>5.2f}s {ew:>6.2f}s {rw:>5.2f}s {rw / cw:>4.2f}x "
            f"| CPU: {cc:>5.2f}s {ec:>6.2f}s {rc:>5.2f}s {rc / cc:>4.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", type=int, default=0, help="also time a report of this many inputs")
    args = parser.parse_args()
    exe = shutil.which("newsclean")
    if exe is None:
        sys.exit("newsclean is not installed")
    print(f"{'folder':<32} {'files':>5} | wall: {'clean':>6} {'explain':>7} {'report':>6} {'ratio':>5} "
          f"| CPU: {'clean':>6} {'explain':>7} {'report':>6} {'ratio':>5}")
    totals = [[0.0, 0.0] for _ in range(3)]
    for folder in args.folders:
        files = sum(1 for p in folder.iterdir() if p.is_file())
        times = bench_folder(exe, folder, args.jobs, args.repeat)
        for total, (wall, cpu) in zip(totals, times, strict=True):
            total[0] += wall
            total[1] += cpu
        print(_line("/".join(folder.parts[-3:]), str(files), times))
    print(_line("all", "", [(w, c) for w, c in totals]))
    if args.rows:
        bench_rows(exe, args.folders[0], args.rows)


if __name__ == "__main__":
    main()
