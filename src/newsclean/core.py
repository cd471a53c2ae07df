"""The library entry point: ``clean()`` turns one page (bytes or text) into an ``Article``."""

from __future__ import annotations

import functools
from datetime import datetime

from .article import Article
from .errors import TooDeepError
from .reading import decode, prepare_text, sniff_format

INPUT_FORMATS = ("auto", "html", "text")


def clean(
    data: bytes | str,
    *,
    input_format: str = "auto",
    url: str | None = None,
    now: datetime | None = None,
    source: str | None = None,
    charset_hint: str | None = None,
) -> Article:
    """Clean one scraped page.

    ``data`` is the raw file content (bytes are decoded by BOM, declared charset, UTF-8 or a
    detector) or already-decoded text. ``input_format`` forces ``"html"`` or ``"text"``; by
    default it is sniffed. ``url`` is the page's address when known. ``now`` is the moment
    relative dates ("3 days ago") are resolved against; without it they stay unresolved.
    ``charset_hint`` is the charset from an HTTP Content-Type header (WARC input), used when the
    bytes neither declare their encoding nor are UTF-8.
    Raises ``newsclean.errors.NewscleanError`` for input that is empty, not text, or nested too
    deeply to parse.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}")
    text = decode(bytes(data), charset_hint) if isinstance(data, (bytes, bytearray)) else prepare_text(data)
    fmt = sniff_format(text) if input_format == "auto" else input_format
    try:
        article = _extract(text, fmt, url, now)
    except RecursionError:
        # Pathological nesting (a page of 100,000 nested <div>s) must be one input's error.
        raise TooDeepError("markup nested too deeply to parse") from None
    article.format = fmt
    article.source = source
    return article


def _extract(text: str, fmt: str, url: str | None, now: datetime | None) -> Article:
    if fmt == "html":
        _quiet_readability()
        from .html_extract import extract_html

        return extract_html(text, url=url, now=now)
    from .text_extract import extract_text

    article = extract_text(text, now=now)
    if url and not article.url:
        article.url = url
    return article


@functools.cache
def _quiet_readability() -> None:
    """readability logs through a logger with no handler; without one, logging's last-resort handler
    would print its chatter to stderr, where each failed file must have exactly one line.
    (Set up only on the HTML path: a text input does not import logging at all.)"""
    import logging

    logging.getLogger("readability").addHandler(logging.NullHandler())
