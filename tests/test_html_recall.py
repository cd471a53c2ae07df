"""Recall on the HTML path: article text that furniture marks would drop, told apart from furniture
of the same look, and the furniture the story's container must not take in (small synthetic
pages, one per kind of markup)."""

from __future__ import annotations

from newsclean.html_extract import extract_html


def _prose(n: int, word: str = "story", start: int = 0) -> str:
    return "".join(f"<p>Paragraph {i} of the {word} explains what the regional council decided on Tuesday, "
                   f"and why residents, shop owners and commuters will notice it.</p>" for i in range(start, start + n))


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Council votes</title>{head}</head><body>{body}</body></html>"


NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'


# --- served but hidden, or gated behind a paywall ---------------------------------------------------

def test_paragraphs_marked_as_paywall_are_the_rest_of_the_story():
    def gated(n: int, start: int) -> str:
        return _prose(n, start=start).replace("<p>", '<p class="paywall">')

    a = extract_html(_page(f'{NAV}<article><div class="body">{_prose(2)}{gated(4, 2)}'
                           f'<h2 class="paywall">What happens next</h2>{gated(1, 6)}</div></article>'))
    for i in range(7):
        assert f"Paragraph {i} of the story" in a.text
    assert "What happens next" in a.text


def test_container_named_paywall_holding_the_story_is_kept():
    a = extract_html(_page(f'{NAV}<article><h1>Council votes</h1>'
                           f'<div class="article-body paywall-article">{_prose(6)}</div></article>'))
    assert "Paragraph 5 of the story" in a.text


def test_hidden_rest_of_article_is_kept_but_not_a_hidden_menu_or_dialog():
    a = extract_html(_page(f'{NAV}<article>{_prose(2)}<div class="paywall" hidden>{_prose(5, start=2)}</div>'
                           '</article><div hidden><ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a>'
                           '</li></ul></div><div class="modal" hidden><p>Log in to your account to keep reading '
                           'the stories you saved, on every device you use.</p></div>'))
    assert "Paragraph 6 of the story" in a.text
    assert "Sports" not in a.text and "Log in to your account" not in a.text


def test_whole_story_in_a_hidden_block_a_script_reveals():
    a = extract_html(_page(f'{NAV}<div>Loading…</div><div hidden id="S:1">{_prose(6)}</div>'))
    assert "Paragraph 0 of the story" in a.text and "Paragraph 5 of the story" in a.text


def test_hidden_copy_of_a_visible_story_is_not_read_twice():
    """A hidden microdata copy of the story next to the visible one: the visible one is read."""
    a = extract_html(_page(f'{NAV}<div style="display:none" itemscope>{_prose(6)}<p>keywords, tags, 2019</p></div>'
                           f'<div class="story">{_prose(6)}</div>'))
    assert a.text.count("Paragraph 3 of the story") == 1
    assert "keywords, tags" not in a.text


def test_paywall_prompts_stay_out():
    """The prompt asking for a subscription carries the same names as the gated text: the block
    rules still drop it."""
    for prompt in ('<p class="paywall-message">Subscribe to continue reading.</p>',
                   '<div class="paywall-prompt"><h3>Subscribe to continue reading</h3><p>Get unlimited access to '
                   'all our stories for one euro a week. Cancel anytime.</p></div>',
                   '<p class="paywall__cta">Already a subscriber? Log in</p>'):
        a = extract_html(_page(f"{NAV}<article>{_prose(4)}{prompt}</article>"))
        assert a.text.endswith("will notice it."), prompt


def test_newsletter_box_stays_furniture():
    a = extract_html(_page(f'<article>{_prose(5)}<div class="newsletter"><p>Our morning briefing brings the '
                           'day’s most important stories, explained, to your inbox before breakfast.</p></div>'
                           '</article>'))
    assert "morning briefing" not in a.text


# --- bodies split across sibling containers ------------------------------------------------------

def test_story_split_into_containers_named_like_a_sidebar_layout():
    """Pieces of one story in containers of one class ("sidebar-grid"), ads between them."""
    pieces = "".join(f'<div class="sidebar-grid"><div class="sidebar-grid__content">{_prose(3, start=3 * k)}</div>'
                     f'</div><div class="ad-slot">Advertisement</div>' for k in range(3))
    intro = ("<p>The regional council met on Tuesday to vote on the budget, the new tram line and the "
             "opening hours of the public pools, after a campaign that divided the valley for months.</p>")
    a = extract_html(_page(f"{NAV}<article>{intro}{pieces}</article>"))
    assert a.text.startswith("The regional council met")
    for i in range(9):
        assert f"Paragraph {i} of the story" in a.text
    assert "Advertisement" not in a.text


def test_components_between_pieces_of_the_story_named_like_them_are_kept():
    """A component system's text blocks and, between them, its quote block, all named with a
    token that reads as furniture; an ad between them is still an ad."""
    text = [f'<div class="cmp cmp-text grid-col">{_prose(3, start=3 * k)}</div>' for k in range(3)]
    quote = ('<div class="cmp cmp-quote grid-col"><blockquote>I learned long ago never to argue with a '
             'pig: you get dirty, and the pig likes it.</blockquote></div>')
    html = _page(f'{NAV}<article>{text[0]}{quote}{text[1]}<div class="ad-slot">Advertisement</div>{text[2]}'
                 '</article>')
    a = extract_html(html)
    assert "Paragraph 8 of the story" in a.text and "never to argue with a pig" in a.text
    assert "Advertisement" not in a.text


def test_widgets_of_one_class_in_an_aside_stay_widgets():
    """A page whose story is short (a table) and whose sidebar widgets hold more prose."""
    widgets = "".join(f'<div class="widget-sidebar"><p>Click the picture to see column {i} of our writer, about '
                      f'racing, rankings and the next grand prix weekend.</p></div>' for i in range(6))
    a = extract_html(_page(f'<div class="post"><h1>Standings</h1><p>The standings after the last race of the '
                           f'season, updated every week.</p><table><tr><td>1</td><td>Driver A</td><td>410</td></tr>'
                           f'</table></div><aside class="side">{widgets}</aside>'))
    assert "Click the picture" not in a.text


# --- one wrapper per paragraph -------------------------------------------------------------------

def _wrapped(html: str) -> str:
    return f'<div class="px-24 pt-16 text-trout">{html}</div>'


def test_story_with_one_wrapper_per_paragraph_is_read_whole():
    """Each paragraph in its own wrapper, the story in two groups, a byline link, a list of links
    and a subhead whose styling classes mention a sticky header between them."""
    first = "".join(_wrapped(p) for p in _prose(2).replace("</p>", "</p>\n").split("\n") if p)
    links = _wrapped('<ul><li><a href="/a">Live blog: all the news</a></li>'
                     '<li><a href="/b">Background: the budget in numbers</a></li></ul>')
    byline = _wrapped('<span>By <a href="/author/jr">Jane Roe</a> and <a href="/author/rr">Richard Roe</a></span>')
    subhead = _wrapped('<h3 class="scroll-mt-[theme(spacing.sticky-header)] text-22">What the vote means</h3>')
    rest = "".join(_wrapped(p) for p in _prose(4, start=2).replace("</p>", "</p>\n").split("\n") if p)
    html = _page(f'{NAV}<article><h1>Council votes</h1><div class="grid"><div class="col">{byline}{first}{links}'
                 f'</div></div><div class="grid"><div class="col">{subhead}{rest}</div></div></article>'
                 '<footer><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></footer>')
    a = extract_html(html)
    for i in range(6):
        assert f"Paragraph {i} of the story" in a.text
    assert "What the vote means" in a.text
    assert "Imprint" not in a.text and "Home" not in a.text


# --- the standfirst between the headline and the story ----------------------------------------------

def test_summary_between_headline_and_container_opens_the_text_but_not_bylines_or_captions():
    html = _page(f'{NAV}<main><h1>Council votes</h1>'
                 '<h2 class="c-summary">The council approved the tram line by one vote, after a night of debate '
                 'that split the governing coalition.</h2>'
                 '<p>By Jane Roe, City Hall reporter, Tuesday, 4 March 2025</p>'
                 '<figure><img src="x.jpg"><p class="image-caption">Councillors vote on the tram line in the '
                 'town hall on Tuesday evening, watched by residents. Photo: John Doe</p></figure>'
                 f'<div class="story">{_prose(6)}</div></main>')
    a = extract_html(html)
    assert a.text.startswith("The council approved the tram line by one vote")
    assert "Paragraph 5 of the story" in a.text
    assert "Jane Roe" not in a.text and "Councillors vote on the tram line" not in a.text


# --- prose named "teaser" inside the story ----------------------------------------------------------

def test_unlinked_teaser_text_inside_the_story_is_kept_but_not_a_linked_teaser_box():
    html = _page(f'{NAV}<article class="story"><h1>Council votes</h1>'
                 '<div class="teaser-content"><p>The regional council approved the tram line on Tuesday by one '
                 'vote, after a night of debate that split the governing coalition.</p></div>'
                 f'{_prose(5)}<div class="teaser"><h3><a href="/other">Budget talks stall again</a></h3>'
                 '<p>The finance committee could not agree on the school budget for the third week running.</p>'
                 f'</div>{_prose(2, start=5)}</article>')
    a = extract_html(html)
    assert a.text.startswith("The regional council approved the tram line")
    assert "Paragraph 6 of the story" in a.text
    assert "Budget talks" not in a.text and "finance committee" not in a.text


# --- slideshows and listicles ---------------------------------------------------------------------

def _slides(n: int) -> str:
    return "".join(
        f'<figure class="gallery-item"><img src="/img/{i}.jpg" alt=""><figcaption class="caption">Slide {i}: the '
        f'council member from district {i} explained why the tram line matters to her neighbours, and what '
        f'she fears.<span class="credit">Photo: Agency {i}</span></figcaption></figure>' for i in range(n))


def test_slideshow_captions_that_carry_the_story_are_kept():
    html = _page(f'{NAV}<main><h1>Council votes</h1><div class="intro"><p>Eight council members, eight '
                 'reasons: how the vote on the tram line was won, told by those who cast it.</p></div>'
                 f'<div class="slideshow">{_slides(8)}</div></main>'
                 '<aside class="related"><a href="/x">Budget talks stall again</a></aside>')
    a = extract_html(html)
    assert a.text.startswith("Eight council members")
    for i in range(8):
        assert f"Slide {i}: the council member from district {i}" in a.text
    assert "Budget talks" not in a.text


def test_captions_of_an_article_with_photos_stay_out():
    html = _page(f'{NAV}<article><h1>Council votes</h1>{_prose(8)}<div class="gallery">{_slides(4)}</div>'
                 '</article>')
    a = extract_html(html)
    assert "Paragraph 7 of the story" in a.text
    assert "Slide 0" not in a.text


# --- what the container must not take in --------------------------------------------------------------

def test_story_container_does_not_climb_into_a_list_of_teaser_cards():
    cards = "".join(f'<div class="wp-block-columns"><div class="col"><h2 class="post-title"><a href="/s/{i}">'
                    f'Other story number {i} about the valley and its people</a></h2></div><div class="col">'
                    f'<p class="post-excerpt__excerpt">Excerpt {i}: a long summary of another story, with enough '
                    f'words and commas to read like a paragraph of prose, as excerpts do.</p></div></div>'
                    for i in range(8))
    html = _page(f'{NAV}<div class="single-post__content"><div class="entry-content">{_prose(7)}</div>'
                 f'<h2>More from the Valley Times</h2><div class="post-picker">{cards}</div></div>')
    a = extract_html(html)
    assert "Paragraph 6 of the story" in a.text
    assert "Excerpt" not in a.text


def test_live_blog_entry_headers_are_datelines_but_times_in_sentences_stay():
    entries = "".join(f'<div class="entry"><p>{h}</p>{_prose(2, start=2 * i)}</div>' for i, h in enumerate(
        ["21:00Jane Roe", "20:42KEY EVENT", "21 mins ago11:48 Richard Roe"]))
    a = extract_html(_page(f'{NAV}<div class="live">{entries}<p>At 14:30 the council adjourned, and the '
                           'mayor left the chamber without a word.</p></div>'))
    assert "Paragraph 5 of the story" in a.text and "At 14:30 the council adjourned" in a.text
    assert "KEY EVENT" not in a.text and "Jane Roe" not in a.text
    assert {r.reason for r in a.removed if "Roe" in r.text or "KEY" in r.text} == {"dateline"}


def test_climb_out_of_a_teaser_card_chosen_first_reaches_the_story():
    """When the best-scored block is a teaser card (a comma-rich excerpt under a linked headline),
    widening to the story is not blocked by the other cards beside it."""
    excerpt = ("Excerpt {i}: the phone, the watch, the tablet, the laptop, the glasses, the ring, the car, "
               "the speaker, the headphones, the charger, the case, the cable, the stand, the dock, and more, "
               "according to people familiar with the plans, who asked not to be named, as usual.")
    cards = "".join(f'<div class="card"><h3><a href="/s/{i}">Other story number {i} about the company</a></h3>'
                    f'<div class="body"><p>{excerpt.format(i=i)}</p></div></div>' for i in range(6))
    html = _page(f'{NAV}<div class="main"><div class="content"><div class="ugc">{_prose(9)}</div></div>'
                 f'<div class="block">{cards}</div></div>')
    a = extract_html(html)
    assert "Paragraph 8 of the story" in a.text


def test_subhead_named_like_a_header_after_an_empty_ad_slot_is_kept():
    para = ("<p>The council heard from residents, officials and experts for several hours before it voted, "
            "late on Tuesday night.</p>")
    html = _page(f'{NAV}<article>{_prose(3)}{para}<div class="ad-placeholder"></div>'
                 f'<h2 class="articleBodyBlock block--header">What the vote means</h2>{para}{_prose(2, start=3)}'
                 '</article>')
    assert "What the vote means" in extract_html(html).text
