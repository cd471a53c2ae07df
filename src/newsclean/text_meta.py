"""Metadata of a plain-text page: title, byline and authors, date and site name, found in the lines
above (or opening) the article region.
"""

from __future__ import annotations

import re
from datetime import datetime

from . import reasons, settings
from .authors import has_byline_prefix, is_person_name, parse_byline
from .blocks import is_headline_like, title_case_share
from .dates import parse_date, search_date
from .text_classify import _DIGIT, _PROSE, _parse_date_plain, looks_like_byline
from .text_lines import Line
from .textutil import HASHTAG_LEAD as _HASHTAG_LEAD
from .textutil import norm_key as _dup_key

_TITLE_WINDOW = settings.TEXT_TITLE_WINDOW
_BYLINE_HINT = re.compile(r"\d|[,–—|•·]| - | and | und | et | y | e | и | і ", re.I)
_TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NOT_TITLE = re.compile(r"[»›]| / | > ")
_OUTLET = re.compile(
    r"\b(news|times|post|daily|journal|herald|tribune|gazette|telegraph|guardian|press|today|observer|"
    r"express|chronicle|magazine|reporter|zeitung|nachrichten|rundschau|allgemeine|presse|monde|figaro|libération|"
    r"país|mundo|diario|corriere|repubblica|stampa|notícias|folha|jornal|новости|вести|известия|газета|"
    r"правда|новини|вісті|правда)\b",
    re.I,
)


# --- 5. metadata ------------------------------------------------------------------------------


def _title_candidates(lines: list[Line], start: int, end: int, skip: set[int]) -> list[tuple[float, int, str]]:
    """Headline-shaped lines above the article (or opening it), scored as the page's title."""
    lo = max(0, start - _TITLE_WINDOW["back"])
    keys: dict[str, int] = {}
    for i in range(lo, min(len(lines), start + _TITLE_WINDOW["repeat_after"])):
        if 3 <= lines[i].words <= 25:  # only headline-sized lines can repeat the title
            k = _dup_key(_quote_norm(lines[i].text))
            keys[k] = keys.get(k, 0) + 1
    # A dump of the whole document starts with its <title>: "Headline | Site". A headline line that
    # repeats a part of it is the title.
    head_parts = {_dup_key(_quote_norm(p)) for p in _TITLE_SEP.split(lines[0].text)} if lines else set()
    out: list[tuple[float, int, str]] = []
    for i in range(lo, min(end, start + _TITLE_WINDOW["after"])):
        ln = lines[i]
        if i >= start and ln.cls == "good":
            break
        text = _clean_title(ln.text)
        if not text or ln.reason or ln.marked or ln.link_share > 0.5 or i in skip:
            continue
        words = len(text.split())
        if words < 3 or words > 25 or ln.sentence and words > 14 or not is_headline_like(text):
            continue
        # Breadcrumbs, menus run together, bylines and datelines are not titles.
        if _NOT_TITLE.search(text) or has_byline_prefix(text) or _DIGIT.search(text) and search_date(text):
            continue
        if words <= 4 and is_person_name(text):
            continue  # an author's name on its own line
        score = 2.0 * title_case_share(text) + (1.0 if 4 <= words <= 16 else 0.0)
        if words <= 4 and _OUTLET.search(text):
            score -= 2.0  # the outlet's name, printed in the masthead
        score -= 0.04 * abs(start - i)
        key = _dup_key(_quote_norm(ln.text))
        if keys.get(key, 0) > 1 or i > 0 and key in head_parts:
            score += 3.0
        out.append((score, -i, text))
    return out


def _clean_title(text: str) -> str:
    """A title line without leading hashtag runs, separators and dangling brackets."""
    text = _HASHTAG_LEAD.sub("", text).strip(" |")
    if text.count("(") > text.count(")"):
        text = text.rstrip(" (")
    return text.strip()


def _quote_norm(s: str) -> str:
    return s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _find_title(lines: list[Line], start: int, end: int, skip: set[int]) -> tuple[str | None, int | None]:
    cands = _title_candidates(lines, start, end, skip)
    if not cands:
        return None, None
    _, neg_i, text = max(cands)
    return text, -neg_i


def _find_byline(lines: list[Line], lo: int, hi: int) -> tuple[int, str | None, list[str]] | None:
    for i in range(lo, hi):
        ln = lines[i]
        # Bylines are short and not prose; lines another rule explained are not bylines.
        if ln.words > 14 or ln.cls == "good" or ln.reason not in (None, reasons.BYLINE, reasons.DATELINE) or ln.words < 2:
            continue
        # Headline-shaped lines (titles, menu items) are bylines only with a by-word, a bullet, a
        # date or a list of names; the test itself is costly, so it is kept for those.
        if ln.headline and not (ln.marked or has_byline_prefix(ln.text) or _BYLINE_HINT.search(ln.text)):
            continue
        if looks_like_byline(ln.raw if ln.marked else ln.text):
            byline, names = parse_byline(ln.text)
            if names:
                return i, byline, names
    return None


def _find_date(lines: list[Line], lo: int, hi: int, now: datetime | None, prefer: int | None):
    order = list(range(lo, hi))
    if prefer is not None:
        order.sort(key=lambda k: abs(k - prefer))
    for i in order:
        ln = lines[i]
        if ln.words > 25:
            continue
        m = (parse_date(ln.text, now) if now is not None else _parse_date_plain(ln.text)) if ln.words <= 8 else None
        # A date inside an article paragraph is about something else, not the publication.
        if m is None and (i == prefer or ln.words <= 14 and ln.cls not in _PROSE):
            m = search_date(ln.text, now)
        if m is not None:
            return i, m
    return None


def _site_name(lines: list[Line], title_idx: int | None, byline_idx: int | None) -> tuple[str | None, list[int]]:
    """The outlet's name: a short top line with a slogan under it, or an outlet line by the byline."""
    top = lines[0] if len(lines) > 1 else None
    if (top and top.reason in (None, reasons.NAV) and 1 <= top.words <= 4 and title_case_share(top.text) >= 0.99
            and lines[1].sentence and lines[1].words <= 10 and title_idx not in (0, 1)):
        return top.text, [0, 1]
    if byline_idx is not None:
        for i in range(byline_idx + 1, min(len(lines), byline_idx + 3)):
            t = lines[i].text
            if 1 <= lines[i].words <= 4 and _OUTLET.search(t) and not lines[i].sentence:
                return t, [i]
    return None, []


def _metadata(lines: list[Line], start: int, now: datetime | None) -> dict:
    """Byline and date from the lines around the article's start; which lines they used."""
    lo = max(0, start - 15)
    hi = min(len(lines), start + 4)
    consumed: dict[int, str] = {}
    byline = None
    authors: list[str] = []
    found = _find_byline(lines, lo, hi)
    byline_idx = None
    if found:
        byline_idx, byline, authors = found
        consumed[byline_idx] = reasons.BYLINE
    dated = _find_date(lines, lo, hi, now, byline_idx)
    date = date_text = None
    if dated:
        di, m = dated
        date, date_text = m.date, m.text
        if di != byline_idx and lines[di].words <= 8:
            consumed[di] = reasons.DATELINE
    return {"byline": byline, "authors": authors, "date": date, "date_text": date_text,
            "byline_idx": byline_idx, "consumed": consumed}
