"""Byline and date of dumps made by text browsers (lynx, w3m) and Markdown converters (html2text): what
they print that the other converters do not (a picture's alt text, links and buttons run onto the
byline's line, inline elements glued together) must not cost the page its byline or its date."""

from __future__ import annotations

from conftest import MARKET_HALL, NAV
from newsclean.text_extract import extract_text

HEAD = "Old market hall to close for a year of repairs after cracks found in roof beams"


def _page(*top: str, alt_copy: bool = False) -> list[str]:
    """A page: menu, headline, the lines under it, the article (a text browser prints the picture's alt
    text, here the headline again, after the first paragraph)."""
    return [*NAV, HEAD, *top, MARKET_HALL[0], *([HEAD] if alt_copy else []), *MARKET_HALL[1:], "Privacy policy"]


def test_the_headline_repeated_by_a_pictures_alt_text_does_not_move_the_byline_window():
    """The byline and date stand under the headline; the alt text's copy after the first paragraph is
    not where they are looked for."""
    top = ("Ana Ruiz / EXAMPLE.COM / Sep 2, 2024, 17:07 IST", "Share", "AA", "Small", "Medium", "Large", "Follow us")
    for alt in (False, True):
        art = extract_text("\n".join(_page(*top, alt_copy=alt)))
        assert art.authors == ["Ana Ruiz"]
        assert art.date is not None and art.date.startswith("2024-09-02")
