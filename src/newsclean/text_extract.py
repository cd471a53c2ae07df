"""Plain-text extraction: a page dumped to text, cleaned of page furniture."""

from __future__ import annotations

import re
from datetime import datetime

from .article import Article, Removal
from .lexicon import phrase_reason

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_line(line: str) -> str:
    return _WS.sub(" ", line).strip()


def extract_text(text: str, *, now: datetime | None = None) -> Article:
    """Clean a plain-text scrape (first version: lexicon filtering of blank-line blocks)."""
    lines = [normalise_line(x) for x in text.splitlines()]
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if not line:
            continue
        reason = phrase_reason(line)
        if reason:
            removed.append(Removal(line, reason))
        else:
            kept.append(line)
    title = kept[0] if kept else None
    body = [p for p in kept[1:] if len(p.split()) >= 8]
    return Article(title=title, text="\n\n".join(body), removed=removed)
