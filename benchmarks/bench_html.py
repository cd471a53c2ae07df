"""Benchmark the HTML path against trafilatura and readability-lxml, same pages, same run.

Every extractor runs in this one process over the same raw bytes, one page at a time, so the
timings are comparable (single process, warm imports). Body F1 is the article-extraction-benchmark
metric as ``../shared/tools/score.py`` computes it (4-gram shingles, mean precision and recall).

    python benchmarks/bench_html.py ../shared/dev/sh_dev/html
    python benchmarks/bench_html.py ../shared/dev/sh_dev/html --only newsclean --worst 10
    python benchmarks/bench_html.py ../shared/dev/sh_dev/html --memory   # + the 10 MB page check

Needs the ``bench`` extra (trafilatura, htmldate, psutil).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE_DIR = HERE.parent.parent / "shared" / "tools"


def _load_metric() -> Callable[[list[tuple[str, str]]], dict]:
    """The shared scorer's ``body_scores`` (same metric as score.py), or a copy of it."""
    sys.path.insert(0, str(SCORE_DIR))
    try:
        from score import body_scores  # type: ignore[import-not-found]

        return body_scores
    except ImportError:
        return _body_scores


def _body_scores(pairs: list[tuple[str, str]]) -> dict:
    import re
    from collections import Counter

    token = re.compile(r"\w+")

    def sh(text: str) -> Counter:
        t = token.findall(text or "")
        if len(t) < 4:
            return Counter([tuple(t)] if t else [])
        return Counter(tuple(t[i:i + 4]) for i in range(len(t) - 3))

    ps, rs, per = [], [], []
    for gold, pred in pairs:
        g, p = sh(gold), sh(pred)
        tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
        prec = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
        rec = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
        if tp + fp:
            ps.append(prec)
        if tp + fn:
            rs.append(rec)
        per.append(2 * prec * rec / ((prec + rec) or 1))
    p, r = statistics.mean(ps) if ps else 0.0, statistics.mean(rs) if rs else 0.0
    return {"f1": 2 * p * r / ((p + r) or 1), "precision": p, "recall": r, "per_doc_f1": per}


ARTICLES: dict[bytes, object] = {}  # newsclean's full records of the timed run, for --meta/--confidence


def _newsclean() -> Callable[[bytes], str]:
    from newsclean import clean

    def run(raw: bytes) -> str:
        article = clean(raw, input_format="html")
        ARTICLES[raw] = article
        return article.text

    return run


def _trafilatura(with_metadata: bool) -> Callable[[bytes], str]:
    import trafilatura

    if with_metadata:
        return lambda raw: trafilatura.extract(raw, with_metadata=True, output_format="json") or ""
    return lambda raw: trafilatura.extract(raw) or ""


def _trafilatura_text(out: str) -> str:
    return json.loads(out).get("text", "") if out.startswith("{") else out


def _readability() -> Callable[[bytes], str]:
    from lxml import html as lhtml
    from readability import Document

    def run(raw: bytes) -> str:
        summary = Document(raw).summary(html_partial=True)
        return lhtml.fromstring(summary).text_content() if summary.strip() else ""

    return run


EXTRACTORS: dict[str, Callable[[], Callable[[bytes], str]]] = {
    "newsclean": _newsclean,
    "trafilatura": lambda: _trafilatura(False),
    "trafilatura+meta": lambda: _trafilatura(True),
    "readability": _readability,
}


def run_one(name: str, fn: Callable[[bytes], str], pages: list[tuple[str, bytes]]) -> tuple[dict[str, str], list[float]]:
    """Run one extractor over all pages; return texts by id and milliseconds per page."""
    texts, times = {}, []
    for pid, raw in pages:
        gc.collect()
        t0 = time.perf_counter()
        try:
            out = fn(raw)
        except Exception as exc:  # noqa: BLE001 - a competitor's crash scores as empty
            print(f"  {name} failed on {pid[:12]}: {exc!r}", file=sys.stderr)
            out = ""
        times.append((time.perf_counter() - t0) * 1000)
        texts[pid] = _trafilatura_text(out) if name == "trafilatura+meta" else out
    return texts, times


def confidence_report(pages: list[tuple[str, bytes]], per_doc: dict[str, float]) -> None:
    """Mean F1 of the pages newsclean is confident about (>= 0.8) and of the others."""
    hi = [per_doc[pid] for pid, raw in pages if ARTICLES[raw].confidence >= 0.8]
    lo = [per_doc[pid] for pid, raw in pages if ARTICLES[raw].confidence < 0.8]
    fmt = lambda xs: f"{statistics.mean(xs):.4f} (n={len(xs)})" if xs else "- (n=0)"  # noqa: E731
    print(f"confidence >= 0.8: mean F1 {fmt(hi)};  < 0.8: mean F1 {fmt(lo)}")
    conf = [ARTICLES[raw].confidence for _, raw in pages]
    f1 = [per_doc[pid] for pid, _ in pages]
    print(f"Spearman(confidence, F1) = {_spearman(conf, f1):.4f} (n={len(f1)})")


def _ranks(xs: list[float]) -> list[float]:
    """Ranks with ties given their mean rank."""
    order = sorted(range(len(xs)), key=xs.__getitem__)
    out = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def _spearman(a: list[float], b: list[float]) -> float:
    """Spearman rank correlation (Pearson on tie-averaged ranks); 0 when either side is constant."""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = statistics.mean(ra), statistics.mean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    var = sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)
    return cov / var ** 0.5 if var else 0.0


def meta_report(pages: list[tuple[str, bytes]], gold: dict) -> None:
    """Dates and authors beside trafilatura's and htmldate's, listing every page where they differ."""
    import trafilatura
    from htmldate import find_date

    differ = 0
    for pid, raw in pages:
        art = ARTICLES[raw]
        tm = trafilatura.extract_metadata(raw)
        hd = find_date(raw, original_date=True, url=gold[pid].get("url"))
        ours = (art.date or "")[:10] or None
        traf_date = tm.date if tm else None
        traf_auth = tm.author if tm else None
        if ours != hd or ours != traf_date or not _same_people(art.authors, traf_auth):
            differ += 1
            print(f"  {pid[:12]} date ours {ours} htmldate {hd} trafilatura {traf_date} | "
                  f"authors ours {art.authors} trafilatura {traf_auth!r}")
    print(f"pages where date or authors differ from trafilatura/htmldate: {differ} of {len(pages)}")


def _same_people(ours: list[str], theirs: str | None) -> bool:
    norm = lambda s: " ".join(s.casefold().replace(".", "").split())  # noqa: E731
    return {norm(a) for a in ours} == {norm(a) for a in (theirs or "").split(";") if a.strip()}


def memory_check(size_mb: int = 10) -> None:
    """Clean a synthetic page of ``size_mb`` MB and report time and peak RSS growth."""
    import resource

    from newsclean import clean

    nav = '<ul class="menu">' + '<li><a href="/x">Link</a></li>' * 40 + "</ul>\n"
    prose = "a sentence of ordinary article text, which goes on for a while. " * 6
    parts, size, n = [], 0, 0
    while size < size_mb * 1024 * 1024:  # distinct paragraphs (repeats would be dropped as duplicates)
        chunk = "<div class='section'>" + "".join(f"<p>Paragraph {n + k}: {prose}</p>\n" for k in range(20)) + nav + "</div>\n"
        parts.append(chunk)
        size, n = size + len(chunk), n + 20
    body = "".join(parts)
    html = f"<html><head><title>Big page</title></head><body><article>{body}</article></body></html>"
    raw = html.encode()
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    art = clean(raw, input_format="html")
    secs = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: {len(raw) / 1e6:.1f} MB page -> {len(art.text) / 1e6:.1f} MB text in {secs:.2f} s; "
          f"peak RSS {after:.0f} MB (grew {after - before:.0f} MB)")


def _gold_bodies(folder: Path) -> dict[str, dict]:
    """The set's article bodies: ``ground-truth.json`` (sh_dev), else the entries of ``gold.json`` that
    carry an ``articleBody`` (dev/fundus), as score.py reads them."""
    truth = folder / "ground-truth.json"
    if truth.is_file():
        return json.loads(truth.read_text(encoding="utf-8"))
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {k: g for k, g in gold.items() if g.get("articleBody") is not None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="html/ folder beside ground-truth.json (or a gold.json with bodies)")
    ap.add_argument("--only", action="append", choices=sorted(EXTRACTORS), help="run only these (repeatable)")
    ap.add_argument("--worst", type=int, default=0, help="list newsclean's N worst pages with the others' F1")
    ap.add_argument("--memory", action="store_true", help="also clean a synthetic 10 MB page")
    ap.add_argument("--confidence", action="store_true", help="mean F1 above and below confidence 0.8")
    ap.add_argument("--cold", action="store_true",
                    help="do not compile newsclean's lexicon before timing (its compiling lands in the first pages)")
    ap.add_argument("--meta", action="store_true", help="dates/authors against trafilatura and htmldate")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    body_scores = _load_metric()
    gold = _gold_bodies(args.folder.parent)
    pages = [(p.stem, p.read_bytes()) for p in sorted(args.folder.glob("*.html")) if p.stem in gold]
    names = args.only or list(EXTRACTORS)
    results: dict[str, tuple[dict, list[float], dict]] = {}
    for name in names:
        fn = EXTRACTORS[name]()
        fn(pages[0][1])  # warm-up: imports and lazy initialisation are not per-page costs
        if name == "newsclean" and not args.cold:
            # newsclean compiles its lexicon a group at a time as blocks need it (short start-up for
            # one file); trafilatura compiles its patterns at import. Both are once-per-process costs,
            # so both are paid before timing; --cold times newsclean's compiling inside its pages.
            from newsclean import lexicon

            lexicon.warm()
        texts, times = run_one(name, fn, pages)
        scores = body_scores([(gold[pid]["articleBody"], texts[pid]) for pid, _ in pages])
        results[name] = (texts, times, scores)
    base = statistics.median(results["trafilatura"][1]) if "trafilatura" in results else None
    print(f"{len(pages)} pages, single process")
    print(f"{'extractor':18} {'F1':>7} {'prec':>7} {'rec':>7} {'med ms':>8} {'p95 ms':>8} {'max ms':>8} {'med/traf':>9}")
    for name, (_, times, s) in results.items():
        med = statistics.median(times)
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        ratio = f"{med / base:.2f}" if base else "-"
        print(f"{name:18} {s['f1']:7.4f} {s['precision']:7.4f} {s['recall']:7.4f} {med:8.1f} {p95:8.1f} "
              f"{max(times):8.1f} {ratio:>9}")
    if args.worst and "newsclean" in results:
        ids = [pid for pid, _ in pages]
        per = {n: dict(zip(ids, r[2]["per_doc_f1"], strict=False)) for n, r in results.items()}
        print(f"\nnewsclean's {args.worst} worst pages (F1 per extractor):")
        for pid in sorted(ids, key=lambda i: per["newsclean"][i])[: args.worst]:
            print(f"  {pid[:12]} " + "  ".join(f"{n} {per[n][pid]:.2f}" for n in per))
    if args.confidence and "newsclean" in results:
        confidence_report(pages, dict(zip([pid for pid, _ in pages], results["newsclean"][2]["per_doc_f1"], strict=True)))
    if args.meta and "newsclean" in results:
        meta_report(pages, gold)
    if args.memory:
        memory_check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
