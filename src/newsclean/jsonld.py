"""A page's structured data, read one way for every caller: JSON-LD objects and meta-tag keys.

``metadata`` (title, authors, site name) and ``html_dates`` (the publication date) both ask which
JSON-LD objects a page holds, which of them is the page's own, and what a ``<meta>`` element's key is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

# Script wrappers some sites leave around their JSON ("<!-- … -->", "//<![CDATA[ … //]]>").
_JSON_COMMENT = re.compile(r"^\s*(?:<!--|//<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\]\]>|\]\]>)\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Keys under which an object nests the objects it is about or made of.
_NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart")
_MAX_NESTING = 6


def types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` names of a JSON-LD object."""
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def walk(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON-LD document that has a @type (lists, @graph, mainEntity included)."""
    if depth > _MAX_NESTING:
        return
    if isinstance(data, list):
        for item in data:
            yield from walk(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in _NESTING_KEYS:
            if isinstance(data.get(key), (list, dict)):
                yield from walk(data[key], depth + 1)


def parse_jsonld(scripts: list[str]) -> list[dict[str, Any]]:
    """All typed JSON-LD objects from the text of ``ld+json`` scripts; broken JSON is skipped."""
    found: list[dict[str, Any]] = []
    for raw in scripts:
        raw = _JSON_COMMENT.sub("", raw.strip())
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:  # Sites paste control characters and trailing semicolons into their JSON.
                data = json.loads(_CONTROL.sub(" ", raw).rstrip(";"), strict=False)
            except ValueError:
                continue
        found.extend(walk(data))
    return found


def is_jsonld_script(el: etree._Element) -> bool:
    """Whether a ``<script>`` element holds JSON-LD."""
    return "ld+json" in (el.get("type") or "").lower() and bool(el.text)


def page_jsonld(tree: etree._Element) -> list[dict[str, Any]]:
    """All typed JSON-LD objects of a parsed page."""
    return parse_jsonld([el.text for el in tree.iter("script") if is_jsonld_script(el)])


def _norm_url(u: str) -> str:
    return u.split("#")[0].split("?")[0].rstrip("/").split("://")[-1].removeprefix("www.").lower()


def is_own_object(obj: dict[str, Any], url: str) -> bool:
    """Whether a JSON-LD object describes the page at ``url`` (by its url, @id or mainEntityOfPage)
    rather than another page it lists (teasers, breadcrumbs)."""
    target = _norm_url(url)
    for ref in (obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")):
        if isinstance(ref, list):
            ref = ref[0] if ref else None
        if isinstance(ref, dict):
            ref = ref.get("@id") or ref.get("url")
        if isinstance(ref, str) and ref and _norm_url(ref) == target:
            return True
    return False


def meta_key(el: etree._Element) -> str:
    """A ``<meta>`` element's key: its property, name, itemprop or http-equiv, lower-cased."""
    return (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
