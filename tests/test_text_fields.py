"""Title, byline and date of whole-page dumps chosen among candidate lines (text_fields), and repeats
that are article content staying in the text."""

from __future__ import annotations

from conftest import NAV, PARAS
from newsclean import text_byline, text_fields, text_title
from newsclean.text_extract import article_lines, extract_text


def test_bs4_style_dump_title_line_and_headline_agree():
    """The <title> line ("Headline | Site") and the headline above the byline: the headline wins."""
    dump = "\n".join(["Council approves new budget | Springfield Gazette", *NAV,
                      "Council approves new budget", "By Jane Doe", "September 10, 2022", *PARAS,
                      "Related stories", "Privacy policy"])
    art = extract_text(dump)
    assert art.title == "Council approves new budget"
    assert art.authors == ["Jane Doe"]
    assert art.date == "2022-09-10"
    # (The headline and the <title> line's first part agree: either is a right source.)
    assert art.field_sources["title"] in ("headline-line", "first-line")
    assert art.field_sources["byline"] == "byline-line" and art.field_sources["date"] == "dateline"
    assert "By Jane Doe" not in art.text and art.text.startswith(PARAS[0])


def test_by_word_on_its_own_line_and_a_segmented_dateline():
    """bs4 dumps put "By" and the name on two lines; some sites print "27. Januar 2026 • author"."""
    dump = "\n".join([*NAV, "Regierung beschließt Klimapaket", "Von", "Anna Schmidt", "Ein Bericht", *PARAS])
    assert extract_text(dump).authors == ["Anna Schmidt"]
    dump = "\n".join([*NAV, "Regierung beschließt Klimapaket", "27. Januar 2026 • Anna Schmidt • 3 Minuten", *PARAS])
    assert extract_text(dump).date == "2026-01-27"


def test_day_month_year_line_is_not_a_numbered_item():
    lines, _, _ = article_lines("\n".join(["Headline of the story here", "9. September 2025 um 15:46 Uhr", *PARAS]))
    assert lines[1].text == "9. September 2025 um 15:46 Uhr"
    lines, _, _ = article_lines("\n".join(["Steps", "1. Preheat the oven to 180 degrees.", "2. Mix the flour."]))
    assert lines[1].text == "Preheat the oven to 180 degrees."


def test_candidates_carry_one_weight_per_feature():
    lines, start, end = article_lines("\n".join([*NAV, "Council approves new budget", "By Jane Doe", *PARAS]))
    page = text_fields.page_context(lines, start, end)
    w = text_fields.weights()
    titles = text_title.title_candidates(page)
    assert titles and all(len(c[2]) == len(w["title"]) == len(text_title.TITLE_FEATURES) for c in titles)
    bylines = text_byline.byline_candidates(page, None)
    assert bylines[0][0] == -1  # the "none" candidate is always there
    assert all(len(c[3]) == len(w["byline"]) for c in bylines)


def test_repeated_short_answers_and_refrains_stay():
    """Only boilerplate repeats go: an interview's answer or a refrain that comes back is content."""
    interview = [
        "We spoke to the farmer about the long drought that hit the valley this summer and what comes next.",
        "Q: Did you expect the rain to come back this late in the season?",
        "A: I did.",
        "Q: And did you plan for the loss of the second harvest when the wells ran dry?",
        "A: I did.",
        "She said the coming winter would decide whether the farm could stay in the family for another year.",
    ]
    art = extract_text("\n".join([*NAV, "Interview with a farmer", *interview, *PARAS[:3]]))
    assert art.text.split("\n\n").count("A: I did.") == 2
    assert "duplicate" not in {r.reason for r in art.explained_removals()}


def test_paragraph_printed_twice_in_a_row_goes():
    art = extract_text("\n".join([*NAV, "Council approves new budget", PARAS[0], PARAS[0], *PARAS[1:]]))
    assert art.text.split("\n\n") == PARAS
    assert [r.reason for r in art.explained_removals() if r.text == PARAS[0]] == ["duplicate"]


def test_lead_paragraph_cut_off_by_a_video_block_is_kept():
    """The first paragraph under the byline and date, then a video block, then the rest: all one article."""
    dump = "\n".join([*NAV, "Council approves new budget", "By Jane Doe", "September 10, 2022", PARAS[0],
                      "Watch", "Video: highlights of the week", "0:00", "Share", "Play", "Next video",
                      "More videos", "Autoplay", *PARAS[1:], "Related stories", "Privacy policy"])
    art = extract_text(dump)
    assert art.text.startswith(PARAS[0])
    assert "Next video" not in art.text


def test_sentence_split_at_a_link_named_like_a_share_button():
    """bs4 puts a link on its own line: "Twitter" / "erupted Monday morning ..." is one sentence."""
    lines, _, _ = article_lines("\n".join(["Twitter", "", " erupted Monday morning when the president spoke.",
                                           *PARAS]))
    assert lines[0].text == "Twitter erupted Monday morning when the president spoke."


def test_sign_up_box_lines_are_newsletter_furniture_in_several_languages():
    from newsclean.lexicon import phrase_reason

    for line in ("I agree that Example Media can send me the Daily Newsletter.", "No spam, we promise.",
                 "There was a problem subscribing you to this newsletter.",
                 "Ich bin damit einverstanden, dass mir der Newsletter per E-Mail zugesendet wird.",
                 "Pas de spam, désinscription possible à tout moment.", "Sin spam."):
        assert phrase_reason(line) == "newsletter", line
    assert phrase_reason("I agree with the senator on this point.") is None
    art = extract_text("\n".join([*NAV, "Council approves new budget", *PARAS, "Get the morning briefing",
                                  "I agree that Example Media can send me the Daily Newsletter.",
                                  "No spam, we promise.", "Privacy policy"]))
    assert art.text.split("\n\n") == PARAS


def test_hover_card_glued_into_a_sentence_is_cut_with_a_reason():
    line = ("Rep. Jane DoeJane DoeSenate passes the farm bill | Ten things to know MORE (D-Ohio) said the vote "
            "would come on Friday, after a week of talks between the two parties in the chamber.")
    art = extract_text("\n".join([*NAV, "Council approves new budget", line, *PARAS]))
    assert "Rep. Jane Doe (D-Ohio) said the vote would come on Friday" in art.text
    assert "MORE" not in art.text
    assert [r.reason for r in art.explained_removals() if "Senate passes" in r.text] == ["hover-card"]


def test_confidence_falls_when_the_text_says_nothing_of_the_headline():
    blurb = ["I am a travel writer who loves mountains, coffee and long walks with my two dogs in the hills.",
             "When I am not writing I teach photography classes and bake bread for the neighbours on Sundays.",
             "My work has appeared in several magazines, and I am always happy to hear from readers by mail."]
    right = extract_text("\n".join([*NAV, "Council approves new budget", *PARAS]))
    wrong = extract_text("\n".join([*NAV, "Council approves new budget", *blurb]))
    assert right.confidence > 0.5
    assert wrong.confidence < right.confidence * 0.7


def test_text_browser_form_controls_and_image_placeholders_are_dropped():
    lines, _, _ = article_lines("(BUTTON) (BUTTON) Copy link\n[ ] Remember me\nName: ____________\n"
                                "Hello [INS: world :INS] today.\n[gif] A caption under the photo")
    assert [ln.text for ln in lines] == ["Copy link", "Remember me", "Name:", "Hello world today.",
                                         "A caption under the photo"]


def test_possessive_after_a_linked_name_continues_the_sentence():
    lines, _, _ = article_lines("Celebrities\n\nAna Ruiz\n's most cherished role won't win her any awards, "
                                "friends say.\n\n" + "\n".join(PARAS))
    assert lines[1].text == "Ana Ruiz's most cherished role won't win her any awards, friends say."


def test_javascript_notice_is_furniture_not_the_article():
    from newsclean.lexicon import phrase_reason

    for line in ("JavaScript is disabled in your browser. Please enable it to continue.",
                 "You need to enable JavaScript to run this app.", "Bitte aktivieren Sie JavaScript.",
                 "Veuillez activer JavaScript."):
        assert phrase_reason(line) == "site-furniture", line
    assert phrase_reason("We wrote about JavaScript frameworks and why they matter to developers.") is None


def test_date_split_one_element_a_line_is_read_whole():
    dump = "\n".join([*NAV, "Council approves new budget", "Ana Ruiz", "Lunes,", "2", "diciembre", "2024", *PARAS])
    assert extract_text(dump).date == "2024-12-02"
