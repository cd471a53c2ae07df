"""Clean a folder of text dumps in-process, write JSON Lines, and split body F1 by confidence.

Usage (from the project root)::

    python benchmarks/text_confidence.py ../shared/dev/sh_dev/text_inscriptis -o /tmp/pred.jsonl
    python ../shared/tools/score.py ../shared/dev/sh_dev/text_inscriptis --predictions /tmp/pred.jsonl

With a ``ground-truth.json`` beside the folder it also prints the mean per-page F1 (the
article-extraction-benchmark metric, from ``score.py``) of pages whose ``confidence`` is at least
the threshold against those below it: a useful confidence separates good pages from bad ones.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from newsclean import clean


def predict(folder: Path, now: str | None) -> list[dict]:
    """Records for every ``*.txt`` file in ``folder`` (sorted), as the CLI would write them."""
    from datetime import datetime

    when = datetime.fromisoformat(now) if now else None
    out = []
    for path in sorted(folder.glob("*.txt")):
        article = clean(path.read_bytes(), input_format="text", now=when, source=str(path))
        out.append(article.to_dict())
    return out


def confidence_split(folder: Path, records: list[dict], threshold: float, score_py: Path) -> None:
    """Print mean per-page F1 above and below ``threshold`` of confidence."""
    sys.path.insert(0, str(score_py.parent))
    from score import precision, recall, tp_fp_fn  # type: ignore[import-not-found]

    gold = json.loads((folder.parent / "ground-truth.json").read_text(encoding="utf-8"))
    high, low = [], []
    for rec in records:
        pid = Path(rec["source"]).stem
        if pid not in gold:
            continue
        c = tp_fp_fn(gold[pid].get("articleBody", ""), rec.get("text") or "")
        p, r = precision(*c), recall(*c)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        (high if rec["confidence"] >= threshold else low).append(f1)
    for name, vals in ((f"confidence >= {threshold:.2f}", high), (f"confidence <  {threshold:.2f}", low)):
        mean = statistics.mean(vals) if vals else float("nan")
        print(f"{name}: {len(vals):3d} pages, mean F1 {mean:.4f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("-o", "--output", type=Path, help="write the JSON Lines records here")
    ap.add_argument("--now", help="resolve relative dates against this ISO date-time")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--score-py", type=Path, default=Path(__file__).resolve().parents[2] / "shared/tools/score.py")
    args = ap.parse_args()
    records = predict(args.folder, args.now)
    if args.output:
        args.output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    if (args.folder.parent / "ground-truth.json").is_file() and args.score_py.is_file():
        confidence_split(args.folder, records, args.threshold, args.score_py)
    return 0


if __name__ == "__main__":
    sys.exit(main())
