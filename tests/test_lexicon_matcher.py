"""The lexicon's optimised matcher gives the same kind as a plain ordered matcher, on real lines."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from lxml import html as lhtml

from conftest import PageSet
from newsclean import lexicon
from newsclean.lexicon import KINDS, phrase_reason

REPO = Path(__file__).resolve().parents[1]

_PLAIN = [(k.reason, [re.compile(r"[\W_]*(?:" + p + r")[\W_]*", re.I | re.S) for p in k.phrases]) for k in KINDS]


def plain_reason(text: str) -> str | None:
    """The documented rule, tested phrase by phrase: the first kind (in lexicon order) with a phrase
    matching the whole block, punctuation around it aside; blocks over the length limit never match."""
    t = text.strip()
    if not t or len(t) > lexicon.settings.LEXICON_MAX_BLOCK:
        return None
    for reason, phrases in _PLAIN:
        if any(rx.fullmatch(t) for rx in phrases):
            return reason
    return None


def _repo_lines() -> set[str]:
    lines: set[str] = set()
    for path in sorted((REPO / "samples" / "scrapes").glob("*.txt")):
        lines.update(path.read_text(encoding="utf-8").splitlines())
    for path in sorted((REPO / "samples" / "expected").glob("*.json")):
        lines.update(str(v) for v in json.loads(path.read_text(encoding="utf-8")).values())
    for path in sorted((REPO / "tests" / "data").rglob("*")):
        if path.suffix in (".html", ".htm"):
            root = lhtml.fromstring(path.read_bytes())
            lines.update(el.text_content() for el in root.iter() if isinstance(el.tag, str))
        elif path.suffix == ".txt":
            lines.update(path.read_text(encoding="utf-8", errors="replace").splitlines())
    # Every kind's example lines, and lines built to catch precedence mistakes: an earlier kind's
    # "anything, then X" phrase against a later kind's anchored one, leading punctuation.
    lines.update(e for k in KINDS for e in k.examples)
    lines.update({
        "This website uses cookies to improve your experience. Accept",
        "We use cookies to personalise content. Privacy settings",
        "© Copyright 2021 Example Media Group. All rights reserved.",
        "© Jane Example / Example Agency",
        "| © 2019 Example News |",
        "Sign up for our newsletter and read more stories like this",
    })
    return {x.strip() for x in lines if x.strip()}


def _disagreements(lines: set[str]) -> list[tuple[str, str | None, str | None]]:
    return [(t, phrase_reason(t), plain_reason(t)) for t in sorted(lines) if phrase_reason(t) != plain_reason(t)]


def test_matcher_agrees_with_plain_order_on_repo_lines() -> None:
    lines = _repo_lines()
    assert len(lines) > 500
    assert _disagreements(lines) == []


def test_matcher_agrees_with_plain_order_on_dump_lines(page_set: PageSet) -> None:
    """Every line of each page set's dumps (the in-repo set always; ../shared's dev set beside it)."""
    lines = {x.strip() for sub in ("text_inscriptis", "text_bs4") for p in page_set.files(sub)
             for x in p.read_text(encoding="utf-8").splitlines() if x.strip()}
    assert len(lines) > 300
    assert _disagreements(lines) == []


def test_precedence_is_lexicon_order() -> None:
    # A cookie banner's sentence is a cookie notice, though "this website uses …" opens it.
    assert phrase_reason("This website uses cookies to improve your experience.") == "cookie-notice"
    # A copyright footer is site furniture, a copyright credit under a picture a caption.
    assert phrase_reason("© Copyright 2021 Example Media Group") == "site-furniture"
    assert phrase_reason("© Jane Example") == "caption"


def test_every_kind_has_examples_that_match_it() -> None:
    for kind in KINDS:
        assert kind.examples, kind.reason
        assert [e for e in kind.examples if phrase_reason(e) != kind.reason] == [], kind.reason


def test_a_fully_compiled_matcher_gives_the_same_answers() -> None:
    """compile_all (a warm-up) compiles every group up front and changes no answer."""
    from newsclean.phrase_matcher import PhraseMatcher

    warm = PhraseMatcher([(k.reason, k.phrases) for k in KINDS], max_block=lexicon.settings.LEXICON_MAX_BLOCK,
                         short_block=lexicon.settings.LEXICON_SHORT_BLOCK)
    warm.compile_all()
    assert len(warm.anchored) == len(warm.anchored.groups)  # every group with phrases is compiled
    lines = _repo_lines()
    assert [warm.match_reason(t) for t in sorted(lines)] == [phrase_reason(t) for t in sorted(lines)]


def test_import_does_not_compile_the_lexicon() -> None:
    code = "import newsclean.lexicon as L; assert L._MATCHER is None; L.phrase_reason('Share'); " \
           "assert L._MATCHER is not None"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_open_phrase_gate_words_come_from_literal_openings_of_a_required_group():
    """A required group whose alternatives open with plain text gives those openings as gate words
    ("commission", "share of ") rather than a group of common words ("get", "make")."""
    from newsclean.phrase_matcher import _keywords

    core = r"\b(we|the site) (may )?(earn|get|make)s? (a )?(commission|share of (the )?(sales|revenue)|compensation)\b"
    assert _keywords(core) == {"commission", "share of ", "compensation"}
    assert _keywords(r"\b(fees?|charges) apply\b") == {"apply"}
    assert _keywords(r"(ab|cd)e?") is None
