"""Title, byline and date on the HTML path: which source wins, and field_sources that says so."""

from __future__ import annotations

from lxml import html as lhtml

from newsclean.html_dates import html_publication_date
from newsclean.metadata import extract_metadata


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
