"""Dumps made by other converters: hard-wrapped lines, list markers, Markdown links.

The same real pages are re-rendered the way other HTML-to-text converters do (wrapping at a
column, prefixing list items with "* "/"- "/"•", writing links as "[text](url)") and must come out
as they do from the original dump.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from conftest import CASES, PARAS, SCRAPES, PageSet, check_record, expected
from newsclean import clean, settings, text_classify, text_lines, text_wrap
from newsclean.text_extract import article_lines, extract_text, split_lines

_TOKEN = re.compile(r"\w+", re.UNICODE)


def rewrap(text: str, width: int, blank_between: bool = False) -> str:
    """Hard-wrap every line at ``width`` columns, as lynx/html2text-style converters do."""
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
        out.extend(textwrap.wrap(stripped, width))
        if blank_between:
            out.append("")
    return "\n".join(out)


def mark(text: str) -> str:
    """Markdown-style output: list items as "* "/"- "/"•" links, short lines (menus) as links, and
    an inline link inside every long line."""
    out: list[str] = []
    for i, line in enumerate(text.splitlines()):
        s = line.strip()
        item = re.match(r"^[*+] (.+)", s)
        words = s.split(" ")
        if item:
            s = ("* ", "- ", "• ")[i % 3] + f"[{item.group(1)}](https://example.com/{i})"
        elif s and len(words) <= 3 and not s.endswith("."):
            s = f"[{s}](https://example.com/{i})"
        elif len(words) > 12:
            k = len(words) // 3
            s = " ".join(words[:k]) + f" [{' '.join(words[k:k + 3])}](https://example.com/p{i}) " + " ".join(words[k + 3:])
        out.append(s)
    return "\n".join(out)


def f1(gold: str, pred: str) -> float:
    """Body F1 over 4-gram shingles of word tokens (the benchmark's measure)."""
    def sh(t: str) -> Counter:
        toks = _TOKEN.findall(t)
        return Counter(tuple(toks[i:i + 4]) for i in range(max(0, len(toks) - 3)))
    g, p = sh(gold), sh(pred)
    tp = sum((g & p).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


@pytest.mark.parametrize("width", [72, 80])
@pytest.mark.parametrize("name", CASES)
def test_hard_wrapped_samples_clean_the_same(name: str, width: int):
    data = rewrap((SCRAPES / f"{name}.txt").read_text(encoding="utf-8"), width)
    check_record(clean(data, input_format="text").to_dict(), expected(name))


@pytest.mark.parametrize("name", CASES)
def test_wrapped_with_blank_lines_between_paragraphs(name: str):
    data = rewrap((SCRAPES / f"{name}.txt").read_text(encoding="utf-8"), 76, blank_between=True)
    rec = clean(data, input_format="text").to_dict()
    exp = expected(name)
    assert f1(exp["text"], rec["text"]) >= 0.95
    assert not [leak for leak in exp["must_not_contain"] if leak in rec["text"]]


@pytest.mark.parametrize("name", CASES)
def test_marked_samples_keep_article_and_drop_markup(name: str):
    data = mark((SCRAPES / f"{name}.txt").read_text(encoding="utf-8"))
    rec = clean(data, input_format="text").to_dict()
    exp = expected(name)
    assert f1(exp["text"], rec["text"]) >= 0.95
    assert "](https://" not in rec["text"]
    assert not [leak for leak in exp["must_not_contain"] if leak in rec["text"]]


def test_unwrapping_rejoins_paragraphs_but_not_menus():
    para = ("Russia has ordered its troops to withdraw from two front line positions in eastern Ukraine "
            "in the face of a shock advance by Ukrainian forces, officials said on Saturday evening.")
    page = "\n".join(["Home", "World", "Politics"] + [para] * 8 + ["Contact us", "Privacy policy"])
    lines = [ln.text for ln in split_lines(rewrap(page, 70))]
    assert lines[:3] == ["Home", "World", "Politics"]
    assert lines[3:11] == [para] * 8
    assert lines[-2:] == ["Contact us", "Privacy policy"]


def test_unwrapped_dump_is_not_joined():
    # Lines of very different lengths, ending in full stops: a dump that was never wrapped.
    text = (SCRAPES / "004_17972766c5bc354a.txt").read_text(encoding="utf-8")
    assert len(split_lines(text)) == len([x for x in text.splitlines() if x.strip()])


def test_markdown_link_markers_are_features_not_text():
    lines = split_lines("* [World news](https://example.com/world)\n"
                        "He said [the talks](https://example.com/t) would resume on Monday.\n"
                        "![chart](https://example.com/c.png)\n")
    assert [ln.text for ln in lines] == ["World news", "He said the talks would resume on Monday."]
    assert lines[0].marked and lines[0].link_share == 1.0
    assert not lines[1].marked
    assert 0 < lines[1].link_share < 0.3


def test_dev_pages_rewrapped_and_marked_score_close_to_originals(page_set: PageSet):
    """inscriptis keeps list structure ("* "), so its dumps can be re-rendered both ways."""
    base, wrapped, marked = [], [], []
    for pid, body in page_set.bodies(24):
        text = page_set.text(pid, "text_inscriptis")
        base.append(f1(body, extract_text(text).text))
        wrapped.append(f1(body, extract_text(rewrap(text, 78)).text))
        marked.append(f1(body, extract_text(mark(text)).text))
    mean = sum(base) / len(base)
    assert mean >= 0.85
    assert sum(wrapped) / len(wrapped) >= mean - 0.03
    assert sum(marked) / len(marked) >= mean - 0.03


def test_dev_bs4_pages_rewrapped_score_close_to_originals(page_set: PageSet):
    base, wrapped = [], []
    for pid, body in page_set.bodies(24):
        text = page_set.text(pid, "text_bs4")
        base.append(f1(body, extract_text(text).text))
        wrapped.append(f1(body, extract_text(rewrap(text, 80)).text))
    assert sum(wrapped) / len(wrapped) >= sum(base) / len(base) - 0.05


def test_lynx_style_reference_numbers():
    lines = split_lines("[1]Home [2]World\n   * [3]Politics\nHe said [4]the talks would resume on Monday.\n"
                        "References\n   1. https://example.com/\n")
    texts = [ln.text for ln in lines]
    assert texts[:3] == ["Home World", "Politics", "He said the talks would resume on Monday."]
    assert lines[0].link_share == 1.0 and lines[2].link_share < 0.5
    art = extract_text("\n".join(["[1]Home [2]World [3]Politics", *[f"[{i + 5}]{p}" if i == 2 else p for i, p in
                                  enumerate(ARTICLE_LINES)], "References", "   1. https://example.com/"]))
    assert art.text.split("\n\n")[0] == ARTICLE_LINES[0]
    assert "example.com" not in art.text and "References" not in art.text



def test_lynx_reference_number_in_a_japanese_paragraph_is_one_link_not_the_whole_line():
    """Text in a script written without spaces has few "words": one numbered link ("[21]スポーツ") run
    into a paragraph must not make the paragraph all links."""
    para = ("【ロンドン】１０日に行われたサッカー・欧州チャンピオンズリーグの準々決勝第１戦で、"
            "優勝を目指すバルセロナはアウェーで勝ち、４強入りに前進した。 [21]スポーツ")
    (line,) = split_lines(para)
    assert line.text.endswith("前進した。 スポーツ") and line.link_share < 0.2
    assert split_lines("[1]ホーム [2]ニュース [3]スポーツ")[0].link_share == 1.0


ARTICLE_LINES = [
    "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads.",
    "Council members said the plan would be paid for by a small increase in property taxes next year.",
    "The mayor told reporters after the meeting that it was the most important vote of the year.",
    "Opponents said the tax increase would hurt families who are already struggling with higher prices.",
]


def test_inline_fragments_are_rejoined_with_or_without_blank_lines_between():
    fragments = ["Instead of following fad diets, focus on", "making healthy changes", ".",
                 "Eat more whole foods, such as fruits, vegetables, and", "whole grains",
                 ", and moderate your intake of treats."]
    want = ["Instead of following fad diets, focus on making healthy changes.",
            "Eat more whole foods, such as fruits, vegetables, and whole grains, and moderate your intake of treats."]
    assert [ln.text for ln in split_lines("\n".join(fragments))] == want
    assert [ln.text for ln in split_lines("\n\n".join(fragments))] == want
    # Furniture lines are never glued to a sentence.
    assert [ln.text for ln in split_lines("Bahn kündigt Streik an\nvor 3 Stunden")] == [
        "Bahn kündigt Streik an", "vor 3 Stunden"]


def test_a_line_closing_a_low_opened_quotation_is_not_run_into_the_next():
    # "“" closes a quotation opened with "„" (German, Czech, Lithuanian): a headline ending so is whole, and
    # neither the paragraph under it nor a skip link ("zum Hauptinhalt") goes on from it. An English line
    # ending with an opening "“" still goes on with the quotation on the next line.
    head = "Bennett: „Ich bin nicht der Boxsack von Netanjahu“"
    para = "MK Naftali Bennett, Vorsitzender der Partei, erklärte am Samstagabend, warum er sich weigert, beizutreten."
    assert [ln.text for ln in split_lines("\n\n".join([head, para]))] == [head, para]
    assert [ln.text for ln in split_lines("\n\n".join([head, "zum Hauptinhalt"]))] == [head, "zum Hauptinhalt"]
    assert [ln.text for ln in split_lines("Ministerin: »Wir bleiben hier«\n\nDie Ministerin sprach am Abend vor der Presse.")][0] \
        == "Ministerin: »Wir bleiben hier«"
    assert [ln.text for ln in split_lines("The minister told reporters “\nwe will stay”, and left.")] == [
        "The minister told reporters “we will stay”, and left."]
    dump = "\n\n".join(["Startseite", "Politik", head, *PARAS])
    assert extract_text(dump).title == head
    # (The quotation may open lines above, a link cut out of it: "… entscheiden.“" closes it all the same.)
    quoted = ["Man wollte eine Richtungsentscheidung: „Die Bevölkerung sollte entscheiden, welchen Weg das Land geht:",
              "Subventionen", " und neue Schulden oder weniger Bürokratie. Das sollten wir jetzt entscheiden.“", "",
              "Wie das alles nach außen kommuniziert werden sollte, wurde auch durchgespielt."]
    assert [ln.text for ln in split_lines("\n".join(quoted))][-1] == quoted[-1]


def test_a_by_word_alone_between_a_headline_and_a_lower_case_name_is_no_inline_link():
    # bs4 prints the headline, the byline's "Von" and a publisher written in lower case one element a line:
    # "Von" opens the byline, it is no link inside a sentence the headline left open.
    lines = ["Trump postet schon wieder ein Foto", "Von", "", "t-online", ",", "jse", "15.04.2026 - 15:48 Uhr"]
    texts = [ln.text for ln in split_lines("\n".join(lines))]
    assert texts[0] == "Trump postet schon wieder ein Foto"
    assert texts[1] == "Von t-online, jse"


def test_a_headline_under_a_breadcrumb_with_a_by_word_under_it_is_no_inline_link():
    # inscriptis prints the breadcrumb, the headline and the byline's "von" and name one element each: the
    # lower-case "von" under the headline opens the byline, it does not go on with a sentence the
    # breadcrumb left open (its last crumb ends in a lower-case letter), so the headline keeps its line
    # and is the title.
    head = "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank"
    dump = "\n\n".join(["Abo", "Karriere", "SN.AT / Politik / Innenpolitik", head, "von", "APA",
                         "Donnerstag", "05. Juni 2025", *PARAS])
    texts = [ln.text for ln in split_lines(dump)]
    assert "SN.AT / Politik / Innenpolitik" in texts
    assert extract_text(dump).title == head


def test_a_long_link_inside_a_sentence_is_rejoined_when_punctuation_follows_it():
    # (bs4's get_text: a link of seven words, then the sentence's full stop on the next line.)
    fragments = ["Monday's best deals include", "various MacBook models from $700 at Amazon",
                 ". You'll also find more below."]
    assert [ln.text for ln in split_lines("\n".join(fragments))] == [
        "Monday's best deals include various MacBook models from $700 at Amazon. You'll also find more below."]
    # A menu of long link texts is no sentence: nothing ends mid-sentence above them.
    menu = ["Politics and the election campaign in the United States", "Weather", "Sport"]
    assert len(split_lines("\n".join(menu))) == 3


def test_japanese_sentences_cut_at_links_and_ruby_are_rejoined():
    # Links to two prefectures with the particle "と" between them alone on its line (get_text, adjacent).
    cut = ["この地震で、気象庁は", "高知県", "と", "宮崎県", "に1メートルの津波注意報を出した。"]
    assert [ln.text for ln in split_lines("\n".join(cut))] == ["この地震で、気象庁は高知県と宮崎県に1メートルの津波注意報を出した。"]
    # A name glossed with its reading in ruby, every text node a blank line apart: the name goes back
    # into the sentence (set apart by spaces, as the page sets it), and so does the sentence's rest.
    ruby = ["【ソウル＝小池和樹】韓国の", "尹錫悦", "大統領は３日夜、緊急談話を出した。"]
    assert [ln.text for ln in split_lines("\n\n".join(ruby))] == ["【ソウル＝小池和樹】韓国の 尹錫悦 大統領は３日夜、緊急談話を出した。"]
    # A label's content after its full-width colon, a footnote's mark before the list's comma.
    cut = ["宮崎県：", "延岡市", "、", "日南市", "*、", "串間市"]
    assert [ln.text for ln in split_lines("\n".join(cut))] == ["宮崎県：延岡市、日南市*、串間市"]
    assert [ln.text for ln in split_lines("福岡県\n：久留米市")] == ["福岡県：久留米市"]
    # A menu of Japanese words stays apart; "ところが" opens a sentence.
    assert len(split_lines("\n\n".join(["ニュース", "政治", "経済"]))) == 3
    assert len(split_lines("市は計画を発表した。\nところが住民は反対した。")) == 2


# --- Markdown dumps (html2text and the like) ---------------------------------------------------

def html2text_like(text: str, width: int = 72) -> str:
    """A page dump re-rendered as html2text writes Markdown: paragraphs one blank line apart and
    wrapped at ``width`` with their links inline (so a link's text and URL break across lines, and a
    long URL breaks at its hyphens), menus as "  * [item](url)", short lines as "## " headings."""
    out: list[str] = []
    for i, line in enumerate(text.splitlines()):
        s = line.strip()
        if not s:
            continue
        item = re.match(r"^[*+] (.+)", s)
        words = s.split(" ")
        if item:
            out += [f"  * [{item.group(1)}](https://example.com/section/{i}-long-path-name-of-the-page)", ""]
            continue
        if len(words) > 12:
            k = len(words) // 3
            s = (" ".join(words[:k]) + f" [{' '.join(words[k:k + 4])}](https://example.com/2024/03/"
                 f"a-rather-long-slug-for-story-number-{i}-with-many-words \"Story {i}\") " + " ".join(words[k + 4:]))
        elif 2 <= len(words) <= 8 and not s.endswith((".", ":")) and i % 4 == 0:
            s = "## " + s
        out += textwrap.wrap(s, width, break_long_words=False) + [""]
    return "\n".join(out)


MD_PAGE = """\
Skip to content

  * [Home](https://example.com/)
  * [World](https://example.com/world)
  * [Politics](https://example.com/politics)

# Council approves new budget for schools and roads

By Jane Doe | March 3, 2024

![A council meeting](https://example.com/img/council-meeting-
march.jpg)

The city council voted on **Tuesday** to approve a new budget that raises
spending on [schools and
roads](https://example.com/2024/03/budget-schools-roads-
approved "Budget") after a debate that lasted _almost_ six hours.

Council members said the plan would be paid for by a small increase in
property taxes next year, which [the
mayor](https://example.com/people/mayor) called fair.

> The mayor told reporters after the meeting that it was the most
> important vote of the year for the city and its families.

Opponents said the tax increase would hurt families who are already
struggling with higher prices, and promised to campaign against it.<BR>
They will hold a public meeting on Friday.

| Item | Amount<BR>
---|---<BR>
| Schools | 12 million<BR>

### Related stories

  * [Mayor defends tax plan](https://example.com/mayor-defends)
  * [Roads to be repaired this summer](https://example.com/roads)
""".replace("<BR>", "  ")  # html2text's hard line break: two trailing spaces


def test_markdown_links_wrapped_across_lines_keep_their_text_only():
    art = extract_text(MD_PAGE)
    paras = art.text.split("\n\n")
    assert ("The city council voted on Tuesday to approve a new budget that raises spending on schools and "
            "roads after a debate that lasted almost six hours.") in paras
    assert ("Council members said the plan would be paid for by a small increase in property taxes next "
            "year, which the mayor called fair.") in paras
    assert ("The mayor told reporters after the meeting that it was the most important vote of the year "
            "for the city and its families.") in paras
    # A two-space line break ends a line; the paragraph's other breaks were the converter's wrapping.
    assert ("Opponents said the tax increase would hurt families who are already struggling with higher "
            "prices, and promised to campaign against it.") in paras
    for marker in ("](", "http", "example.com", "**", "_almost_", "> ", "#", "|", "Mayor defends"):
        assert marker not in art.text, marker
    assert art.title == "Council approves new budget for schools and roads"


def test_markdown_reference_links_and_their_list_are_dropped():
    page = "\n\n".join([
        "* [Home][1]", "* [World][2]", "* [Sport][3]",
        *(p.replace("new budget", "new [budget][4]") for p in ARTICLE_LINES),
        "   [1]: https://example.com/", "   [2]: https://example.com/world",
        "   [3]: https://example.com/sport", "   [4]: https://example.com/budget"])
    art = extract_text(page)
    assert art.text.split("\n\n") == ARTICLE_LINES
    assert "[" not in art.text and "https" not in art.text


def test_markdown_line_breaks_outside_wrapping_are_kept():
    # Unwrapped Markdown (no wrapping column): lines of a block are separate lines, not one paragraph.
    lines = split_lines("[Home](https://e.com/) [News](https://e.com/n) [Sport](https://e.com/s)\n\n"
                        "Breaking: storm hits the coast\nUpdated 5 minutes ago\n\n" + "\n\n".join(ARTICLE_LINES))
    texts = [ln.text for ln in lines]
    assert "Breaking: storm hits the coast" in texts and "Updated 5 minutes ago" in texts
    assert texts[-4:] == ARTICLE_LINES


def test_markdown_escaped_numbers_are_dates_not_list_items():
    """Markdown writers escape a paragraph's leading "3." ("3\\. Mai 2024") so that it is no list item:
    the line keeps its number, and a date alone on its line is never joined into the names above it
    or the paragraph after it, in Markdown or not."""
    nav = "[Home](https://e.com/) [News](https://e.com/n) [Sport](https://e.com/s)"
    byline = ["[Birgit Baumann](/a/bb) [Anna Giulia Fink](/a/agf)", "3\\. Mai 2024, 17:47 ", ", ",
              "06\\. 01. 2026, 14:59 Uhr"]
    texts = [ln.text for ln in split_lines("\n\n".join([nav, "# Council approves new budget", *byline, *ARTICLE_LINES]))]
    assert "Council approves new budget" in texts  # (read as Markdown)
    assert "Birgit Baumann Anna Giulia Fink" in texts
    assert "3. Mai 2024, 17:47," in texts
    assert "06. 01. 2026, 14:59 Uhr" in texts
    assert texts[-len(ARTICLE_LINES):] == ARTICLE_LINES
    plain = [ln.text for ln in split_lines("\n\n".join(["Jan Novak", "3. Mai 2024", *ARTICLE_LINES]))]
    assert plain[:2] == ["Jan Novak", "3. Mai 2024"]
    # A relative span is no date: "up to" / "12 months ]" is one sentence broken at a link.
    assert [ln.text for ln in split_lines("Time Frame: up to \n12 months ]\n")] == ["Time Frame: up to 12 months ]"]


def test_markdown_heading_ends_at_its_blank_line_and_an_author_photo_is_no_glue():
    """html2text puts the author's photo before "By": the heading above and the byline stay apart;
    a heading wrapped over two lines stays one."""
    page = "\n\n".join(["[Home](https://e.com/) [News](https://e.com/n)", "# Box Office: It's Good to Be 'Peculiar'",
                        "![](https://e.com/avatar.jpg) By:  Drew Dietsch October 2, 2016 ", *ARTICLE_LINES])
    texts = [ln.text for ln in split_lines(page)]
    assert texts[1:3] == ["Box Office: It's Good to Be 'Peculiar'", "By:  Drew Dietsch October 2, 2016"]
    wrapped = split_lines("[Home](https://e.com/) [News](https://e.com/n) [Sport](https://e.com/s)\n\n# El Córdoba logra un punto vital ante Noia en la\nlucha por "
                          "la salvación (3-3)\n\n" + "\n\n".join(ARTICLE_LINES))
    assert wrapped[1].text == "El Córdoba logra un punto vital ante Noia en la lucha por la salvación (3-3)"


def test_markdown_links_side_by_side_keep_a_space_between_words_only():
    texts = [ln.text for ln in split_lines(
        "[Home](https://e.com/) [News](https://e.com/n)\n\n[April 10, 2023](https://e.com/2023/04/10/x)3 years\n\n"
        "[Dan Jervis-Bardy](https://e.com/a/djb)The West Australian\n\n"
        "The [Heather Hitchen](https://e.com/hh)s Fund and [NASA](https://e.com/nasa)'s budget.\n\n"
        "这是[一个](https://e.com/c)例子")]
    assert texts[1:] == ["April 10, 2023 3 years", "Dan Jervis-Bardy The West Australian",
                         "The Heather Hitchens Fund and NASA's budget.", "这是一个例子"]


def test_markdown_dateline_under_a_byline_gives_the_date():
    page = "\n\n".join(["[Home](https://e.com/) [News](https://e.com/n)",
                        "# Council approves new budget after long debate", "Von [Ana Ruiz](/autor/ana-ruiz)",
                        "23\\. April 2024", *ARTICLE_LINES])
    art = extract_text(page)
    assert art.date == "2024-04-23" and art.authors == ["Ana Ruiz"]


@pytest.mark.parametrize("width", [72, 78])
@pytest.mark.parametrize("name", CASES)
def test_samples_rendered_as_wrapped_markdown_keep_article_and_drop_markup(name: str, width: int):
    data = html2text_like((SCRAPES / f"{name}.txt").read_text(encoding="utf-8"), width)
    rec = clean(data, input_format="text").to_dict()
    exp = expected(name)
    assert f1(exp["text"], rec["text"]) >= 0.95
    for marker in ("](", "https://", "example.com", "## "):
        assert marker not in rec["text"], marker
    assert not [leak for leak in exp["must_not_contain"] if leak in rec["text"]]


@pytest.mark.parametrize("options", [{"body_width": 72, "ignore_images": True}, {}, {"inline_links": False}])
def test_dev_pages_rendered_by_html2text_score_close_to_inscriptis(page_set: PageSet, options: dict):
    """Real pages through a real converter (html2text is a benchmark tool, not a dependency)."""
    html2text = pytest.importorskip("html2text")
    base, rendered = [], []
    for pid, body in page_set.bodies(24):
        conv = html2text.HTML2Text()
        for k, v in options.items():
            setattr(conv, k, v)
        md = conv.handle(page_set.html(pid).read_text(encoding="utf-8", errors="replace"))
        text = extract_text(md).text
        assert "](" not in text and "://" not in text
        rendered.append(f1(body, text))
        base.append(f1(body, extract_text(page_set.text(pid, "text_inscriptis")).text))
    # (One page of shop deals, each a heading, a price line and a paragraph, scores lower from Markdown.)
    assert sum(rendered) / len(rendered) >= sum(base) / len(base) - 0.04


def test_indented_paragraphs_wrapped_at_a_column_are_rejoined():
    # lynx and textwrap count the indentation in the width: an indented first line is short of text.
    # A first line indented deeper than the line above starts a paragraph, blank line or not.
    for gap in ([""], []):
        page = ["Home", "World", "Politics", ""]
        for para in ARTICLE_LINES * 2:
            page += textwrap.wrap(para, 60, initial_indent=" " * 16) + gap
        lines = [ln.text for ln in split_lines("\n".join(page))]
        assert lines[3:] == ARTICLE_LINES * 2


# --- Real terminal converters (lynx, w3m) -----------------------------------------------------

def test_lynx_references_list_with_visible_and_hidden_links_is_cut():
    """lynx -dump appends "References" / "Visible links:" / "1. URL"; the list is never article text,
    even when the article itself is short enough for the URLs to look like the longest block."""
    refs = "\n".join(f"   {i}. https://example.com/section/article-{i}-with-a-long-slug.html" for i in range(1, 40))
    dump = "\n".join(["   [1]Home [2]World", *(f"   {p}" for p in ARTICLE_LINES), "", "References", "",
                      "   Visible links:", refs, "", "   Hidden links:", "  40. https://example.com/"])
    art = extract_text(dump)
    assert art.text.split("\n\n") == ARTICLE_LINES
    # A paragraph that merely starts with the word stays (one sentence: the lower-case clause goes on
    # from the word, as after a link a converter put on its own line).
    assert [ln.text for ln in split_lines("References\nto the old law were removed in 2019.")] == [
        "References to the old law were removed in 2019."]


def test_wide_characters_count_two_columns_when_unwrapping():
    """w3m and lynx wrap Japanese and Chinese at half as many characters (each takes two columns),
    and a line broken between two such characters is rejoined without a space."""
    para = ("Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
            "何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。")
    lines: list[str] = []
    for _ in range(8):
        text, row = para, ""
        while text:
            take = 0
            while take < len(text) and len(text[:take + 1]) + sum(1 for c in text[:take + 1] if ord(c) > 0x2e80) <= 78:
                take += 1
            row, text = text[:take], text[take:]
            lines.append(row)
        lines.append("")
    texts = [ln.text for ln in split_lines("\n".join(lines))]
    assert texts.count(para) == 8


def _render(tool: list[str], path: Path) -> str:
    import subprocess
    return subprocess.run([*tool, str(path)], capture_output=True, check=True, timeout=30).stdout.decode(
        "utf-8", "replace")


@pytest.mark.parametrize("tool", [
    ["lynx", "-dump", "-nolist", "-display_charset=utf-8", "-force_html"],
    ["lynx", "-dump", "-display_charset=utf-8", "-force_html"],
    ["w3m", "-dump", "-T", "text/html", "-O", "UTF-8"],
], ids=["lynx-nolist", "lynx-refs", "w3m"])
def test_dev_pages_rendered_by_real_converters(page_set: PageSet, tool: list[str]):
    """The dev pages' HTML through lynx/w3m (when installed) score close to the inscriptis dumps."""
    import shutil
    if not shutil.which(tool[0]):
        pytest.skip(f"{tool[0]} not installed")
    real, base = [], []
    for pid, body in page_set.bodies(16):
        real.append(f1(body, extract_text(_render(tool, page_set.html(pid))).text))
        base.append(f1(body, extract_text(page_set.text(pid, "text_inscriptis")).text))
    assert sum(real) / len(real) >= sum(base) / len(base) - 0.05


_LYNX_JA = Path(__file__).parent / "data" / "text_lynx" / "mainichi-gaza.txt"


def test_lynx_japanese_paragraphs_wrapped_at_a_wide_ceiling_are_rejoined():
    """lynx wraps Japanese at 74 characters (an 80-column screen), neither at its columns nor at
    the width of its Latin lines: its paragraphs come back whole, the list of links under them stays apart."""
    texts = [ln.text for ln in split_lines(_LYNX_JA.read_text(encoding="utf-8"))]
    first = next(t for t in texts if t.startswith("パレスチナ自治区"))
    assert first.endswith("停戦実現の期待が高まっている。") and "近づいている」" in first
    assert any(t.startswith("一方で") and t.endswith("【エルサレム松岡大地、カイロ金子淳】") for t in texts)
    assert "イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か" in texts
    assert sum(t.startswith("外交を総括する") for t in texts) == 1


def test_unwrapped_japanese_paragraphs_have_no_wide_ceiling():
    """The same paragraphs on one line each (a dump that does not wrap) are left as they are."""
    paras = _LYNX_JA.read_text(encoding="utf-8").split("\n\n")
    flat = "\n\n".join("".join(x.strip() for x in p.splitlines()) for p in paras)
    lines = flat.splitlines()
    chars = [len(x) for x in lines]
    assert text_wrap._wide_ceiling(lines, chars, [text_wrap.columns(x) for x in lines]) is None
    assert len(split_lines(flat)) == len([p for p in flat.split("\n\n") if p.strip()])


_DATA = Path(__file__).parent / "data"


def test_text_browser_image_names_are_markup_not_lines():
    """w3m draws an image without alt text as its file's stem cut at ten characters ("[dc-operati]"),
    lynx as its file's name ("[logo.svg]"): neither is a line of the page's text. A bracketed word
    ("[deleted]") is text, and a link's number alone stays for the region search to count."""
    texts = [ln.text for ln in split_lines((_DATA / "text_w3m" / "yomiuri-services.txt").read_text(encoding="utf-8"))]
    assert "発言小町" in texts and "大手小町" in texts
    assert "[dc-operati]" not in texts
    assert [ln.text for ln in split_lines("[1][logo2.svg]\n\n[deleted]\n\n[12]\n\n[trans_30x1]")] == ["[deleted]", "[12]"]


def test_an_alt_text_printed_once_per_image_source_is_a_caption():
    """lynx prints a teaser picture's alt text once for each of its sources, three times on end: the
    line is the image's description, while the teaser's own blurb below is not repeated."""
    lines = split_lines((_DATA / "text_lynx" / "freiepresse-teasers.txt").read_text(encoding="utf-8"))
    text_classify._featurise(lines, "de")
    alt = [ln for ln in lines if ln.text.startswith("Frankenberg: Nach Tod") and ln.words > 30]
    assert len(alt) == 1 and alt[0].reason == "caption"
    blurb = next(ln for ln in lines if ln.text.startswith("Bittere Botschaft"))
    assert blurb.reason is None and not text_lines.repeated_alt(blurb.text)


def test_empty_numbered_items_are_dropped_but_an_items_own_number_stays():
    """A listing that numbers every line prints its blank lines as a number alone ("2."); lynx and w3m
    keep it on a line of its own, with no space after it. Such a number between two items is no text;
    before text that is not an item, it is that item's number."""
    lines = split_lines((_DATA / "text_lynx" / "pastebin-numbered.txt").read_text(encoding="utf-8"))
    assert not any(ln.text[:-1].isdigit() for ln in lines)
    assert lines[0].text.startswith("Yun Che didn't think much") and lines[0].marked
    assert sum(ln.marked for ln in lines) == 8  # items 1, 3, 5, … 15: the even ones are empty
    assert [ln.text for ln in split_lines("1.\n\nThe Republican response to the raid should scare you")][0] == "1."


def test_korean_lines_wrapped_at_a_space_are_rejoined_with_it():
    """Korean puts spaces between its words and lynx wraps Hangul at them: the rejoined paragraph keeps
    the space ("의지가 더해지면서"), where Chinese and Japanese lines join without one."""
    texts = [ln.text for ln in split_lines((_DATA / "text_lynx" / "mbn-korean.txt").read_text(encoding="utf-8"))]
    para = next(t for t in texts if t.startswith("성남시장과"))
    assert "나가겠다는 의지가 더해지면서 6개월여간" in para and para.endswith("결실을 맺게 됐다.")


def test_korean_prose_is_judged_by_shape_not_by_its_own_frequent_words():
    """Korean attaches its grammatical words to the words they follow, so a Hangul page has no
    function words of its own to count: its paragraphs are judged by length and sentence ends, and
    every paragraph of the article (the long ones without a recurring short word too) is prose."""
    lines, start, end = article_lines((_DATA / "text_lynx" / "mbn-korean.txt").read_text(encoding="utf-8"))
    paras = [ln for ln in lines if ln.text.endswith("다.") and len(ln.text) >= 40]
    assert len(paras) >= 10 and all(ln.cls in ("good", "near") for ln in paras)
    assert lines[start].text.startswith("1978년") and end == len(lines)
    text = extract_text((_DATA / "text_lynx" / "mbn-korean.txt").read_text(encoding="utf-8")).text
    assert "‘정권교체’라는 결실을 맺게 됐다." in text and "‘빨갱이’, ‘폭도’라 욕했던" in text


def test_a_link_number_alone_is_a_linked_picture_that_costs_as_inline_media():
    """lynx prints a linked image without alt text as its link number alone ("[22]"): a teaser box
    between the article's paragraphs holds one per teaser, and the article goes on after the box as it
    does after captions. (A stamp alone, "28.11.2024", still costs as furniture.)"""
    text = (_DATA / "text_lynx" / "vogue-widget.txt").read_text(encoding="utf-8")
    lines, start, end = article_lines(text)
    marks = [ln for ln in lines if ln.text == "[22]"]
    assert marks and all(-1.5 < ln.score < 0 for ln in marks)
    body = extract_text(text).text
    assert body.startswith("Kate Moss ist Coverstar") and "Als Model hat Kate Moss alles erreicht" in body
    assert "Kate Moss hat aber noch weitere Ambitionen" in body
    pair = split_lines("[7]\n28.11.2024")
    text_classify._featurise(pair, None)
    text_classify._locate(pair, None)
    assert pair[0].score == marks[0].score and pair[1].score <= -2


def test_a_linked_price_is_a_products_buy_link_not_a_related_list():
    """A shopping article's products each have a linked price ("$3.00 from [71]Amazon[72]SHOP"): a
    short line all link, but a buy link between the article's paragraphs, not a list of other stories,
    so it is a short line as a plain dump prints it and the reviews after it stay in the article.
    (A short link line without a price keeps its link-density reason.)"""
    text = (_DATA / "text_lynx" / "littlethings-shop.txt").read_text(encoding="utf-8")
    lines, start, end = article_lines(text)
    prices = [ln for ln in lines if ln.text.startswith("$") and "from Amazon" in ln.text]
    assert len(prices) >= 4 and all(ln.link_share > 0.5 and ln.reason is None for ln in prices)
    body = extract_text(text).text
    assert body.startswith("Fall is truly a season of food")
    assert 'Review: "I was surprised at how good these were!' in body and "favorite frozen pizza" in body
    # (A buy button under a price alone, from lynx's dump of a Telegraph buying guide in fundus.)
    box = split_lines("   £205\n   [240]Buy now\n   Price at\n   Lakeland\n")
    text_classify._featurise(box, "en")
    assert box[1].text == "Buy now" and box[1].link_share == 1.0 and box[1].reason is None
    text_classify._locate(box, None)
    assert box[0].score == -settings.TEXT_REGION_WEIGHTS["inline_reason"]  # (the price: a cell, not furniture)
    (menu,) = split_lines("   [12]Weekend Reads")
    text_classify._featurise([menu] * 3, "en")
    assert menu.reason is not None


def test_full_width_latin_wrapped_mid_word_is_rejoined_without_a_space():
    """Japanese text sets Latin names in full-width letters, which w3m breaks anywhere like the kana
    around them ("Ｐｈａｓ" / "ｅ"): the word comes back whole."""
    texts = [ln.text for ln in split_lines((_DATA / "text_w3m" / "asahi-fullwidth.txt").read_text(encoding="utf-8"))]
    para = next(t for t in texts if t.startswith("アート部門は"))
    assert "「Ｐｕｌｓｅｓ／Ｇｒａｉｎｓ／Ｐｈａｓｅ／Ｍｏｉｒｅ(ｅは鋭アクセント付き)」" in para
    assert "短編「Ｌａ Ｃｈｕｔｅ」" in para and para.endswith("大賞に選ばれた。")


def test_lynx_link_numbers_and_image_names_inside_lines_are_markup():
    """lynx's link number glued to the word before a link whose text starts with a space, and an image
    named by its file inside a paragraph's lines (lines of the fundus ElMundo and Isolezwe dumps), go;
    a citation's number after punctuation stays."""
    (item,) = split_lines("     * Fernando Alonso[265] Un viejo problema que le dejó \"sin 160 CV\n       entre una jauría\"")
    assert item.text == "Fernando Alonso Un viejo problema que le dejó \"sin 160 CV entre una jauría\""
    para = ("   Sekuphele amasonto amathathu le milutha elinganiselwa ku-200 edle\n"
            "   owodwa wemizila yalo mgwaqo. Kuwona yakhe imijondolo, ethikameza\n"
            "   abashayeli bezimoto, abaphoqeleke ukuthi basebenzise eminye.\n"
            "   [349459c84e2f9eff661e6d5373cce32e0c25ea3c=w700]\n")
    texts = [ln.text for ln in split_lines(para)]
    assert texts and texts[-1].endswith("basebenzise eminye.") and not any("349459" in t for t in texts)
    assert split_lines('"Make America great again."[1] That\'s all.')[0].text == '"Make America great again."[1] That\'s all.'


def test_wrap_width_is_the_column_a_crowd_of_lines_reaches():
    """A few lines a column or two longer than the rest (lynx's menu rows, a word it could not break)
    do not move the width: the lines of lynx's dump of the fundus EuronewsFR page wrap at 74 columns,
    where the 99th percentile of their lengths says 75, and a line broken before a word that would
    have fitted in 75 columns ("… pêche durable à" / "Oceana, …") must still be rejoined."""
    lengths = sorted([74] * 21 + [73] * 20 + [72] * 14 + [71] * 17 + [75] * 2 + [76, 77] + list(range(20, 70)))
    assert text_wrap._ceiling(lengths, 75) == 74
    assert text_wrap._ceiling(sorted([78] * 30 + [77] * 25 + [76] * 20 + [79]), 78) == 78


def test_a_full_line_of_wide_characters_was_cut_inside_a_number_too():
    """lynx cuts a line of Japanese at its ceiling whatever stands there, a number's digits included
    ("約3" / "0キロ"): the full line goes on without a space."""
    texts = [ln.text for ln in split_lines((_DATA / "text_lynx" / "asahi-quake.txt").read_text(encoding="utf-8"))]
    para = next(t for t in texts if t.startswith("気象庁は13日"))
    assert "震源の深さは約30キロ、" in para and para.endswith("津波注意報を出した。")


def test_markdown_dump_with_a_line_of_white_space_alone() -> None:
    # A converter's line of spaces alone (a layout cell, non-breaking spaces) has no word to measure:
    # the Markdown width still comes out, and the story is read.
    story = ["The council approved the new plan for the riverside parks on Tuesday evening, after a "
             "long debate about the cost and the timing of the works along the old harbour.",
             "Residents will be able to discuss the project at open hearings next month in the library, "
             "and the architects will present their drawings to the public for the first time."]
    story.append("The first section is due to open before the summer holidays, the mayor said on Tuesday.")
    menu = "\n".join(f"* [{k}](https://example.com/{k.lower()})" for k in ("Home", "News", "Sport"))
    page = "\n\n".join([*story, " " * 40, menu])
    text = clean(page.encode(), input_format="text").text
    assert all(p in text for p in story)


def test_markdown_width_ignores_lines_no_converter_could_break():
    # html2text wraps at 78 columns but cannot break a long image address: its pieces stand longer
    # than the width. Counted, they would put the width above the column and leave the wrapped
    # quotation's two lines apart.
    url = "cdn.example-images.com/image/upload/t_fit-760w,f_auto,q_auto:best/news/2016_51/118391{}/room-"
    pics = [f"![A room](https://media-\n{url.format(k)}\nliving-{k}.jpg)Courtesy of the agent" for k in range(8)]
    story = ["The actress with the long eyelashes and the distinct accent died this week, but her spirit "
             "lives on in her quotes and in homes like this one in the desert, which is now for sale at a price "
             "of almost a million dollars.",
             "The listing says she lived here, but it is not clear whether the home was her own purchase or "
             "a rental, or whether it came to her from one of her many divorces over the years, as the agent "
             "suggested in the listing.",
             "What is clear is that she, like other celebrities of her time, knew how to live it up in the "
             "desert, with a pool outside the door and the mountains beyond the palm trees, which stand in a "
             "row along the road.",
             "The small compound includes a main house and a guest house with its own kitchen and views of "
             "the pool, and the garden is planted with cacti that need almost no water at all, even in the "
             "hottest months of the year."]
    quote = ('"I am a marvelous housekeeper. Every time I leave a man, I keep his house,"\n'
             "Eva Gabor famously said.")
    page = "\n\n".join([quote, *pics[:4], *(textwrap.fill(p, 78) for p in story), *pics[4:]])
    lines = [ln.text for ln in split_lines(page)]
    assert ('"I am a marvelous housekeeper. Every time I leave a man, I keep his house," '
            "Eva Gabor famously said.") in lines
    assert all(p in lines for p in story)


def test_markdown_width_of_a_page_without_spaces_keeps_its_lines():
    # A Japanese page's paragraphs have no spaces to break at; its breakable lines are menu items, too
    # short to show a width: the dump is read as unwrapped and a menu's lines stay apart.
    para = "ヘルベチカは世界で最もよく使われている書体だろう。" * 8
    menu = "\n".join(f"[メニュー項目 {k}](https://example.jp/{k})" for k in range(6))
    page = "\n\n".join([menu, "ニュース 速報\n更新 5 分前", *[para] * 6])
    lines = [ln.text for ln in split_lines(page)]
    assert "ニュース 速報" in lines and "更新 5 分前" in lines


def test_markdown_page_without_spaces_but_broken_addresses_is_unwrapped():
    # The same Japanese page wrapped at 78 columns: its paragraphs still show no width (no spaces), but
    # the converter broke link addresses across lines, which only a wrapping converter does. A
    # paragraph broken at its one space ("…「John" / "& Paul & Ringo &" / "George.」…") is one line.
    para = "ヘルベチカは世界で最もよく使われている書体だろう。" * 4
    links = [f"[記事 {k}](https://example.jp/archive/2019/02/long-\nname-{k})を読む。" for k in range(6)]
    menu = "\n".join(f"* [メニュー項目 {k}](https://example.jp/{k})" for k in range(6))
    quote = [para + "このフォントで「John", "& Paul & Ringo &",
             "George.」と書かれた[有名なシャツ](https://example.org/archive/john-paul-ringo-george)もある。"]
    page = "\n\n".join([menu, "\n".join(quote), *links, *[para] * 4])
    lines = [ln.text for ln in split_lines(page)]
    assert para + "このフォントで「John & Paul & Ringo & George.」と書かれた有名なシャツもある。" in lines


def test_image_marks_alone_on_a_line_one_home_for_both_readings():
    """A text browser's image file name alone on its line is markup whatever its case or however it was
    named (lynx: "[logo.svg]", "[LOGO.PNG]", a hash-named file; w3m: "[dc-operati]"); a bracketed word
    ("[Chorus]") stays text, while the title search passes over both as padding (textutil.bracketed_alone)."""
    from newsclean.textutil import bracketed_alone

    marks = ["[logo.svg]", "[LOGO.PNG]", "[12][logo.svg]", "[dc-operati]", "[349459c84e2f0d1a9b=w700]"]
    for mark in marks:
        assert [ln.text for ln in split_lines(f"First paragraph here.\n{mark}\nSecond paragraph here.")] == [
            "First paragraph here.", "Second paragraph here."], mark
    kept = [ln.text for ln in split_lines("First paragraph here.\n[Chorus]\nSecond paragraph here.")]
    assert "[Chorus]" in kept
    assert all(bracketed_alone(m) for m in ["[Chorus]", "[logo.svg]", "[dc-operati]"])


def test_w3m_nested_list_bullets_are_list_markers():
    # w3m marks a nested list's items by depth with "•", "□", "☆" and "○", each followed by a space; a
    # star written against a word is text.
    lines = split_lines("  • News\n      □ World\n          ☆ Israel-Hamas War\n              ○ Dax\n☆新商品のお知らせ\n")
    assert [(ln.text, ln.marked) for ln in lines] == [
        ("News", True), ("World", True), ("Israel-Hamas War", True), ("Dax", True), ("☆新商品のお知らせ", False)]


def test_elinks_head_links_are_furniture_and_a_centred_heading_is_one_line():
    """elinks and links print the <head>'s <link> elements over the page ("Link: canonical") and centre a
    heading wider than the screen line by line ("… Democratic Hack Stems From" / 32 spaces, "'Personal
    Beef'"): the links go as site furniture, the heading is read whole and is the title."""
    dump = (_DATA / "text_elinks" / "abcnews-centred.txt").read_bytes()
    art = clean(dump, input_format="text")
    assert art.title == "Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef'"
    gone = {r.text: r.reason for r in art.explained_removals()}
    assert gone["Link: canonical"] == "site-furniture" and gone["Link: preconnect"] == "site-furniture"
    assert "Link:" not in art.text


def test_centred_continuations_need_a_full_first_line_and_a_short_centred_rest():
    """The rest of a centred heading stands centred in the frame the line above spans; a centred short line
    under a line that ends well short of the frame, or a long centred line, goes on nothing."""
    heading = ["Archaeologists Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain", " " * 38 + "Peak"]
    assert text_wrap.centred_continuations("\n".join(heading), heading) == {1}
    short_above = ["   A paragraph line that ends well short of the frame.", " " * 38 + "Peak"]
    assert not text_wrap.centred_continuations("\n".join(short_above), short_above)
    long_rest = [heading[0], " " * 5 + "x" * 70]
    assert not text_wrap.centred_continuations("\n".join(long_rest), long_rest)


def test_a_full_centred_line_inside_the_documents_margin_has_its_rest_under_it():
    """elinks centres a heading inside the document's margin of three columns: the full first line stands
    four columns in on each side of an 80-column frame, and its centred rest still goes on it."""
    heading = ["    Climate change: Labor on track to hit 2030 target as Chris Bowen heralds",
               " " * 22 + "‘pragmatic’ approach to energy shift"]
    assert text_wrap.centred_continuations("\n".join(heading), heading) == {1}
    inset = ["      " + heading[0].strip()[:-3], " " * 22 + "‘pragmatic’ approach to energy shift"]
    assert not text_wrap.centred_continuations("\n".join(inset), inset)
