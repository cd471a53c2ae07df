"""Re-segmenting dumps whose line breaks were lost.

Some scrapers save a page's text with all white space collapsed (``" ".join(text.split())``): the
whole page, menus, article and teasers, on one line. The text path judges lines, so such a dump
would be one line, either kept whole or dropped whole. A dump is taken as collapsed when one line
holds most of its characters and is far longer than any paragraph (see
``settings.TEXT_COLLAPSED_DUMP``); its long lines are then cut at sentence ends (a full stop,
question or exclamation mark or ellipsis, closing quotes aside, followed by a letter that is not
lower case or a digit; or an ideographic full stop), and runs of many capitalised bare words (menus, section lists)
are cut out of the sentences they run into so that each sentence becomes a line the classifier can judge.

Dumps with their line breaks are returned unchanged: a long real paragraph is not cut up.
"""

from __future__ import annotations

import re

from . import settings
from .textutil import CLOSERS

# A sentence end: final punctuation, closing quotes and brackets, then space; or "。" (no space).
_END = re.compile(r"(?<=[.!?…])[" + re.escape(CLOSERS) + r"“]*\s+|(?<=。)")
# What may open the next sentence before its first letter: opening quotes and brackets.
_OPENERS = "\"'“‘«„(["


def is_collapsed(lines: list[str]) -> bool:
    """Whether a dump's white space was collapsed: one very long line holds most of its text."""
    limits = settings.TEXT_COLLAPSED_DUMP
    longest = max((len(x) for x in lines), default=0)
    if longest < limits["min_line_chars"]:
        return False
    total = sum(len(x) for x in lines)
    return longest >= limits["min_share"] * total


def sentences(line: str) -> list[str]:
    """``line`` cut at its sentence ends (an abbreviation followed by a lower-case word is no end)."""
    out: list[str] = []
    last = 0
    for m in _END.finditer(line):
        nxt = line[m.end():m.end() + 4].lstrip(_OPENERS)[:1]
        # A sentence opens with a digit or a letter that is not lower case (scripts without case,
        # such as CJK, Arabic or Thai, have no lower case).
        if not nxt or not (nxt.isdigit() or nxt.isalpha() and not nxt.islower()):
            continue
        out.append(line[last:m.end()].strip())
        last = m.end()
    out.append(line[last:].strip())
    return [s for s in out if s]


def _capitalised(token: str) -> bool:
    """A bare label: opens with a letter that is not lower case (or a digit), no punctuation after."""
    return token[:1].isalnum() and not token[:1].islower() and token[-1:].isalnum()


def cut_label_runs(sentence: str) -> list[str]:
    """``sentence`` with each run of many capitalised bare words (a menu, a list of section names)
    cut out as its own piece: running text in any cased language has lower-case words between."""
    tokens = sentence.split(" ")
    run = settings.TEXT_COLLAPSED_DUMP["label_run"]
    out: list[str] = []
    start = i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _capitalised(tokens[j]):
            j += 1
        if j - i >= run:
            out += [" ".join(tokens[start:i]), " ".join(tokens[i:j])]
            start = j
        i = max(j, i + 1)
    out.append(" ".join(tokens[start:]))
    return [s for s in out if s]


def resegment(text: str, lines: list[str] | None = None) -> str:
    """``text`` with its very long lines cut into sentences if it is a collapsed dump, else as is
    (``lines``: its lines, when the caller has split it already)."""
    if lines is None:
        lines = text.splitlines()
    if not is_collapsed(lines):
        return text
    limit = settings.TEXT_COLLAPSED_DUMP["min_line_chars"]
    out: list[str] = []
    for line in lines:
        if len(line) < limit:
            out.append(line)
            continue
        for sentence in sentences(line):
            out += cut_label_runs(sentence)
    # Two blank lines between pieces: the breaks are ours, not a converter's, so the text path's
    # joiner of lines split at inline elements (which looks across at most one blank line) must not
    # glue a menu back onto the sentence it was cut from.
    return "\n\n\n".join(out)
