"""The text path on dumps of the dev HTML made by several converters: body agreement and metadata.

Every HTML page is a labelled text dump: render it with a converter, clean the dump with the text
path, and compare with what the HTML path takes from the page (its article text) and with the set's
gold (title, author, date where the set has them).

Usage (from the project root)::

    python benchmarks/bench_converters.py render OUT_DIR        # write the dumps (once; slow)
    python benchmarks/bench_converters.py score OUT_DIR [--holdout benchmarks/text_holdout.txt] [--only held|dev]

``render`` writes ``OUT_DIR/<set>/<converter>/<id>.txt`` for the dev sets (sh_dev, fundus,
postlight) beside the project, the set's gold file beside the converter folders (so
``python ../shared/tools/score.py OUT_DIR/fundus/lynx`` works too), and the HTML path's output
``OUT_DIR/<set>/html.jsonl`` (the reference for body agreement). Converters:

- ``inscriptis``, ``bs4``: the dev sets' own dumps (``text_inscriptis``, ``text_bs4``), copied;
- ``html2text``: Markdown, unwrapped (``body_width=0``);
- ``h2t_wrap``: html2text's defaults (wrapped at 78 columns, inline links);
- ``lynx``: ``lynx -dump`` (numbered links, a References list), when lynx is installed;
- ``w3m``: ``w3m -dump`` (links as text, tables drawn), when w3m is installed;
- ``flat``: the bs4 dump with all white space collapsed to single spaces, the whole page on one line
  (what scrapers that save ``" ".join(text.split())`` keep);
- converters the text path was never tuned on, added on 2026-12-01 to measure how it does on dumps of shapes
  it has not seen (each skipped when not installed): ``html_text`` (the ``html-text`` package's
  ``extract_text(guess_layout=True)``, as scrapy users dump pages), ``markdownify`` (Markdown, scripts and
  styles removed first), ``elinks`` and ``links`` (``-dump`` at 80 columns: the <head>'s links printed
  first as "Link: …" lines, headings centred), ``pandoc`` (``-t plain --wrap=none``).

``score`` cleans every dump, and prints per set and converter: body F1 against the HTML path's
text (4-gram shingles, as ``score.py``), body F1 against the gold where the set has bodies, and
title exact / author / date accuracy against the gold, and the share of pages whose gold lead (the
article's first words) starts within the text's first 500 word characters (all compared as
``score.py`` compares them). ``--sets`` limits the run to some sets. ``--holdout FILE`` (lines ``<set>:<id>``) splits the figures into the held-out pages and the rest.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[2] / "shared"
if not _SHARED.is_dir():
    _SHARED = Path("/work/shared")
DEV = _SHARED / "dev"
SETS = ("sh_dev", "fundus", "postlight")
# The converters the text path's rules and weights were developed on, and those added later to measure it
# on shapes of dump it has not seen.
TUNED_CONVERTERS = ("inscriptis", "bs4", "html2text", "h2t_wrap", "lynx", "w3m", "flat")
UNSEEN_CONVERTERS = ("html_text", "markdownify", "elinks", "links", "pandoc")
CONVERTERS = TUNED_CONVERTERS + UNSEEN_CONVERTERS
# The converters added to measure dumps of unseen shapes (never tuned on): skipped when not installed.
_OPTIONAL = {"lynx": "lynx", "w3m": "w3m", "elinks": "elinks", "links": "links", "pandoc": "pandoc",
             "html_text": "html_text", "markdownify": "markdownify", "html2text": "html2text", "h2t_wrap": "html2text"}
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _h2t(html: str, **options: object) -> str:
    import html2text  # benchmark-only dependency

    conv = html2text.HTML2Text()
    for k, v in options.items():
        setattr(conv, k, v)
    return conv.handle(html)


def _run(cmd: list[str], html: str, as_file: bool = False) -> str:
    if as_file:  # (links reads no page from stdin)
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as fh:
            fh.write(html)
        try:
            done = subprocess.run([*cmd, fh.name], capture_output=True, timeout=60, check=False)
        finally:
            Path(fh.name).unlink()
    else:
        done = subprocess.run(cmd, input=html.encode("utf-8"), capture_output=True, timeout=60, check=False)
    return done.stdout.decode("utf-8", errors="replace")


def _html_text(html: str) -> str:
    import html_text  # benchmark-only dependency

    return str(html_text.extract_text(html, guess_layout=True))


def _markdownify(html: str) -> str:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    from markdownify import markdownify  # benchmark-only dependency

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return str(markdownify(str(soup)))


def _available(conv: str) -> bool:
    """Whether a converter's program or package is installed."""
    need = _OPTIONAL.get(conv)
    if need is None:
        return True
    if need in ("lynx", "w3m", "elinks", "links", "pandoc"):
        return shutil.which(need) is not None
    return importlib.util.find_spec(need) is not None


RENDER: dict[str, Callable[[str], str]] = {
    "html2text": lambda h: _h2t(h, body_width=0),
    "h2t_wrap": lambda h: _h2t(h),
    "lynx": lambda h: _run(["lynx", "-dump", "-stdin", "-force_html", "-assume_charset=utf-8",
                            "-display_charset=utf-8", "-width=80"], h),
    "w3m": lambda h: _run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", "80"], h),
    "html_text": _html_text,
    "markdownify": _markdownify,
    "elinks": lambda h: _run(["elinks", "-dump", "-dump-charset", "utf-8", "-force-html", "-dump-width", "80",
                              "-no-references", "-no-numbering"], h),
    "links": lambda h: _run(["links", "-dump", "-codepage", "utf-8", "-width", "80"], h, as_file=True),
    "pandoc": lambda h: _run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none"], h),
}


def render(out: Path) -> None:
    """Write every dev page's dumps, the gold beside them and the HTML path's output."""
    from newsclean import clean

    for name in SETS:
        src = DEV / name
        pages = sorted((src / "html").glob("*.html"))
        for gold in ("gold.json", "ground-truth.json"):
            if (src / gold).is_file():
                (out / name).mkdir(parents=True, exist_ok=True)
                shutil.copy(src / gold, out / name / gold)
        for conv in ("inscriptis", "bs4"):
            dst = out / name / conv
            dst.mkdir(parents=True, exist_ok=True)
            for p in sorted((src / f"text_{conv}").glob("*.txt")):
                shutil.copy(p, dst / p.name)
        flat = out / name / "flat"
        flat.mkdir(parents=True, exist_ok=True)
        for p in sorted((out / name / "bs4").glob("*.txt")):
            (flat / p.name).write_text(" ".join(p.read_text(encoding="utf-8").split()), encoding="utf-8")
        for conv, fn in RENDER.items():
            if not _available(conv):
                print(f"{conv} not installed: skipped", file=sys.stderr)
                continue
            dst = out / name / conv
            dst.mkdir(parents=True, exist_ok=True)
            for p in pages:
                html = p.read_text(encoding="utf-8", errors="replace")
                (dst / f"{p.stem}.txt").write_text(fn(html), encoding="utf-8")
        with open(out / name / "html.jsonl", "w", encoding="utf-8") as fh:
            for p in pages:
                art = clean(p.read_bytes(), input_format="html")
                rec = {"id": p.stem, "text": art.text, "title": art.title, "byline": art.byline,
                       "authors": art.authors, "date": art.date}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: {len(pages)} pages rendered", file=sys.stderr)


# --- comparing (as score.py does) ---------------------------------------------------------------


def _shingles(text: str) -> dict[tuple[str, ...], int]:
    toks = _TOKEN.findall(text or "")
    out: dict[tuple[str, ...], int] = {}
    for i in range(max(1, len(toks) - 3)):
        key = tuple(toks[i:i + 4])
        if key:
            out[key] = out.get(key, 0) + 1
    return out


def body_f1(gold: str, pred: str) -> float:
    """F1 of 4-gram shingles of word tokens (the article-extraction-benchmark's measure)."""
    g, p = _shingles(gold), _shingles(pred)
    if not g and not p:
        return 1.0
    common = sum(min(n, p.get(k, 0)) for k, n in g.items())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def norm_title(s: str | None) -> str:
    """NFKC, case-folded, ``\\w+`` tokens joined by one space."""
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", s or "").casefold()))


def _names(s: str | None) -> set[str]:
    parts = re.split(r"\s*(?:,|;|&|\band\b)\s*", s or "")
    return {norm_title(p) for p in parts if norm_title(p)}


def author_ok(gold: str, byline: str | None, authors: list[str] | None) -> bool:
    """The gold's names equal the byline's or the authors' names."""
    want = _names(gold)
    return bool(want) and (want == _names(byline) or want == _names("; ".join(authors or [])))


def date_ok(entry: dict, date: str | None) -> bool:
    """The record's day is the page's day (or the UTC day of the published time)."""
    if not date:
        return False
    days = {date[:10]}
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?([+-]\d\d:?\d\d|Z)$", date)
    if m:
        from datetime import datetime, timezone

        with contextlib.suppress(ValueError):
            days.add(datetime.fromisoformat(date.replace("Z", "+00:00")).astimezone(timezone.utc).date().isoformat())
    want = {d[:10] for d in (entry.get("date"), entry.get("date_published")) if d}
    if entry.get("date_published") and "T" in entry["date_published"]:
        want.add(entry["date_published"][:10])
    return bool(days & want)


LEAD_START = 500  # as score.py: the lead must start within this many word characters of the text


def _word_chars(s: str | None) -> str:
    return "".join(_TOKEN.findall(unicodedata.normalize("NFKC", s or "").casefold()))


def lead_ok(gold_lead: str, text: str) -> bool:
    """The gold lead's word characters start within the text's first LEAD_START word characters."""
    key = _word_chars(gold_lead)
    return bool(key) and 0 <= _word_chars(text).find(key) < LEAD_START


def _load_gold(folder: Path) -> dict[str, dict]:
    for name in ("gold.json", "ground-truth.json"):
        if (folder / name).is_file():
            return json.loads((folder / name).read_text(encoding="utf-8"))
    return {}


def dumps_and_holdout(argv: list[str], doc: str | None) -> tuple[Path, set[str]]:
    """The command line of the scripts that read these dumps: the dumps' folder (``render``'s output)
    and the held-out pages of ``--holdout``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", type=Path)
    ap.add_argument("--holdout", type=Path, default=None)
    args = ap.parse_args(argv)
    return args.dumps, read_holdout(args.holdout)


def body_answers(out: Path, name: str) -> dict[str, str]:
    """Each page's answer for its body: the set's gold article body where it has one, else the HTML
    path's text (``html.jsonl``, written by ``render``); empty when the set was not rendered."""
    if not (out / name / "html.jsonl").is_file():
        return {}
    gold = _load_gold(out / name)
    with open(out / name / "html.jsonl", encoding="utf-8") as fh:
        ref = {r["id"]: r["text"] for r in map(json.loads, fh)}
    return {pid: gold.get(pid, {}).get("articleBody") or text for pid, text in ref.items()
            if gold.get(pid, {}).get("articleBody") or text}


def score_set(out: Path, name: str, conv: str, subset: Callable[[str], bool]) -> dict[str, float] | None:
    """Figures for one set and converter over the pages ``subset`` accepts."""
    from newsclean import clean

    folder = out / name / conv
    if not folder.is_dir():
        return None
    gold = _load_gold(out / name)
    ref = {r["id"]: r for r in map(json.loads, (out / name / "html.jsonl").open(encoding="utf-8"))}
    agree, f1s, titles, authors, dates, leads = [], [], [], [], [], []
    t0 = time.perf_counter()
    n = 0
    for p in sorted(folder.glob("*.txt")):
        pid = p.stem
        if not subset(f"{name}:{pid}"):
            continue
        n += 1
        art = clean(p.read_bytes(), input_format="text")
        agree.append(body_f1(ref[pid]["text"], art.text))
        g = gold.get(pid, {})
        if g.get("articleBody"):
            f1s.append(body_f1(g["articleBody"], art.text))
        if g.get("title"):
            titles.append(norm_title(g["title"]) == norm_title(art.title))
        if g.get("author"):
            authors.append(author_ok(g["author"], art.byline, art.authors))
        if g.get("date") or g.get("date_published"):
            dates.append(date_ok(g, art.date))
        if g.get("lead"):
            leads.append(lead_ok(g["lead"], art.text))
    secs = time.perf_counter() - t0

    def mean(xs: list) -> float:
        return sum(xs) / len(xs) if xs else float("nan")

    return {"pages": n, "agree": mean(agree), "body": mean(f1s), "title": mean(titles),
            "author": mean(authors), "date": mean(dates), "lead": mean(leads), "files/s": n / secs if secs else 0.0}


def read_holdout(path: Path | None) -> set[str]:
    """The held-out pages of a holdout file (lines ``<set>:<id>``; ``#`` comments), or none."""
    if not path or not path.is_file():
        return set()
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}


def score(out: Path, holdout: Path | None, only: str | None, sets: tuple[str, ...] = SETS) -> None:
    """Print the figures per set and converter (held-out pages and the rest apart)."""
    held = read_holdout(holdout)
    parts: list[tuple[str, Callable[[str], bool]]] = [("all", lambda k: True)]
    if held:
        parts = [("dev", lambda k: k not in held), ("held", lambda k: k in held)]
    if only:
        parts = [p for p in parts if p[0] == only]
    print(f"{'set':10} {'converter':11} {'part':5} {'pages':>5} {'agree':>6} {'body':>6} {'title':>6} "
          f"{'author':>6} {'date':>6} {'lead':>6} {'files/s':>7}")
    for name in sets:
        for conv in CONVERTERS:
            for part, subset in parts:
                r = score_set(out, name, conv, subset)
                if r is None or not r["pages"]:
                    continue
                print(f"{name:10} {conv:11} {part:5} {r['pages']:5d} {r['agree']:6.3f} {r['body']:6.3f} "
                      f"{r['title']:6.3f} {r['author']:6.3f} {r['date']:6.3f} {r['lead']:6.3f} {r['files/s']:7.0f}", flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("render", "score"))
    ap.add_argument("out", type=Path)
    ap.add_argument("--holdout", type=Path, default=None)
    ap.add_argument("--only", choices=("dev", "held"), default=None)
    ap.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    args = ap.parse_args(argv)
    if args.command == "render":
        render(args.out)
    else:
        score(args.out, args.holdout, args.only, tuple(args.sets))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
