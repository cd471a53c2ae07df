"""Put a record's kept paragraphs and removed blocks back in the order the page shows them.

The record keeps the article's paragraphs (``text``) and, under ``--explain``, the dropped blocks
(``removed``) as two separate lists. The report shows them interleaved, as the reader of the page
met them, so each block is located in the page's own text: the decoded input for a text dump, the
HTML's text without its markup, scripts, styles and comments. Matching ignores whitespace
(extractors join lines and collapse spaces differently from the page), and a block that cannot be
found is listed after the others, marked as such, rather than guessed into place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Whitespace (extractors join lines and collapse spaces their own way), the invisible characters
# extractors drop (zero-width spaces and joiners, BOM, soft hyphen) and the Markdown marks a
# converter may leave in a text dump (emphasis, headings, code): none of them helps to tell where
# a block is.
_IGNORED = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad*#`]+")
# Markdown links in a text dump: the text path reads "[words](url)" as "words".
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
# A block longer than this is also looked for by its first and last characters, so that a paragraph
# the extractor rewrote in the middle (a link unwrapped, a line joined) is still found.
_PROBE = 60
# How many occurrences of one block's text are tried before it counts as already placed (a short
# label such as "Share" can occur hundreds of times).
_MAX_TRIES = 64
# The last resort for a block not found whole: groups of this many words, the first few of them,
# each at least this many characters long (shorter ones match anywhere).
_SEGMENT_WORDS, _MAX_SEGMENTS, _MIN_SEGMENT = 3, 6, 12
# Elements whose text a reader never sees, and comments: no block of the article comes from them.
_INVISIBLE_TAGS = ("script", "style", "template", "svg", "math")
_HIDDEN_START = re.compile(rf"<(?:({'|'.join(_INVISIBLE_TAGS)})\b|!--)", re.I)
_HIDDEN_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _INVISIBLE_TAGS} | {"--": re.compile("-->")}
# A tag (or doctype, or processing instruction): "<" then anything but "<" and ">" up to ">".
_TAG = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class Block:
    """One block of the page: kept (``reason`` is None) or removed with its reason."""

    text: str
    reason: str | None
    found: bool = True  # False: not located in the page's text, listed after the located ones


def match_key(text: str) -> str:
    """``text`` as it is compared: without whitespace, invisible characters or Markdown marks."""
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    return _IGNORED.sub("", text)


def visible_text(document: str, fmt: str) -> str:
    """The text a reader of the page sees: the dump itself, or the HTML document's text without
    its markup, scripts, styles and comments.

    Only the order of words matters here (blocks are matched whitespace-blind), so a scan with
    regular expressions does: it finds the same blocks as a parse on the dev pages in half the
    time. Every pattern stops at the next ``<`` or at the closing tag it looks for, so the scan
    stays linear in the page's length whatever the page holds (unclosed scripts, comments or
    tags included).
    """
    if fmt != "html":
        return document
    parts: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # kinds with no closing tag after some point: none after later starts either
    for m in _HIDDEN_START.finditer(document):
        kind = m.group(1).lower() if m.group(1) else "--"
        if m.start() < pos or kind in unclosed:
            continue  # inside a script, style or comment already skipped, or one never closed
        tag = _TAG.match(document, m.start())
        if kind != "--" and (tag is None or tag.group().endswith("/>")):
            continue  # <svg .../> closes itself (and a broken tag hides nothing)
        end = _HIDDEN_END[kind].search(document, m.end())
        if end is None:  # its text stays: extra text only makes nothing match there
            unclosed.add(kind)
            continue
        parts.append(document[pos:m.start()])
        pos = end.end()
    parts.append(document[pos:])
    return html.unescape(_TAG.sub("\n", " ".join(parts)))


def order_blocks(kept: Sequence[str], removed: Sequence[dict[str, Any]], page: str | None) -> list[Block]:
    """Kept paragraphs and removed blocks in the order they appear in ``page``.

    ``page`` is the page's visible text (``visible_text``), or None when it is not available (the
    input was stdin): then the kept blocks come first and the removed ones after, all unlocated.
    """
    blocks = [Block(t, None) for t in kept] + [Block(str(r.get("text") or ""), str(r.get("reason"))) for r in removed]
    if page is None:
        return [Block(b.text, b.reason, False) for b in blocks]
    finder = _Finder(match_key(page))
    # Kept paragraphs are in page order, so each is looked for after the previous one; removed
    # blocks come in a few passes over the page, each in order, so they keep a cursor of their own.
    placed = finder.place([b for b in blocks if b.reason is None])
    placed += finder.place([b for b in blocks if b.reason is not None])
    located = sorted((p for p in placed if p[0] >= 0), key=lambda p: (p[0], p[1]))
    lost = [Block(b.text, b.reason, False) for pos, _, b in placed if pos < 0]
    return [b for _, _, b in located] + lost


class _Finder:
    """Finds blocks in a page's match key, never placing two blocks at the same position."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.taken: set[int] = set()
        self.serial = 0  # ties at one position keep the records' order

    def place(self, blocks: list[Block]) -> list[tuple[int, int, Block]]:
        """(position or -1, serial, block) for each block, with a cursor moving down the page."""
        out: list[tuple[int, int, Block]] = []
        cursor = 0
        for block in blocks:
            key = match_key(block.text)
            pos, end = self._locate(key, _probes(key), cursor)
            if pos < 0:  # rewritten by the extractor (a form's placeholder added, lines repeated)
                pos, end = self._locate(key, _segments(block.text), cursor)
            if pos >= 0:
                self.taken.add(pos)
                cursor = end
            out.append((pos, self.serial, block))
            self.serial += 1
        return out

    def _locate(self, key: str, probes: list[tuple[str, int]], cursor: int) -> tuple[int, int]:
        """Start and end of the block's first free occurrence after ``cursor``, else anywhere.

        ``probes`` are (part of the block's key, its offset in the key), tried in turn.
        """
        if not key:
            return -1, -1
        for start in (cursor, 0):
            for probe, offset in probes:
                begin = self._free(probe, start + offset, offset)
                if begin >= 0:
                    return begin, begin + len(key)
        return -1, -1

    def _free(self, probe: str, start: int, offset: int) -> int:
        """Where the block starts if ``probe`` (at ``offset`` in it) is found free after ``start``."""
        pos = self.key.find(probe, start)
        for _ in range(_MAX_TRIES):
            if pos < 0 or max(0, pos - offset) not in self.taken:
                break
            pos = self.key.find(probe, pos + 1)
        begin = max(0, pos - offset)
        return begin if pos >= 0 and begin not in self.taken else -1


def _probes(key: str) -> list[tuple[str, int]]:
    """The whole key, then, for a long block, its start and its end alone."""
    probes = [(key, 0)]
    if len(key) > 2 * _PROBE:
        probes += [(key[:_PROBE], 0), (key[-_PROBE:], len(key) - _PROBE)]
    return probes


def _segments(text: str) -> list[tuple[str, int]]:
    """Runs of a few words of the block (its first lines, or word groups of a one-line block),
    each long enough not to match by chance, with its offset in the block's key."""
    words = text.split()
    out: list[tuple[str, int]] = []
    offset = 0
    for i in range(0, min(len(words), _SEGMENT_WORDS * _MAX_SEGMENTS), _SEGMENT_WORDS):
        part = match_key(" ".join(words[i:i + _SEGMENT_WORDS]))
        if len(part) >= _MIN_SEGMENT:
            out.append((part, offset))
        offset += len(part)
    return out
