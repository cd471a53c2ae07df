"""Text path: content that dumps cut into odd pieces and the rules kept out of the article:
social-media posts an article quotes, and CJK sentences broken at inline elements."""

from __future__ import annotations

from newsclean import reasons
from newsclean.text_extract import extract_text
from newsclean.text_lines import split_lines

# A dump that puts every element on its own line (BeautifulSoup's get_text("\n")): each quoted post
# prints its text, a handle it answers, its link, then its signature and date on lines of their own.
POSTS_PAGE = """\
Home
News
Sport
Share on Facebook
Share on Twitter
The council approved the new cycling plan after a long night of debate
By Jane Roe
March 3, 2021
The city council approved the new cycling plan on Tuesday night after more than six hours of debate, public comment and several amendments from both sides.
The plan adds forty kilometres of protected lanes over the next three years and lowers the speed limit on residential streets to thirty kilometres an hour.
Residents were quick to react online, and not everyone was pleased:
@citycouncil
Forty kilometres in three years is far too slow for a city this size.
pic.example.com/Ab12Cd
— Sam Rider (@samrides)
March 2, 2021
Others welcomed the plan as a first step and asked the council to publish a timetable for each of the new lanes.
Finally. My kids can ride to school.
— Pat Lee (@patlee)
March 2, 2021
The mayor said the first lanes would open in the spring and that the council would report on progress every six months.
Construction will start on the busiest corridors first, with temporary barriers placed while permanent kerbs are built.
Related stories
Bus fares to rise in April
New bridge opens to traffic
Newsletter
Subscribe to our daily briefing
"""


def test_quoted_posts_stay_in_the_article_with_their_signatures():
    art = extract_text(POSTS_PAGE)
    paras = art.text.split("\n\n")
    # The posts' text, the handle they answer, their link and signature (joined with its date) stay.
    assert "Forty kilometres in three years is far too slow for a city this size." in paras
    assert "@citycouncil" in paras and "pic.example.com/Ab12Cd" in paras
    assert "— Sam Rider (@samrides) March 2, 2021" in paras
    assert "— Pat Lee (@patlee) March 2, 2021" in paras
    assert "Residents were quick to react online, and not everyone was pleased:" in paras
    # The article runs on past the posts to its end; the furniture around it goes.
    assert paras[0].startswith("The city council approved")
    assert paras[-1].startswith("Construction will start")
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert removed["Related stories"] == reasons.RELATED_LIST
    assert "Share on Facebook" in removed
    # A post's date is not the page's.
    assert art.date is not None and art.date.startswith("2021-03-03")


def test_a_post_signature_joins_its_date_line_and_a_handle_alone_is_not_one():
    lines = split_lines("— Sam Rider (@samrides)\nMarch 2, 2021\n@samrides\nMarch 2, 2021")
    assert [ln.text for ln in lines] == ["— Sam Rider (@samrides) March 2, 2021", "@samrides", "March 2, 2021"]
    assert [ln.signature for ln in lines] == [True, False, False]
    # A signature with its date on the same line (inscriptis, html2text) is one too; other text after
    # a handle is not.
    assert split_lines("— Sam Rider (@samrides) 2 March 2021")[0].signature
    assert not split_lines("— Sam Rider (@samrides) said the plan was too slow")[0].signature


def test_a_handle_after_an_article_without_a_signature_stays_furniture():
    page = POSTS_PAGE.replace("— Pat Lee (@patlee)\nMarch 2, 2021\n", "").replace(
        "Related stories", "@janeroe\nRelated stories")
    art = extract_text(page)
    assert "@janeroe" not in art.text.split("\n\n")
    assert {r.text: r.reason for r in art.explained_removals()}["@janeroe"] == reasons.SHARE_WIDGET


def test_cjk_sentence_cut_at_a_link_is_joined_again():
    # A Japanese sentence whose link ("KeePass") a dump put on a line of its own: the next line begins
    # with a particle ("の"), which never opens a sentence.
    got = [ln.text for ln in split_lines("何が困るかといえば、パスワード管理ソフト\nKeePass\nの起動ショートカットキーと同じなのです。")]
    assert got == ["何が困るかといえば、パスワード管理ソフト KeePass の起動ショートカットキーと同じなのです。"]
    got = [ln.text for ln in split_lines("今回はそのデスクトップアプリ Kindle for PC\nに関する話。")]
    assert got == ["今回はそのデスクトップアプリ Kindle for PC に関する話。"]
    # A comma or full stop left on the next line goes back too, without a space.
    assert [ln.text for ln in split_lines("東京都の会見で\n、知事は述べた。")] == ["東京都の会見で、知事は述べた。"]


def test_cjk_lines_that_end_a_sentence_or_open_one_stay_apart():
    # After a full stop, and before a line that opens with anything but a particle, lines stay apart:
    # a heading is followed by its paragraph, a paragraph by the next.
    text = "起動ホットキーが被る\nさて、この設定は変更できません。\nこれが非常に困ったもの。\nの話は別です。"
    assert [ln.text for ln in split_lines(text)] == text.split("\n")


# A page whose headline the metadata search takes from the top (the document title) while the byline
# and dateline stand right above the lead, which a video block cuts off from the rest of the story.
LEAD_PAGE = "\n".join(
    ["Harbour ferry service to resume next week | Coast News"]
    + [f"Section {n}" for n in range(1, 36)]
    + ["By Alex Moreno", "June 4, 2023",
       "The harbour ferry will run again from next Monday after eight weeks of repairs to its landing "
       "stage, the port authority said on Sunday, ending a long detour for thousands of commuters.",
       "Video", "Play", "Mute", "00:45", "Settings", "Full screen", "Up next", "Captions",
       "The authority said the new landing stage had been rebuilt with stronger piles and a wider ramp, "
       "so that the ferry can dock safely even at the lowest tides of the winter months.",
       "Commuters have had to take a bus around the bay since April, which added almost an hour to "
       "the journey each way for those who live on the northern shore.",
       "The first ferry on Monday leaves at six in the morning, and the timetable will be the same as "
       "before the repairs began, the authority said in a statement.",
       "Tickets bought for the ferry before the closure will be honoured until the end of the year.",
       "Related stories", "Bus lanes planned for the bay road", "Port to hire more pilots"]
)


def test_the_lead_between_the_byline_and_a_video_block_stays_when_the_headline_is_far_above():
    art = extract_text(LEAD_PAGE)
    paras = art.text.split("\n\n")
    assert paras[0].startswith("The harbour ferry will run again")
    assert paras[1].startswith("The authority said the new landing stage")
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert "Full screen" in removed and "Section 20" in removed
    assert removed["By Alex Moreno"] == reasons.BYLINE


def test_closing_promotion_and_notice_leave_the_text():
    page = POSTS_PAGE.replace(
        "Related stories\n",
        "Jane Roe covers transport and city hall. Follow her on Twitter for updates from the council.\n"
        "Disclaimer: the views of readers quoted here are their own and not those of the paper.\n"
        "Related stories\n")
    art = extract_text(page)
    assert art.text.split("\n\n")[-1].startswith("Construction will start")
    removed = {r.text: r.reason for r in art.explained_removals()}
    assert removed["Jane Roe covers transport and city hall. Follow her on Twitter for updates from the council."] \
        == reasons.AUTHOR_BIO
    assert removed["Disclaimer: the views of readers quoted here are their own and not those of the paper."] \
        == reasons.SITE_FURNITURE
    # A sentence that only mentions following someone, in the middle of the text, stays.
    assert "Others welcomed the plan" in art.text


def test_cjk_clause_cut_at_a_quote_or_emphasis_is_joined_when_no_blank_line_parts_them():
    # A clause ending in a particle or "て", an opening bracket, a closing quote that "と" goes on
    # from, and a copula: all go on with the line below them, without a space.
    text = "公明党は一貫して\n「\n家計の負担を和らげる」\nと主張してきましたが、\n負担は明白\nです。"
    assert [ln.text for ln in split_lines(text)] == ["公明党は一貫して「家計の負担を和らげる」と主張してきましたが、負担は明白です。"]
    # A blank line between two blocks keeps them apart even after a particle: a heading ending in
    # one ("…で") stays above its paragraph.
    text = "ショートカットキーで\n\n以下、その手順。"
    assert [ln.text for ln in split_lines(text)] == ["ショートカットキーで", "以下、その手順。"]


def test_a_particle_before_a_number_goes_on_from_the_line_above():
    got = [ln.text for ln in split_lines("この地震で、気象庁は高知県\nと宮崎県\nに1メートルの津波注意報を出した。")]
    assert got == ["この地震で、気象庁は高知県と宮崎県に1メートルの津波注意報を出した。"]


def test_a_line_a_dump_began_with_one_space_goes_on_from_the_line_above():
    # BeautifulSoup's get_text("\n") keeps the space after an inline element (a bold dateline, a
    # label): the text after it begins with one space on the next line.
    text = ("Share\n\nHONOLULU, Dec. 23 (UPI) —\n Researchers trying to cut down on bycatch filmed the whales.\n\n"
            "ST. LOUIS, MO (KTVI)\n – Amid unimaginable grief, the widow thanked her neighbours.")
    assert [ln.text for ln in split_lines(text)] == [
        "Share", "HONOLULU, Dec. 23 (UPI) — Researchers trying to cut down on bycatch filmed the whales.",
        "ST. LOUIS, MO (KTVI) – Amid unimaginable grief, the widow thanked her neighbours."]
    # A name and its role, or a label and a date's parts, stay apart: neither is a clause.
    assert len(split_lines("Jane Roe\n Deputy Political Editor\n08:39, 06 Jan 2026")) == 3
    assert split_lines("Actualizado\n Lunes,\n2\ndiciembre")[0].text == "Actualizado"
    # A dump that indents its lines (lynx, inscriptis) and a line after a blank one are not joined so.
    indented = " HONOLULU, Dec. 23 (UPI) —\n Researchers trying to cut down on bycatch filmed the whales."
    assert len(split_lines(indented)) == 2
    assert len(split_lines("HONOLULU, Dec. 23 (UPI) —\n\n Researchers filmed the whales.")) == 2


def test_a_lead_above_the_region_dropped_as_a_repeat_is_reported():
    lead = ("The harbour ferry will run again from next Monday after eight weeks of repairs to its landing "
            "stage, the port authority said on Sunday, ending a long detour for thousands of commuters.")
    page = LEAD_PAGE.replace("Related stories", lead + "\nRelated stories")
    art = extract_text(page)
    paras = art.text.split("\n\n")
    assert paras.count(lead) == 1 and paras[-1] == lead  # the body's copy stays
    assert art.description == lead
    assert (lead, reasons.DUPLICATE) in [(r.text, r.reason) for r in art.explained_removals()]
