"""The fitted choice of a dump's title, byline and date (text_fields and its weights file): the file
ships what the fit script wrote, and made-up dumps shaped like the converters' output get the
headline, the bylined names and the publication date, not a menu line, an outlet or an update."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import NAV, PARAS
from newsclean import text_byline, text_date, text_fields, text_title
from newsclean.text_extract import article_lines, extract_text

WEIGHTS = Path(text_fields.__file__).with_name("text_fields_weights.json")


def test_weights_file_carries_its_provenance_and_one_weight_per_feature():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert "benchmarks/fit_text_meta.py" in data["provenance"] and "--write" in data["provenance"]
    assert data["figures"] and all("title" in v or "author" in v for v in data["figures"].values())
    features = {"title": text_title.TITLE_FEATURES, "byline": text_byline.BYLINE_FEATURES,
                "date": text_date.DATE_FEATURES}
    for field, names in features.items():
        assert data["features"][field] == list(names)
        assert len(data["weights"][field]) == len(names) == len(text_fields.weights()[field])


def test_headline_wins_over_a_menu_line_and_a_back_to_top_button():
    """Furniture lines as long as a headline stand above it; the headline has its byline below."""
    for furniture in ("Click to scroll back to top of the page Back to top",
                      "Home News Sport Weather Business Culture Travel Opinion",
                      "Gratis testen Jetzt 1 Monat gratis testen"):
        dump = "\n".join([*NAV, furniture, "World", "Council approves new budget after long debate",
                          "By Jane Doe", "September 10, 2022", *PARAS, "Privacy policy"])
        art = extract_text(dump)
        assert art.title == "Council approves new budget after long debate", furniture
        assert art.authors == ["Jane Doe"]


def test_kicker_before_the_headline_gives_a_candidate_without_it():
    lines, start, end = article_lines("\n".join([*NAV, "Budget vote: Council approves new budget after long debate",
                                                 "By Jane Doe", *PARAS]))
    titles = [c[1] for c in text_title.title_candidates(text_fields.page_context(lines, start, end))]
    assert "Budget vote: Council approves new budget after long debate" in titles
    assert "Council approves new budget after long debate" in titles


def test_a_byline_word_run_onto_the_headline_is_cut():
    """Converters that keep the "by" of a byline on the headline's line ("Headline by" / "Jane Doe")."""
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate by", "Jane Doe", *PARAS]))
    assert art.title == "Council approves new budget after long debate"


def test_prefixed_byline_with_an_outlet_or_a_date_after_the_names():
    for line, names in [("By Ana Ruiz and Tom Lee The Daily Example", ["Ana Ruiz", "Tom Lee"]),
                        ("By Ana Ruiz For Example.Com", ["Ana Ruiz"]),
                        ("By Ana Ruiz on December 13, 2016", ["Ana Ruiz"])]:
        art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", line, *PARAS]))
        assert art.authors == names, line


def test_byline_broken_at_each_linked_name():
    """bs4 dumps end a line at each author link: "By Ana Ruiz and" / "Tom Lee"."""
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", "By Ana Ruiz and",
                                  "Tom Lee", "September 10, 2022", *PARAS]))
    assert art.authors == ["Ana Ruiz", "Tom Lee"]


def test_published_label_opening_a_long_line_dates_the_article():
    line = "Published February 24, 2020 Last updated July 21, 2022 This article is more than 2 years old."
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", line, *PARAS]))
    assert art.date == "2020-02-24"


def test_byline_run_onto_the_headline_line_gives_both_fields():
    """Converters that keep inline elements on one line print "Headline by Ana Ruiz": the headline
    without its byline is a title candidate, and the name is the author."""
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate by Ana Ruiz",
                                  "September 10, 2022", *PARAS]))
    assert art.title == "Council approves new budget after long debate"
    assert art.authors == ["Ana Ruiz"]


def test_by_word_printed_twice():
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate",
                                  "By by ANA RUIZ and TOM LEE", "September 10, 2022", *PARAS]))
    assert art.authors == ["Ana Ruiz", "Tom Lee"]


def test_name_closing_a_dateline():
    for line in ("Daily Example 9/21/2016 Ana Ruiz", "Published 28 April 2024, 14:26 , Ana Ruiz"):
        art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", line, *PARAS]))
        assert art.authors == ["Ana Ruiz"], line


def test_dateline_a_text_browser_ran_together():
    """lynx and w3m print inline elements without a space: "Associated PressApril 28, 2023 GMT"."""
    for line, day in [("Associated PressApril 28, 2023 GMT", "2023-04-28"),
                      ("2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago", "2023-04-25"),
                      ("30.01.202430. Januar 2024", "2024-01-30")]:
        art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", line, *PARAS]))
        assert (art.date or "")[:10] == day, line


def test_publication_date_over_an_update_in_either_order():
    for order in (["Published", "February 24, 2020", "Last updated", "July 21, 2022"],
                  ["Last updated", "July 21, 2022", "Published", "February 24, 2020"],
                  ["Aktualisiert am 21.07.2022", "Veröffentlicht am 24.02.2020"]):
        art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", "By Ana Ruiz",
                                      *order, *PARAS]))
        assert art.date == "2020-02-24", order


def test_publication_label_inside_a_line_dates_the_article():
    """A headline run onto its dateline ("... Geschrieben am 15. April 2025 in Nachrichten"): a date
    inside a long line counts when a publication label stands right before it, and only then."""
    head = "Council approves new budget after long debate in a vote that took all night"
    for line, day in [(f"{head} Geschrieben am 15. April 2025 in Nachrichten", "2025-04-15"),
                      (f"{head} Published on May 2, 2024 in Politics", "2024-05-02"),
                      (f"{head} Pubblicato il 5 gennaio 2025 in Cronaca", "2025-01-05")]:
        lines, start, end = article_lines("\n".join([*NAV, line, *PARAS]))
        page = text_fields.page_context(lines, start, end)
        cands = text_date.date_candidates(page, None, None, None)
        labelled = [c for c in cands if c[1] is not None and (c[1].date or "")[:10] == day]
        assert labelled, line
        assert labelled[0][2][text_date.DATE_FEATURES.index("published")] == 1.0
    # The same date in a paragraph without the label is about something else: no candidate.
    lines, start, end = article_lines("\n".join([*NAV, *PARAS[:2],
                                                  "The council first met on 15 April 2025 to discuss the new "
                                                  "budget and its effect on schools and roads.", *PARAS[2:]]))
    page = text_fields.page_context(lines, start, end)
    assert all(c[1] is None for c in text_date.date_candidates(page, None, None, None))


def test_dateline_taken_for_a_numbered_item_keeps_its_day():
    """"06. 01. 2026, 14:59 Uhr" opens like a numbered list's item ("06."): the date reads the whole line."""
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate",
                                   "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", *PARAS]))
    assert (art.date or "")[:10] == "2026-01-06"


def _bylines(dump: list[str]) -> list[tuple[int, str | None, list[str], list[float]]]:
    lines, start, end = article_lines("\n".join(dump))
    page = text_fields.page_context(lines, start, end)
    return text_byline.byline_candidates(page, None)


def test_names_either_side_of_a_separator_line_are_one_byline():
    """bs4 prints each linked author on a line of its own with the separator between them."""
    cands = _bylines([*NAV, "Council approves new budget after long debate", "Ana Ruiz", "|", "Tom Lee",
                      "September 10, 2022", *PARAS])
    assert any(c[2] == ["Ana Ruiz", "Tom Lee"] and c[3][text_byline.BYLINE_FEATURES.index("joined")] for c in cands)


def test_name_under_a_lone_by_runs_into_the_first_paragraph():
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate", "By",
                                  "Ana Ruiz " + PARAS[0], *PARAS[1:]]))
    assert art.authors == ["Ana Ruiz"]


def test_a_label_ending_in_a_colon_names_nobody():
    cands = _bylines([*NAV, "Council approves new budget after long debate", "European Commission:",
                      "Budget vote: what it means for schools", *PARAS])
    assert all("European Commission" not in (c[1] or "") for c in cands)


def test_byline_ends_at_a_publication_label():
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate",
                                  "Trine Jørgensen og Tom Lee Offentliggjort torsdag 06. feb 2025 17:25", *PARAS]))
    assert art.authors == ["Trine Jørgensen", "Tom Lee"]
    assert (art.date or "")[:10] == "2025-02-06"


def test_a_picture_credit_is_marked_as_such():
    cands = _bylines([*NAV, "Council approves new budget after long debate", "By Ana Ruiz",
                      "Tom Lee/Reuters", *PARAS])
    credit = text_byline.BYLINE_FEATURES.index("credit")
    assert [c[3][credit] for c in cands if c[2] == ["Tom Lee"]] == [1.0]
    assert [c[3][credit] for c in cands if c[2] == ["Ana Ruiz"]] == [0.0]


def test_a_caption_opening_with_capitalised_words_and_a_date_is_no_byline():
    """"Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023": two capitalised words, then
    lower-case words of a sentence: a picture's caption, not a name with a role or a time."""
    cands = _bylines([*NAV, "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken", PARAS[0],
                      "Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023", *PARAS[1:]])
    assert all("Kriegstechnik" not in (c[1] or "") for c in cands)
    # Nor is a name run into a button's words ("Tips meg"): the name alone is the candidate.
    cands = _bylines([*NAV, "Council approves new budget after long debate", "Ana Maria Ruiz Tips meg", *PARAS])
    assert [c[2] for c in cands if c[0] >= 0] == [["Ana Maria Ruiz"]]
    # A name followed by its role stays a candidate.
    cands = _bylines([*NAV, "Council approves new budget after long debate", "Ana Ruiz Senior Reporter", *PARAS])
    assert any(c[2] == ["Ana Ruiz"] for c in cands)


def test_a_copy_of_the_headline_names_nobody():
    head = "Warum Mangos und Papayas jetzt teurer sind"
    lines, start, end = article_lines("\n".join([*NAV, head, "Corona", head, "15.05.2020, 07:11", "Ana Ruiz",
                                                 *PARAS]))
    page = text_fields.page_context(lines, start, end)
    title_idx = next(i for i, ln in enumerate(lines) if ln.text == head)
    cands = text_byline.byline_candidates(page, title_idx)
    assert all("Mangos" not in (c[1] or "") for c in cands)
    assert any(c[2] == ["Ana Ruiz"] for c in cands)


def test_prefixed_byline_written_as_a_sentence():
    """"Written by Ana Ruiz in Politics on 1 June 2019 at 08:34 PM EDT.": a sentence, but a byline."""
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate",
                                  "Written by Ana Ruiz in Politics on 1 June 2019 at 08:34 PM EDT.", *PARAS]))
    assert art.authors == ["Ana Ruiz"]
    assert (art.date or "")[:10] == "2019-06-01"


def test_last_surname_wrapped_onto_the_next_line():
    art = extract_text("\n".join([*NAV, "Council approves new budget after long debate",
                                  "By ANA RUIZ, TOM LEE and PAT", "REEVELL", "December 16, 2016, 4:19 PM", *PARAS]))
    assert art.authors == ["Ana Ruiz", "Tom Lee", "Pat Reevell"]


def test_date_split_with_the_time_on_its_last_piece():
    lines, start, end = article_lines("\n".join([*NAV, "Council approves new budget after long debate", "Ana Ruiz",
                                                 "Sep", "30, 2016 7:00 AM", *PARAS]))
    page = text_fields.page_context(lines, start, end)
    assert any((c[1].date or "").startswith("2016-09-30") for c in text_date.date_candidates(page, None, None, None)
               if c[1] is not None)


def test_a_dump_run_into_one_block_offers_the_title_head():
    """A dump with its white space collapsed runs the <title> into the menu: the <title>'s first part is a
    candidate."""
    first = "Council approves new budget after long debate | Daily Example " + " ".join(NAV * 5)
    lines, start, end = article_lines("\n".join([first, *PARAS]))
    page = text_fields.page_context(lines, start, end)
    assert "Council approves new budget after long debate" in [c[1] for c in text_title.title_candidates(page)]


def test_lynx_link_list_on_the_first_line_is_not_the_title():
    """lynx prints the head's <link> titles where other converters print the <title>: a WordPress page's
    comments-feed link holds the headline run into "Comments Feed", which is no title."""
    dump = "\n".join([
        "   #[1]The Daily Example » Council approves new budget after long debate",
        "   Comments Feed [2]alternate [3]alternate", "",
        *(f"     * [{n}]{w}" for n, w in enumerate(NAV, 4)), "",
        "Council approves new budget after long debate", "", "   By [20]Jane Doe", "",
        *PARAS])
    lines, start, end = article_lines(dump)
    assert not text_fields.may_be_title_line(lines)
    cands = text_title.title_candidates(text_fields.page_context(lines, start, end))
    assert cands and all(c[0] > 0 for c in cands)
    assert extract_text(dump).title == "Council approves new budget after long debate"


def test_text_browser_marks_leave_the_title():
    """lynx's U+02BC for an apostrophe, and an image's bracketed name that w3m or lynx prints beside the
    headline, are not part of it."""
    for head in ("Council approvesʼ new budget after long debate",
                 "[budget_vote_1280x960.jpg] Council approves' new budget after long debate",
                 "Council approves' new budget after long debate [1d53de890c]"):
        art = extract_text("\n".join([*NAV, head, "By Jane Doe", "September 10, 2022", *PARAS]))
        assert art.title == "Council approves' new budget after long debate", head


def test_headline_under_a_copy_with_the_breadcrumb_run_into_it():
    """A converter that runs the breadcrumb's links into the headline prints "News Politics Headline"
    above the headline alone: the copy without the breadcrumb is the title."""
    dump = "\n".join([*NAV, "News Politics Council approves new budget after long debate",
                      "Council approves new budget after long debate", "By Jane Doe", "September 10, 2022", *PARAS])
    lines, start, end = article_lines(dump)
    cands = text_title.title_candidates(text_fields.page_context(lines, start, end))
    copy = text_title.TITLE_FEATURES.index("is_copy")
    assert [c[1] for c in cands if c[2][copy]] == ["Council approves new budget after long debate"]
    assert extract_text(dump).title == "Council approves new budget after long debate"


def test_title_copies_score_together():
    """The weights are fitted with every copy of the gold title as the answer, so the choice adds up the
    copies' probabilities: two copies of a headline scoring 4.9 and 5.0 (together log(e^4.9 + e^5) = 5.64)
    beat one dek scoring 5.5, and of the copies the higher-scoring one is taken."""
    w = text_fields.weights()["title"]
    j = max(range(len(w)), key=lambda n: abs(w[n]))

    def cand(line: int, text: str, score: float) -> tuple[int, str, list[float]]:
        feats = [0.0] * len(w)
        feats[j] = score / w[j]
        return line, text, feats

    cands = [cand(0, "Council approves budget", 4.9), cand(3, "Council approves budget", 5.0),
             cand(4, "Spending on schools rises for the first time in a decade", 5.5)]
    assert text_fields.best_title(cands) == 1
    assert text_fields.best(cands, "title") == 2  # one by one, the dek scores highest
    assert text_fields.best_title(cands[2:]) == 0 and text_fields.best_title([]) is None


def test_a_sentence_broken_at_its_links_is_no_title():
    """Dumps that break lines at inline elements cut a sentence into a headline-sized piece and short
    pieces going on in lower case ("in der" / "Bundesliga" / "von"): that piece is marked as running on."""
    dump = "\n".join([*NAV, "Council approves new budget after long debate", "By Jane Doe", " September 10, 2022",
                      "It was already the twelfth vote on the plan in the", " 2. reading", " of", " Springfield",
                      " councillors who met on Tuesday for the last time before the summer break and the election.",
                      *PARAS])
    lines, start, end = article_lines(dump)
    cands = text_title.title_candidates(text_fields.page_context(lines, start, end))
    run_on = text_title.TITLE_FEATURES.index("run_on")
    marked = {c[1]: c[2][run_on] for c in cands}
    assert marked["It was already the twelfth vote on the plan in the"] == 1.0
    assert marked["Council approves new budget after long debate"] == 0.0
    assert extract_text(dump).title == "Council approves new budget after long debate"
