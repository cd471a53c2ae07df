"""Speed of the plain-text cleaning path, in one process.

Usage (from the project root)::

    python benchmarks/bench_text.py                      # the dev dumps beside the project
    python benchmarks/bench_text.py FOLDER [FOLDER ...] --repeat 3

Reads every ``*.txt`` file once (reading is not timed), warms up on a few, then times
``newsclean.clean(data, input_format="text")`` on each file: decoding the bytes and cleaning, as a
batch run does per file. Prints files/s over the whole set (best of ``--repeat`` passes, wall clock),
the CPU time of that pass, the "floor" (each file's fastest time summed: least disturbed by other
work on the machine), and the median and 95th-percentile milliseconds per file.

``--trafilatura`` times trafilatura in the same run on the same dumps, each wrapped as the HTML page a
text-only tool would make of it (every block between blank lines a ``<p>``, escaped; wrapping is not
timed), and prints newsclean's speed as a ratio of trafilatura's (above 1: newsclean is faster).
trafilatura takes no plain text, so this is the nearest like-for-like: the work of finding the article
in the same lines.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsclean import clean
from newsclean.text_classify import clear_caches

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "sh_dev"


def load(folders: list[Path]) -> list[bytes]:
    """The raw bytes of every ``*.txt`` file in ``folders``."""
    return [p.read_bytes() for folder in folders for p in sorted(folder.glob("*.txt"))]


def one_pass(files: list[bytes], cold: bool, run: Callable[[bytes], object] | None = None
             ) -> tuple[float, float, list[float]]:
    """(wall seconds, CPU seconds, per-file milliseconds) of cleaning every file once (``run``: another
    tool's call on each item instead of newsclean's).

    The text path remembers recent per-line answers (page furniture repeats across a site's pages);
    every pass starts with them forgotten, and ``cold`` forgets them before each file too.
    """
    call = run or (lambda data: clean(data, input_format="text"))
    per_file = []
    clear_caches()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for data in files:
        if cold:
            clear_caches()
        t = time.perf_counter()
        call(data)
        per_file.append((time.perf_counter() - t) * 1000)
    return time.perf_counter() - wall0, time.process_time() - cpu0, per_file


def as_html(data: bytes) -> bytes:
    """A dump as the page a text-only tool would make of it: each blank-line-separated block a <p>."""
    text = data.decode("utf-8", errors="replace")
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    body = "".join(f"<p>{html.escape(b)}</p>" for b in blocks)
    return f"<html><body>{body}</body></html>".encode()


def summary(name: str, files: list[bytes], passes: list[tuple[float, float, list[float]]]) -> float:
    """Print one tool's figures; return its floor in files/s."""
    wall, cpu, per_file = min(passes, key=lambda r: r[0])
    # Each file's fastest time over the passes: the figure least disturbed by other work.
    floor = sum(min(p[2][i] for p in passes) for i in range(len(files))) / 1000
    per_file = sorted(per_file)
    p95 = per_file[min(len(per_file) - 1, int(len(per_file) * 0.95))]
    print(f"[{name}]")
    print(f"wall: {wall:.3f} s  -> {len(files) / wall:.1f} files/s")
    print(f"cpu:  {cpu:.3f} s  -> {len(files) / cpu:.1f} files/s")
    print(f"floor: {floor:.3f} s  -> {len(files) / floor:.1f} files/s (sum of each file's fastest time)")
    print(f"per file: median {statistics.median(per_file):.2f} ms  p95 {p95:.2f} ms  max {per_file[-1]:.2f} ms")
    return len(files) / floor


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path,
                    default=[_DEFAULT / "text_inscriptis", _DEFAULT / "text_bs4"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="forget remembered per-line answers before each file")
    ap.add_argument("--trafilatura", action="store_true",
                    help="also time trafilatura.extract on the dumps wrapped as HTML paragraphs, in the same run")
    args = ap.parse_args()
    files = load(args.folders)
    if not files:
        print("no *.txt files found", file=sys.stderr)
        return 2
    for data in files[:5]:
        clean(data, input_format="text")
    rounds = max(1, args.repeat)
    print(f"files: {len(files)}  bytes: {sum(map(len, files))}  line caches: {'cleared per file' if args.cold else 'cleared per pass'}")
    if not args.trafilatura:
        summary("newsclean", files, [one_pass(files, args.cold) for _ in range(rounds)])
        return 0
    import trafilatura  # (the bench extra)

    pages = [as_html(data) for data in files]
    for page in pages[:5]:
        trafilatura.extract(page)
    ours: list[tuple[float, float, list[float]]] = []
    theirs: list[tuple[float, float, list[float]]] = []
    for _ in range(rounds):  # alternated, so that both see the same machine
        ours.append(one_pass(files, args.cold))
        theirs.append(one_pass(pages, False, trafilatura.extract))
    mine, other = summary("newsclean", files, ours), summary("trafilatura", pages, theirs)
    print(f"newsclean / trafilatura (floor, files/s): {mine / other:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
