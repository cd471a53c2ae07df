"""List the runs of headline-and-blurb pairs in text dumps: where settings.TEXT_TEASER_CARDS comes from.

Usage: python benchmarks/teaser_cards.py DUMPS [--holdout benchmarks/text_holdout.txt] [--min-pairs 5]

``DUMPS`` is a folder written by ``bench_converters.py render`` (``<set>/<converter>/<id>.txt`` beside
``<set>/html.jsonl`` and, for sh_dev, ``ground-truth.json``; fundus's gold bodies are read from
``../shared/dev/fundus/gold.json`` when it is there). For every run of at least ``--min-pairs`` pairs
(a short title that ends no sentence, then one prose paragraph that starts a sentence) the script prints
the blurbs' mean length, their spread (standard deviation over mean), and how many blurbs are article
text (most of their 4-gram shingles in the gold body, or in the HTML path's text where there is no gold).
The card thresholds are chosen between the runs inside articles and the others; held-out pages are left
out. The classes are computed as the extractor computes them, before the card rule (it is switched off).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_converters import read_holdout  # noqa: E402

from newsclean import settings
from newsclean.text_classify import _card_run, card_lengths
from newsclean.text_extract import _region
from newsclean.text_lines import split_lines

DEV = Path(__file__).resolve().parents[2] / "shared/dev"
_TOKEN = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    if len(toks) < 4:
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def _golds(dumps: Path, name: str) -> dict[str, str]:
    """{id: article text} for one set: its gold body where known, else the HTML path's text."""
    out: dict[str, str] = {}
    html = dumps / name / "html.jsonl"
    if html.exists():
        for line in html.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out[rec["id"]] = rec.get("text") or ""
    for gold in (dumps / name / "ground-truth.json", DEV / name / "gold.json"):
        if gold.exists():
            for k, v in json.loads(gold.read_text(encoding="utf-8")).items():
                if v.get("articleBody"):
                    out[k] = v["articleBody"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dumps", type=Path)
    ap.add_argument("--holdout", type=Path, default=Path(__file__).resolve().parent / "text_holdout.txt",
                    help="pages left out (default: benchmarks/text_holdout.txt)")
    ap.add_argument("--min-pairs", type=int, default=5)
    args = ap.parse_args()
    held = read_holdout(args.holdout)
    saved = dict(settings.TEXT_TEASER_CARDS)
    settings.TEXT_TEASER_CARDS["min_pairs"] = 10**6  # (the classes as they are before the rule)
    try:
        for set_dir in sorted(p for p in args.dumps.iterdir() if p.is_dir()):
            gold = _golds(args.dumps, set_dir.name)
            for conv in sorted(p for p in set_dir.iterdir() if p.is_dir()):
                for path in sorted(conv.glob("*.txt")):
                    if f"{set_dir.name}:{path.stem}" not in held:
                        _report(f"{set_dir.name}/{conv.name}/{path.stem[:24]}", path, gold.get(path.stem, ""),
                                args.min_pairs)
    finally:
        settings.TEXT_TEASER_CARDS.update(saved)


def _report(name: str, path: Path, gold: str, min_pairs: int) -> None:
    lines = split_lines(path.read_text(encoding="utf-8", errors="replace"))
    if not lines:
        return
    _region(lines)
    ref = _shingles(gold)
    i = 0
    while i < len(lines) - 1:
        j, titles, blurbs = _card_run(lines, i)
        if len(titles) < min_pairs:
            i += 1
            continue
        texts = [ln.text for ln in lines[i:j] if ln.chars in blurbs and ln.text not in titles]
        inside = sum(1 for t in texts if sum((_shingles(t) & ref).values()) > 0.5 * sum(_shingles(t).values()))
        mean, spread = card_lengths(blurbs)
        print(f"{name} line {i}: pairs {len(titles)} mean {mean:.0f} spread {spread:.2f} "
              f"distinct {len(set(titles)) == len(titles)} article {inside}/{len(texts)}")
        i = j


if __name__ == "__main__":
    main()
