"""Start-up benchmark: the whole `newsclean clean SMALL_FILE` process against trafilatura's and Python's.

Shell loops (`for f in *.txt; do newsclean clean "$f"; done`) pay the start-up once per file, so
it is measured as a user meets it: a new process, imports, reading and cleaning one small dump,
writing its record, exit. In the same run, interleaved (so machine load hits all alike):

- ``python -c pass``: the interpreter alone, the floor;
- ``newsclean clean FILE`` through the installed console script;
- ``trafilatura`` on the same file (given on stdin, which its CLI reads as one document).

Both console scripts are taken from this interpreter's bin folder (not a version manager's shim,
which would add the same ~50 ms to each). The figure is the median wall time of ``--runs`` runs;
the goal (issue 10) is newsclean at most 0.6 of trafilatura. ``-X importtime`` then shows where
newsclean's remaining time goes (cumulative import time of the heaviest newsclean modules).

    python benchmarks/bench_startup.py                 # 15 runs on a sample text dump
    python benchmarks/bench_startup.py --runs 31 --file page.html
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "samples" / "scrapes" / "000_40f9ec21c790090a.txt"
TARGET = 0.6


def _script(name: str) -> str:
    path = Path(sys.executable).parent / name
    if not path.exists():
        sys.exit(f"{name} is not installed beside {sys.executable}")
    return str(path)


# An installed package has its bytecode cached (pip compiles it), so the children may write theirs:
# with PYTHONDONTWRITEBYTECODE set (as in some shells), a source checkout would be measured compiling
# every module from source on every run (~50 ms), which no installed copy does.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _time(cmd: list[str], stdin_path: Path | None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``cmd``, as the parent sees it (start to reaped)."""
    with open(stdin_path or os.devnull, "rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime


def _import_profile(file: Path, top: int) -> list[tuple[str, float]]:
    """(module, cumulative ms) of the slowest newsclean imports in one run."""
    proc = subprocess.run([sys.executable, "-X", "importtime", _script("newsclean"), "clean", str(file)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_ENV)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and m.group(3).startswith("newsclean"):
            rows.append((m.group(2) + m.group(3), int(m.group(1)) / 1000))
    return sorted(rows, key=lambda r: -r[1])[:top]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--profile", type=int, default=8, help="newsclean imports to list (0: none)")
    args = ap.parse_args()
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "newsclean clean FILE": ([_script("newsclean"), "clean", str(args.file)], None),
        "trafilatura < FILE": ([_script("trafilatura")], args.file),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for cmd, stdin in commands.values():  # warm the page cache and the bytecode cache
        _time(cmd, stdin)
    for _ in range(args.runs):
        for name, (cmd, stdin) in commands.items():
            wall, used = _time(cmd, stdin)
            times[name].append(wall)
            cpu[name].append(used)
    print(f"# start-up, median of {args.runs} runs; file {args.file.name} ({args.file.stat().st_size} bytes); "
          f"load {os.getloadavg()[0]:.2f}")
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    cpu_medians = {name: statistics.median(t) * 1000 for name, t in cpu.items()}
    print(f"{'':<24} {'wall ms':>8} {'(min)':>8} {'CPU ms':>8}")
    for name, ms in medians.items():
        print(f"{name:<24} {ms:8.1f} {min(times[name]) * 1000:8.1f} {cpu_medians[name]:8.1f}")
    # Wall time is what a user waits; CPU time is steadier on a loaded machine: both are shown.
    for label, m in (("wall", medians), ("CPU", cpu_medians)):
        ratio = m["newsclean clean FILE"] / m["trafilatura < FILE"]
        verdict = "ok" if ratio <= TARGET else "over"
        print(f"newsclean / trafilatura ({label}): {ratio:.2f} ({verdict}: target <= {TARGET})")
    if args.profile:
        print("slowest newsclean imports (cumulative ms, one run):")
        for name, ms in _import_profile(args.file, args.profile):
            print(f"  {name:<40} {ms:7.1f}")


if __name__ == "__main__":
    main()
