"""How often a title candidate whose line carries a removal reason is the page's title, per reason.

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/title_reasons.py /work/dumps [--holdout benchmarks/text_holdout.txt] [--unfiltered]

For every dev page of ``fundus`` and ``postlight`` (the sets with title gold; held-out pages skipped)
rendered by the six converters (not the collapsed ``flat`` dumps), the title candidates are built as at
run time (``text_title.title_candidates``) and each is counted under its line's reason ("-" for none;
"share" for a title read off a share link): how many candidates, how many equal the gold title (as
``bench_converters.norm_title`` compares them), how many the shipped weights choose, and how many of those
are wrong. A reason whose candidates are never the title makes them no candidates at all
(``text_title._FURNITURE_REASONS``); ``--unfiltered`` counts as if that set were empty, which is how the
figures quoted beside it were read.
"""

from __future__ import annotations

import collections
import json
import sys

from bench_converters import dumps_and_holdout, norm_title

from newsclean import text_fields, text_title
from newsclean.text_extract import article_lines
from newsclean.text_lines import read_lines

SETS = ("fundus", "postlight")
CONVERTERS = ("inscriptis", "bs4", "html2text", "h2t_wrap", "lynx", "w3m")


def main(argv: list[str]) -> int:
    if "--unfiltered" in argv:
        argv = [a for a in argv if a != "--unfiltered"]
        text_title._FURNITURE_REASONS = frozenset()  # (the candidates as before the filter)
    dumps, held = dumps_and_holdout(argv, __doc__)
    cands = collections.Counter[str]()
    gold_hits = collections.Counter[str]()
    chosen = collections.Counter[str]()
    chosen_wrong = collections.Counter[str]()
    for name in SETS:
        gold = json.loads((dumps / name / "gold.json").read_text(encoding="utf-8"))
        for conv in CONVERTERS:
            for path in sorted((dumps / name / conv).glob("*.txt")):
                answer = (gold.get(path.stem) or {}).get("title")
                if f"{name}:{path.stem}" in held or not answer:
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")
                lines, start, end = article_lines(text)
                if not lines:
                    continue
                collapsed = read_lines(text)[1]
                page = text_fields.page_context(lines, start, end, text_title.shared_titles(text), collapsed)
                found = text_title.title_candidates(page)
                best = text_fields.best_title(found)
                want = norm_title(answer)
                for k, (i, title, _) in enumerate(found):
                    reason = (lines[i].reason or "-") if i >= 0 else "share"
                    right = norm_title(title) == want
                    cands[reason] += 1
                    gold_hits[reason] += right
                    if k == best:
                        chosen[reason] += 1
                        chosen_wrong[reason] += not right
    print(f"{'reason':22} {'candidates':>10} {'title':>6} {'chosen':>7} {'chosen wrong':>13}")
    for reason, n in cands.most_common():
        print(f"{reason:22} {n:10} {gold_hits[reason]:6} {chosen[reason]:7} {chosen_wrong[reason]:13}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
