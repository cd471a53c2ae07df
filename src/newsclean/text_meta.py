"""Metadata of a plain-text page: title, byline and authors, date and site name, found in the lines
above (or opening) the article region (the candidates live in ``text_title``,
``text_byline`` and ``text_date``, their weights in ``text_fields``).
"""

from __future__ import annotations

import re
from datetime import datetime

from . import reasons, text_byline, text_date, text_fields, text_title
from .blocks import title_case_share
from .dates import DateMatch
from .lexicon_words import MASTHEAD_WORDS
from .text_fields import DATE_AFTER, DATE_BEFORE, Page
from .text_lines import Line
from .text_memo import parse_date, search_date

_OUTLET = re.compile(r"\b(" + "|".join(MASTHEAD_WORDS) + r")\b", re.I)


# --- 5. metadata ------------------------------------------------------------------------------


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


def _is_dateline(text: str, now: datetime | None) -> bool:
    """Whether the line is a dateline: a date and a dateline's words, nothing else."""
    return parse_date(text, now) is not None


def _relative_date(page: Page, near: int | None) -> tuple[int, DateMatch] | None:
    """A relative dateline ("2 hours ago", "Yesterday 11:00") nearest to ``near`` (the byline, else
    the article's start): kept as written when no ``now`` resolves it to a day."""
    lines = page.lines
    at = page.start if near is None else near
    order = sorted(range(max(0, page.start - DATE_BEFORE), min(len(lines), page.start + DATE_AFTER)),
                   key=lambda k: abs(k - at))
    for i in order:
        ln = lines[i]
        if ln.words > 14 or ln.cls in ("good", "near"):
            continue
        m = parse_date(ln.text) if ln.words <= 8 else None
        if m is None and (i == near or ln.words <= 14):
            m = search_date(ln.text)
        if m is not None and m.relative:
            return i, m
    return None


def _metadata(lines: list[Line], start: int, end: int, now: datetime | None, text: str = "",
              collapsed: bool = False) -> dict:
    """Title, byline and date chosen among the lines around the article's start (see ``text_fields``);
    which lines they used and where each field came from. ``text`` is the dump as written: its share links
    (cut from the lines with lynx's list of references) carry the page's title. ``collapsed``: the lines
    were rebuilt from the sentences of a collapsed dump."""
    page = text_fields.page_context(lines, start, end, text_title.shared_titles(text), collapsed)
    title = title_idx = None
    cands = text_title.title_candidates(page)
    k = text_fields.best_title(cands)
    if k is not None:
        title_idx, title, _ = cands[k]
    consumed: dict[int, str] = {}
    sources: dict[str, str] = {}
    if title is not None:
        sources["title"] = "first-line" if title_idx == 0 else "share-link" if (title_idx or 0) < 0 else "headline-line"
    head = text_fields.headline_at(page, title_idx, title)
    if title_idx is not None and title_idx < 0:
        title_idx = head  # (a title from a share link: the line past the window that prints it, if any)
    bylines = text_byline.byline_candidates(page, head)
    at, byline, authors, _ = text_byline.with_neighbours(page, bylines, text_fields.best(bylines, "byline") or 0)
    byline_idx = at if at >= 0 else None
    if byline_idx is not None:
        consumed[byline_idx] = reasons.BYLINE
        sources["byline"] = "byline-line"
    dates = text_date.date_candidates(page, head, byline_idx, now, title_idx)
    di, found, _ = dates[text_date.published_over_updated(dates, text_fields.best(dates, "date")) or 0]
    date = date_text = None
    if found is None:
        rel = _relative_date(page, byline_idx)
        if rel is not None:
            di, found = rel
    if found is not None:
        date, date_text = found.date, found.text
        if di == byline_idx:
            sources["date"] = "byline-line"
        elif lines[di].words <= 8 and (di < start or _is_dateline(lines[di].text, now)):
            consumed[di] = reasons.DATELINE
            sources["date"] = "dateline"
        else:
            sources["date"] = "text-line"
    return {"title": title, "title_idx": title_idx, "head": head, "byline": byline, "authors": authors, "date": date,
            "date_text": date_text, "byline_idx": byline_idx, "consumed": consumed, "sources": sources}
