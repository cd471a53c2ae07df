"""Fit the weights the text path uses to choose a dump's title, byline and date lines.

Usage (from the project root; needs numpy, and the dumps written by ``bench_converters.py render``)::

    python benchmarks/bench_converters.py render /tmp/dumps
    python benchmarks/fit_text_meta.py /tmp/dumps [--holdout benchmarks/text_holdout.txt] [--write] [--cv 5]

Training data: every page of ``dev/fundus`` and ``dev/postlight`` (the sets with title, author and
date gold), and for the byline also ``dev/sh_dev`` (the HTML path's authors as the answer, "none"
where it finds none), rendered by the converters in ``TRAIN_CONVERTERS``, minus the held-out pages
(lines ``<set>:<id>`` in the holdout file). For each page and field, the candidates of
``newsclean.text_fields`` get their features; the candidate whose value equals the gold is the
answer (for the title, every candidate whose text equals the gold: the <title> line and the headline
that repeats it are one answer, so neither copy is taught to lose; for byline and date, the first
such candidate, or the "none" candidate when no candidate is right; pages whose title is
no candidate, and pages that print the gold author's name near the article's start without any
candidate having it, are left out: they teach nothing about when a page names nobody). The weights are those of a conditional logit (a softmax over each
page's candidates) fitted by full-batch gradient descent from zero with L2 shrinkage: deterministic,
so a rerun gives the same numbers. The title is fitted first; the byline's features use the fitted
title's line, and the date's both.

Prints the weights and, per set, converter and part (dev / held), the share of pages whose chosen
value is right. ``--write`` stores the weights in ``src/newsclean/text_fields_weights.json`` with the
figures and the command as provenance. ``--cv K`` also prints the title's and the author's accuracy under site-grouped
K-fold cross-validation of the dev pages, the steadier figure to compare features and models by (on
2026-11-30, 5 folds: this linear model 0.648 over the six converters, 0.670 once the title's answer
counts all its copies and lynx's link lines and U+02BC apostrophes no longer spoil candidates; scikit-learn's
GradientBoostingClassifier over the same candidate features, 100 trees of depth 3 or 4, 0.646 and
0.628: no better, so the weights stay linear and inference plain Python; 0.674 (bs4 0.701 -> 0.729)
once the <title> line's texts include its joins without a short end part, the title features say how
the <title> texts and the page's lines contain one another, a byline naming a desk or after a "By:" label
is cut off the headline's line and a headline wrapped over two lines is joined where the <title> line holds
it whole. Tried and not kept: the joins as candidates of their own (same CV, fewer flattened dumps right),
a second, stacked stage over the first stage's scores of the lines around each candidate (0.661), a
"headline-shaped line just above" feature (0.670), a wider title window (60 -> 100 lines: 0.681, but bs4
0.715 -> 0.706 and more per-page work), all six converters as training data (0.662)). 0.685 (bs4 0.733 -> 0.751) once a <title> text is cut out
of a page line that runs furniture onto it, a headline printed twice on one line is taken once, a line closing a
parenthesis it does not open is no candidate and a masthead's date of the day at the dump's top no longer marks
the nav line beside it as dated. Tried and not kept: "tops a pair of headline-sized lines, the lower longer" (a
headline over its standfirst; 0.686 -> 0.685, inscriptis 0.701 -> 0.683), "another headline within six lines has
a byline or dateline under it too" (a list of dated teasers; weight +0.04, no change). 0.694 once a headline
sentence's length is counted in the classifier's words (a dash is none), 0.697 (bs4 0.756 -> 0.765, lynx
0.645 -> 0.664) with "over_dek", a line over a standfirst over a byline or dateline (weight +0.92). Tried and
not kept (round 3): "a headline-sized candidate one line above / below" (0.692, fewer postlight pages right),
headlines shaped like a person's name kept as candidates with the "person" feature (0.687, as many lost as
won), a standfirst-shaped "lead overlap >= 0.85" (0.691), the <title> page's and the other pages' own weights
(0.678), L2 0.003 or 0.03 (0.688, 0.680), the topmost of near-tied candidates within 2 lines (shipped
weights: 934 vs 932 right, fewer on the text_* dev folders), a headline wrapped at 80 columns joined to the
next line (lynx, w3m; more false joins in unwrapped dumps than wrapped headlines found). 0.701 (bs4 0.765 -> 0.774,
lynx 0.664 -> 0.673, w3m 0.647 -> 0.656) once a name-shaped text the <title> holds is a candidate, a headline-sized
line below captions that seem to begin the article stays one when it echoes the <title>, "Headline Ana Ruiz by Ana
Ruiz" is cut whole and a headline glued to a caption at its closing quotation mark is cut there. Tried and not kept
(round 4): name-shaped lines also over a standfirst over a byline (0.695, bs4 0.756), or held word for word inside
a <title> text ("Purple Rain" in "Purple Rain Lyrics"; 0.700, bs4 0.765), a kicker set apart by two spaces (no page
won), two lines joined when the join starts a longer <title> text or a <title> cut short starts the join ("Kicker" /
"Headline" under "Kicker: Headline, Site"; 963 right with these weights, but refitted 961 and the same CV 0.701:
two near-ties flip, fundus/text_inscriptis one page lower). 0.730 (html2text 0.701 -> 0.751, lynx 0.682 -> 0.723;
inscriptis, bs4, w3m unchanged) with "heading", a line the converter marks a heading (Markdown's "#", lynx's
flush left), fitted after the other weights (fit_title; fitted with them: 0.722, inscriptis 0.706 -> 0.697).
0.747 (html2text 0.751 -> 0.783, h2t_wrap 0.751 -> 0.778, lynx 0.723 -> 0.764; inscriptis, bs4, w3m unchanged:
they print no link addresses) with the title a page's share links carry ("shared": a candidate equal to it, weight
+2.5; "share_only": it as a candidate of its own when no line holds it, +0.3), fitted after the heading mark
(MARK_GROUPS; fitted with the other weights, 0.742 but fundus bs4 dev 79 -> 77 of 103). Tried and not kept (round
5, all within one page of 0.731 under the shipped features): a teaser block (a headline with its byline or dateline
under it, and another such pair between it and the article), "a byline 1-3 lines above" (a bio or caption under the
byline), "a headline-sized line 1-2 lines above, no byline or dateline between", "the last headline-sized line
above the first byline or dateline", a quotation mark first, a copy within 3 lines, "under a line equal to a
<title> text" and "a <title> text over another headline", products of two features (lead overlap or words with a
sentence, dateline near with teaser run, inside or the meta before, ...), 2000 steps instead of 800. Kickers: of
the dev pages whose line reads "Kicker: Headline" or "Kicker - Headline" with the gold one of the two, 38 sites
keep the kicker and 4 cut it (the same two-lines evidence, "Kicker: Headline" over "Kicker Headline", fits NTV's
cut and RuhrNachrichten's kept kicker alike): a publisher's convention, not a page's evidence.
Runs in about 25-30 s.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_converters import author_ok, date_ok, norm_title, read_holdout  # noqa: E402

from newsclean import text_byline, text_date, text_fields, text_title  # noqa: E402
from newsclean.reading import decode  # noqa: E402
from newsclean.text_extract import article_lines  # noqa: E402

TRAIN_CONVERTERS = ("inscriptis", "bs4", "html2text")
CONVERTERS = ("inscriptis", "bs4", "html2text", "h2t_wrap", "lynx", "w3m")
SETS = ("fundus", "postlight")
L2, ITERS, RATE = 0.01, 800, 0.5
WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "newsclean" / "text_fields_weights.json"


def fit(groups: list[tuple[np.ndarray, int | list[int]]], nfeat: int,
        start: np.ndarray | None = None, free: np.ndarray | None = None) -> np.ndarray:
    """Conditional-logit weights: minimise the mean negative log-likelihood of each group's answer.
    An answer given as a list of candidates (a title printed on several lines, or as the <title> line and
    its copy) is the event that any of them is chosen: its probability is their probabilities' sum.
    From ``start`` (zeros if None), moving only the weights ``free`` marks (a 0/1 mask; all if None)."""
    w = np.zeros(nfeat) if start is None else start.copy()
    for _ in range(ITERS):
        grad = np.zeros(nfeat)
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            if isinstance(y, list):
                q = np.zeros_like(p)
                q[y] = p[y]
                grad += x.T @ (p - q / q.sum())
            else:
                grad += x.T @ p - x[y]
        step = RATE * (grad / len(groups) + L2 * w)
        w -= step if free is None else step * free
    return w


# Title features only some converters' dumps express, in groups fitted one after the other: a heading mark
# (Markdown's "#", lynx's flush left); the title a share link's address carries, which only converters that
# print addresses keep.
MARK_GROUPS = (("heading",), ("shared", "share_only"))
MARK_FEATURES = tuple(f for group in MARK_GROUPS for f in group)


def _without_share_only(x: np.ndarray, y: int | list[int], blank: np.ndarray) -> tuple[np.ndarray, int | list[int]] | None:
    """The page's candidates without those only a share link holds (no line of the dump), the features
    ``blank`` marks set to zero; None when the answer was only those."""
    lines = x[:, text_title.TITLE_FEATURES.index("share_only")] == 0
    if lines.all():
        return x * blank, y
    at = {old: new for new, old in enumerate(np.flatnonzero(lines))}
    ys = [at[j] for j in (y if isinstance(y, list) else [y]) if j in at]
    return (x[lines] * blank, ys) if ys else None


def fit_title(groups: list[tuple[np.ndarray, int | list[int]]]) -> np.ndarray:
    """The title weights in two steps: the features every converter's dumps express, fitted with the mark
    features blanked and without the candidates only a share link holds; then the mark features' weights
    alone, the others held, on the pages whose dumps mark a candidate, one group after the other
    (``MARK_GROUPS``). (Fitted all at once, the html2text
    pages a heading mark settles stop informing the other weights, and inscriptis and bs4 dumps, which mark
    nothing, lost titles: postlight/text_inscriptis 112 -> 110 of 148; with the share-link features, fundus
    bs4 dev 79 -> 77 of 103.)"""
    nfeat = len(text_title.TITLE_FEATURES)
    marks = np.array([float(f in MARK_FEATURES) for f in text_title.TITLE_FEATURES])
    first = [g for x, y in groups for g in (_without_share_only(x, y, 1 - marks),) if g is not None]
    w = fit(first, nfeat)
    # (Then each group of mark features alone, on the pages that express it, the later groups blanked:
    # the heading mark's weight is what it was before the share-link features came.)
    later = marks.copy()
    for group in MARK_GROUPS:
        free = np.array([float(f in group) for f in text_title.TITLE_FEATURES])
        later -= free
        marked = [g for x, y in groups if (x @ free).any()
                  for g in ((_without_share_only(x, y, 1 - later) if later.any() else (x, y)),) if g is not None]
        if marked:
            w = fit(marked, nfeat, w, free)
    return w


def _html_authors(folder: Path) -> dict[str, dict]:
    """sh_dev has no metadata gold: the HTML path's authors stand in (its byline search reads the
    page's markup), and a page where it finds none teaches when a page names nobody."""
    out = {}
    for line in (folder / "html.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        names = "; ".join(rec["authors"] or []) or rec["byline"]
        out[rec["id"]] = {"author": names} if names else {"no_author": True}
    return out


def _named_in(author: str, page: text_fields.Page) -> bool:
    """Whether the gold's first name appears in the lines near the article's start."""
    first = re.split(r"[;,&]| and ", author)[0].strip().casefold()
    lo, hi = max(0, page.start - 40), min(len(page.lines), page.start + 15)
    return bool(first) and any(first in page.lines[i].text.casefold() for i in range(lo, hi))


def choose(cands: list, w: np.ndarray, at: int) -> int | None:
    """Index of the best candidate under ``w`` (as ``text_fields.best`` does at run time)."""
    if not cands:
        return None
    return int(np.argmax([float(np.dot(w, c[at])) for c in cands]))


def choose_title(cands: list, w: np.ndarray) -> int | None:
    """Index of the title candidate ``text_fields.best_title`` takes under ``w``: the text whose copies
    score highest together (log-sum-exp, the event the fit maximises), its best copy."""
    if not cands:
        return None
    scores = np.array([float(np.dot(w, c[2])) for c in cands])
    groups: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(cands):
        groups[text_fields.key(c[1])].append(n)
    best = max(groups.values(), key=lambda m: float(np.logaddexp.reduce(scores[m])))
    return max(best, key=lambda n: scores[n])


def load(out: Path) -> list[tuple[str, str, str, dict, text_fields.Page | None]]:
    """(set, converter, id, gold, page context) for every dump."""
    data = []
    for name in (*SETS, "sh_dev"):
        gold = _html_authors(out / name) if name == "sh_dev" else \
            json.loads((out / name / "gold.json").read_text(encoding="utf-8"))
        for conv in CONVERTERS:
            for p in sorted((out / name / conv).glob("*.txt")):
                raw = decode(p.read_bytes())  # (the text as clean() reads it: repaired, hidden marks dropped)
                lines, start, end = article_lines(raw)
                page = text_fields.page_context(lines, start, end, text_title.shared_titles(raw)) if end > start else None
                data.append((name, conv, p.stem, gold.get(p.stem, {}), page))
    return data


def _site(name: str, pid: str) -> str:
    """The publisher a page belongs to (fundus ids are "<Publisher>_<date>"; other ids are sites)."""
    return name + ":" + (re.sub(r"_\d{4}_\d\d_\d\d$", "", pid) if name == "fundus" else pid)


def site_cv(data: list, tc: dict[int, list], held: set[str], folds: int) -> None:
    """Title accuracy per converter under site-grouped K-fold cross-validation of the dev pages (each
    publisher's pages in one fold; held-out pages not used): the figure to compare models and
    features by, steadier than the small held-out part."""
    pages = [k for k in tc if data[k][3].get("title") and f"{data[k][0]}:{data[k][2]}" not in held]
    sites = sorted({_site(data[k][0], data[k][2]) for k in pages})
    fold = {s: n % folds for n, s in enumerate(sites)}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f in range(folds):
        groups = []
        for k in pages:
            if fold[_site(data[k][0], data[k][2])] != f and data[k][1] in TRAIN_CONVERTERS:
                ys = [j for j, c in enumerate(tc[k]) if norm_title(c[1]) == norm_title(data[k][3]["title"])]
                if ys:
                    groups.append((np.array([c[2] for c in tc[k]]), ys))
        w = fit_title(groups)
        for k in pages:
            if fold[_site(data[k][0], data[k][2])] == f:
                j = choose_title(tc[k], w)
                r = tally[data[k][1]]
                r[0] += 1
                r[1] += j is not None and norm_title(tc[k][j][1]) == norm_title(data[k][3]["title"])
    print(f"title, site-grouped {folds}-fold CV:", " ".join(f"{c} {r[1] / r[0]:.3f}" for c, r in tally.items()),
          f"all {sum(r[1] for r in tally.values()) / sum(r[0] for r in tally.values()):.3f}")


def byline_group(entry: tuple, cands: list) -> tuple[np.ndarray, int] | None:
    """A page's byline lesson: its candidates' features and the answer (the first candidate naming the
    gold's people, or "none"); None for a page without author gold, or one that names the author near
    its start without any candidate having it (no lesson for "none")."""
    g, page = entry[3], entry[4]
    if g.get("no_author"):
        return np.array([c[3] for c in cands]), 0
    if not g.get("author"):
        return None
    ys = [j for j, c in enumerate(cands) if j and author_ok(g["author"], c[1], c[2])]
    if not ys and _named_in(g["author"], page):
        return None
    return np.array([c[3] for c in cands]), ys[0] if ys else 0


def byline_cv(data: list, bc: dict[int, list], held: set[str], folds: int) -> None:
    """Author accuracy per converter under site-grouped K-fold cross-validation of the dev pages with
    author gold (fundus, postlight; the fitted title's lines as anchors, the co-author search as at
    run time): the steadier figure to compare byline features by."""
    pages = [k for k in bc if f"{data[k][0]}:{data[k][2]}" not in held]
    sites = sorted({_site(data[k][0], data[k][2]) for k in pages})
    fold = {s: n % folds for n, s in enumerate(sites)}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f in range(folds):
        groups = [grp for k in pages if fold[_site(data[k][0], data[k][2])] != f and data[k][1] in TRAIN_CONVERTERS
                  for grp in (byline_group(data[k], bc[k]),) if grp is not None]
        w = fit(groups, len(text_byline.BYLINE_FEATURES))
        for k in pages:
            if fold[_site(data[k][0], data[k][2])] == f and data[k][0] in SETS and data[k][3].get("author"):
                _, by, authors, _ = text_byline.with_neighbours(data[k][4], bc[k], choose(bc[k], w, 3) or 0)
                r = tally[data[k][1]]
                r[0] += 1
                r[1] += author_ok(data[k][3]["author"], by, authors)
    print(f"author, site-grouped {folds}-fold CV:", " ".join(f"{c} {r[1] / r[0]:.3f}" for c, r in tally.items()),
          f"all {sum(r[1] for r in tally.values()) / sum(r[0] for r in tally.values()):.3f}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", type=Path)
    ap.add_argument("--holdout", type=Path, default=Path(__file__).with_name("text_holdout.txt"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="also print the title's and the author's site-grouped K-fold CV")
    args = ap.parse_args(argv)
    held = read_holdout(args.holdout)
    data = load(args.dumps)

    def trains(k: int) -> bool:
        name, conv, pid, _, page = data[k]
        return page is not None and conv in TRAIN_CONVERTERS and f"{name}:{pid}" not in held

    pages = [k for k, d in enumerate(data) if d[4] is not None]
    weights: dict[str, np.ndarray] = {}
    # Title.
    tc = {k: text_title.title_candidates(data[k][4]) for k in pages}
    groups = []
    for k in pages:
        g = data[k][3]
        if trains(k) and g.get("title"):
            ys = [j for j, c in enumerate(tc[k]) if norm_title(c[1]) == norm_title(g["title"])]
            if ys:
                groups.append((np.array([c[2] for c in tc[k]]), ys))
    weights["title"] = fit_title(groups)
    if args.cv:
        site_cv(data, tc, held, args.cv)
    title_at, title_line = {}, {}
    for k in pages:
        j = choose_title(tc[k], weights["title"])
        title_at[k] = text_fields.headline_at(data[k][4], tc[k][j][0], tc[k][j][1]) if j is not None else None
        # (The chosen title's own line, as text_meta passes it to the date search: the headline's when
        # the title is a share link's.)
        title_line[k] = tc[k][j][0] if j is not None and tc[k][j][0] >= 0 else title_at[k]
    # Byline.
    bc = {k: text_byline.byline_candidates(data[k][4], title_at[k]) for k in pages}
    groups = [grp for k in pages if trains(k) for grp in (byline_group(data[k], bc[k]),) if grp is not None]
    weights["byline"] = fit(groups, len(text_byline.BYLINE_FEATURES))
    if args.cv:
        byline_cv(data, bc, held, args.cv)
    byline = {k: text_byline.with_neighbours(data[k][4], bc[k], choose(bc[k], weights["byline"], 3) or 0)
              for k in pages}
    # Date.
    dc = {}
    groups = []
    for k in pages:
        g = data[k][3]
        at = byline[k][0] if byline[k][0] >= 0 else None
        dc[k] = text_date.date_candidates(data[k][4], title_at[k], at, None, title_line[k])
        if trains(k) and (g.get("date") or g.get("date_published")):
            ys = [j for j, c in enumerate(dc[k]) if j and date_ok(g, c[1].date)]
            groups.append((np.array([c[2] for c in dc[k]]), ys[0] if ys else 0))
    weights["date"] = fit(groups, len(text_date.DATE_FEATURES))

    names = {"title": text_title.TITLE_FEATURES, "byline": text_byline.BYLINE_FEATURES, "date": text_date.DATE_FEATURES}
    for field, w in weights.items():
        print(field, " ".join(f"{n}={v:+.2f}" for n, v in zip(names[field], w, strict=True)))
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0] * 6)
    for k, (name, conv, pid, g, page) in enumerate(data):
        r = tally[(name, conv, "held" if f"{name}:{pid}" in held else "dev")]
        title = by = date = None
        authors: list[str] = []
        if page is not None:
            j = choose_title(tc[k], weights["title"])
            title = tc[k][j][1] if j is not None else None
            _, by, authors, _ = byline[k]
            j = text_date.published_over_updated(dc[k], choose(dc[k], weights["date"], 2))
            date = dc[k][j][1].date if j else None
        if g.get("title"):
            r[0] += 1
            r[1] += norm_title(title) == norm_title(g["title"])
        if g.get("author"):
            r[2] += 1
            r[3] += author_ok(g["author"], by, authors)
        if g.get("date") or g.get("date_published"):
            r[4] += 1
            r[5] += date_ok(g, date)
    figures = {}
    for key in sorted(tally):
        r = tally[key]
        line = " ".join(f"{f} {r[2 * n + 1] / r[2 * n]:.3f}" for n, f in enumerate(("title", "author", "date"))
                        if r[2 * n])
        figures[" ".join(key)] = line
        print(*key, line)
    if args.write:
        WEIGHTS.write_text(json.dumps({
            "provenance": "benchmarks/fit_text_meta.py DUMPS --holdout text_holdout.txt --write: conditional "
                          f"logit, L2 {L2}, {ITERS} steps of {RATE} (the title's answer: every candidate equal to the gold); trained on fundus+postlight dev pages (gold) and, "
                          "for the byline, sh_dev pages (the HTML path's authors), held-out pages excluded, "
                          f"rendered by {', '.join(TRAIN_CONVERTERS)}",
            "features": {f: list(n) for f, n in names.items()},
            "weights": {f: [round(float(v), 4) for v in w] for f, w in weights.items()},
            "figures": figures,
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
