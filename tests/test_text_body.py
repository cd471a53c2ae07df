"""The plain-text path's body: what a layout puts inside an article (labels between paragraphs,
boxes of other stories, drawn pictures, notices) and how the article is kept whole around them."""

from __future__ import annotations

from newsclean.text_extract import extract_text

PARAS = [
    "The city council voted on Tuesday to close two of its four downtown offices, saying the move would save "
    "about three million dollars a year in rent and maintenance.",
    "Officials said the staff working in those buildings would be moved to the remaining offices over the "
    "summer, and that no jobs would be cut as a result of the decision.",
    "The union representing the workers said it had not been consulted and that the remaining buildings did "
    "not have enough desks for everyone who is now required to come in four days a week.",
    "A spokesperson for the council said the plan had been discussed with managers for months and that the "
    "number of desks would be reviewed again once the move was complete.",
    "In a memo sent to employees last week, the council's chief administrator wrote that the savings were "
    "needed to balance next year's budget without raising property taxes again.",
    "The council will hold a public meeting on the plan next month, where residents and employees will be "
    "able to ask questions about how the closures will affect services.",
    "Two years ago the council had promised to cut its office space by half over a decade, and set aside "
    "money in the budget for the move, but the plan stalled when more staff returned to the offices.",
    "An auditor's report published last spring found that the city was on pace to cut only a fraction of "
    "the space it had promised, and that several buildings stood half empty for most of the week.",
    "Residents who spoke to the council on Tuesday were divided, with some welcoming the savings and others "
    "worried that fewer offices would mean longer waits for permits and other services.",
    "The closures are expected to be completed by the end of the year, according to the memo, and the "
    "buildings will be put up for sale or lease once they are empty.",
]

HEAD = ["Home", "News", "Local", "Sports", "Opinion", "Subscribe", "Sign In",
        "Council votes to close two downtown offices",
        "By Jane Example", "Published May 25, 2026"]
FOOT = ["Trending", "Ferry service resumes after winter break", "New bakery opens on Main Street",
        "Local team wins regional final", "Privacy Policy", "Terms of Use", "Contact Us"]


def test_labels_between_paragraphs_and_a_box_inside_the_article():
    # A layout that prints "Article content" between every two paragraphs, and a box of trending
    # headlines (with its ad slots) in the middle of the story: the paragraphs after the box are the
    # article's too, while the box's headlines and the labels stay out.
    body: list[str] = []
    for p in PARAS[:5]:
        body += [p, "Article content"]
    box = ["Advertisement", "This advertisement has not loaded yet, but your article continues below.",
           "Trending", "Ferry service resumes after winter break", "Local Politics",
           "New bakery opens on Main Street", "Business", "Local team wins regional final", "Sports",
           "Advertisement", "This advertisement has not loaded yet, but your article continues below."]
    for p in PARAS[5:]:
        body += ["Article content", p]
    art = extract_text("\n".join(HEAD + body[:10] + box + body[10:] + FOOT))
    for p in PARAS:
        assert p in art.text
    assert "Ferry service resumes" not in art.text
    assert "Article content" not in art.text


def test_a_picture_drawn_in_block_characters_does_not_end_the_article():
    # A converter drew an image as forty lines of block characters after a "Related" label: one
    # picture, not forty pieces of furniture; the article goes on below it.
    body = PARAS[:5] + ["Related"] + ["▄"] * 40 + PARAS[5:]
    art = extract_text("\n".join(HEAD + body + FOOT))
    for p in PARAS:
        assert p in art.text
    assert "▄" not in art.text


def _page(body: list[str]) -> str:
    return "\n".join(HEAD + body + FOOT)


def test_agency_captions_without_their_credit_are_dropped_as_captions():
    # A caption that lost its credit line still says what it is: what the photo shows, then the
    # weekday and full date set off by commas. Article prose says "on Tuesday".
    caption = ("Council members listen to residents during a public meeting at City Hall, Tuesday, "
               "May 19, 2026, in Springfield.")
    art = extract_text(_page(PARAS[:3] + [caption] + PARAS[3:]))
    assert caption not in art.text
    assert any(r.text == caption and r.reason == "caption" for r in art.explained_removals())
    assert PARAS[3] in art.text
    # A short stamp with the weekday and date is the dateline, not a caption.
    stamp = "Updated 11:21 pm CST, Tuesday, May 19, 2026"
    art = extract_text(_page([stamp] + PARAS))
    assert any(r.text == stamp and r.reason == "dateline" for r in art.explained_removals())


def test_bracketed_photo_credits_of_east_asian_sites_mark_captions():
    caption = "시민들이 광장에서 풍선을 흔들며 후보를 연호하고 있다. [사진 = 홍길동 기자]"
    art = extract_text(_page(PARAS[:3] + [caption] + PARAS[3:]))
    assert caption not in art.text
    assert any(r.text == caption and r.reason == "caption" for r in art.explained_removals())


def test_long_notices_are_judged_by_their_opening():
    # A consent layer's explanation and a comment section's rules run past the lexicon's block limit
    # on one line of a dump; their opening says what they are.
    consent = ("Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung in die Übermittlung und "
               "Verarbeitung von personenbezogenen Daten notwendig, da die Anbieter der eingebetteten Inhalte als "
               "Drittanbieter diese Einwilligung verlangen. " * 4)
    cookies = ("These cookies are necessary for the website to function and cannot be switched off in our "
               "systems. They are usually only set in response to actions made by you which amount to a request "
               "for services, such as setting your privacy preferences, logging in or filling in forms. " * 3)
    art = extract_text(_page(PARAS[:3] + [consent.strip()] + PARAS[3:] + [cookies.strip()]))
    reasons_by_text = {r.text[:40]: r.reason for r in art.explained_removals()}
    assert reasons_by_text[consent[:40]] == "embed-placeholder"
    assert reasons_by_text[cookies[:40]] == "cookie-notice"
    for p in PARAS:
        assert p in art.text


def test_a_table_printed_cell_by_cell_does_not_end_the_article():
    # Some converters print a table one cell a line: the numbers are cells, not furniture to pay for.
    table = ["Year", "Prime minister", "Days"]
    for year, name, days in (("2002", "Anna Example", "30"), ("2006", "Ben Example", "93"),
                             ("2010", "Carl Example", "45"), ("2013", "Dora Example", "95")):
        table += [year, name, days]
    art = extract_text(_page(PARAS[:6] + table + PARAS[6:]))
    for p in PARAS:
        assert p in art.text


def test_headline_and_summary_teasers_after_the_article_are_left_out():
    # Below the article, a "More on this topic" box lists other stories as a headline and a one-
    # paragraph summary each: prose, but not this article's.
    teasers = [
        "More on this topic",
        "Ferry service resumes after winter break 24.04.2026",
        "The ferry between the island and the mainland will run again from Monday, the operator said, after "
        "repairs to the harbour took longer than planned because of the storms in March.",
        "New bakery opens on Main Street 22.04.2026",
        "A family that has baked bread in the town for three generations has opened a second shop, where it "
        "will also sell coffee and cakes from early in the morning until late in the evening.",
        "Local team wins regional final 20.04.2026",
        "The town's football team won the regional final on Saturday with a late goal and will now play in "
        "the national tournament for the first time in more than twenty years.",
    ]
    art = extract_text(_page(PARAS + teasers))
    for p in PARAS:
        assert p in art.text
    assert "ferry between the island" not in art.text
    assert "football team won" not in art.text


def test_an_editors_picks_label_is_a_teaser_list_header_in_several_languages():
    from newsclean.lexicon import phrase_reason

    for label in ("Die Redaktion empfiehlt", "Editors recommend", "La rédaction vous recommande",
                  "La redacción recomienda", "La redazione consiglia"):
        assert phrase_reason(label) == "related-list", label
    assert phrase_reason("The editor recommends checking the tyres before a long drive.") is None


def test_a_date_alone_on_its_line_is_no_table_cell():
    from newsclean.text_classify import _CELL

    assert _CELL.match("2002") and _CELL.match("53 *") and _CELL.match("12,5 %")
    assert not _CELL.match("29.11.2024") and not _CELL.match("0:00")


def test_credits_closing_a_caption_in_several_forms():
    from newsclean.blocks import text_structural_reason

    for caption in (
        "An aerial view of the ice, at left, and the bare ice. Photograph by Jane Example",
        "A guest wears an outfit loaned by the designer at the fashion week Jane Example/GC Images",
        "BESØK: Hun fikk besøk av manageren sin da hun fødte datteren. Foto: Jane Example Olsen og Kari "
        "Example Nordmann (Avisen)",
    ):
        assert text_structural_reason(caption) == "caption", caption
    assert text_structural_reason("He said the images were taken by a drone over the harbour.") is None


def test_a_consent_layers_data_controller_line_is_a_cookie_notice():
    from newsclean.lexicon import phrase_reason

    for line in ("Example Media is responsible for your data on this website.",
                 "Avisen er en del av Example Media. Example Media er ansvarlig for dine data på denne nettsiden. Les mer",
                 "Example Media ansvarar för dina personuppgifter på denna webbplats.",
                 "Example Media ist verantwortlich für Ihre Daten auf dieser Website."):
        assert phrase_reason(line) == "cookie-notice", line
    assert phrase_reason("The minister said the agency is responsible for the data it collects.") is None


def test_share_labels_with_the_headline_and_search_engine_promotions():
    from newsclean.lexicon import phrase_reason

    assert phrase_reason("Share or comment on this article: Council votes to close two offices") == "share-widget"
    assert phrase_reason("Del artikkel") == "share-widget"
    assert phrase_reason("Add Example News as a preferred source on Google to see more of our stories.") == "promo"
    assert phrase_reason("Share the story of how you met your partner.") is None


def test_teaser_blurbs_above_the_article_do_not_count_as_its_prose():
    """Teaser blurbs scattered among menu lines above the article are prose, but no article: a related
    header after the third one must not damp everything below it (the article itself, further down)."""
    blurb = ("Readers of the weekly review will find in this long summary of another story everything that the "
             "editors thought worth telling about a festival that drew thousands of visitors to the old harbour "
             "district, with its concerts, its markets and its late-night boat rides along the river banks.")
    menu = ["Politics", "Culture", "Sport", "Opinion", "Science", "Travel", "Weather", "Podcasts"]
    top = []
    for n in range(3):
        top += menu + [blurb.replace("another story", f"story number {n + 1}")]
    # A short teaser opens a run of prose of its own; a related header and its headlines follow, then
    # a long menu before the article.
    top += menu + ["The mayor says the new ferry line will be free for children this summer."]
    top += ["Related stories", "Festival crowds return to the harbour district",
            "New ferry line opens for the summer season", "Markets stay open late this weekend",
            "Boat rides along the river are sold out"]
    services = [f"Reader Service Number {n} For Subscribers" for n in range(40)]
    story = PARAS[:3]
    page = "\n".join(top + services + ["Council closes two downtown offices to save rent"] + story
                     + ["Contact", "Imprint"])
    art = extract_text(page)
    assert art.text.startswith(story[0]) and story[-1] in art.text
    assert "story number" not in art.text


def test_a_directory_of_teaser_cards_does_not_win_over_the_article():
    """A footer listing the site's services or other stories as cards (a short title over a blurb trimmed
    to one length) is prose enough to outscore a short article; it is a related list, the article wins."""
    cards: list[str] = []
    for n in range(12):
        cards += [f"Service Portal {n}",
                  f"Our portal number {n} brings readers the latest guides, events and offers from the region every day."]
    page = "\n".join(HEAD + PARAS[:3] + ["Related topics", "Contact"] + cards + FOOT)
    art = extract_text(page)
    assert art.text.startswith(PARAS[0]) and PARAS[2] in art.text
    assert "portal number" not in art.text
    assert ("Service Portal 3", "related-list") in {(r.text, r.reason) for r in art.explained_removals()}


def test_an_articles_sections_under_subheadings_are_no_teaser_cards():
    """Subheadings each over one paragraph are an article's sections, not cards: its paragraphs are
    longer and of varied lengths."""
    body: list[str] = []
    for n, p in enumerate(PARAS):
        body += [f"Part {n + 1} of the plan", p + (" " + PARAS[(n + 3) % 10]) * (n % 3)]
    art = extract_text("\n".join(HEAD + body + FOOT))
    for p in PARAS:
        assert p in art.text


def test_a_press_releases_company_description_closes_no_article():
    """The standard paragraphs about the company that close a press release ("Acme is a global provider
    of …", "Acme is headquartered in …") leave the text, in several languages; a closing sentence about a
    person stays."""
    for about in (["Examplecorp is a global solutions provider focused on hospital software and mobile workflow "
                   "tools for nurses, doctors and the staff who support them around the clock.",
                   "Examplecorp is headquartered in Basel (Switzerland), has subsidiaries in 15 countries and "
                   "employs around 1,300 people worldwide."],
                  ["Beispiel AG ist ein führender Anbieter von Software für Krankenhäuser und Pflegeheime in "
                   "ganz Europa, mit mehr als tausend Kunden in zwölf Ländern."]):
        art = extract_text("\n".join(HEAD + PARAS[:6] + about + FOOT))
        assert art.text.endswith(PARAS[5])
        assert ("site-furniture" in {r.reason for r in art.explained_removals() if r.text == about[-1]})
    person = "Jane Example is a retired teacher who has lived in the district for forty years and chairs the residents' group."
    assert extract_text("\n".join(HEAD + PARAS[:6] + [person] + FOOT)).text.endswith(person)


def test_a_caption_under_its_label_on_a_line_of_its_own_is_a_caption():
    """A converter that breaks at every element puts a caption's label ("Legende:", "Image caption") on
    its own line and the caption, a sentence, on the next: the caption leaves the text."""
    caption = "The mayor and her deputy on the steps of the town hall after the vote on Tuesday evening."
    for label in ("Legende:", "Image caption"):
        art = extract_text("\n".join(HEAD + PARAS[:3] + [label, caption] + PARAS[3:8] + FOOT))
        assert caption not in art.text and PARAS[3] in art.text and PARAS[7] in art.text


def test_a_japanese_list_introduced_as_follows_is_article_text_up_to_the_paywall():
    """"各地の震度は次のとおり。" ("as follows.") introduces a list as a colon does elsewhere: its entries
    (no full stop in them) are article text; the subscription prompt after them (a sentence) is not."""
    lead = ("気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロ、"
            "地震の規模（マグニチュード）は6.9と推定される。この地震で、気象庁は高知県と宮崎県に1メートルの"
            "津波注意報を出した。")
    items = ["＜震度5弱＞", "宮崎県：高鍋町、新富町、宮崎市", "＜震度4＞", "宮崎県：延岡市、西都市、木城町、川南町",
             "福岡県：久留米市", "佐賀県：神埼市、白石町", "大分県：大分市、臼杵市、佐伯市、竹田市"]
    paywall = ["有料会員になると会員限定の有料記事もお読みいただけます。", "今すぐ登録", "ログインする"]
    menu = ["トップ", "社会", "経済", "政治", "国際", "スポーツ", "オピニオン", "カルチャー"]
    art = extract_text("\n".join(menu + [lead, "各地の震度は次のとおり。"] + items + paywall + menu))
    for item in items:
        assert item in art.text
    assert "有料会員" not in art.text


def test_a_closing_list_of_sources_under_its_label_leaves_the_text():
    """A fact-check or a news story closes with the sources it used under a label ("Sources:",
    "Quellen:"): the list is no part of the story; a paragraph after such a word is kept."""
    sources = [f"Email interview with {name}, a professor of public policy and economics at the university of the "
               f"city who has studied the budget of the council for years, Nov. 14, 2019"
               for name in ("Jane Example", "John Sample", "Mary Placeholder")]
    for label in ("Sources:", "Quellen:"):
        art = extract_text("\n".join(HEAD + PARAS[:6] + [label] + sources + FOOT))
        assert art.text.endswith(PARAS[5])
        assert "citation" in {r.reason for r in art.explained_removals() if r.text == sources[-1]}
    # Long paragraphs after the word are the story's own (a section headed "Sources").
    art = extract_text("\n".join(HEAD + PARAS[:4] + ["Sources"] + PARAS[4:8] + FOOT))
    assert art.text.endswith(PARAS[7])


def test_a_raw_copy_of_the_text_on_one_line_is_dropped_and_the_paragraphs_stay():
    # A paste site prints its text as paragraphs and again, run together, in a "raw data" box: one
    # line of every paragraph after another. The copy goes; the paragraphs stay, once each.
    raw_copy = " ".join(PARAS)
    art = extract_text(_page(PARAS + ["RAW Paste Data", raw_copy]))
    for p in PARAS:
        assert art.text.count(p) == 1
    assert any(r.text == raw_copy and r.reason == "duplicate" for r in art.explained_removals())


def test_a_long_paragraph_holding_one_other_is_not_a_copy():
    # A long paragraph that holds one other paragraph (a quote printed again) is no raw copy.
    long = " ".join([PARAS[0]] + [p.rsplit(" ", 1)[0] for p in PARAS[1:]])
    art = extract_text(_page(PARAS[:4] + [long] + PARAS[4:]))
    assert long in art.text


def test_embeds_that_did_not_load_inside_the_article_cost_like_captions():
    # A run of embedded posts that did not load, each printed as a placeholder ("Tweet may have been
    # deleted"), sits between the article's paragraphs like pictures: the paragraphs above the run
    # stay in the article (w3m's dump of the mashable.com page of Postlight Parser's fixtures).
    from pathlib import Path

    dump = (Path(__file__).parent / "data" / "text_w3m" / "mashable-tweets.txt").read_text(encoding="utf-8")
    art = extract_text(dump)
    assert "A large military-style plane, which looked remarkably like a C-130" in art.text
    assert "An Air Mobility spokesperson told Mashable" in art.text
    assert "Tweet may have been deleted" not in art.text


def test_a_pictures_alt_text_over_the_caption_repeating_it_is_a_caption():
    """A text browser prints a picture's alt text, then the caption that repeats it with the credit run on
    ("… ate a rabbit" / "… ate a rabbitCredit: Getty"): both are the picture's, neither the article's."""
    alt = "The latest case of the disease was reported after a hunter killed and ate a rabbit"
    dump = "\n\n".join(["Hunter falls ill after eating a rabbit", *PARAS[:4], alt, alt + "Credit: Getty - Contributor",
                         *PARAS[4:]])
    text = extract_text(dump).text
    assert PARAS[3] in text and PARAS[4] in text
    assert alt not in text


def test_pictures_alt_texts_in_brackets_are_captions_that_cost_the_article_nothing():
    """pandoc prints every picture's alt text or caption in brackets, alone on its line: on a page with four
    or more of them they are captions, dropped, and they do not cut the article where a picture stands
    between its paragraphs. A page's one bracketed note stays: it is the page's own text."""
    alts = ["[The council chamber during Tuesday's vote on the offices.]",
            "[Workers leaving one of the two downtown offices on Wednesday.]",
            "[A map of the four offices the council runs downtown.]",
            "[The chief administrator speaking at a meeting last month.]"]
    body = [PARAS[0], alts[0], PARAS[1], PARAS[2], alts[1], alts[2], PARAS[3], PARAS[4], alts[3], *PARAS[5:]]
    art = extract_text(_page(body))
    for p in PARAS:
        assert p in art.text
    assert not any(a.strip("[]") in art.text for a in alts)
    assert {"caption"} == {r.reason for r in art.explained_removals() if r.text in alts}
    note = "[Editor's note: this story was updated on Wednesday with the union's response.]"
    art = extract_text(_page([*PARAS[:5], note, *PARAS[5:]]))
    assert note in art.text
