"""Plain-text extraction: a whole page dumped to text, cleaned of page furniture.

The pipeline, per document:

1. *Lines*: split, normalise whitespace, undo hard wrapping, strip list/link markers
   ("* ", "- ", "•", "[text](url)") while remembering them as features.
2. *Classify* each line, jusText-style: lexicon/structural reason (``blocks.block_reason``),
   length, sentence punctuation and function-word density in the page's language give one of
   ``good`` (running prose), ``near`` (probably prose), ``short`` (too short to judge) or ``bad``.
3. *Locate* the article as the best contiguous region over per-line scores (maximum subarray),
   extended over short gaps to neighbouring prose (a lead paragraph behind a share bar).
4. *Select* inside the region: drop lexicon hits, list runs, alt texts beside credit lines,
   repeats; keep prose, short quotes and subheadings followed by prose.
5. *Metadata* from the lines above the article: title, byline/authors, date, site name.

Every dropped line is recorded as a ``Removal`` with its reason.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime

from .article import Article, Removal
from .authors import has_byline_prefix, is_person_name, parse_byline
from .authors import looks_like_byline as _looks_like_byline
from .blocks import (
    STOPWORDS,
    Block,
    function_word_counts,
    is_headline_like,
    is_sentence,
    is_time_stamp,
    language_of_words,
    structural_reason,
    text_structural_reason,
    title_case_share,
    tokens,
)
from .dates import parse_date, search_date
from .lexicon import phrase_reason

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# The same, matching only what is not already one plain space (far fewer replacements).
_WS_ODD = re.compile(
    r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff][ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*"
    r"| [ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+"
)
# List/quote markers a converter puts before a line: "* ", "+ ", "- ", "•", "1. ", "> ".
_MARKER = re.compile(r"^(?:[*+•·▪◦►▶➤→>]|-(?=\s)|\d{1,3}[.)](?=\s))\s*")
# Markdown links and images. Link texts may hold one level of brackets ("[ [Caption] More](url)");
# URLs may hold escapes, balanced parentheses and, in a paragraph rejoined from a wrapping converter's
# lines, spaces (never before a quote: that starts the link's title).
_MD_TEXT = r"\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
_MD_URL = r"\((?:[^()\\\s\"]|\\.|\([^()\s]*\)|\s+(?=[^\s\")]))*(?:\s+\"[^\"]*\")?\s*\)"
_MD_IMAGE = re.compile(r"!" + _MD_TEXT + _MD_URL)
_MD_LINK = re.compile(_MD_TEXT + _MD_URL)
# Reference-style links ("[text][3]") and their definitions ("[3]: https://…").
_MD_REF_IMAGE = re.compile(r"!" + _MD_TEXT + r"\[\d{1,4}\]")
_MD_REF_LINK = re.compile(_MD_TEXT + r"\[\d{1,4}\]")
_MD_REF_DEF = re.compile(r"^\s*\[\d{1,4}\]:\s*\S+")
_MD_HEADING = re.compile(r"^#{1,6}(?:\s+|$)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# Emphasis markers: "**bold**", "__bold__", "_em_", "*em*" (only at word edges: "snake_case" stays).
_MD_EMPHASIS = re.compile(r"\*\*+|__+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_MD_TABLE_RULE = re.compile(r"^[\s|:-]*-[\s|:-]*$")
_REF_MARK = re.compile(r"\[\d{1,4}\](?=\S)")
# lynx's numbered link list after the page ("References", "Visible links:", "1. https://…"): no article text.
_LYNX_REFERENCES = re.compile(
    r"^References[ \t]*\n\s*(?:(?:Visible|Hidden) links:[ \t]*\n\s*)?1\. \S+[ \t]*$", re.M)
_ANGLE_URL = re.compile(r"<(?:https?|mailto):[^>]*>")
_CONTINUES = re.compile(r"^(?:[,.;:!?)\]}»”’%]|[a-zß-ÿа-яёіїєґ])")
_CLOSERS = "'\"’”»)]"
_GLUE_WORDS = frozenset(("the", "a", "an", "of", "to", "and", "in", "on", "by", "with", "for"))


def _ends_sentence(s: str) -> bool:
    """Whether ``s`` ends like a sentence (closing quotes and brackets aside); tested from the end."""
    return s.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _mid_sentence(s: str) -> bool:
    """Whether ``s`` stops inside a sentence: on a lower-case letter, a comma or a function word."""
    c = s[-1:]
    return c.islower() or c == "," or s.rsplit(" ", 1)[-1].lower() in _GLUE_WORDS
_ALT_LABEL = re.compile(
    r"^(image source|fuente de la imagen|fonte da imagem|source de l'image|bildquelle|fonte dell'immagine|"
    r"источник изображения|джерело зображення)\b",
    re.I,
)
_DATA_SEP = re.compile(r" [–—@|-]+ |: |\t|, ")
_BYLINE_HINT = re.compile(r"\d|[,–—|•·]| - | and | und | et | y | e | и | і ", re.I)
# A cheap pre-test for date stamps that resolve without a reference time: a numeric date or time,
# a year, or an "ago" word ("vor", "il y a", "hace", "há", "fa", "назад", "тому"). A day and month
# without a year, or a bare duration ("48 Hours", a show's name), is not a publication date.
_DATEISH = re.compile(
    r"\d[./:-]\d|(?<!\d)(?:19|20)\d\d(?!\d)|\bago\b|назад|тому|\bvor\b|il y a|\bhace\b|\bhá\b|\bfa\b|前|전",
    re.I,
)
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Characters a terminal converter (lynx, w3m) gives two columns: it wraps by columns, not characters.
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _columns(s: str) -> int:
    """How many terminal columns ``s`` takes (wide East Asian characters count twice)."""
    return len(s) if s.isascii() else len(s) + len(_WIDE.findall(s))
_DUP_KEY = re.compile(r"\w+", re.UNICODE)
_HASHTAG_LEAD = re.compile(r"^(?:#\w+[\s,]*)+\|?\s*", re.UNICODE)
_TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_SEPARATORS = re.compile(r"\s[|/·•]\s")
_SEPARATOR_CHAR = re.compile(r"[|/·•]")
_ABOUT = re.compile(
    r"^(about|über|à propos( de)?|acerca de|sobre|a proposito di|chi è|об|о|про)\s+\S", re.I
)
_NOT_TITLE = re.compile(r"[»›]| / | > ")
_ABOUT_START = re.compile(
    r"^(about|über|à propos|acerca|sobre|chi siamo|l'autore|об авторе|о нас|про автора|про нас)\b", re.I
)
_OUTLET = re.compile(
    r"\b(news|times|post|daily|journal|herald|tribune|gazette|telegraph|guardian|press|today|observer|"
    r"express|chronicle|magazine|reporter|zeitung|nachrichten|rundschau|allgemeine|presse|monde|figaro|libération|"
    r"país|mundo|diario|corriere|repubblica|stampa|notícias|folha|jornal|новости|вести|известия|газета|"
    r"правда|новини|вісті|правда)\b",
    re.I,
)
# Kinds whose appearance marks the end of the article: what follows is their content too.
_END_KINDS = frozenset({"comment-form", "related-list", "newsletter"})


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


def normalise_line(line: str) -> str:
    """Collapse runs of (unicode) spaces and strip the ends."""
    return _WS.sub(" ", line).strip()


# --- 1. lines ---------------------------------------------------------------------------------


def _wrap_width(lines: list[str], cols: list[int]) -> int | None:
    """The column a hard-wrapping converter broke lines at, or None if the text is not wrapped.
    ``cols`` are the lines' lengths with their indentation (a converter wraps at a column).

    In wrapped text no line is longer than the width, and the lines of every paragraph but its last
    end just short of it: most of the long lines crowd under one ceiling.
    """
    # Addresses (a "References" list, a URL or a path printed as text) cannot be broken: lines that
    # end in one long word do not count.
    lengths = sorted(n for x, n in zip(lines, cols, strict=True)
                     if x and "://" not in x and not (n > 60 and len(x) - x.rfind(" ") > 40))
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
            broken += cols[i] + 1 + _columns(b.split(" ", 1)[0]) > width
            ends += a[-1] in ".!?"
    return width if pairs >= 6 and broken >= 0.4 * pairs and ends <= 0.5 * pairs else None


def _unwrap(lines: list[str], width: int, cols: list[int], indents: list[int]) -> list[str]:
    """Join lines that a converter broke because the next word did not fit in the width."""
    out: list[str] = []
    prev = ""
    prev_cols = prev_indent = 0
    for line, n, indent in zip(lines, cols, indents, strict=True):
        first = line.split(" ", 1)[0] if line else ""
        # The previous line was broken here if this line's first word would not have fitted on it.
        # A "- " after a line cut short mid-sentence is a dash in the text, not a list item.
        item = _MARKER.match(line) and not (first == "-" and not _ends_sentence(prev))
        # A line indented deeper than the one above starts a paragraph (first-line indentation).
        if prev and line and not item and prev_cols + 1 + _columns(first) > width and indent <= prev_indent:
            # Chinese and Japanese put no space between words: a break there was not a space.
            cjk = _CJK.match(line) and _CJK.match(prev[-1:])
            out[-1] = out[-1] + ("" if cjk else " ") + line
        else:
            out.append(line)
        prev, prev_cols, prev_indent = line, n, indent
    return out


_MARKER_FIRST = frozenset("*+•·▪◦►▶➤→>-0123456789")


def _could_be_marked(s: str) -> bool:
    """A cheap pre-test for ``_MARKER``: list markers start with one of a few characters."""
    return s[:1] in _MARKER_FIRST


def _link_text(m: re.Match) -> str:
    return m.group(1).replace("[", "").replace("]", "")


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
    link_chars = 0
    if markdown:
        text, link_chars = _strip_markdown(text)
    elif "](" in text:
        text, link_chars = _drop_links(text, _MD_IMAGE, _MD_LINK)
    if "<" in text:
        text = _ANGLE_URL.sub("", text)
    if "[" in text and _REF_MARK.search(text):
        # lynx/w3m-style link numbers ("[12]Home"): about two words follow each mark in a link.
        text, marks = _REF_MARK.subn("", text)
        words = text.split()
        link_chars = max(link_chars, len(text) * min(1.0, 2 * marks / max(1, len(words))))
    m = _MARKER.match(text) if _could_be_marked(text) else None
    if m and m.end() < len(text):
        text = text[m.end():]
        marked = True
    elif m:
        text = ""
    text = text.strip()
    share = min(1.0, link_chars / len(text)) if text else 0.0
    return text, marked, share


def _joins(prev: str, line: str, nxt: str, prev_open: bool) -> bool:
    """Whether ``line`` continues ``prev``: a converter put an inline element on its own line."""
    if not prev or not line:
        return False
    punct = line[0] in ",;:)]}»”’%"
    # The shape tests first (cheap, and they reject most pairs: menus, headings, paragraphs).
    if not punct:
        if _ends_sentence(prev):
            return False  # after a full stop only punctuation continues a sentence
        continues = _CONTINUES.match(line) or prev.endswith(("(", "[", "«", "“")) or prev_open and _mid_sentence(prev)
        # Or a short inline element (a link) between two parts of one sentence.
        if not continues and not (nxt and _CONTINUES.match(nxt) and _mid_sentence(prev) and len(line.split()) <= 6):
            return False
    if _could_be_marked(line) and _MARKER.match(line):
        return False
    if len(prev) < 60 and _could_be_marked(prev) and _MARKER.match(prev):
        return False
    if punct:
        return True
    # Furniture of its own ("vor 2 Stunden", "Leave a Reply") is not part of a sentence.
    return not (is_time_stamp(line) or is_time_stamp(prev) or phrase_reason(line) or phrase_reason(prev))


def _join_inline(raw_lines: list[str], norm: list[str]) -> list[str]:
    """Rejoin sentences that a converter split at inline elements (links, emphasis, footnote marks).

    Converters that put a blank line between all text nodes split the same way, one blank line apart.
    """
    out: list[str] = []
    n = len(raw_lines)
    last = -1  # index in ``norm`` of the line that ``out[last_out]`` ends with
    last_out = -1
    for i in range(n):
        line = norm[i]
        if not line:
            continue
        gap = i - last - 1 if last >= 0 else -1
        if gap in (0, 1):
            prev = out[last_out]
            nxt = norm[i + 1] if i + 1 < n and norm[i + 1] else (norm[i + 2] if i + 2 < n else "")
            # A line left with a trailing space was cut inside a sentence.
            prev_open = raw_lines[last][-1:] == " "
            if _joins(prev, line, nxt, prev_open and gap == 0):
                glue = "" if line[0] in ",.;:!?)]}»”’%" or prev.endswith(("(", "[", "«", "“")) else " "
                out[last_out] = prev + glue + line
                last = i
                continue
        if gap > 0:
            out.append("")
        out.append(line)
        last, last_out = i, len(out) - 1
    return out


_MD_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,3}\.)\s")
_MD_BREAK = re.compile(r"^\s*(?:#{1,6}(?:\s|$)|\||\[\d{1,4}\]:)|\s\|\s|\|\s*$")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_BARE_URL = re.compile(r"(?<![\w/])(?:https?://|www\.)[^\s<>\"]+")


def _is_markdown(text: str) -> bool:
    """Whether the dump is Markdown (html2text and the like): inline or reference-style links."""
    return text.count("](") >= 3 or text.count("]: http") >= 3


def _blank_line_paragraphs(lines: list[str]) -> bool:
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


def _markdown_paragraphs(lines: list[str]) -> list[str]:
    """A Markdown dump's logical lines. Markdown ends a paragraph with a blank line and a hard line
    break with two trailing spaces (or a backslash); any other line break inside a paragraph is the
    converter's wrapping, which may fall inside a link's text or URL. List items, headings, quotes
    and table rows start lines of their own. Blank lines stay (as "") to show paragraph gaps."""
    # The wrapping column, from lines without addresses (a long address cannot be broken); a line
    # continues the one above only if its first word would not have fitted there, or if it goes on
    # with a link left open above.
    plain = sorted(len(x.rstrip()) for x in lines if x and "](" not in x and "://" not in x)
    width = plain[int(0.95 * (len(plain) - 1))] if plain else 0
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


def split_lines(text: str) -> list[Line]:
    """The dump's non-empty lines, unwrapped and stripped of markers."""
    if "\nReferences" in text:
        m = _LYNX_REFERENCES.search(text)
        if m:
            text = text[:m.start()]
    markdown = _is_markdown(text)
    written = text.splitlines()
    if markdown and _blank_line_paragraphs(written):
        norm = raw_lines = _markdown_paragraphs(written)
    else:
        # One pass over the whole text for odd spaces; a line's trailing space survives as " ".
        raw_lines = _WS_ODD.sub(" ", text).splitlines()
        norm = [x.strip() for x in raw_lines]
        # (Columns are counted in the text as written: the space substitution collapses indentation.)
        cols = [_columns(x.rstrip()) for x in written]
        width = _wrap_width(norm, cols)
        if width:
            norm = _unwrap(norm, width, cols, [len(x) - len(x.lstrip()) for x in written])
            raw_lines = norm
    physical = _join_inline(raw_lines, norm)
    out: list[Line] = []
    for raw in physical:
        if not raw or markdown and (_MD_REF_DEF.match(raw) or _MD_TABLE_RULE.match(raw)):
            continue
        clean, marked, share = _strip_markup(raw, markdown)
        if clean:
            out.append(Line(raw=raw, text=clean, marked=marked, link_share=share))
    return out


# --- 2. classify ------------------------------------------------------------------------------


def _page_language(lines: list[Line]) -> str | None:
    """The page's language from its longest lines; None when its prose is not in a supported one."""
    # (A few hundred characters of each are plenty to tell the language, and cheaper to split.)
    sample = " ".join(x.text[:400] for x in sorted(lines, key=lambda x: -len(x.text))[:12])
    words = tokens(sample)
    lang = language_of_words(words)
    if lang is None:
        return None
    # A few function-word hits in a page of another language (Indonesian, Japanese) are not enough.
    stop = STOPWORDS[lang]
    if len([w for w in words if w in stop]) < 0.12 * len(words):
        return None
    return lang


def _page_function_words(lines: list[Line]) -> frozenset[str] | None:
    """For a page in an unsupported language: its own most frequent short words, found across its
    longest lines, serve as function words (they are "dan", "yang", "di" in Indonesian, "het", "een"
    in Dutch, and so on)."""
    longest = sorted(lines, key=lambda x: -len(x.text))[:30]
    spread: dict[str, int] = {}
    for ln in longest:
        for w in set(tokens(ln.text)):
            if len(w) <= 5:
                spread[w] = spread.get(w, 0) + 1
    common = [w for w, n in sorted(spread.items(), key=lambda kv: -kv[1]) if n >= 4][:40]
    return frozenset(common) if len(common) >= 10 else None


def _featurise(lines: list[Line], lang: str | None) -> tuple[float, float, float] | None:
    """Compute each line's features; return the density thresholds to classify with (None: shape only)."""
    stop = STOPWORDS.get(lang) if lang else _page_function_words(lines)
    n = len(lines)
    # Menus and widgets repeat within a page and across a site's pages: a line's text-only features
    # are computed once (remembered across pages for the supported languages' fixed word lists).
    memo: dict[str, tuple] = {}
    for i, ln in enumerate(lines):
        t = ln.text
        known = memo.get(t)
        if known is None:
            known = memo[t] = _language_features(t, lang) if lang else _text_features(t, stop)
        ln.words, ln.chars, ln.sw, ln.sentence, ln.headline, ln.reason = known
        if ln.reason is None and ln.link_share:
            # Link density and position matter only for link-heavy blocks.
            ln.reason = structural_reason(Block(t, link_density=ln.link_share, position=i / max(1, n - 1)))
    if stop is None:
        return None
    if lang:
        return _THRESHOLDS
    # The page's own frequent words are fewer than a real list: scale thresholds to their density.
    longest = sorted((ln.sw for ln in lines if ln.chars >= 100), reverse=True)[:30]
    if len(longest) < 3:
        return None
    typical = longest[len(longest) // 2]
    scale = min(1.0, typical / 0.4)
    return (_THRESHOLDS[0] * scale, _THRESHOLDS[1] * scale, _THRESHOLDS[2] * scale)


@functools.lru_cache(maxsize=32768)
def _language_features(t: str, lang: str) -> tuple[int, int, float, bool, bool, str | None]:
    return _text_features(t, STOPWORDS[lang])


# The byline test is costly and asked twice of a line (as a line reason, then by the byline search),
# and of a site's repeated lines ("By", "Von …"): remember recent answers.
looks_like_byline = functools.lru_cache(maxsize=4096)(_looks_like_byline)
# Likewise the date test (a dateline as a line reason, then again by the date search, when no
# reference time is given): a pure function of the text; its answers are frozen.
_parse_date_plain = functools.lru_cache(maxsize=4096)(parse_date)


def clear_caches() -> None:
    """Forget remembered per-line answers (the lexicon's and the line features'), e.g. to time cold runs."""
    _language_features.cache_clear()
    _parse_date_plain.cache_clear()
    phrase_reason.cache_clear()
    looks_like_byline.cache_clear()


def _text_features(t: str, stop: frozenset[str] | None) -> tuple[int, int, float, bool, bool, str | None]:
    """(words, chars, function-word density, ends a sentence, headline-shaped, lexicon/structure
    reason) of one line's text."""
    chars = len(t)
    toks = tokens(t)
    words = len(toks)
    if not t.isascii() and _CJK.search(t):
        cjk = len(_CJK.findall(t))
        if cjk > 0.3 * chars:
            # Scripts written without spaces: count characters, weighted to alphabetic lengths.
            words = max(words, cjk // 2)
            chars += 2 * cjk
    sw = 0.0
    if toks:
        if stop is not None:
            sw = sum(map(stop.__contains__, toks)) / len(toks)
        else:
            sw = max(function_word_counts(toks).values()) / len(toks)
    sentence = is_sentence(t)
    reason = phrase_reason(t) or text_structural_reason(t) or _text_reason(t, words, sentence)
    return words, chars, sw, sentence, is_headline_like(t), reason


def _text_reason(t: str, words: int, sentence: bool) -> str | None:
    """Rules that need the text-dump view of a line (separators, "About <blog>" boxes, date stamps)."""
    if words <= 8:
        if _DIGIT.search(t) and _DATEISH.search(t) and _parse_date_plain(t) is not None:
            return "dateline"
        if has_byline_prefix(t) and looks_like_byline(t):
            return "byline"
    if not sentence and _SEPARATOR_CHAR.search(t) and len(_SEPARATORS.findall(t)) >= 2:
        return "nav"
    if words <= 6 and not sentence and _ABOUT.match(t) and title_case_share(t) >= 0.6:
        return "site-furniture"
    return None


# Function-word density thresholds (good, near, near-if-sentence) for the supported languages.
_THRESHOLDS = (0.28, 0.22, 0.15)
_INNER_SENTENCE = re.compile(r"[.!?。][\"”’»)]?\s+\S")


def _classify(ln: Line, th: tuple[float, float, float] | None) -> str:
    """good / near / short / bad for one line; ``th`` None judges by shape alone."""
    if ln.reason:
        return "bad"
    if ln.words < 4 or ln.chars < 20:
        return "short"
    if ln.link_share > 0.5:
        return "bad"
    if ln.headline and not ln.sentence and title_case_share(ln.text) >= 0.6:
        return "short"  # a Title Case line is a heading (or a teaser), never running prose
    if th is not None:
        hi, mid, lo = th
        if ln.sw >= hi and ln.chars >= 120:
            return "good"
        if ln.sw >= mid and (ln.sentence or ln.chars >= 80):
            return "near" if ln.chars < 120 else "good"
        if ln.sw >= lo and ln.sentence and ln.words >= 6:
            return "near"
        return "bad"
    # Judged by length and sentence punctuation only.
    if ln.chars >= 150 and (ln.sentence or _INNER_SENTENCE.search(ln.text)):
        return "good"
    if ln.sentence and ln.words >= 4:
        return "near"
    return "short" if ln.headline else "bad"


# Weights of the region search (see ``_score``): prose earns by length, furniture costs. Lines
# with a lexicon reason cost most, except inline media residue (captions, player labels), which
# sits between the paragraphs of an article.
_W = {
    "good0": 1.0, "good_per100": 1.0, "near0": 0.5, "near_per100": 0.33, "short_head": 0.3, "short": 0.6,
    "reason": 2.5, "inline_reason": 1.0, "bad0": 1.0, "bad_per100": 0.67, "bad_head": 1.4,
}
_INLINE_REASONS = frozenset({"caption", "video-player"})


def _score(ln: Line) -> float:
    """A line's contribution to the article region: prose positive, furniture negative."""
    if ln.cls == "good":
        return _W["good0"] + min(ln.chars, 600) / 100 * _W["good_per100"]
    if ln.cls == "near":
        return _W["near0"] + ln.chars / 100 * _W["near_per100"]
    if ln.cls == "short":
        return -_W["short_head"] if ln.headline or ln.sentence else -_W["short"]
    if ln.reason:
        return -_W["inline_reason"] if ln.reason in _INLINE_REASONS else -_W["reason"]
    if ln.headline:
        return -_W["bad_head"]
    return -_W["bad0"] - min(ln.chars, 300) / 100 * _W["bad_per100"]


def _locate(lines: list[Line], th: tuple[float, float, float] | None) -> tuple[int, int, float]:
    """Classify and score every line, then find the article's region."""
    for ln in lines:
        ln.cls = _classify(ln, th)
        ln.score = _score(ln)
    _damp_after_article(lines)
    return best_region([ln.score for ln in lines])


def _damp_after_article(lines: list[Line]) -> None:
    """Readers' comments, author bios and teaser lists are prose too. Once, after a substantial amount
    of prose, a comment-thread header, an "About …" box or a related/newsletter header followed by
    headline-like lines appears, what comes after it counts for little (it can still be article text
    if strongly so)."""
    good_lines = good_chars = 0
    for i, ln in enumerate(lines):
        if ln.cls == "good":
            good_lines += 1
            good_chars += ln.chars
            continue
        if good_lines < 3 or good_chars < 800:
            continue
        if _is_about_box(ln) or len(ln.text.split()) >= 2 and ln.reason == "comment-form" or (
            ln.reason in _END_KINDS and _teasers_follow(lines, i + 1) and not _prose_resumes(lines, i + 1)
        ):
            for later in lines[i + 1:]:
                if later.score > 0:
                    later.score *= 0.2
            return


def _is_about_box(ln: Line) -> bool:
    """An "About <blog>" / "About the author" header: what follows is a bio, not the article."""
    return ln.reason == "site-furniture" and ln.words <= 6 and bool(_ABOUT_START.match(ln.text))


def _prose_resumes(lines: list[Line], i: int) -> bool:
    """Whether two consecutive prose lines come soon after a box: the box sat inside the article."""
    for j in range(i, min(len(lines) - 1, i + 30)):
        if lines[j].cls in ("good", "near") and lines[j + 1].cls in ("good", "near"):
            return True
    return False


def _teasers_follow(lines: list[Line], i: int) -> bool:
    """Whether the lines after a header look like a list of other stories (headlines, bylines, stamps)."""
    listy = 0
    for x in lines[i:i + 4]:
        if x.cls in ("good", "near"):
            break
        listy += not x.sentence
    return listy >= 2


# --- 3. locate --------------------------------------------------------------------------------


def best_region(scores: list[float]) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of ``scores``: (start, end exclusive, sum)."""
    best = (0, 0, 0.0)
    start, acc = 0, 0.0
    for i, s in enumerate(scores):
        if acc <= 0:
            start, acc = i, 0.0
        acc += s
        if acc > best[2]:
            best = (start, i + 1, acc)
    return best


_PROSE = ("good", "near")


def _extend(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Grow the region over short gaps of widgets and boxes to prose on either side: a lead behind a
    share bar, the rest of an article behind a box of other stories. Prose counts if it is a long
    paragraph or a run of two paragraphs; after a box of other stories, a legal notice or date
    stamps only a run of two does, and it may lie further off. A comment thread's header or a long
    line stops the search."""
    n = len(lines)

    def is_prose(j: int) -> bool:
        return 0 <= j < n and lines[j].cls in _PROSE

    def gap_ok(ln: Line) -> bool:
        return ln.words <= 15 and ln.reason != "comment-form" and not _is_about_box(ln)

    def strong(gap: list[Line]) -> bool:
        return any(ln.reason in _END_KINDS or ln.reason in ("site-furniture", "dateline") for ln in gap)

    while True:
        j = start - 1
        while j >= 0 and start - j <= 14 and lines[j].cls not in _PROSE and gap_ok(lines[j]):
            j -= 1
        run = is_prose(j) and is_prose(j - 1)
        gap = lines[j + 1:start]
        if is_prose(j) and (run and len(gap) <= 13 or len(gap) <= 7 and (lines[j].cls == "good" or run)
                            and not (strong(gap) and not run)):
            start = j
            continue
        break
    while True:
        j = end
        while j < n and j - end < 8 and lines[j].cls not in _PROSE and gap_ok(lines[j]):
            j += 1
        run = is_prose(j) and is_prose(j + 1)
        gap = lines[end:j]
        if len(gap) < 8 and is_prose(j) and (run or lines[j].cls == "good" and not strong(gap)):
            end = j + 1
            while end < n and lines[end].cls in _PROSE:
                end += 1
            continue
        break
    return start, end


# --- 4. select --------------------------------------------------------------------------------


def _dup_key(text: str) -> str:
    return " ".join(_DUP_KEY.findall(text.casefold()))


def _colon_lists(lines: list[Line], start: int, end: int) -> tuple[int, set[int]]:
    """Lists the article introduces with a colon ("Tour dates:"): their items are article text.

    Returns the region's end (grown over a list that closes the article) and the items' indices.
    """
    items: set[int] = set()
    i = start
    while i < min(end + 1, len(lines)):
        ln = lines[i]
        intro = ln.text.endswith(":") or i >= end - 1 and ln.headline and _data_run(lines, i + 1) >= 5
        if intro and not ln.reason and ln.words >= 2 and (i < end or ln.cls != "bad" or ln.words >= 4):
            j = i + 1
            while j < len(lines) and j - i <= 100 and _list_item(lines[j]):
                items.add(j)
                j += 1
            if j - i > 2:
                items.add(i)
                end = max(end, j)
            i = j
        else:
            i += 1
    return end, items


def _data_run(lines: list[Line], i: int) -> int:
    """Length of a run of data-like list items from ``i`` (dates, scores, schedules: a number and a
    separator in most items), which teaser headline lists do not have."""
    n = hits = 0
    for ln in lines[i:i + 100]:
        if not _list_item(ln):
            break
        n += 1
        hits += bool(_DIGIT.search(ln.text) and _DATA_SEP.search(ln.text))
    return n if n and hits >= 0.7 * n else 0


def _list_item(ln: Line) -> bool:
    return not ln.reason and ln.words <= 40 and ln.cls != "good" or ln.cls == "good" and ln.marked


def _select(lines: list[Line], start: int, end: int, items: set[int]) -> dict[int, str]:
    """Reasons for the region's lines that are not article text (index -> reason)."""
    drop: dict[int, str] = {}
    for i in range(start, end):
        ln = lines[i]
        if i in items:
            continue
        if ln.reason:
            drop[i] = ln.reason
            if ln.reason == "caption" and i > start and _is_alt_text(lines[i - 1], ln):
                drop[i - 1] = "caption"
            continue
        if ln.cls in ("good", "near"):
            continue
        if ln.words >= 6 and not ln.sentence and ln.text.isupper():
            drop[i] = "related-list"  # a shouted cross-promotion link ("GET THE APP BY CLICKING HERE")
            continue
        nxt = _next_kept_class(lines, i + 1, end)
        if nxt in ("good", "near") and not _in_run(lines, i):
            if ln.headline and ln.words <= 20:
                continue  # a subheading inside the article
            if ln.sentence and ln.words >= 3:
                continue  # a short sentence (a quote, a one-line paragraph)
        drop[i] = _shape_reason(ln)
    return drop


def _shape_reason(ln: Line) -> str:
    """A reason for a line dropped for its shape alone: links and list items are navigation, runs of
    headlines are lists of other stories, the rest is site furniture."""
    if ln.marked or ln.link_share > 0.5:
        return "nav"
    return "related-list" if ln.headline and ln.words >= 4 else "site-furniture"


def _is_alt_text(prev: Line, credit: Line) -> bool:
    """Whether ``prev`` is an image's alt text printed just above its credit line.

    Alt texts rarely end like sentences; under an "image source" label (a layout that prints the alt
    text, the credit, then the caption) the line above is the alt text whatever its shape.
    """
    if prev.reason:
        return False
    if credit.text.startswith("(") and credit.text.endswith(")") and prev.words <= 60:
        return True  # "(AP Photo/…)" on a line of its own closes the caption above it
    if prev.cls == "good" or prev.words > 15:
        return False
    return not prev.sentence or bool(_ALT_LABEL.match(credit.text))


def _next_kept_class(lines: list[Line], i: int, end: int) -> str | None:
    """Class of the next line that is neither furniture nor a tiny one (an attribution, a label)."""
    for j in range(i, min(end, i + 3)):
        ln = lines[j]
        if not ln.reason and not (ln.cls == "short" and ln.words <= 3):
            return ln.cls
    return None


def _in_run(lines: list[Line], i: int) -> bool:
    """Whether line i sits in a run of 3+ short, list-like lines (a menu or list of links)."""
    def listy(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].cls in ("short", "bad") and not lines[k].sentence
    run = 1
    k = i - 1
    while listy(k):
        run, k = run + 1, k - 1
    k = i + 1
    while listy(k):
        run, k = run + 1, k + 1
    return run >= 3


# --- 5. metadata ------------------------------------------------------------------------------


def _title_candidates(lines: list[Line], start: int, end: int, skip: set[int]) -> list[tuple[float, int, str]]:
    """Headline-shaped lines above the article (or opening it), scored as the page's title."""
    lo = max(0, start - 40)
    keys: dict[str, int] = {}
    for i in range(lo, min(len(lines), start + 40)):
        if 3 <= lines[i].words <= 25:  # only headline-sized lines can repeat the title
            k = _dup_key(_quote_norm(lines[i].text))
            keys[k] = keys.get(k, 0) + 1
    # A dump of the whole document starts with its <title>: "Headline | Site". A headline line that
    # repeats a part of it is the title.
    head_parts = {_dup_key(_quote_norm(p)) for p in _TITLE_SEP.split(lines[0].text)} if lines else set()
    out: list[tuple[float, int, str]] = []
    for i in range(lo, min(end, start + 6)):
        ln = lines[i]
        if i >= start and ln.cls == "good":
            break
        text = _clean_title(ln.text)
        if not text or ln.reason or ln.marked or ln.link_share > 0.5 or i in skip:
            continue
        words = len(text.split())
        if words < 3 or words > 25 or ln.sentence and words > 14 or not is_headline_like(text):
            continue
        # Breadcrumbs, menus run together, bylines and datelines are not titles.
        if _NOT_TITLE.search(text) or has_byline_prefix(text) or _DIGIT.search(text) and search_date(text):
            continue
        if words <= 4 and is_person_name(text):
            continue  # an author's name on its own line
        score = 2.0 * title_case_share(text) + (1.0 if 4 <= words <= 16 else 0.0)
        if words <= 4 and _OUTLET.search(text):
            score -= 2.0  # the outlet's name, printed in the masthead
        score -= 0.04 * abs(start - i)
        key = _dup_key(_quote_norm(ln.text))
        if keys.get(key, 0) > 1 or i > 0 and key in head_parts:
            score += 3.0
        out.append((score, -i, text))
    return out


def _clean_title(text: str) -> str:
    """A title line without leading hashtag runs, separators and dangling brackets."""
    text = _HASHTAG_LEAD.sub("", text).strip(" |")
    if text.count("(") > text.count(")"):
        text = text.rstrip(" (")
    return text.strip()


def _quote_norm(s: str) -> str:
    return s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _find_title(lines: list[Line], start: int, end: int, skip: set[int]) -> tuple[str | None, int | None]:
    cands = _title_candidates(lines, start, end, skip)
    if not cands:
        return None, None
    _, neg_i, text = max(cands)
    return text, -neg_i


def _find_byline(lines: list[Line], lo: int, hi: int) -> tuple[int, str | None, list[str]] | None:
    for i in range(lo, hi):
        ln = lines[i]
        # Bylines are short and not prose; lines another rule explained are not bylines.
        if ln.words > 14 or ln.cls == "good" or ln.reason not in (None, "byline", "dateline") or ln.words < 2:
            continue
        # Headline-shaped lines (titles, menu items) are bylines only with a by-word, a bullet, a
        # date or a list of names; the test itself is costly, so it is kept for those.
        if ln.headline and not (ln.marked or has_byline_prefix(ln.text) or _BYLINE_HINT.search(ln.text)):
            continue
        if looks_like_byline(ln.raw if ln.marked else ln.text):
            byline, names = parse_byline(ln.text)
            if names:
                return i, byline, names
    return None


def _find_date(lines: list[Line], lo: int, hi: int, now: datetime | None, prefer: int | None):
    order = list(range(lo, hi))
    if prefer is not None:
        order.sort(key=lambda k: abs(k - prefer))
    for i in order:
        ln = lines[i]
        if ln.words > 25:
            continue
        m = (parse_date(ln.text, now) if now is not None else _parse_date_plain(ln.text)) if ln.words <= 8 else None
        # A date inside an article paragraph is about something else, not the publication.
        if m is None and (i == prefer or ln.words <= 14 and ln.cls not in _PROSE):
            m = search_date(ln.text, now)
        if m is not None:
            return i, m
    return None


def _site_name(lines: list[Line], title_idx: int | None, byline_idx: int | None) -> tuple[str | None, list[int]]:
    """The outlet's name: a short top line with a slogan under it, or an outlet line by the byline."""
    top = lines[0] if len(lines) > 1 else None
    if (top and top.reason in (None, "nav") and 1 <= top.words <= 4 and title_case_share(top.text) >= 0.99
            and lines[1].sentence and lines[1].words <= 10 and title_idx not in (0, 1)):
        return top.text, [0, 1]
    if byline_idx is not None:
        for i in range(byline_idx + 1, min(len(lines), byline_idx + 3)):
            t = lines[i].text
            if 1 <= lines[i].words <= 4 and _OUTLET.search(t) and not lines[i].sentence:
                return t, [i]
    return None, []


# --- the whole pipeline -------------------------------------------------------------------------


def extract_text(text: str, *, now: datetime | None = None) -> Article:
    """Clean a plain-text scrape of a whole page into an ``Article``."""
    lines = split_lines(text)
    if not lines:
        return Article(text="", confidence=0.0)
    lang = _page_language(lines)
    th = _featurise(lines, lang)
    start, end, best = _locate(lines, th)
    if th is not None and best < 6.0:
        # Little prose by function words (tables, results, lists of scores): try judging by shape alone.
        found = _locate(lines, None)
        if found[2] > best:
            start, end, best = found
        else:
            _locate(lines, th)
    if end <= start:
        return Article(language=lang, text="", confidence=0.0,
                       removed=[Removal(ln.text, ln.reason or _shape_reason(ln)) for ln in lines])
    margin = _margin(lines, start, end, best)
    start, end = _extend(lines, start, end)
    end, items = _colon_lists(lines, start, end)
    drop = _select(lines, start, end, items)

    meta = _metadata(lines, start, now)
    title, title_idx = _find_title(lines, start, end, set(meta["consumed"]))
    site, site_idx = _site_name(lines, title_idx, meta["byline_idx"])
    for i in site_idx:
        meta["consumed"][i] = "site-furniture"
    # Lines consumed as metadata inside the region leave the text.
    for i, reason in meta["consumed"].items():
        if start <= i < end:
            drop[i] = reason

    kept = [i for i in range(start, end) if i not in drop]
    description = _dedupe(lines, kept, drop, title)
    kept = [i for i in kept if i not in drop]
    removed = _removals(lines, start, end, drop, meta["consumed"], title_idx)
    body = "\n\n".join(lines[i].text for i in kept)
    return Article(
        title=title,
        byline=meta["byline"],
        authors=meta["authors"],
        date=meta["date"],
        date_text=meta["date_text"],
        site_name=site,
        language=lang,
        description=description,
        text=body,
        confidence=_confidence(lines, start, end, kept, best, margin),
        removed=removed,
    )


def _metadata(lines: list[Line], start: int, now: datetime | None) -> dict:
    """Byline and date from the lines around the article's start; which lines they used."""
    lo = max(0, start - 15)
    hi = min(len(lines), start + 4)
    consumed: dict[int, str] = {}
    byline = None
    authors: list[str] = []
    found = _find_byline(lines, lo, hi)
    byline_idx = None
    if found:
        byline_idx, byline, authors = found
        consumed[byline_idx] = "byline"
    dated = _find_date(lines, lo, hi, now, byline_idx)
    date = date_text = None
    if dated:
        di, m = dated
        date, date_text = m.date, m.text
        if di != byline_idx and lines[di].words <= 8:
            consumed[di] = "dateline"
    return {"byline": byline, "authors": authors, "date": date, "date_text": date_text,
            "byline_idx": byline_idx, "consumed": consumed}


def _dedupe(lines: list[Line], kept: list[int], drop: dict[int, str], title: str | None) -> str | None:
    """Drop repeats (title lines, a paragraph printed twice); return a repeated standfirst if any."""
    title_key = _dup_key(_quote_norm(title)) if title else None
    seen: dict[str, tuple[int, int]] = {}
    description = None
    order = 0  # position among the paragraphs kept so far
    for i in kept:
        key = _dup_key(_quote_norm(lines[i].text))
        if title_key and key == title_key:
            drop[i] = "title-repeat"
            continue
        if key in seen:
            first = seen[key]
            if first[1] <= 1 and order > first[1] + 1:
                # A standfirst printed above the body and again inside it: keep the body's copy.
                drop[first[0]] = "duplicate"
                description = lines[i].text
                seen[key] = (i, order)
                order += 1
            else:
                drop[i] = "duplicate"
            continue
        seen[key] = (i, order)
        order += 1
    return description


def _removals(lines: list[Line], start: int, end: int, drop: dict[int, str],
              consumed: dict[int, str], title_idx: int | None) -> list[Removal]:
    out: list[Removal] = []
    context: str | None = None
    for i, ln in enumerate(lines):
        if start <= i < end:
            if i in drop:
                out.append(Removal(ln.text, drop[i]))
            continue
        if i == title_idx:
            reason = "title"
        elif i in consumed:
            reason = consumed[i]
        elif ln.reason:
            reason = ln.reason
        elif i < start:
            reason = "nav"
        else:
            reason = context or ("related-list" if ln.headline else "site-furniture")
        if i >= end and ln.reason in _END_KINDS:
            context = ln.reason
        out.append(Removal(ln.text, reason))
    return out


def _margin(lines: list[Line], start: int, end: int, best: float) -> float:
    """How far the article's region beats the best region elsewhere on the page (0..1): a page with
    two similar candidates (an article and a long comment or teaser block) is an uncertain one."""
    scores = [ln.score for ln in lines]
    second = max(best_region(scores[:start])[2], best_region(scores[end:])[2])
    return (best - second) / best if best > 0 else 0.0


def _confidence(lines: list[Line], start: int, end: int, kept: list[int], best: float, margin: float) -> float:
    """How sure we are the text is the whole article and only it, from the classifier's margins:
    the region's lead over any other candidate region, the share of the page's prose it holds, and
    enough prose to judge at all."""
    if not kept:
        return 0.0
    prose_in = sum(ln.chars for ln in lines[start:end] if ln.cls in _PROSE and not ln.reason)
    prose_all = sum(ln.chars for ln in lines if ln.cls in _PROSE and not ln.reason)
    share = prose_in / prose_all if prose_all else 0.0
    conf = (0.1 + 0.7 * margin + 0.2 * share) * min(1.0, best / 4)
    return round(max(0.0, min(1.0, conf)), 3)
