"""Title, byline and date of a plain-text dump, chosen among candidate lines by fitted weights.

Each field's candidates are lines near the article's start (and, for the title, the dump's first
line: converters that keep <head> print the page's <title> there). Each candidate gets a vector of
features that hold across converters and languages (position relative to the article and to the
other fields, shape, repetition, agreement with the first line); the candidate with the highest
linear score wins, and a "none" candidate (its own bias) lets byline and date stay empty when no
line is convincing. The weights are fitted by ``benchmarks/fit_text_meta.py`` (conditional logit,
deterministic) on dumps of the dev HTML by several converters; they ship in
``text_fields_weights.json`` with the command and figures that made them.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import reasons, settings, text_memo
from .authors import has_byline_prefix, is_byline_prefix_only
from .blocks import is_headline_like, title_case_share
from .dates import UPDATE_WORDS, DateMatch
from .lexicon import AGENCIES, READING_TIME_AFTER, alternatives
from .text_lines import Line
from .text_memo import is_person_name, parse_date, search_date
from .text_memo import looks_like_byline as _looks
from .text_memo import parse_byline as _parse_cached
from .textutil import CJK as _CJK
from .textutil import HASHTAG_LEAD as _HASHTAG_LEAD
from .textutil import TITLE_SEP, norm_key

_TOKEN = re.compile(r"\w+", re.UNICODE)
# The costlier per-line tests (names, bylines, dates) are remembered in text_memo, shared with the
# line classifier.


def clear_caches() -> None:
    """Forget the remembered answers (this module's word keys and text_memo's), for timing cold runs."""
    _key.cache_clear()
    text_memo.clear_caches()


def _parse(text: str) -> tuple[str | None, list[str]]:
    byline, names = _parse_cached(text)
    return byline, list(names)  # a copy: the cached list is shared
_DIGIT = re.compile(r"\d")
# Reasons a candidate line may carry and still be a byline or dateline (the classifier's own guess).
_FIELD_REASONS = (None, reasons.BYLINE, reasons.DATELINE)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d\b")
# Breadcrumb separators; a "»" closing a French quotation ("« ... »") is not one (see _crumb).
_NOT_TITLE = re.compile(r"[»›]| / | > ")
_CRUMB = re.compile(r"[»›>]| / |\s\|\s")  # breadcrumbs and menus run together
# Two sentences, the second closed by a full stop: running text, never a headline.
_TWO_SENTENCES = re.compile(r"[.!?…]\s+\w[^.!?…]*\.\s*$")

# How far around the article's start candidates are looked for (lines), and below the headline and
# the byline: see settings.TEXT_FIELD_WINDOWS (the weights are fitted for these windows).
_WINDOWS = settings.TEXT_FIELD_WINDOWS
TITLE_BEFORE, TITLE_AFTER = _WINDOWS["title_before"], _WINDOWS["title_after"]
BYLINE_BEFORE, BYLINE_AFTER = _WINDOWS["byline_before"], _WINDOWS["byline_after"]
DATE_BEFORE, DATE_AFTER = _WINDOWS["date_before"], _WINDOWS["date_after"]
HEAD_AFTER = _WINDOWS["head_after"]


@functools.lru_cache(maxsize=16384)
def _key(s: str) -> str:
    return norm_key(s)


# What a converter runs onto a headline's line: the byline's "by" (its name on the next line), a
# link's address printed after its text.
_TAIL_WORDS = frozenset(("by", "von", "par", "por", "di", "door", "av", "af"))


def _clean_title(text: str) -> str:
    text = _HASHTAG_LEAD.sub("", text)
    head, _, tail = text.rpartition(" ")
    if head and (tail.lower() in _TAIL_WORDS or tail.startswith(("http://", "https://"))):
        text = head
    text = text.strip(" |")
    if text.count("(") > text.count(")"):
        text = text.rstrip(" (")
    return text.strip()


def _size(text: str) -> int:
    """Words, with CJK characters counted two to a word (such titles have few spaces)."""
    if text.isascii():
        return len(text.split())
    return len(text.split()) + len(_CJK.findall(text)) // 2


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


def page_context(lines: list[Line], start: int, end: int) -> Page:
    """Counts and marks shared by the three searches."""
    lo = max(0, start - TITLE_BEFORE)
    hi = min(len(lines), start + TITLE_AFTER)
    counts: dict[str, int] = {}
    for ln in lines:
        if 2 <= ln.words <= 30:
            k = _key(ln.text)
            counts[k] = counts.get(k, 0) + 1
    first = lines[0].text if lines else ""
    head = {_key(p) for p in TITLE_SEP.split(first) if _key(p)}
    byl = [i for i in range(lo, hi) if lines[i].words <= 14 and has_byline_prefix(lines[i].text)
           or is_byline_prefix_only(lines[i].text)]
    dat = [i for i in range(lo, hi) if lines[i].words <= 14 and _DIGIT.search(lines[i].text)
           and (search_date(lines[i].text) or lines[i].words <= 4 and parse_date(lines[i].text)
                or _GLUED_DATE.search(lines[i].text) and search_date(_unglue(lines[i].text)))]
    lead: set[str] = set()
    n = 0
    for j in range(start, min(end, start + 12)):
        if lines[j].cls == "good" or lines[j].cls == "near" and lines[j].sentence:
            lead.update(t for t in _TOKEN.findall(lines[j].text.casefold()) if len(t) > 3 or _CJK.search(t))
            n += 1
            if n == 3:
                break
    echo = any(counts.get(k, 0) >= 1 and len(k.split()) >= 3 for k in head if k != _key(first)) or \
        counts.get(_key(first), 0) > 1
    heads = [i for i in range(lo, hi) if 4 <= lines[i].words <= 25 and lines[i].headline]
    return Page(lines, start, end, counts, head, set(_TOKEN.findall(first.casefold())), byl, dat,
                frozenset(byl) | frozenset(dat), lead, echo, heads)


def _near(marks: list[int], i: int, before: int, after: int) -> float:
    return 1.0 if any(i - before <= m <= i + after and m != i for m in marks) else 0.0


def _dist(i: int, j: int | None) -> float:
    return math.log1p(abs(i - j)) if j is not None else 3.0


def _next_prose(lines: list[Line], i: int) -> int:
    for j in range(i + 1, min(len(lines), i + 12)):
        if lines[j].cls == "good":
            return j - i
    return 12


# --- title ----------------------------------------------------------------------------------------

TITLE_FEATURES = (
    "before_log", "inside", "first_line", "head_part", "head_equal", "head_overlap", "repeated",
    "words_ok", "words_log", "title_case", "headline_like", "sentence", "marked", "links", "reason",
    "menu_run", "person", "digits", "byline_near", "date_near", "prose_log", "next_good", "upper",
    "lead_overlap", "head_echo", "colon", "rank_log", "crumb", "first_alone", "kicker_cut", "glued",
    "credit", "meta_after", "meta_before", "teaser_run", "date_in", "by_cut",
)

# "Kicker: Headline", "Kicker - Headline": a short topic label run into the headline's line.
_KICKER_SEP = re.compile(r": | [-–—|] ")  # a cheap test before _KICKER
_KICKER = re.compile(r"^(\S.{1,60}?)(?::\s+|\s+[-–—|]\s+)(\S.+)$")
# Menu items a converter ran together ("HomeNewsSportCulture"): lower-case letters straight into capitals.
_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
# A picture's caption ends with its credit: "Quelle: Name/dpa", "Photo: Name", "(Getty Images)", "AFP".
_CREDIT = re.compile(r"\b(?:quelle|foto|fotos|photo|photos|bild|image|images|credit|crédit|imagen|фото)\s*:", re.I)
_AGENCIES = frozenset(AGENCIES)


def _credit(text: str) -> bool:
    """Whether the line ends like a picture's caption: a credit label, a copyright sign, an agency."""
    if "©" in text or ":" in text and _CREDIT.search(text):
        return True
    tail = text.rstrip(" )").rsplit("/", 1)[-1].rsplit("(", 1)[-1].casefold().split()
    return bool(tail) and (tail[-1] in _AGENCIES or " ".join(tail[-2:]) in _AGENCIES)


def headline_at(page: Page, title_idx: int | None, title: str | None) -> int | None:
    """Where the headline stands in the body of the dump: the chosen title's line, or, when that is
    the first line (the <title> a converter printed above the page), the copy of it nearest the start
    (the <h1>): bylines and datelines sit by the headline, not by the <title>."""
    if title_idx != 0 or not title:
        return title_idx
    key = _key(title)
    lines, start = page.lines, page.start
    near = [i for i in range(1, min(len(lines), start + TITLE_AFTER)) if _key(lines[i].text) == key]
    return min(near, key=lambda i: abs(start - i)) if near else title_idx


def _window(page: Page, before: int, after: int, *anchors: int | None) -> list[int]:
    """Lines around the article's start, and under the headline and byline (a page whose region
    starts far below its headline still prints byline and date by the headline)."""
    n = len(page.lines)
    idx = set(range(max(0, page.start - before), min(n, page.start + after)))
    for a in anchors:
        if a:
            idx.update(range(max(0, a - 2), min(n, a + HEAD_AFTER)))
    return sorted(idx)


def _menu_run(lines: list[Line], i: int) -> float:
    def listy(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].cls in ("short", "bad") and not lines[k].sentence \
            and lines[k].words <= 4
    run = 1
    k = i - 1
    while listy(k) and run < 6:
        run, k = run + 1, k - 1
    k = i + 1
    while listy(k) and run < 6:
        run, k = run + 1, k + 1
    return min(run, 6) / 6


def title_candidates(page: Page) -> list[tuple[int, str, list[float]]]:
    """(line index, title text, features) for every headline-sized line near the article's start."""
    lines, start = page.lines, page.start
    idx = list(range(max(1, start - TITLE_BEFORE), min(len(lines), start + TITLE_AFTER)))
    out = []
    prose = 0
    begun = False
    if lines:
        idx.insert(0, 0)
    for i in idx:
        ln = lines[i]
        if i >= start and (ln.cls == "good" or prose >= 2):
            begun = True  # the article has begun: a headline further down belongs to its body,
        if begun and not _meta_after(page, i):
            continue  # unless its byline or dateline stands right under it (the start was too early)
        # (One prose sentence, a standfirst or a kicker, may stand above the headline.)
        prose += i >= start and ln.cls == "near" and ln.sentence
        if ln.cls == "good":
            continue  # running prose is never the title
        for text, kind in _title_texts(ln.text, i):
            if not kind and _NOT_TITLE.search(text) and not _quoted(text):
                continue  # nor is a breadcrumb (the <title> line's first part may still be)
            size = _size(text)
            if not text or size < 2 or size > 30 or ln.sentence and size > 14 and not kind:
                continue
            if _TWO_SENTENCES.search(text):
                continue
            # Bylines, datelines and an author's name on its own line are not titles either.
            if has_byline_prefix(text) or size <= 4 and is_person_name(text) or \
                    _DIGIT.search(text) and size <= 10 and search_date(text) is not None:
                continue
            out.append((i, text, _title_features(page, i, text, size, kind)))
    return out


def _title_texts(line: str, i: int) -> list[tuple[str, str]]:
    """The line's title texts and their kinds: the whole line (""); for the first line (the
    <title>), its longest part between separators ("part"); for others, the line without a
    leading kicker ("kicker") or without a byline run onto its end ("by": "Headline by Ana Ruiz")."""
    text = _clean_title(line)
    out = [(text, "")]
    if i == 0:
        parts = [p.strip() for p in TITLE_SEP.split(line) if p.strip()]
        if len(parts) > 1:
            out.append((max(parts, key=len), "part"))
            if parts[0] != out[-1][0] and _size(line) > 30:  # (one block: the <title>, then the menu)
                out.append((parts[0], "part"))
        return out
    m = _KICKER.match(text) if _KICKER_SEP.search(text) else None
    if m and len(m.group(1).split()) <= 6 and len(m.group(2).split()) >= 3:
        out.append((m.group(2).strip(), "kicker"))
    m = _BY_TAIL.match(text) if _BY_WORD.search(text) else None
    if m and _names_ahead("By " + m.group(2))[1]:
        out.append((m.group(1).strip(), "by"))
    return out


# A byline run onto the end of another line: "Headline ... by Ana Ruiz", "... von Dr. Max Kolter".
_BY_TAIL = re.compile(r"^(.{12,})\s(?:by|von|par|por|di|door|av|af)\s+(\S.{2,80})$", re.I)
_BY_WORD = re.compile(r"\s(?:by|von|par|por|di|door|av|af)\s", re.I)  # a cheap test before _BY_TAIL
# A by-word printed twice ("By by Ana Ruiz"): one goes.
_DOUBLE_WORD = re.compile(r"^(\w+)\s+(?=\1\s)", re.I)


def _quoted(text: str) -> bool:
    """Whether every "»" of the line closes a "«" (a French quotation, not a breadcrumb)."""
    return "›" not in text and " / " not in text and " > " not in text and text.count("»") <= text.count("«")


def _title_features(page: Page, i: int, text: str, size: int, kind: str) -> list[float]:
    lines, start = page.lines, page.start
    ln = lines[i]
    k = _key(text)
    toks = set(k.split())
    overlap = len(toks & page.head_tokens) / len(toks) if toks and i > 0 else 0.0
    letters = "".join(filter(str.isalpha, text))
    return [
        math.log1p(max(0, start - i)) / 4,
        1.0 if i >= start else 0.0,
        1.0 if i == 0 else 0.0,
        1.0 if kind == "part" else 0.0,
        1.0 if i > 0 and k in page.head else 0.0,
        overlap,
        1.0 if page.counts.get(k, 0) > 1 else 0.0,
        1.0 if 4 <= size <= 18 else 0.0,
        math.log(size) / 3,
        title_case_share(text),
        1.0 if is_headline_like(text) else 0.0,
        1.0 if ln.sentence else 0.0,
        1.0 if ln.marked else 0.0,
        ln.link_share,
        1.0 if ln.reason else 0.0,
        _menu_run(lines, i),
        1.0 if size <= 4 and is_person_name(text) else 0.0,
        1.0 if _DIGIT.search(text) else 0.0,
        _near(page.bylineish, i, 2, 4),
        _near(page.dateish, i, 3, 5),
        math.log1p(_next_prose(lines, i)) / 2.5,
        1.0 if i + 1 < len(lines) and lines[i + 1].cls in ("good", "near") else 0.0,
        1.0 if letters and sum(map(str.isupper, letters)) / len(letters) > 0.8 else 0.0,
        _lead_overlap(page, text),
        1.0 if page.head_echo and (i == 0 or k in page.head) else 0.0,
        1.0 if ": " in text else 0.0,
        math.log1p(sum(1 for h in page.heads if i < h < start)) / 2,
        1.0 if _CRUMB.search(text) else 0.0,
        # The <title> line (or its first part) that no line of the page repeats: an SEO title that
        # differs from the headline the reader sees.
        1.0 if i == 0 and page.counts.get(k, 0) <= (0 if kind else 1) else 0.0,
        1.0 if kind == "kicker" else 0.0,
        min(len(_GLUED.findall(ln.text)), 3) / 3,
        1.0 if _credit(ln.text) else 0.0,
        _meta_after(page, i),
        1.0 if i - 1 in page.marks or i - 2 in page.marks else 0.0,
        _teaser_run(lines, i),
        # A dateline with more on it ("2 minute read April 25, 2023 2:26 PM Last Updated 9 min ago").
        1.0 if i in page.dateish or ln.words > 14 and size <= 20 and _DIGIT.search(text) and
        search_date(text) is not None else 0.0,
        1.0 if kind == "by" else 0.0,
    ]


def _meta_after(page: Page, i: int) -> float:
    """1/d for the nearest byline or dateline d = 1-3 lines below: a headline's byline follows it."""
    marks = page.marks
    return 1.0 if i + 1 in marks else 0.5 if i + 2 in marks else 1 / 3 if i + 3 in marks else 0.0


def _teaser_run(lines: list[Line], i: int) -> float:
    """Share of the six lines around i that are headline-sized but not prose: a list of teasers of
    other stories, where each line looks like a headline and none is the page's."""
    n = 0
    for k in range(max(0, i - 3), min(len(lines), i + 4)):
        if k != i and 5 <= lines[k].words <= 25 and lines[k].cls != "good" and not lines[k].sentence:
            n += 1
    return n / 6


def _lead_overlap(page: Page, text: str) -> float:
    toks = {t for t in _TOKEN.findall(text.casefold()) if len(t) > 3 or _CJK.search(t)}
    return len(toks & page.lead) / len(toks) if toks else 0.0


# --- byline -----------------------------------------------------------------------------------------

BYLINE_FEATURES = (
    "none", "prefix", "by_line_before", "looks", "person", "names_log", "before_log", "inside",
    "title_dist", "date_near", "date_in", "words_log", "repeated", "links", "reason",
    "good_cls", "sentence", "prose_log", "segment", "leading", "below_title", "between", "named_again",
    "ahead", "joined", "credit",
)


def _named_again(lines: list[Line], name: str, i: int, end: int) -> bool:
    """Whether the name comes back at the article's end (an author box, "More by ...")."""
    return any(name in lines[j].text for j in range(max(i + 1, end - 3), min(len(lines), end + 40)))


_SEGMENT = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+")
_HANDLE_TAIL = re.compile(r"(?<=\w)@\w+$|\s+\(@\w+\)$|\s*[,|·•]\s*@\w+$")
# A reading-time widget after the name: "5 minute read", "3 Min. Lesezeit", "4 min de lecture".
_READING_TIME = re.compile(r"[\s·•|–-]*\d+\s*(?:min(?:ute)?s?|minuten|min\.)\.?\s*(?:"
                           + alternatives(READING_TIME_AFTER) + r")?\s*$", re.I)
_BYLINE_HINT = re.compile(r"\d|[,–—|•·/]| - | and | und | et | y | e | и | і ", re.I)
_CAPITAL = re.compile(r"(?:^|\s)[A-ZÀ-ÞА-ЯЁІЇЄҐ]")


def _line_names(page: Page, i: int, near: bool,
                by_before: bool = False) -> tuple[str | None, list[str], bool, bool, bool, int]:
    """(byline, names, prefix, person, looks, part) for line i: the whole line (part 0), one of its
    separator-delimited segments ("27 June 2024 • Ana Ruiz • 3 min", part 1), or a name opening it
    (part 2). Lines ``near`` the headline or
    the start are also parsed when they merely hold capitalised words ("Autorin/Autor Ana Ruiz")."""
    ln = page.lines[i]
    text = _published_cut(_joined(page.lines, i))
    if "@" in text:
        text = _HANDLE_TAIL.sub("", text)
    text = _READING_TIME.sub("", text).rstrip(" ,;|·•")
    prefix = has_byline_prefix(text)
    if not prefix and len(_CAPITAL.findall(text)) < 2 and not _CJK.search(text):
        return None, [], False, False, False, 0  # names have capitals (or a caseless script)
    person = ln.words <= 5 and is_person_name(text)
    # The byline test is costly: a headline-shaped line (a title, a menu item) is tried only with a
    # by-word, a bullet, a digit or a separator that a byline would carry.
    looks = (not ln.headline or ln.marked or prefix or bool(_BYLINE_HINT.search(text))) and \
        _looks(ln.raw if ln.marked else text)
    if prefix or person or looks or near and ln.words <= 8 and len(_CAPITAL.findall(text)) >= 2:
        byline, names = _parse(text)
        if not names and person:
            byline, names = text, [text]
        if names:
            return byline, names, prefix, person, looks, 0
    for seg in _SEGMENT.split(text) if _SEGMENT.search(text) else ():
        if has_byline_prefix(seg) or len(seg.split()) <= 5 and is_person_name(seg):
            byline, names = _parse(seg)
            if not names and is_person_name(seg):
                byline, names = seg, [seg]
            if names:
                return byline, names, has_byline_prefix(seg), is_person_name(seg), False, 1
    # (A name opening the line under a lone "By" may run on into a caption or the first paragraph.)
    lead = _leading_name(text) if near and 3 <= ln.words <= 8 or by_before else None
    if lead:
        return lead, [lead], prefix, False, looks, 2
    tail = _trailing_name(text) if near and 3 <= ln.words <= 14 else None
    if tail:
        return tail, [tail], prefix, True, looks, 1
    if prefix and ln.words <= 16:
        byline, names = _names_ahead(_DOUBLE_WORD.sub("", text))
        if names:
            return byline, names, prefix, False, looks, 3
    m = _BY_TAIL.match(text) if near and not prefix and _BY_WORD.search(text) else None
    if m:
        byline, names = _names_ahead("By " + m.group(2))
        if names:
            return byline, names, prefix, False, looks, 3
    return None, [], prefix, person, looks, 0


def _names_ahead(text: str) -> tuple[str | None, list[str]]:
    """The names a prefixed byline opens with when what follows them spoils the whole line's parse
    (an outlet, a role, a date, a caption run on: "By Ana Ruiz and Tom Lee The Daily Example"): the
    shortest opening that names the most people, one more word allowed when the word after it is
    not capitalised (a third name part: "By Ana Maria Ruiz for ...")."""
    toks = text.split()
    found = [(len(names), -n, n, byline, names) for n in range(2, len(toks) + 1)
             for byline, names in (_parse(" ".join(toks[:n])),) if names]
    if not found:
        return None, []
    _, _, n, byline, names = max(found)
    if n + 1 < len(toks) and not toks[n + 1][:1].isupper():
        b2, n2 = _parse(" ".join(toks[:n + 1]))
        if len(n2) == len(names):
            return b2, n2
    return byline, names


_SEPARATOR_LINES = frozenset(("|", "/", "·", "•", "&", ",", "and", "und", "et", "y", "e"))
# A publication label after the names ("Ana Ruiz og Tom Lee Offentliggjort torsdag 06. feb 2025"): the
# byline ends there.
_PUBLISHED_AFTER = re.compile(r"\s+(?:published|posted|updated|veröffentlicht|publiziert|aktualisiert|publié|publicado|"
                              r"pubblicato|publicerad|publisert|offentliggjort|udgivet|gepubliceerd)\b.*$", re.I)


def _published_cut(text: str) -> str:
    """The byline without a publication label and what follows it."""
    cut = _PUBLISHED_AFTER.sub("", text) if len(text) >= 12 and _LABEL_GATE.search(text) else text
    return cut if len(cut.split()) >= 2 else text


# A byline line left open for the next name: converters that break lines at links print each
# author's name on a line of its own ("By Ana Ruiz and" / "Tom Lee").
_OPEN_WORDS = frozenset(("and", "und", "et", "y", "e", "i", "og", "och", "en", "&", "и", "і", "та"))


def _open_end(text: str) -> bool:
    t = text.rstrip()
    return t.endswith(",") or " " in t and t.rsplit(None, 1)[-1].lower() in _OPEN_WORDS


def _joined(lines: list[Line], i: int) -> str:
    """The line, joined with the short lines after it while it ends open (a comma, an "and"), or with
    the name after a separator printed on a line of its own ("Ana Ruiz" / "|" / "Tom Lee")."""
    text = lines[i].text
    if i + 2 < len(lines) and lines[i + 1].text.strip() in _SEPARATOR_LINES and 1 <= lines[i + 2].words <= 5 \
            and lines[i].words <= 5 and is_person_name(text) and is_person_name(lines[i + 2].text):
        return f"{text}, {lines[i + 2].text}"
    j = i + 1
    while _open_end(text) and j < min(len(lines), i + 4) and 1 <= lines[j].words <= 6:
        text = f"{text} {lines[j].text}"
        j += 1
    # The last name's surname wrapped onto the next line ("By Ana Ruiz and PAT" / "REEVELL").
    if j < len(lines) and lines[j].words == 1 and lines[j].text.isalpha() and lines[j].text[:1].isupper():
        toks = text.rsplit(None, 2)
        if len(toks) == 3 and (toks[1].lower() in _OPEN_WORDS or toks[1].endswith(",")) and \
                toks[2].isalpha() and toks[2][:1].isupper() and has_byline_prefix(text):
            text = f"{text} {lines[j].text}"
    return text


def _trailing_name(text: str) -> str | None:
    """A person's name closing a dateline ("Medical Daily 9/21/2016 Ana Ruiz", "Published 28 April
    2024, 14:26 , Ana Ruiz"): after the line's last comma, or after its date."""
    if "," in text:
        last = text.rsplit(",", 1)[1].strip()
        if 2 <= len(last.split()) <= 4 and is_person_name(last):
            return last
    m = search_date(text) if _DIGIT.search(text) else None
    if m is not None and m.text in text:
        rest = text[text.index(m.text) + len(m.text):].strip(" ,;|·•–-")
        if 2 <= len(rest.split()) <= 4 and is_person_name(rest):
            return rest
    return None


_NAME_TAIL = re.compile(r"[\d,;:.·•|/]+$")


def _leading_name(text: str) -> str | None:
    """A person's name opening a short line that goes on with something else: a role ("Ana Ruiz Senior
    Reporter"), a time ("Ana Ruiz 7 hours"), a reading time, a footnote mark ("Ana Ruiz0,")."""
    toks = text.split()
    for n in (4, 3, 2):
        if len(toks) > n:
            # A lower-case word after it: a caption or a sentence goes on ("Ukrainische Kriegstechnik bei
            # den Kämpfen um Bachmut, 24. April 2023", "Ana Ruiz Tips meg"), not a role or a time.
            if toks[n].isalpha() and toks[n].islower():
                continue
            cand = _NAME_TAIL.sub("", " ".join(toks[:n]))
            if is_person_name(cand):
                return cand
    return None


def byline_candidates(page: Page, title_idx: int | None) -> list[tuple[int, str | None, list[str], list[float]]]:
    """(line index, byline, names, features) for lines near the start that name people."""
    lines, start = page.lines, page.start
    out: list[tuple[int, str | None, list[str], list[float]]] = [
        (-1, None, [], [1.0] + [0.0] * (len(BYLINE_FEATURES) - 1))]
    # A copy of the headline (its <h1> and a teaser of it) names nobody either.
    head_words = lines[title_idx].words if title_idx is not None else 0
    head = _key(lines[title_idx].text) if title_idx is not None and head_words >= 4 else None
    for i in _window(page, BYLINE_BEFORE, BYLINE_AFTER, title_idx):
        ln = lines[i]
        if head is not None and i != title_idx and ln.words == head_words and _key(ln.text) == head:
            continue
        by_before = i > 0 and is_byline_prefix_only(lines[i - 1].text)
        if ln.words < 1 or (ln.words > 16 or ln.cls == "good") and not by_before or \
                ln.sentence and ln.words > 10 and not by_before and not has_byline_prefix(ln.text) or \
                i == title_idx and not (_BY_WORD.search(ln.text) and _BY_TAIL.match(ln.text)):
            continue  # (the headline's line names its author only after a by-word)
        if ln.text.endswith(":") and not is_byline_prefix_only(ln.text):
            continue  # a label ("Europäische Kommission:"), a kicker: never the names
        near = title_idx is not None and 0 < i - title_idx <= 8 or abs(i - start) <= 4 or by_before
        byline, names, prefix, person, looks, seg = _line_names(page, i, near, by_before)
        if not names:
            continue
        out.append((i, byline, names, [
            0.0,
            1.0 if prefix else 0.0,
            1.0 if by_before else 0.0,
            1.0 if looks else 0.0,
            1.0 if person else 0.0,
            math.log(len(names)),
            math.log1p(max(0, start - i)) / 3,
            1.0 if i >= start else 0.0,
            _dist(i, title_idx) / 3,
            _near(page.dateish, i, 2, 2),
            1.0 if i in page.dateish else 0.0,
            math.log(max(1, ln.words)) / 3,
            1.0 if page.counts.get(_key(ln.text), 0) > 1 else 0.0,
            ln.link_share,
            1.0 if ln.reason not in _FIELD_REASONS else 0.0,
            1.0 if ln.cls == "near" else 0.0,
            1.0 if ln.sentence else 0.0,
            math.log1p(_next_prose(lines, i)) / 2.5,
            1.0 if seg == 1 else 0.0,
            1.0 if seg == 2 else 0.0,
            1.0 if title_idx is not None and 0 < i - title_idx <= 3 else 0.0,
            1.0 if title_idx is not None and title_idx < i <= start else 0.0,
            1.0 if _named_again(lines, names[0], i, page.end) else 0.0,
            1.0 if seg == 3 else 0.0,
            1.0 if len(names) > 1 and _joined(lines, i) != ln.text else 0.0,
            # A picture's credit ("Ana Ruiz/Reuters", "Foto: Ana Ruiz") names the photographer.
            1.0 if not prefix and _credit(ln.text) else 0.0,
        ]))
    return out


# --- date -------------------------------------------------------------------------------------------

DATE_FEATURES = (
    "none", "plain", "before_log", "inside", "title_dist", "byline_dist", "byline_same", "time",
    "words_log", "good_cls", "update", "earliest", "latest", "repeated", "first_seen", "reason",
    "published", "label_update", "label_published",
)
# A publication label opening the line: its date is the article's, however long the line goes on
# ("Published February 2, 2020 Last updated ... This article is more than 2 years old.").
_PUBLISHED_WORDS = (r"published|posted|first published|veröffentlicht|publiziert|erschienen|publié|publicado|"
                    r"pubblicato|publicerad|publisert|offentliggjort|udgivet|gepubliceerd|opublikowano|publikováno|опубликовано|"
                    r"опубліковано")
_PUBLISHED = re.compile(r"\W*(?:" + _PUBLISHED_WORDS + r")\b", re.I)
# The same label inside a longer line, right before its date (a headline or a summary run onto the
# dateline: "... Geschrieben am 15. April 2025 in Nachrichten", "... Published on May 2, 2024").
_LABEL_BEFORE = re.compile(r"\b(?:" + _PUBLISHED_WORDS + r"|geschrieben|written)(?:\s+(?:on|am|le|el|il|em|op|den|dne))?"
                           r"\s*:?\s*$", re.I)
_LABEL_GATE = re.compile(r"publ|post|veröff|ersch|geschr|writt|опубл|pubbl|updat|aktual|offentl|udgiv", re.I)  # cheap pre-test


def _labelled_date(text: str, now: datetime | None) -> DateMatch | None:
    """A date that a publication label introduces inside a longer line."""
    if not _LABEL_GATE.search(text):
        return None
    m = search_date(text, now)
    if m is None or m.text not in text:
        return None
    return m if _LABEL_BEFORE.search(text, 0, text.index(m.text)) else None


def _date_text(ln: Line) -> str:
    """The line as its date reads: a line opening with a day ("06. 01. 2026, 14:59") was taken for a
    numbered list's item, its marker cut; the date keeps it."""
    if ln.marked:
        raw = ln.raw.strip()
        if raw[:1].isdigit() and raw.endswith(ln.text):
            return raw
    return ln.text


def date_candidates(page: Page, title_idx: int | None, byline_idx: int | None,
                    now: datetime | None) -> list[tuple[int, DateMatch | None, list[float]]]:
    """(line index, date, features) for lines near the start that carry a date."""
    lines, start = page.lines, page.start
    found: list[tuple[int, DateMatch, bool, bool]] = []
    for i in _window(page, DATE_BEFORE, DATE_AFTER, title_idx, byline_idx):
        ln = lines[i]
        if ln.words > 40 or not _DIGIT.search(ln.text) and now is None and \
                not (ln.words <= 2 and i + 1 < len(lines) and _DIGIT.search(lines[i + 1].text)):
            continue  # (a month alone may open a date split over lines: "Sep" / "30, 2016 7:00 AM")
        text = _date_text(ln)
        m = parse_date(text, now) if ln.words <= 10 else None
        if m is None and ln.words <= 2:
            m = _split_date(lines, i, now)
        plain = m is not None
        labelled = False
        if m is None:
            if (ln.words > 10 and ln.sentence or ln.words > 8 and ln.cls in ("good", "near")) and \
                    not _PUBLISHED.match(ln.text) and i != byline_idx:
                m = _labelled_date(ln.text, now)
                if m is None:
                    continue  # a date inside an article paragraph is about something else (not a label's)
                labelled = True
            else:
                m = search_date(text, now)
                labelled = m is not None and _labelled_date(ln.text, now) is not None
        if (m is None or m.date is None) and _GLUED_DATE.search(ln.text):
            m, plain = search_date(_unglue(ln.text), now), False
        if m is None or m.date is None:
            continue
        found.append((i, m, plain, labelled))
    days = [(m.date or "")[:10] for _, m, _, _ in found]
    first: dict[str, int] = {}
    for (i, _, _, _), day in zip(found, days, strict=True):
        first.setdefault(day, i)
    out: list[tuple[int, DateMatch | None, list[float]]] = [
        (-1, None, [1.0] + [0.0] * (len(DATE_FEATURES) - 1))]
    for i, m, plain, labelled in found:
        ln = lines[i]
        day = (m.date or "")[:10]
        out.append((i, m, [
            0.0,
            1.0 if plain else 0.0,
            math.log1p(max(0, start - i)) / 3,
            1.0 if i >= start else 0.0,
            _dist(i, title_idx) / 3,
            _dist(i, byline_idx) / 3,
            1.0 if i == byline_idx else 0.0,
            1.0 if _TIME.search(ln.text) else 0.0,
            math.log(max(1, ln.words)) / 3,
            1.0 if ln.cls == "good" else 0.0,
            1.0 if UPDATE_WORDS.search(ln.text) else 0.0,
            1.0 if day == min(days) else 0.0,
            1.0 if day == max(days) else 0.0,
            1.0 if days.count(day) > 1 else 0.0,
            1.0 if first[day] == i else 0.0,
            1.0 if ln.reason not in _FIELD_REASONS else 0.0,
            1.0 if labelled or _PUBLISHED.match(ln.text) else 0.0,
            # A label on the line above (converters that break at each element: "Last updated" / date).
            1.0 if i and lines[i - 1].words <= 4 and UPDATE_WORDS.search(lines[i - 1].text) else 0.0,
            1.0 if i and lines[i - 1].words <= 4 and _PUBLISHED.match(lines[i - 1].text) else 0.0,
        ]))
    return out


# Text browsers print inline elements without a space between them ("Associated PressApril 28, 2023",
# "2 minute readApril 25, 20232:26 PM", "30.01.202430. Januar 2024"): a word running into a capital,
# a year running into a time or a day.
_GLUED_DATE = re.compile(r"[a-z][A-Z]|(?:19|20)\d\d\d{1,2}[.:]")
_GLUE_POINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=(?:19|20)\d\d)(?=\d{1,2}[.:])")


def _unglue(text: str) -> str:
    """The line with a space where a text browser ran two elements together."""
    return _GLUE_POINT.sub(" ", text)


def published_over_updated(cands: list[tuple[int, DateMatch | None, list[float]]], k: int | None) -> int | None:
    """The chosen date candidate, unless it is labelled as an update ("Updated", "Aktualisiert") and
    another candidate is labelled as the publication: the article's date is when it came out."""
    if not k:
        return k
    names = DATE_FEATURES
    upd, lupd = names.index("update"), names.index("label_update")
    pub, lpub = names.index("published"), names.index("label_published")

    def is_pub(f: list[float]) -> bool:
        return bool(f[pub] or f[lpub]) and not f[upd]

    f = cands[k][2]
    if (f[upd] or f[lupd]) and not is_pub(f):
        return next((n for n, c in enumerate(cands) if n and is_pub(c[2])), k)
    return k


def _split_date(lines: list[Line], i: int, now: datetime | None) -> DateMatch | None:
    """A date a converter split into one line per element ("Lunes," / "2" / "diciembre" / "2024")."""
    parts = [lines[i].text]
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j].words > 2:
            break
        parts.append(lines[j].text)
        m = parse_date(" ".join(parts), now)
        if m is not None and m.date is not None and len(m.date) >= 10:
            return m
    return None


# --- choosing -------------------------------------------------------------------------------------

_WEIGHTS_FILE = Path(__file__).with_name("text_fields_weights.json")
_weights: dict[str, list[float]] | None = None


def weights() -> dict[str, list[float]]:
    """The fitted weights per field (loaded once)."""
    global _weights
    if _weights is None:
        _weights = json.loads(_WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    return _weights


def best(cands: list, field: str, feats_at: int = -1) -> int | None:
    """Index (in ``cands``) of the highest-scoring candidate; None when there are none."""
    w = weights()[field]
    top, top_score = None, -math.inf
    for n, c in enumerate(cands):
        feats = c[feats_at]
        if len(feats) != len(w):
            raise ValueError(f"{field}: {len(feats)} features, {len(w)} weights")
        s = sum(map(operator.mul, w, feats))
        if s > top_score:
            top, top_score = n, s
    return top
