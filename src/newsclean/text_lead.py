"""Text path, the article's first paragraph: shapes of a lead the region search leaves out.

The region (``text_classify``) starts at the first long paragraph. Two layouts put the start of the
article above it, in lines that score as furniture on their own:

* a converter that breaks lines at inline elements (a link, emphasis) cuts the first paragraph into
  fragments; the region then starts mid-sentence ("は、…", "said on Monday that …") and the
  paragraph's first fragments stand above it (``split_lead``);
* an opening sentence in a script or shape the sentence test does not see: a question or exclamation
  with a full-width mark ("…？"), a two-word greeting over the next opening line ("Hi everyone!")
  (``opening_end``, ``greeting``).

A third layout cuts the article in two: a table, a list of links, code or a video box stands between
the first paragraphs and the rest, and the region search takes the longer part below. The best run of
prose above the region, under a dated header (a dateline, a byline, a short line holding a date) or a
record's summary label (a registry's "Brief Summary:", a paper's "Abstract"), is the article's start
(``lead_block``).

A box of other stories set inside the article ("Related" over a few teaser headlines, their pictures'
captions and link numbers) may stand between its first paragraph and the rest: the region search starts
below the box, which it does not cross (``boxed_lead``).

A long caption glued into one line with its credit, standing in the header above the first
paragraph, is dropped with the reason ``caption`` (``header_captions``). ``text_extract`` calls these
from its lead functions; every other line they return joins the text.
"""

from __future__ import annotations

from . import reasons
from .blocks import title_case_share
from .lexicon_sentences import SUMMARY_LABEL
from .settings import (
    LEAD_FRAGMENTS_MAX,
    TEXT_BOX_LABEL_WORDS,
    TEXT_EXTEND_LIMITS,
    TEXT_FAR_LEAD,
    TEXT_LEAD_BLOCK,
)
from .text_classify import best_region
from .text_fields import credit
from .text_lines import CJK_MID, CJK_PARTICLE, Line
from .text_memo import search_date
from .textutil import CJK as _CJK
from .textutil import CJK_CLOSERS, CLOSERS, ends_sentence

# Closing quotes and brackets of CJK text besides the Latin ones: they may follow the final mark.
_CLOSERS_ALL = CLOSERS + "」』）】〕"
_FULL_WIDTH_ENDS = ("？", "！")

# A line opening with a CJK comma or closing bracket, or with a particle (text_lines.CJK_PARTICLE: "を…",
# "の…", but not "はい、…"; and "は、", the topic particle after a quoted name, which the line joiner
# leaves to this step), goes on from a quoted name or title above it; a line ending on a particle,
# "て" or a comma (text_lines.CJK_MID) stops mid-sentence.
_CJK_OPENS_MID = CJK_CLOSERS + "〕"
# Opening brackets and quotes: a line ending with one goes on in the next (a converter printed the
# link inside the quote marks on a line of its own: "…は2月20日、「" / "Extracting a … Research" / "」において…").
_OPENERS = ("「", "『", "（", "【", "〔", "“")
_CLOSERS_CJK = "」』）】〕”"
# How far from a caption's end its credit may start ("… BRUCE WEAVER / AFP - Getty Images").
_CREDIT_TAIL = 80


def opening_end(text: str) -> bool:
    """Whether ``text`` ends like a sentence, full-width question and exclamation marks included."""
    return ends_sentence(text) or text.rstrip().rstrip(_CLOSERS_ALL)[-1:] in _FULL_WIDTH_ENDS


def greeting(ln: Line, text: str) -> bool:
    """Whether a line is a two-word exclamation opening a letter or newsletter ("Hi everyone!",
    "Hallo zusammen!"): too short for an opening sentence, but one above the article's first lines."""
    return ln.words == 2 and text.rstrip().rstrip(_CLOSERS_ALL).endswith(("!", "！"))


def mid_sentence(text: str) -> bool:
    """Whether a line opens mid-sentence: a lower-case word (not a brand's "iPhone"), a comma or
    semicolon, or a Japanese particle."""
    head = text[:1]
    return ((head.islower() and not text[1:2].isupper()) or head in _CJK_OPENS_MID or text.startswith((", ", "; "))
            or CJK_PARTICLE.match(text) is not None or text.startswith("は、"))


def cut_end(text: str) -> bool:
    """Whether a line stops mid-sentence: on a lower-case word ("… visit our website at"), a comma or
    a Japanese particle ("… 記事を公開された方は"): its sentence goes on past a link the converter set
    on a line of its own."""
    words = text.split()
    if not words or opening_end(text):
        return False
    last = words[-1]
    return last[-1:] in CJK_MID or last[-1:] == "，" or last.endswith(",") or (last[:1].islower() and not _CJK.match(last[-1:]))


def _cjk_cut(prev: str, line: str) -> bool:
    """Whether CJK ``line`` may go on from CJK ``prev``: ``prev`` stops on a letter, not a mark."""
    return bool(_CJK.match(prev[-1:]) and _CJK.match(line[:1]))


def _fragment(ln: Line, quoted: bool = False) -> bool:
    """Whether a line may be a fragment of a paragraph cut at inline elements: no furniture reason,
    no list or link marker, no sentence end, short, not in title case (a menu or a teaser headline
    hard-wrapped into lines: "Tips How Much House Can I Afford Buy") unless ``quoted``: it opens a
    quote or stands inside one (a title quoted in the sentence, its link on a line of its own)."""
    return (not ln.reason and not ln.marked and not ln.post and ln.words <= 25
            and not opening_end(ln.text) and (quoted or ln.words < 4 or title_case_share(ln.text) < 0.6))


def _quoted(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` opens a quote ("…、「") or is the quote's inside: the next line opens with
    its closing mark ("」において…")."""
    return lines[j].text.rstrip().endswith(_OPENERS) or (
        j + 1 < len(lines) and lines[j + 1].text[:1] in _CLOSERS_CJK)


def split_lead(lines: list[Line], first: int, consumed: dict[int, str], title_idx: int | None) -> list[int]:
    """The first fragments of the article's first paragraph, when a converter broke it at inline
    elements and the region starts mid-sentence (a lower-case word, a particle): the unfinished
    lines right above it, up to the line that ends a sentence or carries a reason, at most
    LEAD_FRAGMENTS_MAX of them. A one-word line under a furniture line is that furniture's last item
    (a share bar's last button), and under the byline or dateline the header's tag ("著者：…" / "脆弱性"),
    not a fragment. In CJK text a line may also go on from an
    unfinished line above without a particle ("人们对于讨厌的事物" / "总是能…"): then one line is
    taken, and only right under a finished sentence (an opening line), where a caption under a row
    of labels or links is not."""
    if first <= 0 or first >= len(lines):
        return []
    marked_cut = mid_sentence(lines[first].text) and title_case_share(lines[first].text[:100]) < 0.6
    if not (marked_cut or _cjk_cut(lines[first - 1].text, lines[first].text)):
        return []
    found: list[int] = []
    j = first - 1
    most = LEAD_FRAGMENTS_MAX if marked_cut else 1
    while j >= 0 and len(found) < most and j not in consumed and j != title_idx \
            and _fragment(lines[j], _quoted(lines, j)):
        if lines[j].words <= 1 and j > 0 and (lines[j - 1].reason or j - 1 in consumed):
            break
        found.append(j)
        j -= 1
    if not marked_cut and not (j >= 0 and found and opening_end(lines[j].text)):
        return []  # a CJK cut without a particle: only right after a sentence, not under a caption or labels
    return found[::-1]


def header_captions(lines: list[Line], head: int | None, start: int, consumed: dict[int, str]) -> dict[int, str]:
    """Captions inside the article's header: lines of the region between the headline and the byline
    or dateline under it that end with a picture's credit ("… BRUCE WEAVER / AFP - Getty Images").
    A converter glued a long caption into one line, which scores as prose and pushes the first
    paragraph down (index -> reason)."""
    if head is None:
        return {}
    header = [i for i in consumed if i > head and i >= start]
    if not header:
        return {}
    # (The credit is looked for in the line's last characters: a long line holding a page's
    # whole text may name a photo anywhere.)
    return {i: reasons.CAPTION for i in range(max(head + 1, start), min(header))
            if not lines[i].reason and credit(lines[i].text[-_CREDIT_TAIL:])}


# A line short enough to be an article header's date line ("Fox Nation •October 3, 2016"), and the
# words it may hold besides the date: a source or a byline ("by Kori Schulman"), not a teaser's
# headline ("Is The Most Disappointing Game Of 2016 Gaming 2016-12-13").
_DATE_LINE_WORDS = 12
_DATE_LINE_OTHER = 4


def lead_block(lines: list[Line], first: int, consumed: dict[int, str], title_idx: int | None) -> list[int]:
    """The article's first paragraphs when the region search took only its later part: the best run of
    prose above line ``first`` (the article's first line so far), when it scores at least a long
    paragraph's worth and a dated header stands right above it (``_dated_header``), or a record's
    summary label right over it ("Brief Summary:", "Abstract", "概要"). Its prose lines are returned
    (``lead_prose``, as for the lead under a header)."""
    if first <= 0:
        return []
    a, b, score = best_region([ln.score for ln in lines[:first]])
    if score < TEXT_LEAD_BLOCK["min_score"]:
        return []
    title = lines[title_idx].text if title_idx is not None else None
    if not (_dated_header(lines, a, consumed, title) or a > 0 and SUMMARY_LABEL.match(lines[a - 1].text)):
        return []
    return [i for i in range(a, b) if i not in consumed and i != title_idx and lead_prose(lines[i])]


def lead_prose(ln: Line) -> bool:
    """Whether a line above the region may be a lead paragraph: no reason, mostly not a link, a long
    paragraph or a sentence of 15 words or more."""
    return (not ln.reason and ln.link_share <= 0.5
            and (ln.cls == "good" or ln.cls == "near" and ln.sentence and ln.words >= 15))


def _dated_header(lines: list[Line], a: int, consumed: dict[int, str], title: str | None) -> bool:
    """Whether an article's header stands right above line ``a``: a dateline or byline (by reason, or
    taken as the record's), or a short line holding a full date, within TEXT_LEAD_BLOCK["header_within"]
    lines, with no prose between and at most TEXT_FAR_LEAD["lead_within"] lines no lexicon kind names
    (the headline, printed as the ``title`` aside: teaser headlines under a header are no lead's
    header, as for a far header). A comment's header (a name and a time under a comment count or
    form) is not one either: a comment section printed above the article is no lead."""
    within = int(TEXT_LEAD_BLOCK["header_within"])
    for j in range(a - 1, max(a - 1 - within, -1), -1):
        ln = lines[j]
        if ln.cls in ("good", "near") or ln.reason == reasons.COMMENT_FORM:
            return False
        if ln.reason in reasons.HEADER or j in consumed or _date_line(ln):
            plain = sum(not x.reason and k not in consumed and x.text != title
                        for k, x in enumerate(lines[j + 1:a], j + 1))
            return plain <= TEXT_FAR_LEAD["lead_within"] and not any(
                x.reason == reasons.COMMENT_FORM for x in lines[max(j - within, 0):j])
    return False


def _date_line(ln: Line) -> bool:
    """Whether a short line without a reason holds a full date and little else ("Fox Nation •October
    3, 2016", "January 17, 2017 at 6:08 PM ET by Kori Schulman"). A quoted post's signature ("— Name
    (@handle) January 28, 2019") is no article's header."""
    if ln.reason or ln.post or ln.words > _DATE_LINE_WORDS or not any(c.isdigit() for c in ln.text):
        return False
    found = search_date(ln.text)
    if found is None or found.relative:
        return False
    return len(ln.text.replace(found.text, " ", 1).split()) <= _DATE_LINE_OTHER


# What an inline box of other stories holds besides its teasers' headlines: its labels, the link
# numbers of its pictures (lynx) and the pictures' captions.
_BOX_REASONS = frozenset({reasons.RELATED_LIST, reasons.SITE_FURNITURE, reasons.CAPTION})


def boxed_lead(lines: list[Line], first: int, consumed: dict[int, str], title_idx: int | None) -> list[int]:
    """The article's first paragraphs above a box of other stories set inside it, right above line
    ``first`` (the article's first line so far): a label of other stories ("Related", "Lesen Sie auch",
    "À lire aussi") opens the box under a long paragraph, and the box holds only such labels, teaser
    headlines (short lines that end no sentence), link numbers and captions, at most
    TEXT_EXTEND_LIMITS["back_gap"] lines; the article's headline and header lines (``consumed``) are
    no part of it. The paragraphs right above the box (``lead_prose``) are
    returned. (The region search does not cross the box: its labels cost what a list of other
    stories ending the article costs, and a caption is longer than the lines a gap may hold.)"""
    j = first - 1
    low = max(first - TEXT_EXTEND_LIMITS["back_gap"], 1)
    while j >= low and _box_line(lines[j]) and j not in consumed and j != title_idx:
        j -= 1
    label = lines[j + 1] if j + 1 < first else None
    if label is None or label.reason != reasons.RELATED_LIST or label.words > TEXT_BOX_LABEL_WORDS \
            or lines[j].cls != "good":
        return []
    found: list[int] = []
    while j >= 0 and j not in consumed and j != title_idx and lead_prose(lines[j]):
        found.append(j)
        j -= 1
    return found[::-1]


def _box_line(ln: Line) -> bool:
    """Whether a line may belong to a box of other stories: one of its labels, link numbers or
    captions, or a teaser's headline (a short line, not prose, ending no sentence)."""
    if ln.reason:
        return ln.reason in _BOX_REASONS
    return ln.cls not in ("good", "near") and ln.words <= TEXT_EXTEND_LIMITS["gap_line_words"] and not opening_end(ln.text)
