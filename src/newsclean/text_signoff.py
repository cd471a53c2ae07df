"""The writers' or the desk's sign-off closing a plain-text article: at the end of its last paragraph,
or on a line of its own right under it (a byline candidate of ``text_byline``)."""

from __future__ import annotations

import re

from .authors import DESK_WORD, desk_byline
from .text_fields import Page, parse_names
from .textutil import LATIN_CAPITAL

# The writers' or the desk's sign-off closing an article's last paragraph: in brackets ("… in
# Österreich. (Ana Ruiz aus Berlin, Tom Lee, 3.5.2024)"), or a desk run onto the last sentence
# ("… zum Boxsack wird.“IN-Redaktion").
_SIGN_BRACKETS = re.compile(r"[.!?“”»\"]\s*\(([^()]{3,120})\)$")
_SIGN_GLUED = re.compile(r"[.!?“”»\"]\s*(" + LATIN_CAPITAL + r"[\w.-]*(?:[ -]" + LATIN_CAPITAL + r"[\w.-]*){0,3})$")


def sign_off(page: Page) -> tuple[int, str, list[str]] | None:
    """(line, byline, names) of a sign-off closing one of the article's last two lines, or on a line of
    its own right under the last paragraph, if any."""
    lines = page.lines
    own = _own_line_sign_off(page)
    if own is not None:
        return own
    for j in range(page.end - 1, max(page.start, page.end - 2) - 1, -1):
        text = lines[j].text.rstrip()
        if lines[j].words < 8 or not text.endswith(")") and not DESK_WORD.search(text[-30:]):
            continue
        m = _SIGN_BRACKETS.search(text) or _SIGN_GLUED.search(text)
        if m is None:
            continue
        byline, names = parse_names(m.group(1))
        if not names:
            desk = desk_byline(m.group(1))
            byline, names = desk, [desk] if desk else []
        if byline and names:
            return j, byline, names
    return None


def _own_line_sign_off(page: Page) -> tuple[int, str, list[str]] | None:
    """(line, desk, [desk]) of a desk signing on a line of its own under the article's last paragraph, as
    Markdown converters and text browsers print a sign-off set apart ("_IN-Redaktion_"): a short line
    naming a desk, at the region's end or right after it, under a paragraph."""
    lines = page.lines
    for j in (page.end, page.end - 1):
        if not (page.start < j < len(lines)) or not 1 <= lines[j].words <= 4 or lines[j - 1].words < 8 or \
                lines[j - 1].cls not in ("good", "near") or DESK_WORD.search(lines[j].text) is None:
            continue
        desk = desk_byline(lines[j].text)
        if desk:
            return j, desk, [desk]
    return None
