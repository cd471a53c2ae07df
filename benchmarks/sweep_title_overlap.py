"""Sweep settings.TITLE_H1_OVERLAP: exact-title rate of the HTML metadata on the metadata dev sets.

Usage: python benchmarks/sweep_title_overlap.py [--dev ../shared/dev] [--sets postlight fundus] [--skip FILE]

For each value, every page's title is picked again (``metadata.extract_metadata``) and compared with
the set's ``gold.json`` title the way ``../shared/tools/score.py`` compares titles (NFKC, case folded,
``\\w+`` tokens). ``--skip FILE`` leaves out held-out pages (lines ``<set> <id>``), so a value can be
chosen on the rest and checked on them last. A value is kept when it sits inside the plateau of best
totals, not at its edge.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from newsclean import metadata
from newsclean.html_extract import parse_html

DEV = Path(__file__).resolve().parents[2] / "shared/dev"
VALUES = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", s or "").casefold()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV, help="the shared dev folder (default: ../shared/dev)")
    ap.add_argument("--sets", nargs="+", default=["postlight", "fundus"])
    ap.add_argument("--skip", type=Path, help="held-out pages to leave out, one '<set> <id>' a line")
    args = ap.parse_args()
    skip = set()
    if args.skip:
        skip = {tuple(line.split()[:2]) for line in args.skip.read_text().splitlines() if line and line[0] != "#"}
    pages = []
    for name in args.sets:
        gold = json.loads((args.dev / name / "gold.json").read_text(encoding="utf-8"))
        for key, g in sorted(gold.items()):
            if g.get("title") and (name, key) not in skip:
                raw = (args.dev / name / "html" / f"{key}.html").read_bytes().decode("utf-8", "replace")
                pages.append((name, g["title"], raw))
    print("value  " + "  ".join(f"{n:>10}" for n in args.sets) + "  total")
    for value in VALUES:
        metadata.TITLE_H1_OVERLAP = value
        hits = {n: 0 for n in args.sets}
        for name, title, raw in pages:
            root = parse_html(raw)
            if root is not None and _norm(metadata.extract_metadata(root).title) == _norm(title):
                hits[name] += 1
        counts = {n: sum(1 for p in pages if p[0] == n) for n in args.sets}
        print(f"{value:5.2f}  " + "  ".join(f"{hits[n]:>4}/{counts[n]:<5}" for n in args.sets)
              + f"  {sum(hits.values())}")


if __name__ == "__main__":
    main()
