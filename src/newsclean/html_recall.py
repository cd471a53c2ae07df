"""Recall rules of the HTML path: article text that page furniture marks would otherwise drop.

Marks (``html_marks.py``) judge an element by its tag, role, class/id and whether it is hidden.
Some article text carries such marks too, and is recognised here by what it *is*, in kinds of
markup many sites share:

* text the page serves but hides or gates: a paywalled rest of the story (``class="paywall"`` on
  its paragraphs or its container), a story a script reveals (``<div hidden>``) — a scrape holds
  what the server sent; hidden menus, dialogs and cookie layers stay furniture (by their names,
  or by holding labels and links rather than paragraphs of prose);
* a story split across several containers of one class whose name reads as furniture
  (``<div class="sidebar-grid">`` pieces between ads): together they hold most of the prose;
* plain prose named "teaser" inside the story's container (the opening shown before a paywall,
  a German "Teaser" lead), which never links anywhere, unlike a box pointing to another story;
* the standfirst (summary, dek) printed between the headline and the story's container;
* the captions of a slideshow or listicle that carry the story (many captions of prose, holding
  more of it than the paragraphs around them), while credits and short captions stay furniture.
"""

from __future__ import annotations

import re

from lxml import etree

from . import reasons, settings
from .html_blocks import _HAS_BLOCK, _INLINE_TAGS, _PROSE_KINDS, _clean, _is_prose, edge_reason
from .html_marks import _TAG_REASONS
from .html_score import _Para, _Scores, link_density, norm_text

# Class/id tokens of a paywall: sites put them on the gated rest of the story as well as on the
# prompt that asks for a subscription; the prompt is short and caught by the block rules.
_GATE = re.compile(r"(?<![a-z])pay-?wall", re.I)
# Elements whose own text is a block of the story (a gated paragraph or subhead).
_TEXT_LEVEL = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})
# Sidebars and menus the page declares by tag: widgets inside them stay widgets, however many.
_SEMANTIC_FURNITURE = frozenset({"aside", "nav", "footer", "menu"})


def is_gated(el: etree._Element) -> bool:
    """Whether the element's class/id names a paywall."""
    return bool(_GATE.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def unmark_served_text(marked: dict[etree._Element, str], s: _Scores) -> None:
    """Keep the text a page serves but hides or gates (``s``: prose scores with no marks).

    A paragraph, heading or inline run named as part of a paywall, and a hidden or paywall-named
    container made mostly of paragraphs of prose, are the story (revealed by a script or a
    subscription), not furniture. A hidden container whose paragraphs the page also shows
    elsewhere is a copy (microdata, print version): the visible copy is read instead.
    """
    for el in [e for e, why in marked.items() if why in (reasons.HIDDEN, reasons.NEWSLETTER)]:
        gated = is_gated(el)
        if marked[el] == reasons.NEWSLETTER and not gated:
            continue  # a newsletter sign-up box, whatever its size
        if gated and (el.tag in _TEXT_LEVEL or el.tag in _INLINE_TAGS):
            del marked[el]
            continue
        prose = s.ptext.get(el, 0)
        if prose >= settings.HTML_SERVED_MIN_PROSE \
                and prose >= settings.HTML_SERVED_PROSE_SHARE * len(_clean(el.text_content())) \
                and not _copy_of_visible(el, s):
            del marked[el]


def _copy_of_visible(el: etree._Element, s: _Scores) -> bool:
    """Whether most paragraphs under ``el`` also appear outside it."""
    inside, outside = [], set()
    for p in s.paras:
        if p is el or el in p.iterancestors():
            inside.append(norm_text(p.text_content()))
        else:
            outside.add(norm_text(p.text_content()))
    return sum(1 for key in inside if key in outside) >= 0.5 * len(inside)


def unmark_class_groups(marked: dict[etree._Element, str], s: _Scores) -> None:
    """A story split into several containers of one class whose name reads as furniture: when the
    containers of that class together hold most of the page's prose (the same shares that unmark
    one wrapper, ``html_blocks._unmark_wrappers``), none of them is furniture."""
    if not s.total:
        return
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for el, why in marked.items():
        cls = el.get("class")
        if cls and why not in _PROSE_KINDS and el.tag not in _TAG_REASONS and el.get("role") is None:
            groups.setdefault((el.tag, cls), []).append(el)
    most, part = settings.HTML_WRAPPER_PROSE_SHARE, settings.HTML_WRAPPER_SECTION_SHARE
    for members in groups.values():
        if len(members) < 2 or sum(s.ptext.get(el, 0) for el in members) < part * s.total:
            continue  # (a cheap bound first: nested members only count once below)
        if any(a.tag in _SEMANTIC_FURNITURE for a in members[0].iterancestors()):
            continue
        inner = set(members)
        outer = [el for el in members if not any(a in inner for a in el.iterancestors())]
        prose = sum(s.ptext.get(el, 0) for el in outer)
        paragraphs = sum(s.pcount.get(el, 0) for el in outer)
        if prose >= most * s.total or (prose >= part * s.total and prose >= settings.HTML_WRAPPER_MIN_PROSE
                                       and paragraphs >= settings.HTML_WRAPPER_MIN_PARAGRAPHS):
            why = marked[members[0]]
            for el in members:
                del marked[el]
            _unmark_between(marked, outer, why)


def _unmark_between(marked: dict[etree._Element, str], pieces: list[etree._Element], why: str) -> None:
    """Siblings between two pieces of the story, marked by the same name (a component system's
    figure, quote or code block between its text blocks), are pieces of it too; other furniture
    between them (ads, share bars: other reasons) stays."""
    parents: dict[etree._Element, set[etree._Element]] = {}
    for el in pieces:
        parent = el.getparent()
        if parent is not None:
            parents.setdefault(parent, set()).add(el)
    for parent, inside in parents.items():
        children = [c for c in parent if isinstance(c.tag, str)]
        at = [i for i, c in enumerate(children) if c in inside]
        if len(at) < 2:
            continue
        for child in children[at[0] + 1:at[-1]]:
            if marked.get(child) == why:
                del marked[child]


def unmark_unlinked_teasers(marked: dict[etree._Element, str], roots: list[etree._Element]) -> None:
    """Inside the story's container, a block named as a teaser or related box that is plain prose
    (no link around or inside it, no image, no heading) is the story's own text: a box pointing
    to another story always links to it."""
    for el in [e for e, why in marked.items() if why == reasons.RELATED_LIST]:
        if not any(r in el.iterancestors() for r in roots):
            continue
        if el.find(".//a") is not None or el.find(".//img") is not None or _HAS_HEADING(el):
            continue
        ancestors = list(el.iterancestors())
        if any(a.tag == "a" or a in marked for a in ancestors):
            continue
        text = _clean(el.text_content())
        if len(text) >= settings.HTML_TEASER_MIN_CHARS and _is_prose(text, "p"):
            del marked[el]


def story_captions(marked: dict[etree._Element, str], paras: list[_Para]) -> list[etree._Element]:
    """The captions that carry the story on a slideshow or listicle page: at least
    ``HTML_STORY_CAPTIONS`` captions of prose (each a sentence of ``HTML_STORY_CAPTION_MIN`` characters
    or more) that together hold more prose than the page's paragraphs outside them. Their marks (and
    those of the gallery around them) are dropped; short captions and credits keep theirs. Returns
    them, in document order, for the container to take in."""
    captions = [el for el, why in marked.items() if why == reasons.CAPTION]
    marked_captions = set(captions)
    long = {}
    for el in captions:
        text = _clean(el.text_content())
        if len(text) >= settings.HTML_STORY_CAPTION_MIN and _is_prose(text, "p"):
            long[el] = len(text)
    # The innermost captions of prose: a gallery or a figure around captions is judged by them.
    prose = [(el, n) for el, n in long.items() if not any(d in long for d in el.iterdescendants())]
    if len(prose) < settings.HTML_STORY_CAPTIONS:
        return []
    in_captions = sum(n for _, n in prose)
    outside = sum(p.length for p in paras if not any(a in marked_captions for a in (p.el, *p.ancestors)))
    if in_captions <= outside:
        return []  # an article with photos: the paragraphs tell the story
    for el, _ in prose:
        for node in (el, *el.iterancestors()):
            if marked.get(node) == reasons.CAPTION:
                del marked[node]
    return [el for el, _ in prose]


def with_captions(roots: list[etree._Element], captions: list[etree._Element]) -> list[etree._Element]:
    """The container widened to the lowest element holding it and the story's captions (the
    slideshow may sit beside the intro's container); the page body is never the container."""
    if not captions or not roots:
        return roots
    common = set((roots[0], *roots[0].iterancestors()))
    for el in roots[1:] + captions:
        common &= set((el, *el.iterancestors()))
    lowest = max(common, key=lambda el: sum(1 for _ in el.iterancestors()), default=None)
    if lowest is None or lowest.tag in ("body", "html"):
        return roots
    return [lowest]


_AFTER_HEADLINE = etree.XPath(f"following::*[position() <= {settings.HTML_LEAD_WINDOW}]")
_LEAD_TAGS = frozenset({"p", "div", "span", "h2", "h3", "h4"})
_CAPTION_NAME = re.compile(r"caption|credit", re.I)
_HAS_HEADING = etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)")


def standfirsts(body: etree._Element, roots: list[etree._Element],
                marked: dict[etree._Element, str]) -> list[etree._Element]:
    """The standfirst printed between the headline and the chosen container: the blocks of prose
    that follow the h1 before the story's container starts (a summary, a dek, an intro), which
    open the article. Anything marked as furniture, or inside it, is skipped (a story's own
    ``<header>`` included: whether its dek is part of the body is where annotators disagree), and
    so is what is not prose: bylines, datelines, photo captions and credits."""
    h1 = body.find(".//h1")
    if h1 is None or not roots or any(r is h1 or r in h1.iterancestors() for r in roots):
        return []
    inside = set(roots)
    out: list[etree._Element] = []
    size = 0
    for el in _AFTER_HEADLINE(h1):
        if el in inside:
            break  # the story's container begins: what follows is walked with it
        if el.tag not in _LEAD_TAGS:
            continue
        ancestors = set(el.iterancestors())
        if ancestors & inside:
            break
        if not _lead_block(el, ancestors, out, marked):
            continue
        out.append(el)
        size += len(el.text_content())
        if len(out) >= settings.HTML_LEAD_MAX_BLOCKS or size >= settings.HTML_LEAD_MAX_CHARS:
            break
    return out


def _lead_block(el: etree._Element, ancestors: set[etree._Element], taken: list[etree._Element],
                marked: dict[etree._Element, str]) -> bool:
    """A block of prose, not furniture, not inside a block already taken."""
    if el in marked or any(a in marked for a in ancestors) or any(t in ancestors for t in taken):
        return False
    if _HAS_BLOCK(el) or el.find(".//img") is not None:
        return False
    text = _clean(el.text_content())
    if not (settings.HTML_LEAD_MIN_CHARS <= len(text) <= settings.HTML_LEAD_MAX_BLOCK
            and _is_prose(text, "p") and link_density(el, len(text)) < 0.3):
        return False
    # A byline, a dateline or a photo's caption between the headline and the story.
    return edge_reason(text, el.tag) == reasons.SITE_FURNITURE and not _CAPTION_NAME.search(el.get("class") or "") \
        and not any(a.tag in ("figure", "figcaption") for a in ancestors)
