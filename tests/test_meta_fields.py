"""Title, byline and date on the HTML path: which source wins, and field_sources that says so."""

from __future__ import annotations

from lxml import html as lhtml

from newsclean.authors import clean_author_names, parse_byline
from newsclean.html_dates import html_publication_date, publication_date_and_source
from newsclean.html_extract import extract_html
from newsclean.metadata import extract_metadata, heading_text, strip_site_suffix


def _tree(head: str, body: str = ""):
    return lhtml.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_meta_written_with_value_instead_of_content():
    tree = _tree('<meta name="article:published_time" value="2016-11-29T20:26:06Z">'
                 '<meta property="og:title" value="Standing Rock protest camp told to leave">'
                 '<meta name="author" value="Sam Levin"><title>Standing Rock | Example</title>')
    md = extract_metadata(tree)
    assert md.title == "Standing Rock protest camp told to leave"
    assert md.author_candidates == ["Sam Levin"]
    found = html_publication_date(tree)
    assert found is not None and found.date == "2016-11-29T20:26:06+00:00"


def _date_and_source(head: str, body: str = "", url: str | None = None, fallback: bool = False):
    found, source = publication_date_and_source(_tree(head, body), url=url, fallback=fallback)
    return (found.date if found else None), source


def test_date_sources_are_named():
    assert _date_and_source('<meta property="article:published_time" content="2020-04-19T06:50:00+01:00">') == (
        "2020-04-19T06:50:00+01:00", "meta:article:published_time")
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-03"}</script>'
    assert _date_and_source(ld) == ("2024-05-03", "json-ld")
    assert _date_and_source("", "<h1>Headline here</h1><p>Veröffentlicht am 07.06.2019</p>") == (
        "2019-06-07", "dateline")


def test_web_component_with_datetime_is_a_time_element():
    body = ('<article><h1>Convert an app</h1><div class="meta">committed '
            '<relative-time datetime="2020-07-07T12:10:51Z">on Jul 7, 2020</relative-time></div></article>')
    assert _date_and_source("", body) == ("2020-07-07T12:10:51+00:00", "time-element")


def test_layout_class_naming_a_sidebar_does_not_exclude_the_article_column():
    body = ('<div class="detailBodyContainer withSidebar"><div class="byline">'
            '<time class="timeStamp" datetime="2022-10-14T16:20:52Z">Posted: Oct 14, 2022</time></div></div>'
            '<div class="sidebar"><time datetime="2022-10-01T10:00:00Z">Oct 1</time></div>')
    assert _date_and_source("", body)[0] == "2022-10-14T16:20:52+00:00"


def test_url_dates_from_the_amp_link_and_from_a_yymmdd_slug():
    amp = '<link rel="amphtml" href="https://amp.example.com/news/2016/12/15/gadgets/">'
    assert _date_and_source(amp, "<p>Text</p>", url="https://other.example.com/4603308/gadgets/") == (
        "2016-12-15", "url")
    slug = "https://news.example.com/energy/2015/08/150803-gender-bias-office-temperatures/"
    assert _date_and_source("", "<p>Text</p>", url=slug) == ("2015-08-03", "url")
    # the slug must repeat the folders' year and month
    assert _date_and_source("", "<p>Text</p>", url="https://example.com/2015/08/990803-x/") == (None, None)


def test_updated_label_is_the_last_resort():
    body = '<h1>Tags left on a coat</h1><div class="attribution-date">Updated on December 12, 2016 09:22 AM</div>'
    assert _date_and_source("", body) == ("2016-12-12T09:22:00", "dateline")
    both = body + '<p class="published">Published: December 10, 2016</p>'
    assert _date_and_source("", both)[0] == "2016-12-10"


def test_htmldate_only_when_the_page_names_no_date_itself():
    # our rules skip dates in an <aside> (teasers live there); htmldate reads this one
    body = '<article><h1>Ein Titel</h1><aside><span class="date">19.07.2022</span></aside><p>Text.</p></article>'
    assert _date_and_source("", body) == (None, None)
    assert _date_and_source("", body, fallback=True) == ("2022-07-19", "htmldate")
    own = '<meta property="article:published_time" content="2022-07-18">'
    assert _date_and_source(own, body, fallback=True) == ("2022-07-18", "meta:article:published_time")


def _authors(head: str, body: str = "") -> tuple[list[str], str | None]:
    art = extract_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return art.authors, art.field_sources.get("byline")


_STORY = "<p>" + "The council met on Tuesday and voted on the plan for the new bridge. " * 6 + "</p>"


def test_jsonld_person_wins_over_a_meta_author_and_needs_no_name_shape():
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge plan",'
          '"author":[{"@type":"Person","name":"Xiaoying You"},{"@type":"Person","name":"Mariana Lenharo"}]}'
          '</script><meta name="author" content="Amin Farouk">')
    assert _authors(ld, "<h1>Bridge plan</h1>" + _STORY) == (["Xiaoying You", "Mariana Lenharo"], "json-ld")


def test_copyright_holder_is_no_author():
    head = ('<meta name="author" content="Hollis Crane"><meta name="copyright" content="Copyright (c) Hollis Crane 2024">'
            '<meta property="article:author" content="Emma Grey Ellis">')
    assert extract_metadata(_tree(head)).author_candidates == ["Emma Grey Ellis"]


def test_written_by_label_pair_in_meta_comes_after_the_visible_byline():
    head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ellyn Shook">'
    md = extract_metadata(_tree(head))
    assert (md.author_candidates, md.fallback_authors) == ([], ["Ellyn Shook"])
    assert _authors(head, "<h1>Bridge plan</h1>" + _STORY) == (["Ellyn Shook"], "meta:twitter:data")
    byline = '<h1>Bridge plan</h1><div class="byline__content"><a class="byline__name">Duncan Bell</a></div>'
    assert _authors(head, byline + _STORY) == (["Duncan Bell"], "byline-element")


def test_the_label_pair_reads_the_shared_author_labels():
    """The pair's label is any of the lexicon's author labels ("Autorin", "Auteurs", "Texto"), as the text
    path's byline prefix reads them; another label ("Est. reading time") names nobody."""
    for label in ("Autorin", "Auteurs", "Texto", "Written by"):
        head = f'<meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="Ana Ruiz">'
        assert extract_metadata(_tree(head)).fallback_authors == ["Ana Ruiz"], label
    head = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'
    assert extract_metadata(_tree(head)).fallback_authors == []


def test_byline_markup_in_the_page():
    link = '<h1>Bridge plan</h1><div class="PostHeader">By <div><a href="/author/bethany-braun-silva">Bethany Braun-Silva</a></div></div>'
    assert _authors("", link + _STORY) == (["Bethany Braun-Silva"], "author-link")
    cased = '<h1>Bridge plan</h1><div class="css-1wkce1i-Byline"><span>Stewart Perrie</span></div>'
    assert _authors("", cased + _STORY) == (["Stewart Perrie"], "byline-element")
    spans = ('<h1>Bridge plan</h1><div class="article-byline"><div class="origins"><span>Birgit Baumann</span>'
             '<span>Anna Giulia Fink</span><span>Jan Michael Marchart</span></div></div>')
    assert _authors("", spans + _STORY)[0] == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]
    label = '<h1>Bridge plan</h1><ul><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>'
    assert _authors("", label + _STORY) == (["Roman Goncharenko"], "author-label")
    writer = '<h1>橋の計画</h1><span class="writer">松村太郎</span>'
    assert _authors("", writer + _STORY)[0] == ["松村太郎"]


def test_one_wrapper_per_author_in_a_byline_block_keeps_every_author():
    bylines = ('<h1>Bridge plan</h1><div class="bylines">'
               '<div class="byline"><address><a rel="author" href="mailto:a@example.no">Ingrid Holm</a></address></div>'
               '<div class="byline"><address><a rel="author" href="mailto:b@example.no">Lars Berg</a></address></div>'
               "</div>")
    assert _authors("", bylines + _STORY) == (["Ingrid Holm", "Lars Berg"], "author-link")
    # A teaser's author further down the page shares no byline block with the article's.
    teaser = '<ul class="more"><li><a href="/x">Other story with a long headline</a> <a rel="author" href="/a/p">Pat Doe</a></li></ul>'
    assert _authors("", bylines + _STORY + teaser)[0] == ["Ingrid Holm", "Lars Berg"]


def test_a_shared_byline_the_structured_data_cut_to_its_first_author_is_read_whole():
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge plan",'
          '"author":{"@type":"Person","name":"Lars Berg"}}</script>')
    byline = ('<h1>Bridge plan</h1><div class="bylines">'
              '<div class="byline"><address><a rel="author" href="mailto:a@example.no">Ingrid Holm</a></address></div>'
              '<div class="byline"><address><a rel="author" href="mailto:b@example.no">Lars Berg</a></address></div>'
              "</div>")
    assert _authors(ld, byline + _STORY) == (["Ingrid Holm", "Lars Berg"], "author-link")
    # A marked-up byline without the structured author is someone else's (a teaser's): JSON-LD stands.
    other = byline.replace("Lars Berg", "Tom Lee")
    assert _authors(ld, other + _STORY) == (["Lars Berg"], "json-ld")


def test_bylines_in_comments_and_bios_are_skipped_but_layout_classes_are_not():
    bio = '<h1>Bridge plan</h1>' + _STORY + '<div class="author-bio"><span class="author">Pat Doe</span></div>'
    assert _authors("", bio) == ([], None)
    layout = ('<div class="detail withSidebar"><h1>Bridge plan</h1><span class="authorText">'
              '<a href="/news/author/pete-evans-1.3333505">Pete Evans</a></span>' + _STORY + "</div>")
    assert _authors("", layout)[0] == ["Pete Evans"]


def test_name_shapes():
    assert clean_author_names(["By Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman"]) == [
        "Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"]
    assert clean_author_names(["Will Leitch"]) == ["Will Leitch"]
    # role labels printed in their own elements beside the names
    assert clean_author_names(["著者", "お米ゴハン", "イラスト", "汐街コナ"]) == ["お米ゴハン", "汐街コナ"]
    assert clean_author_names(["Xiaoying You"]) == []  # without the page typing it a Person
    assert clean_author_names(["Xiaoying You"], people=["Xiaoying You"]) == ["Xiaoying You"]
    assert clean_author_names(["Newsroom Staff"], people=["Newsroom Staff"]) == []


def test_a_video_page_is_dated_by_its_upload_date_an_embedded_clip_is_not():
    video = ('<script type="application/ld+json">{"@type":"VideoObject","name":"Bridge opening",'
             '"uploadDate":"2024-03-03T10:00:00Z"}</script>')
    assert _date_and_source(video) == ("2024-03-03T10:00:00+00:00", "json-ld")
    story = ('<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Bridge opens"},'
             '{"@type":"VideoObject","name":"Archive clip","uploadDate":"2019-05-01"}]</script>')
    assert _date_and_source(story, "<h1>Bridge opens</h1><p>Published March 3, 2024</p>") == ("2024-03-03", "dateline")


def test_a_whole_date_in_one_part_of_the_address_comes_after_the_visible_datelines():
    assert _date_and_source("", url="https://example.com/news/2024-03-03/bridge-plan") == ("2024-03-03", "url")
    assert _date_and_source("", url="https://example.com/nation/ct-bridge-plan-20240303-story.html") == (
        "2024-03-03", "url")
    assert _date_and_source("", url="https://example.com/story/1202403031/bridge") == (None, None)  # an id
    # A dateline in the page says more (a time) and wins.
    seen = "<h1>Bridge plan approved</h1><p>Published March 3, 2024 at 3:45 pm</p>"
    assert _date_and_source("", seen, url="https://example.com/bridge-plan-20240303-story.html")[1] == "dateline"


def _title(head: str, body: str) -> tuple[str | None, str | None]:
    md = extract_metadata(_tree(head, body))
    return md.title, md.title_source


def test_jsonld_headline_and_og_title_agreeing_beat_a_differently_worded_h1():
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kenya: Nairobi from below"}'
            '</script><meta property="og:title" content="Kenya: Nairobi from below">'
            '<meta property="og:site_name" content="Daily Example">'
            '<title>Kenya: Nairobi from below - Daily Example</title>')
    assert _title(head, "<h1>Nairobi from below</h1>") == ("Kenya: Nairobi from below", "json-ld")
    suffixed = head.replace("from below\"}", "from below - Daily Example\"}").replace(
        'content="Kenya: Nairobi from below"', 'content="Kenya: Nairobi from below - Daily Example"')
    assert _title(suffixed, "<h1>Something else</h1>")[0] == "Kenya: Nairobi from below"


def test_kicker_before_the_headline_in_the_h1_is_not_the_title():
    head = '<meta property="og:title" content="Judy Lybke, ganz und gar nicht eigenartig">'
    h1 = "<h1><span class='kicker'>Neue Leipziger Schule</span>: Judy Lybke, ganz und gar nicht eigenartig</h1>"
    assert _title(head, h1) == ("Judy Lybke, ganz und gar nicht eigenartig", "meta:og:title")


def test_a_topic_label_the_structured_title_leaves_out_marks_the_og_title_as_the_headline():
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"%s"}</script>'
    h1 = "Olympic Games: German forward impresses, France tears itself apart"
    head = (ld % h1) + '<meta property="og:title" content="German forward impresses, France falters">'
    assert _title(head, f"<h1>{h1}</h1>") == ("German forward impresses, France falters", "meta:og:title")
    # The same label in both (or a structured title opening like the h1) keeps the h1.
    same = (ld % h1) + '<meta property="og:title" content="Olympic Games: France tears itself apart at last">'
    assert _title(same, f"<h1>{h1}</h1>") == (h1, "h1")
    # A title unlike the h1's rest is another headline, not the h1 without its label.
    other = (ld % h1) + '<meta property="og:title" content="Why the hosts lost their nerve in Lille">'
    assert _title(other, f"<h1>{h1}</h1>") == (h1, "h1")


def test_different_labels_before_the_same_words_give_the_words():
    head = ('<meta property="og:title" content="Attack on the port: «Restraint has a lot to do with the allies»">'
            "<title>Attack on the port: «Restraint has a lot to do with the allies» - News - Example</title>")
    h1 = "<h1>Escalation in the region - «Restraint has a lot to do with the allies»</h1>"
    assert _title(head, h1) == ("«Restraint has a lot to do with the allies»", "meta:og:title")


def test_a_one_word_page_title_is_a_topic_label_beside_a_headline_h1():
    head = ('<meta property="og:title" content="Arbeit"><meta property="og:site_name" content="Example Partei">'
            "<title>Arbeit - Example Partei</title>")
    assert _title(head, "<h1>Wir kämpfen für gute Arbeit</h1>") == ("Wir kämpfen für gute Arbeit", "h1")
    assert _title(head, "<h1>Menü</h1>") == ("Arbeit", "meta:og:title")


def test_site_name_joined_without_spaces_is_cut():
    head = ('<meta property="og:title" content="ツリーを描画できる「Treeviz」:example開発日誌">'
            '<meta property="og:site_name" content="example開発日誌">')
    assert _title(head, "") == ("ツリーを描画できる「Treeviz」", "meta:og:title")
    assert strip_site_suffix("Example News_Quake hits the coast", "Example News", []) == "Quake hits the coast"


def test_a_headline_cut_short_with_an_ellipsis_gives_way_to_the_whole_one():
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the bridge plan '
            'after a…"}</script><meta property="og:title" content="Council approves the bridge plan after a long debate">')
    assert _title(head, "") == ("Council approves the bridge plan after a long debate", "meta:og:title")


def test_site_names_in_brackets_full_width_bars_and_logo_headings():
    site = '<meta property="og:site_name" content="例示新聞">'
    assert _title("<title>【例示新聞】橋の新計画を承認</title>" + site, "")[0] == "橋の新計画を承認"
    assert _title("<title>Council approves the bridge plan (Example Times)</title>"
                  '<meta property="og:site_name" content="Example Times">', "")[0] == "Council approves the bridge plan"
    assert _title("<title>橋の新計画を承認｜例示新聞</title>", "")[0] == "橋の新計画を承認"
    # The site's name as the page's only heading (its logo): the <title>'s other segments are the headline.
    logo = "<title>这个约会软件想帮你找对象_智能_好奇心日报</title>"
    assert _title(logo, "<h1>好奇心日报</h1>") == ("这个约会软件想帮你找对象", "title-tag")
    # The last of two segments is the page's own heading: "Artist – Song" beside <h1>Song</h1>.
    song = '<meta property="og:title" content="Prince and the Revolution – Purple Rain">'
    assert _title(song, "<h1>Purple Rain</h1>")[0] == "Purple Rain"
    diary = "<title>山田の日記 - 初期パスワードが識別符号に当たらないことが理解されていない</title>"
    assert _title(diary, "<h1>山田の日記</h1>")[0] == "初期パスワードが識別符号に当たらないことが理解されていない"


def test_h1_and_title_tag_sources():
    head = "<title>Bridge plan approved after long debate | Example Times</title>"
    assert _title(head, "<h1>Bridge plan approved after long debate</h1>") == (
        "Bridge plan approved after long debate", "h1")
    assert _title(head, "") == ("Bridge plan approved after long debate", "title-tag")


def test_soft_hyphens_and_zero_width_marks_are_no_part_of_a_title():
    h1 = "<h1>Paläs\u00adti\u00adnenser legt Ver\u00adfas\u00adsungs\u00adbe\u00adschwerde ein\u200b</h1>"
    assert _title("", h1) == ("Palästinenser legt Verfassungsbeschwerde ein", "h1")


def test_heading_text_keeps_a_space_between_kicker_and_headline():
    h1 = lhtml.fragment_fromstring("<h1><span>Nationale Demo</span>Der 9. Juli naht <em>jetzt</em>!</h1>")
    assert heading_text(h1) == "Nationale Demo Der 9. Juli naht jetzt!"


def test_explain_names_the_source_of_each_field():
    page = ('<html><head><meta property="og:title" content="Bridge plan approved">'
            '<meta property="article:published_time" content="2024-05-03T10:00:00Z"></head><body>'
            '<h1>Bridge plan approved</h1><p class="byline">By Jane Roe and Tom Lee</p>' + _STORY + "</body></html>")
    record = extract_html(page).to_dict(explain=True)
    assert record["field_sources"] == {"title": "h1", "date": "meta:article:published_time",
                                       "byline": "byline-element"}
    assert record["authors"] == ["Jane Roe", "Tom Lee"]


def test_a_one_word_name_linked_to_an_author_page_is_not_taken():
    # a brand, a user name or an agency is linked like a writer ("/author/beachbody/", "/author/pti/")
    body = ('<h1>Killer whale snags tuna bait</h1><div class="cb-byline"><div class="cb-author">'
            '<a href="http://example.com/author/vortex/">Vortex</a></div></div>' + _STORY)
    assert _authors("", body) == ([], None)


def test_update_labels_in_several_languages_are_no_names():
    for line in ("Son Güncelleme: 30.04.2024 12:05", "Bijgewerkt 3 mei 2024", "Oppdatert 12.05.2024"):
        assert parse_byline(line) == (None, [])
    assert parse_byline("Ana Ruiz | Son Güncelleme: 30.04.2024")[1] == ["Ana Ruiz"]


def test_byline_line_keeps_element_boundaries():
    # a byline line below the headline, outside the story's container
    body = ('<header><h1>Bridge plan</h1><div class="meta">By <a href="/x">Howard Blume</a>Staff Writer</div></header>'
            "<article><p>" + "The council met on Tuesday and voted on the plan for the new bridge. " * 6 + "</p></article>")
    assert _authors("", body) == (["Howard Blume"], "byline-line")


def test_labelled_dateline_with_runs_of_spaces_keeps_the_whole_day():
    body = '<h1>Headline here</h1><div class="published"><time>Publié  le&#xA0;13 mars 2017</time></div>'
    assert _date_and_source("", body) == ("2017-03-13", "dateline")


def test_values_escaped_twice_read_as_text():
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Strava unveils &#8216;family&#8217; plan",'
            '"author":{"@type":"Person","name":"Ana O&#8217;Neil"}}</script>'
            '<meta property="og:site_name" content="Example &amp;amp; Co">')
    md = extract_metadata(_tree(head))
    assert (md.title, md.site_name) == ("Strava unveils ‘family’ plan", "Example & Co")
    assert md.author_candidates == ["Ana O’Neil"]
