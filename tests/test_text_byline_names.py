"""Bylines of plain-text dumps whose converter broke the byline over several lines: each author's name
on a line of its own (under a lone by-word, or a column closed by the dateline), a name printed
twice; and what must not be taken for one more author (a role under the name, a heading after it,
the line under a complete prefixed byline, a name credited with a drawing)."""

from __future__ import annotations

from conftest import NAV, PARAS
from newsclean import text_byline, text_fields
from newsclean.authors import is_role
from newsclean.text_extract import article_lines, extract_text

HEAD = "Council approves new budget after long debate"


def _authors(*byline: str) -> list[str]:
    return extract_text("\n".join([*NAV, HEAD, *byline, *PARAS, "Privacy policy"])).authors


def test_names_on_lines_of_their_own_under_a_lone_by_word():
    """Converters that break lines at links print "By" and then one author per line, roles beside."""
    assert _authors("By", "Lucy Thornton News Reporter", "Tim Hanlon News Reporter", "Phoebe Tonks",
                    "Joseph Gamp", "Updated 20:49, 5 Aug 2024") == \
        ["Lucy Thornton", "Tim Hanlon", "Phoebe Tonks", "Joseph Gamp"]
    assert _authors("Von", "Jasper Riemann", "Barbara Schneider") == ["Jasper Riemann", "Barbara Schneider"]


def test_a_column_of_names_closed_by_the_dateline():
    assert _authors("Ingrid Treborg", "Marlene Lundberg Holm", "Publisert torsdag 09. mai 2024 - 13:26") == \
        ["Ingrid Treborg", "Marlene Lundberg Holm"]


def test_a_column_of_names_above_the_chosen_one_belongs_to_it():
    """The dateline under a column makes its last names the likeliest byline alone; the names above
    stack onto them (each author's name a line of its own, as converters that break at links print)."""
    assert _authors("Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart", "3. Mai 2024, 17:47,") == \
        ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


def test_names_run_together_are_split_as_the_sign_off_names_them():
    """A dump that drops the separators between authors' links prints one run of names; the sign-off
    at the article's end names the same people one by one."""
    last = "The motion will be debated in the autumn, and the parties have already signalled their support for it."
    text = "\n".join([*NAV, HEAD, "Birgit Baumann Anna Giulia Fink Jan Michael Marchart", "3. Mai 2024, 17:47", *PARAS,
                     last + " (Birgit Baumann aus Berlin, Anna Giulia Fink, Jan Michael Marchart, 3.5.2024)",
                     "Privacy policy"])
    assert extract_text(text).authors == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


def test_a_heading_after_a_lone_name_is_no_second_author():
    """Without a by-word or a dateline closing the column, the capitalised line under the name is a
    heading ("Key Points"), not a co-author."""
    assert "Key Points" not in " ".join(_authors("Natasha Turak", "Key Points"))


def test_a_role_under_a_prefixed_byline_is_no_second_author():
    assert _authors("Von", "Holger Zschäpitz", "Leitender Wirtschaftsredakteur", "Stand: 28.04.2023") == \
        ["Holger Zschäpitz"]
    assert _authors("By Amy Gibbons", "Political Correspondent", "17 September 2024 • 6:00am") == ["Amy Gibbons"]


def test_a_name_printed_twice_in_a_row_once():
    """A picture's alt text and the name run together: "Martin Gramnæs Martin Gramnæs"."""
    assert _authors("Martin Gramnæs Martin Gramnæs", "Publisert 06.01.2026 - 17:29") == ["Martin Gramnæs"]


def test_is_role_knows_roles_and_compounds_but_not_names():
    for role in ("Political Correspondent", "Corresponsal en Atenas", "News Reporter",
                 "Leitender Wirtschaftsredakteur", "Auslandskorrespondentin"):
        assert is_role(role), role
    for name in ("Ana Ruiz", "Jan Michael Marchart", "Tom Lee"):
        assert not is_role(name), name


def test_a_name_credited_with_a_drawing_is_no_co_author():
    """"By" / "Ana Ruiz Illustration by" / "Tom Lee": the second name drew the picture."""
    assert _authors("By", "Ysabel Yates Illustration by", "Claire Lordon", "May", "10, 2019") == ["Ysabel Yates"]


def test_a_name_running_on_into_its_role_ends_before_the_role():
    """"Sam Stein Senior Politics Editor, …": the role's first word is no surname."""
    assert _authors("Sam Stein Senior Politics Editor, The Huffington Post", "11/28/2016 04:23 pm ET") == ["Sam Stein"]
    assert _authors("Steffan Rhys Deputy Content Hub Director", "08:39, 06 Jan 2026") == ["Steffan Rhys"]


def test_a_social_button_run_onto_the_name_goes():
    assert _authors("Andrew HusbandTwitter News & Culture Writer", "December 9, 2016") == ["Andrew Husband"]


def test_a_byline_run_onto_the_headline_far_above_the_article():
    """The headline's line carries "by <name>" and a time in "ET" (no French "et" joining the next
    line); the article starts many lines further down."""
    filler = [f"Related story number {n} about something else" for n in range(12)]
    dump = "\n".join([*NAV, "Hundreds of airport workers go on strike by Julia Horowitz @juliakhorowitz "
                      "November 29, 2016: 3:42 PM ET", "Nationwide demonstrations for a minimum wage", *filler,
                      *PARAS])
    assert extract_text(dump).authors == ["Julia Horowitz"]


def test_two_names_before_a_publication_label():
    """A Scandinavian "og" between the names and the date after a label: the line is a byline."""
    assert _authors("Foto: Mads Claus Rasmussen",
                    "Trine Juncher Jørgensen og Tôrtia Reimer-Johansen Offentliggjort torsdag 06. feb 2025 17:25") == \
        ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]


def test_a_name_card_printed_twice_is_not_a_repeated_menu_line():
    """The "repeated" feature marks a line that comes back elsewhere (a menu): a name card's alt text
    and name on two adjacent lines do not count, a name that also stands in a list further down does."""
    at = text_byline.BYLINE_FEATURES.index("repeated")

    def repeated(*tail: str) -> dict[str, float]:
        lines, start, end = article_lines("\n".join([*NAV, HEAD, "Ryan Devereaux", "Ryan Devereaux",
                                                     "April 28 2023, 3:54 p.m.", *PARAS, *tail]))
        page = text_fields.page_context(lines, start, end)
        return {c[1]: c[3][at] for c in text_byline.byline_candidates(page, len(NAV)) if c[1]}

    assert repeated()["Ryan Devereaux"] == 0.0
    assert repeated("More stories", "Ryan Devereaux", "Privacy policy")["Ryan Devereaux"] == 1.0


def test_a_handle_run_onto_the_name_inside_the_line():
    assert _authors("The council will now have a new majority.", "by April Glaser@aprilaser Dec 15, 2016, 1:55pm EST",
                    "tweet", "share") == ["April Glaser"]


def test_widget_words_are_no_name():
    """A button bar under the byline ("Email Bio Follow") passes for a capitalised pair; the byline
    above it is the author."""
    assert _authors("By Jennifer Rubin", "Jennifer Rubin", "Opinion writer reporting from a center-right perspective",
                    "Email Bio Follow", "Opinion writer") == ["Jennifer Rubin"]
    assert _authors("Social Sharing", "Average price of a home that sold in September was $640,479") == []


def test_a_name_after_the_publication_date():
    """"Published <date>, <name>": a dateline that ends with the writer, which looks like a byline."""
    byline = "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr , Tobias Költzsch"
    assert _authors("in Pocket speichern", "Artikel teilen", byline,
                    "Samsung hat Probleme vor Gericht. (Bild: Tobias Költzsch/Golem.de)") == ["Tobias Költzsch"]
    lines, start, end = article_lines("\n".join([*NAV, HEAD, byline, *PARAS]))
    cands = text_byline.byline_candidates(text_fields.page_context(lines, start, end), len(NAV))
    looks = text_byline.BYLINE_FEATURES.index("looks")
    assert [c[3][looks] for c in cands if c[1] == "Tobias Költzsch"] == [1.0]


def test_a_title_cased_headline_with_by_names_nobody():
    """"… Not Caused By Human Emissions, Climate Change": a headline's capitalised "By" starts no
    byline; "… go on strike by Julia Horowitz" does (the headline far above the article's start)."""
    for headline, names in [("2015 Record High Temperatures Not Caused By Human Emissions, Climate Change", []),
                            ("Hundreds of airport workers go on strike by Julia Horowitz", ["Julia Horowitz"])]:
        filler = [f"Related story number {n} about something else" for n in range(12)]
        lines, start, end = article_lines("\n".join([*NAV, headline, *filler, *PARAS]))
        cands = text_byline.byline_candidates(text_fields.page_context(lines, start, end), len(NAV))
        assert [c[2] for c in cands if c[0] == len(NAV)] == ([names] if names else []), headline


def test_a_capitalised_conjunction_ends_no_name():
    """A headline in title case ("Dawning And A New Patch") opens with no person's name."""
    assert text_byline._leading_name("Dawning And A New Patch") is None
    assert text_byline._leading_name("Ana Ruiz 7 hours") == "Ana Ruiz"


def test_a_name_does_not_run_into_the_lines_date():
    """A section's name over a relative stamp ("Gyvenimas Prieš 2 val.": "Life", "2 hours ago" in
    Lithuanian) is no person: the stamp's capitalised word is the date's, not a name's. A name cut before a
    separator keeps no space ("Povilas Aleksandravičius / LRT nuotr.")."""
    assert text_byline._leading_name("Gyvenimas Prieš 2 val.") is None
    assert text_byline._leading_name("Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.") == \
        "Povilas Aleksandravičius"


def test_a_date_printed_in_pieces_under_the_name():
    """A converter that prints each inline element on a line of its own leaves the name card's date in
    pieces under the name; the pieces read together still make the lone name the byline."""
    assert _authors("Miguel A. Herguedas", "Actualizado", "Lunes, 2 diciembre", "2024", "-", "02:24") == \
        ["Miguel A. Herguedas"]
    assert _authors("Martin Gramnæs", "Martin", "Gramnæs", "Publisert", "06.01.2026 - 17:29") == ["Martin Gramnæs"]


def test_a_date_under_another_name_is_not_this_names():
    """The date run stops at another name: a menu's last item above the name card gets no date."""
    page = text_fields.page_context(*article_lines("\n".join(
        ["Sci-Fi Prototyping Lab", "Arielle Pardes", "Culture", "2019.04.25", HEAD, *PARAS])))
    assert not text_byline._date_run(page, 0)
    assert text_byline._date_run(page, 1)


def test_a_prefixed_byline_closing_on_with():
    """"By Euronews with" / "Agencies": the line goes on with the next; the by-word opens no name."""
    assert _authors("By Euronews with", "Agencies", "Published on", "30/04/2024 - 16:38") == ["Euronews"]
    assert _authors("Von Diana Resnik mit", "AP", "Zuerst veröffentlicht am", "30/04/2024 - 16:17") == \
        ["Diana Resnik"]


def test_a_name_before_an_opinions_headline_stops_at_the_sentence_end():
    """"Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?": the writer's name, then the headline."""
    assert text_byline._leading_name("Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?") == "Povilas Aleksandravičius"
    assert text_byline._leading_name("Dr. Max Kolter Redakteur") == "Dr. Max Kolter"


def test_a_byline_closing_the_headline_and_standfirst_run_together():
    """A converter that runs the headline, its standfirst and the byline into one long line leaves the
    writer at its end ("… aggressivamente» di Viviana Mazza"); a list of credits is no byline."""
    assert text_byline._closing_byline("Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata, pronti a "
                                       "lavorare insieme». Il Nyt: «Su Cecilia Sala la premier ha premuto "
                                       "aggressivamente» di Viviana Mazza")
    assert not text_byline._closing_byline("Produced by Alicia DeSantis and Josh Williams, Photographs by Lexey "
                                           "Swall, Written by Graham Bowley, Video by Jonah M. Kessel")
    assert not text_byline._closing_byline("A long caption of the scene at the harbour this morning with boats "
                                           "and people in it, Photograph by Ana Ruiz")


def test_the_long_line_a_byline_closes_stays_in_the_text():
    long = ("The council approved the new budget on Tuesday after a long debate about schools, roads and the "
            "harbour, and the mayor called it a fair compromise by Ana Ruiz")
    art = extract_text("\n".join([*NAV, HEAD, long, *PARAS, "Privacy policy"]))
    assert art.authors == ["Ana Ruiz"]
    assert "fair compromise" in art.text


def test_a_byline_in_brackets_is_a_byline():
    """pandoc prints a figure's caption in brackets: a byline under its writer's picture comes out as
    "[Von Hannah Ritzmann, Redakteurin für Finanzen ¶ 09.09.2025, 15:15 Uhr]", still the byline."""
    assert _authors("[Von Hannah Ritzmann, Redakteurin für Finanzen ¶ 09.09.2025, 15:15 Uhr]") == ["Hannah Ritzmann"]
    assert _authors("[By Ana Ruiz]") == ["Ana Ruiz"]


def test_a_name_before_the_lower_case_word_that_leads_into_its_date():
    """Under a lone "By" the name and its date ("Ana Ruiz on December 13, 2016"; markdownify puts the link
    on the line after the by-word): the lower-case word leads into the date, so the name stands; a name
    never ends on such a word."""
    assert text_byline._leading_name("Nicole Gallucci on December 13, 2016") == "Nicole Gallucci"
    assert text_byline._leading_name("Ana Ruiz le 3 mai 2024") == "Ana Ruiz"
    assert text_byline._leading_name("Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023") is None
