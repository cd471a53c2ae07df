"""Reading text that was damaged on its way: UTF-8 decoded as windows-1252 and saved again
("mojibake": "Ã©" for "é", "â€™" for "’") is repaired before cleaning; real text is left alone."""

from __future__ import annotations

import pytest

from conftest import CASES, SCRAPES
from newsclean import clean
from newsclean.reading import decode, repair_mojibake


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # (its five unused codes read as Latin-1's controls)


def _mangle(text: str) -> str:
    """What a tool that reads UTF-8 as windows-1252 writes back."""
    return "".join("".join(map(_cp1252, ch.encode("utf-8"))) if ord(ch) > 127 else ch for ch in text)


@pytest.mark.parametrize("name", CASES)
def test_a_mangled_sample_cleans_as_the_original(name: str):
    original = (SCRAPES / f"{name}.txt").read_text(encoding="utf-8")
    mangled = _mangle(original)
    assert mangled != original
    want, got = clean(original, input_format="text"), clean(mangled.encode("utf-8"), input_format="text")
    assert (got.title, got.byline, got.date, got.text) == (want.title, want.byline, want.date, want.text)


def test_spanish_dump_with_lost_continuation_bytes():
    """A renderer dropped the soft hyphen of "í" (0xC3 0xAD) and printed "à"'s no-break space as a space."""
    text = ("El tetracampeÃ³n eligiÃ³ los micrÃ³fonos. Ayer perdÃ completamente el respeto por Ã©l, "
            "dijo tras la carrera en la artillerÃa del paddock, Ã  la vez.")
    assert repair_mojibake(text) == ("El tetracampeón eligió los micrófonos. Ayer perdí completamente el "
                                     "respeto por él, dijo tras la carrera en la artillería del paddock, à la vez.")


@pytest.mark.parametrize("text", [
    "SÃO PAULO — O governo de SÃO PAULO anunciou NÃO às mudanças. Café, été, naïve.",
    "Ã± appears once in a name list, café and crème brûlée are real accents here.",
    "Prices: 5 € for a coffee, “quoted” words — and a dash… all real punctuation.",
])
def test_real_text_is_left_alone(text: str):
    assert repair_mojibake(text) == text
    assert decode(text.encode("utf-8")) == text


_HYPHENATED = ("Die Pa\u00adtien\u00adtin\u00adnen haben seit Januar eine elek\u00adtro\u00adnische "
               "Patien\u00adten\u00adakte, sagte die Ministerin am Mittwoch in Berlin.")


def test_soft_hyphens_and_zero_width_spaces_leave_words_whole():
    """Hyphenation hints and zero-width marks show nothing on the page: the output gives the word whole,
    for decoded text, for bytes, and for an HTML page that writes them as entities."""
    whole = "Die Patientinnen haben seit Januar eine elektronische Patientenakte"
    assert whole in decode((_HYPHENATED + "\u200b\u2060").encode("utf-8"))
    page = ("<html><head><title>Akte</title></head><body><article><h1>Akte</h1>"
            + "".join(f"<p>{_HYPHENATED.replace(chr(0xad), '&shy;')} Satz {i}.</p>" for i in range(6))
            + "</article></body></html>")
    html_text = clean(page, input_format="html").text
    assert whole in html_text and "\u00ad" not in html_text
    text = "\n\n".join(f"{_HYPHENATED} Absatz {i} mit weiteren Worten dazu." for i in range(6))
    assert whole in clean(text, input_format="text").text


def test_joiners_that_shape_words_are_kept():
    """The zero-width non-joiner is part of Persian spelling; it is not a hidden mark to drop."""
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 " * 3
    assert "\u200c" in decode(persian.encode("utf-8"))
