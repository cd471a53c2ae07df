"""Hard wrapping undone: the column (or, for lynx's CJK lines, the character count) a converter broke a
dump's lines at, and the lines joined again where a word did not fit. The first step of reading a dump's
lines (``text_lines.read_lines``), apart because what it decides is the dump's geometry, not its words."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import settings
from .lazy_regex import lazy_compile
from .textutil import (
    CJK_CLOSERS,
    CJK_ENDS,
    HANGUL,
    LIST_MARKER,
    cjkish,
    could_be_marked,
    ends_plain_sentence,
    spaced_break,
    unspaced_break,
)

# Characters a terminal converter (lynx, w3m) gives two columns: it wraps by columns, not characters.
_WIDE = lazy_compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]", below="\u2e80", cheap=r"[\u1100-\u115f]")


def columns(s: str) -> int:
    """How many terminal columns ``s`` takes (wide East Asian characters count twice)."""
    return len(s) if s.isascii() else len(s) + len(_WIDE.findall(s))


def _ceiling(lengths: list[int], width: int) -> int:
    """The wrapping column under a high percentile ``width`` of the sorted line ``lengths``: the longest
    length a crowd of lines reaches. A few lines a column or two longer (a word the converter could not
    break, a line it measured otherwise) put the percentile above the column the text wraps at, and a
    line broken because the next word did not fit then looks as if that word would have fitted."""
    counts = {n: bisect_right(lengths, n) - bisect_left(lengths, n) for n in range(width - 3, width + 1)}
    top = max(counts.values())
    return next(n for n in range(width, width - 4, -1) if counts[n] * 4 >= top)


def _break_cols(line: str, by_columns: bool = False) -> int:
    """The columns the line above would have needed to take the start of ``line``, had it fitted: a
    space and the line's first word. Where the lengths are terminal columns (``by_columns``: a wide
    character two), only the word's part up to its first Chinese or Japanese character (and the closing
    mark after it, which may not open a line: "た。"): a terminal converter (w3m) breaks such text
    between any two characters, "12月" / "24日". (The space is still counted: a column of slack.)

    The narrower unit serves ``_wrap_width``'s test of whether a dump is wrapped at all: taking a CJK run
    for one word made an unwrapped dump whose short CJK lines crowd under one length (a list of headlines,
    each followed by its time or a topic label) look wrapped, and the headline then took the line under
    it (bs4, "…持ち株社長も引責" / "金融機関"). On the dev dumps of six converters (2026-12-01) it finds no
    width in 21 dumps of Japanese pages (5 bs4, 5 html2text, 11 lynx) and changes no w3m width. ``_unwrap``
    keeps the whole word: in a dump found wrapped, joining lines by the narrow unit left lynx lines broken
    at spaces apart (lynx wraps CJK text at spaces), which lost a page's article (postlight lynx zdnet)."""
    word = line.split(" ", 1)[0]
    if by_columns:
        for k, c in enumerate(word):
            if cjkish(c) and not HANGUL.match(c):
                return 1 + columns(word[:k + 1 + (word[k + 1:k + 2] in CJK_CLOSERS)])
    return 1 + columns(word)


def _wrap_width(lines: list[str], cols: list[int], by_columns: bool = False) -> int | None:
    """The column a hard-wrapping converter broke lines at, or None if the text is not wrapped.
    ``cols`` are the lines' lengths with their indentation (a converter wraps at a column), in terminal
    columns (``by_columns``: a wide character two) or in characters.

    In wrapped text no line is longer than the width, and the lines of every paragraph but its last
    end just short of it: most of the long lines crowd under one ceiling.
    """
    # Addresses (a "References" list, a URL or a path printed as text) cannot be broken: lines that
    # end in one long word do not count.
    lengths = sorted([n for x, n in zip(lines, cols, strict=True)
                      if x and "://" not in x and not (n > 60 and len(x) - x.rfind(" ") > 40)])
    if len(lengths) < 8:
        return None
    width = lengths[max(0, int(len(lengths) * 0.99) - 1)]
    if not 30 <= width <= 160:
        return None
    longer = sum(1 for n in lengths if n > width + 1)
    long_lines = [n for n in lengths if n >= width // 2]
    near = sum(1 for n in long_lines if n >= width - 20)
    if len(long_lines) < 5 or near < 0.25 * len(long_lines) or longer > 0.02 * len(lengths):
        return None
    # And a near-full line followed by another was broken because the next word did not fit.
    # (Most of those breaks fall inside a sentence, not after one.)
    pairs = broken = ends = 0
    for i, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        if b and width - 20 <= cols[i] <= width:
            pairs += 1
            broken += cols[i] + _break_cols(b, by_columns) > width
            ends += a[-1] in ".!?"
    if pairs >= 6 and broken >= 0.4 * pairs and ends <= 0.5 * pairs:
        return _ceiling(lengths, width)
    return None


def _unwrap(lines: list[str], width: int, cols: list[int], indents: list[int],
            joins: frozenset[int] = frozenset()) -> list[str]:
    """Join lines that a converter broke because the next word did not fit in the width (and the lines
    ``joins`` names, ``centred_continuations``)."""
    out: list[str] = []
    prev = ""
    prev_cols = prev_indent = 0
    for k, (line, n, indent) in enumerate(zip(lines, cols, indents, strict=True)):
        if k in joins and out:
            out[-1] = _glued(out[-1], line)
            prev, prev_cols, prev_indent = line, n, indent
            continue
        first = line.split(" ", 1)[0] if line else ""
        # The previous line was broken here if this line's first word would not have fitted on it.
        # A "- " after a line cut short mid-sentence is a dash in the text, not a list item.
        item = LIST_MARKER.match(line) and not (first == "-" and not ends_plain_sentence(prev))
        # A line indented deeper than the one above starts a paragraph (first-line indentation).
        if prev and line and not item and prev_cols + _break_cols(line) > width and indent <= prev_indent:
            # Chinese and Japanese put no space between words: a break there was not a space.
            # (Korean spaces its words: a line short of the width was broken at a space, w3m's full
            # lines inside a word.)
            # (Nor between full-width Latin letters or digits, "Ｐｈａｓ" / "ｅ": wide characters all.)
            cjk = unspaced_break(prev[-1], line[0]) and not (spaced_break(prev[-1], line[0]) and prev_cols < width - 1)
            out[-1] = out[-1] + ("" if cjk else " ") + line
        else:
            out.append(line)
        prev, prev_cols, prev_indent = line, n, indent
    return out


def _wide_ceiling(written: list[str], chars: list[int], cols: list[int]) -> int | None:
    """The character count a terminal converter wrapped lines of wide (CJK) characters at, or None.
    ``chars`` and ``cols`` are the lines' lengths in characters and in columns (a wide character two).

    lynx wraps a line of Chinese or Japanese a few characters short of the screen's width, counting
    each wide character as one column (74 characters on an 80-column screen), while its Latin lines
    wrap at the screen's columns: no one width fits the dump's lines. Lines mostly of such characters
    crowd under the ceiling, half of them or more cut mid-sentence; dumps that do not wrap have no such
    crowd."""
    sized = sorted((n, x.rstrip()) for x, n, c in zip(written, chars, cols, strict=True) if n >= 30 and 2 * (c - n) >= n)
    if len(sized) < 3:
        return None
    lo, hi = settings.TEXT_TERMINAL_WIDTH
    ceiling = sized[-1][0]
    band = [x for n, x in sized if n >= ceiling - 2]
    # (The longest paragraphs of a dump that does not wrap end on a full stop.)
    cut = sum(1 for x in band if x[-1] not in CJK_ENDS and x[-1] not in CJK_CLOSERS)
    return ceiling if lo <= ceiling <= hi and len(band) >= 3 and cut * 2 >= len(band) else None


def _unwrap_wide(lines: list[str], written: list[str], ceiling: int) -> list[str]:
    """Join the lines a converter broke at a ceiling of wide characters (``_wide_ceiling``): a line
    near the ceiling goes on in the next one; a line before a run of CJK text too long to fit after it
    was broken at its last space."""
    out: list[str] = []
    prev = ""
    prev_chars = prev_indent = 0
    prev_wide = False
    for line, raw in zip(lines, written, strict=True):
        chars = len(raw.rstrip())
        indent = len(raw) - len(raw.lstrip())
        if prev and line and indent <= prev_indent and not (could_be_marked(line) and LIST_MARKER.match(line)):
            first = len(line.split(" ", 1)[0])
            full = prev_chars >= ceiling - 2
            if full or (first >= 15 and prev_chars + 1 + first > ceiling and not ends_plain_sentence(prev)
                        and prev[-1:] not in CJK_ENDS):
                # (A line of wide characters full to the ceiling was cut at a character, inside a word
                # or a number too: "約3" / "0キロ", "Jav" / "aScript"; Korean was cut at a space.)
                glue = "" if full and prev_wide and not spaced_break(prev[-1], line[0]) else " "
                out[-1] = out[-1] + glue + line
                prev, prev_chars, prev_indent, prev_wide = line, chars, indent, _mostly_wide(raw, chars)
                continue
        out.append(line)
        prev, prev_chars, prev_indent, prev_wide = line, chars, indent, _mostly_wide(raw, chars)
    return out


def _mostly_wide(raw: str, chars: int) -> bool:
    """Whether a line is mostly wide (CJK) characters, as the lines under a wide ceiling are."""
    return chars >= 30 and 2 * (columns(raw.rstrip()) - chars) >= chars


def _glued(prev: str, line: str) -> str:
    """``line`` run onto ``prev`` across a line break: with a space, but none between CJK characters."""
    return prev + ("" if unspaced_break(prev[-1:], line[:1]) and not spaced_break(prev[-1:], line[:1]) else " ") + line


# A line that can span a terminal's frame (half as many characters, for wide ones) over one indented
# TEXT_CENTRED["min_indent"] columns or more and short enough to be a centred heading's rest.
_PAIR_CHARS = (settings.TEXT_TERMINAL_WIDTH[0] - int(settings.TEXT_CENTRED["slack"])) // 2
_PAIR_INDENT = int(settings.TEXT_CENTRED["min_indent"])
_PAIR_REST = int(settings.TEXT_CENTRED["max_share"] * (settings.TEXT_TERMINAL_WIDTH[1] + 1))
_CENTRED_PAIR = re.compile(rf"^[^\n]{{{_PAIR_CHARS},}}\n( {{{_PAIR_INDENT},}}[^ \n][^\n]{{0,{_PAIR_REST}}})$", re.M)


def centred(indent: int, width: int, frame: int) -> bool:
    """Whether a line ``indent`` columns in and ``width`` columns wide stands centred in ``frame`` columns:
    as much space on its right as on its left, to a column (elinks and links centre headings so)."""
    return abs(2 * indent + width - frame) <= 1


def centred_continuations(text: str, written: list[str]) -> frozenset[int]:
    """The lines that go on the centred line above them: a heading wider than the screen, which a text
    browser (elinks, links) centres line by line ("Archaeologists Just Discovered a 2,500-Year-Old Lost City
    Atop a Greek Mountain" / 38 spaces, "Peak"). Both lines stand centred in the same frame (a terminal's
    width), the first spans it to within TEXT_CENTRED["slack"] columns and could not have taken the second's
    first word, the second is indented TEXT_CENTRED["min_indent"] columns or more and at most
    TEXT_CENTRED["max_share"] of the frame long: the rest of the heading, not a second centred line.
    (``written``: the lines of ``text``.) On the dev dumps of eleven converters (2026-12-01) 132 such pairs, all
    but one the rest of a heading or a paragraph (that one: an ad's label under a teaser, w3m); 70 of them the
    page's headline (elinks 37, links 33), the others mostly other stories' headlines; with the slack at 4
    columns (2026-12-01, session 13) 149, the 17 more all a heading's or a paragraph's rest. The unwrapping joins
    them; the heading mark reads them (``text_lines._centred_headings``)."""
    lo, hi = settings.TEXT_TERMINAL_WIDTH
    lim = settings.TEXT_CENTRED
    out = set()
    line, last = 0, 0
    # (Only the pairs the expression finds are measured: a loop over every line cost 1.5% of the time.)
    for m in _CENTRED_PAIR.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        i = line + 1
        if i >= len(written) or written[i].strip() != m.group(1).strip():
            continue  # (a line break other than "\n" put the lines out of step: leave the pair)
        b, a = written[i].rstrip(), written[i - 1].rstrip()
        ib = len(b) - len(b.lstrip(" "))
        ia = len(a) - len(a.lstrip(" "))
        la, lb = columns(a) - ia, columns(b) - ib
        frame = 2 * ib + lb
        if ia < ib and la > 0 and lo <= frame <= hi + 1 and centred(ia, la, frame) and lb <= lim["max_share"] * frame \
                and ia + la >= frame - lim["slack"] and ia + la + 1 + columns(b.split()[0]) > frame:
            out.add(i)
    return frozenset(out)


def unwrap_dump(text: str, written: list[str], norm: list[str]) -> list[str] | None:
    """The lines ``norm`` (``written``, as the dump ``text`` has them, stripped) joined where a hard-wrapping
    converter broke them, or None when the dump is not wrapped."""
    # (Columns are counted in the text as written: the space substitution collapses indentation.)
    chars = [len(x.rstrip()) for x in written]
    # A line's columns are its characters unless it holds wide ones: one search of the whole text
    # spares the count per line for most dumps.
    cols = [columns(x.rstrip()) for x in written] if _WIDE.search(text) else chars
    centred = centred_continuations(text, written) if len(written) == len(norm) else frozenset()
    width = _wrap_width(norm, cols, cols is not chars)
    if width:
        return _unwrap(norm, width, cols, [len(x) - len(x.lstrip()) for x in written], centred)
    if chars == cols:
        return _join_centred(norm, centred)  # (without wide characters the lengths are the columns: no width)
    # A terminal converter (an 80-column screen) may give a wide CJK character one column, not two: its
    # wrapped lines then line up by characters, at a terminal's width.
    by_chars = _wrap_width(norm, chars)
    if by_chars and settings.TEXT_TERMINAL_WIDTH[0] <= by_chars <= settings.TEXT_TERMINAL_WIDTH[1]:
        return _unwrap(norm, by_chars, chars, [len(x) - len(x.lstrip()) for x in written], centred)
    if sum(cols) - sum(chars) >= settings.TEXT_WIDE_SURPLUS_MIN:
        # (Columns beyond characters are wide characters: enough for three lines of them.)
        ceiling = _wide_ceiling(written, chars, cols)
        if ceiling:
            return _unwrap_wide(norm, written, ceiling)
    return _join_centred(norm, centred)


def _join_centred(norm: list[str], centred: frozenset[int]) -> list[str] | None:
    """The lines with each of ``centred`` run onto the line above, or None when there are none."""
    if not centred:
        return None
    out: list[str] = []
    for k, line in enumerate(norm):
        if k in centred and out:
            out[-1] = _glued(out[-1], line)
        else:
            out.append(line)
    return out
