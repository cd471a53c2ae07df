"""HTML extraction: main content, cleaned of page furniture, and its metadata.

One parse with lxml, then:

1. metadata (``metadata.py``: JSON-LD, meta tags, title) and the publication date (``dates.py``);
2. page furniture marked by tag (nav, aside, footer, header, figcaption, forms…), ARIA role and the
   shared lexicon's class/id tokens (``lexicon.KINDS[*].attrs``);
3. the main container chosen by fast paragraph scoring (text length, commas, link density,
   class/id hints, readability-style), or by a JSON-LD ``articleBody`` that the page's paragraphs
   agree with; readability-lxml only as a fallback when neither finds an article;
4. the container walked into blocks (p, headings, li, blockquote, pre, table cells), led by a
   standfirst printed between the headline and the container, filtered by the shared block rules
   (``blocks.block_reason``), citation and template rules and per-document duplicate removal;
5. authors from a removed byline or a byline line below the headline when structured data names no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from lxml import etree
from lxml import html as lhtml

from . import authors, dates
from . import metadata as meta_mod
from .article import Article, Removal
from .blocks import STOPWORDS, Block, block_reason, guess_language
from .errors import TooDeepError
from .lexicon import CONTENT_ATTRS, FURNITURE_ATTRS, KINDS, TAIL_NOTICE, TAIL_PROMO

# --- parsing -------------------------------------------------------------------------------------

_PARSER = lhtml.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8")
# Only for pages nested deeper than libxml2's default limit (256): they parse to nothing otherwise.
_HUGE_PARSER = lhtml.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8",
                                huge_tree=True)
# Layout wrappers dropped (as a last resort) from pages nested beyond libxml2's hard depth limit.
_WRAPPER_TAGS = re.compile(rb"</?(?:div|span|section|font|center|b|i|u|em|strong|small|big)\b[^>]*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def parse_html(html: str) -> etree._Element | None:
    """Parse a page once; retry with libxml2's huge-tree mode only when the default limits hit,
    and flatten wrapper tags of pages nested deeper than even that mode accepts."""
    data = _XML_DECL.sub("", html, count=1).encode("utf-8", "surrogatepass")
    root = _parse(data, _PARSER)
    if root is None or _hit_limit(_PARSER):
        huge = _parse(data, _HUGE_PARSER)
        root = huge if huge is not None else root
        if _hit_limit(_HUGE_PARSER):  # the tree lost what lies deeper (a <title> may still be there)
            root = _parse(_WRAPPER_TAGS.sub(b" ", data), _HUGE_PARSER)
            if root is None or _hit_limit(_HUGE_PARSER):
                raise TooDeepError("markup nested too deeply to parse, even without layout wrappers")
    return root


def _parse(data: bytes, parser: etree.HTMLParser) -> etree._Element | None:
    try:
        return lhtml.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _hit_limit(parser: etree.HTMLParser) -> bool:
    return any("RESOURCE_LIMIT" in e.type_name or "Excessive depth" in e.message for e in parser.error_log)


# --- furniture marks -----------------------------------------------------------------------------

# Never content, whatever their text: removed from the tree before anything else.
_JUNK_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
              "video", "audio", "map", "button", "select", "input", "textarea", "option", "link", "meta")
_TAG_REASONS = {
    "nav": "nav", "aside": "site-furniture", "footer": "site-furniture", "header": "site-furniture",
    "figcaption": "caption", "form": "site-furniture", "menu": "nav", "dialog": "site-furniture",
}
_ROLE_REASONS = {
    "navigation": "nav", "banner": "site-furniture", "contentinfo": "site-furniture",
    "complementary": "site-furniture", "search": "nav", "menu": "nav", "menubar": "nav", "dialog": "site-furniture",
    "alert": "site-furniture", "toolbar": "share-widget",
}
# Containers that hold the page itself: their class/id tokens describe the page, not a widget.
_NEVER_MARK = frozenset({"html", "body", "main", "article", "blockquote"})
# Embedded posts (tweets, Instagram) are quoted content that articles cite, not share widgets.
_EMBED_HOSTS = frozenset({"video-player", "share-widget"})
_EMBED = re.compile(r"(?<![a-z])(?:embed|embedded|tweet|twitter-tweet|instagram-media)(?![a-z])")
# Headings and paragraphs carry anchor ids made from their own words ("nav_schredder_statt__0",
# "h-share-of-votes-3"): several word tokens or a running number, never a widget's name.
_TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p"})
_SLUG_ID = re.compile(r"__|\d|(?:[a-z0-9]+[_-]){2,}[a-z0-9]", re.I)
# Rows and cells carry data classes ("player-2020", "team-share"), never widget names.
_TABLE_PARTS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot"})


def _attr_index(kinds: Iterable) -> dict[tuple[str, ...], str]:
    """Lexicon attr tokens as token tuples ("share-bar" -> ("share", "bar")), first kind wins."""
    index: dict[tuple[str, ...], str] = {}
    for kind in kinds:
        for attr in kind.attrs:
            key = tuple(t for t in _ATTR_SPLIT.split(attr.lower()) if t)
            if key:
                index.setdefault(key, kind.reason)
    return index


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])")
_ATTR_SPLIT = re.compile(r"[^a-z0-9]+")
_ATTR_INDEX = _attr_index(KINDS)
_ATTR_LENGTHS = sorted({len(k) for k in _ATTR_INDEX})


@lru_cache(maxsize=8192)
def attr_reason(attrs: str) -> str | None:
    """The lexicon kind named by a class/id string, matching whole tokens ("comment-list" yes,
    "commentary" no), or None. Cached: pages repeat the same class strings many times."""
    attrs = _CAMEL.sub(" ", attrs).lower()  # "PromoSmall-title" is "promo small title"
    # BEM names: "article-boxout__header" is part of a box, not a site header; judge its block.
    tokens = [t for word in attrs.split() for t in _ATTR_SPLIT.split(word.split("__", 1)[0]) if t]
    for i in range(len(tokens)):
        for n in _ATTR_LENGTHS:
            reason = _ATTR_INDEX.get(tuple(tokens[i:i + n]))
            if reason:
                return reason
    return None


# Only elements that can be furniture by tag or attribute are examined (one C-level query).
_FURNITURE_CANDIDATES = etree.XPath(
    ".//*[@class or @id or @role or @style or @hidden or @aria-hidden]"
    " | .//nav | .//aside | .//footer | .//header | .//figcaption | .//form | .//menu | .//dialog"
    " | .//*[contains(name(), '-')]"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def own_reason(el: etree._Element) -> str | None:
    """Why this element (by its tag, role or class/id tokens) is page furniture, or None."""
    tag = el.tag
    reason = _TAG_REASONS.get(tag)
    if reason:
        if tag == "form":  # search, login, newsletter or comment form: its attributes tell which
            return attr_reason(f"{el.get('class') or ''} {el.get('id') or ''}") or reason
        return reason
    role = el.get("role")
    if role and role.lower() in _ROLE_REASONS:
        return _ROLE_REASONS[role.lower()]
    if tag in _NEVER_MARK or tag in _TABLE_PARTS:
        return None
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return "hidden"
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    cls, ident = el.get("class"), el.get("id")
    custom = tag if "-" in tag else ""  # custom elements name themselves: <ps-promo>, <share-bar>
    if not cls and not ident and not custom:
        return None
    if tag in _TEXT_TAGS and ident and _SLUG_ID.search(ident):
        ident = None  # "nav_nur_die_folie__1": an anchor slug of the heading's own words, not a widget name
    attrs = f"{cls or ''} {ident or ''} {custom}"
    why = attr_reason(attrs)
    if why and (why in _EMBED_HOSTS or _EMBED.search(attrs.lower())) and el.find(".//blockquote") is not None:
        return None  # a player/share/embed wrapper around a post (tweet, Instagram) the article quotes
    return why


# --- content scoring -----------------------------------------------------------------------------

_COMMAS = re.compile(r"[,،、，]")
_TAG_BONUS = {"div": 5, "article": 10, "section": 3, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
              "form": -3, "ol": -3, "ul": -3, "li": -3, "h1": -5, "h2": -5, "h3": -5, "th": -5}
_PARA_TAGS = ("p", "pre", "div", "section", "td", "blockquote", "article")
_MIN_PARA = 25


def _direct_text(el: etree._Element) -> str:
    """Text of ``el`` outside its element children (and br-separated text of a <div>)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in ("br", "a", "b", "i", "em", "strong", "span", "font", "u", "sup", "sub", "small", "abbr"):
            parts.append(child.text_content() if child.tag != "br" else " ")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _class_weight(el: etree._Element) -> int:
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if len(attrs) < 3:
        return 0
    return (25 if CONTENT_ATTRS.search(attrs) else 0) - (25 if FURNITURE_ATTRS.search(attrs) else 0)


def link_density(el: etree._Element, text_len: int) -> float:
    """Share of the element's text that sits inside links."""
    if text_len <= 0:
        return 0.0
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return min(1.0, links / text_len)


@dataclass
class _Scores:
    score: dict[etree._Element, float] = field(default_factory=dict)
    ptext: dict[etree._Element, int] = field(default_factory=dict)
    pcount: dict[etree._Element, int] = field(default_factory=dict)
    total: int = 0
    paras: list[etree._Element] = field(default_factory=list)


@dataclass
class _Para:
    el: etree._Element
    length: int
    points: float
    ancestors: list[etree._Element]  # from the credited element up to the root


def find_paragraphs(body: etree._Element) -> list[_Para]:
    """Every paragraph of prose on the page (once): p/pre, and divs with enough direct text."""
    out: list[_Para] = []
    for el in body.iter(_PARA_TAGS):
        tag = el.tag
        text = el.text_content() if tag in ("p", "pre") else _direct_text(el)
        n = len(text.strip())
        if n < _MIN_PARA or (tag != "p" and tag != "pre" and n < 2 * _MIN_PARA):
            continue
        if tag in ("p", "pre"):
            if el.find(".//a") is not None and link_density(el, n) > 0.5:
                continue  # a teaser or a list of links, not prose
        elif sum(len(c.text_content()) for c in el if c.tag == "a") > 0.5 * n:
            continue  # a bare run of links (a menu without a list)
        target = el if tag not in ("p", "pre") else el.getparent()
        if target is None:
            continue
        ancestors = [target]
        ancestors.extend(target.iterancestors())
        out.append(_Para(el, n, 1 + len(_COMMAS.findall(text)) + min(n // 100, 3), ancestors))
    return out


def score_paragraphs(paras: list[_Para], marked: dict[etree._Element, str]) -> _Scores:
    """Readability-style scores: each paragraph of prose credits its parent and grandparent.

    Paragraphs inside marked furniture do not count. ``ptext`` is the prose length beneath every
    ancestor, used to tell a wrapper of the article from a widget.
    """
    s = _Scores()
    for para in paras:
        if marked and (para.el in marked or any(a in marked for a in para.ancestors)):
            continue
        n, points = para.length, para.points
        s.paras.append(para.el)
        s.total += n
        for level, anc in enumerate(para.ancestors):
            s.ptext[anc] = s.ptext.get(anc, 0) + n
            s.pcount[anc] = s.pcount.get(anc, 0) + 1
            if level < 3:
                if anc not in s.score:
                    s.score[anc] = _TAG_BONUS.get(anc.tag, 0) + _class_weight(anc)
                s.score[anc] += points if level == 0 else points / (2 if level == 1 else 6)
    return s


def best_candidate(s: _Scores) -> etree._Element | None:
    """The element with the best link-density-discounted score (top few checked)."""
    top = sorted(s.score.items(), key=lambda kv: kv[1], reverse=True)[:6]
    # A class name ("content") is no reason to prefer a box with a paragraph over one with the story.
    most = max((s.ptext.get(el, 0) for el, _ in top), default=0)
    best, best_score = None, float("-inf")
    for el, score in top:
        if s.ptext.get(el, 0) < 0.2 * most:
            continue
        n = len(el.text_content())
        final = score * (1 - link_density(el, n))
        if final > best_score:
            best, best_score = el, final
    return best


def climb(top: etree._Element, s: _Scores) -> etree._Element:
    """Widen the candidate while an ancestor holds clearly more prose: articles split into
    sections (interrupted by figures, ads or embeds) share an ancestor, not a parent."""
    node = top
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return top
        have, more = s.ptext.get(node, 0), s.ptext.get(parent, 0)
        if more > 1.25 * have and more - have >= 200:
            if link_density(parent, len(parent.text_content())) > 0.25:
                return top  # the wider block is mostly menus and teasers
            top = parent
        elif more > have:
            return top
        node = parent


_HAS_STOP = re.compile(r"\.( |$)")


def with_siblings(top: etree._Element, s: _Scores) -> list[etree._Element]:
    """The top candidate plus siblings that also look like article text (split articles)."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, s.score.get(top, 0) * 0.2)
    out = []
    for sib in parent:
        if sib is top:
            out.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        sc = s.score.get(sib, 0)
        if sc >= threshold and s.ptext.get(sib, 0) > 0:
            out.append(sib)
        elif sib.tag == "p":
            text = sib.text_content()
            n = len(text.strip())
            ld = link_density(sib, n)
            if (n > 80 and ld < 0.25) or (0 < n <= 80 and ld == 0 and _HAS_STOP.search(text)):
                out.append(sib)
    return out


# --- JSON-LD articleBody as evidence ---------------------------------------------------------------

_TOKEN = re.compile(r"\w+")


def norm_text(text: str) -> str:
    """Lower-cased word tokens joined by spaces (what shingle scoring sees)."""
    return " ".join(_TOKEN.findall(text.casefold()))


def jsonld_container(article_body: str | None, s: _Scores) -> etree._Element | None:
    """The lowest element holding the paragraphs that the JSON-LD articleBody also contains.

    Consistency test: those paragraphs must cover most of the articleBody; then the page's own
    markup (with its subheads and lists) is used rather than the flattened JSON string.
    """
    if not article_body or len(article_body) < 300:
        return None
    nb = norm_text(article_body)
    hits, keys = [], set()
    for p in s.paras:
        key = norm_text(p.text_content())
        if len(key) >= 40 and key in nb:
            hits.append((p, len(key)))
            keys.add(key)
    covered = sum(len(k) for k in keys)  # a paragraph repeated in a teaser counts once
    if len(keys) < 3 or covered < 0.6 * len(nb):
        return None
    return _holder_of_most(hits, covered)


def _holder_of_most(hits: list[tuple[etree._Element, int]], total: int) -> etree._Element:
    """The deepest element holding 90% of the matched text (a lede repeated in a teaser box
    elsewhere must not widen the container to the whole page)."""
    held: dict[etree._Element, int] = {}
    depth: dict[etree._Element, int] = {}
    for el, n in hits:
        for d, anc in enumerate(reversed([el, *el.iterancestors()])):
            held[anc] = held.get(anc, 0) + n
            depth[anc] = d
    return max((el for el, n in held.items() if n >= 0.9 * total), key=lambda el: depth[el])


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
_MAX_DEPTH = 150
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
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

    def visit(self, el: etree._Element, depth: int = 0) -> None:
        """Append the blocks of ``el`` (its own text and its block children, in order)."""
        reason = self.marked.get(el)
        if reason:
            text = _clean(" ".join(el.itertext()))
            if text:
                self.removed.append(Removal(text[:500], reason))
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
                self.removed.append(Removal(text[:500], reason))
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


_LONG_BLOCK = 250
_HUGE_DOC = 2000  # blocks
_REPEATABLE = frozenset({"li", "tr", "td", "th", "dd", "dt"})  # parts of lists and tables repeat legitimately
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
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
            removed.append(Removal(text, "site-furniture"))
            continue
        if key == ntitle and (tag in _HEADINGS or i < 3):
            removed.append(Removal(text, "title-repeat"))
            continue
        if key in seen and tag not in _REPEATABLE and len(key) >= 80:
            removed.append(Removal(text, "duplicate"))
            continue
        # Long, unlinked paragraphs are prose: the shared rules never fire on them, and skipping
        # them keeps huge pages linear in practice.
        long_prose = huge and len(text) > _LONG_BLOCK and ld < 0.3
        if "{{" in text and tag != "pre" and _TEMPLATE.search(text):
            reason = "template"  # an unrendered JavaScript template: placeholders, not words
        else:
            reason = None if long_prose else block_reason(Block(text, tag, ld, i / max(1, total - 1)))
        if reason == "caption" and len(text) > _CAPTION_MAX and _is_prose(text, tag):
            reason = None  # a credit phrase quoted inside a long paragraph does not make it a caption
        elif reason is None and len(text) <= 600 and _CITATION.search(text):
            reason = "citation"
        if reason is None and ld >= 0.8 and len(text) >= 40:
            reason = "related-list"  # a paragraph that is nothing but links: headlines of other stories
        if reason:
            removed.append(Removal(text, reason))
            continue
        seen.add(key)
        kept.append((text, tag))
    return _trim_edges(kept, removed)


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
            return "byline"
        if dates.search_date(text) is not None and len(text.split()) <= 12:
            return "dateline"
    return "site-furniture"


def _trim_edges(kept: list[tuple[str, str]], removed: list[Removal]) -> tuple[list[str], list[Removal]]:
    """Drop the non-prose blocks ahead of the first and after the last paragraph of prose:
    kickers, bylines, datelines and headline repeats above, tags and pagers below."""
    prose = [i for i, (text, tag) in enumerate(kept) if _is_prose(text, tag)]
    if not prose:
        return [t for t, _ in kept], removed
    first, last = prose[0], prose[-1]
    out: list[tuple[str, str]] = []
    for i, (text, tag) in enumerate(kept):
        # Above the story only bylines and datelines go: a place line, a subhead or a table
        # heading the story belongs to it.
        lead = i < first and edge_reason(text, tag) != "site-furniture"
        if tag != "blockquote" and (lead or (i > last and tag not in _REPEATABLE
                                             and not _is_sentence(text, tag))):
            removed.append(Removal(text, edge_reason(text, tag)))
        elif len(text) <= 120 and (tag not in _HEADINGS) and not _is_prose(text, tag) and authors.looks_like_byline(text):
            removed.append(Removal(text, "byline"))
        else:
            out.append((text, tag))
    while len(out) > 1:  # closing promos and notices, and a heading left with nothing under it
        text, tag = out[-1]
        if TAIL_PROMO.search(text) and len(text) < 600:
            reason = "author-bio"  # "…is out now. Follow him on Twitter @x."
        elif TAIL_NOTICE.match(text):
            reason = "site-furniture"
        elif tag in _HEADINGS:
            reason = "related-list"
        else:
            break
        removed.append(Removal(out.pop()[0], reason))
    return [t for t, _ in out], removed


# --- the entry point -----------------------------------------------------------------------------

def extract_html(html: str, *, url: str | None = None, now: datetime | None = None) -> Article:
    """Clean an HTML page into an Article: body text, metadata, removals with reasons, confidence."""
    root = parse_html(html)
    if root is None:
        return Article(url=url)
    md = meta_mod.extract_metadata(root, url=url)
    art = Article(title=md.title, site_name=md.site_name, url=md.url, description=md.description,
                  language=md.language)
    _dates_and_authors(art, root, md, url=url, now=now)
    etree.strip_elements(root, *_JUNK_TAGS, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    marked = {el: r for el in _FURNITURE_CANDIDATES(body) for r in (own_reason(el),) if r}
    _unmark_inline_wrappers(marked)
    _unmark_subheads(marked)
    paras = find_paragraphs(body)
    _unmark_wrappers(marked, score_paragraphs(paras, {}))
    scores = score_paragraphs(paras, marked)
    roots, how = _choose_roots(body, scores, md)
    walk = _Walk(marked, holders_of(marked))
    lead = standfirst(body, roots, marked)
    if lead is not None:
        walk.visit(lead)
    for el in roots:
        walk.visit(el)
    kept, removed = filter_blocks(walk.blocks, art.title)
    art.text = "\n\n".join(kept)
    art.removed = walk.removed + removed + _outside_removals(marked, roots)
    if not art.authors:  # a byline line in the text names the authors structured data left out
        _authors_from_bylines(art, body)
    if len(art.text) < 200 and _readability_fallback(art, html):
        how = "readability"
    share = sum(scores.ptext.get(el, 0) for el in roots) / scores.total if scores.total else 0.0
    if how == "readability":
        kept, share = art.text.split("\n\n"), 1.0
    art.language = _language(art.language, art.text)
    art.confidence = confidence(_Evidence(how, share, kept, md.article_body, md.description))
    if len(art.text) < 500 and any(r.reason == "template" for r in art.removed):
        art.confidence = min(art.confidence, 0.2)  # an unrendered app shell: whatever is left is its chrome
    return art


# Standfirsts (intro, chapo, lede, deck…) printed between the headline and the story's container.
_STANDFIRST = re.compile(r"(?<![a-z])(intro|introduction|chapo|chapeau|standfirst|lead|lede|leadtext|"
                         r"lead-text|teaser-text|summary|abstract|excerpt|vorspann|entradilla|sommario)(?![a-z])")
_STANDFIRST_XPATH = etree.XPath("following::*[position() <= 40][self::p or self::div][@class]")


def standfirst(body: etree._Element, roots: list[etree._Element],
               marked: dict[etree._Element, str]) -> etree._Element | None:
    """The standfirst paragraph that follows the headline but sits outside the chosen container
    (``<p class="intro">`` between the h1 and the story): it opens the article."""
    h1 = body.find(".//h1")
    if h1 is None or not roots or any(r is h1 or r in h1.iterancestors() for r in roots):
        return None
    for el in _STANDFIRST_XPATH(h1):
        if el in roots:
            return None  # the container starts before any standfirst
        if not _STANDFIRST.search(el.get("class", "").lower()):
            continue
        ancestors = set(el.iterancestors())
        if el in marked or any(a in marked for a in ancestors) or any(r in ancestors for r in roots):
            return None
        text = el.text_content().strip()
        if 40 <= len(text) <= 800 and _is_prose(text, "p") and link_density(el, len(text)) < 0.3 \
                and el.find(".//img") is None:
            return el
        return None
    return None


_NEAR_HEADLINE = etree.XPath("following::*[position() <= 30]")


def _authors_from_bylines(art: Article, body: etree._Element) -> None:
    """Authors from a byline removed from the text, else from a byline line just below the headline."""
    lines = [r.text for r in art.removed if r.reason == "byline"]
    h1 = body.find(".//h1")
    if h1 is not None:
        lines += [t for el in _NEAR_HEADLINE(h1) if not _HAS_BLOCK(el)
                  for t in (_clean(el.text_content()),) if 3 <= len(t) <= 150]
    for line in lines:
        if authors.looks_like_byline(line):
            names = authors.parse_byline(line)[1]
            if names:
                art.authors, art.byline = names, ", ".join(names)
                return


_CAPTION_MAX = 400
# Furniture that does hold paragraphs of prose: comment threads and teaser lists.
_PROSE_KINDS = frozenset({"comment-form", "related-list", "hidden"})


def _outside_removals(marked: dict[etree._Element, str], roots: list[etree._Element]) -> list[Removal]:
    """Furniture outside the article container (menus, comment sections, footers), outermost
    elements only, for --explain."""
    inside = set(roots)
    out = []
    for el, reason in marked.items():
        if el in inside or any(a in marked or a in inside for a in el.iterancestors()):
            continue
        text = _clean(" ".join(el.itertext()))
        if text:
            out.append(Removal(text[:300], reason))
    return out


def _unmark_inline_wrappers(marked: dict[etree._Element, str]) -> None:
    """An inline element marked like the widget inside it (``<span class="rollover-people">`` around
    a name link and its ``rollover-block`` card) wraps words of the sentence: only the inner
    widget goes."""
    inline = [e for e in marked if e.tag in _INLINE_TAGS]
    for el in inline:
        if any(d in marked for d in el.iterdescendants()) or (el.tag == "a" and _in_paragraph(el)):
            del marked[el]  # and a link inside a paragraph is words of that paragraph


_ATTR_ONLY = frozenset(r for k in KINDS for r in (k.reason,))  # reasons class/id tokens can give


def _unmark_subheads(marked: dict[etree._Element, str]) -> None:
    """A heading marked only by its class/id between two unmarked paragraphs of prose is a
    subhead of the story: class names there describe its styling, not a widget."""
    for el in [e for e in marked if e.tag in _SUBHEADS and marked[e] in _ATTR_ONLY]:
        prev, nxt = el.getprevious(), el.getnext()
        if all(sib is not None and sib.tag == "p" and sib not in marked and len(sib.text_content()) >= 80
               for sib in (prev, nxt)):
            del marked[el]


_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


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
    for el in [e for e in marked if marked[e] != "hidden" and e.tag not in ("figcaption", "nav")]:
        prose, why = s.ptext.get(el, 0), marked[el]
        if prose >= 0.6 * s.total or (why == "caption" and prose >= _CAPTION_MAX):
            del marked[el]  # a "photo"/"gallery" block holding paragraphs is a photo story, not a caption
        elif (why not in _PROSE_KINDS and el.tag not in _TAG_REASONS and prose >= 0.45 * s.total
              and prose >= 800 and s.pcount.get(el, 0) >= 4):
            del marked[el]  # a section of the story whose class names a video or share bar inside it


def _choose_roots(body: etree._Element, s: _Scores, md: meta_mod.Metadata) -> tuple[list[etree._Element], str]:
    via_ld = jsonld_container(md.article_body, s)
    if via_ld is not None:
        return [via_ld], "jsonld"
    top = best_candidate(s)
    if top is None:
        return [body], "body"
    return with_siblings(climb(top, s), s), "score"


def _language(declared: str | None, text: str) -> str | None:
    """The declared language, unless the text is clearly in another supported language
    (templates often keep ``lang="en"`` on pages in other languages)."""
    guessed = guess_language(text[:3000])
    if guessed is None:
        return declared
    if declared is None or (declared in STOPWORDS and declared != guessed):
        return guessed
    return declared


def _readability_fallback(art: Article, html: str) -> bool:
    """Use readability-lxml's candidate when our own scoring found (almost) nothing;
    True when its text replaced ours."""
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        frag = lhtml.fragment_fromstring(summary, create_parent="div") if summary.strip() else None
    except Exception:  # noqa: BLE001 - readability fails on some broken pages; keep what we have
        return False
    if frag is None:
        return False
    walk = _Walk({})
    walk.visit(frag)
    kept, removed = filter_blocks(walk.blocks, art.title)
    if len("\n\n".join(kept)) <= len(art.text):
        return False
    art.text = "\n\n".join(kept)
    art.removed.extend(removed)
    return True


def _dates_and_authors(art: Article, root: etree._Element, md: meta_mod.Metadata, *,
                       url: str | None, now: datetime | None) -> None:
    try:
        found = dates.html_publication_date(root, url=md.url or url, now=now, jsonld=md.jsonld)
    except RecursionError:  # a page nested thousands deep: keep its text, lose only the date
        found = None
    if found is not None:
        art.date, art.date_text = found.date, found.text
    art.authors = authors.clean_author_names(md.author_candidates)
    if not art.authors:  # page markup only when structured data names nobody
        for group in meta_mod.page_author_groups(root):
            art.authors = authors.clean_author_names(group)
            if art.authors:
                break
    if art.authors:
        art.byline = ", ".join(art.authors)


@dataclass
class _Evidence:
    """What the extraction saw, for the confidence estimate."""

    how: str  # "jsonld", "score", "body" or "readability"
    share: float  # share of the page's prose inside the chosen container(s)
    kept: list[str]
    article_body: str | None
    description: str | None


def confidence(ev: _Evidence) -> float:
    """How sure we are that the text is the whole article and only it (0..1)."""
    text = "\n\n".join(ev.kept)
    n = len(text)
    if n == 0:
        return 0.0
    conf = 0.6 + {"jsonld": 0.25, "score": 0.2, "readability": 0.1}.get(ev.how, 0.0)
    ratio = len(norm_text(ev.article_body)) / max(1, len(norm_text(text))) if ev.article_body else 0.0
    agrees = 0.8 <= ratio <= 1.25  # the site's own structured copy of the story has the same length
    # A longer structured copy means text was missed; a much shorter one is a teaser and says nothing.
    longer = ratio > 1.25
    if not agrees:  # short texts are often teasers or fragments, unless the site says that is all
        if ev.share >= 0.9:  # ...but the container holds nearly all the page's prose: the story is short
            conf += 0.05 if n >= 1500 else (-0.1 if n < 300 else 0.0)
        else:
            conf += 0.05 if n >= 1500 else (-0.3 if n < 300 else (-0.15 if n < 800 else 0.0))
    # Prose outside the container means part of the article (or a rival text) was left out,
    # unless the site's structured copy of the story vouches for what was kept.
    if not agrees:
        conf -= 0.5 * max(0.0, 0.9 - ev.share)
    # Short non-sentence blocks inside the text are where furniture slips through.
    loose = sum(len(t) for t in ev.kept if not _is_prose(t, "p")) / n
    conf -= 0.6 * max(0.0, loose - 0.03)
    if len(ev.kept) <= 4 and n >= 800:  # a long text in a few huge blocks: the structure was not understood
        conf -= 0.1
    if agrees:
        conf += 0.1
    elif longer:  # the site's own copy is clearly longer: part of the story is missing
        conf -= 0.3
    return round(max(0.0, min(1.0, conf)), 3)
