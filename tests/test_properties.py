"""Property tests: whatever the input, ``clean`` gives a record that serialises to JSON, or raises
``NewscleanError``; never anything else."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import NewscleanError, clean

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = ("html", "head", "body", "title", "meta", "div", "p", "span", "a", "article", "main", "section",
        "header", "footer", "nav", "aside", "h1", "h2", "ul", "li", "table", "tr", "td", "script", "style",
        "form", "input", "button", "figure", "figcaption", "img", "br", "time", "blockquote", "iframe",
        "svg", "noscript", "template", "!--")
ATTRS = st.dictionaries(
    st.sampled_from(["class", "id", "itemprop", "property", "content", "name", "datetime", "href", "rel",
                     "role", "lang", "charset"]),
    st.text(max_size=20), max_size=3)
TEXT = st.text(max_size=60)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attrs: dict[str, str], inner: list[str], closed: bool) -> str:
        if tag == "!--":
            return "<!--" + "".join(inner) + "-->"
        attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
        return f"<{tag}{attr_text}>" + "".join(inner) + (f"</{tag}>" if closed else "")

    return st.builds(render, st.sampled_from(TAGS), ATTRS, st.lists(children, max_size=4), st.booleans())


HTML = st.recursive(TEXT, _element, max_leaves=40)


def _check(data: bytes | str, **kwargs) -> None:
    try:
        article = clean(data, **kwargs)
    except NewscleanError:
        return
    record = article.to_dict(explain=True)
    assert isinstance(record["text"], str)
    json.loads(json.dumps(record, ensure_ascii=False))


@SETTINGS
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes):
    _check(data)


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["html", "text"]))
def test_arbitrary_bytes_forced_format(data: bytes, fmt: str):
    _check(data, input_format=fmt)


@SETTINGS
@given(HTML)
def test_arbitrary_html_nesting(html: str):
    _check(html)
    _check(html, input_format="html")


@SETTINGS
@given(st.lists(HTML, min_size=1, max_size=5), st.sampled_from(["utf-8", "cp1251", "latin-1", "shift_jis"]))
def test_arbitrary_html_as_encoded_bytes(parts: list[str], encoding: str):
    page = "<!DOCTYPE html><html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>"
    _check(page.encode(encoding, errors="replace"))


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str):
    _check(text)
    _check(text, input_format="text")


# The words of a collapsed dump: capitalised labels, by-words, dates, sentence ends, separators, repeated
# link notes, words of scripts without spaces; joined on one line of 2,000 characters or more.
COLLAPSED_WORDS = st.sampled_from([
    "Home", "News", "Sport", "By", "von", "Jane", "Roe", "and", "the", "council", "said.", "Updated", "March",
    "3,", "2026", "10:15", "AM", "|", "•", "Share", "on", "Facebook", "opens", "new", "tab", "Partager", "sur",
    "«Bella", "serata»", "Dr.", "St.", "宮崎県で震度5弱。", "기자", "—", "…", "(AP)", "Related", "articles",
    "Advertisement", "2", "min", "read", "Fotos:", "dpa", "?", "!", "\u00ad", "Привет", "мир.",
])


@SETTINGS
@given(st.lists(COLLAPSED_WORDS, min_size=420, max_size=900), st.booleans())
def test_collapsed_dumps(words: list[str], title_first: bool):
    """A dump whose white space was collapsed is cut into sentences (text_segment): never a crash, and the
    text holds only words of the dump."""
    line = " ".join((["Council backs plan | Example News"] if title_first else []) + words)
    assert len(line) >= 2000
    _check(line, input_format="text")
    art = clean(line.encode(), input_format="text")
    dump = set(line.split())
    assert all(w in dump for w in art.text.split())


@SETTINGS
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["div", "span", "p", "table", "li", "b"]))
def test_deep_nesting(depth: int, tag: str):
    _check(f"<html><body>{f'<{tag}>' * depth}deep text{f'</{tag}>' * depth}</body></html>")
