"""Markdown dumps (html2text and the like) into logical lines: the paragraph rules of Markdown.

Split out of ``text_lines`` (the line splitter asks ``is_markdown`` and, for a dump whose paragraphs end
at blank lines, ``markdown_paragraphs``); the markup inside a line is stripped there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import settings
from .blocks import is_sentence
from .textutil import LINK_NUMBER
from .textutil import WS as _WS

_MD_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,3}\.)\s")
_MD_BREAK = re.compile(r"^\s*(?:#{1,6}(?:\s|$)|\||" + LINK_NUMBER + r":)|\s\|\s|\|\s*$")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")


# A setext heading's underline: "=" under a first-level heading, "-" under a second-level one (markdownify,
# pandoc's Markdown), three or more.
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def atx_headings(lines: list[str]) -> list[str] | None:
    """The lines with each setext heading ("Headline" / "========") written as an ATX one ("# Headline",
    its underline left blank), as the line reader knows headings; None when the dump has none. An underline
    counts under a line of text that is no list item, table row or heading and ends in no hard line break (a
    run of "-" after a blank line or a line break is a rule, not an underline)."""
    out: list[str] | None = None
    for i in range(1, len(lines)):
        if lines[i][:1] not in "=- ":
            continue
        m = _SETEXT.match(lines[i])
        if m is None or len(m.group(1)) < 3:
            continue
        above = lines[i - 1].strip()
        # (A hard line break before it, "…  " or "…\\", puts a rule under a paragraph: html2text's <hr>.)
        if not above or _SETEXT.match(above) or _MD_ITEM.match(above) or _MD_BREAK.search(above) \
                or lines[i - 1].endswith(("  ", "\\")):
            continue
        if out is None:
            out = list(lines)
        out[i - 1] = ("# " if m.group(1)[0] == "=" else "## ") + above
        out[i] = ""
    return out


def is_markdown(text: str) -> bool:
    """Whether the dump is Markdown (html2text and the like): inline or reference-style links."""
    return text.count("](") >= 3 or text.count("]: http") >= 3


def blank_line_paragraphs(lines: list[str]) -> bool:
    """Whether paragraphs end at blank lines (Markdown's rule): most lines that end a sentence and are
    not list items are followed by a blank line. Where single lines are paragraphs, few are."""
    ends = blank = 0
    for a, b in zip(lines, lines[1:], strict=False):
        a = a.rstrip()
        if len(a) >= 40 and is_sentence(a) and not _MD_ITEM.match(a):
            ends += 1
            blank += not b.strip()
    return ends >= 3 and blank >= 0.35 * ends


def _link_open(s: str) -> bool:
    """Whether a Markdown link's text or address is still open at the end of ``s``."""
    return "[" in s and (s.count("[") > s.count("]") or s.rfind("](") > s.rfind(")"))


_LONG_WORD = settings.TEXT_MARKDOWN_MIN_WIDTH // 2


def _breakable(line: str) -> bool:
    """Whether a converter wrapping at a column could have broken ``line`` short of it: it has no word
    longer than a wrapped line's half. A word that cannot be broken (the middle of a long address, a
    run of Chinese or Japanese without spaces) is left whole on a line longer than the width; counted,
    a few such lines put the width above the column the text wraps at."""
    # (Short lines are breakable enough: only long ones are split into words.)
    # (A line of white space alone has no word: nothing in it is too long to break.)
    return len(line) <= _LONG_WORD or max(map(len, line.split()), default=0) <= _LONG_WORD


def _broken_addresses(lines: list[str]) -> int:
    """How many lines end inside a Markdown link's address that the next line goes on with: only a
    wrapping converter breaks an address (an unwrapped dump prints each whole on its line)."""
    return sum(1 for a, b in zip(lines, lines[1:], strict=False)
               if "](" in a and b.strip() and a.rfind("](") > a.rfind(")"))


def _width(lines: list[str], broken_addresses: int) -> int:
    """The column the lines (without addresses) were wrapped at: a high percentile of their lengths.
    Lines a converter could not break (``_breakable``) stand longer than the width and do not count,
    unless the breakable ones are too short to show a wrapping width (a page of Chinese or Japanese,
    whose few Latin lines are menu items). Then, if the dump broke ``broken_addresses`` link addresses
    or more across lines (``_broken_addresses``), it is wrapped at a column no line shows, and the
    narrowest wrapping width is taken; otherwise all lines count, and a width beyond any converter's
    wrapping says the dump is not wrapped."""
    width = breakable_width(lines)
    if width >= settings.TEXT_MARKDOWN_MIN_WIDTH:
        return width
    if broken_addresses >= settings.TEXT_MARKDOWN_BROKEN_ADDRESSES:
        # (Link addresses broken across lines: the dump is wrapped, at a column its lines do not show.)
        return settings.TEXT_MARKDOWN_MIN_WIDTH
    return _high(len(x.rstrip()) for x in lines)


def _high(lengths: Iterable[int]) -> int:
    """A high percentile (the 95th) of line lengths: the wrapping column, a few longer lines aside."""
    plain = sorted(lengths)
    return plain[int(0.95 * (len(plain) - 1))] if plain else 0


def countable(lines: list[str]) -> list[str]:
    """The lines that can show a wrapping width: not blank, holding no link address (a converter does
    not break an address where it wraps)."""
    return [x for x in lines if x and "](" not in x and "://" not in x]


def breakable_width(lines: list[str]) -> int:
    """The width the lines a converter could have broken (``_breakable``) show."""
    return _high(len(x.rstrip()) for x in lines if _breakable(x))


def markdown_paragraphs(lines: list[str]) -> list[str]:
    """A Markdown dump's logical lines. Markdown ends a paragraph with a blank line and a hard line
    break with two trailing spaces (or a backslash); any other line break inside a paragraph is the
    converter's wrapping, which may fall inside a link's text or URL. List items, headings, quotes
    and table rows start lines of their own. Blank lines stay (as "") to show paragraph gaps."""
    # The wrapping column, from lines without addresses or other words a converter cannot break; a
    # line continues the one above only if its first word would not have fitted there, or if it goes
    # on with a link left open above.
    width = _width(countable(lines), _broken_addresses(lines))
    if width > 160:
        width = 10_000  # not wrapped
    out: list[str] = []
    open_para = was_quote = False
    last = ""
    for line in lines:
        full = line.rstrip()
        body = _WS.sub(" ", line).strip() if not line.isascii() or "\t" in line else line.strip()
        quote = body[:1] == ">"
        if quote:
            # A quotation's lines carry its marker: the text after it wraps like any paragraph.
            line = body = _MD_QUOTE.sub("", body)
            open_para = open_para and was_quote
        was_quote = quote
        if not body:
            if out and out[-1]:
                out.append("")
            open_para = False
            continue
        prev = out[-1] if out else ""
        if open_para and (_link_open(prev) or not _MD_ITEM.match(line) and not _MD_BREAK.search(line)
                          and len(last) + 1 + len(body.split(" ", 1)[0]) > width):
            # A hyphen at a break inside a word ("follow-\nup", a URL) is the word's own.
            in_url = prev.rfind("](") > prev.rfind(")")
            glue = "" if prev[-1:] == "-" and (in_url or prev[-2:-1].isalnum() and body[:1].isalnum()) else " "
            out[-1] = prev + glue + body
        else:
            out.append(body)
        last = full
        # (A heading may wrap too; a table row or a reference definition is one line.)
        hard = line.endswith(("  ", "\\")) or body[:1] != "#" and bool(_MD_BREAK.search(line))
        open_para = not hard
        if line.endswith("\\"):
            out[-1] = out[-1][:-1]
    return out
