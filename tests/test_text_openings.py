"""The text path's opening lines: short sentences right above the article's first long paragraph."""

from __future__ import annotations

from conftest import MARKET_HALL, MARKET_HALL_HEAD, MARKET_HALL_TAIL
from newsclean import reasons
from newsclean.lexicon_sentences import TAIL_BIO, TAIL_SYNDICATED
from newsclean.text_extract import extract_text

BODY = MARKET_HALL[:4]


def page(opening: list[str], *, slot: bool = True) -> str:
    return "\n".join(MARKET_HALL_HEAD + opening + (["Advertisement"] if slot else []) + BODY + MARKET_HALL_TAIL)


def test_short_opening_sentences_above_the_first_paragraph_stay():
    art = extract_text(page(["Cracks in the roof.", "That is what the engineers found last month."]))
    paras = art.text.split("\n\n")
    assert paras[:3] == ["Cracks in the roof.", "That is what the engineers found last month.", BODY[0]]
    assert ("Advertisement", reasons.VIDEO_PLAYER) in [(r.text, r.reason) for r in art.explained_removals()]


def test_an_emoji_after_the_stop_still_ends_the_sentence():
    art = extract_text(page(["Good morning to all of you! 👋"], slot=False))
    assert art.text.startswith("Good morning to all of you! 👋\n\n" + BODY[0])


def test_headlines_and_questions_to_the_reader_are_no_opening():
    # A headline asking a question (title case) and a short question over a promotion stay out.
    for line in ["Will The Old Market Hall Ever Reopen Its Doors?", "Did you know we have an app?"]:
        art = extract_text(page([line]))
        assert art.text.startswith(BODY[0]), line
        assert line in [r.text for r in art.explained_removals()]


def test_two_word_lines_and_newsletter_invitations_are_no_opening():
    art = extract_text(page(["Link copied!", "Join our daily newsletter."], slot=False))
    assert art.text.startswith(BODY[0])
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert removed["Join our daily newsletter."] == reasons.NEWSLETTER
    assert "Link copied!" in removed


def test_ad_paywall_and_comment_notices_inside_a_story_leave_the_text():
    # Kinds of notices kept inside stories before (dev/fundus), in several languages.
    notices = {
        "Story continues below advertisement": reasons.VIDEO_PLAYER,
        "Advertisement · Scroll to continue": reasons.VIDEO_PLAYER,
        "Hvorfor ser du denne annonsen": reasons.VIDEO_PLAYER,
        "Sie haben vermutlich einen Ad-Blocker aktiviert. Deshalb sind die Funktionen des Players eingeschränkt.":
            reasons.VIDEO_PLAYER,
        "This website is largely funded by advertising, so we show you ads that match your interests.":
            reasons.DISCLOSURE,
        "You can save this article by registering for free here. Or sign-in if you have an account.":
            reasons.NEWSLETTER,
        "Unabhängiger Journalismus braucht deine Unterstützung.": reasons.NEWSLETTER,
        "2 Wochen kostenlos testen": reasons.NEWSLETTER,
        "Ihre Meinung ist uns wichtig!": reasons.COMMENT_FORM,
        "Schicken Sie uns Ihr Feedback!": reasons.COMMENT_FORM,
        "If you buy something through this post, the site may get a share of the sale.": reasons.DISCLOSURE,
        "You have successfully subscribed. Thank you!": reasons.NEWSLETTER,
        "Comments that include insults or personal attacks will be removed by the moderators.": reasons.COMMENT_FORM,
        "ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador.": reasons.COMMENT_FORM,
        "Trovi tutti gli articoli salvati nella tua area personale.": reasons.SHARE_WIDGET,
        "Klicken, um die Teilen-Funktion zu öffnen.": reasons.SHARE_WIDGET,
        "Tu navegador está configurado para bloquear JavaScript.": reasons.SITE_FURNITURE,
        "Increase article font size": reasons.SITE_FURNITURE,
        "Wir freuen uns über Ihr Feedback zu diesem Angebot.": reasons.COMMENT_FORM,
        "Empfehlungen der Redaktion": reasons.RELATED_LIST,
        "Die Händler protestieren vor dem Rathaus. 18.04.2024 | 0:21 min": reasons.VIDEO_PLAYER,
        "Video 02:53 21.01.2023": reasons.VIDEO_PLAYER,
        "Get daily Springfield news delivered to your inbox so you never miss a story.": reasons.NEWSLETTER,
        "Oder nutzen Sie unser Abo-Angebot und lesen Sie die Zeitung ohne Werbung.": reasons.NEWSLETTER,
        "Advertisement 3": reasons.VIDEO_PLAYER,
        "Want more deals? Join the Example Deals Newsletter.": reasons.NEWSLETTER,
        "View the discussion thread.": reasons.COMMENT_FORM,
        "Updated at 1:23 p.m.": reasons.SITE_FURNITURE,
        "La sélection de la rédaction": reasons.RELATED_LIST,
        "Scelti per te": reasons.RELATED_LIST,
    }
    lines = BODY[:2] + list(notices) + BODY[2:]
    art = extract_text("\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024"] + lines))
    assert art.text.startswith(BODY[0]) and not any(text in art.text for text in notices)
    removed = {r.text: r.reason for r in art.explained_removals()}
    for text, reason in notices.items():
        assert removed[text] == reason, text


LEAD = [
    "The old market hall will close for a year from next week, the council decided on Tuesday evening "
    "after a long debate about the cost of the repairs and the fate of its forty traders.",
    "Engineers had found cracks in two of the beams that hold up the roof during an inspection in the "
    "spring, and the council was told the building could not stay open through another winter.",
]


def test_a_lead_under_its_header_stays_when_a_long_block_of_embeds_cuts_it_off():
    # The header (headline, byline, date, share buttons) then the lead, then twenty deleted posts'
    # stand-ins: the region search starts below them, far from the headline.
    embeds = ["Tweet may have been deleted", "(opens in a new tab)"] * 20
    text = "\n".join(["Home", "News", "Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024",
                      "Share on Facebook (opens in a new window)", "Share on Twitter (opens in a new window)",
                      "Credit: Jo Example/Example Photos", "Local"]
                     + LEAD + embeds + BODY + ["Related stories", "Most read"])
    art = extract_text(text)
    paras = art.text.split("\n\n")
    assert paras[:2] == LEAD and paras[2:] == BODY
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert removed["Tweet may have been deleted"] == reasons.EMBED_PLACEHOLDER
    assert removed["Share on Facebook (opens in a new window)"] == reasons.SHARE_WIDGET


def test_prose_far_below_a_header_with_more_than_two_plain_lines_between_is_no_lead():
    embeds = ["Tweet may have been deleted", "(opens in a new tab)"] * 20
    text = "\n".join(["Home", "News", "Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024",
                      "Bus lanes planned for the bay road", "Port to hire more pilots", "New library opens in June"]
                     + LEAD + embeds + BODY + ["Related stories", "Most read"])
    assert extract_text(text).text.split("\n\n") == BODY


def test_a_text_printed_again_as_a_whole_keeps_its_first_copy():
    # A raw or print copy below the page repeats the opening line and what follows it: the first
    # copy stays in place (a standfirst repeated alone would give way to the body's copy).
    opening = "The market hall closes next week for a year."
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024", opening]
                     + BODY + ["Raw copy", opening] + BODY[:2])
    art = extract_text(text)
    paras = art.text.split("\n\n")
    assert paras[0] == opening and paras.count(opening) == 1 and art.description is None
    assert (opening, reasons.DUPLICATE) in [(r.text, r.reason) for r in art.explained_removals()]


def test_a_refrain_of_two_lines_sung_twice_stays():
    refrain = ["Oh the market hall stands tall!", "It stands for one and stands for all!"]
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024"] + BODY[:2]
                     + refrain + [BODY[2]] + refrain + BODY[3:])
    paras = extract_text(text).text.split("\n\n")
    assert paras.count(refrain[0]) == 2 and paras.count(refrain[1]) == 2


def test_captions_closed_by_a_glued_label_a_bare_credit_or_a_caption_label_leave_the_text():
    captions = [
        "Händler vor der alten Markthalle am Montagmorgen in der StadtBild: Anna Beispiel/dpa/picture alliance",
        "Traders in front of the old market hall on Monday morning. Getty Images",
        "The glass roof of the hall, seen from the square. Unsplash/Jo Example",
        "Légende: Les commerçants devant la halle du marché lundi matin.",
    ]
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024"]
                     + [x for pair in zip(BODY, captions, strict=True) for x in pair])
    art = extract_text(text)
    assert art.text.split("\n\n") == BODY
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert all(removed[c] == reasons.CAPTION for c in captions)
    # A sentence naming an agency at its end is no caption.
    assert "Reuters" in extract_text(text.replace(captions[1], "The talks would go on, according to Reuters.")).text


def test_closing_lines_about_the_writer_wire_credits_and_syndication_notes_leave_the_text():
    tails = {
        "Dana Whitfield covers city hall for The Example Post. She is based in Springfield, where she has "
        "reported on the council and its budget for more than ten years.": reasons.AUTHOR_BIO,
        "Reporting by Dana Whitfield in Springfield and Jo Example in London; additional reporting by Sam "
        "Sample in Paris; Writing by Dana Whitfield; Editing by Jo Example and Alex Richardson": reasons.BYLINE,
        "This article first appeared in The Example Magazine, which belongs to the same publisher as this "
        "paper and shows its best stories here as well.": reasons.PROMO,
    }
    for tail, reason in tails.items():
        art = extract_text("\n".join(["Market hall to close for repairs", "March 3, 2024"] + BODY + [tail]))
        assert art.text.split("\n\n") == BODY, tail
        assert (tail, reason) in [(r.text, r.reason) for r in art.explained_removals()]
    assert TAIL_BIO.match("Korrespondentin Dana Whitfield ist bei der Zeitung für die Stadtpolitik zuständig.")
    assert TAIL_SYNDICATED.match("Dieser Artikel ist zuerst bei \"Beispiel Magazin\" erschienen.")
    # A closing sentence whose subject merely "covers" something stays.
    last = "Medicare Advantage covers the rest of the repair bill."
    assert extract_text("\n".join(BODY + [last])).text.endswith(last)


def test_a_caption_sentence_above_its_credit_line_leaves_with_it():
    # bs4 prints an image's caption, then its credit on a line of its own ("© Name | Agency",
    # "Foto: Name"): the caption goes even when it is a sentence.
    pairs = [("Traders pack up their stalls outside the old hall.", "© Jo Example | Example Photos"),
             ("The mayor speaks during a visit to the hall on Monday", "(Jo Example/Reuters)"),
             ("The glass roof lets the rain in at several places.", "Foto: Sam Sample")]
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024", BODY[0]]
                     + list(pairs[0]) + [BODY[1]] + list(pairs[1]) + [BODY[2]] + list(pairs[2]) + BODY[3:])
    art = extract_text(text)
    assert art.text.split("\n\n") == BODY
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert all(removed[caption] == reasons.CAPTION for caption, _ in pairs)


def test_the_dateline_place_on_a_line_of_its_own_stays_above_the_first_paragraph():
    for place in ["Springfield.", "SPRINGFIELD —", "Springfield/ Shelbyville:"]:
        art = extract_text("\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024",
                                      place] + BODY))
        assert art.text.split("\n\n") == [place] + BODY, place
    # A label ending in a colon is no place.
    art = extract_text("\n".join(["Market hall to close for repairs", "March 3, 2024", "Summary:"] + BODY))
    assert art.text.split("\n\n") == BODY


def test_a_link_between_an_open_sentence_and_its_spaced_rest_is_joined():
    # bs4 breaks at a link: the sentence stops open ("… that their"), the link stands alone, and the
    # text after it begins with one space.
    from newsclean.text_lines import split_lines
    dump = ("The council announced on Tuesday that their\nMarket Hall\n Fund has opened its second round "
            "of grants for the traders who must move out.\nArticle content\nBottom Line\n The hall stays shut for a "
            "year from the first of June.")
    texts = [ln.text for ln in split_lines(dump)]
    assert texts[0] == ("The council announced on Tuesday that their Market Hall Fund has opened its second "
                        "round of grants for the traders who must move out.")
    assert "Article content" in texts  # a two-word label is no open sentence


def test_a_bold_run_in_label_is_joined_to_its_paragraph_but_a_list_label_is_not():
    from newsclean.text_lines import split_lines
    dump = ("Melbourne (3-0):\nOsas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals.\n\n"
            "Q:\nWhy did the council wait so long to close the hall?\n\n"
            "Tour dates:\nMay 2 Berlin\nMay 4 Hamburg\nMay 6 Munich\n")
    texts = [ln.text for ln in split_lines(dump)]
    assert texts[0] == "Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals."
    assert "Q: Why did the council wait so long to close the hall?" in texts
    assert texts[-4:] == ["Tour dates:", "May 2 Berlin", "May 4 Hamburg", "May 6 Munich"]


def test_a_title_before_a_linked_name_does_not_end_the_sentence():
    from newsclean.text_lines import split_lines
    dump = "The council invited Rep.\nDana Whitfield\n, who chairs the committee.\nIt met at ten a.m.\nThe hall was shut."
    texts = [ln.text for ln in split_lines(dump)]
    assert texts[0] == "The council invited Rep. Dana Whitfield, who chairs the committee."
    assert texts[1:] == ["It met at ten a.m.", "The hall was shut."]


def test_an_interview_keeps_its_short_questions_and_answers():
    turns = ["Q: Where did you grow up?", "A: By the sea.", "Q: Favourite market stall?", "A: The cheese man.",
             "Q: Favourite apps?", "A: Maps, mail and the weather."]
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024"] + BODY[:2]
                     + turns + BODY[2:])
    paras = extract_text(text).text.split("\n\n")
    assert all(turn in paras for turn in turns)


def test_a_caption_between_the_header_and_the_opening_lines_is_no_lead():
    # Header, a photo's caption and credit, the opening lines, an ad slot, then the long paragraphs.
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024", "Expand",
                      "Traders pack up their stalls outside the old market hall in Springfield on Monday morning.",
                      "(Jo Example / AP)", "Cracks in the roof.", "That is what the engineers found last month.",
                      "Advertisement"] + BODY)
    paras = extract_text(text).text.split("\n\n")
    assert paras[:3] == ["Cracks in the roof.", "That is what the engineers found last month.", BODY[0]]


def test_an_interview_closing_with_short_linked_turns_keeps_them():
    # The last turns are short and printed as links: they score as a list of links, past the region.
    head = ["Q: Why did the council close the hall?",
            "A: " + BODY[1], "Q: What happens to the traders now?", "A: " + BODY[2]]
    tail = ["[Q: Favourite stall?](https://example.com/1)", "[A: The cheese man.](https://example.com/2)",
            "[Q: Favourite apps?](https://example.com/3)", "[A: Maps and mail.](https://example.com/4)"]
    text = "\n".join(["Market hall to close for repairs", "By Dana Whitfield", "March 3, 2024", BODY[0]]
                     + head + tail + ["Related stories", "Most read"])
    paras = extract_text(text).text.split("\n\n")
    assert paras[-4:] == ["Q: Favourite stall?", "A: The cheese man.", "Q: Favourite apps?", "A: Maps and mail."]
