"""The result record: what newsclean returns for one input, and its JSON form."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Removal:
    """One block dropped from the page, with the reason it was judged boilerplate."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class Article:
    """A cleaned article. ``to_dict()`` gives the documented JSON record."""

    source: str | None = None
    format: str = "text"
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    text: str = ""
    confidence: float = 0.0
    removed: list[Removal] = field(default_factory=list)
    # Where title, byline and date came from ("json-ld", "meta:og:title", "byline-line", "url"...),
    # shown with --explain so a user can see why a field has the value it has.
    field_sources: dict[str, str] = field(default_factory=dict)
    error: dict[str, str] | None = None
    # Removals that cost a second walk of the page (an HTML page's blocks outside the article, one
    # by one): computed only when asked for, by ``explained_removals()`` (--explain).
    deferred_removals: list[Callable[[], list[Removal]]] = field(default_factory=list, repr=False,
                                                                compare=False)

    def explained_removals(self) -> list[Removal]:
        """Every removal, the deferred ones included (computed once, then kept in ``removed``)."""
        while self.deferred_removals:
            self.removed.extend(self.deferred_removals.pop(0)())
        return self.removed

    @property
    def word_count(self) -> int:
        return len(_WORD.findall(self.text))

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The JSON record; ``explain`` adds the ``removed`` list and ``field_sources``."""
        record: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "byline": self.byline,
            "authors": list(self.authors),
            "date": self.date,
            "date_text": self.date_text,
            "site_name": self.site_name,
            "url": self.url,
            "language": self.language,
            "description": self.description,
            "text": self.text,
            "word_count": self.word_count,
            "confidence": round(float(self.confidence), 3),
            "error": self.error,
        }
        if explain:
            record["removed"] = [r.to_dict() for r in self.explained_removals()]
            if self.field_sources:
                record["field_sources"] = dict(self.field_sources)
        return record


def error_record(source: str | None, exc_type: str, message: str) -> dict[str, Any]:
    """The record written for an input that could not be read or cleaned."""
    return {"source": source, "error": {"type": exc_type, "message": message}}
