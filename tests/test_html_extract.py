"""The HTML path on real pages: article text, furniture removed with reasons, metadata, confidence.

``tests/data/html`` holds three pages from the article-extraction-benchmark (MIT licence) and one
realistic WordPress-style page written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.html_extract import extract_html, parse_html

DATA = Path(__file__).resolve().parent / "data" / "html"


def _clean(name: str):
    return clean((DATA / name).read_bytes(), input_format="html")


def _reasons(article) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in article.explained_removals():
        out.setdefault(r.reason, []).append(r.text)
    return out


@pytest.fixture(scope="module")
def wordpress():
    return _clean("wordpress-de-comments.html")


def test_wordpress_metadata(wordpress):
    a = wordpress
    assert a.title == "Stadtrat beschließt neues Radwegenetz für die Innenstadt"
    assert a.authors == ["Katharina Wendt"]  # the Organization author of the JSON-LD is not a person
    assert a.date == "2021-03-23T09:15:00+01:00"  # published, not modified
    assert a.site_name == "Lokalbote Freiburg"
    assert a.url == "https://lokalbote.example/2021/03/23/radwegenetz-innenstadt/"
    assert a.language == "de"
    assert a.description.startswith("Nach monatelanger Debatte")


def test_wordpress_keeps_subheads_lists_and_quotes(wordpress):
    text = wordpress.text
    assert text.startswith("Nach monatelanger Debatte hat der Freiburger Stadtrat")
    assert "Was sich für Autofahrer ändert" in text
    assert "der Rotteckring im Bereich des Stadttheaters," in text
    assert "„Wir wollen, dass Kinder wieder sicher mit dem Rad zur Schule fahren können“" in text
    assert text.endswith("über die Pläne informieren und Einwände vorbringen.")


def test_wordpress_furniture_removed_with_reasons(wordpress):
    text, why = wordpress.text, _reasons(wordpress)
    for leak in ("Endlich passiert etwas", "Schreibe einen Kommentar", "Teilen", "Foto: Stadt Freiburg",
                 "Jeden Morgen die wichtigsten", "Neue Buslinie", "Schlagwörter", "schreibt seit 2015",
                 "Hochwasser", "Cookies", "Alle Rechte vorbehalten"):
        assert leak not in text
    assert any("Endlich passiert etwas" in t for t in why["comment-form"])
    assert any("Twittern" in t for t in why["share-widget"])
    assert any("Foto: Stadt Freiburg" in t for t in why["caption"])
    assert any("Jeden Morgen" in t for t in why["newsletter"])
    assert any("Neue Buslinie" in t for t in why["related-list"])


def test_repeated_paragraph_kept_once(wordpress):
    assert wordpress.text.count("Die Kosten von rund 18 Millionen Euro") == 1
    assert any(t.startswith("Die Kosten von rund 18 Millionen") for t in _reasons(wordpress)["duplicate"])


def test_same_input_same_output_whatever_ran_before():
    raw = (DATA / "wordpress-de-comments.html").read_bytes()
    first = clean(raw, input_format="html").to_dict(explain=True)
    _clean("autoracing-table.html")
    assert clean(raw, input_format="html").to_dict(explain=True) == first


def test_form_wrapped_page_and_related_links():
    """A page whose whole body sits in a <form> (ASP.NET style) is still an article."""
    a = _clean("aljazeera-moonshot.html")
    assert a.title == "NASA’s commercial moon shot: Musk's and Bezos's firms to bid"
    assert a.authors == ["Laura Winter"]
    assert a.date.startswith("2019-11-19")
    assert a.site_name == "Al Jazeera"
    assert "Getting to the Moon, while not easy, has been done." in a.text
    assert "The small players bring an agility and creativity" in a.text
    assert "Spacewalking into 'her-story'" not in a.text
    assert "Spacewalking into 'her-story'" in _reasons(a)["related-list"]
    assert a.language == "en"  # undeclared: recognised from the text
    assert a.confidence >= 0.8


def test_embedded_tweet_kept_and_graph_author_resolved():
    a = _clean("mspoweruser-stadia.html")
    assert a.title == "Google Stadia Red Dead Redemption 2 doesn’t run at a stable 60fps"
    assert a.authors == ["Lewis White"]  # a JSON-LD @graph Person referred to by @id
    assert a.date.startswith("2019-11-19")
    assert "— Digital Foundry (@digitalfoundry) November 18, 2019" in a.text  # quoted tweet
    assert "Read our review-in-progress here." in a.text
    assert "Related google" not in a.text
    assert "comment-form" in _reasons(a)


def test_table_rows_read_as_lines():
    a = _clean("autoracing-table.html")
    assert a.title == "Classificação NASCAR"
    assert a.authors == []  # "Admin" and commenters are not authors
    assert a.language == "pt"
    assert "1 Kyle Busch 5040 5 1 17 27" in a.text
    assert "40 Casey Mears 1 0 0 0 0" in a.text
    assert "Share this on WhatsApp" not in a.text
    assert "share-widget" in _reasons(a)


def test_confidence_is_low_for_a_page_without_an_article():
    html = "<html><body><nav>" + "".join(f'<a href="/{i}">Section {i}</a>' for i in range(30)) + \
           "</nav><p>Subscribe now.</p></body></html>"
    a = extract_html(html)
    assert 0.0 <= a.confidence < 0.5


@pytest.mark.parametrize("depth", [300, 1000, 5000])
def test_deeply_nested_page_keeps_its_text(depth):
    paras = "".join(f"<p>Paragraph {i} of a deeply nested page, long enough to be prose text.</p>" for i in range(3))
    html = "<html><body>" + "<div>" * depth + paras + "</div>" * depth + "</body></html>"
    assert parse_html(html) is not None
    a = clean(html.encode(), input_format="html")
    assert "Paragraph 2 of a deeply nested page" in a.text


def test_broken_and_empty_markup_do_not_crash():
    assert extract_html("<html><body></body></html>").text == ""
    a = extract_html("<p>Unclosed <b>bold <i>italic paragraph of text that is long enough to keep around.")
    assert "italic paragraph" in a.text


def _article(inner: str) -> str:
    lead = "".join(f"<p>Lead paragraph {i} of the report, with enough words to read as prose, and a comma.</p>"
                   for i in range(3))
    return f"<html><head><title>Council votes</title></head><body><article>{lead}{inner}</article></body></html>"


def test_hover_card_cut_out_of_its_sentence():
    """A name link with a pop-up card: the name stays in the sentence, the card goes."""
    a = extract_html(_article(
        '<p>The motion by Rep. <span class="hovercard-person"><a class="hovercard-link" href="/p/1">Jane Roe'
        '</a><span class="hovercard-body"><a href="/p/1">Jane Roe</a> <a href="/x">Latest: budget talks'
        ' stall again</a></span></span> (D-Ohio) passed after a long debate in the chamber on Tuesday.</p>'))
    assert "The motion by Rep. Jane Roe (D-Ohio) passed after a long debate" in a.text
    assert "budget talks" not in a.text
    assert any("budget talks" in r.text and r.reason == "site-furniture" for r in a.removed)


def test_component_parts_are_not_site_headers():
    """BEM element names ("boxout__header") name a part of a box, not the site's header."""
    a = extract_html(_article('<div class="article-boxout"><h3 class="article-boxout__headline">How is the '
                              'plague spread?</h3><p>Fleas carry the bacteria between rodents and people, '
                              'as they have for centuries.</p></div>'))
    assert "How is the plague spread?" in a.text


def test_story_section_with_widget_class_keeps_its_prose():
    sections = "".join(f"<p>Section paragraph {i}: the council heard from residents, officials and experts "
                       f"for several hours before voting.</p>" for i in range(8))
    a = extract_html(_article(f'<section class="story-body has-video">{sections}</section>'))
    assert "Section paragraph 7" in a.text


def test_closing_author_promo_dropped():
    a = extract_html(_article("<p>Jane Roe's book about city councils is out now. Follow her on Twitter @janeroe.</p>"))
    assert a.text.endswith("and a comma.")
    assert [r.reason for r in a.removed if "Follow her" in r.text] == ["author-bio"]


def test_jsonld_article_body_locates_the_container():
    """articleBody agreeing with the page picks the story's container, even when the lede is
    repeated in a teaser elsewhere on the page."""
    paras = [f"Paragraph {i} of the story tells what the council decided, and why it matters to residents."
             for i in range(5)]
    body = " ".join(paras)
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes",'
            f'"articleBody":"{body}"}}</script></head><body>'
            f'<div class="rail"><div class="box"><p>{paras[0]}</p><p>Another story teaser with enough words in it.</p>'
            '</div></div><div class="story">' + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    a = extract_html(html)
    assert a.text == "\n\n".join(paras)
    assert "Another story teaser" not in a.text
    assert a.confidence >= 0.8


def _prose(n: int, word: str = "story") -> str:
    return "".join(f"<p>Paragraph {i} of the {word} explains what the regional council decided on Tuesday, "
                   f"and why residents, shop owners and commuters will notice it.</p>" for i in range(n))


def test_standfirst_between_headline_and_container_opens_the_text():
    html = ('<html><body><div class="page"><h1>Valley wines</h1>'
            '<p class="intro">One of the smallest wine regions makes some of the boldest wines, and one '
            'grape variety invites more intrigue than any other.</p>'
            '<div class="share-bar"><a href="/s">Share</a></div>'
            f'<div class="col-main"><div class="longText">{_prose(6)}</div></div></div>'
            '<div class="sidebar"><p class="summary">A teaser of another story with words enough to count.</p>'
            '</div></body></html>')
    a = extract_html(html)
    assert a.text.startswith("One of the smallest wine regions")
    assert "Paragraph 5 of the story" in a.text
    assert "teaser of another story" not in a.text


def test_standfirst_not_taken_from_a_teaser_box():
    html = ('<html><body><h1>Valley wines</h1><div class="related"><p class="intro">A teaser of another '
            'story, with a sentence long enough to read as a real paragraph of prose.</p></div>'
            f'<div class="story">{_prose(6)}</div></body></html>')
    assert extract_html(html).text.startswith("Paragraph 0")


def test_slug_ids_of_subheadings_are_not_widget_names():
    """An anchor id made from the heading's words ("nav_…__1") does not make it navigation."""
    html = _article('<h3 class="subheading" id="nav_only_the_film__1">Only the film remains</h3>'
                    '<p>After shredding, the granulate is sorted with sieves, blowers and magnets, the usual way.</p>')
    a = extract_html(html)
    assert "Only the film remains" in a.text
    assert "Menu" not in extract_html(_article('<div id="nav"><a href="/">Menu</a></div>')).text


def test_credit_words_inside_a_long_paragraph_do_not_make_a_caption():
    quote = ("The curator describes the picture at length, " * 12).strip()
    text = f"{quote} and ends with the words of the author of the image : « a portrait of the river »"
    a = extract_html(_article(f"<p>{text}</p>"))
    assert "ends with the words of the author of the image" in a.text
    short = extract_html(_article("<p>Photograph by Jane Roe, River Restoration Programme</p>"))
    assert "Photograph by" not in short.text
    assert any(r.reason == "caption" for r in short.removed if "Photograph by" in r.text)


def test_byline_feeds_authors_when_structured_data_names_nobody():
    html = ('<html><head><meta name="author" content="Example Media GmbH, Munich, Germany"></head><body>'
            '<article><h1>Rail plans</h1><section class="authors"><ul class="authorProfiles">'
            '<li class="profileImage"></li></ul><span class="moreInfo"><strong>Von <span>Anna Berger</span>, '
            f'Berlin</strong></span></section>{_prose(5)}</article></body></html>')
    a = extract_html(html)
    assert a.authors == ["Anna Berger"]
    assert "Anna Berger" not in a.text


def test_author_bio_popup_dropped():
    html = _article('<div class="authorPopup authorPopup-abc"><div class="name">Anna Berger</div><div class="info">'
                    '<p>Anna Berger joined the paper in 2001, after studying economics, and has covered transport '
                    'policy ever since.</p></div></div>')
    a = extract_html(html)
    assert "joined the paper in 2001" not in a.text
    assert any(r.reason == "author-bio" for r in a.explained_removals() if "joined the paper" in r.text)


def test_citation_apparatus_after_the_article_dropped():
    html = _article('<div class="cite"><h2>Pour citer cet article :</h2><p>Anne Roe, « Le conseil vote », '
                    'Revue des idées, 15 septembre 2009. ISSN : 2105-3030. URL : http://example.org/conseil</p>'
                    '<h2>Nota bene :</h2><p>Si vous souhaitez critiquer ou développer cet article, vous êtes '
                    'invité à proposer un texte au comité de rédaction.</p></div>')
    a = extract_html(html)
    assert a.text.endswith("and a comma.")
    reasons = {r.reason for r in a.removed}
    assert "citation" in reasons


@pytest.mark.parametrize("promo", [
    "Dieser Beitrag stammt aus Ausgabe 7/2019 des Magazins. Das Heft ist ab 20.06.2019 im Handel erhältlich.",
    "This article appeared in the July 2019 issue of the magazine.",
    "Mehr anzeigen",
])
def test_print_issue_promos_dropped(promo: str):
    a = extract_html(_article(f"<p>{promo}</p>"))
    assert promo[:20] not in a.text


def test_unrendered_template_page_is_empty_and_unsure():
    html = ('<html ng-app="app"><body><div ng-controller="c"><h1>{{ctrl.content.title}}</h1>'
            '<div>{{ctrl.content.status === "published" ? "Published content" : "Draft"}}</div>'
            '<p>{{ctrl.content.body}}</p><span>Open the advanced mode</span></div></body></html>')
    a = extract_html(html)
    assert "{{" not in a.text
    assert a.confidence < 0.3


def test_editor_initials_stay_with_their_paragraph_and_source_newlines_are_spaces():
    html = _article('<p>The council will vote again in the spring, officials said on\nTuesday.\n'
                    '<span class="x">(<a href="mailto:ed@example.org">grh</a>)</span>\n<br class="clear"></p>')
    a = extract_html(html)
    assert "officials said on Tuesday. (grh)" in a.text
    poem = extract_html(_article("<p>First line of the verse<br>second line of the verse, as printed.</p>"))
    assert "First line of the verse\nsecond line" in poem.text


def test_read_the_full_story_in_print_promo_dropped():
    a = extract_html(_article("<p>Read the full story in the March issue of the magazine, on sale now.</p>"))
    assert "March issue" not in a.text


def test_byline_line_below_the_headline_names_the_authors():
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization",'
            '"name":"Example Wire"}}</script></head><body><h1>Council votes</h1><p class="meta">By JANE ROE and '
            f'JOHN POE</p><article>{_prose(5)}</article></body></html>')
    assert extract_html(html).authors == ["Jane Roe", "John Poe"]
    headline_only = f"<html><body><h1>Council votes</h1><h2>Why the Council Said No</h2>{_prose(5)}</body></html>"
    assert extract_html(headline_only).authors == []


def test_subhead_with_a_widget_class_between_paragraphs_is_kept():
    para = "<p>The council heard residents, officials and experts for several hours before voting on the plan.</p>"
    a = extract_html(_article(f'{para}<h2 class="promo-heading">What the plan changes</h2>{para.replace("plan", "map")}'))
    assert "What the plan changes" in a.text
    b = extract_html(_article(f'{para}<h2 class="promo-heading">Our partners</h2><ul><li><a href="/x">Other story</a>'
                              '</li></ul>'))
    assert "Our partners" not in b.text


def test_one_paragraph_box_with_a_content_class_does_not_beat_the_story():
    story = "".join(f"<p>Paragraph {i} of the story names the new manager of the choir, what he did before, "
                    f"and when he starts in the city this autumn.</p>" for i in range(4))
    html = (f'<html><body><div class="wrap"><div class="col span-8"><h1>New manager</h1><div class="full-articel">'
            f'{story}</div></div><div class="col span-4"><div class="node-block"><div class="content"><p>The bishop '
            'visited the book fair at the invitation of the media association this October</p></div></div>'
            '</div></div></body></html>')
    a = extract_html(html)
    assert "Paragraph 3 of the story" in a.text
    assert "book fair" not in a.text


_SHORT_STORY = ("The council voted on Tuesday to keep the town library open on Sundays after a petition "
                "gathered more than two thousand signatures. ",
                "Staff will rotate so that no one works more than two Sundays a month, the librarian said, "
                "and the extra hours will be paid from the culture budget. ",
                "Opponents argued the money would be better spent on repairing the leaking roof, which has "
                "closed the reading room twice this winter.")


def _short_page(ld_body: str | None = None) -> str:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Library stays open", '
          f'"articleBody": "{ld_body}"}}</script>') if ld_body else ""
    paras = "".join(f"<p>{p}</p>" for p in _SHORT_STORY)
    return (f"<html><head><title>Library stays open</title>{ld}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Library stays open</h1>{paras}</article></body></html>")


def test_confidence_short_complete_story_vs_longer_structured_copy():
    """A short story holding all the page's prose is trusted; a longer JSON-LD copy says text was missed."""
    complete = extract_html(_short_page())
    assert complete.confidence >= 0.7
    missing = extract_html(_short_page(" ".join(_SHORT_STORY * 3)))
    assert missing.text == complete.text
    assert missing.confidence < complete.confidence - 0.2
    teaser = extract_html(_short_page(_SHORT_STORY[0]))  # a teaser-length copy is no evidence either way
    assert teaser.confidence == complete.confidence


def test_bare_name_signing_off_the_story_is_its_byline():
    signed = (f'<html><body><h1>Clinic opens</h1><article>{_prose(5)}<p style="text-align:right">'
              '<strong>Minh Tran</strong></p></article><div class="more">Other news</div></body></html>')
    a = extract_html(signed)
    assert a.authors == ["Minh Tran"]
    assert "Minh Tran" not in a.text
    # A closing heading (the title of a teaser below the story) names no author.
    teaser = f"<html><body><h1>Clinic opens</h1><article>{_prose(5)}<h3>Harbour Works</h3></article></body></html>"
    assert extract_html(teaser).authors == []


def test_next_story_of_an_endless_scroll_page_is_left_out():
    def story(head: str, words: str) -> str:
        return f"<article><h1>{head}</h1>" + "".join(
            f"<p>{words} paragraph {i} tells more of what happened, who said what and why it matters.</p>"
            for i in range(8)) + "</article>"
    html = ("<html><head><title>Harbour reopens after storm</title></head><body><main>"
            + story("Harbour reopens after storm", "Harbour") + '<div class="next">'
            + story("Council delays vote on budget", "Council") + "</div></main></body></html>")
    a = extract_html(html)
    assert "Harbour paragraph 7" in a.text and "Council paragraph" not in a.text
    # Headline cards of other stories inside the story are no second story: the story stays whole.
    cards = "".join(f"<article><h1>Other story {i}</h1><p>Teaser.</p></article>" for i in range(3))
    one = ("<html><head><title>Harbour reopens after storm</title></head><body><main><article>"
           "<h1>Harbour reopens after storm</h1>" + "".join(
               f"<p>Harbour paragraph {i} tells more of what happened, who said what and why it matters.</p>"
               for i in range(8)) + f"<div>{cards}</div></article></main></body></html>")
    assert "Harbour paragraph 7" in extract_html(one).text


@pytest.mark.parametrize("label", ["Read more", "Czytaj więcej", "Lesen Sie auch"])
def test_teaser_box_headed_by_a_read_more_label_goes_whole(label: str):
    teaser = (f'<div class="card"><div><p>{label}</p></div><div><a href="/other-story">Parliament passes the '
              'border bill</a><p>The vote came after a night of talks between the coalition partners.</p></div></div>')
    a = extract_html(_article(teaser))
    assert "border bill" not in a.text and "night of talks" not in a.text
    removed = {r.text: r.reason for r in a.explained_removals()}
    assert any("border bill" in t and why == "related-list" for t, why in removed.items())


def test_closing_credits_leave_the_text_with_a_reason_on_both_paths():
    """Wire credits, a writer's line and a first-published note closing a story are not its text: the
    HTML path pops them as the text path does (one rule, blocks.closing_reason)."""
    story = [f"Paragraph {i} of the story tells what the council decided about the new tram line and why "
             "the vote was so close after a long night of debate." for i in range(5)]
    tail = ["Reporting by Jane Roe in Berlin; Editing by Tom Lee", "This article first appeared on Example.com."]
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>Council backs tram line</h1>"
            + "".join(f"<p>{p}</p>" for p in story + tail) + "</article></body></html>")
    text = "\n\n".join(["Home", "Council backs tram line", *story, *tail])
    for article in (extract_html(html), clean(text.encode(), input_format="text")):
        assert article.text.endswith("why the vote was so close after a long night of debate.")
        removed = {r.text: r.reason for r in article.explained_removals()}
        assert removed[tail[0]] == "byline" and removed[tail[1]] == "promo"


def test_a_press_releases_company_description_leaves_both_paths_but_a_closing_sentence_stays():
    """A press release's standard description of the company ("Acme is a leading provider of …") is
    furniture on both paths; a last paragraph about a person or a company that is no such description
    is article text."""
    story = [f"Paragraph {i} of the release tells what the company announced about its new hospital "
             "paging system and why nurses asked for it." for i in range(5)]
    for last, dropped in [("Acme is a global solutions provider focused on healthcare ICT and mobile workflows.", True),
                          ("Acme ist ein führender Anbieter von Software für Kliniken.", True),
                          ("Jane Smith is a longtime party leader who has fought for the plan for years.", False),
                          ("Apple is a company that has always kept its plans to itself.", False)]:
        html = ("<html><body><article><h1>Acme launches paging system</h1>"
                + "".join(f"<p>{p}</p>" for p in [*story, last]) + "</article></body></html>")
        text = "\n\n".join(["Home", "Acme launches paging system", *story, last])
        for article in (extract_html(html), clean(text.encode(), input_format="text")):
            assert (last not in article.text) is dropped, last
            if dropped:
                assert {r.text: r.reason for r in article.explained_removals()}[last] == "site-furniture"


def test_a_closing_list_of_sources_goes_with_its_label_in_both_paths() -> None:
    """A story closing with "Verwendete Quellen" and its citations: the label and the list are
    removed from the HTML page (as ``citation``) and from its text dump alike; the story stays whole."""
    story = [f"Absatz {i}: Der Gemeinderat hat am Dienstag beschlossen, die Brücke bis zum Herbst zu sanieren, "
             f"und die Anwohner werden die Umleitung noch lange bemerken." for i in range(5)]
    sources = ["Verwendete Quellen", "Pressemitteilung der Stadt vom 3. Mai 2024", "Gespräch mit dem Bauamt",
               "dpa-Meldung vom 4. Mai 2024"]
    html = ("<html><body><article><h1>Die Brücke wird saniert</h1>" + "".join(f"<p>{p}</p>" for p in story)
            + f"<h3>{sources[0]}</h3><ul>" + "".join(f"<li>{s}</li>" for s in sources[1:])
            + "</ul></article></body></html>").encode()
    dump = "\n\n".join(["Die Brücke wird saniert", *story, *sources]).encode()
    for data, fmt in ((html, "html"), (dump, "text")):
        rec = clean(data, input_format=fmt).to_dict(explain=True)
        assert rec["text"].split("\n\n") == story, fmt
    why = {r["text"]: r["reason"] for r in clean(html, input_format="html").to_dict(explain=True)["removed"]}
    assert all(why.get(s) == "citation" for s in sources), why
