"""What converters print around a byline's names, and lines shaped like a byline that name nobody: the
shapes ``text_byline`` reads a candidate line's names through (lynx's and w3m's placeholders, an icon's
name, a name run into its date) or skips (a field's label, a list's items)."""

from __future__ import annotations

import re

from . import reasons, settings
from .authors import DESK_WORD, has_byline_prefix, is_role
from .dates import DATE_GATE
from .lexicon import phrase_reason
from .lexicon_words import CJK_CREDIT_ROLES
from .text_fields import parse_names
from .text_lines import Line
from .text_memo import is_person_name, search_date
from .textutil import CAPITAL, CJK, DIGIT, IMAGE_NAME_MARK

# An arrow icon's name run onto the link's text, as converters print an icon font's ligature or an SVG's
# title ("Amanda Hällstenchevron-right", "Ana Ruiz arrow_forward"); the ends are the cheap test first.
ICON_ENDS = ("right", "left", "up", "down", "forward", "back")
GLUED_ICON = re.compile(r"\s*(?:chevron|arrow|caret)[-_](?:right|left|up|down|forward|back)$")
# What separates a byline's parts (its names, date, label or desk), one set for every byline rule: commas,
# dashes, bars, bullets, middle dots, slashes ("Ana Ruiz | Updated: 3 May 2024", "Ana Ruiz · Tom Lee"), and
# a spaced hyphen. BYLINE_TRIM: what a part's ends lose (the hyphen and the semicolon too).
BYLINE_SEPARATOR_CHARS = ",–—|•·/"
BYLINE_SEPARATORS = re.compile(f"[{BYLINE_SEPARATOR_CHARS}]| - ")
BYLINE_TRIM = " ,;|·•–-/"
# A picture's or a link's placeholder a text browser prints before the name ("[1] Ana Ruiz", "[IMG]",
# "[190426_original.jpg] Ana Ruiz"): the image marks' bracketed name, the one the title search reads past.
PLACEHOLDERS = re.compile("^(?:" + IMAGE_NAME_MARK + r"\s*)+")


def name_before_date(text: str) -> str | None:
    """A name a converter ran into the date after it ("谢若含2017-03-01 14:27:02"): what stands before
    the line's date when it is a person's name, and at most a time after the date."""
    m = search_date(text)
    if m is None or m.text not in text:
        return None
    at = text.index(m.text)
    before = text[:at].strip(BYLINE_TRIM)
    if not before or len(text) - at - len(m.text) > settings.TEXT_TIME_AFTER_DATE_CHARS or len(before.split()) > 4:
        return None
    return before if is_person_name(before) and not is_role(before) else None


def names_before_date(text: str) -> tuple[str | None, list[str]] | None:
    """(byline, names) of names separated by bars or bullets with a date or time closing the line, which
    a text browser may glue on ("Ana Ruiz | Tom Lee vor 3 Stundenvor 3 Stunden"): two names or more
    before the line's first number (and the lower-case words leading to it: "vor", "le", "on")."""
    m = DIGIT.search(text)
    toks = text[:m.start()].split() if m else []
    while toks and toks[-1].islower():
        toks.pop()
    if len(toks) < 3 or DATE_GATE.search(text, len(" ".join(toks))) is None:
        return None
    byline, names = parse_names(" ".join(toks).rstrip(BYLINE_TRIM))
    return (byline, names) if len(names) >= 2 else None


def labels_only(text: str, names: list[str]) -> bool:
    """Whether the names stand before the line's colon: a field's label, its value after it ("Available
    Lengths: 178, 186 cm", "Stated Weight per Ski: 2030 grams", a product's specifications), not people."""
    label, _, value = text.partition(": ")
    return value[:1].isdigit() and not BYLINE_SEPARATORS.search(label) and all(n in label for n in names)


def listed(lines: list[Line], i: int) -> bool:
    """Whether line i is an item of a list rather than a byline: a related list's label above it
    ("Related Topics" / "Keir Starmer," / "Labour Party,": a story's tags, each a link, that converters
    print one a line), or the line above left open for it (a comma): the item of a run read whole from
    its first line (``_joined``); or an item, marked as one, of a list under such a label ("Related
    topics" / "* Mexico" / "* Latin America")."""
    above = lines[i - 1]
    return above.reason == reasons.RELATED_LIST and above.words <= 3 and lines[i].text.endswith(",") or \
        above.text.endswith(",") and 1 <= above.words <= 6 and lines[i].words <= 6 or \
        lines[i].marked and _under_related_label(lines, i)


def furniture_label(name: str) -> bool:
    """Whether a name-shaped text is a label of furniture that names nobody ("Related Topics", "Share
    This", "Log In"; ``reasons.NAMELESS``). On the dev dumps of six converters (2026-12-01) 96 byline
    candidates were such labels, none the author; one was chosen (a tag list's label over its tags)."""
    return phrase_reason(name) in reasons.NAMELESS


def _under_related_label(lines: list[Line], i: int) -> bool:
    """Whether the marked items above line i (TEXT_LIST_LABEL_REACH at most) lead up to a related list's
    label of three words or fewer. On the dev dumps of six converters (2026-12-01) 229 byline candidates
    stood in such lists (tags, topics, related links), none the author; 5 were chosen ("Latin America")."""
    j = i - 1
    while j >= 0 and lines[j].marked and i - j <= settings.TEXT_LIST_LABEL_REACH:
        j -= 1
    return j >= 0 and lines[j].reason == reasons.RELATED_LIST and lines[j].words <= 3


# A capital letter of the scripts whose capitals ``text_byline`` counts, wherever in a word it stands.
_UPPER = re.compile(CAPITAL)


def nameless(whole: str, words: int) -> bool:
    """Whether the (joined) line surely names nobody, before the cuts ``text_byline`` makes: fewer than
    two capitals, no by-word, no CJK and no desk's word. The cuts only take text away (a published
    label, a handle, a reading time) or put a space inside a by-word glued to a capitalised name, so
    they cannot add a capital, a by-word or a desk; a placeholder, a handle or an underscore, which
    may bring one to the line's start, is left to the full reading."""
    return (len(_UPPER.findall(whole)) < 2 and whole[:1] != "[" and "@" not in whole and "_" not in whole
            and not has_byline_prefix(whole) and not CJK.search(whole)
            and (words > 8 or DESK_WORD.search(whole) is None))


def names_then_date(tail: str) -> bool:
    """Whether the names after a by-word run on into a date ("Juliane Rohr 28.04.2023, 18:11 Uhr"): a
    byline and its dateline on a headline's line, which text_title cuts the headline off."""
    return DIGIT.search(tail) is not None and search_date(tail) is not None


# A book's credits as Japanese prints them: each name followed by its role (lexicon_words.CJK_CREDIT_ROLES:
# "Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳"), a space before the role, the credits joined by a comma.
_ROLES = "|".join(sorted(CJK_CREDIT_ROLES, key=len, reverse=True))
_CREDIT_ROLE = re.compile(_ROLES)
_CJK_CREDIT = re.compile(r"([^、,，\s][^、,，]{0,30}?)\s+(?:" + _ROLES + r")\s*(?:[、,，／/]\s*|$)")


def credited_names(text: str) -> list[str]:
    """The names of a line that is a book's credits and nothing else, each followed by its role
    (``_CJK_CREDIT``), or none."""
    if not _CREDIT_ROLE.search(text):
        return []  # (most lines: no role at all)
    names, at = [], 0
    for m in _CJK_CREDIT.finditer(text):
        if m.start() != at:
            return []
        names.append(" ".join(m.group(1).split()))
        at = m.end()
    return names if at == len(text) else []
