"""Byline and date of dumps made by text browsers (lynx, w3m) and Markdown converters (html2text): what
they print that the other converters do not (a picture's alt text, links and buttons run onto the
byline's line, inline elements glued together) must not cost the page its byline or its date."""

from __future__ import annotations

import textwrap

from conftest import MARKET_HALL, NAV
from newsclean import text_byline, text_fields
from newsclean.text_extract import article_lines, extract_text

HEAD = "Old market hall to close for a year of repairs after cracks found in roof beams"


def _page(*top: str, alt_copy: bool = False, alt_above: bool = False) -> list[str]:
    """A page: menu, headline, the lines under it, the article (a text browser prints the picture's alt
    text, here the headline again, after the first paragraph or right above it)."""
    return [*NAV, HEAD, *top, *([HEAD] if alt_above else []), MARKET_HALL[0], *([HEAD] if alt_copy else []),
            *MARKET_HALL[1:], "Privacy policy"]


def test_the_headline_repeated_by_a_pictures_alt_text_does_not_move_the_byline_window():
    """The byline and date stand under the headline; the alt text's copy after the first paragraph is
    not where they are looked for."""
    top = ("Ana Ruiz / EXAMPLE.COM / Sep 2, 2024, 17:07 IST", "Share", "AA", "Small", "Medium", "Large", "Follow us")
    for alt, above in ((False, False), (True, False), (False, True)):
        art = extract_text("\n".join(_page(*top, alt_copy=alt, alt_above=above)))
        assert art.authors == ["Ana Ruiz"]
        assert art.date is not None and art.date.startswith("2024-09-02")


def test_a_publication_label_under_a_column_of_names_is_no_author():
    """w3m prints the name card's name twice and the update line under it: "Actualizado Lunes" is no
    second author."""
    art = extract_text("\n".join(_page("Miguel Herrero", "Miguel Herrero", "Actualizado Lunes, 2 diciembre 2024 - 02:24")))
    assert art.authors == ["Miguel Herrero"]


def test_names_glued_before_a_lower_case_by_word_are_read_after_it():
    """A name card's picture and names run together before "von": the names are those after the by-word."""
    art = extract_text("\n".join(_page("Konrad FellerDeutsche Presse-Agentur von Konrad Feller,", "Deutsche Presse-Agentur")))
    assert art.authors == ["Konrad Feller", "Deutsche Presse-Agentur"]


def test_a_word_ending_in_a_credit_label_does_not_make_the_byline_a_credit():
    """'eigenartig' ends in 'art' (as in 'Art by'): the by-word after it still opens the writer's name."""
    line = "Neue Schule Judy Lybke, ganz und gar nicht eigenartig Von Juliane Rohr 28.04.2023, 18:11 Uhr"
    assert extract_text("\n".join(_page(line))).authors == ["Juliane Rohr"]


def test_a_byline_closing_the_headline_after_a_picture_placeholder():
    """w3m prints an inline picture's name in brackets inside the headline's line, before its byline: the
    long line still names its author."""
    head = "Old market hall in the city centre to close for a whole year of repairs after cracks found"
    text = "\n".join([*NAV, head + " [1d53de890c] by Ana Ruiz", "June 19, 2023", head, *MARKET_HALL, "Privacy policy"])
    assert extract_text(text).authors == ["Ana Ruiz"]


def test_a_name_after_the_dateline_with_buttons_run_onto_it():
    """lynx joins the date, the name and the comment and follow buttons into one line."""
    line = "9. September 2025 um 15:46 Uhr / Jana Wunderlich-Pfeiffer Kommentare News folgen (öffnet im neuen Fenster)"
    assert extract_text("\n".join(_page(line))).authors == ["Jana Wunderlich-Pfeiffer"]


def test_names_between_bars_with_a_glued_relative_time():
    """A relative time printed twice and glued ("vor 3 Stundenvor 3 Stunden") after the names: both names."""
    art = extract_text("\n".join(_page("Julia Vergin | Clare Roth vor 3 Stundenvor 3 Stunden")))
    assert art.authors == ["Julia Vergin", "Clare Roth"]


def test_an_outlet_glued_onto_the_name():
    """Text browsers print the name card's name and outlet without a space: the name alone."""
    art = extract_text("\n".join(_page("Headshot of Dan Jervis-Bardy", "Dan Jervis-BardyThe West Australian",
                                       "Tue, 26 November 2024 9:27PM")))
    assert art.authors == ["Dan Jervis-Bardy"]


def test_a_related_storys_teaser_inside_the_article_is_not_its_byline():
    """The byline closes the headline's line; a related story's teaser printed between the paragraphs
    ("Headline di Name Date") names another writer and another day."""
    text = "\n".join([*NAV, HEAD + " di Luca Monaco", HEAD + " " + HEAD,
                      "Il messaggio apparso su un cavalcavia nella notte tra sabato e domenica, a poche ore dalla sfida",
                      "05 Gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura", MARKET_HALL[0],
                      "Cori antisemiti durante il derby, sette ultras a processo di Teresa Fallavollita 20 Novembre 2024",
                      *MARKET_HALL[1:], "Privacy policy"])
    art = extract_text(text)
    assert art.authors == ["Luca Monaco"]
    assert art.date is not None and art.date.startswith("2025-01-05")


def test_a_by_word_glued_onto_the_name():
    """html2text prints the emphasised by-word and the linked name without a space between them
    ("_di[Luca Monaco](…) _"): the name after the by-word."""
    text = "\n\n".join([*NAV, "# " + HEAD, "_di[Luca Monaco](http://www.example.com/autori/luca_monaco/) _",
                         "05 Gennaio 2025", *MARKET_HALL, "Privacy policy"])
    assert extract_text(text).authors == ["Luca Monaco"]


def test_the_date_beside_a_byline_closing_the_headline():
    """The byline read off the headline's own line anchors the date under it, not a date atop the page."""
    head = "Old market hall in the city centre to close for a whole year of repairs after cracks found"
    text = "\n".join(["Instagram", "Please check your username.", "June 20, 2023", *NAV,
                      head + " [1d53de890c] by Ana Ruiz", "June 19, 2023", head, *MARKET_HALL, "Privacy policy"])
    art = extract_text(text)
    assert art.authors == ["Ana Ruiz"]
    assert art.date is not None and art.date.startswith("2023-06-19")


def test_a_year_glued_onto_a_relative_times_count():
    """lynx prints the day and the "3 years" [ago] beside it without a space: "April 10, 20233 years"."""
    art = extract_text("\n".join(_page("April 10, 20233 years Example 142 Views")))
    assert art.date is not None and art.date.startswith("2023-04-10")


def test_a_social_networks_button_after_the_name_is_not_part_of_it():
    art = extract_text("\n".join(_page("Andrew Husband Twitter News & Culture Writer", "December 9, 2016")))
    assert art.authors == ["Andrew Husband"]


def test_a_separator_a_text_browser_leaves_after_the_name():
    """lynx and w3m print the name card's link and the slash after it ("Alex Shephard/"): the line is
    read as a person's name, as the same line without the slash."""
    top = ("Special offer: three months for $10. Subscribe", "Skip Navigation", "Menu", "Apocalypse Soon",
           "Subscribe Sign In", "The New Republic")
    feats = {}
    for name in ("Alex Shephard/", "Alex Shephard"):
        text = "\n".join([*top, name, "November 28, 2016", *MARKET_HALL, "Privacy policy"])
        lines, start, end = article_lines(text)
        page = text_fields.page_context(lines, start, end)
        cands = {c[0]: c for c in text_byline.byline_candidates(page, 0)}
        at = next(i for i, ln in enumerate(lines) if ln.text == name)
        assert cands[at][2] == ["Alex Shephard"]
        feats[name] = cands[at][3]
    assert feats["Alex Shephard/"] == feats["Alex Shephard"]


def test_a_prefixed_byline_with_the_publication_label_run_onto_its_line():
    """lynx joins the byline and the update line (its template unrendered) into one long line."""
    line = "By ANA RUIZ, TOM LEE and MARIA GONZALEZ-VIDAL Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]"
    assert extract_text("\n".join(_page("Read More", line, "Share", "Copy"))).authors == \
        ["Ana Ruiz", "Tom Lee", "Maria Gonzalez-Vidal"]


def test_a_rule_drawn_under_the_byline():
    """w3m draws a rule under the byline, as wide as its lines; the line joiner of a page wrapped at that
    width joins byline, rule and dateline into one line, which must not pass for prose."""
    paras = [line for para in MARKET_HALL for line in [*textwrap.wrap(para, 79), ""]]
    text = "\n".join([*NAV, "", HEAD, "", "Von Jakob Hartung", "━" * 79,
                      "Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.", "", *paras, "Privacy policy"])
    assert extract_text(text).authors == ["Jakob Hartung"]
    # (The classifier may take the long joined line for prose, as on the page this comes from: the
    # byline is read off it all the same.)
    lines, start, end = article_lines(text)
    at = next(i for i, ln in enumerate(lines) if ln.text.startswith("Von Jakob Hartung ━"))
    lines[at].cls = "good"
    page = text_fields.page_context(lines, start, end)
    assert any(c[0] == at and c[2] == ["Jakob Hartung"] for c in text_byline.byline_candidates(page, at - 1))


def test_emphasis_marks_glued_between_the_name_and_its_role():
    """html2text: " _Von[Ana Ruiz](/autor/ana-ruiz/)_Korrespondent" and the date line under it."""
    text = "\n\n".join([*NAV, "# " + HEAD, " _Von[Ulrich Exner](/autor/ulrich-exner/)_Korrespondent",
                        "Stand: 10:49 UhrLesedauer: 5 Minuten", *MARKET_HALL, "Privacy policy"])
    assert extract_text(text).authors == ["Ulrich Exner"]


def test_a_role_in_capitals_glued_onto_the_name():
    """Text browsers print the name card's name and role without a space: "Gina TrapaniCEO"."""
    art = extract_text("\n".join(_page("Great leaders set the temperature, especially when stress is high.",
                                       "Gina TrapaniCEO", "Image: Brian Weaver")))
    assert art.authors == ["Gina Trapani"]


def test_a_later_headline_copy_with_its_byline_and_date_stays_the_headline():
    """The page's top prints the headline and a date (the <title>, the masthead's day); the article's
    headline further down has its byline and date under it: those are the article's."""
    text = "\n".join([HEAD, "Twitter 571K Instagram Please check your username.", "June 20, 2023", *NAV, "SCANDAL!",
                      HEAD, "by", "Ana Ruiz", "June 19, 2023", *MARKET_HALL, "Privacy policy"])
    art = extract_text(text)
    assert art.authors == ["Ana Ruiz"]
    assert art.date is not None and art.date.startswith("2023-06-19")


def test_an_update_and_the_original_date_each_under_its_label():
    """Converters that break at each element print "Updated:" / date / "Original:" / date: the label's
    line is no copy of the update's date, and the earlier, unlabelled day beside it is the article's."""
    top = ("Author:", "Ana Ruiz", "Updated:", "Mar 6, 2018", "Original:", "Dec 21, 2016")
    for marker in ("", "* "):
        lines = list(_page(*top))
        lines[lines.index("Updated:")] = marker + "Updated:"
        art = extract_text("\n".join(lines))
        assert art.date is not None and art.date.startswith("2016-12-21"), marker


def test_a_label_alone_on_its_line_is_no_date_of_its_own():
    """A date split over lines ("Sep" / "30, 2016") is read across them; a label over a whole date
    ("Published:" / "30 September 2016") leaves the date to its own line."""
    from newsclean import text_date

    for top, want in ((("Published:", "30 September 2016"), 1), (("Sep", "30, 2016 7:00 AM"), 0)):
        lines, _, _ = article_lines("\n".join(_page(*top)))
        at = next(i for i, ln in enumerate(lines) if ln.text == top[0])
        cands = [c for c in text_date.date_candidates(text_fields.page_context(lines, at + 3, len(lines)),
                                                      at - 1, None, None) if c[1]]
        assert [i - at for i, _, _ in cands] == [want]
        assert cands[0][1] is not None and (cands[0][1].date or "").startswith("2016-09-30")


def test_a_doubled_by_word_glued_by_the_converter():
    """The label's "By" and the link's "by Name" run together ("Byby ANA RUIZ and TOM LEE"), on the
    byline's own line or closing the standfirst under the headline; "Didi", "Standby" stay whole."""
    from newsclean.text_byline import undoubled_by

    standfirst = "The council made the decision at a meeting in the town hall on Tuesday evening after a long debate."
    for top in (("Byby ANA RUIZ, MARIA LOPEZ and TOM LEE", "June 19, 2023"),
                (standfirst + " Byby ANA RUIZ, MARIA LOPEZ and TOM LEE", "June 19, 2023")):
        art = extract_text("\n".join(_page(*top)))
        assert art.authors == ["Ana Ruiz", "Maria Lopez", "Tom Lee"]
    assert undoubled_by("Didi Hallervorden Show") == "Didi Hallervorden Show"
    assert undoubled_by("Standby Ana Ruiz") == "Standby Ana Ruiz"
    assert undoubled_by("Bybye Ana Ruiz") == "Bybye Ana Ruiz"


def test_a_pictures_credit_under_the_headlines_by_tail_names_no_writer():
    """html2text runs the headline and the byline into one line and prints the picture's credit under
    it: when the weights pick the credit, the writer named after the by-word beside it is taken."""
    text = "\n".join([*NAV, "Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel", "Orden fürs Morden",
                      "Parlament beschließt einen nationalen Gedenktag für Veteranen Von Karim Natour",
                      "Fabrizio Bensch/REUTERS", *MARKET_HALL, "Privacy policy"])
    lines, start, end = article_lines(text)
    page = text_fields.page_context(lines, start, end)
    at = next(i for i, ln in enumerate(lines) if ln.text.startswith("Parlament"))
    cands = text_byline.byline_candidates(page, at)
    credit = next(n for n, c in enumerate(cands) if c[2] == ["Fabrizio Bensch"])
    assert text_byline.with_neighbours(page, cands, credit)[2] == ["Karim Natour"]
    # (Alone, the credit stays the choice: no writer beside it.)
    alone = [c for c in cands if c[2] != ["Karim Natour"]]
    assert text_byline.with_neighbours(page, alone, alone.index(cands[credit]))[2] == ["Fabrizio Bensch"]


def test_a_captions_copy_of_the_day_above_the_article_is_not_the_days_first_line():
    """Text browsers print the related stories' teasers above the article; a teaser's caption that
    carries the article's day does not take the dateline's place as the day's first line."""
    from newsclean import text_date

    caption = ("A recipient photographs his new helmet at the exchange programme in Kuala Lumpur November 22. "
               "2024. — Picture by Hari Anggara")
    text = "\n".join([*NAV, caption, "Malaysia / 5 h ago", "Better hurry: hundreds of free helmets claimed on day one",
                      HEAD, "By Ana Ruiz", "Friday, 22 Nov 2024 4:55 PM MYT", *MARKET_HALL, "Privacy policy"])
    lines, start, end = article_lines(text)
    page = text_fields.page_context(lines, start, end)
    head = next(i for i, ln in enumerate(lines) if ln.text == HEAD)
    first = text_date.DATE_FEATURES.index("first_seen")
    feats = {lines[i].text[:10]: f[first] for i, m, f in text_date.date_candidates(page, head, head + 1, None) if m}
    assert feats == {caption[:10]: 0.0, "Friday, 22": 1.0}


def test_a_credit_word_before_by_is_a_whole_word():
    """'Art by', 'Illustration by' credit a picture; 'An article by' and 'Arthur by' do not."""
    from newsclean.text_byline import _CREDIT_WORD_BY

    for text in ("Illustration by", "Art by", "Artwork by", "Photo by", "Video by"):
        assert _CREDIT_WORD_BY.search(text), text
    for text in ("An article by", "Headline about Arthur by"):
        assert _CREDIT_WORD_BY.search(text) is None, text


def test_the_date_by_the_headline_at_the_top_of_a_page_whose_article_starts_far_below():
    # The page prints its headline at the top with the date beside it, then a long table (a code host's
    # file list, printed row by row), then the headline again right above the article: the headline is
    # placed at the copy by the article, and the date by the first copy is still looked at.
    table = (["Files", "Type", "Name", "Latest commit message", "Commit time"]
             + [f"{n}.md" for n in ("README", "LICENSE", "NOTES", "CHANGES")] + ["4 years ago"] * 4) * 3
    top = ["Skip to content", "Sign up", "Market hall to close for repairs", "March 3, 2024", "Merged the repair plan"]
    art = extract_text("\n".join([*top, *table, "Market hall to close for repairs", *MARKET_HALL, "Privacy policy"]))
    assert art.title == "Market hall to close for repairs"
    assert art.date == "2024-03-03" and art.text.startswith(MARKET_HALL[0])
