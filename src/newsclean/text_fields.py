"""Title, byline and date of a plain-text dump, chosen among candidate lines by fitted weights.

Each field's candidates are lines near the article's start (and, for the title, the dump's first
line: converters that keep <head> print the page's <title> there). Each candidate gets a vector of
features that hold across converters and languages (position relative to the article and to the
other fields, shape, repetition, agreement with the first line); the candidate with the highest
linear score wins (for the title, the text whose copies score highest together), and a "none"
candidate (its own bias) lets byline and date stay empty when no line is convincing. The weights are fitted by ``benchmarks/fit_text_meta.py`` (conditional logit,
deterministic) on dumps of the dev HTML by several converters; they ship in
``text_fields_weights.json`` with the command and figures that made them.

This module holds what the three searches share (the page context, the windows, small position
features) and the choice; each field's candidates and features live in ``text_title``,
``text_byline`` and ``text_date``.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import reasons, settings, text_memo
from .authors import has_byline_prefix, is_byline_prefix_only
from .dates import PUBLISHED_LABELS, UPDATED_LABELS
from .lexicon_words import AGENCIES, CREDIT_LABELS, PHOTO_AGENCIES
from .text_lines import Line
from .text_memo import parse_byline as _parse_cached
from .text_memo import parse_date, search_date
from .textutil import CJK as _CJK
from .textutil import DIGIT, TITLE_SEP, WIDE_TITLE_SEP, norm_key, word_trie

TOKEN = re.compile(r"\w+", re.UNICODE)
# The costlier per-line tests (names, bylines, dates) are remembered in text_memo, shared with the
# line classifier.


# The cache clearers of the field searches built on this module (text_byline's line readings): they
# register here, below them in the imports, so that one call forgets every remembered answer.
_CLEARERS: list[Callable[[], None]] = []


def on_clear_caches(clear: Callable[[], None]) -> None:
    """Have ``clear_caches`` call ``clear`` too (a field search's own remembered answers)."""
    _CLEARERS.append(clear)


def clear_caches() -> None:
    """Forget the remembered answers (this module's word keys, text_memo's and those of the searches
    that registered with ``on_clear_caches``), for timing cold runs."""
    key.cache_clear()
    text_memo.clear_caches()
    for clear in _CLEARERS:
        clear()


def parse_names(text: str) -> tuple[str | None, list[str]]:
    byline, names = _parse_cached(text)
    return byline, list(names)  # a copy: the cached list is shared
# Reasons a candidate line may carry and still be a byline or dateline (the classifier's own guess).
FIELD_REASONS = (None, reasons.BYLINE, reasons.DATELINE)

# How far around the article's start candidates are looked for (lines), and below the headline and
# the byline: see settings.TEXT_FIELD_WINDOWS (the weights are fitted for these windows).
_WINDOWS = settings.TEXT_FIELD_WINDOWS
TITLE_BEFORE, TITLE_AFTER = _WINDOWS["title_before"], _WINDOWS["title_after"]
BYLINE_BEFORE, BYLINE_AFTER = _WINDOWS["byline_before"], _WINDOWS["byline_after"]
DATE_BEFORE, DATE_AFTER = _WINDOWS["date_before"], _WINDOWS["date_after"]
HEAD_AFTER = _WINDOWS["head_after"]


@functools.lru_cache(maxsize=16384)
def key(s: str) -> str:
    return norm_key(s)


@dataclass(slots=True)
class Page:
    """What every candidate's features look at: the lines, the article's start, and page-wide counts."""

    lines: list[Line]
    start: int
    end: int
    counts: dict[str, int]
    head: set[str]
    head_tokens: set[str]
    bylineish: list[int]
    dateish: list[int]
    marks: frozenset[int]  # bylineish and dateish lines together
    lead: set[str]
    head_echo: bool
    heads: list[int]
    head_firsts: frozenset[str]  # the first words of the <title> line's texts
    shared: frozenset[str] = frozenset()  # the word keys of the titles the page's share links carry, and parts
    shared_texts: tuple[str, ...] = ()  # those titles (text_title.shared_titles)
    # The lines were rebuilt from a collapsed dump's sentences (text_segment), several to a paragraph: the
    # byline and date searches (``window``) reach settings.TEXT_COLLAPSED_WINDOW times as far down, and the
    # title search takes no menu run (text_segment.is_label_run) as a candidate.
    collapsed: bool = False


def page_context(lines: list[Line], start: int, end: int, shared: tuple[str, ...] = (),
                 collapsed: bool = False) -> Page:
    """Counts and marks shared by the three searches; ``shared``, the titles the dump's share links
    carry (``text_title.shared_titles``); ``collapsed``, the lines were rebuilt from a collapsed dump's
    sentences (the byline and date searches then reach further down)."""
    lo = max(0, start - TITLE_BEFORE)
    hi = min(len(lines), start + TITLE_AFTER)
    # (Counted in one call: the page's every line passes here.)
    counts: dict[str, int] = Counter(map(key, [ln.text for ln in lines if 2 <= ln.words <= 30]))
    first = lines[0].text if lines and may_be_title_line(lines) else ""
    head = {key(p) for p in (*TITLE_SEP.split(first), *title_joins(first)) if key(p)}
    around = lines[lo:hi]  # (the title window: where bylines and dates are marked)
    byl = [i for i, ln in enumerate(around, lo) if ln.words <= 14 and has_byline_prefix(ln.text)
           or is_byline_prefix_only(ln.text)]
    dat = [i for i, ln in enumerate(around, lo) if ln.words <= 14 and DIGIT.search(ln.text) and _dated(ln)]
    lead: set[str] = set()
    n = 0
    for j in range(start, min(end, start + 12)):
        if lines[j].cls == "good" or lines[j].cls == "near" and lines[j].sentence:
            lead.update(lead_tokens(lines[j].text))
            n += 1
            if n == 3:
                break
    echo = any(counts.get(k, 0) >= 1 and len(k.split()) >= 3 for k in head if k != key(first)) or \
        counts.get(key(first), 0) > 1
    heads = [i for i in range(lo, hi) if 4 <= lines[i].words <= 25 and lines[i].headline]
    return Page(lines, start, end, counts, head, set(TOKEN.findall(first.casefold())), byl, dat,
                frozenset(byl) | frozenset(dat), lead, echo, heads,
                frozenset(k.split(" ", 1)[0] for k in head), shared_keys(shared) if shared else frozenset(), shared,
                collapsed)


def _dated(ln: Line) -> bool:
    """Whether the line holds a date (a dateline's, or one run into the text a browser glued to it)."""
    text = ln.text
    return bool(search_date(text) or ln.words <= 4 and parse_date(text)
                or GLUED_DATE.search(text) and search_date(unglue(text)))



def title_worded(k: str) -> bool:
    """Whether a word key may be a title's: two words or more, or a text in a script without spaces."""
    return k.count(" ") >= 1 or bool(k) and not k.isascii()


def shared_keys(titles: tuple[str, ...]) -> frozenset[str]:
    """The word keys of the shared titles and of their parts and joins (cut as the <title> line's texts
    are, and at full-width separators): the texts a page line equal to a shared title may be."""
    out = set()
    for t in titles:
        for part in (t, *TITLE_SEP.split(t), *title_joins(t), *WIDE_TITLE_SEP.split(t)):
            k = key(part)
            if title_worded(k):
                out.add(k)
    return frozenset(out)


def lead_tokens(text: str) -> set[str]:
    """The words of ``text`` that say what a story is about: longer than three letters, or in a script
    written without spaces. The page's lead (``Page.lead``) and a title candidate's overlap with it are
    read alike."""
    return {t for t in TOKEN.findall(text.casefold()) if len(t) > 3 or not t.isascii() and _CJK.search(t)}


def title_joins(line: str) -> list[str]:
    """A <title> of three parts or more without its first or its last part: "Headline - Section - Site"
    gives "Headline - Section", "Kicker - Headline - Site" gives "Kicker - Headline" and "Headline - Site"
    (a site's name and section stand at either end). They join the <title>'s parts as texts a headline on
    the page may repeat (``Page.head``); they are no candidates of their own (as such they split the
    <title>'s copies among more texts and lost more pages than they won). Only a short end part (four
    words at most) is dropped: a longer one is no site's name but the page's menu run onto the <title>
    (a dump flattened to one line)."""
    seps = [m for m in TITLE_SEP.finditer(line) if m.start() > 0 and m.end() < len(line)]
    if len(seps) < 2:
        return []
    head, tail = line[:seps[-1].start()].strip(), line[seps[0].end():].strip()
    out = []
    if len(line[seps[-1].end():].split()) <= 4:
        out.append(head)
    if len(line[:seps[0].start()].split()) <= 4:
        out.append(tail)
    return out


def may_be_title_line(lines: list[Line]) -> bool:
    """Whether the dump's first line may be the page's <title> (a converter that keeps <head> prints it
    there): not a link (lynx's list of the head's <link> elements, "#[1]alternate [2]Site » Feed", a
    skip link "[1]Skip to content", a Markdown link), a list item or lynx's "IFRAME:" line.

    A dash opens a quotation, and so a quoted headline, in Norwegian, Swedish and Danish news ("- Angsten
    vil øke"): such a <title> reads as a list item. A dash item of two words or more that no other item
    follows (a menu is a run of items) is taken for the <title>."""
    first = lines[0]
    if first.link_share > 0 or first.raw.lstrip().startswith("IFRAME:"):
        return False
    if not first.marked:
        return True
    return first.raw.lstrip()[:2] in _DASH_OPENINGS and first.words >= 2 and not (len(lines) > 1 and lines[1].marked)


# A quotation dash and the space after it, as a line opens with it.
_DASH_OPENINGS = ("- ", "– ", "— ")


def mark_near(marks: list[int], i: int, before: int, after: int) -> float:
    """1.0 when a marked line other than ``i`` stands from ``before`` lines above it to ``after``
    below (``marks`` in line order)."""
    j = bisect.bisect_left(marks, i - before)
    while j < len(marks) and marks[j] <= i + after:
        if marks[j] != i:
            return 1.0
        j += 1
    return 0.0


def count_between(marks: list[int], lo: int, hi: int) -> int:
    """How many of the (ordered) ``marks`` lie strictly between lines ``lo`` and ``hi``."""
    return max(0, bisect.bisect_left(marks, hi) - bisect.bisect_right(marks, lo))


def dist(i: int, j: int | None) -> float:
    return math.log1p(abs(i - j)) if j is not None else 3.0


def next_prose(lines: list[Line], i: int) -> int:
    for j in range(i + 1, min(len(lines), i + 12)):
        if lines[j].cls == "good":
            return j - i
    return 12


# A picture's caption ends with its credit: "Quelle: Name/dpa", "Photo: Name", "(Getty Images)", "AFP".
_CREDIT = re.compile(r"\b(?:" + "|".join(CREDIT_LABELS) + r")s?\s*:", re.I)
_AGENCIES = frozenset(AGENCIES + PHOTO_AGENCIES)


def credit(text: str) -> bool:
    """Whether the line ends like a picture's caption: a credit label, a copyright sign, an agency."""
    if "©" in text or ":" in text and _CREDIT.search(text):
        return True
    tail = text.rstrip(" )").rsplit("/", 1)[-1].rsplit("(", 1)[-1].casefold().split()
    return bool(tail) and (tail[-1] in _AGENCIES or " ".join(tail[-2:]) in _AGENCIES)


def headline_at(page: Page, title_idx: int | None, title: str | None) -> int | None:
    """Where the headline stands in the body of the dump: of the chosen title's line and the lines that
    repeat it (the <title> a converter printed above the page, an <h1> printed twice), the one nearest
    the article's start; bylines and datelines sit by that one, and the weights that pick the title do
    not tell copies apart."""
    if title_idx is None or not title:
        return title_idx
    want = key(title)
    lines, start = page.lines, page.start
    # (A title only a share link carries may still stand on a line past the candidates' window.)
    # (The title's own line is one of them when the title was cut from its start, what was run on after
    # it dropped: "Headline [1d53de890c] by Ana Ruiz", w3m's picture mark and the byline.)
    cut = title_idx > 0 and lines[title_idx].text.startswith(title) and key(lines[title_idx].text) != want
    copies = [i for i in range(1, min(len(lines), start + (TITLE_AFTER if title_idx >= 0 else HEAD_AFTER)))
              if key(lines[i].text) == want or cut and i == title_idx]
    if len(copies) > 1:
        copies = _first_copies(page, copies)
    if not copies:
        return title_idx if title_idx >= 0 else None  # (a title only a share link carries: no line)
    return min(copies, key=lambda i: abs(start - i))


def _first_copies(page: Page, copies: list[int]) -> list[int]:
    """The headline's copies without those printed a few lines under an earlier copy past a paragraph
    of prose, or under an earlier copy with a dateline right under it when the later has no byline or
    dateline within three lines under it: a picture's alt text or caption repeating the headline at the
    article's top (text browsers print it: "Headline" / byline and date / "Headline" / first paragraph),
    while the byline and the date stand under the first."""
    lines, marks = page.lines, page.marks
    kept = [copies[0]]
    for i in copies[1:]:
        prev = kept[-1]
        if i - prev > HEAD_AFTER or not any(lines[j].cls == "good" for j in range(prev + 1, i)) and \
                not (mark_near(page.dateish, prev, 0, 2) and not any(j in marks for j in range(i + 1, i + 4))):
            kept.append(i)
    return kept


def window(page: Page, before: int, after: int, *anchors: int | None) -> list[int]:
    """Lines around the article's start, and under the headline and byline (a page whose region
    starts far below its headline still prints byline and date by the headline)."""
    n = len(page.lines)
    reach = settings.TEXT_COLLAPSED_WINDOW
    after, head_after = (round(after * reach), round(HEAD_AFTER * reach)) if page.collapsed else (after, HEAD_AFTER)
    idx = set(range(max(0, page.start - before), min(n, page.start + after)))
    for a in anchors:
        if a:
            idx.update(range(max(0, a - 2), min(n, a + head_after)))
    return sorted(idx)


# (A cheap pre-test for the publication and update labels: their first four letters, and "geschrieben",
# "written", which text_date reads before a date.)
LABEL_GATE = re.compile(word_trie(sorted({w[:4] for w in (*PUBLISHED_LABELS, *UPDATED_LABELS, "geschrieben", "written")})),
                        re.I)


# Text browsers print inline elements without a space between them ("Associated PressApril 28, 2023",
# "2 minute readApril 25, 20232:26 PM", "30.01.202430. Januar 2024"): a word running into a capital,
# a year running into a time or a day, or after a day and a comma into the count of a relative time
# printed beside it ("April 10, 20233 years", the day and "3 years" [ago]).
GLUED_DATE = re.compile(r"[a-z][A-Z]|(?:19|20)\d\d\d{1,2}[.:]|, (?:19|20)\d\d\d{1,2} [a-z]")
_GLUE_POINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=(?:19|20)\d\d)(?=\d{1,2}[.:])|(?<=, (?:19|20)\d\d)(?=\d{1,2} [a-z])")


def unglue(text: str) -> str:
    """The line with a space where a text browser ran two elements together."""
    return _GLUE_POINT.sub(" ", text)

# --- choosing -------------------------------------------------------------------------------------

_WEIGHTS_FILE = Path(__file__).with_name("text_fields_weights.json")
_weights: dict[str, list[float]] | None = None


def weights() -> dict[str, list[float]]:
    """The fitted weights per field (loaded once)."""
    global _weights
    if _weights is None:
        _weights = json.loads(_WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    return _weights


def score(feats: list[float], field: str) -> float:
    """A candidate's linear score under the field's fitted weights."""
    return sum(map(operator.mul, weights()[field], feats))


def best(cands: list, field: str, feats_at: int = -1) -> int | None:
    """Index (in ``cands``) of the highest-scoring candidate; None when there are none."""
    w = weights()[field]
    top, top_score = None, -math.inf
    for n, c in enumerate(cands):
        feats = c[feats_at]
        if len(feats) != len(w):
            raise ValueError(f"{field}: {len(feats)} features, {len(w)} weights")
        s = score(feats, field)
        if s > top_score:
            top, top_score = n, s
    return top


def best_title(cands: list[tuple[int, str, list[float]]]) -> int | None:
    """Index of the title candidate to take: the text whose copies (the <title> line's part, the
    headline, a second <h1>) score highest together (the log of the sum of their exponentiated
    scores, as the weights were fitted: any copy of the gold is the answer), and of its copies the one
    scoring highest."""
    scores = [score(c[2], "title") for c in cands]
    groups: dict[str, list[int]] = {}
    for n, c in enumerate(cands):
        groups.setdefault(key(c[1]), []).append(n)
    top, top_score = None, -math.inf
    for members in groups.values():
        m = max(scores[n] for n in members)
        s = m + math.log(sum(math.exp(scores[n] - m) for n in members))
        if s > top_score:
            top, top_score = max(members, key=scores.__getitem__), s
    return top
