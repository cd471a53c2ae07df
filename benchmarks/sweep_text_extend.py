"""Sweep one of settings.TEXT_EXTEND_LIMITS: body F1 of the text path on the dev sets' dumps.

Usage: python benchmarks/sweep_text_extend.py KEY V1 V2 ... [--dev ../shared/dev]
       [--dumps OUT_DIR] [--holdout benchmarks/text_holdout.txt] [--only dev|held]

For each value of ``KEY`` (e.g. ``forward_gap``), every dump of the body-gold sets (sh_dev, fundus:
``text_inscriptis``, ``text_bs4``, plus the converters of ``--dumps``, a folder written by
``bench_converters.py render``) is cleaned again in this process and scored against the gold body the
way ``../shared/tools/score.py`` scores it (4-gram shingles of ``\\w+`` tokens; here the mean of the
pages' F1). Held-out pages (``--holdout``, lines ``<set>:<id>``) are left out unless ``--only held``,
so a value is chosen on the rest and checked on them last. A value is kept when it helps on every
set and converter, not on one at another's cost.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_converters import body_f1 as _f1  # noqa: E402  (the one copy of score.py's body measure)

from newsclean import settings  # noqa: E402
from newsclean.text_extract import extract_text  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared/dev"
def _folders(dev: Path, dumps: Path | None) -> list[tuple[str, str, Path, dict[str, str]]]:
    """(set, converter, folder, {id: gold body}) for every dump folder with body gold."""
    out = []
    for name in ("sh_dev", "fundus"):
        gt = dev / name / "ground-truth.json"
        raw = json.loads((gt if gt.exists() else dev / name / "gold.json").read_text(encoding="utf-8"))
        bodies = {k: v["articleBody"] for k, v in raw.items() if v.get("articleBody")}
        for conv in ("text_inscriptis", "text_bs4"):
            out.append((name, conv, dev / name / conv, bodies))
        if dumps:
            for conv in ("html2text", "h2t_wrap", "lynx", "w3m"):
                if (dumps / name / conv).is_dir():
                    out.append((name, conv, dumps / name / conv, bodies))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("key", choices=sorted(settings.TEXT_EXTEND_LIMITS))
    ap.add_argument("values", nargs="+", type=int)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--dumps", type=Path, default=None)
    ap.add_argument("--holdout", type=Path, default=Path(__file__).with_name("text_holdout.txt"))
    ap.add_argument("--only", choices=("dev", "held"), default="dev")
    args = ap.parse_args()
    held = {ln.strip() for ln in args.holdout.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    jobs = []
    for name, conv, folder, bodies in _folders(args.dev, args.dumps):
        pages = [(k, b) for k, b in sorted(bodies.items())
                 if ((f"{name}:{k}" in held) == (args.only == "held")) and (folder / f"{k}.txt").is_file()]
        texts = [(folder / f"{k}.txt").read_text(encoding="utf-8", errors="replace") for k, _ in pages]
        jobs.append((f"{name}/{conv}", [b for _, b in pages], texts))
    print("value " + " ".join(f"{label:>22}" for label, _, _ in jobs))
    for value in args.values:
        settings.TEXT_EXTEND_LIMITS[args.key] = value
        row = [sum(_f1(g, extract_text(t).text or "") for g, t in zip(golds, texts, strict=True)) / len(golds)
               for _, golds, texts in jobs]
        print(f"{value:5d} " + " ".join(f"{x:22.4f}" for x in row), flush=True)


if __name__ == "__main__":
    main()
