"""Container scoring: which element of an HTML page holds the article.

Paragraphs are scored readability-style (text length, commas, link density, class/id hints) and their
scores given to their ancestors; the best candidate is climbed and widened to its siblings that hold
prose. A JSON-LD ``articleBody`` that the page's paragraphs agree with names the container directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from . import settings
from .lexicon import CONTENT_ATTRS, FURNITURE_ATTRS
from .textutil import norm_key as norm_text

# --- content scoring -----------------------------------------------------------------------------

_COMMAS = re.compile(r"[,،、，]")
_TAG_BONUS = settings.HTML_TAG_BONUS
_PARA_TAGS = ("p", "pre", "div", "section", "td", "blockquote", "article")
_MIN_PARA = settings.HTML_MIN_PARAGRAPH
_C = settings.HTML_CONTAINER
_JB = settings.HTML_JSONLD_BODY


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
    w = settings.HTML_CLASS_WEIGHT
    return (w if CONTENT_ATTRS.search(attrs) else 0) - (w if FURNITURE_ATTRS.search(attrs) else 0)


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
            if el.find(".//a") is not None and link_density(el, n) > _C["para_links"]:
                continue  # a teaser or a list of links, not prose
        elif sum(len(c.text_content()) for c in el if c.tag == "a") > _C["para_links"] * n:
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
    top = sorted(s.score.items(), key=lambda kv: kv[1], reverse=True)[:int(_C["candidates"])]
    # A class name ("content") is no reason to prefer a box with a paragraph over one with the story.
    most = max((s.ptext.get(el, 0) for el, _ in top), default=0)
    best, best_score = None, float("-inf")
    for el, score in top:
        if s.ptext.get(el, 0) < _C["min_prose_share"] * most:
            continue
        n = len(el.text_content())
        final = score * (1 - link_density(el, n))
        if final > best_score:
            best, best_score = el, final
    return best


def climb(top: etree._Element, s: _Scores) -> etree._Element:
    """Widen the candidate while an ancestor holds clearly more prose: articles split into
    sections (interrupted by figures, ads or embeds) share an ancestor, not a parent. A candidate
    that is one of several same-class wrappers (one per paragraph) stands for their parent."""
    if _one_of_wrappers(top):
        top = top.getparent()
    node = top
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return top
        have, more = s.ptext.get(node, 0), s.ptext.get(parent, 0)
        if more > _C["climb_ratio"] * have and more - have >= _C["climb_chars"]:
            n = len(parent.text_content())
            # The wider block is mostly menus and teasers, unless most of it is paragraphs of prose
            # (one wrapper per paragraph, with a byline link and a list of links in between).
            if link_density(parent, n) > _C["climb_links"] and more < settings.HTML_CLIMB_PROSE_SHARE * n:
                return top
            if _teaser_prose(parent, node, s) >= 0.5 * (more - have) and _teaser_prose(node, None, s) < 0.5 * have:
                return top  # what the wider block adds is teaser cards (and the candidate is not one)
            top = parent
        elif more > have:
            return top
        node = parent


_LINKED_HEADING = etree.XPath("(.//h2|.//h3|.//h4|.//h5)[a]")


def _teaser_prose(parent: etree._Element, node: etree._Element | None, s: _Scores) -> int:
    """Prose under ``parent`` (outside ``node``) that sits in a teaser card: a block (up to three
    levels above the paragraph) holding a headline that is one link and at most two paragraphs,
    as lists of other stories print an excerpt under a linked title (a story's own linked title
    heads many paragraphs)."""
    total = 0
    for p in s.paras:
        ancestors = set(p.iterancestors())
        if parent not in ancestors or (node is not None and node in ancestors):
            continue
        card = p.getparent()
        for _ in range(3):
            # Climbing, the wider block's own linked title does not make the story a card; asked
            # about a block itself (``node`` None), the block may be the card.
            if card is None or (card is parent and node is not None):
                break
            if any(_is_link(h) for h in _LINKED_HEADING(card)):
                if s.pcount.get(card, 0) <= 2:  # a card holds an excerpt; a story under a linked title, more
                    total += len(p.text_content())
                break
            if card is parent:
                break
            card = card.getparent()
    return total


def _is_link(heading: etree._Element) -> bool:
    text = heading.text_content().strip()
    linked = sum(len(a.text_content().strip()) for a in heading.iter("a") if not (a.get("href") or "").startswith("#"))
    return len(text) >= 15 and linked >= 0.9 * len(text)


def _one_of_wrappers(el: etree._Element) -> bool:
    """``el`` and at least two siblings share its tag and class: one wrapper per block."""
    parent, cls = el.getparent(), el.get("class")
    if parent is None or not cls or parent.tag in ("body", "html"):
        return False
    return sum(1 for sib in parent if sib.tag == el.tag and sib.get("class") == cls) >= 3


_HAS_STOP = re.compile(r"\.( |$)")


def with_siblings(top: etree._Element, s: _Scores) -> list[etree._Element]:
    """The top candidate plus siblings that also look like article text (split articles)."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(_C["sibling_min"], s.score.get(top, 0) * _C["sibling_share"])
    out = []
    for sib in parent:
        if sib is top:
            out.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        sc = s.score.get(sib, 0)
        if sc >= threshold and s.ptext.get(sib, 0) > 0:
            if _teaser_prose(sib, None, s) < 0.5 * s.ptext[sib]:  # not a list of teaser cards
                out.append(sib)
        elif sib.tag == "p":
            text = sib.text_content()
            n = len(text.strip())
            ld = link_density(sib, n)
            short = _C["sibling_chars"]
            if (n > short and ld < _C["sibling_links"]) or (0 < n <= short and ld == 0 and _HAS_STOP.search(text)):
                out.append(sib)
    return out


# --- JSON-LD articleBody as evidence ---------------------------------------------------------------

def jsonld_container(article_body: str | None, s: _Scores) -> etree._Element | None:
    """The lowest element holding the paragraphs that the JSON-LD articleBody also contains.

    Consistency test: those paragraphs must cover most of the articleBody; then the page's own
    markup (with its subheads and lists) is used rather than the flattened JSON string.
    """
    if not article_body or len(article_body) < _JB["min_body"]:
        return None
    nb = norm_text(article_body)
    hits, keys = [], set()
    for p in s.paras:
        key = norm_text(p.text_content())
        if len(key) >= _JB["min_paragraph"] and key in nb:
            hits.append((p, len(key)))
            keys.add(key)
    covered = sum(len(k) for k in keys)  # a paragraph repeated in a teaser counts once
    if len(keys) < _JB["min_paragraphs"] or covered < _JB["coverage"] * len(nb):
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
    return max((el for el, n in held.items() if n >= _JB["holder"] * total), key=lambda el: depth[el])
