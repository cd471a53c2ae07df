"""The library entry point: ``clean()`` turns one page (bytes or text) into an ``Article``."""

from __future__ import annotations

from datetime import datetime

from .article import Article
from .reading import decode, sniff_format

INPUT_FORMATS = ("auto", "html", "text")


def clean(
    data: bytes | str,
    *,
    input_format: str = "auto",
    url: str | None = None,
    now: datetime | None = None,
    source: str | None = None,
) -> Article:
    """Clean one scraped page.

    ``data`` is the raw file content (bytes are decoded by BOM, declared charset, UTF-8 or a
    detector) or already-decoded text. ``input_format`` forces ``"html"`` or ``"text"``; by
    default it is sniffed. ``url`` is the page's address when known. ``now`` is the moment
    relative dates ("3 days ago") are resolved against; without it they stay unresolved.
    Raises ``newsclean.errors.NewscleanError`` for input that is empty or not text.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}")
    text = decode(data) if isinstance(data, (bytes, bytearray)) else data
    fmt = sniff_format(text) if input_format == "auto" else input_format
    if fmt == "html":
        from .html_extract import extract_html

        article = extract_html(text, url=url, now=now)
    else:
        from .text_extract import extract_text

        article = extract_text(text, now=now)
        if url and not article.url:
            article.url = url
    article.format = fmt
    article.source = source
    return article
