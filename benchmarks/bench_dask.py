"""Benchmark issue 6: a Dask run against a local run, and the memory of cleaning a big WARC.

1. A generated folder of N files (default 5,000: the dev HTML pages and text dumps, cycled,
   hard-linked under unique names) is cleaned twice through the command line:
   ``newsclean clean DIR --jobs 2 -o local.jsonl`` and
   ``newsclean clean DIR --scheduler local:2 -o parts/`` (a LocalCluster of 2 worker processes;
   its start-up is included in the time). Prints both wall times, their ratio (bar: <= 1.3),
   and whether the part files, concatenated, hold exactly the local run's records.
   ``--scheduler-address tcp://…`` times a run on an already running cluster as well.
2. A generated WARC of about 200 MB (uncompressed by default, ``--warc-gz`` for a .warc.gz;
   the dev HTML pages with unique URIs, plus image and 404 records) is cleaned with
   ``newsclean clean crawl.warc -o records.jsonl``; the peak RSS of the whole process tree
   (main process, forkserver, workers) is sampled every 20 ms with psutil (bar: < 500 MB).

Usage: python benchmarks/bench_dask.py [--files 5000] [--warc-mb 200] [--workdir DIR] [--keep]
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
from io import BytesIO
from pathlib import Path

import psutil

DEV = Path("/work/shared/dev/sh_dev")
NEWSCLEAN = [str(Path(sys.executable).with_name("newsclean"))]


def make_folder(root: Path, count: int) -> None:
    """``count`` inputs in 50 sub-folders, HTML and text alternating, hard links where possible."""
    sources = sorted((DEV / "html").glob("*.html")) + sorted((DEV / "text_bs4").glob("*.txt"))
    for i in range(count):
        src = sources[i % len(sources)]
        dst = root / f"d{i % 50:02d}" / f"{i:06d}{src.suffix}"
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy(src, dst)


def make_warc(path: Path, megabytes: int, compress: bool) -> int:
    """Write a crawl of about ``megabytes`` MB; returns how many HTML page records it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [p.read_bytes() for p in sorted((DEV / "html").glob("*.html"))]
    target, n = megabytes * 1024 * 1024, 0
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=compress)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean bench"}))
        while fh.tell() < target:
            body = pages[n % len(pages)]
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://bench.example.org/{n}", "response",
                                                payload=BytesIO(body), http_headers=http))
            n += 1
            if n % 50 == 0:  # the captures around pages that are not pages
                png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://bench.example.org/{n}.png", "response",
                                                    payload=BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(4096)),
                                                    http_headers=png))
                gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://bench.example.org/{n}/gone", "response",
                                                    payload=BytesIO(b"<html><body>gone</body></html>"),
                                                    http_headers=gone))
    return n


ENV = dict(os.environ)


def snapshot(work: Path) -> None:
    """Run every command on a copy of the package taken now, so that edits made to the tree while
    the benchmark runs cannot make the two runs differ (workers inherit PYTHONPATH)."""
    src = Path(__file__).resolve().parent.parent / "src" / "newsclean"
    shutil.copytree(src, work / "snapshot" / "newsclean", ignore=shutil.ignore_patterns("__pycache__"))
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(work / "snapshot"), ENV.get("PYTHONPATH")]))


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(NEWSCLEAN + args, capture_output=True, env=ENV)
    return time.perf_counter() - start, proc


def peak_tree_rss(args: list[str], interval: float = 0.02) -> tuple[float, int, float]:
    """Run the command; (peak summed RSS of it and all its descendants in MB, exit code, seconds)."""
    start = time.perf_counter()
    proc = psutil.Popen(NEWSCLEAN + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [proc] + proc.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # a worker may exit between listing and reading
                    total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(interval)
    proc.stderr.read()
    return peak / 2**20, proc.returncode, time.perf_counter() - start


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def bench_folder(work: Path, count: int, address: str | None) -> None:
    folder = work / "folder"
    make_folder(folder, count)
    print(f"generated {count} files in {folder}")
    local_out, parts = work / "local.jsonl", work / "parts"
    local_s, local = timed(["clean", str(folder), "--jobs", "2", "-o", str(local_out)])
    print(f"local  --jobs 2        : {local_s:7.2f} s  exit {local.returncode}  {local.stderr.decode().strip()[-120:]}")
    dask_s, dist = timed(["clean", str(folder), "--scheduler", "local:2", "-o", str(parts)])
    print(f"dask   --scheduler local:2: {dask_s:7.2f} s  exit {dist.returncode}  {dist.stderr.decode().strip()[-120:]}")
    expected = jsonl(local_out.read_bytes())
    got = [r for p in sorted(parts.glob("part-*.jsonl")) for r in jsonl(p.read_bytes())]
    print(f"ratio dask/local: {dask_s / local_s:.3f} (bar <= 1.3)   records: local {len(expected)}, "
          f"dask {len(got)}, identical: {got == expected}")
    differ = [(a.get("source"), b.get("source")) for a, b in zip(expected, got, strict=False) if a != b]
    if differ:
        print(f"  {len(differ)} records differ, first: {differ[0]}")
    if address:
        shutil.rmtree(parts)
        ext_s, ext = timed(["clean", str(folder), "--scheduler", address, "-o", str(parts)])
        got = [r for p in sorted(parts.glob("part-*.jsonl")) for r in jsonl(p.read_bytes())]
        print(f"dask   --scheduler {address}: {ext_s:7.2f} s  exit {ext.returncode}  ratio {ext_s / local_s:.3f}  "
              f"identical: {got == expected}")


def bench_warc(work: Path, megabytes: int, compress: bool) -> None:
    path = work / ("crawl.warc.gz" if compress else "crawl.warc")
    pages = make_warc(path, megabytes, compress)
    size = path.stat().st_size / 2**20
    print(f"generated {path.name}: {size:.1f} MB, {pages} HTML page records")
    out = work / "warc.jsonl"
    peak, code, seconds = peak_tree_rss(["clean", str(path), "-o", str(out), "-q"])
    recs = jsonl(out.read_bytes())
    print(f"WARC clean: {seconds:.2f} s, exit {code}, {len(recs)} records "
          f"({sum(1 for r in recs if r.get('error'))} errors), peak tree RSS {peak:.0f} MB (bar < 500 MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--warc-mb", type=int, default=200)
    ap.add_argument("--warc-gz", action="store_true", help="gzip the WARC record by record")
    ap.add_argument("--scheduler-address", help="also time a run on this running Dask cluster")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs and outputs")
    ap.add_argument("--skip-folder", action="store_true")
    ap.add_argument("--skip-warc", action="store_true")
    ap.add_argument("--no-snapshot", action="store_true", help="run the live tree, not a copy taken at start")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_dask."))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, python {sys.version.split()[0]}")
    if not args.no_snapshot:
        snapshot(work)
    try:
        if not args.skip_folder:
            bench_folder(work, args.files, args.scheduler_address)
        if not args.skip_warc:
            bench_warc(work, args.warc_mb, args.warc_gz)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
