"""The one boilerplate lexicon, shared by the HTML and plain-text paths.

Each ``Kind`` names a reason (what ``--explain`` shows) and describes how that kind of page
furniture is recognised: ``phrases`` are regular expressions matched against a whole block of
text (a line in a text dump, a block element in HTML), in several languages; ``attrs`` are
tokens found in HTML ``class``/``id`` values of containers of that kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    reason: str
    phrases: tuple[str, ...] = ()
    attrs: tuple[str, ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind(
        "comment-form",
        phrases=(
            r"leave a (reply|comment)",
            r"this site uses akismet to reduce spam.*",
        ),
        attrs=("comment", "comments", "respond", "disqus"),
    ),
    Kind(
        "share-widget",
        phrases=(r"share|save|tweet|email|print", r"share this (post|article|story)\s*:?"),
        attrs=("share", "sharing", "social"),
    ),
)


def _compile(kinds: tuple[Kind, ...]) -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(r"^\W*(?:" + "|".join(k.phrases) + r")\W*$", re.I | re.S), k.reason)
        for k in kinds
        if k.phrases
    ]


_PHRASES = _compile(KINDS)


def phrase_reason(text: str) -> str | None:
    """The reason a whole block of text is boilerplate by the lexicon, or None."""
    t = text.strip()
    if not t or len(t) > 400:
        return None
    for pattern, reason in _PHRASES:
        if pattern.match(t):
            return reason
    return None
