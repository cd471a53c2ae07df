"""Text dumps into lines: the first step of plain-text extraction.

Splits a converter's dump (html2text, inscriptis, lynx, w3m, BeautifulSoup ``get_text``…) into
``Line`` units: white space normalised, hard wrapping undone (``text_wrap``), Markdown links and list markers stripped
while remembered as features (link share, marked), paragraphs rejoined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import settings
from .authors import BY_WORD_SET, BY_WORDS, has_byline_prefix
from .blocks import is_time_stamp
from .lazy_regex import lazy_compile
from .lexicon import phrase_reason
from .lexicon_words import NAME_TITLES
from .text_markdown import atx_headings, blank_line_paragraphs, is_markdown, markdown_paragraphs
from .text_memo import is_dateline
from .text_segment import is_collapsed, resegment
from .text_wrap import centred, centred_continuations, columns, unwrap_dump
from .textutil import (
    CJK,
    CJK_CLOSERS,
    CJK_ENDS,
    CJK_OPENERS,
    IMAGE_FILE_MARK,
    IMAGE_TYPE_MARK,
    LATIN_CAPITAL,
    LINK_NUMBER,
    LIST_MARKER,
    MARKER_FIRST,
    cjkish,
    could_be_marked,
    ends_plain_sentence,
    one_bracketed,
    plain_apostrophes,
)
from .textutil import WS as _WS

# The same, matching only what is not already one plain space (far fewer replacements).
_WS_ODD = re.compile(
    r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff][ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*"
    r"| [ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+"
)
# Markdown links and images. Link texts may hold one level of brackets ("[ [Caption] More](url)");
# URLs may hold escapes, balanced parentheses and, in a paragraph rejoined from a wrapping converter's
# lines, spaces (never before a quote: that starts the link's title).
_MD_TEXT = r"\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
_MD_URL = r"\((?:[^()\\\s\"]|\\.|\([^()\s]*\)|\s+(?=[^\s\")]))*(?:\s+\"[^\"]*\")?\s*\)"
_MD_IMAGE = re.compile(r"!" + _MD_TEXT + _MD_URL)
_MD_LINK = re.compile(_MD_TEXT + _MD_URL)
# Reference-style links ("[text][3]") and their definitions ("[3]: https://…").
_MD_REF_IMAGE = re.compile(r"!" + _MD_TEXT + LINK_NUMBER)
_MD_REF_LINK = re.compile(_MD_TEXT + LINK_NUMBER)
_MD_REF_DEF = re.compile(r"^\s*" + LINK_NUMBER + r":\s*\S+")
_MD_HEADING = re.compile(r"^#{1,6}(?:\s+|$)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# A number's full stop escaped at a paragraph's start ("3\\. Mai 2024", "06\\. 01. 2026"): Markdown
# writers escape it so that the date or figure is not read as a numbered list item.
_MD_NUMBER_ESCAPE = re.compile(r"^(\d{1,4})\\([.)])")
# Emphasis markers: "**bold**", "__bold__", "_em_", "*em*" (only at word edges: "snake_case" stays).
_MD_EMPHASIS = re.compile(r"\*\*+|__+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_MD_TABLE_RULE = re.compile(r"^[\s|:-]*-[\s|:-]*$")
# (A mark glued to the word before it and followed by a space is a link whose text starts with one,
# "Fernando Alonso[265] Un viejo problema"; after punctuation it is a citation, "again."[1] That's",
# and so in Chinese and Japanese, which put no space before one: "利用できます[1] Masscan は".)
_REF_MARK = re.compile(LINK_NUMBER + r"(?=\S)|(?<=[A-Za-z0-9\u00c0-\u024f])" + LINK_NUMBER + r"(?= \S)")
# lynx's numbered link list after the page ("References", "Visible links:", "1. https://…"): no article text.
_LYNX_REFERENCES = re.compile(
    r"^References[ \t]*\n\s*(?:(?:Visible|Hidden) links:[ \t]*\n\s*)?1\. \S+[ \t]*$", re.M)
_ANGLE_URL = re.compile(r"<(?:https?|mailto):[^>]*>")
_CONTINUES = re.compile(r"^(?:[,.;:!?)\]}»”’%]|[a-zß-ÿа-яёіїєґ])")
_BY_LONGEST = max(map(len, BY_WORDS))  # (a cheap test first)
_GLUE_WORDS = frozenset(("the", "a", "an", "of", "to", "and", "in", "on", "by", "with", "for"))


# Japanese particles that attach to the word before them and so never open a sentence ("に関する",
# "の起動"): a line a dump began with one continues the line above, cut at an inline element (a link).
# Lines that begin with a CJK comma, full stop or closing bracket do too.
# "と", "は", "も", "で" open sentences only as the first kana of a word ("ところが", "もちろん", "では"):
# followed by a kanji, katakana or a digit they are the particle. A particle alone on a line joins
# two links ("高知県" / "と" / "宮崎県").
CJK_PARTICLE = lazy_compile(r"^(?:[をにのがへや]|です|でし|ます|まし)(?:[\w、。「『（]|$)"
                           r"|^[とはもで](?:[\u4e00-\u9fff\u30a1-\u30fa\uff10-\uff19\d「『（]|$)")
_PARTICLE_FIRST = "をにのがへやでまとはも"
# What a Japanese clause cut mid-way ends with: a particle, the connective "て", a comma.
CJK_MID = "をにのがへとでもはやて、"


def _cjk_open(s: str) -> bool:
    """Whether ``s`` stops inside a CJK sentence: on a CJK character that is no sentence end."""
    c = s[-1:]
    return c not in CJK_ENDS and c not in CJK_CLOSERS[2:] and bool(CJK.match(c))


def _cjk_goes_on(prev: str, line: str, adjacent: bool = False) -> bool:
    """Whether CJK ``line`` goes on with the sentence ``prev`` left open: it starts with a particle or
    a copula, or ``prev`` ends in an opening bracket, or (lines with no blank line between them) in a
    particle, or in a closing quote that "と" ("…」と述べた") goes on from.
    ``prev`` may end in a Latin word, a link inside the sentence ("パスワード管理ソフト KeePass")."""
    last, first = prev[-1:], line[:1]
    if last in CJK_OPENERS:
        return bool(CJK.match(first) or first in CJK_OPENERS)
    if adjacent and (last in CJK_MID or last in "」』" and first == "と"):
        return bool(CJK.match(first) or first in CJK_OPENERS)
    if first not in _PARTICLE_FIRST or not CJK_PARTICLE.match(line):
        return False
    return _cjk_open(prev) or last.isalnum() and last.isascii() and bool(CJK.search(prev[-40:]))


def _mid_sentence(s: str) -> bool:
    """Whether ``s`` stops inside a sentence: on a lower-case letter, a comma or a function word."""
    c = s[-1:]
    return c.islower() or c == "," or s.rsplit(" ", 1)[-1].lower() in _GLUE_WORDS
@dataclass(slots=True)
class Line:
    """One unit of the dump (a line, or a paragraph after unwrapping) with its features."""

    raw: str
    text: str
    marked: bool = False
    link_share: float = 0.0
    words: int = 0
    chars: int = 0
    sw: float = 0.0
    sentence: bool = False
    headline: bool = False
    reason: str | None = None
    cls: str = "bad"
    score: float = 0.0
    cut: str | None = None  # a hover card's text taken out of the line (reported as "hover-card")
    signature: bool = False  # the signature of a social-media post quoted in the page ("— Name (@handle) date")
    post: bool = False  # a line of such a quoted post (its text, link, signature): article content
    heading: bool = False  # a heading as the converter marks one: Markdown's "#", lynx's flush left (_flush_left)


# A hover card dumped inside a sentence: the person's link text, the card's header repeating the name
# without a space (in full, middle names included: "Jane DoeJane Ann Doe"), the card's headlines (three
# or four of them, hence up to 800 characters), and its "MORE" link ("Rep. Jane DoeJane DoeSenate
# passes ... MORE (D-Minn.) said ..."). Only the name stays.
_HOVER_CARD = lazy_compile(r"\b(?P<name>(?P<first>[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2} (?P<last>[A-Z][\w.'’-]*))"
                         r"(?P<header>(?P=first)(?: [A-Z][\w.'’-]*){0,2}? (?P=last))(?P<card>\S[^\n]{0,800}?)\s?\bMORE\b")


def cut_hover_cards(text: str) -> tuple[str, str | None]:
    """``text`` without hover cards, and the cards' text (None when there were none)."""
    cards: list[str] = []

    def keep_name(m: re.Match[str]) -> str:
        cards.append(m.group("header") + m.group("card").strip() + " MORE")
        return m.group("name")

    out = _HOVER_CARD.sub(keep_name, text)
    return (out, " / ".join(cards)) if cards else (text, None)


# The shortest text ``repeated_alt`` looks for repeats of: an image's description, not a word, a name or a
# heading a page prints twice (for screens and for screen readers: "Are we done yet? Are we done yet?").
ALT_MIN_CHARS = 24


def repeated_alt(t: str) -> bool:
    """Whether line ``t`` opens with one text printed twice over ("Caption. Caption. Caption."): a text
    browser (lynx, w3m) prints an image's alt text once for each of the picture's sources, and the line
    is that image's description, not prose (what may follow the copies is the next image's)."""
    n = t.find(t[:ALT_MIN_CHARS], ALT_MIN_CHARS)
    if n < 0:
        return False
    unit = t[:n].rstrip()
    return len(unit) >= n - 2 and t.startswith(unit, n)


# What text browsers print for form controls and images: lynx's "(BUTTON)", check boxes "[ ]"/"[X]",
# text inputs as a run of underscores, its "[INS: ... :INS]" brackets (the inserted text stays), and
# w3m's image placeholders named by file type ("[gif]", "[svg]", "[brokenimag]").
# lynx names an image without alt text by its file inside the line too ("[space.gif]", a hash-named
# "[349459c84e2f…=w700]"). (The image marks are textutil's: the field searches read the same.)
_FORM_MARK = re.compile(r"\((?:BUTTON|RADIO|IMAGE)\)|\[(?: |X|x)\]|_{5,}|\[INS:|:INS\]|"
                        + IMAGE_TYPE_MARK + "|" + IMAGE_FILE_MARK)


# An image a text browser drew as its file's name on a line of its own: lynx prints the name
# ("[logo.svg]", after a link's number if the image is a link), w3m its stem cut at ten characters
# ("[dc-operati]", "[trans_30x1]"). A name holds a digit, a hyphen or an underscore, or an image's
# extension (lynx's file mark, textutil's, in any case); a bracketed word alone ("[deleted]", "[Chorus]") is
# text, and a link's number alone ("[12]", an image link without a name) is furniture the region search
# counts. (The title search passes over any bracketed line alone: textutil.bracketed_alone.)
_IMAGE_MARK = re.compile(r"^(?:" + LINK_NUMBER + r")?(?:" + IMAGE_FILE_MARK
                         + r"|\[(?=[^\]]*[\d_-])(?!\d+\])[\w.-]{1,10}\])$", re.I)


def _link_text(m: re.Match) -> str:
    text = m.group(1).replace("[", "").replace("]", "")
    # Two elements that the page set side by side, the writer printed without a space ("[April 10,
    # 2023](…)3 years", "[Dan Jervis-Bardy](…)The West Australian"): the link's text ends a word
    # where a capital or a digit follows.
    after = m.string[m.end():m.end() + 1]
    # (A lower-case letter after it goes on with the word: "[Heather Hitchen](…)s"; Chinese and
    # Japanese put no space between words.)
    if (after.isupper() or after.isdigit()) and text[-1:].isalnum() and not cjkish(after):
        return text + " "
    return text


def _drop_links(text: str, image: re.Pattern[str], link: re.Pattern[str]) -> tuple[str, int]:
    """Images out, links replaced by their text; returns the text and its characters in links."""
    text = image.sub("", text)
    link_chars = sum(len(m.group(1)) for m in link.finditer(text))
    return link.sub(_link_text, text), link_chars


def _strip_markdown(text: str) -> tuple[str, int]:
    """Markdown markup out of one line: links keep their text, images and URLs go, headings' hashes,
    emphasis, escapes and table pipes go. Returns the text and how many of its characters were links."""
    link_chars = 0
    if "](" in text:
        text, link_chars = _drop_links(text, _MD_IMAGE, _MD_LINK)
    if "][" in text:
        text, ref_chars = _drop_links(text, _MD_REF_IMAGE, _MD_REF_LINK)
        link_chars += ref_chars
    if text[:1] == "#":
        text = _MD_HEADING.sub("", text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "|" in text:
        text = text.strip().strip("|")
    if "://" in text or "www." in text:
        # Bare addresses: image sources and share targets a converter printed as text.
        link_chars += sum(len(m.group(0)) for m in _BARE_URL.finditer(text))
        text = _BARE_URL.sub("", text)
    return text, link_chars


def _strip_markup(raw: str, markdown: bool = False) -> tuple[str, bool, float]:
    """Remove list and link markers; return (text, had a list marker, share of the text in links)."""
    text = raw
    marked = False
    link_chars: float = 0
    literal = markdown and raw[:1].isdigit() and _MD_NUMBER_ESCAPE.match(raw) is not None
    if markdown:
        text, link_chars = _strip_markdown(text)
    elif "](" in text:
        text, link_chars = _drop_links(text, _MD_IMAGE, _MD_LINK)
    if "<" in text:
        text = _ANGLE_URL.sub("", text)
    if "[" in text and _REF_MARK.search(text):
        # lynx/w3m-style link numbers ("[12]Home"): about two words follow each mark in a link.
        text, marks = _REF_MARK.subn("", text)
        words = len(text.split())
        if not text.isascii():
            # (Scripts written without spaces: two characters make about one word.)
            words = max(words, len(CJK.findall(text)) // 2)
        link_chars = max(link_chars, len(text) * min(1.0, 2 * marks / max(1, words)))
    if ("(" in text or "[" in text or "__" in text) and _FORM_MARK.search(text):
        text = _WS.sub(" ", _FORM_MARK.sub(" ", text)).strip()
    if text[:1] == "[" and text[-1:] == "]":
        if _IMAGE_MARK.match(text):
            return "", False, 0.0
        if one_bracketed(text) and has_byline_prefix(text[1:-1]):
            text = text[1:-1]  # (a byline under its writer's picture, the figure's caption in brackets: pandoc)
    m = LIST_MARKER.match(text) if text[:1] in MARKER_FIRST and not literal else None  # (could_be_marked, inlined)
    if m and m.end() < len(text):
        text = text[m.end():]
        marked = True
    elif m:
        text = ""
    text = text.strip()
    share = min(1.0, link_chars / len(text)) if text else 0.0
    return text, marked, share


def _joins(prev: str, line: str, nxt: str, prev_open: bool, adjacent: bool = False, spaced: bool = False) -> bool:
    """Whether ``line`` continues ``prev``: a converter put an inline element on its own line."""
    if not prev or not line:
        return False
    # (A possessive "'s" after a linked name goes on from it too: "Ana Ruiz" / "'s new film ...".)
    # (So does, in CJK, a label's content after its full-width colon: "宮崎県：" / "高鍋町", "福岡県" / "：久留米市".)
    first = line[0]
    latin = first.isascii() and first.isalnum()
    if latin:
        punct = False  # (most lines: none of the openings below can hold)
    else:
        punct = (first in ",;:)]}»”’%" or line.startswith(("'s ", "’s ")) or first in CJK_CLOSERS and _cjk_open(prev)
                 or adjacent and prev[-1:] == "：" and len(prev) <= 20 and CJK.match(first) is not None
                 or first == "：" and _cjk_open(prev))
        if first in "*†" and line[1:2] in _FOOTNOTE_NEXT and _footnote_mark(prev, line):
            return True
    # The shape tests first (cheap, and they reject most pairs: menus, headings, paragraphs).
    if not punct:
        titled = False
        if ends_plain_sentence(prev):
            # After a full stop only punctuation continues a sentence; not after a title before a
            # name ("… kill Rep." / "Ilhan Omar").
            titled = prev[-1] == "." and line[:1].isupper() and bool(_TITLE_END.search(prev[-8:]))
            if not titled:
                return False
        if latin and not prev_open and first.islower() and _OWN_BYLINE.match(line):
            return False
        if latin:
            # (After an ASCII letter or digit, ``_CONTINUES`` is a lower-case letter and no CJK rule holds:
            # they need a CJK character or a particle. The same answers, without the two calls.)
            continues = (titled or first.islower() or _open_at_end(prev)
                         or prev_open and _mid_sentence(prev) or spaced)
        else:
            continues = (titled or _CONTINUES.match(line) is not None or _open_at_end(prev)
                         or prev_open and _mid_sentence(prev) or spaced or _cjk_goes_on(prev, line, adjacent))
        # Or a short inline element (a link) between two parts of one sentence.
        if not continues and not (nxt and _inline_between(prev, line, nxt)):
            return False
    if could_be_marked(line) and LIST_MARKER.match(line):
        return False
    if len(prev) < 60 and could_be_marked(prev) and LIST_MARKER.match(prev):
        return False
    if punct:
        return True
    # Furniture of its own ("vor 2 Stunden", "Leave a Reply") is not part of a sentence; but a one- or
    # two-word link that a lower-case clause of four words or more goes on from ("Twitter" / "erupted
    # Monday morning when ...") is the sentence's subject, whatever it names.
    if is_time_stamp(line) or is_time_stamp(prev) or phrase_reason(line) or _is_dateline(line) or _is_dateline(prev):
        return False
    return not phrase_reason(prev) or (len(prev.split()) <= 2 and line[0].islower() and len(line.split()) >= 4)




# A headline's byline that a converter printed as a paragraph of its own ("Headline" / "by Ana Ruiz
# @handle November 29, 2016"; pandoc, elinks): a lower-case by-word and two capitalised words open no
# sentence's rest. (A sentence broken at a link keeps its by-word: "was directed by" / "Jane Campion".)
_OWN_BYLINE = re.compile(r"^(?:" + "|".join(BY_WORDS) + r")\s+" + LATIN_CAPITAL + r"[\w.'’-]*\s+" + LATIN_CAPITAL)


def _open_at_end(text: str) -> bool:
    """Whether ``text`` ends with a bracket or a quotation mark that opens what the next line says: "(",
    "[", and "“" or "«" after a space (or alone), as opening marks stand. After a letter or a full stop
    they close a quotation opened the German, Czech or Lithuanian way ("„Ich bin nicht …“", "… entscheiden.“")
    or the German and Danish way ("»Zitat«"), maybe lines above: a headline or paragraph ending so is no
    sentence the line under it goes on."""
    last = text[-1:]
    if last in "“«":
        return len(text) == 1 or text[-2].isspace() or text[-2] in "([{—–-/"
    return last in "(["


def _is_dateline(line: str) -> bool:
    """A line that is a whole date ("3. Mai 2024, 17:47"), perhaps with a separator after it: an
    element of its own (a byline's time stamp), never a link inside a sentence, nor its start."""
    if len(line) > settings.DATELINE_MAX_CHARS:
        return False
    if line[:1].isdigit():
        line = _MD_NUMBER_ESCAPE.sub(r"\1\2", line)  # (a joined Markdown paragraph keeps its escape)
    return is_dateline(line, absolute=True)


# A word in kanji or katakana alone (a name, a term a page glosses with its reading in ruby).
_CJK_WORD = lazy_compile(r"^[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12}$")


def _cjk_inline(prev: str, line: str, nxt: str) -> bool:
    """Whether ``line`` is one word a dump set apart inside a Japanese sentence (a ruby-glossed name or a
    linked term, "韓国の" / "尹錫悦" / "大統領は…"): the sentence above stops on a particle, the word is
    kanji or katakana alone, and the sentence goes on in CJK script below."""
    return (prev[-1:] in CJK_MID and prev[-1:] != "、" and bool(_CJK_WORD.match(line))
            and bool(nxt) and CJK.match(nxt[:1]) is not None and _cjk_open(prev))


# What may follow a footnote's mark at the start of a line that goes on with the sentence above.
_FOOTNOTE_NEXT = frozenset("*†,;:)" + CJK_CLOSERS)


def _footnote_mark(prev: str, line: str) -> bool:
    """Whether ``line`` opens with a footnote's mark on the word ``prev`` ends with, the sentence going on
    after it ("日南市" / "*、串間市", "Shares" / "*, bonds"): a mark, then punctuation."""
    rest = line.lstrip("*†")
    return len(line) - len(rest) <= 3 and not ends_plain_sentence(prev) and prev[-1:].isalnum() and rest[:1] != "" and (
        rest[0] in ",;:)" + CJK_CLOSERS)


def _inline_between(prev: str, line: str, nxt: str) -> bool:
    """Whether a short ``line`` is an inline element (a link) inside the sentence ``prev`` began and
    ``nxt`` goes on with."""
    c = nxt[:1]
    if c.isascii() and c.isalnum() and not c.islower():
        return False  # (a capital or a digit opens neither a sentence's rest nor a particle: most lines)
    if len(nxt) <= _BY_LONGEST and nxt.casefold() in BY_WORD_SET or \
            len(line) <= _BY_LONGEST and line.casefold() in BY_WORD_SET:
        return False  # (nor a byline's by-word alone, its name on the next line: "Headline" / "von" / "APA";
        # nor the by-word itself between a headline and a name in lower case: "Headline" / "Von" / "t-online")
    if _OWN_BYLINE.match(nxt):
        return False  # (nor a writer's name, the alt text of a picture, over a byline: "Ana Ruiz" / "by Ana Ruiz")
    if _CONTINUES.match(nxt):
        # (A link's text followed by the sentence's punctuation is longer: a product, a title.)
        limit = 12 if nxt[0] in ",.;:)" else 6
        return _mid_sentence(prev) and len(line.split()) <= limit
    return (nxt[:1] in _PARTICLE_FIRST and len(line) <= 40 and line[-1:] not in CJK_ENDS
            and not ends_plain_sentence(line) and _cjk_goes_on(prev, nxt))


# A title before a name, its full stop no sentence end ("… threatened to kill Rep." / "Ilhan Omar").
_TITLE_END = re.compile(r"(?<![\w.])(" + "|".join(re.escape(t.capitalize()) for t in NAME_TITLES) + r")\.$")


def _run_in_label(raw_lines: list[str], norm: list[str], last: int, i: int, prev: str) -> bool:
    """Whether ``prev`` is a bold run-in label ("Viera (4-0):", "Location:") that, with line ``i``,
    makes one block between blank lines: a paragraph the converter broke after its label. (A label
    over several lines, each an item, introduces a list.)"""
    if not prev.endswith(":") or prev.count(" ") > 4 or prev != norm[last]:
        return False
    alone_before = last == 0 or not raw_lines[last - 1].strip()
    alone_after = i + 1 >= len(raw_lines) or not raw_lines[i + 1].strip()
    return alone_before and alone_after and len(norm[i]) > 0 and not LIST_MARKER.match(norm[i])


def _one_space(raw: str) -> bool:
    return raw[:1] == " " and raw[1:2] not in (" ", "")


def _markdown_view(line: str) -> str:
    """What the joiner's shape tests see of a Markdown paragraph: an escaped number as written
    ("3\\. Mai" is "3. Mai"), and no image in front of its text (an author's photo before "By")."""
    if line[:1].isdigit():
        return _MD_NUMBER_ESCAPE.sub(r"\1\2", line)
    if line[:2] == "![":
        m = _MD_IMAGE.match(line)
        if m:
            return line[m.end():].lstrip() or line
    return line


def _join_inline(raw_lines: list[str], norm: list[str], markdown: bool = False) -> list[str]:
    """Rejoin sentences that a converter split at inline elements (links, emphasis, footnote marks).

    Converters that put a blank line between all text nodes split the same way, one blank line apart.
    In Markdown the shape tests see a paragraph's escaped number as other converters write it.
    """
    view = [_markdown_view(x) for x in norm] if markdown else norm
    out: list[str] = []
    n = len(raw_lines)
    last = -1  # index in ``norm`` of the line that ``out[last_out]`` ends with
    last_out = -1
    word_inside = False  # the line joined last was a word set apart inside a CJK sentence: its rest follows
    for i in range(n):
        line = norm[i]
        if not line:
            continue
        gap = i - last - 1 if last >= 0 else -1
        # (A Markdown heading ends at its blank line; wrapped, it goes on at the next line.)
        if gap == 0 or gap == 1 and not (markdown and _MD_HEADING.match(out[last_out])):
            prev = out[last_out]
            nxt = view[i + 1] if i + 1 < n and view[i + 1] else (view[i + 2] if i + 2 < n else "")
            # (Only between blank lines: adjacent lines join by the particle rules, without spaces.)
            rest = word_inside and gap == 1 and CJK.match(line[:1]) is not None
            word_inside = not rest and gap == 1 and prev[-1:] in CJK_MID and _cjk_inline(prev, line, nxt)
            if rest or word_inside:
                # (With a space, as pages set such a word apart: "韓国の 尹錫悦（ユンソンニョル） 大統領は".)
                out[last_out] = prev + " " + line
                last = i
                continue
            # A line left with a trailing space was cut inside a sentence; so was one whose next line
            # begins with one space (the text after an inline element: "HONOLULU (UPI) —" / " Researchers
            # said …"), where the dump does not indent its lines, if either line is a sentence or a clause
            # of five words or more (a name and its role, or a date's parts, are not: "Jane Roe" / " Deputy
            # Editor").
            prev_open = raw_lines[last][-1:] == " "
            raw = raw_lines[i]
            spaced = (gap == 0 and raw[:1] == " " and raw[1:2] != " " and raw_lines[last][:1] != " "
                      and (ends_plain_sentence(line) or line.count(" ") >= 4 or prev.count(" ") >= 4))
            joined = _joins(prev, view[i], nxt, prev_open and gap == 0, gap == 0, spaced)
            if not joined and gap == 0 and raw[:1] != " ":
                # A short link between a sentence left open and its rest on the next line, which
                # begins with one space ("… announced that their" / "Webber Fund" / " has launched …");
                # or a run-in label and its paragraph.
                bridged = (i + 1 < n and _one_space(raw_lines[i + 1]) and norm[i + 1].count(" ") >= 4
                           and line.count(" ") <= 5 and prev.count(" ") >= 2 and _mid_sentence(prev))
                joined = (bridged and _joins(prev, line, nxt, prev_open, True, True)
                          or _run_in_label(raw_lines, norm, last, i, prev))
            if joined:
                glue = "" if line[0] in ",.;:!?)]}»”’%'*†：" + CJK_CLOSERS or _open_at_end(prev) or prev[-1:] == "：" else " "
                if cjkish(line[:1]) and cjkish(prev[-1:]):
                    glue = ""  # Chinese and Japanese put no space between words
                out[last_out] = prev + glue + line
                last = i
                continue
        if gap > 0:
            out.append("")
        out.append(line)
        last, last_out = i, len(out) - 1
    return out


# A bare address a converter printed as text (an image source, a share target).
_BARE_URL = re.compile(r"(?<![\w/])(?:https?://|www\.)[^\s<>\"]+")


# The signature under a social-media post a page quotes (an embedded tweet and its kin): a dash, the
# poster's name and handle, and the post's date, which dumps that break at elements put on a line of its
# own ("— Jane Doe (@janedoe)" / "November 18, 2019"). A date line is short and holds a year.
_POST_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}?\(@\w{1,30}\)(?P<date>.*)$")
_POST_DATE = re.compile(r"^[^\n]{0,24}(?<!\d)(?:19|20)\d\d(?!\d)[^\n]{0,12}$")


def _mark_posts(lines: list[Line]) -> list[Line]:
    """Mark the signatures of quoted posts, joined with their date when a dump put it on the next line."""
    out: list[Line] = []
    skip = False
    for i, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        m = _POST_SIGNATURE.match(ln.text) if "(@" in ln.text else None
        date = m.group("date").strip() if m else ""
        if m and (not date or _POST_DATE.match(date)):
            ln.signature = True
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if not date and nxt is not None and _POST_DATE.match(nxt.text):
                ln.text = f"{ln.text} {nxt.text}"
                skip = True
        out.append(ln)
    return out


def _empty_item(physical: list[str], k: int) -> bool:
    """Whether line ``k`` is an empty numbered item, its number alone ("2."), with the list's next item
    after it ("3. Text …"): a listing that numbers every line, blank ones too (a paste, a poem, code).
    (A number alone before text that is no item is the item's number, its text set on the next line.)"""
    raw = physical[k]
    if not raw[:-1].isdigit():
        return False
    nxt = next((x for x in physical[k + 1:k + 3] if x), "")
    return could_be_marked(nxt) and LIST_MARKER.match(nxt) is not None and nxt[:1].isdigit()


_FLUSH_RUN = re.compile(r"^[^\s][^\n]*(?:\n[^\s][^\n]*)*", re.M)  # flush-left lines (a heading, wrapped)


def _flush_left(text: str, written: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A text browser's headings where a fifth of the lines or more are three spaces in and a quarter or
    fewer flush left: lynx's, flush left, one-line ones whole, the first line and a space of wrapped ones
    (unwrapping joins); elinks's and links's, centred (``_centred_headings``). ``written``: the lines of
    ``text``."""
    three = text.count("\n   ") - text.count("\n    ")  # (counts in C: no pass over the lines in Python)
    filled = text.count("\n") - text.count("\n\n")
    if three * 5 < filled or (filled - text.count("\n ") - text.count("\n\t")) * 4 > filled:
        return frozenset(), ()
    whole: set[str] = set()
    starts: list[str] = []
    for m in _FLUSH_RUN.finditer(text):
        first = _WS_ODD.sub(" ", m.group().split("\n", 1)[0]).strip()
        if "\n" in m.group():
            starts.append(first + " ")
        else:
            whole.add(first)
    _centred_headings(text, written, whole, starts)
    return frozenset(whole), tuple(starts)


def _centred_headings(text: str, written: list[str], whole: set[str], starts: list[str]) -> None:
    """elinks's and links's headings: centred on the screen, a block of their own (blank lines around), where
    the body stands three spaces in (the frame: the body's right edge and a margin as wide as the left one).
    A heading centred over two lines (``text_wrap.centred_continuations``, which the unwrapping joins) is
    read joined: its first line and a space open it."""
    right = max((columns(x.rstrip()) for x in written if x[:3] == "   " and x[3:4] != " "), default=0)
    frame = right + 3
    if frame < settings.TEXT_TERMINAL_WIDTH[0]:
        return
    for i, x in enumerate(written):
        if x[:4] != "    " or i and written[i - 1].strip() or i + 1 < len(written) and written[i + 1].strip():
            continue  # (the cheap tests first: indented, blank lines around)
        indent = len(x) - len(x.lstrip(" "))
        if len(x) - indent >= 4 and centred(indent, columns(x.rstrip()) - indent, frame):
            whole.add(_WS_ODD.sub(" ", x).strip())
    starts.extend(_WS_ODD.sub(" ", written[i - 1]).strip() + " " for i in centred_continuations(text, written))


def split_lines(text: str) -> list[Line]:
    """The dump's non-empty lines, unwrapped and stripped of markers."""
    return read_lines(text)[0]


def read_lines(text: str) -> tuple[list[Line], bool]:
    """``split_lines``' lines, and whether they were rebuilt from the sentences of a collapsed dump
    (``text_segment.is_collapsed``), whose lines are not the page's."""
    text = plain_apostrophes(text)  # (lynx's U+02BC)
    written = text.splitlines()
    collapsed = is_collapsed(written)
    if collapsed:
        text = resegment(text, written)
        written = text.splitlines()
    if "\nReferences" in text:
        m = _LYNX_REFERENCES.search(text)
        if m:
            text = text[:m.start()]
            written = text.splitlines()
    markdown = is_markdown(text)
    if markdown and ("\n==" in text or "\n--" in text):
        atx = atx_headings(written)
        if atx is not None:
            written = atx
            text = "\n".join(written) + "\n"  # (the newline keeps a last blank line a line)
    if markdown and blank_line_paragraphs(written):
        norm = raw_lines = markdown_paragraphs(written)
    else:
        # One pass over the whole text for odd spaces; a line's trailing space survives as " ".
        raw_lines = _WS_ODD.sub(" ", text).splitlines()
        norm = [x.strip() for x in raw_lines]
        unwrapped = unwrap_dump(text, written, norm)
        if unwrapped is not None:
            norm = raw_lines = unwrapped
    physical = _join_inline(raw_lines, norm, markdown)
    whole, starts = _flush_left(text, written) if not markdown and text[:3] == "   " else (frozenset(), ())
    flush = bool(whole or starts)
    out: list[Line] = []
    for k, raw in enumerate(physical):
        if not raw or markdown and (_MD_REF_DEF.match(raw) or _MD_TABLE_RULE.match(raw)):
            continue
        if raw[-1:] in ".)" and len(raw) <= 4 and _empty_item(physical, k):
            continue
        clean, marked, share = _strip_markup(raw, markdown)
        cut = None
        if "MORE" in clean:
            clean, cut = cut_hover_cards(clean)
        if clean:
            heading = bool(_MD_HEADING.match(raw)) if markdown else flush and (raw in whole or raw.startswith(starts))
            out.append(Line(raw, clean, marked, share, cut=cut, heading=heading))
    return (_mark_posts(out) if "(@" in text else out), collapsed
