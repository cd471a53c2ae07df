"""Count what the Markdown width rules see on the html2text dumps (the counts quoted in settings.py).

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/markdown_widths.py /work/dumps --holdout benchmarks/text_holdout.txt

For each dev page's ``html2text`` (unwrapped) and ``h2t_wrap`` (wrapped at 78 columns) dump that reads as
Markdown with blank-line paragraphs: the width its breakable lines show (``text_markdown.breakable_width``
of its ``countable`` lines, as ``_width`` reads them first), and how many of its lines end inside a link's
address that the next line goes on with (``_broken_addresses``). Prints how many dumps show a width of at least
``TEXT_MARKDOWN_MIN_WIDTH``, the widths of those that do not, and the broken-address counts of those.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_converters import SETS, dumps_and_holdout  # noqa: E402

from newsclean import settings  # noqa: E402
from newsclean.reading import decode  # noqa: E402
from newsclean.text_markdown import (  # noqa: E402
    _broken_addresses,
    blank_line_paragraphs,
    breakable_width,
    countable,
    is_markdown,
)


def main(argv: list[str]) -> int:
    dumps, held = dumps_and_holdout(argv, __doc__)
    floor = settings.TEXT_MARKDOWN_MIN_WIDTH
    for conv in ("html2text", "h2t_wrap"):
        n = wide = 0
        narrow: list[int] = []
        broken: Counter[int] = Counter()
        for name in SETS:
            for path in sorted((dumps / name / conv).glob("*.txt")):
                if f"{name}:{path.stem}" in held:
                    continue
                text = decode(path.read_bytes())
                lines = text.splitlines()
                if not (is_markdown(text) and blank_line_paragraphs(lines)):
                    continue
                n += 1
                width = breakable_width(countable(lines))
                if width >= floor:
                    wide += 1
                else:
                    narrow.append(width)
                    broken[_broken_addresses(lines)] += 1
        print(f"{conv}: {n} Markdown dumps; width >= {floor}: {wide}; narrower: {len(narrow)} "
              f"(widths {sorted(narrow)}); their broken addresses (count: dumps) {sorted(broken.items())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
