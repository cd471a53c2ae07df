"""Lazily compiled expressions answer exactly as compiled ones, and compile only when needed."""

from __future__ import annotations

import re
from typing import Any

from newsclean.lazy_regex import lazy_compile
from newsclean.textutil import CJK_CHARS

TEXTS = ["", "plain ascii", "Café – “quoted”", "東京で 3時間前", "한국어 기사", "mixed 東 text", "\n", "ＡＢＣ",
         "\u1100\u1161 jamo", "שלום", "שלום עולם", "עולם\n", "Текст – “так”"]


def _answers(rx: Any, text: str) -> tuple[object, ...]:
    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return None if m is None else m.span()

    return (span(rx.match(text)), span(rx.search(text)), span(rx.fullmatch(text)),
            rx.findall(text), [m.span() for m in rx.finditer(text)],
            span(rx.search(text, 2, 5)), rx.sub("#", text), rx.split(text))


def test_same_answers_as_re_compile() -> None:
    cases = (
        (f"[{CJK_CHARS}]", 0, CJK_CHARS[0], None),
        (f"^[\u0590-\u08ff{CJK_CHARS}]+$", 0, CJK_CHARS[0], "^[\u0590-\u08ff]+$"),
        (r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff]", 0, "\u2e80", r"[\u1100-\u115f]"),
        (r"(\w+) (\w+)", re.I, "", None),
    )
    for pattern, flags, below, cheap in cases:
        for text in TEXTS:
            lazy = lazy_compile(pattern, flags, below=below, cheap=cheap)
            assert _answers(lazy, text) == _answers(re.compile(pattern, flags), text), (pattern, text)


def test_compiles_on_first_use_only() -> None:
    lazy = lazy_compile(r"\bbook\w*", re.I)
    assert lazy._compiled is None
    assert lazy.search("Bookmark this") is not None
    assert lazy._compiled is not None
    # After compiling, calls go straight to the compiled pattern's methods.
    assert lazy.search == lazy._compiled.search


def test_below_answers_lower_texts_without_compiling() -> None:
    lazy = lazy_compile(f"[{CJK_CHARS}]", below=CJK_CHARS[0])
    assert lazy.findall("Café – “quoted” text") == []
    assert lazy.search("plain") is None
    assert lazy._compiled is None
    assert lazy.findall("東京") == ["東", "京"]
    assert lazy._compiled is not None
    # Below the far scripts, the small expression answers; the whole one is not compiled.
    wide = lazy_compile(r"[\u1100-\u115f\u2e80-\u303e]", below="\u2e80", cheap=r"[\u1100-\u115f]")
    assert wide.findall("“\u1100” – x") == ["\u1100"]
    assert wide._compiled is None
