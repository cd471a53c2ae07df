"""--explain accounts for every visible block of an HTML page (issue 10, item 13).

Every paragraph-level block with text (p, li, h1–h6, blockquote, figcaption, td, th, dd, dt, pre,
caption) is either in the record's ``text`` or in ``removed`` with a reason and its full text;
long removed containers are listed block by block. Checked on real pages
(``tests/data/html_explain``, see its README) through the installed console script, and on
synthetic pages for the parts the walk handles specially.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import jsonl, run_cli
from newsclean import clean
from newsclean.html_blocks import _BLOCK_TAGS
from newsclean.html_extract import extract_html
from newsclean.html_marks import _JUNK_TAGS, parse_html
from newsclean.textutil import norm_key

DATA = Path(__file__).resolve().parent / "data" / "html_explain"
# Two of the pages are the extraction tests' own (tests/data/html), not kept twice.
SHARED = [DATA.parent / "html" / name for name in ("expapp-new-ceo.html", "jungewelt-veteranentag.html")]
PAGES = sorted([*DATA.glob("*.html"), *SHARED], key=lambda p: p.name)
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "td", "th", "dd", "dt",
          "pre", "caption")


def _segments(el: etree._Element) -> list[str]:
    """The text runs of ``el`` between its block-level descendants (a <br> reads as a space)."""
    out, run = [], [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            out.append("".join(run))
            out.extend(_segments(child))
            run = [child.tail or ""]
        elif isinstance(child.tag, str) and child.tag != "br":
            inner = _segments(child)
            run.append(inner[0])
            if len(inner) > 1:
                out.append("".join(run))
                out.extend(inner[1:-1])
                run = [inner[-1]]
            run.append(child.tail or "")
        else:
            run.append(" " + (child.tail or ""))
    out.append("".join(run))
    return out


def page_blocks(html: bytes) -> list[str]:
    """The text of every paragraph-level block of the page (innermost blocks, run by run), as
    normalised word strings. Scripts, styles and form controls hold no such text."""
    root = parse_html(html.decode("utf-8"))
    assert root is not None
    etree.strip_elements(root, *_JUNK_TAGS, with_tail=False)
    out = []
    for el in root.iter(*BLOCKS):
        if any(isinstance(d.tag, str) and d.tag in BLOCKS for d in el.iterdescendants()):
            continue
        out.extend(key for key in (norm_key(s) for s in _segments(el)) if key)
    return out


def covered(block: str, places: list[str], pieces: int = 3) -> bool:
    """The block is in one of ``places``, or in at most ``pieces`` consecutive parts (inline furniture,
    such as a hover card inside a link, is cut out of its paragraph and listed on its own). Compared
    without spaces: a cut can glue two words together."""
    if any(f" {block} " in f" {p} " for p in places):
        return True
    rest, flat = block.replace(" ", ""), [p.replace(" ", "") for p in places]
    while rest and pieces:
        lo, hi = 0, len(rest)
        while lo < hi:  # the longest prefix found somewhere
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if any(rest[:mid] in p for p in flat) else (lo, mid - 1)
        if not lo:
            return False
        rest, pieces = rest[lo:], pieces - 1
    return not rest


def unaccounted(html: bytes, record: dict) -> list[str]:
    places = [norm_key(record["text"])] + [norm_key(r["text"]) for r in record["removed"]]
    return [b for b in page_blocks(html) if not covered(b, places)]


def test_every_block_of_real_pages_is_in_text_or_removed_through_the_console_script(tmp_path: Path):
    proc = run_cli("clean", "--explain", "--format", "jsonl", "-q", *map(str, PAGES))
    assert proc.returncode == 0, proc.stderr
    records = {Path(r["source"]).name: r for r in jsonl(proc.stdout)}
    assert sorted(records) == [p.name for p in PAGES]
    for page in PAGES:
        rec = records[page.name]
        assert rec["text"] and all(r["reason"] for r in rec["removed"])
        blocks = page_blocks(page.read_bytes())
        assert len(blocks) >= 30  # real pages: menus, teasers, footers, the story
        assert unaccounted(page.read_bytes(), rec) == [], page.name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_removed_blocks_are_listed_one_by_one_with_full_text(page: Path):
    """Each removal is (part of) one block, or one table row, never a run of several blocks."""
    html = page.read_bytes()
    rec = clean(html, input_format="html").to_dict(explain=True)
    root = parse_html(html.decode("utf-8"))
    assert root is not None
    etree.strip_elements(root, *_JUNK_TAGS, with_tail=False)
    rows = [" ".join(c.text_content() for c in tr.iter("td", "th")) for tr in root.iter("tr")]
    units = [f" {norm_key(u)} " for u in _segments(root) + rows]  # every run of text between blocks
    assert rec["removed"]
    for removal in rec["removed"]:
        key = f" {norm_key(removal['text'])} "
        assert any(key in u for u in units), removal


def test_text_outside_the_container_and_furniture_inside_it_are_accounted_for():
    story = "".join(f"<p>Paragraph {i} of the story explains what the regional council decided on Tuesday, "
                    f"and why residents, shop owners and commuters will notice it.</p>" for i in range(6))
    html = ("<html><body><h1>Council votes</h1><div class='more'><h3>Elsewhere in the valley</h3><ul>"
            "<li><a href='/a'>Library opens on Sundays</a></li><li><a href='/b'>New bus timetable</a></li></ul></div>"
            f"<article>{story}<div class='share-bar'><ul><li>Share on Facebook</li><li>Share by email</li></ul></div>"
            "</article><footer><p>© The Valley Times</p><p>Imprint · Privacy</p></footer></body></html>").encode()
    rec = clean(html, input_format="html").to_dict(explain=True)
    assert unaccounted(html, rec) == []
    reasons = {r["text"]: r["reason"] for r in rec["removed"]}
    assert reasons["Library opens on Sundays"] == "outside-article"
    assert reasons["Share by email"] == "share-widget"
    assert reasons["Imprint · Privacy"] == "site-furniture"
    assert reasons["Council votes"] == "title-repeat"


@pytest.mark.parametrize("page", PAGES[:2], ids=lambda p: p.name)
def test_listing_asked_for_later_equals_the_listing_built_at_once(page: Path):
    """An Article cleaned without --explain keeps only the page's text, not its parsed tree, and
    lists the same removals, in the same order, when asked for later."""
    html = page.read_bytes().decode("utf-8")
    later = extract_html(html)
    assert not any(isinstance(arg, etree._Element) for d in later.deferred_removals for arg in d.args)
    at_once = extract_html(html, explain=True)
    assert later.to_dict(explain=True) == at_once.to_dict(explain=True)
