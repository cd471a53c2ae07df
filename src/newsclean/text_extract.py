"""Plain-text extraction: a whole page dumped to text, cleaned of page furniture.

The pipeline, per document:

1. *Lines* (``text_lines.py``): split, normalise whitespace, undo hard wrapping, strip list/link markers
   ("* ", "- ", "•", "[text](url)") while remembering them as features.
2. *Classify* each line (``text_classify.py``), jusText-style: lexicon/structural reason (``blocks.block_reason``),
   length, sentence punctuation and function-word density in the page's language give one of
   ``good`` (running prose), ``near`` (probably prose), ``short`` (too short to judge) or ``bad``.
3. *Locate* the article (``text_classify.py``) as the best contiguous region over per-line scores (maximum subarray),
   extended over short gaps to neighbouring prose (a lead paragraph behind a share bar).
4. *Select* (here) inside the region: drop lexicon hits, list runs, alt texts beside credit lines,
   repeats; keep prose, short quotes and subheadings followed by prose.
5. *Metadata* (``text_meta.py``) from the lines above the article: title, byline/authors, date, site name.

Every dropped line is recorded as a ``Removal`` with its reason.
"""


from __future__ import annotations

import re
from datetime import datetime
from functools import partial

from . import reasons, settings
from .article import Article, Removal
from .blocks import closing_reason, is_citation_list, is_sources_label
from .lazy_regex import lazy_compile
from .lexicon_words import CREDIT_LABELS
from .settings import DEDUP_MIN_WORDS, LEAD_GAP_MAX, OPENING_LINES_MAX, TITLE_SUPPORT_FLOOR
from .text_classify import (
    _END_KINDS,
    _PROSE,
    _extend,
    _featurise,
    _locate,
    _page_language,
    best_region,
    unspaced_paragraph,
)
from .text_lead import (
    boxed_lead,
    cut_end,
    greeting,
    header_captions,
    lead_block,
    lead_prose,
    mid_sentence,
    opening_end,
    split_lead,
)
from .text_lines import Line, read_lines, split_lines
from .text_memo import is_dateline
from .text_meta import _metadata, _site_name
from .textutil import CJK, CJK_CHARS, CLOSERS, DIGIT
from .textutil import norm_key as _dup_key

# A credit given under a label of its own ("Image source: …", "Photo source, …"), the layout that prints
# an image's alt text, its credit, then its caption.
_CREDIT_LABEL = re.compile(r"^((image|photo|picture)s? sources?\b|(" + "|".join(CREDIT_LABELS) + r")s?\s*:)", re.I)
_DATA_SEP = re.compile(r" [–—@|-]+ |: |\t|, ")


def _colon_lists(lines: list[Line], start: int, end: int) -> tuple[int, set[int]]:
    """Lists the article introduces with a colon ("Tour dates:"): their items are article text.

    Returns the region's end (grown over a list that closes the article) and the items' indices.
    """
    items: set[int] = set()
    i = start
    while i < min(end + 1, len(lines)):
        ln = lines[i]
        intro = _introduces_list(ln.text) or i >= end - 1 and ln.headline and _data_run(lines, i + 1) >= 5
        if intro and not ln.reason and ln.words >= 2 and (i < end or ln.cls != "bad" or ln.words >= 4):
            j = i + 1
            while j < len(lines) and j - i <= 100 and _list_item(lines[j]) and not (j >= end and _list_ends(lines, i + 1, j)):
                items.add(j)
                j += 1
            if j - i > 2:
                items.add(i)
                end = max(end, j)
            i = j
        else:
            i += 1
    return end, items


# Chinese and Japanese say "as follows." where other languages end the line with a colon.
_LIST_INTROS = (":", "：", "次のとおり。", "次の通り。", "以下のとおり。", "以下の通り。", "如下。")


def _introduces_list(text: str) -> bool:
    """Whether a line introduces a list: it ends with a colon, or says "as follows" (CJK)."""
    return text.endswith(_LIST_INTROS)


def _list_ends(lines: list[Line], first: int, j: int) -> bool:
    """Whether a Chinese or Japanese list of entries without a full stop (places, names, figures) has ended
    at line ``j``, which holds one ("。"): below the article's region, the text after such a list (a
    subscription prompt, a box) is not its item. (In Latin script a full stop is no such sign: a list's
    item cut at a link ends like a sentence, "Twitter.", and abbreviations hold one.)"""
    return j - first >= 2 and "。" in lines[j].text and not any("。" in ln.text for ln in lines[first:j])


def _data_run(lines: list[Line], i: int) -> int:
    """Length of a run of data-like list items from ``i`` (dates, scores, schedules: a number and a
    separator in most items), which teaser headline lists do not have."""
    n = hits = 0
    for ln in lines[i:i + 100]:
        if not _list_item(ln):
            break
        n += 1
        hits += bool(DIGIT.search(ln.text) and _DATA_SEP.search(ln.text))
    return n if n and hits >= 0.7 * n else 0


def _list_item(ln: Line) -> bool:
    return not ln.reason and ln.words <= 40 and ln.cls != "good" or ln.cls == "good" and ln.marked


def _select(lines: list[Line], start: int, end: int, items: set[int]) -> dict[int, str]:
    """Reasons for the region's lines that are not article text (index -> reason)."""
    drop: dict[int, str] = {}
    labels = _region_labels(lines, start, end)
    for i in range(start, end):
        ln = lines[i]
        if i in items or ln.post and not ln.reason:
            continue  # a list's items or an interview's turns, a quoted post's lines
        if ln.text in labels:
            drop[i] = reasons.SITE_FURNITURE  # a layout's label between paragraphs ("Article content")
            continue
        if ln.reason:
            drop[i] = ln.reason
            if ln.reason == reasons.CAPTION and i > start and _is_alt_text(lines[i - 1], ln):
                drop[i - 1] = reasons.CAPTION
            continue
        if i > start and ln.cls != "good" and ln.words <= 25 and _teaser_label(lines[i - 1]):
            drop[i] = reasons.RELATED_LIST  # the headline a "Read also:" label on the line above links to
            continue
        if i > start and ln.words <= 40 and _caption_label(lines[i - 1]):
            drop[i] = reasons.CAPTION  # the caption a "Legende:" / "Image caption" label on the line above names
            continue
        if ln.cls in ("good", "near") or i <= start + 1 and i + 1 < end and _place_line(ln, lines[i + 1]):
            continue
        if ln.words >= 6 and not ln.sentence and ln.text.isupper():
            drop[i] = reasons.RELATED_LIST  # a shouted cross-promotion link ("GET THE APP BY CLICKING HERE")
            continue
        nxt = _next_kept_class(lines, i + 1, end)
        if nxt in ("good", "near") and not _in_run(lines, i):
            if ln.headline and ln.words <= 20:
                continue  # a subheading inside the article
            if ln.sentence and ln.words >= 3:
                continue  # a short sentence (a quote, a one-line paragraph)
        drop[i] = _shape_reason(ln)
    return drop


def _region_labels(lines: list[Line], start: int, end: int) -> frozenset[str]:
    """Short non-sentence lines printed again and again inside the region (TEXT_LABEL): a layout's
    label between paragraphs, not a subheading (which is printed once)."""
    lab = settings.TEXT_LABEL
    counts: dict[str, int] = {}
    for ln in lines[start:end]:
        if ln.cls == "short" and ln.words <= lab["max_words"] and not ln.sentence and not ln.post:
            counts[ln.text] = counts.get(ln.text, 0) + 1
    return frozenset(t for t, n in counts.items() if n >= lab["repeats"])


# A turn of an interview printed as questions and answers ("Q: Favorite apps?" / "A: Uber Eats").
_QA_TURN = re.compile(r"^(q|a|f|r|p|question|answer|frage|antwort|réponse|pregunta|respuesta|domanda|risposta|"
                      r"pergunta|resposta|вопрос|ответ)\s?:\s", re.I)


def _is_turn(ln: Line) -> bool:
    # (A short question a converter printed as a link is still a question.)
    return ln.reason in (None, reasons.RELATED_LIST, reasons.NAV) and bool(_QA_TURN.match(ln.text))


def _interview(lines: list[Line], start: int, end: int) -> tuple[int, set[int]]:
    """An interview printed as questions and answers: the region's end grown over its last turns
    (short ones score as furniture) and the turns' indices, kept however short. Fewer than
    TEXT_INTERVIEW_MIN_TURNS turns are no interview (a lone "A:" is a list item or a label)."""
    turns = {i for i in range(start, end) if _is_turn(lines[i])}
    if len(turns) < settings.TEXT_INTERVIEW_MIN_TURNS:
        return end, set()
    j = end
    while j < len(lines) and any(_is_turn(ln) for ln in lines[j:j + 3]):
        if _is_turn(lines[j]):
            turns.add(j)
            end = j + 1
        elif lines[j].cls in _PROSE and not lines[j].reason:
            end = j + 1
        j += 1
    return end, turns


def _teaser_label(ln: Line) -> bool:
    """Whether a line is a "Read also:" / "Les også:" label whose link the converter put on the next line."""
    return ln.reason == reasons.RELATED_LIST and ln.words <= 4 and ln.text.rstrip().endswith(":")


def _caption_label(ln: Line) -> bool:
    """Whether a line is a caption's label alone ("Legende:", "Image caption"), its caption set on the next
    line by a converter that breaks at every element."""
    return ln.reason == reasons.CAPTION and ln.words <= 2 and (ln.text.endswith(":") or "caption" in ln.text.lower())


def _shape_reason(ln: Line) -> str:
    """A reason for a line dropped for its shape alone: links and list items are navigation, runs of
    headlines are lists of other stories, the rest is site furniture."""
    if ln.marked or ln.link_share > 0.5:
        return reasons.NAV
    return reasons.RELATED_LIST if ln.headline and ln.words >= 4 else reasons.SITE_FURNITURE


def _is_alt_text(prev: Line, credit: Line) -> bool:
    """Whether ``prev`` is an image's alt text printed just above its credit line.

    Alt texts rarely end like sentences; above a labelled credit the line is the alt text whatever its
    shape.
    """
    if prev.reason:
        return False
    if credit.text.startswith("(") and credit.text.endswith(")") and prev.words <= 60:
        return True  # "(AP Photo/…)" on a line of its own closes the caption above it
    if prev.cls == "good" or prev.words > 15:
        return False
    if credit.text.startswith("©") and prev.words <= 15:
        return True  # "© Name | Agency" on a line of its own closes the caption above it, sentence or not
    return not prev.sentence or bool(_CREDIT_LABEL.match(credit.text))


def _next_kept_class(lines: list[Line], i: int, end: int) -> str | None:
    """Class of the next line that is neither furniture nor a tiny one (an attribution, a label)."""
    for j in range(i, min(end, i + 3)):
        ln = lines[j]
        if not ln.reason and not (ln.cls == "short" and ln.words <= 3):
            return ln.cls
    return None


def _in_run(lines: list[Line], i: int) -> bool:
    """Whether line i sits in a run of 3+ short, list-like lines (a menu or list of links)."""
    def listy(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].cls in ("short", "bad") and not lines[k].sentence
    run = 1
    k = i - 1
    while listy(k):
        run, k = run + 1, k - 1
    k = i + 1
    while listy(k):
        run, k = run + 1, k + 1
    return run >= 3


# --- the whole pipeline -------------------------------------------------------------------------


def _region(lines: list[Line]) -> tuple[str | None, int, int, float]:
    """The page's language and the article's region (start, end, score) before extending it."""
    lang = _page_language(lines)
    th = _featurise(lines, lang)
    start, end, best = _locate(lines, th)
    # Little prose by function words (tables, results, lists of scores), or paragraphs in a script
    # written without spaces (their characters were counted in: ``chars`` exceeds the length), whose
    # density says little, beside lines that have it (code in a Japanese page guessed English; a
    # language menu's "日本語" is no paragraph): try judging by shape alone, and keep the better
    # region. (The test of the lines runs only when the first region is strong: microseconds a page.)
    if th is not None and (best < settings.TEXT_SHAPE_FALLBACK_BELOW
                           or any(map(unspaced_paragraph, lines))):
        found = _locate(lines, None)
        if found[2] > best:
            start, end, best = found
        else:
            _locate(lines, th)
    return lang, start, end, best


def article_lines(text: str) -> tuple[list[Line], int, int]:
    """The dump's classified lines and the article's extended region (as ``extract_text`` sees them:
    what the metadata search and its fitting script start from)."""
    lines = split_lines(text)
    if not lines:
        return lines, 0, 0
    _, start, end, _ = _region(lines)
    if end > start:
        start, end = _extend(lines, start, end)
    return lines, start, end


def extract_text(text: str, *, now: datetime | None = None) -> Article:
    """Clean a plain-text scrape of a whole page into an ``Article``."""
    lines, collapsed = read_lines(text)
    if not lines:
        return Article(text="", confidence=0.0)
    lang, start, end, best = _region(lines)
    if end <= start:
        return _without_region(lines, lang, text, now, collapsed)
    margin = _margin(lines, start, end, best)
    start, end = _extend(lines, start, end)
    end, items = _colon_lists(lines, start, end)
    end, turns = _interview(lines, start, end)
    drop = _select(lines, start, end, items | turns)

    meta = _metadata(lines, start, end, now, text, collapsed)
    title, title_idx = meta["title"], meta["title_idx"]
    site, site_idx = _site_name(lines, title_idx, meta["byline_idx"])
    for i in site_idx:
        meta["consumed"][i] = reasons.SITE_FURNITURE
    # Lines consumed as metadata inside the region leave the text.
    for i, reason in meta["consumed"].items():
        if start <= i < end:
            drop[i] = reason
    drop.update(header_captions(lines, meta["head"], start, meta["consumed"]))

    lead = _lead_lines(lines, meta["head"], start, meta["consumed"], title_idx)
    kept = lead + [i for i in range(start, end) if i not in drop]
    description = _dedupe(lines, kept, drop, title)
    kept = _trim_tail(lines, [i for i in kept if i not in drop], drop)
    # Every removal with its reason is listed for --explain only: building the list for a whole page
    # costs more than the rest of the record, so it waits until asked for (Article.explained_removals).
    removed = partial(_all_removals, lines, start, end, drop, meta["consumed"], title_idx, lead, kept)
    body = "\n\n".join(lines[i].text for i in kept)
    return Article(
        title=title,
        byline=meta["byline"],
        authors=meta["authors"],
        date=meta["date"],
        date_text=meta["date_text"],
        site_name=site,
        language=lang,
        description=description,
        text=body,
        # (A collapsed dump's text is wrong more often than the same confidence says: see settings.)
        confidence=round(_confidence(lines, start, end, kept, best, margin) * _title_support(title, body)
                         * (settings.TEXT_COLLAPSED_CONFIDENCE if collapsed else 1.0), 3),
        deferred_removals=[removed],
        field_sources=meta["sources"],
    )


def _without_region(lines: list[Line], lang: str | None, text: str, now: datetime | None, collapsed: bool) -> Article:
    """The record of a dump no article region was found in (a post of two short lines under its headline,
    a video's or a gallery's page): no text, confidence 0, every line removed with its reason. The title,
    byline and date are still read when a dateline stands in the dump's first part
    (TEXT_NO_REGION_DATELINE_SHARE of its lines): the search is anchored right under it, where a
    headline's dateline puts an article's start."""
    removed = [Removal(ln.text, ln.reason or _shape_reason(ln)) for ln in lines]
    reach = min(len(lines), int(len(lines) * settings.TEXT_NO_REGION_DATELINE_SHARE) + 1)
    at = next((i + 1 for i in range(reach) if is_dateline(lines[i].text)), None)
    if at is None:
        return Article(language=lang, text="", confidence=0.0, removed=removed)
    meta = _metadata(lines, at, at, now, text, collapsed)
    return Article(title=meta["title"], byline=meta["byline"], authors=meta["authors"], date=meta["date"],
                   date_text=meta["date_text"], language=lang, text="", confidence=0.0, removed=removed,
                   field_sources=meta["sources"])


def _dedupe(lines: list[Line], kept: list[int], drop: dict[int, str], title: str | None) -> str | None:
    """Drop repeats (title lines, a paragraph printed twice); return a repeated standfirst if any."""
    title_key = _dup_key(title) if title else None
    seen: dict[str, tuple[int, int]] = {}
    description = None
    order = 0  # position among the paragraphs kept so far
    # (Curly quotes need no straightening here: the key keeps word characters only.)
    keys = [_dup_key(lines[i].text) for i in kept]
    _block_copies(lines, kept, keys, drop)
    for p, i in enumerate(kept):
        key = keys[p]
        if i in drop:
            continue
        if title_key and key == title_key:
            drop[i] = reasons.TITLE_REPEAT
            continue
        if key in seen:
            first = seen[key]
            if _block_repeat(lines, kept, keys, kept.index(first[0]), p):
                drop[i] = reasons.DUPLICATE  # the text printed again as a whole: its first copy stays
                continue
            if first[1] <= 1 and order > first[1] + 1 and not _runs_on(lines, kept, first[0]):
                # A standfirst printed above the body and again inside it: keep the body's copy. (Not
                # a fragment of the first sentence, which the next line goes on from: a quoted title.)
                drop[first[0]] = reasons.DUPLICATE
                description = lines[i].text
                seen[key] = (i, order)
                order += 1
                continue
            if order == first[1] + 1 or lines[i].words >= DEDUP_MIN_WORDS:
                # A line printed twice in a row, or a long paragraph printed twice (a layout's second
                # copy). A short line that comes back later is content: an interview's "A: I did.",
                # a refrain, a meal plan's "Breakfast: oats".
                drop[i] = reasons.DUPLICATE
                continue
        seen[key] = (i, order)
        order += 1
    return description


def _block_copies(lines: list[Line], kept: list[int], keys: list[str], drop: dict[int, str]) -> None:
    """Drop a huge line that holds the kept paragraphs again, run together: the page's raw copy of its
    own text (a paste's "raw data" box, a print or share field) printed as one line beside the
    paragraphs. The paragraphs stay."""
    limit = settings.TEXT_BLOCK_COPY
    for p, i in enumerate(kept):
        if lines[i].words < limit["min_words"]:
            continue
        big = keys[p]
        inside = [lines[kept[q]].chars for q in range(len(kept))
                  if q != p and lines[kept[q]].words >= DEDUP_MIN_WORDS and keys[q] in big]
        if len(inside) >= limit["min_paragraphs"] and sum(inside) >= limit["min_share"] * lines[i].chars:
            drop[i] = reasons.DUPLICATE


def _runs_on(lines: list[Line], kept: list[int], i: int) -> bool:
    """Whether the kept line after line ``i`` goes on from it mid-sentence (a first paragraph cut at a
    quoted link: "…、「" / "Extracting a … Research" / "」において…")."""
    at = kept.index(i)
    return at + 1 < len(kept) and mid_sentence(lines[kept[at + 1]].text)


def _block_repeat(lines: list[Line], kept: list[int], keys: list[str], a: int, b: int) -> bool:
    """Whether the paragraph after positions ``a`` and ``b`` of ``kept`` is the same long paragraph
    too: the text printed a second time as a whole (a raw or print copy below the page), not a
    standfirst repeated. (A refrain's lines are short: they repeat and stay.)"""
    return b + 1 < len(keys) and keys[a + 1] == keys[b + 1] and lines[kept[b + 1]].words >= DEDUP_MIN_WORDS


def _trim_tail(lines: list[Line], kept: list[int], drop: dict[int, str]) -> list[int]:
    """Drop the closing promotions, notices and credits of the text (``blocks.closing_reason``, as the
    HTML path does), and a closing list of sources under its label."""
    cut = _sources_from(lines, kept)
    if cut is not None:
        for i in kept[cut:]:
            drop[i] = reasons.CITATION
        kept = kept[:cut]
    while len(kept) > 1:
        text = lines[kept[-1]].text
        reason = closing_reason(text)
        if reason is None:
            break
        drop[kept.pop()] = reason
    return kept


def _sources_from(lines: list[Line], kept: list[int]) -> int | None:
    """Where in ``kept`` the list of sources closing the story begins: the lines after a sources label
    (``blocks.is_sources_label``, kept or not) among the last SOURCES_LIST_MAX kept lines, when they are a
    list of citations (``blocks.is_citation_list``). None when there is no such list."""
    if len(kept) < 3:
        return None
    first = max(1, len(kept) - settings.SOURCES_LIST_MAX)
    for i in range(kept[-1], kept[first - 1], -1):
        if lines[i].words <= 3 and is_sources_label(lines[i].text):
            p = next(p for p in range(first - 1, len(kept)) if kept[p] >= i)
            # (The label itself, when kept, goes with the list but is no citation: the HTML path's test.)
            items = kept[p + 1:] if kept[p] == i else kept[p:]
            return p if p > 1 and is_citation_list([lines[k].text for k in items]) else None
    return None


def _lead_lines(lines: list[Line], head: int | None, start: int, consumed: dict[int, str],
                title_idx: int | None) -> list[int]:
    """The article's lines above its region, in order: its first paragraphs above a table or box that
    cut it in two, opening lines, the lead paragraphs below the header, the first paragraph's
    fragments (cut at inline elements), the paragraphs over a box of other stories set inside the
    article right above the region."""
    boxed = boxed_lead(lines, start, consumed, title_idx)
    if boxed:  # (the paragraphs above the box are the article's first: its lead is looked for above them)
        start = boxed[0]
    fragments = split_lead(lines, start, consumed, title_idx)
    lead = _lead_above(lines, head, min(fragments, default=start), consumed)
    if lead:  # (the first lead paragraph may be cut too)
        lead = split_lead(lines, lead[0], consumed, title_idx) + lead
    lead += fragments
    lead = _opening_lines(lines, min(lead, default=start), consumed, title_idx) + lead
    return lead_block(lines, min(lead, default=start), consumed, title_idx) + lead + boxed


def _lead_above(lines: list[Line], head: int | None, start: int, consumed: dict[int, str]) -> list[int]:
    """Prose paragraphs between the headline and the region: the article's lead, cut off from the rest
    by a photo, a share bar or a video block (the region search starts after such furniture)."""
    # Only below the byline or dateline under the headline: what stands between the headline and
    # those is a standfirst (or a caption), not the article's first paragraph. Where the headline
    # chosen stands far above (or was not found), a byline or dateline close above the region still
    # marks the article's header.
    top = head if head and 0 < start - head <= LEAD_GAP_MAX else start - LEAD_GAP_MAX
    below = [i for i in consumed if max(top, 0) < i < start] or _far_header(lines, head, start, consumed)
    if not below:
        return []
    header = max(below) if head is None or head >= start else max(*below, head)  # (a header over the headline)
    prose = [i for i in range(header + 1, start) if i not in consumed and lead_prose(lines[i]) and not _captioned(lines, i)]
    return _first_sentence(lines, header, min(prose, default=start), consumed) + prose


def _first_sentence(lines: list[Line], header: int, first: int, consumed: dict[int, str]) -> list[int]:
    """A one-line opening sentence right under the article's header, above its first lead paragraph
    ("IIJmio meetingの発表資料を公開します。"): too short to score as prose, it is still the article's
    first line when only the header's remnants stand between (share buttons, "Tweet", "@handle", a
    byline the metadata search left: short lines that end no sentence). A sentence over a picture's
    credit line is the picture's caption, not the article's start."""
    j = header + 1
    while j < min(first, header + 1 + settings.TEXT_FIRST_SENTENCE["remnants"]) and lines[j].words <= 3 and not opening_end(lines[j].text):
        j += 1
    if j + 1 >= first or j in consumed or not _full_stop(lines[j].text) or not _opening_sentence(lines[j]) \
            or not _goes_on(lines[j + 1]):
        return []
    return [j]


def _full_stop(text: str) -> bool:
    """Whether a line ends with a full stop ("." or "。"), not a teaser's "!" or "?"."""
    return text.rstrip().rstrip(CLOSERS)[-1:] in (".", "。")


def _goes_on(ln: Line) -> bool:
    """Whether the line under an opening sentence is its paragraph going on, cut at an inline element
    (a link, "… 記事を公開された方は" / "@handle" / "までご連絡…"): no reason, several words, ending
    mid-sentence (a lower-case word, a comma, a particle). A standfirst, a caption or a note over the
    article ("Updated 20:56.") stands over a finished paragraph, a credit or a headline instead."""
    return not ln.reason and ln.words >= settings.TEXT_FIRST_SENTENCE["goes_on_words"] and cut_end(ln.text)



def _captioned(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is an image's caption: its credit line follows ("(Jane Doe / AP)")."""
    return i + 1 < len(lines) and lines[i + 1].reason == reasons.CAPTION and _is_alt_text(lines[i], lines[i + 1])


# One-line slots a layout puts between an article's opening lines and its first long paragraph.
_SLOT_REASONS = frozenset({reasons.VIDEO_PLAYER, reasons.PROMO, reasons.EMBED_PLACEHOLDER})
_TRAILING_SYMBOLS = "\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d "
_TRAILING = re.compile(f"[{_TRAILING_SYMBOLS}]+$")


def _opening_lines(lines: list[Line], first: int, consumed: dict[int, str], title_idx: int | None) -> list[int]:
    """Short sentences standing right above the article's first paragraph: its opening lines ("Hi
    everyone!", "Global warming - 'it's a hoax.'", a one-line first paragraph). The region search
    starts at the first long paragraph, as short lines score below zero. One ad slot
    ("Advertisement") may stand between them and the paragraph."""
    j = first - 1
    if j >= 0 and j not in consumed and _place_line(lines[j], lines[first]):
        return [j]  # the dateline's place on a line of its own ("Hamburg.", "Washington/ New Delhi:")
    if j >= 0 and lines[j].reason in _SLOT_REASONS and lines[j].words <= 2:
        j -= 1
    found: list[int] = []
    while j >= 0 and len(found) < OPENING_LINES_MAX and _opening_sentence(lines[j], lines[j + 1]) \
            and j not in consumed and j != title_idx:
        found.append(j)
        j -= 1
    return found[::-1]


# A dateline's place: one to three capitalised names ("Hamburg.", "BERLIN —", "Washington/ New Delhi:").
# A colon closes only a place in capitals or two places ("NEW DELHI:", "Washington/ New Delhi:"), not a
# label ("Summary:", "Update:").
_PLACE = lazy_compile(r"^[A-ZÄÖÜÉ][\w'’-]+(?:[ /,]{1,2}[A-ZÄÖÜÉ][\w'’-]+){0,2}\s*(?:\.|\s[—–-])$"
                    r"|^[A-ZÄÖÜÉ]{2,}(?: [A-ZÄÖÜÉ]{2,}){0,2}:$|^[A-ZÄÖÜÉ][\w'’-]+(?: [A-ZÄÖÜÉ][\w'’-]+)?/ ?"
                    r"[A-ZÄÖÜÉ][\w'’-]+(?: [A-ZÄÖÜÉ][\w'’-]+)?:$")


def _place_line(ln: Line, nxt: Line) -> bool:
    """Whether ``ln`` is the place of the article's dateline, printed on a line of its own just above
    the first paragraph (a link or bold text the converter set apart)."""
    return (not ln.reason and not ln.marked and bool(_PLACE.match(ln.text)) and "." not in ln.text[:-1]
            and nxt.cls == "good" and nxt.text[:1].isupper())


def _short_opening(ln: Line) -> bool:
    """Whether a line is a one-line opening sentence (under 15 words): a greeting may stand over it."""
    return ln.words < 15 and _opening_sentence(ln)


def _opening_sentence(ln: Line, below: Line | None = None) -> bool:
    """Whether a line is a sentence that may open an article: no furniture reason, not a link, ending
    like a sentence (an emoji after the stop aside), three words or more (or a CJK sentence); over
    a short opening sentence, a two-word greeting ("Hi everyone!") too."""
    if ln.reason or ln.marked or ln.link_share > 0.5 or ln.post or ln.words > 60:
        return False
    text = _TRAILING.sub("", ln.text)
    if not opening_end(text) or _title_case(text):
        return False  # a headline ending in a question ("What's Next?") is no opening line
    if text.rstrip(CLOSERS).endswith("?") and ln.words < 10:
        return False  # a short question to the reader above a promotion ("Want more deals?")
    if ln.words >= 3 or len(text) >= 12 and bool(CJK.search(text)):
        return True
    return greeting(ln, text) and below is not None and _short_opening(below)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str) -> bool:
    """Whether most of a line's longer words are capitalised, as in an English headline."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)




def _far_header(lines: list[Line], head: int | None, start: int, consumed: dict[int, str]) -> list[int]:
    """The byline and dateline lines of an article header standing far above the region, when the
    article visibly starts under them: a long paragraph follows them within a few lines. A long
    block of embeds, code or ads between the lead and the rest moved the region's start down."""
    far = settings.TEXT_FAR_LEAD
    if head is None or not LEAD_GAP_MAX < start - head <= far["max_lines"]:
        return []
    # (Some layouts print the date and reading time over the headline: a header line just above it.)
    # A dateline or byline line the metadata search did not take (it took another) marks the header too.
    near = range(max(head - far["header_above"], 0), min(head + far["header_lines"] + 1, len(lines)))
    header = [i for i in near if i != head and (i in consumed or lines[i].reason in reasons.HEADER)]
    if not header:
        return []
    plain = 0  # lines between the header and the lead that no lexicon kind names (labels, captions)
    for i in range(max(*header, head) + 1, start):
        if lines[i].cls == "good" and not lines[i].reason:
            return header
        plain += not lines[i].reason
        if plain > far["lead_within"]:
            break
    return []


def _all_removals(lines: list[Line], start: int, end: int, drop: dict[int, str], consumed: dict[int, str],
                  title_idx: int | None, lead: list[int], kept: list[int]) -> list[Removal]:
    """Every line the record leaves out, with its reason, in page order; then lead paragraphs above the
    region dropped as repeats, and hover cards cut out of kept lines."""
    out = _removals(lines, start, end, drop, consumed, title_idx, set(lead))
    out += [Removal(lines[i].text, drop[i]) for i in lead if i in drop]
    out += [Removal(lines[i].cut or "", reasons.HOVER_CARD) for i in kept if lines[i].cut]
    return out


def _removals(lines: list[Line], start: int, end: int, drop: dict[int, str],
              consumed: dict[int, str], title_idx: int | None, kept_above: set[int]) -> list[Removal]:
    out: list[Removal] = []
    context: str | None = None
    for i, ln in enumerate(lines):
        if i in kept_above:
            continue
        if start <= i < end:
            if i in drop:
                out.append(Removal(ln.text, drop[i]))
            continue
        if i == title_idx:
            reason = reasons.TITLE
        elif i in consumed:
            reason = consumed[i]
        elif ln.reason:
            reason = ln.reason
        elif i < start:
            reason = reasons.NAV
        else:
            reason = context or (reasons.RELATED_LIST if ln.headline else reasons.SITE_FURNITURE)
        if i >= end and ln.reason in _END_KINDS:
            context = ln.reason
        out.append(Removal(ln.text, reason))
    return out


_CONTENT_WORD = lazy_compile(r"\w{4,}|[" + CJK_CHARS + "]{2}", below=CJK_CHARS[0], cheap=r"\w{4,}")


def _title_support(title: str | None, body: str) -> float:
    """1.0 when the text shares the headline's content words, down to TITLE_SUPPORT_FLOOR when it
    shares none: a JavaScript notice, an "about me" blurb or the wrong region under a headline says
    nothing of what the headline is about."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(title or "")}
    if len(words) < 2 or not body:
        return 1.0
    text = body.casefold()
    share = sum(1 for w in words if w in text) / len(words)
    return TITLE_SUPPORT_FLOOR + (1 - TITLE_SUPPORT_FLOOR) * min(1.0, share / 0.5)


def _margin(lines: list[Line], start: int, end: int, best: float) -> float:
    """How far the article's region beats the best region elsewhere on the page (0..1): a page with
    two similar candidates (an article and a long comment or teaser block) is an uncertain one."""
    scores = [ln.score for ln in lines]
    second = max(best_region(scores[:start])[2], best_region(scores[end:])[2])
    return (best - second) / best if best > 0 else 0.0


def _confidence(lines: list[Line], start: int, end: int, kept: list[int], best: float, margin: float) -> float:
    """How sure we are the text is the whole article and only it, from the classifier's margins:
    the region's lead over any other candidate region, the share of the page's prose it holds, and
    enough prose to judge at all."""
    if not kept:
        return 0.0
    prose_in = sum(ln.chars for ln in lines[start:end] if ln.cls in _PROSE and not ln.reason)
    prose_all = sum(ln.chars for ln in lines if ln.cls in _PROSE and not ln.reason)
    share = prose_in / prose_all if prose_all else 0.0
    c = settings.TEXT_CONFIDENCE
    conf = (c["base"] + c["margin_weight"] * margin + c["share_weight"] * share) * min(1.0, best / c["full_score"])
    return round(max(0.0, min(1.0, conf)), 3)
