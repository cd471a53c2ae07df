"""Speed of the plain-text cleaning path, in one process.

Usage (from the project root)::

    python benchmarks/bench_text.py                      # the dev dumps beside the project
    python benchmarks/bench_text.py FOLDER [FOLDER ...] --repeat 3

Reads every ``*.txt`` file once (reading is not timed), warms up on a few, then times
``newsclean.clean(data, input_format="text")`` on each file: decoding the bytes and cleaning, as a
batch run does per file. Prints files/s over the whole set (best of ``--repeat`` passes, wall clock),
the CPU time of that pass, the "floor" (each file's fastest time summed: least disturbed by other
work on the machine), and the median and 95th-percentile milliseconds per file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from newsclean import clean
from newsclean.text_classify import clear_caches

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "sh_dev"


def load(folders: list[Path]) -> list[bytes]:
    """The raw bytes of every ``*.txt`` file in ``folders``."""
    return [p.read_bytes() for folder in folders for p in sorted(folder.glob("*.txt"))]


def one_pass(files: list[bytes], cold: bool) -> tuple[float, float, list[float]]:
    """(wall seconds, CPU seconds, per-file milliseconds) of cleaning every file once.

    The text path remembers recent per-line answers (page furniture repeats across a site's pages);
    every pass starts with them forgotten, and ``cold`` forgets them before each file too.
    """
    per_file = []
    clear_caches()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for data in files:
        if cold:
            clear_caches()
        t = time.perf_counter()
        clean(data, input_format="text")
        per_file.append((time.perf_counter() - t) * 1000)
    return time.perf_counter() - wall0, time.process_time() - cpu0, per_file


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path,
                    default=[_DEFAULT / "text_inscriptis", _DEFAULT / "text_bs4"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="forget remembered per-line answers before each file")
    args = ap.parse_args()
    files = load(args.folders)
    if not files:
        print("no *.txt files found", file=sys.stderr)
        return 2
    for data in files[:5]:
        clean(data, input_format="text")
    passes = [one_pass(files, args.cold) for _ in range(max(1, args.repeat))]
    wall, cpu, per_file = min(passes, key=lambda r: r[0])
    # Each file's fastest time over the passes: the figure least disturbed by other work.
    floor = sum(min(p[2][i] for p in passes) for i in range(len(files))) / 1000
    per_file.sort()
    p95 = per_file[min(len(per_file) - 1, int(len(per_file) * 0.95))]
    print(f"files: {len(files)}  bytes: {sum(map(len, files))}  line caches: {'cleared per file' if args.cold else 'cleared per pass'}")
    print(f"wall: {wall:.3f} s  -> {len(files) / wall:.1f} files/s")
    print(f"cpu:  {cpu:.3f} s  -> {len(files) / cpu:.1f} files/s")
    print(f"floor: {floor:.3f} s  -> {len(files) / floor:.1f} files/s (sum of each file's fastest time)")
    print(f"per file: median {statistics.median(per_file):.2f} ms  p95 {p95:.2f} ms  max {per_file[-1]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
