"""Sweep ``settings.TEXT_COLLAPSED_WINDOW``: how far the title, byline and date searches reach in a collapsed dump.

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/sweep_collapsed_window.py /work/dumps --holdout benchmarks/text_holdout.txt

For each factor, the collapsed dumps (``flat``) of the dev pages of every set with metadata gold are
cleaned and the pages whose title, author and date are right are counted (as ``bench_converters.py``
compares them). The factor written into ``settings.py`` is the smallest one within one page of the best
total; the held-out pages are scored at 1 and at that factor, last, and play no part in the choice.
Only collapsed dumps depend on the factor: dumps with their line breaks are not cleaned here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_converters import author_ok, date_ok, dumps_and_holdout, norm_title  # noqa: E402

from newsclean import clean, settings  # noqa: E402

FACTORS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0)
SETS = ("fundus", "postlight")
CONVERTER = "flat"


def load(dumps: Path, holdout: set[str], held: bool) -> list[tuple[bytes, dict]]:
    """(dump, gold) for the collapsed dumps of the dev (or held-out) pages that have metadata gold."""
    out = []
    for name in SETS:
        gold_file = dumps / name / "gold.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for path in sorted((dumps / name / CONVERTER).glob("*.txt")):
            if (f"{name}:{path.stem}" in holdout) == held and path.stem in gold:
                out.append((path.read_bytes(), gold[path.stem]))
    return out


def right(pages: list[tuple[bytes, dict]], factor: float) -> tuple[int, int, int]:
    """Pages with the title, the author and the date right at ``factor``."""
    settings.TEXT_COLLAPSED_WINDOW = factor
    title = author = date = 0
    for raw, g in pages:
        art = clean(raw, input_format="text")
        title += bool(g.get("title")) and norm_title(g["title"]) == norm_title(art.title)
        author += bool(g.get("author")) and author_ok(g["author"], art.byline, art.authors)
        date += bool(g.get("date") or g.get("date_published")) and date_ok(g, art.date)
    return title, author, date


def main(argv: list[str]) -> int:
    dumps, holdout = dumps_and_holdout(argv, __doc__)
    dev = load(dumps, holdout, held=False)
    print(f"{len(dev)} dev pages ({CONVERTER}); factor: title, author, date right, total")
    totals = {}
    for f in FACTORS:
        t, a, d = right(dev, f)
        totals[f] = t + a + d
        print(f"  {f:4.1f}  {t:4d} {a:4d} {d:4d}  {t + a + d:4d}")
    best = max(totals.values())
    chosen = min(f for f in FACTORS if totals[f] >= best - 1)
    print(f"chosen {chosen} (the smallest within one page of the best total, {best})")
    held = load(dumps, holdout, held=True)
    if held:
        for f in (1.0, chosen):
            t, a, d = right(held, f)
            print(f"held-out ({len(held)} pages) at {f}: title {t}, author {a}, date {d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
