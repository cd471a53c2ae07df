"""Block walking: the chosen container walked into text blocks, and the blocks filtered.

Paragraphs, headings, list items, quotes, preformatted text and table cells become blocks; marked
furniture inside the container is skipped with its reason; blocks are then filtered by the shared
block rules (``blocks.block_reason``), citation and template rules, duplicates and the edges' bylines,
datelines and notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from . import authors, dates, reasons, settings
from .article import Removal
from .blocks import Block, block_reason, closing_reason, sources_list_start
from .html_marks import _TAG_REASONS
from .html_score import _Scores, link_density, norm_text
from .lazy_regex import lazy_compile
from .lexicon import KINDS
from .textutil import CJK_CHARS
from .textutil import WS as _WS

# --- walking the content into blocks -------------------------------------------------------------

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
    "center", "summary", "menu",
})
_INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "font", "abbr",
                          "cite", "q", "mark", "time", "label", "code", "s", "del", "ins", "bdi", "bdo"})
_HAS_BLOCK = etree.XPath("boolean(.//div|.//p|.//ul|.//ol|.//table|.//section|.//figure|.//blockquote)")
_MAX_DEPTH = settings.HTML_MAX_DEPTH
_LINK_ONLY = settings.HTML_LINK_ONLY_BLOCK
_NL = re.compile(r"\s*\n\s*")


# A <br> while text is gathered (source newlines are spaces, unlike <br>s).
_BR = "\u2028"


def _clean(text: str) -> str:
    return _NL.sub("\n", _WS.sub(" ", text)).strip()


@dataclass
class _Walk:
    marked: dict[etree._Element, str]
    holders: set[etree._Element] = field(default_factory=set)  # ancestors of marked elements
    blocks: list[tuple[str, str, float]] = field(default_factory=list)  # text, tag, link density
    quote: int = 0  # depth of <blockquote> being walked: quoted posts keep their attribution lines
    removed: list[Removal] = field(default_factory=list)
    # Furniture cut out of the container, with its reason: listed block by block for --explain
    # (html_explain), only when asked for.
    cut: list[tuple[etree._Element, str]] = field(default_factory=list)

    def visit(self, el: etree._Element, depth: int = 0) -> None:
        """Append the blocks of ``el`` (its own text and its block children, in order)."""
        reason = self.marked.get(el)
        if reason:
            self.cut.append((el, reason))
            return
        if el.tag == "tr" and not any(c in self.marked for c in el.iter()):
            # A table row reads as one line: its cells alone are often bare numbers.
            self.emit(el, "tr", " ".join(c.text_content() for c in el.iter("td", "th")))
            return
        if depth > _MAX_DEPTH or (el not in self.holders and not any(self.blockish(c) for c in el)):
            self.emit(el, el.tag, _text_with_breaks(el))
            return
        run: list[str] = [el.text or ""]
        links, split = 0, False
        for child in el:
            if not isinstance(child.tag, str):
                run.append(child.tail or "")
                continue
            if self.blockish(child):
                self.emit(el, "inline", "".join(run), links)
                self.quote += child.tag == "blockquote"
                self.visit(child, depth + 1)
                self.quote -= child.tag == "blockquote"
                run, links, split = [child.tail or ""], 0, True
            else:
                text, linked = self.inline_text(child)
                run.append(text)
                run.append(child.tail or "")
                links += linked
        self.emit(el, "inline" if split else el.tag, "".join(run), links)

    def inline_text(self, el: etree._Element, depth: int = 0) -> tuple[str, int]:
        """Text of an inline element without the furniture inside it (a hover card in a link),
        and how many of its characters are link text."""
        if el.tag == "br":
            return _BR, 0
        reason = self.marked.get(el)
        if reason:
            text = _clean(" ".join(el.itertext()))
            if text:
                self.removed.append(Removal(text, reason))
            return "", 0
        if el not in self.holders or depth > _MAX_DEPTH:
            text = el.text_content()
            if el.tag == "a":
                return text, len(text.strip())
            return text, sum(len(a.text_content().strip()) for a in el.iter("a"))
        parts, linked = [el.text or ""], 0
        for child in el:
            if isinstance(child.tag, str):
                text, n = self.inline_text(child, depth + 1)
                parts.append(text)
                linked += n
            parts.append(child.tail or "")
        text = "".join(parts)
        return text, (len(text.strip()) if el.tag == "a" else linked)

    def emit(self, el: etree._Element, tag: str, raw: str, links: int | None = None) -> None:
        if tag != "pre":  # line ends in the page's source are spaces; only <br> breaks a line
            raw = raw.replace("\n", " ")
        text = _clean(raw.replace(_BR, "\n"))
        if not text:
            return
        ld = link_density(el, len(text)) if links is None else min(1.0, links / len(text))
        if self.quote and tag not in _HEADINGS:
            tag = "blockquote"
        self.blocks.append((text, tag, ld))


    def blockish(self, el: etree._Element) -> bool:
        """Block-level elements, and furniture that is not inline (inline furniture such as a hover
        card inside a link is cut out of its paragraph without splitting it)."""
        if not isinstance(el.tag, str):
            return False
        if el.tag in _BLOCK_TAGS:
            return True
        if el.tag in _INLINE_TAGS:
            return el in self.holders and bool(_HAS_BLOCK(el))
        return el in self.marked or el in self.holders


def holders_of(marked: dict[etree._Element, str]) -> set[etree._Element]:
    """Every ancestor of a marked element."""
    out: set[etree._Element] = set()
    for el in marked:
        anc = el.getparent()
        while anc is not None and anc not in out:
            out.add(anc)
            anc = anc.getparent()
    return out


def _text_with_breaks(el: etree._Element) -> str:
    """Text of ``el`` in document order, each <br> a line break (``_BR``)."""
    if el.find(".//br") is None:
        return el.text_content()
    parts: list[str] = []
    _append_text(el, parts)
    return "".join(parts)


def _append_text(el: etree._Element, parts: list[str], depth: int = 0) -> None:
    if el.tag == "br":
        parts.append(_BR)
    elif el.text and isinstance(el.tag, str):
        parts.append(el.text)
    if depth < _MAX_DEPTH:
        for child in el:
            _append_text(child, parts, depth + 1)
            if child.tail:  # after the child's own text: "(<a>grh</a>)" stays "(grh)"
                parts.append(child.tail)


# --- block filtering -----------------------------------------------------------------------------

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_LONG_BLOCK = settings.HTML_LONG_BLOCK
_HUGE_DOC = settings.HTML_HUGE_DOC  # blocks
_REPEATABLE = frozenset({"li", "tr", "td", "th", "dd", "dt"})  # parts of lists and tables repeat legitimately
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = lazy_compile(f"[{CJK_CHARS}\u0e00-\u0e7f]", below=CJK_CHARS[0], cheap="[\u0e00-\u0e7f]")  # and Thai, also written without spaces
_SENTENCE_END = re.compile(r"[.!?…:;。！？»”\"')]\s*$")


def filter_blocks(raw: list[tuple[str, str, float]], title: str | None) -> tuple[list[str], list[Removal]]:
    """Apply the shared block rules, title repeats and per-document duplicate removal."""
    kept: list[tuple[str, str]] = []
    removed: list[Removal] = []
    seen: set[str] = set()
    ntitle = norm_text(title or "")
    total = len(raw)
    huge = total > _HUGE_DOC
    for i, (text, tag, ld) in enumerate(raw):
        key = norm_text(text)
        if not key:
            removed.append(Removal(text, reasons.SITE_FURNITURE))
            continue
        if key == ntitle and (tag in _HEADINGS or i < 3):
            removed.append(Removal(text, reasons.TITLE_REPEAT))
            continue
        if key in seen and tag not in _REPEATABLE and len(key) >= 80:
            removed.append(Removal(text, reasons.DUPLICATE))
            continue
        # Long, unlinked paragraphs are prose: the shared rules never fire on them, and skipping
        # them keeps huge pages linear in practice.
        long_prose = huge and len(text) > _LONG_BLOCK and ld < 0.3
        reason: str | None
        if "{{" in text and tag != "pre" and _TEMPLATE.search(text):
            reason = reasons.TEMPLATE  # an unrendered JavaScript template: placeholders, not words
        else:
            reason = None if long_prose else block_reason(Block(text, ld, i / max(1, total - 1)))
        if reason == reasons.CAPTION and len(text) > _CAPTION_MAX and _is_prose(text, tag):
            reason = None  # a credit phrase quoted inside a long paragraph does not make it a caption
        elif reason is None and len(text) <= settings.HTML_CITATION_MAX and _CITATION.search(text):
            reason = reasons.CITATION
        if reason is None and ld >= _LINK_ONLY["min_links"] and len(text) >= _LINK_ONLY["min_chars"]:
            reason = reasons.RELATED_LIST  # a paragraph that is nothing but links: headlines of other stories
        elif reason is None and _is_entry_stamp(text):
            reason = reasons.DATELINE  # a live blog's entry header: "20:24 Jane Roe", "21 mins ago 11:48 KEY EVENT"
        if reason:
            removed.append(Removal(text, reason))
            continue
        seen.add(key)
        kept.append((text, tag))
    return _trim_edges(kept, removed)


# The time that heads a live blog's entry: a clock time, or how long ago (en, de, fr, es).
_ENTRY_TIME = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?"
    r"|\d+\s*(?:mins?|minutes?|hours?|hrs?)\s+ago|vor\s+\d+\s+(?:minuten|stunden)"
    r"|il y a\s+\d+\s+(?:min|minutes?|heures?)|hace\s+\d+\s+(?:min|minutos?|horas?))", re.I)


def _is_entry_stamp(text: str) -> bool:
    """A short block made of times and a name or label ("20:24Jane Roe", "20:42KEY EVENT")."""
    if len(text) > settings.HTML_ENTRY_STAMP_MAX or _SENTENCE_END.search(text):
        return False
    rest = text
    while (m := _ENTRY_TIME.match(rest)) is not None:
        rest = rest[m.end():]
    return rest != text and len(rest.split()) <= 4


# Angular/Handlebars/Vue placeholders left in a page saved before its scripts ran.
_TEMPLATE = re.compile(r"\{\{[^{}]*(\}\}|$)")
# How to cite the page: a serial number or a bare address given as a reference, not prose.
_CITATION = re.compile(r"\bISSN\s*:?\s*\d{4}-\d{3}[\dXx]\b|\bURL\s*:\s*(https?://|www\.)", re.I)


def _is_prose(text: str, tag: str) -> bool:
    """Running text: a sentence of several words (what an article is made of)."""
    if tag in _HEADINGS:
        return False
    words = len(_WORD.findall(text))  # words of letters: times and numbers do not make a sentence
    if words < 12:  # scripts written without spaces: count two characters as a word
        words = max(words, len(_CJK.findall(text)) // 2)
    return words >= 12 or (words >= 5 and bool(_SENTENCE_END.search(text)))


def _is_sentence(text: str, tag: str) -> bool:
    """A short sentence ("That's correct," he said.) rather than a label or a link."""
    return tag not in _HEADINGS and len(_WORD.findall(text)) >= 3 and bool(_SENTENCE_END.search(text))


def edge_reason(text: str, tag: str) -> str:
    """Why a short block before the first or after the last paragraph is not the article."""
    if len(text) <= 200:
        if authors.looks_like_byline(text):
            return reasons.BYLINE
        if dates.search_date(text) is not None and len(text.split()) <= 12:
            return reasons.DATELINE
    return reasons.SITE_FURNITURE


def _is_sign_off(text: str, tag: str) -> bool:
    """A bare name right under the story's last paragraph: the writer signing it off (a common
    byline form, e.g. on Vietnamese, Spanish and Italian news sites), not site furniture."""
    return tag not in _HEADINGS and len(text) <= 60 and authors.is_person_name(text.strip(_SIGN_OFF_PUNCT))


_SIGN_OFF_PUNCT = " \t.,;:-–—()[]*"


def _trim_edges(kept: list[tuple[str, str]], removed: list[Removal]) -> tuple[list[str], list[Removal]]:
    """Drop the non-prose blocks ahead of the first and after the last paragraph of prose:
    kickers, bylines, datelines and headline repeats above, tags and pagers below; a closing list
    of sources under its label."""
    cut = sources_list_start([t for t, _ in kept])
    if cut is not None:
        removed = removed + [Removal(t, reasons.CITATION) for t, _ in kept[cut:]]
        kept = kept[:cut]
    prose = [i for i, (text, tag) in enumerate(kept) if _is_prose(text, tag)]
    if not prose:
        return [t for t, _ in kept], removed
    first, last = prose[0], prose[-1]
    out: list[tuple[str, str]] = []
    for i, (text, tag) in enumerate(kept):
        # Above the story only bylines and datelines go: a place line, a subhead or a table
        # heading the story belongs to it.
        lead = i < first and edge_reason(text, tag) != reasons.SITE_FURNITURE
        if tag != "blockquote" and (lead or (i > last and tag not in _REPEATABLE
                                             and not _is_sentence(text, tag))):
            removed.append(Removal(text, reasons.BYLINE if i == last + 1 and _is_sign_off(text, tag)
                                   else edge_reason(text, tag)))
        elif len(text) <= 120 and (tag not in _HEADINGS) and not _is_prose(text, tag) and authors.looks_like_byline(text):
            removed.append(Removal(text, reasons.BYLINE))
        else:
            out.append((text, tag))
    while len(out) > 1:  # closing promos and notices, and a heading left with nothing under it
        text, tag = out[-1]
        reason = closing_reason(text) or (reasons.RELATED_LIST if tag in _HEADINGS else None)
        if reason is None:
            break
        removed.append(Removal(out.pop()[0], reason))
    return [t for t, _ in out], removed


_CAPTION_MAX = settings.HTML_CAPTION_MAX
# Furniture that does hold paragraphs of prose: comment threads and teaser lists.
_PROSE_KINDS = frozenset({reasons.COMMENT_FORM, reasons.RELATED_LIST, reasons.HIDDEN})


def _unmark_inline_wrappers(marked: dict[etree._Element, str]) -> None:
    """An inline element marked like the widget inside it (``<span class="popover-person">`` around
    a name link and its ``popover-card``) wraps words of the sentence: only the inner
    widget goes."""
    inline = [e for e in marked if e.tag in _INLINE_TAGS]
    for el in inline:
        if any(d in marked for d in el.iterdescendants()) or (el.tag == "a" and _in_paragraph(el)):
            del marked[el]  # and a link inside a paragraph is words of that paragraph


_ATTR_ONLY = frozenset(r for k in KINDS for r in (k.reason,))  # reasons class/id tokens can give


def _unmark_subheads(marked: dict[etree._Element, str]) -> None:
    """A heading marked only by its class/id between two unmarked paragraphs of prose is a
    subhead of the story: class names there describe its styling, not a widget. A heading alone
    in its wrapper (one wrapper per block) is judged by the paragraphs before and after it."""
    for el in [e for e in marked if e.tag in _SUBHEADS and marked[e] in _ATTR_ONLY]:
        prev, nxt = _with_text(el, "preceding-sibling"), _with_text(el, "following-sibling")
        if el.getprevious() is None and el.getnext() is None:  # one wrapper per block: the neighbours
            prev, nxt = _first(_PREV_P(el)), _first(_NEXT_P(el))  # are the wrappers' paragraphs
        if all(sib is not None and sib.tag == "p" and sib not in marked and len(sib.text_content()) >= 80
               for sib in (prev, nxt)):
            del marked[el]


_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_PREV_P = etree.XPath("preceding::p[1]")
_NEXT_P = etree.XPath("following::p[1]")


def _first(found: list[etree._Element]) -> etree._Element | None:
    return found[0] if found else None


def _with_text(el: etree._Element, axis: str) -> etree._Element | None:
    """The nearest sibling on ``axis`` that holds text (empty ad slots and placeholders skipped)."""
    for sib in el.itersiblings(preceding=axis == "preceding-sibling"):
        if isinstance(sib.tag, str) and sib.text_content().strip():
            return sib
    return None


def _in_paragraph(el: etree._Element) -> bool:
    for level, anc in enumerate(el.iterancestors()):
        if anc.tag == "p":
            return True
        if level >= 3 or anc.tag in _BLOCK_TAGS:
            return False
    return False


def _unmark_wrappers(marked: dict[etree._Element, str], s: _Scores) -> None:
    """Drop marks on elements that hold most of the page's prose: they wrap the article
    (``<div class="content has-sidebar">``, an ASP.NET ``<form>`` around the page), they are not
    a widget."""
    if not s.total:
        return
    for el in [e for e in marked if marked[e] != reasons.HIDDEN and e.tag not in ("figcaption", "nav")]:
        prose, why = s.ptext.get(el, 0), marked[el]
        if prose >= settings.HTML_WRAPPER_PROSE_SHARE * s.total or (why == reasons.CAPTION and prose >= _CAPTION_MAX):
            del marked[el]  # a "photo"/"gallery" block holding paragraphs is a photo story, not a caption
        elif (why not in _PROSE_KINDS and el.tag not in _TAG_REASONS
              and prose >= settings.HTML_WRAPPER_SECTION_SHARE * s.total and prose >= settings.HTML_WRAPPER_MIN_PROSE
              and s.pcount.get(el, 0) >= settings.HTML_WRAPPER_MIN_PARAGRAPHS):
            del marked[el]  # a section of the story whose class names a video or share bar inside it
