"""HTML parsing and furniture marks: the page parsed with lxml (deep pages included), and each
element that is page furniture by tag, ARIA role, inline style or the lexicon's class/id tokens given
its removal reason (``own_reason``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree
from lxml import html as lhtml

from . import reasons, settings
from .errors import TooDeepError
from .lexicon import KINDS

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
    "nav": reasons.NAV, "aside": reasons.SITE_FURNITURE, "footer": reasons.SITE_FURNITURE,
    "header": reasons.SITE_FURNITURE, "figcaption": reasons.CAPTION, "form": reasons.SITE_FURNITURE,
    "menu": reasons.NAV, "dialog": reasons.SITE_FURNITURE,
}
_ROLE_REASONS = {
    "navigation": reasons.NAV, "banner": reasons.SITE_FURNITURE, "contentinfo": reasons.SITE_FURNITURE,
    "complementary": reasons.SITE_FURNITURE, "search": reasons.NAV, "menu": reasons.NAV, "menubar": reasons.NAV,
    "dialog": reasons.SITE_FURNITURE, "alert": reasons.SITE_FURNITURE, "toolbar": reasons.SHARE_WIDGET,
}
# Containers that hold the page itself: their class/id tokens describe the page, not a widget.
_NEVER_MARK = frozenset({"html", "body", "main", "article", "blockquote"})
# Embedded posts (tweets, Instagram) are quoted content that articles cite, not share widgets.
_EMBED_HOSTS = frozenset({reasons.VIDEO_PLAYER, reasons.SHARE_WIDGET})
_EMBED = re.compile(r"(?<![a-z])(?:embed|embedded|tweet|twitter-tweet|instagram-media)(?![a-z])")
# Headings and paragraphs carry anchor ids made from their own words ("h-menu-of-the-week",
# "share-prices-fall-2"): several word tokens or a running number, never a widget's name.
_TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p"})
_SLUG_ID = re.compile(r"__|\d|(?:[a-z0-9]+[_-]){2,}[a-z0-9]", re.I)
# Rows and cells carry data classes ("score-2020", "market-share"), never widget names.
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
    # A hidden element says what it is by its name (a "menu", a "modal", a "paywall"): that is its
    # reason, so that hidden article text can be told from hidden furniture (html_recall.py).
    style = el.get("style")
    hidden = el.get("hidden") is not None or el.get("aria-hidden") == "true" \
        or bool(style and _HIDDEN_STYLE.search(style))
    cls, ident = el.get("class"), el.get("id")
    custom = tag if "-" in tag else ""  # custom elements name themselves: <ps-promo>, <share-bar>
    if not cls and not ident and not custom:
        return reasons.HIDDEN if hidden else None
    if tag in _TEXT_TAGS and ident and _SLUG_ID.search(ident):
        ident = None  # "menu-of-the-week__1": an anchor slug of the heading's own words, not a widget name
    attrs = f"{cls or ''} {ident or ''} {custom}"
    why = attr_reason(attrs)
    if hidden:
        return why or reasons.HIDDEN
    if why and (why in _EMBED_HOSTS or _EMBED.search(attrs.lower())) and el.find(".//blockquote") is not None:
        return None  # a player/share/embed wrapper around a post (tweet, Instagram) the article quotes
    return why


# --- teaser boxes headed by a read-more label --------------------------------------------------

_LABEL_TAGS = ("p", "span", "div", "strong", "b", "h2", "h3", "h4", "h5", "h6", "header")


def mark_labelled_teasers(body: etree._Element, marked: dict[etree._Element, str]) -> None:
    """A small box that opens with a read-more label ("Read more", "Czytaj więcej", "Lesen Sie
    auch") and holds a link is a teaser of another story: the label, the linked headline and the
    excerpt under it go together (the label alone is what the lexicon knows)."""
    from .lexicon import phrase_reason  # the lexicon's compiled phrases, built on first use

    limit = settings.HTML_TEASER_BOX_MAX
    for el in body.iter(*_LABEL_TAGS):
        text = (el.text or "").strip()
        if not text or len(text) > 40 or len(el) or phrase_reason(text) != reasons.RELATED_LIST:
            continue
        # The smallest box around the label that also holds a link and some words: the teaser.
        for level, anc in enumerate(el.iterancestors()):
            size = len(" ".join(anc.text_content().split()))  # a card's markup is mostly indentation
            if level >= 4 or anc in marked or anc.tag in _NEVER_MARK or size > limit:
                break
            if anc.find(".//a[@href]") is not None and size > len(text) + 20:
                marked[anc] = reasons.RELATED_LIST
                break
