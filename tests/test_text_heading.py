"""The heading mark on a dump's lines (Line.heading): Markdown's "#" headings, and lynx's headings, which
it prints flush left while it indents everything else; the title feature that reads it."""

from __future__ import annotations

from pathlib import Path

from newsclean import text_fields, text_title
from newsclean.text_extract import article_lines
from newsclean.text_lines import split_lines

_DATA = Path(__file__).parent / "data"

_PROSE = ("   The council met on Tuesday evening to vote on the budget for the coming year, which\n"
          "   raises spending on schools and roads while holding the property tax rate where it was.\n")


def _lynx(head: list[str]) -> str:
    """A lynx-shaped dump: menus, the given flush-left lines, then indented paragraphs."""
    return "\n".join(["   [1]Home [2]News [3]Sport", "", "     * [4]Politics", "     * [5]Business", "",
                      *head, "", _PROSE, "   By Jane Roe", "   March 3, 2024", "", _PROSE, _PROSE, _PROSE,
                      "What happens next", "", _PROSE, _PROSE])


def test_lynx_flush_left_lines_are_headings():
    """In a dump indented by three spaces, a flush-left line is a heading, also when it wraps over two
    lines (unwrapped into one); indented text and deeper list items are not."""
    dump = _lynx(["Council approves new budget after a long debate over the cost of schools", "and roads"])
    marked = {ln.text: ln.heading for ln in split_lines(dump)}
    assert marked["Council approves new budget after a long debate over the cost of schools and roads"]
    assert marked["What happens next"]
    assert not marked["Politics"] and not marked["By Jane Roe"]
    assert not any(v for k, v in marked.items() if k.startswith("The council"))


def test_lynx_dump_headings():
    """A real lynx dump (a German magazine's page): its two flush-left subheadings are marked, nothing else."""
    lines = split_lines((_DATA / "text_lynx" / "vogue-widget.txt").read_text(encoding="utf-8"))
    assert [ln.text for ln in lines if ln.heading] == [
        "Die Erfolgsgeschichte von Kate Moss begann am Flughafen von New York",
        'Seine eigene Wellnessbrand "Cossmoss" launchte das Model vor zwei Jahren']


def test_flush_left_marks_nothing_where_the_dump_does_not_indent():
    """A dump whose text stands flush left (bs4, w3m) or that indents by the page's nesting (inscriptis,
    no line at three spaces) has no heading marks."""
    flat = "Council approves new budget\n\n" + _PROSE.replace("   ", "") * 3 + "\n   an indented line\n"
    nested = "Council approves new budget\n" + _PROSE.replace("   ", "        ") * 3
    assert not any(ln.heading for ln in split_lines(flat))
    assert not any(ln.heading for ln in split_lines(nested))


def test_markdown_headings_are_marked():
    """html2text's "# " and "## " lines are headings; a "#hashtag" line is none."""
    para = ("The council met on Tuesday evening to vote on the [budget](https://example.com/b) for the coming "
            "year, which raises spending on schools and roads.\n\n")
    dump = "# Council approves new budget\n\n#localnews\n\n" + para * 3 + "## What happens next\n\n" + para
    marked = {ln.text: ln.heading for ln in split_lines(dump)}
    assert marked["Council approves new budget"] and marked["What happens next"]
    assert not marked["#localnews"]
    assert not any(v for k, v in marked.items() if k.startswith("The council"))


def test_flush_left_headline_is_the_title():
    """The heading feature is set on the flush-left headline's candidate only, and the fitted weights
    choose it over the menus' lines."""
    head = "Council approves new budget after a long debate"
    lines, start, end = article_lines(_lynx([head]))
    page = text_fields.page_context(lines, start, end)
    cands = text_title.title_candidates(page)
    at = text_title.TITLE_FEATURES.index("heading")
    assert [c[1] for c in cands if c[2][at] == 1.0] == [head]
    j = text_fields.best_title(cands)
    assert j is not None and cands[j][1] == head


def _markdown(head: list[str], tail: str = "") -> str:
    """A Markdown dump (three links make it one) with the given lines over the article."""
    para = ("The council met on Tuesday evening to vote on the budget for the coming year, which raises spending "
            "on schools and roads while holding the property tax rate where it was.")
    return "\n".join(["[Home](/) [News](/news) [Sport](/sport)", "", *head, "", para, "", "By Jane Roe", "",
                      para, "", para, "", "What happens next", "-----------------", "", para, "", para]) + tail


def test_setext_headings_are_headings_and_their_underlines_go():
    """markdownify and pandoc write headings underlined ("Headline" / "====="; "-----" for the second
    level): the line is a heading, read whole, and the underline is no text of its own. A rule after a hard
    line break ("…  " / "---", html2text's <hr>) underlines nothing."""
    dump = _markdown(["Council approves new budget after a long debate", "================================"])
    lines = split_lines(dump)
    marked = {ln.text: ln.heading for ln in lines}
    assert marked["Council approves new budget after a long debate"] and marked["What happens next"]
    assert not any("===" in ln.text or "---" in ln.text for ln in lines)
    ruled = split_lines(_markdown(["A paragraph with a line break after it.  ", "---"]))
    assert not any(ln.heading for ln in ruled if ln.text.startswith("A paragraph"))


def test_a_setext_heading_in_a_dump_ending_with_blank_lines_is_read():
    """A dump that ends with blank lines keeps them as lines when its headings are rewritten (the line
    counts of the text and its lines must agree: they once did not, and the dump could not be read)."""
    from newsclean import clean

    para = ("The council met on Tuesday evening to vote on the budget for the coming year, which raises spending "
            "on schools and roads while holding the property tax rate where it was.")
    # (Paragraphs one a line, no blank line between: not Markdown's paragraphs, the lines read as they are.)
    dump = "\n".join(["[Home](/) [News](/news) [Sport](/sport)", "Council approves new budget",
                      "===========================", "By Jane Roe", para, para, para, para, "", "", ""])
    art = clean(dump.encode(), input_format="text")
    assert art.title == "Council approves new budget"


def test_elinks_centred_headings_are_headings():
    """elinks and links centre a page's headings on the screen, a block of their own, where the body stands
    three spaces in: the centred lines are headings (one centred over two lines too, read joined); the body,
    the menus and the byline are not."""
    npr = {ln.text: ln.heading for ln in split_lines((_DATA / "text_elinks" / "npr-centred.txt").read_text(encoding="utf-8"))}
    assert npr["Jury Finds Dylann Roof Guilty In S.C. Church Shooting"]
    assert not npr["Rebecca Hersher"] and not npr["Facebook"] and not npr["December 15, 20163:33 PM ET"]
    assert [t for t, h in npr.items() if h and len(t) > 30] == ["Jury Finds Dylann Roof Guilty In S.C. Church Shooting"]
    abc = {ln.text: ln.heading for ln in split_lines((_DATA / "text_elinks" / "abcnews-centred.txt").read_text(encoding="utf-8"))}
    assert abc["Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef'"]
