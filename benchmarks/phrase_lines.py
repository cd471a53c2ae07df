"""How often a lexicon phrase matches a line of the dev dumps, and whether any such line is article text.

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/phrase_lines.py /work/dumps [--holdout benchmarks/text_holdout.txt] [--pattern REGEX]

Every line of every dev dump of the six line-keeping converters (not the collapsed ``flat`` dumps;
held-out pages skipped) is stripped of its list marker and matched whole, case-insensitively, against
``REGEX`` (leading and trailing punctuation aside, as the lexicon matches). By default the pattern is the
lexicon's run of button labels (``lexicon_words.BUTTON_LABELS``, two or more). The script prints how many
lines match, the most frequent of them, and every matching line that is the page's gold title or that
the page's article text holds (the gold body, else the HTML path's text; lines of 16 characters or more: shorter ones occur in any text): a
phrase meant for furniture should have none.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from bench_converters import CONVERTERS as ALL_CONVERTERS
from bench_converters import SETS, _load_gold, body_answers, norm_title, read_holdout

from newsclean.lexicon_words import BUTTON_LABELS
from newsclean.textutil import LIST_MARKER as _MARKER

CONVERTERS = tuple(c for c in ALL_CONVERTERS if c != "flat")
BUTTON_RUN = f"({BUTTON_LABELS})(\\s*[|,/·•]?\\s*({BUTTON_LABELS}))+"


def _answers(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Each page's gold title and its article text (the gold body, else the HTML path's text)."""
    titles = {pid: g.get("title") or "" for pid, g in _load_gold(folder).items() if isinstance(g, dict)}
    return titles, body_answers(folder.parent, folder.name)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", type=Path)
    ap.add_argument("--holdout", type=Path, default=None)
    ap.add_argument("--pattern", default=BUTTON_RUN)
    args = ap.parse_args(argv)
    held = read_holdout(args.holdout)
    rx = re.compile(r"[\W_]*(?:" + args.pattern + r")[\W_]*", re.IGNORECASE)
    seen = collections.Counter[str]()
    pages: set[str] = set()
    article: list[tuple[str, str, str, str]] = []
    for name in SETS:
        titles, bodies = _answers(args.dumps / name)
        for conv in CONVERTERS:
            for path in sorted((args.dumps / name / conv).glob("*.txt")):
                pid = path.stem
                if f"{name}:{pid}" in held:
                    continue
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    text = _MARKER.sub("", line.strip(), count=1).strip()
                    if not text or not rx.fullmatch(text):
                        continue
                    seen[text] += 1
                    pages.add(f"{name}:{pid}")
                    title = titles.get(pid, "")
                    if title and norm_title(title) == norm_title(text) or len(text) >= 16 and text in bodies.get(pid, ""):
                        article.append((name, conv, pid, text))
    print(f"{sum(seen.values())} matching lines ({len(seen)} distinct) on {len(pages)} dev pages")
    for text, n in seen.most_common(40):
        print(f"{n:6d}  {text!r}")
    print(f"{len(article)} of them the gold title or a line of the article text")
    for row in article:
        print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
