"""Batch benchmark: files/s for --jobs 1 and --jobs 2, and peak memory, as the folder grows.

Generates a folder of N files (HTML pages and plain-text dumps from the dev set, spread over
sub-folders of 1,000, plus one file in 400 bad: empty, binary, truncated gzip, cp1251, deeply nested
HTML), then runs ``newsclean clean DIR -o OUT --jobs J -q`` for each J and N, sampling the RSS of
the whole process tree (main process, fork server, workers) with psutil.

    python benchmarks/bench_batch.py                       # N = 2,000 and 20,000, jobs 1 and 2
    python benchmarks/bench_batch.py --sizes 500 --jobs 2  # a quick look

Peak RSS must not grow more than 20% from the smallest to the largest N (flat memory).
Inputs are hard links to the dev files where the file system allows (no 2 GB of copies).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

DEV = Path(os.environ.get("NEWSCLEAN_DEV", "/work/shared/dev/sh_dev"))
ROOT = Path(__file__).resolve().parent.parent


def _sources() -> list[Path]:
    html = sorted((DEV / "html").glob("*.html"))
    text = sorted((DEV / "text_inscriptis").glob("*.txt"))
    if not html and not text:
        sys.exit(f"no dev pages under {DEV} (set NEWSCLEAN_DEV)")
    mixed = [p for pair in zip(html, text, strict=False) for p in pair]
    return mixed + html[len(text):] + text[len(html):]


def _bad_files() -> list[tuple[str, bytes]]:
    page = b"<html><body>" + b"<p>A paragraph of a gzipped page.</p>" * 500 + b"</body></html>"
    russian = ("Москва — столица России, крупнейший город страны. Власти объявили о новых мерах.\n\n" * 20)
    return [
        ("empty.html", b""),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16),
        ("truncated.html.gz", gzip.compress(page)[:200]),
        ("cp1251.txt", russian.encode("cp1251")),
        ("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>"),
    ]


def generate(folder: Path, n: int) -> None:
    """N input files under ``folder``: dev pages (hard-linked when possible) and, every 400th, a bad file.

    Every 2,000 files hold each kind of bad file once, so every N has the same mix.
    """
    sources, bad = _sources(), _bad_files()
    link = True
    for i in range(n):
        sub = folder / f"d{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        if i % 400 == 399:
            name, data = bad[(i // 400) % len(bad)]
            (sub / f"{i:06d}_{name}").write_bytes(data)
            continue
        src = sources[i % len(sources)]
        dst = sub / f"{i:06d}_{src.name}"
        if link:
            try:
                os.link(src, dst)
                continue
            except OSError:
                link = False
        shutil.copyfile(src, dst)


def _sample(proc: psutil.Process, cpu: dict[int, float]) -> int:
    """RSS of the whole process tree now; updates each process's CPU seconds so far in ``cpu``."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error), p.oneshot():
            total += p.memory_info().rss
            t = p.cpu_times()
            cpu[p.pid] = t.user + t.system
    return total


def run(folder: Path, out: Path, jobs: int, interval: float = 0.05) -> dict[str, float]:
    """Run the command once: wall seconds, peak RSS (MB) and CPU seconds of the whole process tree.

    CPU seconds show the work done whatever else the machine runs (workers that lived less
    than one sampling interval are missed, so it is a lower bound).
    """
    cmd = [sys.executable, "-m", "newsclean", "clean", str(folder), "-o", str(out), "--jobs", str(jobs), "-q"]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc = psutil.Process(child.pid)
    peak = 0
    cpu: dict[int, float] = {}
    while child.poll() is None:
        peak = max(peak, _sample(proc, cpu))
        time.sleep(interval)
    seconds = time.perf_counter() - start
    if child.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited with {child.returncode}")
    return {"seconds": seconds, "peak_mb": peak / 2**20, "cpu": sum(cpu.values()), "exit": child.returncode}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--workdir", type=Path, default=None, help="where to generate (default: a temp folder)")
    args = ap.parse_args()
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench_batch.", dir=args.workdir))
    print(f"# newsclean batch benchmark; cpus={os.cpu_count()} load={os.getloadavg()[0]:.2f}; in {work}")
    print(f"{'N':>7} {'jobs':>4} {'seconds':>9} {'files/s':>8} {'speed-up':>8} {'peak RSS MB':>11} {'CPU s':>7}")
    peaks: dict[int, float] = {}
    try:
        for n in args.sizes:
            folder = work / f"in{n}"
            generate(folder, n)
            base = None
            for jobs in args.jobs:
                out = work / f"out{n}_{jobs}"
                r = run(folder, out, jobs)
                written = sum(1 for _ in out.rglob("*.json"))
                rate = written / r["seconds"]
                base = base or rate
                peaks[n] = max(peaks.get(n, 0.0), r["peak_mb"])
                print(f"{n:>7} {jobs:>4} {r['seconds']:>9.1f} {rate:>8.1f} {rate / base:>8.2f} {r['peak_mb']:>11.1f}"
                      f" {r['cpu']:>7.1f}  ({written} records, exit {r['exit']}, load {os.getloadavg()[0]:.2f})",
                      flush=True)
                shutil.rmtree(out)
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(peaks) > 1:
        lo, hi = min(peaks), max(peaks)
        growth = peaks[hi] / peaks[lo] - 1
        print(f"peak RSS growth N={lo} -> N={hi}: {growth:+.1%} ({'ok' if growth <= 0.20 else 'TOO MUCH'}: limit +20%)")


if __name__ == "__main__":
    main()
