"""Remembered answers of the text path's costlier per-line tests, in one place.

Menus, bylines and datelines repeat within a dump (the line classifier asks whether a line is a
byline or a dateline, then the title/byline/date search asks again) and across a site's pages in a
batch. Both callers use these wrappers, so a line's answer is computed once. Each wrapped function
is pure (its answer depends only on its arguments) and its answers are not changed by callers.
"""

from __future__ import annotations

import functools

from . import authors, dates
from .lexicon import phrase_reason
from .textutil import DIGIT

looks_like_byline = functools.lru_cache(maxsize=8192)(authors.looks_like_byline)
parse_byline = functools.lru_cache(maxsize=8192)(authors.parse_byline)
is_person_name = authors.is_person_name  # (remembered in authors already: one cache, not two)
search_date = functools.lru_cache(maxsize=4096)(dates.search_date)
parse_date = functools.lru_cache(maxsize=4096)(dates.parse_date)


def is_dateline(text: str, *, absolute: bool = False) -> bool:
    """Whether ``text`` is one date or time stamp and nothing else (its label and filler words aside:
    "Published: 3. Mai 2024, 17:47", "2 hours ago"); ``absolute``: a calendar date, not a relative
    stamp. The line classifier's dateline kind and the line joiner's "a date is a line of its own"
    both ask this."""
    if DIGIT.search(text) is None or dates.DATE_GATE.search(text) is None:
        return False
    found = parse_date(text.rstrip(",;: "))
    return found is not None and (not absolute or found.date is not None)


def clear_caches() -> None:
    """Forget every remembered per-line answer (the lexicon's, these and authors'), to time cold runs."""
    for memo in (looks_like_byline, parse_byline, search_date, parse_date, phrase_reason):
        memo.cache_clear()
    authors.clear_caches()
