"""HTML metadata: JSON-LD, OpenGraph / article:* / parsely / sailthru meta, microdata, the <title>.

Everything is read from one parsed lxml tree, in a single pass over ``<head>``-like elements
(``meta``, ``link``, ``script[type=ld+json]``, ``title``, ``html[lang]``) plus a few targeted
XPath look-ups in the body (``itemprop``, ``rel=author``, ``h1``). Structured data is preferred
over page text because a site writes it for machines and it rarely carries furniture.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .html_bylines import dedupe_names as _dedupe
from .jsonld import is_jsonld_script, is_own_object, meta_key, parse_jsonld
from .jsonld import types as _types
from .lexicon_words import AUTHOR_LABELS, TEXT_LABELS
from .settings import TITLE_H1_OVERLAP
from .textutil import CJK_CHARS, THAI_LAO_CHARS, TITLE_SEP_PATTERN, WIDE_SEPS, clean_space, norm_key

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "socialmediaposting", "liveblogposting", "report", "advertisercontentarticle",
    "satiricalarticle", "posting", "webpage", "medicalwebpage", "itempage", "review",
})
# WebPage and friends describe the page, not the story: they lose against a real article type.
_PAGE_TYPES = frozenset({"webpage", "medicalwebpage", "itempage"})
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website", "brand"})

# Between a headline and the site's name or section in a <title>: the title-line separators both paths
# know (textutil, the full-width bar "｜" among them), and more punctuation, spaced or doubled ("«", "/",
# "::"), an unspaced dash or bullet, or an underscore between CJK words ("标题_栏目_网站").
_TITLE_SEP = re.compile(TITLE_SEP_PATTERN + r"|\s+[|–—·•»«:/\\-]{1,2}\s+|\s*[|–—·•»]\s*(?=\S)|"
                        f"(?<=[{CJK_CHARS}])_|_(?=[{CJK_CHARS}])")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})*$")



_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def _unescaped(text: str) -> str:
    """A value escaped twice by its page (``&amp;amp;`` in a meta tag, ``&#8216;`` inside JSON-LD)
    reads as the text it stands for."""
    return html.unescape(text) if _ENTITY.search(text) else text


@dataclass
class Metadata:
    """What the page says about itself; every field is optional."""

    title: str | None = None
    title_candidates: list[str] = field(default_factory=list)
    title_sources: list[str] = field(default_factory=list)  # where each candidate came from
    author_candidates: list[str] = field(default_factory=list)  # from JSON-LD and meta tags
    # Where author_candidates came from: "json-ld" or "meta:<key>" (None when nothing named anyone).
    author_source: str | None = None
    # (source, names) groups, best first: "json-ld", then the strongest "meta:<key>"; author_candidates
    # and author_source are the first group.
    author_groups: list[tuple[str, list[str]]] = field(default_factory=list)
    # Person-typed JSON-LD authors: the page says they are people, so their names need no shape test.
    jsonld_people: list[str] = field(default_factory=list)
    # twitter:label "Written by" + twitter:data: asked only when the page's byline markup names nobody.
    fallback_authors: list[str] = field(default_factory=list)
    title_source: str | None = None
    site_name: str | None = None
    url: str | None = None
    description: str | None = None
    language: str | None = None
    article_body: str | None = None
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)


def _resolve_refs(objs: list[dict[str, Any]]) -> None:
    """Replace ``{"@id": …}`` references in author/publisher by the objects they name
    (Yoast and other @graph writers describe the Person once and refer to it)."""
    by_id = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and len(o) > 2}
    if not by_id:
        return
    for o in objs:
        for key in ("author", "creator", "publisher"):
            value = o.get(key)
            if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
                o[key] = by_id[value["@id"]]
            elif isinstance(value, list):
                o[key] = [by_id.get(v.get("@id"), v) if isinstance(v, dict) and set(v) <= {"@id", "@type"}
                          else v for v in value]


def article_objects(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON-LD objects describing an article, real article types before WebPage."""
    arts = [o for o in objs if _types(o) & ARTICLE_TYPES]
    return sorted(arts, key=lambda o: bool(_types(o) & _PAGE_TYPES and not _types(o) - _PAGE_TYPES))


def _this_page_first(arts: list[dict[str, Any]], page_url: str | None) -> list[dict[str, Any]]:
    """Article objects describing this page (by url, @id or mainEntityOfPage) before others
    (pages also describe the teasers they list)."""
    if len(arts) < 2 or not page_url:
        return arts
    return sorted(arts, key=lambda o: not is_own_object(o, page_url))


def _name_of(value: Any, *, people_only: bool) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, a Person, or a list of them)."""
    if isinstance(value, str):
        return [_unescaped(value)]
    if isinstance(value, list):
        return [n for v in value for n in _name_of(v, people_only=people_only)]
    if isinstance(value, dict):
        if people_only and _types(value) & _ORG_TYPES:
            return []
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name and isinstance(name[0], str) else None
        if isinstance(name, str):
            return [_unescaped(name)]
    return []


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    return clean_space(_unescaped(value)) or None if isinstance(value, str) else None


@dataclass
class _Head:
    """Raw values gathered in one pass over meta/link/script/title elements."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    scripts: list[str] = field(default_factory=list)
    title: str | None = None
    canonical: str | None = None


def _gather(tree: etree._Element) -> _Head:
    head = _Head()
    for el in tree.iter("meta", "link", "script", "title"):
        tag = el.tag
        if tag == "meta":
            key = meta_key(el)
            content = el.get("content") or el.get("value")  # some pages (and archived copies) write value=
            if key and content and content.strip():
                head.meta.setdefault(key, []).append(clean_space(_unescaped(content)))
        elif tag == "link":
            rel = (el.get("rel") or "").lower()
            if rel == "canonical" and el.get("href") and head.canonical is None:
                head.canonical = el.get("href").strip()
        elif tag == "script":
            if is_jsonld_script(el):
                head.scripts.append(el.text)
        elif head.title is None:
            head.title = clean_space(el.text_content()) or None
    return head


def _first(head: _Head, *keys: str) -> str | None:
    for key in keys:
        for value in head.meta.get(key, ()):
            if value:
                return value
    return None


def _all(head: _Head, *keys: str) -> list[str]:
    return [v for key in keys for v in head.meta.get(key, ())]


def extract_metadata(tree: etree._Element, *, url: str | None = None) -> Metadata:
    """Read a page's metadata from its parsed tree (``tree`` is the root ``html`` element)."""
    head = _gather(tree)
    md = Metadata(jsonld=parse_jsonld(head.scripts))
    _resolve_refs(md.jsonld)
    arts = _this_page_first(article_objects(md.jsonld), head.canonical or _first(head, "og:url") or url)
    art = arts[0] if arts else {}
    md.h1 = [t for t in (heading_text(h) for h in tree.iter("h1")) if t][:3]
    _titles(md, head, art)
    _authors(md, head, art, tree)
    md.site_name = _site_name(head, md.jsonld, art)
    md.url = _canonical(head, art) or url
    outlets = [md.site_name, _first(head, "og:site_name"), *(_name_of(art.get("publisher"), people_only=False)
                                                            if art else []), _host(md.url), *_rights_holders(head, art)]
    md.author_groups = [(src, kept) for src, names in md.author_groups
                        for kept in ([n for n in names if not is_outlet_name(n, outlets)],) if kept]
    if md.author_groups:
        md.author_source, md.author_candidates = md.author_groups[0]
    md.description = _first(head, "og:description", "description", "twitter:description") or _str(art.get("description"))
    md.language = _language(tree, head, art)
    body = art.get("articleBody") if art else None
    md.article_body = clean_space(body) if isinstance(body, str) and body.strip() else None
    site = norm_key(md.site_name or "")
    if site:  # some pages put the site's name in og:title, or in an h1 around the logo
        named = [(c, src) for c, src in zip(md.title_candidates, md.title_sources, strict=True) if norm_key(c) != site]
        if named:
            md.title_candidates, md.title_sources = [c for c, _ in named], [src for _, src in named]
        md.h1 = [h for h in md.h1 if norm_key(h) != site]
    md.title, md.title_source = pick_title_and_source(md)
    if not md.site_name and md.title and head.title:
        md.site_name = site_from_title(head.title, md.title)
    return md


def site_from_title(page_title: str, headline: str) -> str | None:
    """The site's name as the <title> appends (or prefixes) it to the headline: "Headline | Site"."""
    page_title = clean_space(page_title)
    at = page_title.find(headline)
    if at < 0:
        return None
    rest = (page_title[:at] + " " + page_title[at + len(headline):]).strip(" |–—-:·•»«/\\")
    rest = clean_space(rest)
    if not rest or len(rest.split()) > 5 or _TITLE_SEP.search(" " + rest + " "):
        return None
    return rest


_TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "headline", "dc.title")


def _titles(md: Metadata, head: _Head, art: dict[str, Any]) -> None:
    cands = [(_str(art.get("headline")) if art else None, "json-ld")]
    cands += [(_first(head, key), "meta:" + key) for key in _TITLE_META]
    cands.append((head.title, "title-tag"))
    kept = [(c, src) for c, src in cands if c]
    kept = [(c, src) for c, src in kept if not _truncated_form(c, [other for other, _ in kept])]
    md.title_candidates, md.title_sources = [c for c, _ in kept], [src for _, src in kept]


_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")


def _truncated_form(title: str, others: list[str]) -> bool:
    """A title cut short with "…" ("Council approves the plan after a…") where another candidate
    goes on with the same words: a length limit's copy, not the headline."""
    m = _ELLIPSIS.search(title)
    if not m:
        return False
    start = norm_key(title[:m.start()])
    return len(start) >= 10 and any(norm_key(o).startswith(start) and len(norm_key(o)) > len(start) for o in others)


_INLINE_BREAKS = frozenset(("span", "div", "p", "br", "small", "strong", "b", "em", "i", "a", "sup"))


def heading_text(el: etree._Element) -> str:
    """A heading's text with a space where a kicker element meets the headline
    (``<span>Kicker</span>Headline`` is "Kicker Headline", not "KickerHeadline")."""
    parts: list[str] = [el.text or ""]
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag in _INLINE_BREAKS:
            parts.append(" ")
        parts.append(child.text or "")
        tail = child.tail or ""
        if child.tag in _INLINE_BREAKS and tail[:1].isalnum():
            parts.append(" ")
        parts.append(tail)
    return clean_space("".join(parts))


# Meta keys naming the article's authors, strongest first.
_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl",
                "dc.creator", "article_author", "citation_author", "cxenseparse:author")


def _authors(md: Metadata, head: _Head, art: dict[str, Any], tree: etree._Element) -> None:
    """Author candidate groups, best first: the article's JSON-LD, then the strongest meta tag (a meta
    ``author`` beside a JSON-LD person is often the site's editor or its owner, so it is asked only
    when the JSON-LD names nobody usable)."""
    if art:
        people = _people_of(art.get("author")) + _people_of(art.get("creator"))
        names = _name_of(art.get("author"), people_only=True) + _name_of(art.get("creator"), people_only=True)
        if names:
            md.author_groups.append(("json-ld", _dedupe(names)))
            md.jsonld_people = _dedupe(people)
    for key in _AUTHOR_META:
        names = _dedupe(head.meta.get(key, []))
        if names:
            md.author_groups.append(("meta:" + key, names + [n for n in _dedupe(_all(head, *_AUTHOR_META))
                                                             if n not in names]))
            break
    # Site-prefixed author keys ("<site>_authors", "<cms>.author"): the same field under a
    # publisher's own name, weaker than the common keys above.
    prefixed = [n for key, values in head.meta.items() if key not in _AUTHOR_META and _PREFIXED_AUTHOR.search(key)
                for n in values]
    if prefixed:
        md.author_groups.append(("meta:prefixed-author", _dedupe(prefixed)))
    # "Written by" label pairs name the CMS user who posted the page: after the visible byline.
    md.fallback_authors = _labelled_meta(head)


_PREFIXED_AUTHOR = re.compile(r"^[a-z0-9]+[._:-]authors?$")


def _people_of(value: Any) -> list[str]:
    """Names of the Person-typed objects in a JSON-LD author value."""
    if isinstance(value, list):
        return [n for v in value for n in _people_of(v)]
    if isinstance(value, dict) and "person" in _types(value) and isinstance(value.get("name"), str):
        return [value["name"]]
    return []


_WRITTEN_BY = re.compile(r"^(?:written by|by|" + AUTHOR_LABELS + "|" + TEXT_LABELS + r")$", re.I)


def _labelled_meta(head: _Head) -> list[str]:
    """``twitter:label1 = "Written by"`` with its ``twitter:data1`` (what many CMSs write)."""
    for i in range(1, 5):
        label = _first(head, f"twitter:label{i}")
        if label and _WRITTEN_BY.match(label.strip()):
            return _dedupe(_all(head, f"twitter:data{i}"))
    return []



def _site_name(head: _Head, objs: list[dict[str, Any]], art: dict[str, Any]) -> str | None:
    name = _first(head, "og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone")
    if name:
        return name
    publisher = _name_of(art.get("publisher"), people_only=False) if art else []
    if publisher:
        return clean_space(publisher[0]) or None
    for o in objs:
        if _types(o) & {"website", "newsmediaorganization", "organization"} and isinstance(o.get("name"), str):
            return clean_space(o["name"]) or None
    return None


def _canonical(head: _Head, art: dict[str, Any]) -> str | None:
    for cand in (head.canonical, _first(head, "og:url"), _str(art.get("url")) if art else None,
                 _str(art.get("mainEntityOfPage")) if art else None):
        if cand and cand.startswith(("http://", "https://")):
            return cand
    return None


def _language(tree: etree._Element, head: _Head, art: dict[str, Any]) -> str | None:
    for cand in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                 _first(head, "content-language", "og:locale", "language", "dc.language"),
                 _str(art.get("inLanguage")) if art else None):
        m = _LANG.match((cand or "").strip())
        if m:
            return m.group(1).lower()
    return None


_HOST = re.compile(r"^https?://(?:www\.)?([^/:?#]+)", re.I)
_BYLINE_SEP = re.compile(r"[,|–—]| - ")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|de|fr|es|it|co\.uk|info|ru|ua)\b", re.I)


def _host(url: str | None) -> str | None:
    m = _HOST.match(url or "")
    return m.group(1) if m else None


_COPYRIGHT_WORDS = re.compile(r"copyright|\(c\)|©|\b(?:19|20)\d\d\b|all rights reserved|alle rechte vorbehalten", re.I)


def _rights_holders(head: _Head, art: dict[str, Any]) -> list[str]:
    """Who the page says holds its copyright (a publishing house is no author): "Copyright (c) Example
    Media 2024" gives "Example Media"."""
    raw = _all(head, "copyright", "dc.rights", "dcterms.rights", "rights")
    if art:
        raw += _name_of(art.get("copyrightHolder"), people_only=False)
    holders = [clean_space(_COPYRIGHT_WORDS.sub(" ", r)).strip(" .,;") for r in raw]
    return [h for h in holders if len(h) >= 3]


def is_outlet_name(name: str, outlets: list[str | None]) -> bool:
    """Whether an author candidate names the publication itself ("Example Media (www.example.com)",
    "Example Times Staff" beside site name "Example Times"): a bare domain in it, or the site's name."""
    m = _DOMAIN.search(name)
    if m and not _BYLINE_SEP.search(name[:m.start()]):
        return True  # "Example Media (www.example.com)"; "Jane Doe, example.com" is a person and outlet
    key = norm_key(_BYLINE_SEP.split(name, maxsplit=1)[0])  # "Jane Doe, Example Times": the person comes first
    # "Example News | The city's popular news platform": a site name with a tagline names the outlet first.
    named = [o for outlet in outlets if outlet for o in (outlet, _TITLE_SEP.split(outlet, maxsplit=1)[0])]
    for outlet in named:
        other = norm_key(outlet or "")
        if len(other) >= 3 and len(key) >= 3 and (key == other or other in key):
            return True
    return False




def strip_site_suffix(title: str, site_name: str | None, headings: list[str]) -> str:
    """A <title>-like string without the " | Site" part (or "Site: " prefix).

    A segment equal to a page heading wins; otherwise segments that name the site are
    dropped; otherwise a short trailing segment after the last separator goes.
    """
    title = _cut_site_name(clean_space(title), site_name)
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    heads = {norm_key(h) for h in headings}
    for i in range(len(parts)):  # the longest run of segments that equals a heading
        for j in range(len(parts), i, -1):
            if j - i < len(parts) and norm_key(" ".join(parts[i:j])) in heads and not _logo_heading(parts, i, j):
                return _rejoin(title, parts[i], parts[j - 1])
    # The site's name printed as the page's heading (a logo h1) is a segment to drop.
    logos = {k for k in (0, len(parts) - 1) if norm_key(parts[k]) in heads and _logo_heading(parts, k, k + 1)}
    parts = [p for k, p in enumerate(parts) if k not in logos]
    site = norm_key(site_name or "")
    site_words = set(site.split())
    keep = [p for p in parts if not _names_site(norm_key(p), site, site_words)]
    if keep and len(keep) < len(parts):
        if len(keep) > 1 and _size(keep[-1]) <= 2 and _size(" ".join(keep[:-1])) >= 3:
            keep = keep[:-1]  # the section beside the site's name ("Headline - News - Site")
        return _rejoin(title, keep[0], keep[-1])
    if len(parts) > 1 and _size(parts[-1]) <= 4 and _size(" ".join(parts[:-1])) >= 3:
        parts = parts[:-1]  # a short trailing segment: the site
        if len(parts) > 1 and _size(parts[-1]) <= 2 and _size(" ".join(parts[:-1])) >= 3:
            parts = parts[:-1]  # and the section before it ("Headline - News - Site")
        return _rejoin(title, parts[0], parts[-1])
    return _rejoin(title, parts[0], parts[-1]) if logos and parts else title


def _logo_heading(parts: list[str], i: int, j: int) -> bool:
    """Whether the heading that equals segments i..j of a <title> is the site's name printed as a
    heading (a logo h1), shorter than the rest: the first segment ("Site - Headline" beside <h1>Site</h1>),
    or the last of three or more ("Headline_Section_Site"). The last of two is the page's own heading
    ("Artist – Song" beside <h1>Song</h1>)."""
    end = i == 0 or (j == len(parts) and len(parts) >= 3)
    return j - i == 1 and end and _size(parts[i]) < _size(" ".join(parts[:i] + parts[j:]))


def _size(text: str) -> int:
    """Words in ``text``, two CJK characters counting as one (those scripts put no spaces between words)."""
    cjk = len(_CASELESS_WORD.findall(text))
    return len(_CASELESS_WORD.sub("", text).split()) + (cjk + 1) // 2


# Punctuation that joins a site's name to a headline without spaces ("Headline:Site", "Site｜Headline");
# spaced joins are _TITLE_SEP's.
_SITE_JOINT = "|–—·•»«:/\\-_" + WIDE_SEPS


def _cut_site_name(title: str, site_name: str | None) -> str:
    """``title`` without the site's name where punctuation joins it at either end without spaces
    ("Headline:Site Diary", "Headline_Site"): common in Japanese and Chinese titles, and
    _TITLE_SEP cannot split there (a colon inside a headline is no separator)."""
    site = clean_space(site_name)
    if len(site) < 3 or len(title) < len(site) + 5:
        return title
    folded, low, n = title.casefold(), site.casefold(), len(site)
    if folded.endswith(low) and title[-n - 1] in _SITE_JOINT and " " not in title[-n - 2:-n]:
        return title[:-n].rstrip(_SITE_JOINT) or title
    if folded.startswith(low) and title[n] in _SITE_JOINT and " " not in title[n:n + 2]:
        return title[n:].lstrip(_SITE_JOINT) or title
    for left, right in _BRACKETS:  # "Headline (Example Times)", "【Example】Headline"
        if folded.endswith(left + low + right):
            return title[:-n - 2].rstrip() or title
        if folded.startswith(left + low + right):
            return title[n + 2:].lstrip() or title
    return title


_BRACKETS = (("(", ")"), ("[", "]"), ("【", "】"), ("「", "」"), ("（", "）"))


def _names_site(seg: str, site: str, site_words: set[str]) -> bool:
    if not seg:
        return True
    if site and (seg == site or seg.replace(" ", "") == site.replace(" ", "")):
        return True
    words = seg.split()
    return bool(site_words) and len(words) <= 4 and all(w in site_words or w in {"the", "com", "www"} for w in words)


def _rejoin(title: str, first: str, last: str) -> str:
    """The original text from the start of ``first`` to the end of ``last``."""
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip(" |–—-:·•»«") if start >= 0 and end > start else first


def pick_title(md: Metadata) -> str | None:
    """The headline: structured titles first, each without its site suffix; an h1 that one of them
    contains is the cleanest form."""
    return pick_title_and_source(md)[0]


# A kicker (topic label) before the headline in the same h1: "Kicker: Headline", "Kicker - Headline".
# Scripts written without spaces between words: one "word" there may be a whole headline.
_CASELESS_WORD = re.compile(f"[{CJK_CHARS}{THAI_LAO_CHARS}]")
_KICKER_SEP = re.compile(r"\s*(?::|\s[-–—|/]\s)\s*")


def pick_title_and_source(md: Metadata) -> tuple[str | None, str | None]:
    """``pick_title`` and where the title came from ("json-ld", "meta:og:title", "h1", "title-tag")."""
    cands = list(zip(md.title_candidates, md.title_sources or ["page"] * len(md.title_candidates), strict=False))
    agreed = _agreed_title(cands)
    if agreed:  # the article's JSON-LD headline and its og:title say the same: the publisher's title
        agreed = _without_site(agreed, md.site_name)
        return next((h for h in md.h1 if norm_key(h) == norm_key(agreed)), agreed), "json-ld"
    for h in md.h1:  # "Kicker: Headline" in the h1, "Headline" in the structured data
        for m in _KICKER_SEP.finditer(h):
            tail = norm_key(h[m.end():])
            hit = next((src for c, src in cands[:3] if len(tail.split()) >= 3 and tail == norm_key(c)), None)
            if hit:
                return h[m.end():], hit
    unkicked = _without_kicker(md.h1[:1], cands)
    if unkicked:
        return unkicked
    for cand, _ in cands:
        for h in md.h1:
            if len(h) >= 10 and norm_key(h) and norm_key(h) == norm_key(cand):
                return h, "h1"
    for cand, _ in cands:
        for h in md.h1:
            nh = norm_key(h)
            if len(nh) >= 10 and nh in norm_key(cand) and len(nh) >= 0.4 * len(norm_key(cand)):
                return h, "h1"
    for cand, _ in cands[:3]:  # the visible headline, worded a little differently
        words = set(norm_key(strip_site_suffix(cand, md.site_name, [])).split())
        for h in md.h1:
            hw = set(norm_key(h).split())
            if len(hw) >= 3 and len(words & hw) >= TITLE_H1_OVERLAP * len(words | hw):
                return h, "h1"
    if cands:
        title = strip_site_suffix(cands[0][0], md.site_name, md.h1)
        label = norm_key(title)
        if " " not in label and not _CASELESS_WORD.search(label):
            # One word ("Arbeit", "Politics") names the page's topic; an h1 that uses it is the headline.
            for h in md.h1:
                if len(norm_key(h).split()) >= 3 and label in norm_key(h).split():
                    return h, "h1"
        return title or None, cands[0][1]
    return (md.h1[0], "h1") if md.h1 else (None, None)


def _without_kicker(h1: list[str], cands: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The headline when the h1 opens with a topic label ("Olympic Games: …", "UK riots LIVE: …") that a
    structured title (JSON-LD, og:title…) leaves out, with its source.

    Two different labels before the same words ("Topic - Words", "Other topic: Words") give the words.
    A structured title that rewords the h1's rest (TITLE_H1_OVERLAP of their words shared) without the
    label is the headline as the publisher writes it without one: the label is page furniture."""
    structured = [(c, src) for c, src in cands if src != "title-tag"][:3]
    for h in h1:
        for m in _KICKER_SEP.finditer(h):
            kicker, tail = norm_key(h[:m.start()]).split(), h[m.end():]
            tail_words = set(norm_key(tail).split())
            if not 1 <= len(kicker) <= _KICKER_WORDS or len(tail_words) < 3:
                continue
            for cand, src in structured:
                norm_cand = norm_key(cand)
                if norm_cand in norm_key(h):
                    continue  # the h1 itself, or the h1 minus a label: the rules below handle those
                labels = [(norm_key(cand[:m2.start()]), norm_key(cand[m2.end():])) for m2 in _KICKER_SEP.finditer(cand)
                          if norm_key(cand[:m2.start()])]
                if any(not _other_label(" ".join(kicker), label) for label, _ in labels):
                    continue  # the same label, written another way ("HS Roundup" for "High School Roundup")
                if any(rest == norm_key(tail) for _, rest in labels):
                    return tail, src  # "Topic - Words" and "Other topic: Words"
                words = set(norm_cand.split())
                if (norm_cand.split()[:1] != kicker[:1] and " ".join(kicker) not in norm_cand
                        and len(words & tail_words) >= TITLE_H1_OVERLAP * len(words | tail_words)):
                    return cand, src
    return None


def _other_label(label: str, other: str) -> bool:
    """Two labels about different things: no content word (four letters or more) in common
    ("HS Roundup" and "High School Roundup" are one label; "Ski jumping | Insults" holds "Insults")."""
    content = {w for w in label.split() if len(w) > 3}
    return bool(label and other) and not content & set(other.split())


# A topic label before a headline is a few words ("Olympische Spiele", "Prince Harry and Meghan Markle LIVE").
_KICKER_WORDS = 6


def _without_site(title: str, site_name: str | None) -> str:
    """``title`` without segments that name the site ("Headline - Example Times")."""
    title = _cut_site_name(title, site_name)
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    site = norm_key(site_name or "")
    keep = [p for p in parts if not _names_site(norm_key(p), site, set(site.split()))]
    return _rejoin(title, keep[0], keep[-1]) if site and keep and len(keep) < len(parts) else title


def _agreed_title(cands: list[tuple[str, str]]) -> str | None:
    by_source = dict((src, c) for c, src in reversed(cands))
    ld, og = by_source.get("json-ld"), by_source.get("meta:og:title")
    return ld if ld and og and norm_key(ld) and norm_key(ld) == norm_key(og) else None
