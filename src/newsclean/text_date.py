"""The date of a plain-text dump: lines near the headline, the byline and the article's start that carry
a date, each with the features the fitted weights score (see text_fields)."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import datetime

from . import settings
from .dates import LABEL_TAIL, PUBLISHED_LABELS, UPDATE_WORDS, UPDATED_LABELS, DateMatch
from .text_fields import (
    DATE_AFTER,
    DATE_BEFORE,
    DIGIT,
    FIELD_REASONS,
    GLUED_DATE,
    LABEL_GATE,
    Page,
    dist,
    unglue,
    window,
)
from .text_lines import Line
from .text_memo import parse_date, search_date

_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d\b")

# --- date -------------------------------------------------------------------------------------------

DATE_FEATURES = (
    "none", "plain", "before_log", "inside", "title_dist", "byline_dist", "byline_same", "time",
    "words_log", "good_cls", "update", "earliest", "latest", "repeated", "first_seen", "reason",
    "published", "label_update", "label_published",
)
# A publication label opening the line: its date is the article's, however long the line goes on
# ("Published February 2, 2020 Last updated ... This article is more than 2 years old.").
_PUBLISHED_WORDS = "|".join(PUBLISHED_LABELS)
_PUBLISHED = re.compile(r"\W*(?:" + _PUBLISHED_WORDS + r")\b", re.I)
# The same label inside a longer line, right before its date (a headline or a summary run onto the
# dateline: "... Geschrieben am 15. April 2025 in Nachrichten", "... Published on May 2, 2024").
_LABEL_BEFORE = re.compile(r"\b(?:" + _PUBLISHED_WORDS + r"|geschrieben|written)" + LABEL_TAIL + "$", re.I)


# An update label right before its date inside a longer line: a caption, its credit and the name card
# run together by a Markdown converter ("… GP de Qatar.AFPMiguel A. Herguedas Actualizado Lunes, 2
# diciembre 2024 - 02:24"); the date is a candidate as an update's (its features say so).
_UPDATED_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, UPDATED_LABELS)) + r")" + LABEL_TAIL + "$", re.I)


def _labelled_date(text: str, now: datetime | None, updates: bool = False) -> tuple[DateMatch, bool] | None:
    """A date that a publication label (or, with ``updates``, an update label) introduces inside a
    longer line, and whether the label is a publication's."""
    if not LABEL_GATE.search(text):
        return None
    m = search_date(text, now)
    at = text.find(m.text) if m is not None else -1
    if m is None or at < 0:
        return None
    if _LABEL_BEFORE.search(text, 0, at):
        return m, True
    if updates and _UPDATED_BEFORE.search(text, 0, at):
        return m, False
    return None


def _date_text(ln: Line) -> str:
    """The line as its date reads: a line opening with a day ("06. 01. 2026, 14:59") was taken for a
    numbered list's item, its marker cut; the date keeps it."""
    if ln.marked:
        raw = ln.raw.strip()
        if raw[:1].isdigit() and raw.endswith(ln.text):
            return raw
    return ln.text


def date_candidates(page: Page, title_idx: int | None, byline_idx: int | None, now: datetime | None,
                    title_line: int | None = None) -> list[tuple[int, DateMatch | None, list[float]]]:
    """(line index, date, features) for lines near the start that carry a date: around the article's
    start, the headline ``title_idx`` (the copy nearest the start) and the byline. A page that prints
    its headline twice, at the top and again far down over the article (a long table or list between),
    may print the date by the first: the lines by the chosen title's own line ``title_line`` are
    looked at too (the features measure the distance to the headline as before)."""
    lines, start = page.lines, page.start
    found: list[tuple[int, DateMatch, bool, bool]] = []
    other = title_line if title_line != title_idx else None
    for i in window(page, DATE_BEFORE, DATE_AFTER, title_idx, byline_idx, other):
        ln = lines[i]
        if ln.words > 40 or not DIGIT.search(ln.text) and now is None and \
                not (ln.words <= 2 and i + 1 < len(lines) and DIGIT.search(lines[i + 1].text)):
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
                hit = _labelled_date(ln.text, now, updates=True)
                if hit is None:
                    continue  # a date inside an article paragraph is about something else (not a label's)
                m, labelled = hit
            else:
                m = search_date(text, now)
                labelled = m is not None and _labelled_date(ln.text, now) is not None
        if (m is None or m.date is None) and GLUED_DATE.search(ln.text):
            m, plain = search_date(unglue(ln.text), now), False
        if m is None or m.date is None:
            continue
        found.append((i, m, plain, labelled))
    days = [(m.date or "")[:10] for _, m, _, _ in found]
    # The day's first line: a caption's or a related story's copy of the day (text browsers print the
    # teasers above the article) comes first only when no other line carries the day.
    first: dict[str, int] = {}
    for (i, _, _, _), day in zip(found, days, strict=True):
        if lines[i].reason in FIELD_REASONS:
            first.setdefault(day, i)
    for (i, _, _, _), day in zip(found, days, strict=True):
        first.setdefault(day, i)
    out: list[tuple[int, DateMatch | None, list[float]]] = [
        (-1, None, [1.0] + [0.0] * (len(DATE_FEATURES) - 1))]
    # (The earliest and latest day and each day's count, once for all candidates.)
    earliest, latest, times = min(days, default=""), max(days, default=""), Counter(days)
    for i, m, plain, labelled in found:
        ln = lines[i]
        day = (m.date or "")[:10]
        out.append((i, m, [
            0.0,
            1.0 if plain else 0.0,
            math.log1p(max(0, start - i)) / 3,
            1.0 if i >= start else 0.0,
            dist(i, title_idx) / 3,
            dist(i, byline_idx) / 3,
            1.0 if i == byline_idx else 0.0,
            1.0 if _TIME.search(ln.text) else 0.0,
            math.log(max(1, ln.words)) / 3,
            1.0 if ln.cls == "good" else 0.0,
            1.0 if UPDATE_WORDS.search(ln.text) else 0.0,
            1.0 if day == earliest else 0.0,
            1.0 if day == latest else 0.0,
            1.0 if times[day] > 1 else 0.0,
            1.0 if first[day] == i else 0.0,
            1.0 if ln.reason not in FIELD_REASONS else 0.0,
            1.0 if labelled or _PUBLISHED.match(ln.text) else 0.0,
            # A label on the line above (converters that break at each element: "Last updated" / date).
            1.0 if i and lines[i - 1].words <= 4 and UPDATE_WORDS.search(lines[i - 1].text) else 0.0,
            1.0 if i and lines[i - 1].words <= 4 and _PUBLISHED.match(lines[i - 1].text) else 0.0,
        ]))
    return out



# How far (lines) from an update's date an unlabelled earlier date may stand and be the publication's.
_BESIDE = settings.TEXT_UPDATE_PLAIN_NEAR


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
        pubs = [n for n, c in enumerate(cands) if n and is_pub(c[2])]
        if pubs:
            return pubs[0]
        if f[pub] or f[lpub]:
            return k  # "Published on 06/01/2026 - 13:55 • Updated 14:20": the publication's own line
        # No publication label: an unlabelled earlier day on a dateline of its own a few lines from
        # the update's ("Updated:" / "Mar 6, 2018" / "Original:" / "Dec 21, 2016") is the date the
        # article came out (a caption's day beside it is not).
        at, chosen = cands[k][0], cands[k][1]
        day = (chosen.date if chosen is not None else None) or ""
        plain = names.index("plain")
        return next((n for n, (i, m, g) in enumerate(cands) if n and 0 < abs(i - at) <= _BESIDE and g[plain]
                     and not (g[upd] or g[lupd]) and m and m.date and m.date[:10] < day[:10]), k)
    return k


def _split_date(lines: list[Line], i: int, now: datetime | None) -> DateMatch | None:
    """A date a converter split into one line per element ("Lunes," / "2" / "diciembre" / "2024").
    None when the next line holds a whole date of its own: this line is its label ("Updated:" /
    "Mar 6, 2018"), and the date line under it is the candidate (with the label's features), not a
    copy of it standing here that would take its place as the day's first line."""
    if i + 1 >= len(lines) or lines[i + 1].words > 2:
        return None  # (a longer next line is no piece of a split date, nor asked whether it is a date here)
    m = parse_date(lines[i + 1].text, now)
    if m is not None and m.date is not None and len(m.date) >= 10:
        return None
    parts = [lines[i].text]
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j].words > 2:
            break
        parts.append(lines[j].text)
        m = parse_date(" ".join(parts), now)
        if m is not None and m.date is not None and len(m.date) >= 10:
            return m
    return None


