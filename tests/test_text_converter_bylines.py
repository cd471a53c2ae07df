"""Bylines as the converters not tuned on print them (lynx, w3m, html2text): a picture's alt text above
the name card, a picture's placeholder before the name, a name run into its date, a desk's by-tail on
the headline's line, a sign-off on its own line, an icon's name glued onto the name. The lines are
those of the dev pages' dumps (rendered by ``benchmarks/bench_converters.py render``), put on a page
of their own."""

from __future__ import annotations

from conftest import MARKET_HALL, NAV
from newsclean.text_extract import extract_text
from newsclean.text_lines import read_lines

HEAD = "Old market hall to close for a year of repairs after cracks found in roof beams"


def _page(*top: str) -> str:
    """A page: menu, headline, the lines under it, the article."""
    return "\n".join([*NAV, HEAD, *top, *MARKET_HALL, "Privacy policy"])


def test_a_prefixed_byline_under_the_pictures_alt_text_is_not_a_columns_second_name():
    """lynx prints the author picture's alt text above the prefixed byline ("Autorenprofilbild von …"):
    the byline is the prefixed line's name, not the alt text read as the top of a column of names."""
    art = extract_text(_page("Autorenprofilbild von Ulrich Exner", "Von Ulrich ExnerKorrespondent",
                             "Stand: 10:49 UhrLesedauer: 5 Minuten"))
    assert art.authors == ["Ulrich Exner"]


def test_a_desk_signing_after_a_by_word_on_the_headlines_line():
    """lynx and w3m join the headline, a tracking picture's alt text and the byline into one line: the
    desk after the by-word signs the article."""
    text = "\n".join([*NAV, HEAD + " pixeltracker by BWW News Desk", "BroadwayWorld.com", "Oct. 13, 2016",
                      *MARKET_HALL, "Privacy policy"])
    art = extract_text(text)
    assert art.authors == ["BWW News Desk"]
    assert art.date == "2016-10-13"


def test_a_name_run_into_its_date_after_a_pictures_placeholder():
    """lynx and w3m print the author picture's placeholder ("[1]") and run the name into the date."""
    art = extract_text(_page("[1] 谢若含2017-03-01 14:27:02", "74"))
    assert art.authors == ["谢若含"]
    assert art.date is not None and art.date.startswith("2017-03-01")


def test_a_name_after_a_pictures_named_placeholder():
    """An author picture's mark that names its file, longer than a link's number (a made-up line in the
    shape lynx and w3m print, "[name-of-the-file] Name"), is read past as "[1]" is: the image marks'
    bracketed name (textutil.IMAGE_NAME_MARK) that the title search also reads past."""
    art = extract_text(_page("[autorenfoto-ulrich-exner] 谢若含2017-03-01 14:27:02", "74"))
    assert art.authors == ["谢若含"]


def test_a_desk_signing_on_a_line_of_its_own_under_the_last_paragraph():
    """html2text prints the sign-off set apart (its emphasis marks gone) under the article's last
    paragraph, where inscriptis runs it onto the paragraph: both sign the article."""
    last = MARKET_HALL[-1]
    for tail in ([last + "IN-Redaktion"], [last, "", "IN-Redaktion"]):
        text = "\n".join([*NAV, HEAD, *MARKET_HALL[:-1], *tail, "",
                          "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende."])
        assert extract_text(text).authors == ["IN-Redaktion"], tail


def test_an_arrow_icons_name_glued_onto_the_name():
    """html2text prints the author link's arrow icon by its name, glued onto the name."""
    art = extract_text(_page("Amanda Hällstenchevron-right", "Uppdaterad 15.59 | Publicerad 14.14"))
    assert art.authors == ["Amanda Hällsten"]


def test_a_storys_topic_links_under_their_label_are_no_byline():
    """inscriptis and w3m print the story's topics one a line under "Related Topics", each closed by a
    comma: they are no byline (nor a column of authors); the name card, printed twice, is."""
    card = ["Amy Gibbons Political Correspondent", "16 September 2024 9:33pm"]
    text = "\n".join([*NAV, "Starmer defiant over taking gifts from Lord Alli",
                      "PM suggests he will continue to accept donations from peer and prominent party donor who was "
                      "given pass to access Downing Street", *card, "Related Topics", "Keir Starmer,", "Labour Party,",
                      "Conservative Party,", "David Lammy", "16 September 2024 9:33pm",
                      "Lady Starmer wears a £450 Needle & Thread dress to disembark from a plane in Washington DC "
                      "Stefan Rousseau/via Reuters", *card, *MARKET_HALL, "Privacy policy"])
    assert extract_text(text).authors == ["Amy Gibbons"]


def test_an_update_label_and_its_date_run_onto_a_caption():
    """html2text runs the picture's caption, its credit, the name card's name and its update line into
    one long line (tests/data/text_html2text/elmundo-update.txt): the update's date is still the page's
    date; a publication label alone does not read it."""
    from pathlib import Path

    from newsclean import text_date

    dump = (Path(__file__).parent / "data" / "text_html2text" / "elmundo-update.txt").read_text(encoding="utf-8")
    art = extract_text(dump)
    assert art.date is not None and art.date.startswith("2024-12-02")
    line = "Verstappen y Russell, durante la primera vuelta del GP de Qatar.AFPMiguel A. Herguedas Actualizado Lunes"
    assert text_date._labelled_date(line + ", 2 diciembre 2024 - 02:24", None) is None
    found = text_date._labelled_date(line + ", 2 diciembre 2024 - 02:24", None, updates=True)
    assert found is not None and (found[0].date or "").startswith("2024-12-02")
    assert found[1] is False  # (an update's label, not a publication's)


def test_a_japanese_author_label_opens_the_byline():
    """Japanese and Chinese sites label the author ("投稿者", "著者：", "作者："): the name after the label
    is the byline, and the publication label before the date ("公開日") is no name."""
    from newsclean.authors import has_byline_prefix

    assert all(map(has_byline_prefix, ("投稿者 Masafumi Negishi", "著者：後藤大地", "作者： Diogo Carleto")))
    art = extract_text(_page("公開日 2019年2月13日", "投稿者 Masafumi Negishi"))
    assert art.authors == ["Masafumi Negishi"]
    assert art.date == "2019-02-13"


def test_a_specification_lists_labels_are_no_names():
    """A review's specifications under the byline ("Available Lengths: 178, 186 cm"): the labels before
    the colons name nobody, even under the line taken for the headline; the byline above does. A byline
    with a labelled date keeps its names."""
    from newsclean import text_byline, text_fields
    from newsclean.text_extract import article_lines

    specs = ["Ski: 2021-2022 Line Outline, 186 cm", "Available Lengths: 178, 186 cm",
             "Blister’s Measured Tip-to-Tail Length: 184.1 cm", "Stated Weight per Ski: 2030 grams",
             "Stated Dimensions: 150-117-142 mm"]
    text = "\n".join([*NAV, "2021-2022 Line Outline", "December 10, 2021April 9, 2019 by Luke Koppa", *specs,
                      *MARKET_HALL, "Privacy policy"])
    lines, start, end = article_lines(text)
    page = text_fields.page_context(lines, start, end)
    head = next(i for i, ln in enumerate(lines) if ln.text == specs[0])
    names = [c[2] for c in text_byline.byline_candidates(page, head)[1:]]
    assert ["Luke Koppa"] in names
    assert not any(n[0].startswith(("Available", "Stated")) for n in names), names
    assert extract_text(_page("Saibal Dasgupta | TNN | Updated: Oct 14, 2016, 11:31 IST")).authors == ["Saibal Dasgupta"]


def test_a_writer_under_a_lone_by_word_below_the_pictures_credit():
    """BeautifulSoup prints the picture's caption and credit, the share button, the dateline and a lone
    "By" over the writer's name: the credit names the photographer, the name under "By" the writer."""
    art = extract_text(_page("It's been a rough few months for Elon Musk's SpaceX.",
                             "BRUCE WEAVER / AFP - Getty Images", "Link copied", "Dec. 13, 2016, 12:31 PM UTC", "/",
                             "Updated Dec. 13, 2016, 6:06 PM UTC", "By", "Alyssa Newcomb"))
    assert art.authors == ["Alyssa Newcomb"]


def test_a_name_over_its_dateline_above_the_headline_outranks_the_pictures_credit():
    """The name card above the headline ("Alex Shephard /" over the date) and the picture's credit under
    it ("Spencer Platt/Getty"): the credit names the photographer, the name over the dateline the writer."""
    dump = "\n".join([*NAV, "The Daily Ledger", "Alex Shephard /", "November 28, 2016", HEAD,
                      "Spencer Platt/Getty", *MARKET_HALL, "Privacy policy"])
    art = extract_text(dump)
    assert art.authors == ["Alex Shephard"]
    assert art.title == HEAD


def test_the_items_of_a_topic_list_under_its_label_are_no_byline():
    """inscriptis, html2text, lynx and w3m print a story's topics as a marked list under its label above
    the headline ("Related topics" / "* Mexico" / "* Latin America"): an item shaped like a name is a tag,
    not the author; with no byline on the page, none is given."""
    text = "\n".join([*NAV, "Related topics", "* Mexico", "* Mexico City", "* Latin America", "",
                      "Mexico’s economy grew 1.1% in 1st quarter, 3.8% year on year", "", "April 28, 2023 GMT",
                      *MARKET_HALL, "Privacy policy"])
    art = extract_text(text)
    assert "Latin America" not in art.authors and "Mexico City" not in art.authors


def test_a_furniture_label_is_no_name():
    """bs4 prints the topic list's label on a line of its own right under the name card (the page this
    comes from, fundus/TheTelegraph_2024_09_17, printed the card twice): a label of furniture that names
    nobody ("Related Topics", "Share This", "Log In") is no byline candidate, even where a name card's
    name stands; the card's name is one."""
    from newsclean import text_byline, text_fields
    from newsclean.text_byline_shapes import furniture_label
    from newsclean.text_extract import article_lines

    assert furniture_label("Related Topics") and furniture_label("Share This") and furniture_label("Log In")
    assert not furniture_label("Amy Gibbons") and not furniture_label("Latin America")
    text = "\n".join([*NAV, "Starmer defiant over taking gifts from Lord Alli", "", "Amy Gibbons", "",
                      "Political Correspondent", "", "16 September 2024 9:33pm", "", "Related Topics", "",
                      *MARKET_HALL, "Privacy policy"])
    lines, start, end = article_lines(text)
    head = next(i for i, ln in enumerate(lines) if ln.text.startswith("Starmer defiant"))
    named = [c[2] for c in text_byline.byline_candidates(text_fields.page_context(lines, start, end), head)]
    assert ["Amy Gibbons"] in named and ["Related Topics"] not in named
    assert extract_text(text).authors == ["Amy Gibbons"]


def test_a_cjk_name_run_into_a_date_in_cjk_units():
    """lynx, w3m and html2text run a Japanese name card's name into its date written in CJK units
    ("渡辺洋介2025年1月13日 21時37分": six words as a CJK line counts them), the share buttons' labels
    one a line under it ("印刷する", "メールでシェアする"): the name is the byline, no button's label is."""
    art = extract_text(_page("渡辺洋介2025年1月13日 21時37分", "印刷する", "メールでシェアする", "Facebookでシェアする"))
    assert art.authors == ["渡辺洋介"]
    assert art.date is not None and art.date.startswith("2025-01-13")


def _blocks(*top: str) -> str:
    """The same page as a converter that writes every block as a paragraph of its own prints it (pandoc,
    elinks, links): a blank line between blocks."""
    return "\n\n".join([*NAV, HEAD, *top, *MARKET_HALL, "Privacy policy"])


def test_a_lower_case_byline_in_a_paragraph_of_its_own_is_not_the_headlines_rest():
    """pandoc and elinks print the byline under the headline as a block of its own, its by-word in lower
    case: it neither runs onto the headline nor leaves the page without a writer and a date."""
    art = extract_text(_blocks("by Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET"))
    assert art.title == HEAD
    assert art.authors == ["Julia Horowitz"]
    assert art.date == "2016-11-29"


def test_the_writers_picture_over_a_lower_case_byline_is_no_link_inside_a_sentence():
    """The writer's name under the picture ("Steve Gillman"), then the byline ("by Steve Gillman"): the
    name is no link between the headline and a sentence's rest, so the headline stays whole."""
    dump = _blocks("Steve Gillman", "by Steve Gillman", "June 21, 2017")
    texts = [ln.text for ln in read_lines(dump)[0]]
    assert texts[texts.index(HEAD):texts.index(HEAD) + 3] == [HEAD, "Steve Gillman", "by Steve Gillman"]
    art = extract_text(dump)
    assert art.title == HEAD
    assert art.authors == ["Steve Gillman"]


def test_a_sentence_broken_at_a_link_after_its_by_word_still_joins():
    """A sentence a converter broke at its links keeps its by-word on the first piece ("directed by" /
    "Jane Campion"); the pieces still join."""
    lines, _ = read_lines("The film was directed by\n\nJane Campion\n\nand shot in New Zealand over the winter.\n")
    assert [ln.text for ln in lines] == ["The film was directed by Jane Campion and shot in New Zealand over the winter."]
