"""Sweep the link-list cut of collapsed dumps (``settings.TEXT_COLLAPSED_DUMP["list_repeats"]``).

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/sweep_link_lists.py /work/dumps --holdout benchmarks/text_holdout.txt

For each setting, the collapsed dumps (``flat``) of the dev pages of every set are cleaned and their
body compared with the answer by shingle F1: the gold article body where the set has one, else the HTML
path's text (``bench_converters.body_answers``; its table's "agree" column compares with the HTML path's
text only, so the figures differ). Printed per setting: the mean agreement per set, and how
many pages gain or lose more than 0.05 against the cut switched off. The setting in ``settings.py`` is
the one with the most pages gained among those that lose none by more than 0.05. Held-out pages are left
out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_converters import SETS, body_answers, body_f1, dumps_and_holdout  # noqa: E402

from newsclean import clean, settings  # noqa: E402

OFF = 10**6
GRID = (OFF, 3, 4, 5)


def pages(dumps: Path, holdout: set[str]) -> list[tuple[str, bytes, str]]:
    """(set, dump, answer) for the dev pages' collapsed dumps."""
    out = []
    for name in SETS:
        answers = body_answers(dumps, name)
        for path in sorted((dumps / name / "flat").glob("*.txt")):
            answer = answers.get(path.stem)
            if answer and f"{name}:{path.stem}" not in holdout:
                out.append((name, path.read_bytes(), answer))
    return out


def agreement(data: list[tuple[str, bytes, str]], repeats: int) -> list[float]:
    """Each page's body agreement with the cut at ``repeats``."""
    settings.TEXT_COLLAPSED_DUMP["list_repeats"] = repeats
    return [body_f1(answer, clean(raw, input_format="text").text) for _, raw, answer in data]


def main(argv: list[str]) -> int:
    data = pages(*dumps_and_holdout(argv, __doc__))
    names = sorted({name for name, _, _ in data})
    base = agreement(data, OFF)
    print(f"{len(data)} dev pages (flat); repeats: mean agreement per set ({', '.join(names)}), "
          "pages gaining / losing > 0.05 against no cut")
    for repeats in GRID:
        scores = base if repeats == OFF else agreement(data, repeats)
        means = [sum(s for (n, _, _), s in zip(data, scores, strict=True) if n == name) /
                 sum(1 for n, _, _ in data if n == name) for name in names]
        gained = sum(s - b > 0.05 for s, b in zip(scores, base, strict=True))
        lost = sum(b - s > 0.05 for s, b in zip(scores, base, strict=True))
        label = "off" if repeats == OFF else str(repeats)
        print(f"  {label:4s} " + " ".join(f"{m:.3f}" for m in means) + f"   +{gained} -{lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
