"""HTML extraction: main content, cleaned of page furniture, and its metadata."""

from __future__ import annotations

from datetime import datetime

from .article import Article
from .text_extract import normalise_line


def extract_html(html: str, *, url: str | None = None, now: datetime | None = None) -> Article:
    """Clean an HTML page (first version: readability-lxml's summary)."""
    from lxml import html as lhtml
    from readability import Document

    doc = Document(html)
    summary = lhtml.fromstring(doc.summary(html_partial=True))
    paras = [normalise_line(el.text_content()) for el in summary.iter("p", "h2", "h3", "li", "blockquote")]
    text = "\n\n".join(p for p in paras if p)
    return Article(title=doc.short_title() or None, text=text, url=url)
