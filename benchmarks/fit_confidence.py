"""Fit the text path's confidence factor for collapsed dumps (``settings.TEXT_COLLAPSED_CONFIDENCE``).

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/fit_confidence.py /work/dumps --holdout benchmarks/text_holdout.txt

A page is *good* when its body agrees with the answer at shingle F1 >= ``GOOD`` (the gold article body
where the set has one, else the HTML path's text, as ``bench_converters.py`` scores agreement). Every
dev page of every converter is cleaned once with the factor at 1; a collapsed dump's confidence is then
that confidence times the factor, so each candidate factor is scored without cleaning again. The factor
chosen is the one with the lowest Brier score (mean squared gap between confidence and good, 0 or 1) over
all dev pages of all converters together, so that a collapsed dump's confidence is judged on the scale
of the other dumps'. The held-out pages (``<set>:<id>`` lines of the holdout file) are scored last, at
the factor 1 and at the chosen one; they play no part in the choice.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_converters import SETS, body_answers, body_f1, dumps_and_holdout  # noqa: E402
from bench_converters import TUNED_CONVERTERS as CONVERTERS  # noqa: E402

from newsclean import clean, settings  # noqa: E402
from newsclean.reading import decode  # noqa: E402
from newsclean.text_segment import is_collapsed  # noqa: E402

GOOD = 0.8
FACTORS = [round(0.5 + 0.05 * i, 2) for i in range(11)]

Row = tuple[str, bool, float, bool]  # (converter, collapsed, confidence at factor 1, good)


def collect(dumps: Path, holdout: set[str]) -> tuple[list[Row], list[Row]]:
    """(dev rows, held-out rows) over every set and converter in ``dumps``."""
    settings.TEXT_COLLAPSED_CONFIDENCE = 1.0  # (the factor is applied below, per candidate)
    dev: list[Row] = []
    held: list[Row] = []
    for name in SETS:
        answers = body_answers(dumps, name)
        for conv in CONVERTERS:
            for path in sorted((dumps / name / conv).glob("*.txt")):
                answer = answers.get(path.stem)
                if not answer:
                    continue
                raw = path.read_bytes()
                art = clean(raw, input_format="text")
                row = (conv, is_collapsed(decode(raw).splitlines()), art.confidence, body_f1(answer, art.text) >= GOOD)
                (held if f"{name}:{path.stem}" in holdout else dev).append(row)
    return dev, held


def brier(rows: list[Row], factor: float) -> float:
    """Mean squared gap between confidence (collapsed dumps' scaled by ``factor``) and good."""
    return sum((conf * (factor if flat else 1.0) - good) ** 2 for _, flat, conf, good in rows) / len(rows)


def auc(rows: list[Row], factor: float) -> float:
    """How often a good page's confidence is above a bad page's (ties count half)."""
    pos = sorted(conf * (factor if flat else 1.0) for _, flat, conf, good in rows if good)
    neg = sorted(conf * (factor if flat else 1.0) for _, flat, conf, good in rows if not good)
    if not pos or not neg:
        return float("nan")
    import bisect

    wins = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
               for p in pos)
    return wins / (len(pos) * len(neg))


def report(rows: list[Row], label: str) -> None:
    """Per converter: pages, the share that is good and the mean confidence at factor 1."""
    by: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by[row[0]].append(row)
    print(f"{label}: converter, pages, collapsed, good share, mean confidence (factor 1)")
    for conv, rs in by.items():
        print(f"  {conv:10s} {len(rs):4d} {sum(r[1] for r in rs):4d}  good {sum(r[3] for r in rs) / len(rs):.3f}"
              f"  confidence {sum(r[2] for r in rs) / len(rs):.3f}")


def main(argv: list[str]) -> int:
    dev, held = collect(*dumps_and_holdout(argv, __doc__))
    if not any(r[1] for r in dev):
        print("no collapsed dumps among the dev pages: nothing to fit", file=sys.stderr)
        return 1
    report(dev, "dev")
    print("factor  Brier(dev)  AUC(dev)")
    for f in FACTORS:
        print(f"  {f:.2f}   {brier(dev, f):.4f}     {auc(dev, f):.3f}")
    best = min(FACTORS, key=lambda f: (round(brier(dev, f), 6), -f))
    print(f"chosen factor {best:.2f} (lowest Brier on the {len(dev)} dev pages)")
    if held:
        report(held, "held-out")
        for f in (1.0, best):
            print(f"held-out at {f:.2f}: Brier {brier(held, f):.4f}  AUC {auc(held, f):.3f}  ({len(held)} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
