"""Recall rules of the HTML path: article text that page furniture marks would otherwise drop.

Marks (``html_marks.py``) judge an element by its tag, role, class/id and whether it is hidden.
Some article text carries such marks too, and is recognised here by what it *is*, in kinds of
markup many sites share:

* text the page serves but hides or gates: a paywalled rest of the story (``class="paywall"`` on
  its paragraphs or its container), a story a script reveals (``<div hidden>``) — a scrape holds
  what the server sent; hidden menus, dialogs and cookie layers stay furniture (by their names,
  or by holding labels and links rather than paragraphs of prose);
* a story split across several containers of one class whose name reads as furniture
  (``<div class="sidebar-grid">`` pieces between ads): together they hold most of the prose.
"""

from __future__ import annotations

import re

from lxml import etree

from . import settings
from .html_blocks import _INLINE_TAGS, _PROSE_KINDS, _clean
from .html_marks import _TAG_REASONS
from .html_score import _Scores, norm_text

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
    for el in [e for e, why in marked.items() if why in ("hidden", "newsletter")]:
        gated = is_gated(el)
        if marked[el] == "newsletter" and not gated:
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
    most, part = settings.HTML_GROUP_PROSE_SHARE, settings.HTML_GROUP_SECTION_SHARE
    for members in groups.values():
        if len(members) < 2 or sum(s.ptext.get(el, 0) for el in members) < part * s.total:
            continue  # (a cheap bound first: nested members only count once below)
        if any(a.tag in _SEMANTIC_FURNITURE for a in members[0].iterancestors()):
            continue
        inner = set(members)
        outer = [el for el in members if not any(a in inner for a in el.iterancestors())]
        prose = sum(s.ptext.get(el, 0) for el in outer)
        paragraphs = sum(s.pcount.get(el, 0) for el in outer)
        if prose >= most * s.total or (prose >= part * s.total and prose >= settings.HTML_GROUP_MIN_PROSE
                                       and paragraphs >= settings.HTML_GROUP_MIN_PARAGRAPHS):
            for el in members:
                del marked[el]
