"""Bylines of plain-text dumps that sign for a desk or an agency instead of people ("Von DPA", "BWW News
Desk", "IN-Redaktion"), names left under a line that closes on a by-word (a converter that prints inline
elements on lines of their own), a "<date> by <name>" line away from the headline, and the features
that tell a name card from a menu (the author box at the article's end, the date below the name)."""

from __future__ import annotations

from conftest import NAV, PARAS
from newsclean import text_byline, text_fields, text_signoff
from newsclean.authors import desk_byline
from newsclean.text_extract import article_lines, extract_text

HEAD = "Council approves new budget after long debate"


def _authors(*byline: str) -> list[str]:
    return extract_text("\n".join([*NAV, HEAD, *byline, *PARAS, "Privacy policy"])).authors


def _features(lines_text: list[str], title_at: int) -> dict[str, dict[str, float]]:
    """The features of each byline candidate, by its byline (the first candidate of each)."""
    lines, start, end = article_lines("\n".join(lines_text))
    page = text_fields.page_context(lines, start, end)
    out: dict[str, dict[str, float]] = {}
    for c in text_byline.byline_candidates(page, title_at):
        if c[1] and c[1] not in out:
            out[c[1]] = dict(zip(text_byline.BYLINE_FEATURES, c[3], strict=True))
    return out


def test_desk_byline_names_outlets_desks_and_agencies():
    assert desk_byline("Von DPA") == "DPA"
    assert desk_byline("By Reuters") == "Reuters"
    assert desk_byline("By Euronews with Agencies") == "Euronews"
    assert desk_byline("ZDNet Japan Staff 2019年04月28日 08時00分") == "ZDNet Japan Staff"
    assert desk_byline("by BWW News Desk Oct. 13, 2016") == "BWW News Desk"
    assert desk_byline("IN-Redaktion") == "IN-Redaktion"
    assert desk_byline("BR24 Redaktion") == "BR24 Redaktion"


def test_desk_byline_is_no_person_menu_or_masthead():
    for text in ("Von Ana Ruiz", "BBC News", "Staff Picks", "Redaktion", "Politik", "Gear Team",
                 "Associated Press April 28, 2023 GMT"):
        assert desk_byline(text) is None, text


def test_a_desk_or_agency_signs_the_article():
    assert _authors("Von DPA", "Stand: 28.04.2023") == ["DPA"]
    assert _authors("By Euronews with Agencies", "Published on 30/04/2024 - 08:12") == ["Euronews"]
    features = _features([*NAV, HEAD, "IN-Redaktion", "16. April 2025", *PARAS], len(NAV))
    assert features["IN-Redaktion"]["desk"] == 1.0


def test_names_under_a_line_closing_on_a_by_word():
    """bs4 joins an inline " by" to the line above it and prints the name on a line of its own."""
    features = _features([*NAV, HEAD, "December 19, 2016 by", "Maggie Winterfeldt", *PARAS], len(NAV))
    assert features["Maggie Winterfeldt"]["by_line_before"] == 1.0
    assert _authors("December 19, 2016 by", "Maggie Winterfeldt") == ["Maggie Winterfeldt"]


def test_a_name_under_a_credit_by_word_is_no_author_by_line():
    features = _features([*NAV, HEAD, "Ysabel Yates Illustration by", "Claire Lordon", *PARAS], len(NAV))
    assert features.get("Claire Lordon", {}).get("by_line_before", 0.0) == 0.0


def test_a_dated_by_line_away_from_the_headline():
    """"<date> by <name>" names its writer even far from the headline (a spec table between); two
    dates run together (updated, published) still close on a date."""
    filler = [f"Related story number {n} about something else" for n in range(10)]
    lines_text = [*NAV, HEAD, *filler, "December 10, 2021April 9, 2019 by Luke Koppa", *PARAS]
    features = _features(lines_text, len(NAV))
    assert "Luke Koppa" in features
    assert text_byline._dated("January 17, 2017 at 6:08 PM ET")
    assert not text_byline._dated("Posted on 12 May 2020 in News and Politics")


def test_the_author_box_copy_does_not_make_the_name_a_menu_line():
    """A name card's name that comes back in the author box under the article is no repeated menu line;
    the same name in a list above the headline is."""
    box = ["Ryan Devereaux", "Ryan Devereaux is a senior reporter."]
    card = [HEAD, "Ryan Devereaux", "April 28, 2023, 3:54 p.m."]
    assert _features([*NAV, *card, *PARAS, *box], len(NAV))["Ryan Devereaux"]["repeated"] == 0.0
    menu = ["Authors", "Ryan Devereaux", "Ana Ruiz", "Tom Lee"]
    assert _features([*NAV, *menu, *card, *PARAS], len(NAV) + len(menu))["Ryan Devereaux"]["repeated"] == 1.0


def test_a_date_or_label_below_the_name_card():
    features = _features([*NAV, HEAD, "Martin Gramnæs", "Martin", "Gramnæs", "Publisert",
                          "06.01.2026 - 17:29", *PARAS], len(NAV))
    assert features["Martin Gramnæs"]["date_below"] == 1.0
    features = _features([*NAV, HEAD, "Genre:", "Electronic", "Label:", "Sacred Bones", *PARAS], len(NAV))
    assert features.get("Sacred Bones", {"label_above": 1.0})["label_above"] == 1.0


def test_a_sign_off_closing_the_article():
    """Austrian and German papers sign the last paragraph: "(Ana Ruiz aus Berlin, Tom Lee, 3.5.2024)",
    or run the desk onto the last sentence ("… gut für das Volk ist.“IN-Redaktion")."""
    last = "The motion will be debated in the autumn, and the parties have already signalled their support for it."
    for sign, names in [(" (Birgit Baumann aus Berlin, Anna Giulia Fink, 3.5.2024)", ["Birgit Baumann", "Anna Giulia Fink"]),
                        ("“IN-Redaktion", ["IN-Redaktion"])]:
        lines, start, end = article_lines("\n".join([*NAV, HEAD, *PARAS, last + sign, "Privacy policy"]))
        page = text_fields.page_context(lines, start, end)
        signed = text_signoff.sign_off(page)
        assert signed is not None and signed[2] == names, sign
        cands = text_byline.byline_candidates(page, len(NAV))
        at = text_byline.BYLINE_FEATURES.index("sign_off")
        assert [c[2] for c in cands if c[3][at] == 1.0] == [names]
    lines, start, end = article_lines("\n".join([*NAV, HEAD, *PARAS, last + " (Quelle: Example Social)"]))
    assert text_signoff.sign_off(text_fields.page_context(lines, start, end)) is None


def test_a_column_of_names_is_read_from_its_top():
    """bs4 prints each author's link on a line of its own; whichever of the column's names scores
    highest, the byline holds them all, from the first."""
    lines, start, end = article_lines("\n".join([*NAV, HEAD, "Birgit Baumann", "Anna Giulia Fink",
                                                 "Jan Michael Marchart 3. Mai 2024, 17:27", *PARAS]))
    page = text_fields.page_context(lines, start, end)
    cands = text_byline.byline_candidates(page, len(NAV))
    k = next(n for n, c in enumerate(cands) if c[1] == "Anna Giulia Fink")
    assert text_byline.with_neighbours(page, cands, k)[2] == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]
