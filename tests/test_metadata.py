"""HTML metadata: JSON-LD, meta tags, title clean-up."""

from __future__ import annotations

import pytest
from lxml import html as lhtml

from newsclean.metadata import article_objects, extract_metadata, parse_jsonld, strip_site_suffix


def _md(head: str, body: str = "", lang: str = ""):
    attr = f' lang="{lang}"' if lang else ""
    return extract_metadata(lhtml.document_fromstring(f"<html{attr}><head>{head}</head><body>{body}</body></html>"))


@pytest.mark.parametrize(
    ("title", "site", "headings", "expected"),
    [
        ("Esper accuses China of bullying | Houston Chronicle", "Houston Chronicle", [],
         "Esper accuses China of bullying"),
        ("BBC News - Taylor Swift is allowed to play her music", "BBC News", [],
         "Taylor Swift is allowed to play her music"),
        ("Nadal keeps Spain alive in Davis Cup Finals - Sportsnet.ca", None, [],
         "Nadal keeps Spain alive in Davis Cup Finals"),
        ("Milan Design Week 2018 | FLOS light installation | Inexhibit", "Inexhibit", [],
         "Milan Design Week 2018 | FLOS light installation"),
        ("Der lange Marsch – Digitale Gesundheit | comwrap Blog", None, ["Der lange Marsch – Digitale Gesundheit"],
         "Der lange Marsch – Digitale Gesundheit"),
        ("Why the Fed raised rates", "Reuters", [], "Why the Fed raised rates"),
        # The section beside the site's name goes with it; a longer segment is part of the headline.
        ("Quake hits the coast | World News | Example Times", "Example Times", [], "Quake hits the coast"),
        ("Quake hits the coast - News - Example Times", None, [], "Quake hits the coast"),
        ("Quake hits the coast | Rescue teams search the ruins | Example Times", "Example Times", [],
         "Quake hits the coast | Rescue teams search the ruins"),
    ],
)
def test_strip_site_suffix(title, site, headings, expected):
    assert strip_site_suffix(title, site, headings) == expected


def test_jsonld_graph_lists_and_broken_scripts():
    objs = parse_jsonld([
        '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},'
        '{"@type":"NewsArticle","headline":"H1"}]}',
        '[{"@type":"BreadcrumbList"},{"@type":["BlogPosting","Thing"],"headline":"H2"}]',
        '{"@type": "Article", "headline": "broken",',  # invalid JSON is skipped
        '<!--{"@type":"ReportageNewsArticle","headline":"H3"}-->',
    ])
    assert [o.get("headline") for o in article_objects(objs)] == ["H1", "H2", "H3", None]


def test_structured_metadata_first():
    md = _md(
        '<title>Home Depot sales miss, shares plunge | Fox Business</title>'
        '<meta property="og:site_name" content="Fox Business">'
        '<meta property="og:description" content="Retailer cuts outlook.">'
        '<meta name="author" content="Jonathan Garber">'
        '<meta property="article:author" content="https://www.facebook.com/FoxBusiness">'
        '<link rel="canonical" href="https://www.foxbusiness.com/markets/home-depot">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Home Depot sales miss, shares plunge",'
        '"datePublished":"2019-11-19T06:12:56-05:00","author":{"@type":"Person","name":"Jonathan Garber"},'
        '"publisher":{"@type":"Organization","name":"Fox Business"},"articleBody":"Home Depot shares fell."}</script>',
        body="<h1>Home Depot sales miss, shares plunge</h1>", lang="en-US",
    )
    assert md.title == "Home Depot sales miss, shares plunge"
    assert md.site_name == "Fox Business"
    assert md.url == "https://www.foxbusiness.com/markets/home-depot"
    assert md.description == "Retailer cuts outlook."
    assert md.language == "en"
    assert md.author_candidates == ["Jonathan Garber"]  # the facebook URL is not a name
    assert md.article_body == "Home Depot shares fell."


def test_h1_beats_a_different_seo_headline():
    md = _md('<title>Taylor Swift is allowed to play her music at the AMAs after all - BBC News</title>'
             '<meta property="og:title" content="Taylor Swift\'s AMA row seems to be over">',
             body="<h1>Taylor Swift is allowed to play her music at the AMAs after all</h1>")
    assert md.title == "Taylor Swift is allowed to play her music at the AMAs after all"


def test_site_name_is_never_the_title():
    md = _md('<title>Jangan Membenci Satu Kaum | Kabar tentang Dunia Islam</title>'
             '<meta property="og:site_name" content="Kabar tentang Dunia Islam">',
             body='<h1 class="site-title">Kabar tentang Dunia Islam</h1>')
    assert md.title == "Jangan Membenci Satu Kaum"


def test_jsonld_author_reference_resolved_and_organisations_skipped():
    md = _md('<script type="application/ld+json">{"@graph":['
             '{"@type":"Person","@id":"#p1","name":"Lewis White","url":"https://x/author/lewis"},'
             '{"@type":"Article","headline":"H","author":[{"@id":"#p1"},{"@type":"Organization","name":"Desk"}]}'
             ']}</script>')
    assert md.author_candidates == ["Lewis White"]


def test_article_object_of_this_page_preferred_over_listed_teasers():
    md = _md('<link rel="canonical" href="https://news.example/a/main-story/">'
             '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"A teaser",'
             '"url":"https://news.example/a/other/","author":{"@type":"Person","name":"Teaser Writer"}},'
             '{"@type":"NewsArticle","headline":"The main story","url":"https://news.example/a/main-story",'
             '"author":{"@type":"Person","name":"Story Writer"}}]</script>')
    assert md.title == "The main story"
    assert md.author_candidates == ["Story Writer"]


def test_site_name_from_the_title_suffix_when_undeclared():
    md = _md("<title>Royal Self-Indicting Arrogance - Sputnik International</title>",
             body="<h1>Royal Self-Indicting Arrogance</h1>")
    assert md.title == "Royal Self-Indicting Arrogance"
    assert md.site_name == "Sputnik International"


@pytest.mark.parametrize(
    ("author", "kept"),
    [
        ("Example Media (www.example.com)", False),  # the publisher with its domain
        ("Example Times", False),  # the site's own name
        ("Example Times Staff", False),
        ("Jane Doe", True),
        ("Jane Doe, Example Times", True),  # a person, then the outlet
        ("Troy L. Smith, example.com", True),
    ],
)
def test_meta_author_naming_the_outlet_is_dropped(author: str, kept: bool):
    md = _md(f'<meta name="author" content="{author}"><meta property="og:site_name" content="Example Times">'
             '<link rel="canonical" href="https://www.example.com/a/1">')
    assert bool(md.author_candidates) is kept


def test_labelled_visible_author_entry():
    from newsclean.html_bylines import page_author_groups

    tree = lhtml.document_fromstring(
        "<html><body><ul class='info'><li><strong>Date</strong> 10.06.2013</li><li><strong>Author</strong>\n"
        "Jane Doe\n</li></ul><dl><dt>Autor:</dt><dd>Max Mustermann</dd></dl></body></html>")
    groups = page_author_groups(tree)
    assert ["Jane Doe"] in groups and ["Max Mustermann"] in groups


def test_empty_avatar_list_does_not_hide_the_byline_beside_it():
    from newsclean.html_bylines import page_author_groups

    tree = lhtml.document_fromstring(
        "<html><body><div class='authorContainer'><ul class='authorProfiles'><li class='profileImage'></li></ul>"
        "<span>Von Anna Berger, Berlin</span></div></body></html>")
    assert ["Von Anna Berger, Berlin"] in page_author_groups(tree)


def test_site_prefixed_author_meta_names_the_author_after_the_common_keys():
    md = _md('<meta property="article:author" content="https://www.facebook.com/example">'
             '<meta property="xyz_authors" content="Ona Petraitė"><meta name="xyz_section" content="Opinion">')
    assert md.author_groups == [("meta:prefixed-author", ["Ona Petraitė"])]  # a profile address names nobody
    md = _md('<meta name="author" content="Jane Doe"><meta property="xyz_authors" content="Ona Petraitė">')
    assert [src for src, _ in md.author_groups] == ["meta:author", "meta:prefixed-author"]
