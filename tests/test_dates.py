"""Dates as pages write them: absolute, relative, multilingual, bounded; and HTML publication dates."""

from __future__ import annotations

from datetime import date as _date
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lhtml

from newsclean.dates import DateMatch, parse_date, search_date
from newsclean.html_dates import html_publication_date

NOW = datetime(2022, 9, 11, 12, 0, 0)

ABSOLUTE = [
    ("September 10, 2022", "2022-09-10"),
    ("10 September 2022", "2022-09-10"),
    ("Sept. 10, 2022 11:00 AM EDT", "2022-09-10T11:00:00-04:00"),
    ("Sep 10th, 2022", "2022-09-10"),
    ("10.09.2022", "2022-09-10"),
    ("2022-09-10", "2022-09-10"),
    ("2022/09/10", "2022-09-10"),
    ("10 сентября 2022", "2022-09-10"),
    ("10 сентября 2022 г.", "2022-09-10"),
    ("23 марта 2021", "2021-03-23"),
    ("10 вересня 2022 р.", "2022-09-10"),
    ("10. September 2022", "2022-09-10"),
    ("10. Sept. 2022, 14:35 Uhr", "2022-09-10T14:35:00"),
    ("10 septembre 2022", "2022-09-10"),
    ("1er septembre 2022 à 08h15", "2022-09-01T08:15:00"),
    ("10 de septiembre de 2022", "2022-09-10"),
    ("10 settembre 2022", "2022-09-10"),
    ("10 de setembro de 2022", "2022-09-10"),
    ("2021年03月23日", "2021-03-23"),
    ("2021年3月23日 14:05", "2021-03-23T14:05:00"),
    ("2022-09-10T11:00:00+02:00", "2022-09-10T11:00:00+02:00"),
    ("2022-09-10T11:00:00.000Z", "2022-09-10T11:00:00+00:00"),
    ("2022-09-10 11:00:00", "2022-09-10T11:00:00"),
    ("Sat, 10 Sep 2022 11:00:00 +0000", "2022-09-10T11:00:00+00:00"),
    ("Saturday, September 10, 2022", "2022-09-10"),
    ("Updated 11:32 AM EDT, Sat September 10, 2022", "2022-09-10T11:32:00-04:00"),
    ("Published 10.09.2022, 14:35 Uhr", "2022-09-10T14:35:00"),
    ("Опубликовано 10.09.2022 в 14:35", "2022-09-10T14:35:00"),
    ("10 Sep 2022 | 7:05 pm", "2022-09-10T19:05:00"),
    ("September 10, 2022 at 12:30 a.m.", "2022-09-10T00:30:00"),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates(text: str, expected: str) -> None:
    found = parse_date(text, NOW)
    assert found is not None and found.date == expected and not found.relative
    # Absolute dates need no `now`.
    assert parse_date(text) == found


AMBIGUOUS = [
    ("09/10/2022", "2022-09-10"),  # slashes: month first (US)
    ("13/09/2022", None),  # day first by value, but 13 Sep 2022 is after now
    ("25/08/2022", "2022-08-25"),  # only day-first is a date
    ("05.09.2022", "2022-09-05"),  # dots: day first
    ("08/25/2022", "2022-08-25"),
    ("10.09.22", "2022-09-10"),
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS)
def test_numeric_order(text: str, expected: str | None) -> None:
    found = parse_date(text, NOW)
    assert (found.date if found else None) == expected


RELATIVE = [
    ("Yesterday 11:00 AM", "2022-09-10T11:00:00"),
    ("Today", "2022-09-11"),
    ("1 hour", "2022-09-11T11:00:00"),
    ("1 hour ago", "2022-09-11T11:00:00"),
    ("an hour ago", "2022-09-11T11:00:00"),
    ("3 days ago", "2022-09-08"),
    ("2 hrs ago", "2022-09-11T10:00:00"),
    ("15 mins ago", "2022-09-11T11:45:00"),
    ("vor 2 Stunden", "2022-09-11T10:00:00"),
    ("gestern, 18:30", "2022-09-10T18:30:00"),
    ("il y a 3 jours", "2022-09-08"),
    ("hier à 11h00", "2022-09-10T11:00:00"),
    ("hace 2 horas", "2022-09-11T10:00:00"),
    ("2 ore fa", "2022-09-11T10:00:00"),
    ("há 3 dias", "2022-09-08"),
    ("2 часа назад", "2022-09-11T10:00:00"),
    ("Вчера в 09:15", "2022-09-10T09:15:00"),
    ("5 хвилин тому", "2022-09-11T11:55:00"),
    ("2 weeks ago", "2022-08-28"),
    # Swedish, Norwegian and Danish, Dutch, Polish, Czech and Slovak, Lithuanian, Turkish, Vietnamese.
    ("för 3 timmar sedan", "2022-09-11T09:00:00"),
    ("for 2 timer siden", "2022-09-11T10:00:00"),
    ("for 5 dager siden", "2022-09-06"),
    ("3 uur geleden", "2022-09-11T09:00:00"),
    ("2 dagen geleden", "2022-09-09"),
    ("3 godziny temu", "2022-09-11T09:00:00"),
    ("před 3 hodinami", "2022-09-11T09:00:00"),
    ("pred 5 minútami", "2022-09-11T11:55:00"),
    ("Prieš 2 val.", "2022-09-11T10:00:00"),
    ("prieš 3 d.", "2022-09-08"),
    ("2 gün önce", "2022-09-09"),
    ("3 giờ trước", "2022-09-11T09:00:00"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_dates_resolve_with_now(text: str, expected: str) -> None:
    found = parse_date(text, NOW)
    assert found == DateMatch(text, expected, True)


@pytest.mark.parametrize("text", [t for t, _ in RELATIVE])
def test_relative_dates_without_now_keep_text(text: str) -> None:
    assert parse_date(text) == DateMatch(text, None, True)


def test_sample_contract_examples() -> None:
    assert parse_date("Yesterday 11:00 AM", datetime(2022, 9, 11, 12)).date == "2022-09-10T11:00:00"
    assert parse_date("1 hour", datetime(2022, 9, 10, 18)).date == "2022-09-10T17:00:00"


def test_aware_now_keeps_offset() -> None:
    now = datetime(2022, 9, 10, 18, tzinfo=timezone(timedelta(hours=2)))
    assert parse_date("1 hour ago", now).date == "2022-09-10T17:00:00+02:00"


@pytest.mark.parametrize(
    "text",
    ["10 September 1990", "1994-12-31", "12 September 2022", "2022-09-11T13:00:00", "next week", "Share",
     "Ukraine Is Winning", "Chapter 10", "Call 555-1234", "version 2.10.2022a", ""],
)
def test_rejected(text: str) -> None:
    assert parse_date(text, NOW) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Publicerad 10:31", "2022-09-11T10:31:00"),
    ("Publicerad kl. 10:31", "2022-09-11T10:31:00"),
    ("Veröffentlicht um 11:02 Uhr", "2022-09-11T11:02:00"),
    ("Updated at 9:23 a.m.", "2022-09-11T09:23:00"),
    ("Publié à 10h05", "2022-09-11T10:05:00"),
    # A time later than now's is the day before's: the stamp is at most a day old.
    ("Stand: 20:03 Uhr", "2022-09-10T20:03:00"),
])
def test_a_label_and_a_time_alone_name_the_day_of_now(text: str, expected: str) -> None:
    assert parse_date(text, NOW) == DateMatch(text, expected, True)
    assert parse_date(text) is None  # (without now the time names no day)


@pytest.mark.parametrize("text", ["Stand der Dinge 20:03", "Updated 10", "Published 10:05 and more"])
def test_a_time_after_other_words_is_no_label_time(text: str) -> None:
    assert parse_date(text, NOW) is None


@pytest.mark.parametrize("line", ["He stayed for 3 days in Oslo", "It ran for 2 timer", "The 4 door sedan"])
def test_english_for_opens_no_scandinavian_stamp(line: str) -> None:
    """"for ... siden" is Norwegian and Danish for "... ago" only with its closing word: English "for 3 days"
    is a duration, no date."""
    assert search_date(line, NOW) is None


def test_future_is_fine_without_now() -> None:
    assert parse_date("12 September 2022").date == "2022-09-12"


def test_parse_date_refuses_sentences() -> None:
    assert parse_date("The deal was signed on September 10, 2022 in Kyiv by both sides") is None
    assert parse_date("Published on Saturday, 10 September 2022").date == "2022-09-10"


SEARCH = [
    ("Nicholas Slayton – Yesterday 11:00 AM", "Yesterday 11:00 AM", "2022-09-10T11:00:00"),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "11/19/19 06:56 AM EST", "2019-11-19T06:56:00-05:00"),
    ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
    ("Lifestyle2 months ago", "2 months ago", "2022-07-13"),
    ("Kyiv, 10 вересня 2022 р. Українські війська", "10 вересня 2022 р.", "2022-09-10"),
    ("Stand: 10.09.2022 14:35 Uhr", "10.09.2022 14:35 Uhr", "2022-09-10T14:35:00"),
]


@pytest.mark.parametrize(("line", "text", "expected"), SEARCH)
def test_search_date_in_line(line: str, text: str, expected: str) -> None:
    found = search_date(line, NOW)
    assert found is not None and (found.text, found.date) == (text, expected)


@pytest.mark.parametrize(
    "line",
    ["hier ist die Lage ernst", "Today's top stories", "He scored 3 goals", "Read more", "Born in 1990 in Lviv"],
)
def test_search_date_ignores_lookalikes(line: str) -> None:
    assert search_date(line, NOW) is None


def test_search_skips_out_of_bounds_date() -> None:
    found = search_date("Founded 12 March 1980, updated 10 September 2022", NOW)
    assert found is not None and found.date == "2022-09-10"


# --- HTML -------------------------------------------------------------------------------------

def _page(head: str = "", body: str = "") -> lhtml.HtmlElement:
    return lhtml.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_html_jsonld_published_not_modified() -> None:
    tree = _page('<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
                 '{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","dateModified":"2022-09-11T08:00:00Z",'
                 '"datePublished":"2022-09-10T11:00:00+02:00"}]}</script>')
    assert html_publication_date(tree, now=NOW).date == "2022-09-10T11:00:00+02:00"


def test_html_jsonld_given_by_caller() -> None:
    tree = _page()
    objs = [{"@type": "BlogPosting", "dateCreated": "2021-03-23"}]
    assert html_publication_date(tree, jsonld=objs).date == "2021-03-23"


def test_html_meta_priority() -> None:
    tree = _page('<meta property="article:modified_time" content="2022-09-11T09:00:00Z">'
                 '<meta name="date" content="2022-09-01">'
                 '<meta property="article:published_time" content="2022-09-10T09:00:00Z">')
    assert html_publication_date(tree).date == "2022-09-10T09:00:00+00:00"


def test_html_time_prefers_publish_hint_in_article() -> None:
    tree = _page(body='<aside><time datetime="2022-09-09">Sep 9</time></aside>'
                      '<article><header><time class="updated" datetime="2022-09-11">Sep 11</time>'
                      '<time class="published" datetime="2022-09-10T08:00:00Z">Sep 10</time></header></article>')
    assert html_publication_date(tree, now=NOW).date == "2022-09-10T08:00:00+00:00"


def test_html_url_date_only_clear_form() -> None:
    tree = _page()
    assert html_publication_date(tree, url="https://x.com/2022/09/10/story.html").date == "2022-09-10"
    # A whole date in one slug part counts when the page prints none (asked after its datelines)...
    assert html_publication_date(tree, url="https://x.com/story-20220910.html").date == "2022-09-10"
    # ...but not inside a longer number (an id), nor an impossible day.
    assert html_publication_date(tree, url="https://x.com/story-2022091012.html") is None
    assert html_publication_date(tree, url="https://x.com/2022/13/10/story.html") is None
    assert html_publication_date(tree, url="https://x.com/story-20221310.html") is None


def test_html_visible_dateline() -> None:
    tree = _page(body='<h1>Headline</h1><div class="about"><span>publiziert am 25. September 2018</span></div>'
                      '<p>Body text from 2017-01-01 is not the date.</p>')
    assert html_publication_date(tree).date == "2018-09-25"


def test_html_bounded_by_now_and_1995() -> None:
    tree = _page('<meta property="article:published_time" content="2030-01-01T00:00:00Z">'
                 '<meta name="pubdate" content="1990-01-01">',
                 '<time datetime="2022-09-05">5 Sep</time>')
    assert html_publication_date(tree, now=NOW).date == "2022-09-05"


def test_html_compact_and_epoch_values() -> None:
    assert html_publication_date(_page('<meta name="sailthru.date" content="20220910">')).date == "2022-09-10"
    epoch = _page('<meta name="parsely-pub-date" content="1662807600">')
    assert html_publication_date(epoch).date == "2022-09-10T11:00:00+00:00"


def test_html_page_header_today_loses_to_article_dateline() -> None:
    tree = _page(body='<header class="site-header"><time class="DateTime">Wednesday November 20, 2019</time></header>'
                      '<article><h1>Title</h1><div class="byline"><div class="ArticlePage-datePublished">'
                      '| November 18, 2019 12:01 PM</div></div><p>Text.</p></article>')
    assert html_publication_date(tree).date == "2019-11-18T12:01:00"


def test_html_time_text_without_datetime_is_weighed_by_place() -> None:
    tree = _page(body='<ul class="sources"><li><time>Oct. 13, 2019</time></li></ul><h1>Title</h1>'
                      '<p class="byline-date">Monday, November 18th, 2019 at 11:08 a.m.</p>')
    assert html_publication_date(tree).date == "2019-11-18T11:08:00"


def test_html_wordpress_published_updated_class_is_the_original() -> None:
    tree = _page(body='<h1>T</h1><span class="posted-on"><time class="entry-date published updated">21/06/2014'
                      '</time></span><footer><span class="today">20/11/2019 / 11:54 am</span></footer>')
    assert html_publication_date(tree).date == "2014-06-21"


def test_html_updated_child_is_left_out() -> None:
    tree = _page(body='<h1>T</h1><p class="byline-date">November 19, 2019 <a class="updated-post-date">'
                      '<span>November 20, 2019 | 9:32pm</span></a></p>')
    assert html_publication_date(tree).date == "2019-11-19"


def test_html_fused_elements_do_not_fuse_digits() -> None:
    tree = _page(body='<h1>T</h1><time data-testid="published-timestamp">Published Wed, Nov 20 2019'
                      '<span class="divider"></span>4:29 AM EST</time>')
    assert html_publication_date(tree).date == "2019-11-20T04:29:00-05:00"


def test_html_comment_dates_are_not_the_article_date() -> None:
    tree = _page(body='<h1>T</h1><p>Body.</p><div class="comments"><div class="comment-meta">'
                      '<span class="date">August 8, 2018 at 3:17 pm</span></div></div>')
    assert html_publication_date(tree) is None


def test_html_modified_date_only_as_last_resort() -> None:
    only_modified = _page(body='<h1>T</h1><li class="modified-date"><time class="updated" '
                               'datetime="2018-10-05T08:15:05+00:00">October 5, 2018</time></li>')
    assert html_publication_date(only_modified).date == "2018-10-05T08:15:05+00:00"
    both = _page('<meta property="article:modified_time" content="2018-10-05T08:15:05+00:00">'
                 '<meta property="article:published_time" content="2018-10-01T08:00:00+00:00">')
    assert html_publication_date(both).date == "2018-10-01T08:00:00+00:00"


def test_html_relative_visible_date_needs_now() -> None:
    tree = _page(body='<h1>T</h1><div class="article-date"><time>22 hours ago</time></div>')
    assert html_publication_date(tree) is None
    assert html_publication_date(tree, now=NOW).date == "2022-09-10T14:00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Maret 30, 2015", "2015-03-30"), ("30 Maret 2015", "2015-03-30"), ("12 Ekim 2021", "2021-10-12"),
     ("5 mei 2020", "2020-05-05")],
)
def test_more_month_names(text: str, expected: str) -> None:
    assert parse_date(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("söndag 2 augusti 2026", "2026-08-02"), ("14. maj 2024", "2024-05-14"), ("3. marts 2025", "2025-03-03"),
     ("8. dubna 2025", "2025-04-08"), ("středa 10. prosince 2025", "2025-12-10"), ("4. júla 2024", "2024-07-04"),
     ("zondag 5 mei 2024", "2024-05-05")],
)
def test_nordic_czech_slovak_dutch_dates(text: str, expected: str) -> None:
    """Month (genitive) and weekday names of Swedish, Danish, Czech, Slovak and Dutch pages."""
    assert parse_date(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("06. 01. 2026", "2026-01-06"), ("23. 12. 2024 13:31", "2024-12-23T13:31:00"),
     ("8. 4. 2025 5:00", "2025-04-08T05:00:00")],
)
def test_day_month_year_with_a_space_after_each_dot(text: str, expected: str) -> None:
    """Czech, Slovak and Austrian pages write "06. 01. 2026": day first, as with dots alone."""
    assert parse_date(text).date == expected


def test_spaced_dots_do_not_start_inside_a_longer_run_of_numbers() -> None:
    m = search_date("Abschnitt 1. 2. 3. 2020")
    assert m is None or m.text != "2. 3. 2020"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/09/2022 à 14h35", "2022-09-10T14:35:00"),  # French: day first
        ("10/09/2022 14:00", "2022-09-10T14:00:00"),  # a 24-hour clock is not American
        ("Опубликовано 10/09/2022", "2022-09-10"),
        ("10/07/2026 00:50", "2026-07-10T00:50:00"),  # an hour written with a leading zero: 24-hour clock
        ("10/09/2022 11:00 AM", "2022-10-09T11:00:00"),  # American
        ("10/09/2022 09:00 AM", "2022-10-09T09:00:00"),
        ("10/09/2022", "2022-10-09"),
    ],
)
def test_slashed_dates_follow_the_line_language(text: str, expected: str) -> None:
    assert parse_date(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just now", "2022-09-11T12:00:00"), ("Gerade eben", "2022-09-11T12:00:00"),
        ("только что", "2022-09-11T12:00:00"), ("3小时前", "2022-09-11T09:00:00"),
        ("3時間前", "2022-09-11T09:00:00"), ("2일 전", "2022-09-09"),
        ("Sa 10.09.2022", "2022-09-10"), ("Di, 10.09.2022 um 14:35", "2022-09-10T14:35:00"),
        ("10 settembre 2022 ore 14:35", "2022-09-10T14:35:00"),
        ("Publié le 10 septembre 2022 à 14h35", "2022-09-10T14:35:00"),
        ("Опубліковано 10 вересня 2022, 14:35", "2022-09-10T14:35:00"),
    ],
)
def test_more_languages(text: str, expected: str) -> None:
    assert parse_date(text, NOW).date == expected


# --- properties ---------------------------------------------------------------------------------

_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December")
_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
       "November", "Dezember")
_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
       "novembre", "décembre")
_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre")
_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
       "ноября", "декабря")
_UK = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
       "листопада", "грудня")

_STYLES = (
    lambda d: f"{_EN[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {_EN[d.month - 1]} {d.year}",
    lambda d: f"{_EN[d.month - 1][:3]}. {d.day}, {d.year}",
    lambda d: f"{d.day}. {_DE[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {_FR[d.month - 1]} {d.year}",
    lambda d: f"{d.day} de {_ES[d.month - 1]} de {d.year}",
    lambda d: f"{d.day} {_RU[d.month - 1]} {d.year} г.",
    lambda d: f"{d.day} {_UK[d.month - 1]} {d.year} р.",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.year}年{d.month}月{d.day}日",
)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=_date(1995, 1, 1), max_value=_date(2030, 12, 31)), st.sampled_from(_STYLES))
def test_written_dates_round_trip(d: _date, style) -> None:  # noqa: ANN001
    text = style(d)
    found = parse_date(text)
    assert found is not None and found.date == d.isoformat(), text
    # Inside a sentence, search_date finds the same date.
    assert search_date(f"Published on {text} in Kyiv").date == d.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=_date(1995, 1, 1), max_value=_date(2030, 12, 31)))
def test_future_of_now_never_returned(d: _date) -> None:
    now = datetime(2022, 9, 11, 12)
    found = parse_date(d.isoformat(), now)
    assert (found is not None) == (d <= now.date())


def test_html_jsonld_prefers_this_pages_article() -> None:
    objs = [{"@type": "ItemList", "itemListElement": []},
            {"@type": "NewsArticle", "url": "https://x.com/other-story", "datePublished": "2022-09-01"},
            {"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://www.x.com/story/"},
             "datePublished": "2022-09-10"}]
    assert html_publication_date(_page(), url="https://x.com/story", jsonld=objs).date == "2022-09-10"
    assert html_publication_date(_page(), jsonld=objs).date == "2022-09-01"


def test_html_unmarked_times_that_disagree_decide_nothing() -> None:
    tree = _page(body='<ul><li><time datetime="2022-08-01">1 Aug</time></li><li><time datetime="2022-07-01">'
                      '1 Jul</time></li></ul><h1>T</h1><p class="dateline">September 5, 2022</p>')
    assert html_publication_date(tree, url="https://x.com/2022/09/04/story").date == "2022-09-04"
    assert html_publication_date(tree).date == "2022-09-05"
    marked = _page(body='<ul><li><time datetime="2022-08-01">1 Aug</time></li></ul>'
                        '<article><time class="entry-date published updated" datetime="2022-09-03">x</time></article>')
    assert html_publication_date(marked).date == "2022-09-03"


def test_search_date_prefers_publication_over_update() -> None:
    assert search_date("Updated 11.09.2022 | Published 10.09.2022").date == "2022-09-10"
    assert search_date("Published 10.09.2022, aktualisiert 11.09.2022").date == "2022-09-10"
    assert search_date("Updated 11.09.2022").date == "2022-09-11"  # the only date there is


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_never_raises_on_any_text(s: str) -> None:
    for found in (parse_date(s, NOW), search_date(s, NOW), parse_date(s), search_date(s)):
        assert found is None or (found.text and (found.date is None or found.date[:4].isdigit()))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "2019-11-20T04:29:00-05:00"),
        ("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST", "2019-11-19T07:05:00-05:00"),
        ("10 September 2022 11:00 Estonia", "2022-09-10T11:00:00"),
    ],
)
def test_text_fused_by_converters(line: str, expected: str) -> None:
    assert search_date(line).date == expected


@pytest.mark.parametrize("line", ["September 10, 20221", "Nov 20 201945 people"])
def test_fused_digits_that_are_no_time(line: str) -> None:
    assert search_date(line) is None


def test_html_labelled_dateline_beats_event_list_times() -> None:
    tree = _page(body='<h1>Choir appoints a new manager</h1><p>Body of the story.</p>'
                      '<div class="info"><strong>Source</strong><br>VERÖFFENTLICHT AM 07.06.2019 <div>Tags</div></div>'
                      '<div class="widget_events"><ul><li><span><time datetime="2019-12-11T00:00:00+01:00">'
                      '11.12.2019</time> – Chemnitz</span></li></ul></div>')
    assert html_publication_date(tree).date == "2019-06-07"


@pytest.mark.parametrize("label", ["Published on", "Publié le", "Publicado el", "Veröffentlicht am"])
def test_html_labelled_dateline_languages(label: str) -> None:
    tree = _page(body=f'<h1>T</h1><p class="meta">{label} 12.10.2015</p><aside><time datetime="2020-01-01">x</time>'
                      '</aside><div><time datetime="2021-05-05">5 May</time></div>')
    assert html_publication_date(tree).date == "2015-10-12"


def test_html_created_stamp_far_from_the_printed_dateline_loses() -> None:
    tree = _page(body='<h1>Prize for a novel</h1><div class="ar-date">12.10.2015, 19:16 Uhr</div>'
                      '<meta itemprop="dateCreated" content="2019-05-07T17:00:52+02:00"><p>Body.</p>')
    assert html_publication_date(tree).date == "2015-10-12T19:16:00"
    agreeing = _page(body='<h1>Prize</h1><div class="ar-date">07.05.2019</div>'
                          '<meta itemprop="dateCreated" content="2019-05-07T17:00:52+02:00">')
    assert html_publication_date(agreeing).date == "2019-05-07T17:00:52+02:00"


def test_month_trie_matches_every_month_name_and_no_other_word():
    """The month names are compiled as a trie (faster than the plain list); it must match exactly the
    listed names, whole, whatever their case."""
    import re

    from newsclean import dates

    rx = re.compile(r"\b(?:" + dates._MONTH_RE + r")\b", re.I)
    for name in dates._MONTHS:
        assert rx.fullmatch(name) and rx.fullmatch(name.upper()), name
    for word in ("marsh", "maybe", "juniper", "decimal", "augustine", "octopus", "ma", ""):
        assert not rx.fullmatch(word), word
    assert parse_date("Sept. 10, 2022").date == "2022-09-10"
    assert search_date("Veröffentlicht am 3. März 2024, 10:15 Uhr").date.startswith("2024-03-03")


def test_a_dateline_is_one_date_and_nothing_else() -> None:
    """The text path's one test for "this line is a date": labels and fillers aside, nothing but the
    date; ``absolute`` refuses relative stamps; a show's name with a number and a sentence are none."""
    from newsclean.text_memo import is_dateline

    for line in ("Published: 3. Mai 2024, 17:47", "12 дек. 2023", "Mis à jour le 8 janvier 2024 à 10h30"):
        assert is_dateline(line) and is_dateline(line, absolute=True), line
    assert is_dateline("vor 3 Stunden") and not is_dateline("vor 3 Stunden", absolute=True)
    for line in ("48 Hours", "3. Mai", "2024", "The vote on 3 May 2024 failed badly"):
        assert not is_dateline(line), line


def test_a_whole_hour_with_its_unit_is_a_time() -> None:
    """French, German and Russian pages print whole hours with a unit ("à 10h", "um 10 Uhr", "в 10 ч.")
    and French ones the minutes after a spaced "h" ("10 h 30"): the date-time takes them."""
    assert parse_date("8 janvier 2024 à 10h").date == "2024-01-08T10:00:00"
    assert parse_date("8 janvier 2024, 10 h 30").date == "2024-01-08T10:30:00"
    assert parse_date("3. Mai 2024 um 10 Uhr").date == "2024-05-03T10:00:00"
    assert parse_date("12 дек. 2023 в 10 ч.").date == "2023-12-12T10:00:00"
    # A relative stamp stays relative, and a year is no hour.
    assert parse_date("Il y a 2h").relative
    assert search_date("May 3, 2024 h").date == "2024-05-03"


def test_month_abbreviations_are_month_names_the_parser_reads() -> None:
    """The sentence cutter's short month names are one list with the parser's: each one parses as that
    month in a date."""
    from newsclean.dates import _MONTHS, MONTH_ABBREVIATIONS

    assert MONTH_ABBREVIATIONS.issubset(_MONTHS)
    assert parse_date("8 нояб. 2023").date == "2023-11-08"


def test_the_ago_gate_lets_every_ago_word_through() -> None:
    """The cheap substring gate before the relative-date expression is written by hand: every word of
    AGO_BEFORE and AGO_AFTER must pass it, or stamps in that language are never read."""
    from newsclean.dates import _AGO_GATE, AGO_AFTER, AGO_BEFORE

    for word in AGO_BEFORE + AGO_AFTER:
        literal = word.replace(r"\s+", " ")
        assert _AGO_GATE.search(f"{literal} 3 x") or _AGO_GATE.search(f"3 x {literal}"), word
