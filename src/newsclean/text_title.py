"""The title of a plain-text dump: candidate lines near the article's start and the dump's first line
(the <title> converters print there), each with the features the fitted weights score (see text_fields)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from urllib.parse import unquote_plus

from . import reasons, settings
from .authors import BY_WORD_SET, BY_WORDS, EMAIL, desk_byline, has_byline_prefix
from .blocks import is_headline_like, title_case_share
from .lazy_regex import lazy_compile
from .lexicon import phrase_reason
from .lexicon_words import HOME_LABELS, SUMMARY_LABELS
from .text_byline import BY_TAIL, BY_WORD, LOWER_BY_WORD, names_ahead
from .text_byline_shapes import BYLINE_TRIM, credited_names, names_then_date
from .text_fields import (
    DIGIT,
    FIELD_REASONS,
    TITLE_AFTER,
    TITLE_BEFORE,
    TOKEN,
    Page,
    count_between,
    credit,
    key,
    lead_tokens,
    mark_near,
    may_be_title_line,
    next_prose,
    title_worded,
)
from .text_lines import Line
from .text_memo import is_person_name, search_date
from .text_segment import is_label_run
from .textutil import CJK as _CJK
from .textutil import HASHTAG_LEAD as _HASHTAG_LEAD
from .textutil import (
    IMAGE_NAME_MARK,
    LATIN_CAPITAL,
    TITLE_SEP,
    bracketed_alone,
    norm_key,
    plain_apostrophes,
    repeats_alt,
)

# Breadcrumb separators; a "»" closing a French quotation ("« ... »") is not one (see _crumb).
# (＞: the full-width sign, Japanese breadcrumbs.) _CRUMB_SEP: the same without "»", which may close a quotation.
_CRUMB_SEP = r"›| / | > |\s＞\s|(?<=\w)\|(?=\w)"  # (and a sticky bar's "Section|Headline")
_NOT_TITLE = re.compile(r"»|" + _CRUMB_SEP)
_CRUMB_SEP_RX = re.compile(_CRUMB_SEP)

# Lines the lexicon files as furniture that speaks in its own words (a sign-up prompt, a share bar, a
# player's controls, a comment form, a cookie notice, an author's bio, the site's own links: "Click Here
# for More on …") are no headline: on the dev dumps of six converters (held-out pages aside; 2026-12-01,
# benchmarks/title_reasons.py --unfiltered) 1,963 title candidates carried one of these reasons and none
# was the gold title. Lines filed as a list of other stories, a menu or a caption may hold the headline's
# words (19 of 1,631 nav candidates, 6 of 4,274 related-list ones, 3 of 557 captions were the title):
# they stay, and the reason feature weighs them.
_FURNITURE_REASONS = frozenset((
    reasons.SITE_FURNITURE, reasons.NEWSLETTER, reasons.SHARE_WIDGET, reasons.VIDEO_PLAYER, reasons.COMMENT_FORM,
    reasons.PROMO, reasons.EMBED_PLACEHOLDER, reasons.AUTHOR_BIO, reasons.COOKIE_NOTICE, reasons.DISCLOSURE,
    reasons.BYLINE, reasons.DATELINE,
))
_CRUMB = re.compile(r"[»›>]| / |\s\|\s")  # breadcrumbs and menus run together
# Two sentences, the second closed by a full stop: running text, never a headline.
_TWO_SENTENCES = re.compile(r"[.!?…]\s+\w[^.!?…]*\.\s*$")

# What a converter runs onto a headline's line: the byline's "by" (authors.BY_WORD_SET; its name on the
# next line), a link's address printed after its text.
# An image a text browser printed beside the headline: its file name or alt text cut short, in
# brackets ("[190426_original_1280x960.jpg] Headline", "Headline [1d53de890c]").
# So does a picture without a name, an empty pair of brackets (pandoc: "[]Headline", "Headline [][]").
_IMAGE_MARK = re.compile("^" + IMAGE_NAME_MARK + r"\s+|\s+" + IMAGE_NAME_MARK + r"$|^(?:\[\]\s*)+|(?:\s*\[\])+$")


def _clean_title(text: str) -> str:
    if text[:1] == "#":  # (a cheap test: the hashtags lead the line)
        text = _HASHTAG_LEAD.sub("", text)
    head, _, tail = text.rpartition(" ")
    if head and (tail.lower() in BY_WORD_SET or tail.startswith(("http://", "https://"))):
        text = head
    if "[" in text:  # (after the address: "Headline [][] https://…")
        text = _IMAGE_MARK.sub("", text)
    text = text.strip(" |")
    if text.count("(") > text.count(")"):
        text = text.rstrip(" (")
    return text.strip()


def _size(text: str) -> int:
    """Words, with CJK characters counted two to a word (such titles have few spaces)."""
    if text.isascii():
        return len(text.split())
    return len(text.split()) + len(_CJK.findall(text)) // 2


# --- title features ----------------------------------------------------------------------------------------

TITLE_FEATURES = (
    "before_log", "inside", "first_line", "head_part", "head_equal", "head_overlap", "repeated",
    "words_ok", "words_log", "title_case", "headline_like", "sentence", "marked", "links", "reason",
    "menu_run", "person", "digits", "byline_near", "date_near", "prose_log", "next_good", "upper",
    "lead_overlap", "head_echo", "colon", "rank_log", "crumb", "first_alone", "kicker_cut", "glued",
    "credit", "meta_after", "meta_before", "teaser_run", "date_in", "by_cut", "run_on", "over_dek", "heading", "holds_copy",
    "is_copy", "shown_inside", "shown_part", "in_head", "holds_head", "shared", "share_only",
)

# "Kicker: Headline", "Kicker - Headline": a short topic label run into the headline's line.
# (A pipe joins them without spaces too, a sticky bar's "Section|Headline": no headline holds one.)
_KICKER_SEP = re.compile(r": | [-–—|] |\w\|\w")  # a cheap test before _KICKER
_KICKER = re.compile(r"^(\S.{1,60}?)(?::\s+|\s+[-–—|]\s+|(?<=\w)\|(?=\w))(\S.+)$")
# Menu items a converter ran together ("HomeNewsSportCulture"): lower-case letters straight into capitals.
_GLUED = re.compile(r"[a-zà-ÿ]" + LATIN_CAPITAL)
def _listy(ln: Line) -> bool:
    """A menu item's shape: a short non-prose line."""
    return ln.cls in ("short", "bad") and not ln.sentence and ln.words <= 4


def _menu_run(lines: list[Line], i: int) -> float:
    """The run of menu-shaped lines around i (up to 6, i included), as a share of 6."""
    run = 1
    k = i - 1
    while run < 6 and k >= 0 and _listy(lines[k]):
        run, k = run + 1, k - 1
    k = i + 1
    while run < 6 and k < len(lines) and _listy(lines[k]):
        run, k = run + 1, k + 1
    return run / 6


# A box of key points' label alone on its line (``SUMMARY_LABELS``), a colon after it perhaps.
_SUMMARY_LABEL = lazy_compile(r"(?:" + SUMMARY_LABELS + r")\s*:?", re.IGNORECASE)


def _summary_points(lines: list[Line], near: range) -> frozenset[int]:
    """The lines of the key-points boxes among lines ``near``: the box's label, and under it each point a list
    item or a sentence, up to settings.TEXT_SUMMARY_POINTS of them. A point is a sentence of the story's,
    never its headline ("Kort fortalt" / "Nord-Korea fordømte USAs angrep på Venezuela …")."""
    out: set[int] = set()
    for j in near:
        if lines[j].words > 5 or not _SUMMARY_LABEL.fullmatch(lines[j].text):
            continue
        out.add(j)
        for k in range(j + 1, min(len(lines), j + 1 + settings.TEXT_SUMMARY_POINTS)):
            if not (lines[k].marked or lines[k].sentence):
                break
            out.add(k)
    return frozenset(out)


def title_candidates(page: Page) -> list[tuple[int, str, list[float]]]:
    """(line index, title text, features) for every headline-sized line near the article's start."""
    page = _without_image_dates(page)
    lines, start = page.lines, page.start
    idx = list(range(max(1, start - TITLE_BEFORE), min(len(lines), start + TITLE_AFTER)))
    out = []
    prose = 0
    begun = False
    if lines and may_be_title_line(lines):
        idx.insert(0, 0)
    # (Image marks alone on their line, found once: most dumps have none near the start, and the
    # features then skip the search for them.)
    lo, hi = max(0, start - TITLE_BEFORE - 6), min(len(lines), start + TITLE_AFTER + 8)
    near = (*range(min(8, lo)), *range(lo, hi))  # (and around the <title> line)
    imgs = frozenset(j for j in near if lines[j].text[:1] == "[" and bracketed_alone(lines[j].text))
    pads = imgs | {j for j in near if j and lines[j].text == lines[j - 1].text}
    points = _summary_points(lines, range(lo, hi))
    split_at = -1  # (the line after one that joins it into a <title> text)
    for i in idx:
        ln = lines[i]
        if i >= start and (ln.cls == "good" or prose >= 2):
            begun = True  # the article has begun: a headline further down belongs to its body,
        if begun and not _meta_after(page, i) and not _echoes_head(page, ln):
            continue  # unless its byline or dateline stands right under it (the start was too early),
            # or it repeats most of the <title>'s words (the start was too early: captions above it)
        # (One prose sentence, a standfirst or a kicker, may stand above the headline.)
        prose += i >= start and ln.cls == "near" and ln.sentence
        if ln.reason in _FURNITURE_REASONS or ln.signature or ln.post or i in points:
            continue  # (nor is a quoted post, its text or its signature, "— Name (@handle) January 26, 2019",
            # nor a key point under a box's label)
        if i and ln.words >= settings.TEXT_ALT_CAPTION_WORDS and _alt_caption(lines, i):
            continue
        if imgs and i - 1 in imgs and lines[i - 1].text != "[]" and (i + 1 in imgs or i + 2 in imgs) \
                and not _meta_after(page, i, 1) and not _held(page, i) and not _echoes_head(page, ln):
            # A line with a picture's mark above it and another one or two lines below ("[oprava-telefon]" /
            # teaser / "[turek-sklad]"; lynx, w3m) is a teaser in a list of pictured teasers, or a caption
            # between pictures: on the dev dumps of six converters (2026-11-30) 62 candidates on 15 sites,
            # none the headline (of 1354 gold candidates). Not a headline under its lead picture with the
            # author's portrait and byline under it, nor one the <title> vouches for. Nor one under a
            # nameless picture's "[]" (pandoc's; session 13: titles or authors right on 4 more pandoc pages of
            # the twelve converters' dumps, one held page's title lost to a caption between such pictures).
            continue
        split: list[tuple[str, str]] = []
        if ln.cls == "good":
            texts = _prose_cut(ln.text)  # running prose is never the title, but a headline a caption
            if not texts:  # is glued to may be
                continue
        else:
            # (One word of Latin script is no title, whatever the cuts: only its join with the next line
            # may be one.)
            one = i > 0 and ln.text.isascii() and len(ln.text.split(None, 1)) < 2
            # (Nor is the rest of a headline the line above joins into a <title> text, in lower case:
            # "Angsten" / "vil øke".)
            rest = i == split_at and ln.text[:1].islower()
            split = _split_title(page, i)
            split_at = i + 1 if split else -1
            texts = ([] if one or rest else _title_texts(ln.text, i)) + split
        if ln.words >= 4 and page.head_firsts:
            texts += _head_cut(page, i)
        for text, kind in texts:
            if not kind and _NOT_TITLE.search(text) and not _quoted(text):
                continue  # nor is a breadcrumb (the <title> line's first part may still be)
            if page.collapsed and is_label_run(text) and not _title_words(page, text):
                continue  # nor a menu cut out of a collapsed dump's sentences
            size = _size(text)
            # (A sentence of more than 14 words is a standfirst, not a headline; its words counted as the
            # classifier counts them: a dash between two clauses, "retreat — it's for sale!", is none.)
            if not text or size < 2 or size > 30 or ln.sentence and min(size, ln.words) > 14 and not kind:
                continue
            if _TWO_SENTENCES.search(text) or ")" in text and text.count(")") > text.count("("):
                continue  # (nor the end of a parenthesis opened on a line above: a caption's credit, cut)
            if text[-1:] in ":：" or text[:1] == "※":
                continue  # (nor a label that ends with a colon: "■ 日 時：", "How you can keep following ...:";
                # 257 candidates on 43 dev sites of six converters, none the headline; nor a note the
                # reference mark opens, "※当社製品との比較": 80 lines on 5 dev sites, none a headline)
            if "@" in text and EMAIL.search(text):
                continue  # (nor a line with an e-mail address: a credit, a byline or a contact; on 6 dev sites)
            if i > 0 and credit(text) or phrase_reason(text) is not None:
                continue  # (nor a picture's caption that ends with its credit, "... Foto: KCNA/Reuters": 401
                # candidates on the dev dumps of six converters, none the headline; 2026-12-01; nor a text
                # the lexicon reads whole as furniture, "Read More": 314 candidates, none the headline)
            # Bylines, datelines and an author's name on its own line are not titles either.
            # (Unless the <title> vouches for the name-shaped text: "Google ChromeのNever-Slow Mode".)
            # (A name before a separator is a byline the date followed on the line below: "Alex Shephard /".)
            if has_byline_prefix(text) or credited_names(text) or \
                    size <= 4 and is_person_name(text.rstrip(BYLINE_TRIM)) and not _held(page, i, text) or \
                    DIGIT.search(text) and size <= 10 and search_date(text) is not None:
                continue
            # (A headline joined from two lines is read where it ends: its byline, standfirst and
            # paragraphs stand under its second line.)
            at = i + 1 if split and (text, kind) == split[0] else i
            out.append((i, text, _title_features(page, at, text, size, kind, imgs, pads)))
    if page.shared:
        out += _shared_only(page, {key(c[1]) for c in out})
    _add_copies(out, lines)
    out = _without_crumbs(out, lines)  # (after the copies: a trail closed by the headline vouches for it)
    _add_head_links(out)
    shared = page.shared
    for c in out:
        c[2].append(1.0 if shared and key(c[1]) in shared else 0.0)
        c[2].append(1.0 if c[0] < 0 else 0.0)
    return out


def _title_words(page: Page, text: str) -> bool:
    """Whether most of ``text``'s words are the first line's (the page's title)."""
    words = TOKEN.findall(text.casefold())
    return 2 * sum(w in page.head_tokens for w in words) >= len(words)


def _alt_caption(lines: list[Line], i: int) -> bool:
    """Whether line i (TEXT_ALT_CAPTION_WORDS words or more) and a line beside it are a picture's alt text
    and its caption, which repeats the alt text and adds the credit ("Verstappen y Russell, durante ... GP de Qatar." /
    "... GP de Qatar.AFP", "... Wohnhäuser." / "... Wohnhäuser. © Anett Seidler"): text browsers print
    both (w3m, lynx). On the dev dumps of five converters (2026-11-30) 75 such pairs stood near the
    article's start, on 31 sites, and none was the headline; the caption, which holds a dateline's
    neighbours, outscored the headline above it (ElMundo, w3m)."""
    text = lines[i].text
    if i + 1 < len(lines) and repeats_alt(text, lines[i + 1].text):
        return True
    return lines[i - 1].words >= settings.TEXT_ALT_CAPTION_WORDS and repeats_alt(lines[i - 1].text, text)


def _without_image_dates(page: Page) -> Page:
    """The page with no image mark alone on its line among its datelines: a picture's file name holding a
    date ("[2022-05-11-schuze-poslanecke-snemovny-18]", lynx and w3m) dates the photo, and does not mark
    the line above it as a headline over its dateline. (For the title only: the date search reads page as
    it was.)"""
    lines = page.lines
    if not any(bracketed_alone(lines[j].text) for j in page.dateish):
        return page
    dat = [j for j in page.dateish if not bracketed_alone(lines[j].text)]
    return replace(page, dateish=dat, marks=frozenset(page.bylineish) | frozenset(dat))


def _shared_only(page: Page, have: set[str]) -> list[tuple[int, str, list[float]]]:
    """The titles the share links carry that no candidate line has, as candidates of their own at line -1
    (no line of the dump): an SEO title the page does not print, or prints run into other text. Only
    their words' features are set; the fitted "share_only" weight says how far to trust them."""
    out = []
    for text in page.shared_texts:
        k = key(text)
        size = _size(text)
        if k in have or not 2 <= size <= 30:
            continue
        have.add(k)
        f = dict.fromkeys(TITLE_FEATURES[:TITLE_FEATURES.index("holds_copy")], 0.0)
        f.update(_word_features(page, text, size), head_equal=1.0 if k in page.head else 0.0)
        out.append((-1, text, list(f.values())))
    return out


def _word_features(page: Page, text: str, size: int) -> dict[str, float]:
    """The features a title text has by its words alone, wherever it stands (a line's candidate, or a
    share link's title on no line): one formula each for both."""
    letters = "".join(filter(str.isalpha, text))
    return {
        "words_ok": 1.0 if 4 <= size <= 18 else 0.0,
        "words_log": math.log(size) / 3,
        "title_case": title_case_share(text),
        "headline_like": 1.0 if is_headline_like(text) else 0.0,
        "digits": 1.0 if DIGIT.search(text) else 0.0,
        "upper": 1.0 if letters and sum(map(str.isupper, letters)) / len(letters) > 0.8 else 0.0,
        "lead_overlap": _lead_overlap(page, text),
        "colon": 1.0 if ": " in text else 0.0,
    }


# The page's title as its share links carry it: a mail link's subject, a share intent's text or title
# ("mailto:?subject=Headline&body=...", "twitter.com/intent/tweet?text=Headline", "reddit.com/submit?title=
# ..."). Converters that print link addresses keep them (lynx's list of references, Markdown's links);
# the value runs to the next parameter or the line's end.
_SHARE = re.compile(r"[?&](?:subject|text|title)=([^&\n]+)", re.I)
# (What follows the title: the page's address and anything after it, a "via @account".)
_SHARE_TAIL = re.compile(r"\s*(?:[-–—|:]\s*)?(?:https?://|www\.).*$|\s+via\s+@\w+\s*$", re.I | re.S)


def _broken_link(text: str, start: int, end: int) -> bool:
    """Whether the share parameter at ``start:end`` is in a Markdown link's address that does not close on
    its line: a wrapping converter broke it there, and the title goes on on the next line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return "](" in text[line_start:start] and ")" not in text[end:line_end if line_end >= 0 else len(text)]


def shared_titles(text: str) -> tuple[str, ...]:
    """The titles the dump's share links carry (see ``_SHARE``), each whole and as its longest part
    between the separators of a <title> ("Headline - Site"), as the <title> line's are: the texts of two
    words or more (or in a script without spaces), in order, each once. Cheap tests (the parameters'
    names anywhere in the text) gate the search; at most 60 links are read."""
    # (Without their first letter: the parameters are matched in any case, "Subject=" too.)
    if "ubject=" not in text and "ext=" not in text and "itle=" not in text:
        return ()
    out: dict[str, str] = {}
    for n, m in enumerate(_SHARE.finditer(text)):
        if n == settings.TEXT_SHARE_LINKS_MAX:
            break
        value = m.group(1)
        titled = ' "' in value  # a Markdown link's title after its address: '(…&text=Headline "Twitter")'
        if titled:
            value = value.split(' "', 1)[0]
        close = value.find(")")
        if close >= 0 and value.count(")") > value.count("("):
            value = value[:close]  # a Markdown link's end: "[Mail](mailto:?subject=Headline)"
        elif close < 0 and not titled and _broken_link(text, m.start(), m.end()):
            continue
        value = _SHARE_TAIL.sub("", plain_apostrophes(unquote_plus(value).strip()))  # (as split_lines reads it)
        if value.endswith(("...", "…")):
            continue  # a title the share widget cut short ("The Obama Administration Digi..."): no title's text
        parts = [p.strip() for p in TITLE_SEP.split(value) if p.strip()]
        for part in (value, max(parts, key=len, default="")):
            k = norm_key(part)
            if title_worded(k):
                out.setdefault(k, part)
    return tuple(out.values())



# A quotation closing a headline, glued to the caption or paragraph the converter ran on: "...“Eine Welle".
_QUOTES = "“”\"»«„"
# (A closing mark follows a word, an opening one a space: 'said “The' is no glue.)
_QUOTE_GLUE = re.compile(r"(?<=[\w.!?])[“”\"»](?=" + LATIN_CAPITAL + r"[a-zà-ÿ])")


def _prose_cut(text: str) -> list[tuple[str, str]]:
    """The headline at the start of a long line a converter ran a caption or paragraph into, glued to the
    headline's closing quotation mark ('Kicker: „... Wetterextremen“Eine Welle bricht ...'). A line that
    opens with the quotation is left alone: a quoted sentence, or a copy of a quote-only headline the
    page also prints alone. Cheap tests (a quotation mark, no quotation first) gate the regex."""
    if text[:1] in _QUOTES or not any(q in text for q in _QUOTES):
        return []
    g = _QUOTE_GLUE.search(text, 20)
    if g and 4 <= len(text[:g.end()].split()) <= 30:
        return [(text[:g.end()], "glue")]
    return []


def _held(page: Page, i: int, text: str | None = None) -> bool:
    """Whether the <title> line vouches for line i's text: for a line of the page, the text is one of the
    <title>'s texts; for the <title> line itself, a line of the page repeats it (the headline shown)."""
    k = key(page.lines[i].text if text is None else text)
    return page.counts.get(k, 0) > 1 if i == 0 else k in page.head


def _echoes_head(page: Page, ln: Line) -> bool:
    """Whether a headline-sized line (4-30 words, not prose) has most of its words (60%) in the <title>."""
    if not page.head or not 4 <= ln.words <= 30 or ln.cls == "good":
        return False
    toks = set(key(ln.text).split())
    return len(toks & page.head_tokens) >= settings.TEXT_TITLE_ECHO_SHARE * len(toks)


def _split_title(page: Page, i: int) -> list[tuple[str, str]]:
    """The line joined with the next when together they are a text of the <title> line: a headline the
    page's markup wrapped, which a converter that keeps the source's line breaks (bs4) prints on two lines
    ("Amazon Has A Private Food Brand That Just Launched 100" / "New Products For Fall")."""
    lines = page.lines
    if i == 0 or i + 1 >= len(lines) or not page.head_firsts:
        return []
    k = key(lines[i].text)
    if k.split(" ", 1)[0] not in page.head_firsts:
        return []
    joined = lines[i].text + " " + lines[i + 1].text
    if k in page.head:
        return []
    j = key(joined)
    if j in page.head:
        return [(joined, "")]
    # (Or the join starts a longer <title> text, or a <title> cut short starts the join, past the
    # first line's end: 'Hillary Clinton: ... Stems From' over "Hillary Clinton: ... in" / "Democratic
    # Hack Stems From 'Personal Beef'".)
    for h in page.head:
        if h.startswith(j + " ") or j.startswith(h + " ") and len(h) > len(k) and h.count(" ") + 1 >= settings.TEXT_SPLIT_TITLE_WORDS:
            return [(joined, "")]
    return []


_SEPS = frozenset("-–—|:/·•")


def _head_cut(page: Page, i: int) -> list[tuple[str, str]]:
    """The part of the line that is a text of the <title> line, when the line holds it plus up to three
    words before it or more words after it: furniture a converter ran onto the headline's line (a menu's
    last item, "Contact Headline"; a caption or quotation after it, 'Headline "... awaiting someone."').
    Only lines one of whose first four words starts a <title> text are looked at (cheap)."""
    if i == 0 or page.lines[i].words < 4 or not page.head_firsts:
        return []
    text = page.lines[i].text
    firsts = page.head_firsts
    low = text.casefold()
    if not any(f in low for f in firsts):
        return []  # (a cheap test: no <title> text's first word anywhere in the line)
    k = key(text)
    if k in page.head:
        return []
    # (A cut of whole words has a key that runs, token for token, inside the line's key: without one
    # of the <title> texts inside it, no cut can match.)
    padded = f" {k} "
    if not any(f" {h} " in padded for h in page.head):
        return []
    words = text.split()
    for n in range(min(4, len(words) - 2)):
        if key(words[n]).split(" ", 1)[0] not in firsts:
            continue
        for m in range(len(words), n + 2, -1):
            if m < len(words) and (words[m] in _SEPS or words[m - 1][-1] in ",;:-–—"):
                continue  # a cut at the headline's own separator: "Headline - and more", "Headline, more"
            part = " ".join(words[n:m])
            if key(part) in page.head:
                return [(part, "")]
    return []


def _add_head_links(cands: list[tuple[int, str, list[float]]]) -> None:
    """Append how the <title> line's texts and the page's lines contain one another (word for word, one
    the other plus more). For a <title> text: whether a page line holds it plus more (the headline run
    into furniture: "Contact Headline", a doubled headline) and whether a page line is part of it (the
    headline cut at a line break, or without the kicker the <title> adds). For a page line: whether it is
    part of a <title> text and whether it holds one plus more."""
    keys = [f" {key(c[1])} " for c in cands]
    tops = {k for c, k in zip(cands, keys, strict=True) if c[0] == 0 and k.count(" ") >= 4}  # three words or more
    if not tops:
        for c in cands:
            c[2].extend((0.0, 0.0, 0.0, 0.0))
        return
    body = {k for c, k in zip(cands, keys, strict=True) if c[0] > 0 and k.count(" ") >= 4}
    for (i, _, feats), k in zip(cands, keys, strict=True):
        if i == 0:
            feats.extend((float(any(k in b and k != b for b in body)), float(any(b in k and k != b for b in body)),
                          0.0, 0.0))
        else:
            feats.extend((0.0, 0.0, float(any(k in t and k != t for t in tops)),
                          float(any(t in k and k != t for t in tops))))


# A home label among a line's first two words (the site's name may come first): "InfoQ ホームページ ニュース …".
_HOME_OPENING = lazy_compile(r"^(?:\S+\s+)?(?:" + HOME_LABELS + r")\s+\S", re.I)


def _without_crumbs(cands: list[tuple[int, str, list[float]]], lines: list[Line]) -> list[tuple[int, str, list[float]]]:
    """The candidates but those a breadcrumb near them shows to be navigation:

    - a breadcrumb's trail printed without its signs, closed by the headline ("InfoQ ホームページ ニュース
      Headline" over "Headline"): a home label among its first two words, and another candidate's text of
      two words or more, within TEXT_TITLE_COPY_REACH lines, closing it. A kicker run into the headline
      holds it too, but opens with no home label: on the dev dumps of six converters (2026-12-01) 55
      candidates that held a copy of a candidate near them were the gold title and 10 the copy; the
      candidates opening with a home label were 98, none the gold (2 chosen). (Run after the copies are
      counted: the trail closed by the headline vouches for the headline, as a breadcrumb's last item is
      the page it is on.)
    - two or more items of a breadcrumb of three or more printed within TEXT_TITLE_COPY_REACH lines, run
      together ("ホーム › IT・デジタル › ガジェット・ツール › 記事" over "IT・デジタル ガジェット・ツール"): the
      story's sections, shown again as its category labels. 3 candidates on the dev dumps (one site), none
      the gold; the headline, the trail's last item alone, stays one.
    """
    reach = settings.TEXT_TITLE_COPY_REACH
    at = [c[0] for c in cands if c[0] > 0]
    if not at:
        return cands
    keys = [key(c[1]) for c in cands]  # (once: both tests compare candidates by their keys)
    drop = set()
    for n, (i, text, _) in enumerate(cands):
        if i > 0 and _HOME_OPENING.match(text):
            k = f" {keys[n]}"
            if any(c[0] > 0 and c[0] != i and abs(c[0] - i) <= reach and " " in kj and k.endswith(" " + kj)
                   for c, kj in zip(cands, keys, strict=True)):
                drop.add(n)
    for j in range(max(0, min(at) - reach), min(len(lines), max(at) + reach + 1)):
        if not _NOT_TITLE.search(lines[j].text):
            continue
        items = [k for k in map(key, _NOT_TITLE.split(lines[j].text)) if k]
        if len(items) < 3:
            continue
        runs = {" ".join(items[a:z]) for a in range(len(items)) for z in range(a + 2, len(items) + 1)}
        drop.update(n for n, c in enumerate(cands) if 0 < abs(c[0] - j) <= reach and keys[n] in runs)
    return [c for n, c in enumerate(cands) if n not in drop] if drop else cands


def _add_copies(cands: list[tuple[int, str, list[float]]], lines: list[Line]) -> None:
    """Append, for each candidate, whether it ends with the words of another candidate line within
    TEXT_TITLE_COPY_REACH lines, and whether another ends with its words: a breadcrumb or a kicker run
    into a copy of the headline ("News Politics Headline") over or under the headline alone. A headline wrapped over two
    lines and joined holds its own second line: that is no copy."""
    keys = sorted((c[0], key(c[1])) for c in cands if c[0] > 0)
    at = [j for j, _ in keys]
    reach = settings.TEXT_TITLE_COPY_REACH
    for i, text, feats in cands:
        k = key(text)
        holds = copy = 0.0
        if i > 0 and k:
            own = i + 1 if i + 1 < len(lines) and text == lines[i].text + " " + lines[i + 1].text else -1
            for j, kj in keys[bisect_left(at, i - reach):bisect_right(at, i + reach)]:
                if j != i and j != own and kj != k:
                    if k.endswith(kj) and _ends_with(k, kj):
                        holds = 1.0
                    elif kj.endswith(k) and _ends_with(kj, k):
                        copy = 1.0
        feats += (holds, copy)


def _ends_with(k: str, tail: str) -> bool:
    """Whether key ``k``, which ends with the text ``tail``, ends with its words: after a space, or glued to
    the word before when ``tail`` has three words or more (a breadcrumb a converter printed without
    spaces into the headline, "ZprávyByznysB2BRoky v důchodu ...", w3m). (The caller tests endswith
    first, cheaply.)"""
    n = len(k) - len(tail)
    return n > 0 and (k[n - 1] == " " or tail.count(" ") + 1 >= settings.TEXT_GLUED_CRUMB_WORDS)


def _title_texts(line: str, i: int) -> list[tuple[str, str]]:
    """The line's title texts and their kinds: the whole line (""); for the first line (the
    <title>), its longest part between separators ("part"); for others, the line without a
    leading kicker ("kicker") or without a byline run onto its end ("by": "Headline by Ana Ruiz"; "by_dated"
    when the byline's date follows the names: then the headline's byline and dateline stand right by it, and
    the whole line is no text)."""
    text = _clean_title(line)
    out = [(text, "")]
    if i == 0:
        parts = [p.strip() for p in TITLE_SEP.split(line) if p.strip()]
        if len(parts) > 1:
            out.append((max(parts, key=len), "part"))
            if parts[0] != out[-1][0] and _size(line) > 30:  # (one block: the <title>, then the menu)
                out.append((parts[0], "part"))
        return out
    half = len(text) // 2
    if half > 4 and text[half] == " " and text[:half] == text[half + 1:]:
        return [(text[:half], "")]  # the headline printed twice on one line (a hidden copy and the shown one)
    m = _KICKER.match(text) if _KICKER_SEP.search(text) else None
    if m and len(m.group(1).split()) <= 6 and len(m.group(2).split()) >= 3:
        out.append((m.group(2).strip(), "kicker"))
    if ": " in text and _BY_LABEL.search(text):
        text = _BY_LABEL.sub(r" \1 ", text)  # "Headline By: Ana Ruiz"
    m = BY_TAIL.match(text) if BY_WORD.search(text) else None
    if m and (names_ahead("By " + m.group(2))[1] or LOWER_BY_WORD.search(text) and desk_byline("by " + m.group(2)) is not None):
        head = m.group(1).strip()
        if _size(head) <= 4 and is_person_name(head):
            return []  # a byline after its author's picture, the picture's alt text a name: "Ana Ruiz von Ana Ruiz"
        name = m.group(2).strip()
        if len(name) >= 5 and head.endswith(" " + name):
            head = head[:-len(name)].rstrip()  # the picture's alt text after the headline: "Headline Ana Ruiz by Ana Ruiz"
        if head[-1:] == "]":
            head = _IMAGE_MARK.sub("", head)  # the author's picture's mark: "Headline [1d53de890c] by Ana Ruiz"
        out.append((head, "by"))
        if names_then_date(name):
            # The byline's date run on too ("Headline by BWW News Desk Oct. 13, 2017"): the whole line is
            # headline, byline and dateline, never the title (on the dev dumps of six converters 10 such
            # lines, none the title; a by-phrase without a date may be the headline's own: "Keynote by
            # José Valim", 12 of 69). The cut has its byline and dateline right by it (its byline_near and
            # meta_after features are 1, as for a headline with them on the lines under it).
            out = [o for o in out if o[1]]
            out[-1] = (head, "by_dated")
    return out


# A by-word as a label run onto a headline's line: "Headline By: Ana Ruiz".
_BY_LABEL = re.compile(r"\s(" + "|".join(BY_WORDS) + r"):\s+", re.I)


def _quoted(text: str) -> bool:
    """Whether every "»" of the line closes a "«" (a French quotation, not a breadcrumb)."""
    return _CRUMB_SEP_RX.search(text) is None and text.count("»") <= text.count("«")


def _title_features(page: Page, i: int, text: str, size: int, kind: str, imgs: frozenset[int],
                    pads: set[int] | frozenset[int]) -> list[float]:
    lines, start = page.lines, page.start
    ln = lines[i]
    k = key(text)
    toks = set(k.split())
    overlap = len(toks & page.head_tokens) / len(toks) if toks and i > 0 else 0.0
    w = _word_features(page, text, size)
    pad = _padding(i, pads) if pads else 0
    return [
        math.log1p(max(0, start - i)) / 4,
        1.0 if i >= start else 0.0,
        1.0 if i == 0 else 0.0,
        1.0 if kind == "part" else 0.0,
        1.0 if i > 0 and k in page.head else 0.0,
        overlap,
        1.0 if page.counts.get(k, 0) > 1 else 0.0,
        w["words_ok"],
        w["words_log"],
        w["title_case"],
        w["headline_like"],
        1.0 if ln.sentence else 0.0,
        1.0 if ln.marked else 0.0,
        ln.link_share,
        1.0 if ln.reason else 0.0,
        _menu_run(lines, i),
        1.0 if size <= 4 and is_person_name(text) else 0.0,
        w["digits"],
        # (A headline cut off its byline and the byline's date run onto its line has them right by it.)
        1.0 if kind == "by_dated" else mark_near(page.bylineish, i, 2, 4 + pad),
        _date_near(page, i, pad),
        math.log1p(next_prose(lines, i)) / 2.5,
        1.0 if i + 1 < len(lines) and lines[i + 1].cls in ("good", "near") else 0.0,
        w["upper"],
        w["lead_overlap"],
        1.0 if page.head_echo and (i == 0 or k in page.head) else 0.0,
        w["colon"],
        math.log1p(count_between(page.heads, i, start)) / 2,
        1.0 if _CRUMB.search(text) else 0.0,
        # The <title> line (or its first part) that no line of the page repeats: an SEO title that
        # differs from the headline the reader sees.
        1.0 if i == 0 and page.counts.get(k, 0) <= (0 if kind else 1) else 0.0,
        1.0 if kind == "kicker" else 0.0,
        min(len(_GLUED.findall(ln.text)), 3) / 3,
        1.0 if credit(ln.text) else 0.0,
        1.0 if kind == "by_dated" else _meta_after(page, i, pad),
        1.0 if i - 1 in page.marks or i - 2 in page.marks else 0.0,
        _teaser_run(lines, i, imgs),
        # A dateline with more on it ("2 minute read April 25, 2023 2:26 PM Last Updated 9 min ago").
        1.0 if i in page.dateish or ln.words > 14 and size <= 20 and DIGIT.search(text) and
        search_date(text) is not None else 0.0,
        1.0 if kind in ("by", "by_dated") else 0.0,
        _run_on(lines, i),
        _over_dek(page, i),
        # A line the converter marked a heading (<h1>-<h6>): Markdown's "#", lynx's flush left.
        1.0 if ln.heading else 0.0,
    ]



def _padding(i: int, pads: set[int] | frozenset[int]) -> int:
    """How many of the four lines under line i (and of those the count reaches, up to three) are
    padding a text browser adds: an image's mark alone ("[hero-image]") or a copy of the line above (an
    image's alt text and its caption, the same words; lynx, w3m). The byline and dateline under a
    headline stand that much further down. (``pads``: the lines near the article's start that are such
    padding, found once per page.)"""
    pad = 0
    k = i + 1
    end = i + 5
    while k < end and pad < 3:
        if k in pads:
            pad += 1
            end += 1
        k += 1
    return pad


def _date_near(page: Page, i: int, pad: int = 0) -> float:
    """1.0 when a dateline stands from 3 lines above line i to 5 below, other than a masthead's date of
    the day: a dateline among the dump's first three lines when the article begins 20 lines or more below
    the candidate ("söndag 2 augusti 2026" over "Dagens namn: Karin, Kajsa" and the site's menus). A
    headline's dateline stands by the headline, which stands by the article."""
    near = mark_near(page.dateish, i, 3, 5 + pad)
    if near and i <= 8 and page.start - i >= 20:
        return mark_near([j for j in page.dateish if j > 2], i, 3, 5 + pad)
    return near


def _over_dek(page: Page, i: int) -> float:
    """1.0 when the line tops a news story's header: a standfirst under it (a sentence of eight words or
    more, not the article's long first paragraph) and a byline or dateline right under that. The
    standfirst itself has the byline right under it, which the headline above it then lacks. A standfirst
    without a sentence's end (a quotation, "'... is a mystery'") counts when it is in sentence case under a
    capitalised headline (half its words or more): where publishers capitalise headlines, the standfirst
    under them stays in sentence case (site-grouped CV inscriptis 0.710 -> 0.715, the others unchanged)."""
    lines = page.lines
    if i == 0 or i + 2 not in page.marks:
        return 0.0
    dek = lines[i + 1]
    if dek.words < 8 or dek.cls == "good" and dek.words > 60:
        return 0.0
    if dek.sentence or dek.cls == "near":
        return 1.0
    return 1.0 if not dek.reason and title_case_share(dek.text) < settings.TEXT_DEK_CASE_SHARE <= title_case_share(lines[i].text) else 0.0


def _run_on(lines: list[Line], i: int) -> float:
    """1.0 when one of the next two lines is a short piece starting in lower case: the rest of a sentence
    that a converter broke at its links ("Es war der zwölfte Einsatz in der" / "Bundesliga" / "von"), not
    a headline's end. A piece the classifier named furniture, other than a field's line, is none: the alt
    texts of share buttons a text browser prints under the headline ("email", "whatsapp"; w3m). (A lower-case
    byline, "von Ana Ruiz", still counts: left out too, it cost one page, ZDF's SEO headline on inscriptis.)"""
    for k in (i + 1, i + 2):
        if i > 0 and k < len(lines) and lines[k].words <= 3 and lines[k].text[:1].islower() and lines[k].reason in FIELD_REASONS:
            return 1.0
    return 0.0


def _meta_after(page: Page, i: int, pad: int = 0) -> float:
    """1/d for the nearest byline or dateline d = 1-3 lines below: a headline's byline follows it.
    (``pad``: the text browser's padding lines under i, ``_padding``, not counted in d when they stand
    before the mark.)"""
    marks = page.marks
    if not pad:
        return 1.0 if i + 1 in marks else 0.5 if i + 2 in marks else 1 / 3 if i + 3 in marks else 0.0
    for d in range(1, 4 + pad):
        if i + d in marks:
            return 1 / max(1, d - min(pad, d - 1))
    return 0.0


def _teaser_run(lines: list[Line], i: int, imgs: frozenset[int]) -> float:
    """Share of the six lines around i (three above, three below) that are headline-sized but not prose:
    a list of teasers of other stories, where each line looks like a headline and none is the page's.
    An image's mark on a line of its own ("[spacex]": the file name or alt text a text browser prints,
    lynx and w3m, one over each teaser) is passed over, up to three of them on each side (``imgs``: the
    lines that are one)."""
    n = 0
    if not imgs or not any(k in imgs for k in range(i - 3, i + 4)):
        for k in range(max(0, i - 3), min(len(lines), i + 4)):
            if k != i and 5 <= lines[k].words <= 25 and lines[k].cls != "good" and not lines[k].sentence:
                n += 1
        return n / 6
    for step in (-1, 1):
        k, seen, skipped = i + step, 0, 0
        while seen < 3 and 0 <= k < len(lines):
            ln = lines[k]
            k += step
            if skipped < 3 and k - step in imgs:
                skipped += 1
                continue
            seen += 1
            n += 5 <= ln.words <= 25 and ln.cls != "good" and not ln.sentence
    return n / 6


def _lead_overlap(page: Page, text: str) -> float:
    toks = lead_tokens(text)
    return len(toks & page.lead) / len(toks) if toks else 0.0


