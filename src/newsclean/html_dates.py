"""A page's original publication date, searched for in its HTML.

``html_publication_date`` looks, strongest evidence first, at structured data (JSON-LD, meta tags,
``itemprop``), ``<time>`` elements, the URL and the visible text near the top (datelines). Date
strings are read by ``dates`` (the extractors); this module decides which of a page's dates is the
publication date (the validators).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from lxml import etree

from . import settings
from .dates import (
    LABEL_TAIL,
    MIN_YEAR,
    PUBLISHED_LABELS,
    UPDATE_WORDS,
    UPDATED_LABELS,
    DateMatch,
    _format,
    _in_bounds,
    parse_date,
    search_date,
)
from .jsonld import is_own_object, meta_key, page_jsonld, walk
from .jsonld import types as jsonld_types
from .textutil import DIGIT

# Meta keys (property / name / itemprop / http-equiv, lower-cased) that carry the original publication
# date, strongest first. Modified dates are deliberately absent.
_META_KEYS: tuple[str, ...] = (
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
    "article.published", "article_date_original", "original-publish-date", "date_published",
    "publication_date", "pub_date", "displaydate", "datecreated", "date",
)
_META_RANK = {k: i for i, k in enumerate(_META_KEYS)}
_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|blog|liveblog", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/([01]\d)/([0-3]\d)(?:/|$|[-_])")
# "/2015/08/150803-slug": year and month folders, then the day in a YYMMDD slug prefix.
_URL_DATE_SLUG = re.compile(r"/((?:19|20)(\d{2}))/([01]\d)/(\d{2})([01]\d)([0-3]\d)(?=[-_])")
# "/2024-03-03/slug", "/news/20240303/slug.html", "/article-20240303-slug": the whole date in one path
# part, written ISO or compact, between path or slug punctuation (never inside a longer number).
_URL_DATE_ONE_PART = re.compile(r"(?<=[/_-])((?:19|20)\d{2})(-?)([01]\d)\2([0-3]\d)(?=[/_.-]|$)")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})([01]\d)([0-3]\d)(?:T?([01]\d|2[0-3])([0-5]\d)([0-5]\d)?)?\s*$")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_PUBLISH_HINT = re.compile(r"publish|posted|pubdate|created|entry-date|post-date|article-date|dateline|"
                           r"byline|timestamp|date|time|meta", re.I)
_NOW_HINT = re.compile(r"(?:^|[\s_-])(?:today|current-?date|todays-?date)(?:$|[\s_-])", re.I)
# Matched at the start of a class/id token or after "-"/"_" ("article-comments"), but not in a container's
# description of its layout ("withSidebar", "has-sidebar": the article column itself).
_EXCLUDE_ANCESTORS = re.compile(r"(?<!has-)(?<!with-)(?<!no-)(?:^|(?<=[\s_-]))"
                                r"(?:comment|related|sidebar|side-bar|teaser|recommend|more-stor|popular|most-read)",
                                re.I)


def _value_date(raw: str, now: datetime | None) -> DateMatch | None:
    """A date from a machine-readable attribute value (ISO, RFC 2822, compact, epoch) or a label."""
    raw = " ".join(raw.split())
    if not raw or len(raw) > 200:
        return None
    m = _COMPACT.match(raw)
    if m:
        y, mo, d, hh, mi, ss = (int(g) if g else None for g in m.groups())
        try:
            day = date(y, mo, d)  # type: ignore[arg-type]
        except ValueError:
            return None
        if _in_bounds(day, hh, mi, None, now):
            return DateMatch(raw, _format(day, hh, mi, ss, None))
        return None
    m = _EPOCH.match(raw)
    if m:
        t = datetime.fromtimestamp(int(m.group(1)), tz=timezone.utc)
        if _in_bounds(t.date(), t.hour, t.minute, 0, now):
            return DateMatch(raw, _format(t.date(), t.hour, t.minute, t.second, 0))
        return None
    found = parse_date(raw, now) or search_date(raw, now)
    if found is None or found.relative or found.date is None:
        return None
    return DateMatch(raw, found.date)


def _jsonld_date(
    objects: list, now: datetime | None, keys: tuple[str, ...] = ("datePublished", "dateCreated"),
    url: str | None = None,
) -> DateMatch | None:
    objs = list(walk(objects))

    def is_article(o: dict) -> bool:
        t = o.get("@type")
        types = t if isinstance(t, list) else [t]
        return any(isinstance(x, str) and _ARTICLE_TYPES.search(x) for x in types)

    # Article-typed objects first (others describe breadcrumbs, the site, lists of other stories),
    # and among them the one that is this page, when the page's address is known.
    def rank(o: dict) -> tuple[int, int]:
        return (0 if is_article(o) else 1, 0 if url and is_own_object(o, url) else 1)

    ordered = sorted(objs, key=rank)
    for key in keys:
        for o in ordered:
            v = o.get(key)
            if isinstance(v, list) and v:
                v = v[0]
            if isinstance(v, str):
                found = _value_date(v, now)
                if found:
                    return found
    return None


def _upload_date(objects: list, now: datetime | None, url: str | None) -> DateMatch | None:
    """A video or audio page's ``uploadDate`` (schema.org's publication date of a MediaObject), when
    that object is the page itself, or the page describes no article: a clip embedded in a story was
    uploaded on its own day."""
    media = [o for o in walk(objects) if isinstance(o.get("uploadDate"), str)]
    if not media:
        return None
    own = [o for o in media if url and is_own_object(o, url)]
    if not own and any(_ARTICLE_TYPES.search(t) for o in walk(objects) for t in jsonld_types(o)):
        return None
    return _value_date((own or media)[0]["uploadDate"], now)


def _meta_date(tree, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    found = _keyed_meta_date(tree, now)
    return found[1] if found else None


def _keyed_meta_date(tree, now: datetime | None) -> tuple[str, DateMatch] | None:  # noqa: ANN001
    """The strongest publication-date meta tag: (its key, its date)."""
    best: tuple[int, str, DateMatch] | None = None
    for meta in tree.iterfind(".//meta"):
        key = meta_key(meta)
        rank = _META_RANK.get(key)
        if rank is None or (best is not None and rank >= best[0]):
            continue
        found = _value_date(meta_value(meta), now)
        if found:
            best = (rank, key, found)
    return (best[1], best[2]) if best else None


def meta_value(meta) -> str:  # noqa: ANN001
    """A meta tag's value: ``content``, or ``value`` where a page (or its archived copy) writes that."""
    return meta.get("content") or meta.get("value") or ""


def _hint(el) -> str:  # noqa: ANN001
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"


def _excluded(el) -> bool:  # noqa: ANN001
    """Inside comments, related lists, sidebars or the page footer: not the article's own date."""
    if _EXCLUDE_ANCESTORS.search(_hint(el)):
        return True
    in_footer = False
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            break  # page-level classes ("no-sidebar", "single-post") say nothing about the element
        if anc.tag == "article":
            return False  # an article's own footer holds its dates; asides are caught below it
        hint = _hint(anc)
        if anc.tag == "aside" or _EXCLUDE_ANCESTORS.search(hint):
            return True
        in_footer = in_footer or anc.tag == "footer" or "footer" in hint.lower()
    return in_footer


def _in_header(el) -> bool:  # noqa: ANN001
    return any(a.tag in ("article", "header", "main") for a in el.iterancestors())


def _itemprop_date(tree, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    for el in tree.iterfind(".//*[@itemprop]"):
        if el.get("itemprop", "").strip().lower() not in ("datepublished", "datecreated"):
            continue
        if el.tag == "meta":
            continue  # handled with the other meta tags
        raw = el.get("datetime") or el.get("content") or el.text_content()
        found = _value_date(raw or "", now)
        if found:
            return found
    return None


def _time_date(tree, now: datetime | None, *, strong_only: bool = False) -> DateMatch | None:  # noqa: ANN001
    """The publication ``<time datetime>``: marked as such, or in the article's header.

    Unmarked ``<time>`` elements outside the article that disagree with each other (lists of other
    stories) decide nothing: the URL and the visible datelines come next.
    """
    scored: list[tuple[int, int, DateMatch]] = []
    for i, el in enumerate(_DATETIME_XPATH(tree)):
        parent = el.getparent()
        hint = _hint(el) + " " + (_hint(parent) if parent is not None else "")
        if _is_update(hint) or _excluded(el):
            continue
        found = _value_date(el.get("datetime"), now)
        if not found:
            continue
        score = 0
        if el.get("pubdate") is not None or _STRONG_HINT.search(hint):
            score -= 4
        if _in_header(el):
            score -= 2
        scored.append((score, i, found))
    if not scored:
        return None
    best = min(scored, key=lambda t: (t[0], t[1]))
    if strong_only and best[0] > -2:
        return None  # only a <time> marked as the publication date or inside the article
    if best[0] == 0 and len({(f.date or "")[:10] for _, _, f in scored}) > 1:
        return None
    return best[2]


# <time datetime> and the web components that carry one (<relative-time>, <local-time>, <time-ago>).
# (Attribute steps first, as in metadata's look-ups: only elements with a datetime are tested.)
_DATETIME_XPATH = etree.XPath("//time/@datetime/..|//*/@datetime/parent::*[contains(local-name(), '-')]")


def _url_date(url: str | None, now: datetime | None, *, one_part: bool = False) -> DateMatch | None:
    """The date in a page's address: ``/YYYY/MM/DD/`` folders or a YYMMDD slug after ``/YYYY/MM/``;
    with ``one_part``, also a whole date in one path part ("/2024-03-03/", "-20240303-story"), weaker
    (a slug may name an event's day), so asked after the visible datelines."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    elif (m := _URL_DATE_SLUG.search(url)) is not None:
        if m.group(2) != m.group(4) or m.group(3) != m.group(5):
            return None  # the slug's year and month must repeat the folders'
        y, mo, d = m.group(1), m.group(3), m.group(6)
    elif one_part and (m := _URL_DATE_ONE_PART.search(url.split("?")[0].split("#")[0])) is not None:
        y, mo, d = m.group(1), m.group(3), m.group(4)
    else:
        return None
    try:
        day = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    return DateMatch(m.group(0).strip("/-_"), day.isoformat()) if _in_bounds(day, None, None, None, now) else None


_DATELINE_TAGS = frozenset(("span", "div", "p", "li", "time", "abbr", "em", "small", "strong", "b", "i", "dd",
                            "h4", "h5", "h6", "address", "a"))
_STRONG_HINT = re.compile(r"publish|posted|pubdate|created|dateline|byline|entry-date|post-date|"
                          r"article-date|story-date|timestamp|date-?pub", re.I)
_PAGE_TOP = re.compile(r"header|masthead|navbar|topbar|top-bar|nav", re.I)
_MAX_ELEMENTS = settings.DATE_MAX_ELEMENTS


def _visible_date(tree, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    """The best dateline in the visible text: by class hints, place (in the article, after the
    headline, not in the page header, where sites print today's date) and content."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    best: tuple[int, DateMatch] | None = None
    seen_h1 = False
    for i, el in enumerate(root.iter()):
        if i > _MAX_ELEMENTS:
            break
        tag = el.tag
        if tag == "h1":
            seen_h1 = True
            continue
        if tag not in _DATELINE_TAGS or len(el) > 4:
            continue
        scored = _dateline_candidate(el, now, seen_h1)
        if scored and (best is None or scored[0] > best[0]):
            best = scored
    if best is not None and best[0] >= 2:
        return best[1]
    return _below_headline(root, now) or (best[1] if best else None)


def _text(el) -> str:  # noqa: ANN001
    """Visible text with element boundaries as spaces ("Nov 20 2019<span/>4:29 AM" must not fuse),
    leaving out children marked as an update ("<a class=updated-post-date>")."""
    parts: list[str] = []

    def walk(node) -> None:  # noqa: ANN001
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _is_update(_hint(child)):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join(" ".join(parts).split())


def _is_update(hint: str) -> bool:
    """An update / today's-date marker (WordPress writes "entry-date published updated" for originals)."""
    if _NOW_HINT.search(hint):
        return True
    return bool(UPDATE_WORDS.search(hint)) and not _STRONG_HINT.search(hint)


def _dateline_candidate(el, now: datetime | None, after_h1: bool) -> tuple[int, DateMatch] | None:  # noqa: ANN001
    raw = el.text_content()  # fast, in C: rules out big blocks before the careful walk
    if len(raw) > 400 or not DIGIT.search(raw):
        return None
    text = _text(el)
    if not text or len(text) > 120:
        return None
    parent = el.getparent()
    own = _hint(el)
    if _is_update(own):
        return None
    hint = own + " " + (_hint(parent) if parent is not None else "")
    cut = UPDATE_WORDS.search(text)
    if cut:  # "Published Nov 19, 2019 | Updated Nov 20, 2019": keep what comes before the update
        text = text[:cut.start()]
    if _STRONG_HINT.search(hint):
        score, found = 4, search_date(text, now)
    elif _PUBLISH_HINT.search(hint):
        score, found = 2, search_date(text, now)
    else:
        score, found = 0, parse_date(text, now)  # no hint: the element must hold a date and nothing else
    if found is None or found.date is None or _excluded(el):
        return None
    if found.relative:
        score -= 1  # "22 hours ago" resolved against `now`: less precise than a written date
    if _in_header(el):
        score += 2
    if after_h1:
        score += 2
    elif any(a.tag in ("header", "nav") or _PAGE_TOP.search(_hint(a)) for a in el.iterancestors()):
        score -= 3  # the page header before the headline prints today's date
    return score, found


def _below_headline(root, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    h1 = root.find(".//h1")
    if h1 is None:
        return None
    size = 0
    for el in h1.itersiblings():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        if el.tag in ("aside", "footer") or _EXCLUDE_ANCESTORS.search(_hint(el)):
            continue
        t = _text(el)
        size += len(t)
        if size > 800:
            break
        if len(t) <= 200 and not UPDATE_WORDS.search(t):
            found = search_date(t, now)
            if found and not found.relative and found.date:
                return found
    return None


def html_publication_date(
    tree,  # noqa: ANN001 - an lxml.html element
    *,
    url: str | None = None,
    now: datetime | None = None,
    jsonld: list[dict] | None = None,
) -> DateMatch | None:
    """The page's original publication date (not its modified date).

    Looks at JSON-LD ``datePublished``/``dateCreated`` (``jsonld`` as parsed objects, or read from
    the page), publication meta tags, microdata, ``<time>`` elements in the article header, a clear
    ``/YYYY/MM/DD/`` URL, then datelines in the visible text; a modified date only when the page
    states nothing else. Bounded by ``now`` and 1995. ``publication_date_and_source`` also says which source won.
    """
    return publication_date_and_source(tree, url=url, now=now, jsonld=jsonld)[0]


def publication_date_and_source(
    tree,  # noqa: ANN001 - an lxml.html element
    *,
    url: str | None = None,
    now: datetime | None = None,
    jsonld: list[dict] | None = None,
    fallback: bool = False,
) -> tuple[DateMatch | None, str | None]:
    """``html_publication_date`` and the name of the source that gave it ("json-ld", "meta:<key>",
    "itemprop", "time-element", "dateline", "url", "modified", "htmldate"); ``fallback`` asks
    htmldate when the page's own sources give nothing."""
    if jsonld is None:
        jsonld = page_jsonld(tree)
    found = _jsonld_date(jsonld, now, url=url)
    if found:
        return found, "json-ld"
    keyed = _keyed_meta_date(tree, now)
    found, source = (keyed[1], "meta:" + keyed[0]) if keyed else (_itemprop_date(tree, now), "itemprop")
    if found and _created_stamp(tree, found):
        # A record's creation stamp (often its import into the current CMS) loses to the date the
        # page prints beside the headline when they are days apart.
        seen = _labelled_dateline(tree, now) or _below_headline(_body(tree), now)
        if seen and _days_apart(seen, found) > 2:
            return seen, "dateline"
    if found:
        return found, source
    found = _upload_date(jsonld, now, url)
    if found:
        return found, "json-ld"
    strong = _time_date(tree, now, strong_only=True)
    if strong:
        return strong, "time-element"
    # A dateline labelled as the publication date beats unmarked <time>s (event lists, other stories).
    for finder, name in ((lambda: _labelled_dateline(tree, now), "dateline"),
                         (lambda: _time_date(tree, now), "time-element"),
                         (lambda: _url_date(url, now) or _link_url_date(tree, now), "url"),
                         (lambda: _visible_date(tree, now), "dateline"),
                         (lambda: _url_date(url, now, one_part=True), "url"),
                         (lambda: _modified_date(tree, jsonld, now), "modified"),
                         (lambda: _labelled_dateline(tree, now, _UPDATED_LABEL), "dateline")):
        found = finder()
        if found:
            return found, name
    if fallback:
        found = _htmldate(tree, url, now)
        if found:
            return found, "htmldate"
    return None, None


# The addresses a page gives for itself besides its canonical one (its AMP copy, a short link):
# their /YYYY/MM/DD/ counts like the page's own.
_SELF_LINKS = etree.XPath("//link/@rel[.='amphtml' or .='shortlink' or .='alternate' or .='canonical']/../@href"
                          "|//meta/@property[.='og:url']/../@content|//meta/@name[.='twitter:url']/../@content")


def _link_url_date(tree, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    for href in _SELF_LINKS(tree)[:20]:
        found = _url_date(str(href), now)
        if found:
            return found
    return None


def _htmldate(tree, url: str | None, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    """htmldate's original-date guess, for pages whose own sources name no date. Its extensive search
    stays off: that path runs dateparser, which costs seconds on a cold process for one more page in
    a hundred.

    A January 1st answer is dropped: htmldate gives it for a bare year (a copyright line, an archive
    folder), which is no publication day.
    """
    from copy import deepcopy

    from htmldate import find_date

    max_date = (now or datetime.now()).strftime("%Y-%m-%d")
    try:  # htmldate prunes the tree it searches: give it a copy
        day = find_date(deepcopy(tree), original_date=True, extensive_search=False, url=url,
                        min_date=f"{MIN_YEAR}-01-01", max_date=max_date)
    except Exception:  # noqa: BLE001 - a third-party guess must never break extraction
        return None
    if not day or day.endswith("-01-01"):
        return None
    return DateMatch(day, day)


_CREATED_KEYS = frozenset(("datecreated", "dc.date.created", "dcterms.created"))
# "Veröffentlicht am 07.06.2019", "Published on …", "Publié le …", "Publicado el …", "Опубликовано …".
_PUBLISHED_LABEL = re.compile(
    r"^\s*(?:" + "|".join(PUBLISHED_LABELS) + r")" + LABEL_TAIL,
    re.I,
)


# "Updated on Dec 12, 2016", "Aktualisiert am …", "Mis à jour le …": the last resort when a page prints
# no other date (an article updated once still shows its day).
_UPDATED_LABEL = re.compile(
    r"^\s*(?:" + "|".join(UPDATED_LABELS) + r")" + LABEL_TAIL,
    re.I,
)


def _body(tree):  # noqa: ANN001, ANN202
    body = tree.find(".//body")
    return body if body is not None else tree


def _created_stamp(tree, found: DateMatch) -> bool:  # noqa: ANN001
    """Whether ``found`` came from a dateCreated meta/microdata value."""
    for el in tree.iterfind(".//*[@itemprop]"):
        if el.get("itemprop", "").strip().lower() in _CREATED_KEYS and found.text in (el.get("content") or "",
                                                                                      el.get("datetime") or ""):
            return True
    for meta in tree.iterfind(".//meta[@name]"):
        if meta.get("name", "").strip().lower() in _CREATED_KEYS and found.text == meta_value(meta):
            return True
    return False


def _days_apart(a: DateMatch, b: DateMatch) -> int:
    try:
        return abs((date.fromisoformat((a.date or "")[:10]) - date.fromisoformat((b.date or "")[:10])).days)
    except ValueError:
        return 0


def _labelled_dateline(tree, now: datetime | None, label: re.Pattern[str] | None = None) -> DateMatch | None:  # noqa: ANN001
    """The first visible text labelled as the publication date (or by ``label``, e.g. as the update),
    outside comments and teaser lists."""
    label = label or _PUBLISHED_LABEL
    updates = label is _UPDATED_LABEL
    for i, el in enumerate(_body(tree).iter()):
        if i > _MAX_ELEMENTS:
            break
        if not isinstance(el.tag, str):
            continue
        for text, holder in ((el.text, el), (el.tail, el.getparent())):
            if not text or len(text) > 160 or holder is None:
                continue
            m = label.match(text)
            if m is None or (not updates and UPDATE_WORDS.search(text)):
                continue
            if holder is el:  # the element's whole text: "Published Nov 20 2019<span/>4:29 AM"
                full = _text(el)  # whitespace collapsed: match the label again in it
                whole = label.match(full) if len(full) <= 160 else None
                rest = full[whole.end():] if whole else text[m.end():]
                if not rest.strip() and el.getparent() is not None:
                    rest = _text(el.getparent())[:160]  # a bare label, then the date in a sibling
            else:
                rest = text[m.end():]
            rest = rest.strip()
            found = search_date(rest, now) if rest else None
            if found and found.date and not found.relative and not _excluded(holder):
                return found
    return None


_MODIFIED_KEYS = frozenset(("article:modified_time", "og:updated_time", "datemodified", "last-modified",
                            "dcterms.modified", "dc.date.modified"))


def _modified_date(tree, jsonld: list, now: datetime | None) -> DateMatch | None:  # noqa: ANN001
    """Last resort: a page that only states when it was modified (often never, after publishing)."""
    found = _jsonld_date(jsonld, now, ("dateModified",))
    if found:
        return found
    for meta in tree.iterfind(".//meta"):
        if meta_key(meta) in _MODIFIED_KEYS:
            found = _value_date(meta_value(meta), now)
            if found:
                return found
    for el in tree.iterfind(".//time[@datetime]"):
        if UPDATE_WORDS.search(_hint(el)) and not _excluded(el):
            found = _value_date(el.get("datetime"), now)
            if found:
                return found
    return None
