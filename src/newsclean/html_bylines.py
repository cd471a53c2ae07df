"""Author names written in an HTML page's markup: itemprop/rel=author elements, "Author:" labels,
byline- or author-classed elements and links to a site's author pages (for pages whose structured
data names nobody, and to check the structured data against the visible byline).
"""

from __future__ import annotations

import re

from lxml import etree

from .lexicon_words import AUTHOR_LABELS, TEXT_LABELS
from .settings import HTML_BYLINE_CHARS
from .textutil import clean_space

_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)


def page_author_groups(tree: etree._Element) -> list[list[str]]:
    """Author candidates from the page's markup (for pages whose structured data names nobody)."""
    return [names for _, names in page_author_sources(tree)]


def page_author_sources(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """``page_author_groups`` with where each group came from: "itemprop" (itemprop=author),
    "author-link" (rel=author, or a link to the site's author page), "author-label" ("Autor: …"),
    "byline-element" (an element classed byline/author)."""
    return [(src, g) for src, g in ((src, dedupe_names(g)) for src, g in _page_bylines(tree)) if g]


def marked_authors(tree: etree._Element) -> tuple[str, list[str]] | None:
    """The first ``itemprop="author"`` / ``rel="author"`` element and those in the same byline
    (later ones are usually the authors of teasers and comments), as ("itemprop" or "author-link",
    names); None when the page marks no author up."""
    found = _AUTHOR_XPATH(tree)
    if not found:
        return None
    group = found[0].getparent()
    group = group.getparent() if group is not None and group.getparent() is not None else group
    names = []
    for el in found[:6]:
        if el is not found[0] and group is not None and group not in el.iterancestors() \
                and not _one_byline(found[0], el):
            continue
        name_el = _NAME_XPATH(el)
        text = (name_el[0].get("content") or _text(name_el[0])) if name_el else (el.get("content") or _text(el))
        names.append(text)
    return ("itemprop" if found[0].get("itemprop") else "author-link"), names


def _page_bylines(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """Groups of author names marked up in the page, best first: the first itemprop/rel=author
    element and those beside it (later ones are usually the authors of teasers and comments),
    then byline- or author-classed elements outside comments and bios, then links to author pages."""
    groups: list[tuple[str, list[str]]] = []
    marked = marked_authors(tree)
    if marked:
        groups.append(marked)
    groups.extend(("author-label", g) for g in _labelled_authors(tree))
    matched = _byline_elements(tree)[:12]
    # Empty matches (an avatar list, an icon) do not make their wrapper "outer": the wrapper holds the name.
    outer = {a for el in matched if len(_text(el)) >= 3 for a in el.iterancestors()}
    for el in matched:
        if el in outer or _not_byline(el):
            continue  # the innermost byline element holds the name without the outlet and date
        text = _text(el)
        if HTML_BYLINE_CHARS[0] <= len(text) <= HTML_BYLINE_CHARS[1]:
            groups.append(("byline-element", _split_by_elements(el) or [text]))
    links = [a for a in _AUTHOR_PAGE_LINKS(tree)[:12] if not _not_byline(a)]
    if links:
        first = links[0].getparent()
        first = first.getparent() if first is not None and first.getparent() is not None else first
        near = [a for a in links if first is None or first in a.iterancestors()]
        groups.append(("author-link", [_text(a) for a in near[:6]]))
    return groups


def _one_byline(first: etree._Element, other: etree._Element) -> bool:
    """Whether two author elements sit in one byline block: one wrapper per author
    (``<div class="byline"><address><a rel="author">…``) puts them further apart than a shared
    grandparent, but the block holding both is still a byline's length, not a teaser list."""
    mine = set(first.iterancestors())
    common = next((a for a in other.iterancestors() if a in mine), None)
    return common is not None and common.tag not in ("body", "html") and \
        len(_text(common)) <= HTML_BYLINE_CHARS[1]


def _not_byline(el: etree._Element) -> bool:
    """In a comment thread, an author bio, a teaser list (body classes describe the page)."""
    return bool(_NOT_BYLINE.search(el.get("class") or "")) or any(
        _NOT_BYLINE.search(a.get("class") or "") for a in el.iterancestors() if a.tag not in ("body", "html"))


def _split_by_elements(el: etree._Element) -> list[str]:
    """Names printed in sibling elements with no separator between them
    (``<span>Ann Lee</span><span>Bo Chen</span>``): one name per element."""
    kids = [k for k in el if isinstance(k.tag, str) and _text(k)]
    while len(kids) == 1 and not clean_space(el.text) and not clean_space(kids[0].tail):
        el = kids[0]  # a wrapper around the list of names
        kids = [k for k in el if isinstance(k.tag, str) and _text(k)]
    if len(kids) < 2 or any(clean_space(k.tail) for k in kids) or clean_space(el.text):
        return []
    return [_text(k) for k in kids]


_AUTHOR_LABEL = re.compile(r"^(?:" + AUTHOR_LABELS + r"|written by|" + TEXT_LABELS +
                           r")(?:\s*[/*]\s*(?:in|innen|autor|autorin))?\s*:?$", re.I)


def _labelled_authors(tree: etree._Element) -> list[list[str]]:
    """Names after a visible label: "<strong>Author</strong> Jane Doe", "<dt>Autor:</dt><dd>…</dd>"."""
    body = tree.find("body")
    if body is None:
        return []
    groups: list[list[str]] = []
    for el in body.iter("strong", "b", "dt", "th", "label", "span"):
        label = el.text_content()
        if len(label) > 24 or not _AUTHOR_LABEL.match(label.strip()):
            continue
        name = clean_space(el.tail)
        if not name:
            nxt = el.getnext()
            name = _text(nxt) if nxt is not None and nxt.tag in ("dd", "td", "a", "span") else ""
        if 3 <= len(name) <= 100:
            groups.append([name])
        if len(groups) >= 3:
            break
    return groups


def _text(el: etree._Element) -> str:
    """Element text with a space at every tag boundary ("Name</a>Outlet" stays two words)."""
    return clean_space(" ".join(el.itertext()))


# These look-ups run on every page, so they step to the attribute first and test it there
# ("//@itemprop[.='author']/..", not "//*[@itemprop='author']"): lxml then tests only the elements
# that carry the attribute, 2-8 times faster, the same nodes in the same order (checked on the
# sh_dev and postlight pages).
_AUTHOR_XPATH = etree.XPath('//@itemprop[.="author"]/..|//a/@rel[.="author"]/..')
# Links to a site's page for one of its writers ("/author/jane-doe", "/autoren/…", "/by/jane-doe").
_AUTHOR_PAGE_LINKS = etree.XPath(
    '//body//a/@href[re:test(., "/(?:authors?|autor(?:en|in)?|auteurs?|autores?|autori|journalist(?:en|s)?|'
    'writers?|editors?|contributors?|staff|by|profile/people)/[^/?#]+/?(?:[?#].*)?$", "i")]'
    '/parent::*[string-length(normalize-space(.)) > 2]',
    namespaces={"re": "http://exslt.org/regular-expressions"})
_NAME_XPATH = etree.XPath('.//*[@itemprop="name"]')
# Case-insensitive without translate() on every element (slow): the XPath finds the lower-case tails
# ("yline" in Byline/byline), _BYLINE_CLASS then checks the whole word.
_BYLINE_CANDIDATES = etree.XPath(
    '//body//*/@class[contains(., "yline") or contains(., "uthor") or contains(., "utor") or '
    'contains(., "uteur") or contains(., "riter")]/..|//body//*/@id[contains(., "byline")]/..'
)
_BYLINE_CLASS = re.compile(r"byline|author|autor|auteur|writer", re.I)


def _byline_elements(tree: etree._Element) -> list[etree._Element]:
    return [el for el in _BYLINE_CANDIDATES(tree)
            if _BYLINE_CLASS.search(el.get("class") or "") or "byline" in (el.get("id") or "")]


# Commenters, author bios and teaser lists also name people; they are not this article's authors.
# Matched where a class token starts, or after "-"/"_" ("post-comments"), not inside a container's
# description of its layout ("withSidebar", "has-sidebar": the article column itself).
_NOT_BYLINE = re.compile(r"(?<!has-)(?<!with-)(?<!no-)(?:^|(?<=[\s_-]))"
                         r"(?:comment|bio|avatar|related|recommend|teaser|footer|sidebar|widget|about|reply)", re.I)


def dedupe_names(names: list[str]) -> list[str]:
    """Names cleaned of extra space, without addresses, overlong strings and repeats (case-insensitive)."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        n = clean_space(n)
        if n and not _URLISH.search(n) and len(n) < 200 and n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out

