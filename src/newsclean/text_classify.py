"""The line classifier of plain-text extraction: features, classes, and the article's region.

Each line gets jusText-style features (length, sentence punctuation, function-word density in the
page's language, lexicon/structural reason) and a class: ``good`` (running prose), ``near`` (probably
prose), ``short`` (too short to judge) or ``bad``. The article is the best contiguous region over
per-line scores (maximum subarray), extended over short gaps to neighbouring prose.
"""

from __future__ import annotations

import functools
import heapq
import re

from . import reasons, settings
from .authors import has_byline_prefix
from .blocks import (
    STOPWORDS,
    Block,
    function_word_counts,
    is_headline_like,
    is_sentence,
    language_of_words,
    structural_reason,
    text_structural_reason,
    title_case_share,
    tokens,
)
from .lazy_regex import lazy_compile
from .lexicon import phrase_reason
from .text_lines import ALT_MIN_CHARS as _ALT_MIN
from .text_lines import Line, repeated_alt
from .text_memo import is_dateline, looks_like_byline
from .text_memo import search_date as _search_date
from .textutil import CJK as _CJK
from .textutil import CURRENCY_SIGNS, DIGIT, HANGUL, LINK_NUMBER, one_bracketed, repeats_alt

# --- 2. classify ------------------------------------------------------------------------------


_SEPARATORS = re.compile(r"\s[|/·•]\s")
_SEPARATOR_CHAR = re.compile(r"[|/·•]")
_ABOUT = re.compile(
    r"^(about|über|à propos( de)?|acerca de|sobre|a proposito di|chi è|об|о|про)\s+\S", re.I
)
_ABOUT_START = re.compile(
    r"^(about|über|à propos|acerca|sobre|chi siamo|l'autore|об авторе|о нас|про автора|про нас)\b", re.I
)
# Kinds whose appearance marks the end of the article: what follows is their content too.
_END_KINDS = frozenset({reasons.COMMENT_FORM, reasons.RELATED_LIST, reasons.NEWSLETTER})




# --- 2. classify ------------------------------------------------------------------------------


def _page_language(lines: list[Line]) -> str | None:
    """The page's language from its longest lines; None when its prose is not in a supported one."""
    # (A few hundred characters of each are plenty to tell the language, and cheaper to split.)
    # (Ranked by a list's own item lookup, not a Python key function per line: the same order, ties included.)
    lengths = [len(x.text) for x in lines]
    longest = heapq.nlargest(12, range(len(lines)), key=lengths.__getitem__)
    # Each line's words apart (no word spans the space that would join them): an ASCII line is split by
    # the fast expression even when another line of the sample is not.
    words = [w for i in longest for w in tokens(lines[i].text[:400])]
    counts = function_word_counts(words)
    lang = language_of_words(words, counts)
    if lang is None:
        return None
    # A few function-word hits in a page of another language (Indonesian, Japanese) are not enough.
    if counts[lang] < 0.12 * len(words):
        return None
    return lang


def _page_function_words(lines: list[Line]) -> frozenset[str] | None:
    """For a page in an unsupported language: its own most frequent short words, found across its
    longest lines, serve as function words (they are "dan", "yang", "di" in Indonesian, "het", "een"
    in Dutch, and so on). None for a page in Hangul: Korean writes its grammatical words as suffixes
    of the words they follow (particles, endings: "대통령으로", "당선되며"), so no short word recurs
    as function words do, and a density of the few that do would call most of its prose bad; its
    lines are judged by shape (length, sentence ends), as a page with too few frequent words is."""
    longest = sorted(lines, key=lambda x: -len(x.text))[:30]
    sample = "".join(ln.text[:200] for ln in longest)
    if not sample.isascii() and len(HANGUL.findall(sample)) > 0.3 * len(sample):
        return None
    spread: dict[str, int] = {}
    for ln in longest:
        for w in set(tokens(ln.text)):
            if len(w) <= 5:
                spread[w] = spread.get(w, 0) + 1
    common = [w for w, n in sorted(spread.items(), key=lambda kv: -kv[1]) if n >= 4][:40]
    return frozenset(common) if len(common) >= 10 else None


def _featurise(lines: list[Line], lang: str | None) -> tuple[float, float, float] | None:
    """Compute each line's features; return the density thresholds to classify with (None: shape only)."""
    stop = STOPWORDS.get(lang) if lang else _page_function_words(lines)
    n = len(lines)
    # Menus and widgets repeat within a page and across a site's pages: a line's text-only features
    # are computed once (remembered across pages for the supported languages' fixed word lists).
    memo: dict[str, tuple] = {}
    for i, ln in enumerate(lines):
        t = ln.text
        known = memo.get(t)
        if known is None:
            known = memo[t] = _language_features(t, lang) if lang else _text_features(t, stop)
        ln.words, ln.chars, ln.sw, ln.sentence, ln.headline, ln.reason = known
        if ln.signature:
            ln.reason = None  # a quoted post's signature holds a date, but not the page's own
        if ln.reason is None and ln.link_share and not (ln.words <= _PRICE_LINK_WORDS and _priced(lines, i)):
            # Link density and position matter only for link-heavy blocks.
            ln.reason = structural_reason(Block(t, link_density=ln.link_share, position=i / max(1, n - 1)))
    _alt_texts(lines)
    _bracketed_alts(lines)
    if stop is None:
        return None
    if lang:
        return _THRESHOLDS
    # The page's own frequent words are fewer than a real list: scale thresholds to their density.
    longest = sorted((ln.sw for ln in lines if ln.chars >= 100), reverse=True)[:30]
    if len(longest) < 3:
        return None
    typical = longest[len(longest) // 2]
    if not typical:
        # The typical long line holds none of the frequent words: they are a menu's or its addresses'
        # parts, not the prose's function words (a Japanese page's "https", "jp", "id"), and zero
        # thresholds would call every long line prose. Judged by shape.
        return None
    scale = min(1.0, typical / 0.4)
    return (_THRESHOLDS[0] * scale, _THRESHOLDS[1] * scale, _THRESHOLDS[2] * scale)


def _bracketed(ln: Line) -> bool:
    """Whether the line is one bracketed text of three words or more (``textutil.one_bracketed``)."""
    return ln.words >= 3 and one_bracketed(ln.text)


def _bracketed_alts(lines: list[Line]) -> None:
    """Mark as caption the lines that are one bracketed text of three words or more, on a page that has
    TEXT_BRACKETED_ALTS of them or more: a converter that prints each picture's alt text or caption in
    brackets (pandoc: "[Then-nominee Donald Trump speaks at a rally …]"). A page's one or two such lines
    are its own ("[Editor's note: …]") and stay."""
    marks = [ln for ln in lines if ln.reason is None and ln.text[:1] == "[" and _bracketed(ln)]
    if len(marks) >= settings.TEXT_BRACKETED_ALTS:
        for ln in marks:
            ln.reason = reasons.CAPTION


def _alt_texts(lines: list[Line]) -> None:
    """Mark as caption a picture's alt text that a text browser printed over the caption repeating it with
    its credit (``textutil.repeats_alt``: "… ate a rabbit" / "… ate a rabbitCredit: Getty"; lynx, w3m), the
    caption one the lexicon knows. On the dev dumps of six converters (2026-12-01) 61 lines stood over a
    caption that opens with them, one of them article text (a standfirst a caption repeats); alt texts of
    TEXT_ALT_CAPTION_WORDS words or more, as in the title search (``text_title._alt_caption``)."""
    least = settings.TEXT_ALT_CAPTION_WORDS
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        if below.reason == reasons.CAPTION and lines[i].reason is None and lines[i].words >= least \
                and repeats_alt(lines[i].text, below.text):
            lines[i].reason = reasons.CAPTION


# A price that links, and a few words with it ("$3.00 from AmazonSHOP", "£79.99, Lakeland", "ab 49,99 €
# bei Otto"): a product's buy link inside a buying guide or a review, between its paragraphs, not a
# menu or a list of other stories. (Only converters that mark links see it as one: a plain dump
# prints it as a short line.)
_PRICE_LINK_WORDS = settings.TEXT_PRICE_LINK_WORDS
_PRICE = re.compile(f"[{CURRENCY_SIGNS}]" + r"\s?\d|\d(?:[.,]\d\d)?\s?(?:[" + CURRENCY_SIGNS + r"]|EUR\b|USD\b)")


def _priced(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` holds a price, or stands under a price alone ("£205" / "[240]Buy now")."""
    return bool(_PRICE.search(lines[i].text)) or i > 0 and lines[i - 1].words == 0 and bool(_PRICE.search(lines[i - 1].text))


@functools.lru_cache(maxsize=32768)
def _language_features(t: str, lang: str) -> tuple[int, int, float, bool, bool, str | None]:
    return _text_features(t, STOPWORDS[lang])


def clear_caches() -> None:
    """Forget remembered per-line answers (the lexicon's and the line features'), e.g. to time cold runs."""
    _language_features.cache_clear()
    from . import text_fields  # (the metadata search's word keys, and text_memo's shared answers)

    text_fields.clear_caches()


def _text_features(t: str, stop: frozenset[str] | None) -> tuple[int, int, float, bool, bool, str | None]:
    """(words, chars, function-word density, ends a sentence, headline-shaped, lexicon/structure
    reason) of one line's text."""
    chars = len(t)
    toks = tokens(t)
    words = len(toks)
    if not t.isascii() and _CJK.search(t):
        cjk = len(_CJK.findall(t))
        if cjk > 0.3 * chars:
            # Scripts written without spaces: count characters, weighted to alphabetic lengths.
            words = max(words, cjk // 2)
            chars += 2 * cjk
    sw = 0.0
    if toks:
        if stop is not None:
            sw = sum(map(stop.__contains__, toks)) / len(toks)
        else:
            sw = max(function_word_counts(toks).values()) / len(toks)
    sentence = is_sentence(t)
    reason = phrase_reason(t) or text_structural_reason(t) or _text_reason(t, words, sentence)
    if reason is None and len(t) > settings.LEXICON_MAX_BLOCK:
        reason = _notice_reason(t)
    if reason is None and len(t) >= 2 * _ALT_MIN and repeated_alt(t):
        reason = reasons.CAPTION  # an image's alt text a text browser printed once per source
    return words, chars, sw, sentence, is_headline_like(t), reason


def _notice_reason(t: str) -> str | None:
    """The lexicon's reason for a line too long for it, judged by its opening: a consent layer's
    explanation, a cookie banner's paragraph or a comment section's rules run to 800 characters on
    one line of a dump, and their first sentences say what they are ("Um eingebettete Inhalte
    anzuzeigen, ist deine Einwilligung …", "These cookies are necessary for the website …")."""
    return phrase_reason(t[:settings.LEXICON_MAX_BLOCK].rsplit(" ", 1)[0])


def _text_reason(t: str, words: int, sentence: bool) -> str | None:
    """Rules that need the text-dump view of a line (separators, "About <blog>" boxes, date stamps)."""
    if words <= 8:
        if is_dateline(t):
            return reasons.DATELINE
        if has_byline_prefix(t) and looks_like_byline(t):
            return reasons.BYLINE
    if not sentence and _SEPARATOR_CHAR.search(t) and len(_SEPARATORS.findall(t)) >= 2:
        return reasons.NAV
    if words <= 6 and not sentence and _ABOUT.match(t) and title_case_share(t) >= 0.6:
        return reasons.SITE_FURNITURE
    return None


# Function-word density thresholds (good, near, near-if-sentence) for the supported languages.
_THRESHOLDS = settings.TEXT_DENSITY_THRESHOLDS
# Chinese and Japanese put no space after a full stop: one with text right after it ends a sentence
# inside the line. (Not "！" or "？": menus hold them inside their items, "日刊！ポケモン".)
_INNER_FULL_STOP = lazy_compile(r"。[」』）]?[^\s」』）]")
_INNER_SENTENCE = lazy_compile(r"[.!?。][\"”’»)]?\s+\S")  # (for pages judged by shape alone)


def _classify(ln: Line, th: tuple[float, float, float] | None) -> str:
    """good / near / short / bad for one line; ``th`` None judges by shape alone."""
    if ln.reason:
        return "bad"
    if ln.words < 4 or ln.chars < 20:
        return "short"
    if ln.link_share > 0.5:
        return "bad"
    if ln.headline and not ln.sentence and title_case_share(ln.text) >= 0.6:
        return "short"  # a Title Case line is a heading (or a teaser), never running prose
    if th is not None:
        hi, mid, lo = th
        if ln.sw >= hi and ln.chars >= 120:
            return "good"
        if ln.sw >= mid and (ln.sentence or ln.chars >= 80):
            return "near" if ln.chars < 120 else "good"
        if ln.sw >= lo and ln.sentence and ln.words >= 6:
            return "near"
        if ln.chars <= len(ln.text):
            return "bad"
        # A line in a script written without spaces (Japanese, Chinese: its characters were counted
        # in, so ``chars`` exceeds its length) has no words to count function words in, only the
        # phrases between its punctuation; the page's frequent words (often a menu's or an address's
        # parts) say nothing of it. What density did not call prose is judged by shape.
    # Judged by length and sentence punctuation only.
    if ln.chars >= settings.TEXT_SHAPE_PARAGRAPH_CHARS and (ln.sentence or _INNER_SENTENCE.search(ln.text)):
        return "good"
    if ln.sentence and ln.words >= 4:
        return "near"
    if unspaced_paragraph(ln) and _INNER_FULL_STOP.search(ln.text):
        return "near"  # a paragraph a converter cut at a link, or a headline of two clauses
    return "short" if ln.headline else "bad"


def unspaced_paragraph(ln: Line) -> bool:
    """Whether a line is a paragraph's length in a script written without spaces: its characters were
    counted in (``_text_features``), so ``chars`` exceeds its length."""
    return ln.chars >= settings.TEXT_SHAPE_PARAGRAPH_CHARS and ln.chars > len(ln.text)


# Weights of the region search (see ``_score``): prose earns by length, furniture costs. Lines
# with a lexicon reason cost most, except inline media residue (captions, player labels, embeds that
# did not load: a run of placeholders for posts), which sits between the paragraphs of an article.
_W = settings.TEXT_REGION_WEIGHTS
_INLINE_REASONS = frozenset({reasons.CAPTION, reasons.VIDEO_PLAYER, reasons.EMBED_PLACEHOLDER})


def _score(ln: Line) -> float:
    """A line's contribution to the article region: prose positive, furniture negative. A line of
    symbols alone (a divider, an image a converter drew in block characters) costs nothing: a picture
    drawn as forty lines of "▄" inside an article is one picture, not forty pieces of furniture."""
    if ln.cls == "good":
        return _W["good0"] + min(ln.chars, 600) / 100 * _W["good_per100"]
    if ln.cls == "near":
        return _W["near0"] + ln.chars / 100 * _W["near_per100"]
    if ln.cls == "short":
        return -_W["short_head"] if ln.headline or ln.sentence else -_W["short"]
    if ln.reason:
        if ln.words == 0 and _symbols_only(ln.text):
            return 0.0
        if ln.reason == reasons.CAPTION and ln.text[:1] == "[" and _bracketed(ln):
            return 0.0  # (a picture's alt text in brackets, _bracketed_alts: the picture costs nothing, as
            # a text browser's image mark costs nothing, read out of the line)
        if ln.words == 0 and ln.reason == reasons.SITE_FURNITURE and (_CELL.match(ln.text) or _LINK_NUMBER.match(ln.text)):
            # A number on a line of its own: a table's cell, as dumps print tables; or a text browser's
            # link number with no text after it, an image that links (a photo in the article, a teaser's
            # picture), inline media residue like a caption.
            return -_W["inline_reason"]
        return -_W["inline_reason"] if ln.reason in _INLINE_REASONS else -_W["reason"]
    if ln.headline:
        return -_W["bad_head"]
    return -_W["bad0"] - min(ln.chars, 300) / 100 * _W["bad_per100"]


# A table's cell printed on a line of its own: a number (a decimal, a percentage, a footnote star, a
# price: "£205" over a product's buy button), not a date or a time ("29.11.2024", "0:00"), which are stamps.
_CELL = re.compile(f"^[{CURRENCY_SIGNS}]?" + r"\s?[-+]?\d[\d ]{0,8}(?:[.,]\d+)?\s*[%*€]?$")
_LINK_NUMBER = re.compile("^" + LINK_NUMBER + "$")


def _symbols_only(text: str) -> bool:
    """Whether a line holds no letter or digit at all (rules, bullets, block-character drawings)."""
    return not any(c.isalnum() for c in text)


def _transparent(ln: Line, labels: dict[str, int]) -> bool:
    """Lines the prose test looks through: symbols alone, inline media residue, and the tiny labels a
    layout prints between the article's paragraphs ("Article content", "Story continues")."""
    if ln.cls in _PROSE:
        return False
    return ln.words == 0 and _symbols_only(ln.text) or ln.reason in _INLINE_REASONS or (
        labels.get(ln.text, 0) >= settings.TEXT_LABEL["repeats"])


def _locate(lines: list[Line], th: tuple[float, float, float] | None) -> tuple[int, int, float]:
    """Classify and score every line, then find the article's region."""
    for ln in lines:
        ln.cls = _classify(ln, th)
        ln.score = _score(ln)
    _quoted_posts(lines)
    _teaser_cards(lines)
    _damp_after_article(lines)
    return best_region([ln.score for ln in lines])


def _card_title(ln: Line) -> bool:
    """Whether a line can be a card's title: short, not prose, no sentence, no label over a list."""
    return ln.cls not in _PROSE and not ln.sentence and 1 <= ln.words <= 15 and not ln.reason and ln.text[-1:] != ":"


def _card_blurb(ln: Line) -> bool:
    """Whether a line can be a card's blurb: one prose paragraph that starts a sentence (not the rest of
    a sentence a converter cut at a link: "@handle on Twitter.")."""
    return ln.cls in _PROSE and not ln.post and not (ln.text[:1].islower() or ln.text[:1] in "@,;.")


def _card_run(lines: list[Line], i: int) -> tuple[int, list[str], list[int]]:
    """The run of cards from line ``i``: its end, its titles and its blurbs' lengths. A card without a
    title (a picture stood for it) may stand between two titled ones."""
    n = len(lines)
    titles: list[str] = []
    blurbs: list[int] = []
    j = i
    while j + 1 < n:
        if _card_title(lines[j]) and _card_blurb(lines[j + 1]):
            titles.append(lines[j].text)
            blurbs.append(lines[j + 1].chars)
            j += 2
        elif titles and j + 2 < n and _card_blurb(lines[j]) and _card_title(lines[j + 1]) and _card_blurb(lines[j + 2]) \
                and _card_title(lines[j - 2]):
            blurbs.append(lines[j].chars)
            j += 1
        else:
            break
    return j, titles, blurbs


def card_lengths(blurbs: list[int]) -> tuple[float, float]:
    """The blurbs' mean length and spread (standard deviation over mean)."""
    mean = sum(blurbs) / len(blurbs)
    return mean, (sum((c - mean) ** 2 for c in blurbs) / len(blurbs)) ** 0.5 / mean


# Runs of line classes that can hold TEXT_TEASER_CARDS["min_pairs"] cards, compiled once.
_CARD_SPANS = re.compile(rf"np(?:p?np){{{int(settings.TEXT_TEASER_CARDS['min_pairs']) - 1},}}")


def _teaser_cards(lines: list[Line]) -> None:
    """Mark a directory of teaser cards (TEXT_TEASER_CARDS) as a related list: its blurbs are prose, but
    a run of distinct titles each over one short blurb trimmed to a template's length is a list of other
    stories or of the site's services, not the article (which can lose the region to it)."""
    lim = settings.TEXT_TEASER_CARDS
    # Runs of classes that can hold enough cards ("n" a line that is no prose, "p" prose), found at C speed
    # first: most pages have none, and the line-by-line test runs only inside them.
    codes = "".join(["p" if ln.cls in _PROSE else "n" for ln in lines])
    for m in _CARD_SPANS.finditer(codes):
        i = m.start()
        while i < m.end() - 1:
            if codes[i:i + 2] != "np":
                i += 1
                continue
            j, titles, blurbs = _card_run(lines, i)
            pairs = len(titles)
            if pairs < lim["min_pairs"]:
                i += 1
                continue
            mean, spread = card_lengths(blurbs)
            if mean <= lim["max_mean_chars"] and spread <= lim["max_spread"] and len(set(titles)) == pairs:
                for ln in lines[i:j]:
                    ln.reason, ln.cls, ln.score = reasons.RELATED_LIST, "bad", -_W["reason"]
            i = j


# A line that is only a handle ("@janedoe": the post answers someone) or only a link (the post's
# picture or link, "pic.example.com/Ab12"), inside a quoted post.
_LONE_HANDLE = re.compile(r"^@\w{1,30}$")
_BARE_LINK = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+$")
_POST_LINES = settings.TEXT_QUOTED_POST_LINES


def _quoted_posts(lines: list[Line]) -> None:
    """Mark the lines of social-media posts an article quotes (text, link, signature) as its content.

    The signature ("— Name (@handle) date") closes such a post; the post's lines above it, back to the
    article's paragraph before it or a line that introduces it ("… wrote:"), are the quote. They are
    part of the story (readers see the post in place), so they must neither be dropped as furniture nor
    cost the region as a widget would: they score no worse than inline media.
    """
    for k, ln in enumerate(lines):
        if not ln.signature:
            continue
        i = k
        while i > 0 and k - i < _POST_LINES and _post_line(lines[i - 1]):
            i -= 1
            if lines[i].text.endswith(":"):
                break
        for x in lines[i:k + 1]:
            x.post = True
            bare = x is ln or bool(_LONE_HANDLE.match(x.text) or _BARE_LINK.match(x.text))
            if x.reason is not None:
                x.reason, x.cls = None, "short"
            x.score = max(x.score, 0.0 if bare else -_W["inline_reason"])


def _post_line(ln: Line) -> bool:
    """Whether a line above a post's signature can be the post's own (not prose of the article, not furniture
    other than the post's handle or link)."""
    if ln.signature or ln.cls == "good":
        return False
    if ln.reason is None:
        return True
    return bool(_LONE_HANDLE.match(ln.text) or _BARE_LINK.match(ln.text))


def _damp_after_article(lines: list[Line]) -> None:
    """Readers' comments, author bios and teaser lists are prose too. Once, after a substantial amount
    of prose, a comment-thread header, an "About …" box or a related/newsletter header followed by
    headline-like lines appears, what comes after it counts for little (it can still be article text
    if strongly so). Only while a run of prose is still open, though, and only the prose of that run
    counts: a "Newsletter" link in a long menu below some promo blurbs closes no article, and teaser
    blurbs scattered among menus above the story are no article to close either; damping there would
    sink the story further down."""
    good_lines = good_chars = 0
    run = 0.0  # the region search's running sum: once it has fallen to zero, no prose run is open
    damp = settings.TEXT_DAMP_AFTER_ARTICLE
    # Short lines seen so far: one printed again and again above a box, between the article's
    # paragraphs, is a layout's label, which does not separate the paragraphs after the box either.
    labels: dict[str, int] = {}
    label_words = settings.TEXT_LABEL["max_words"]
    min_lines, min_chars = damp["min_good_lines"], damp["min_good_chars"]
    for i, ln in enumerate(lines):
        if ln.cls == "short" and ln.words <= label_words and not ln.sentence:
            labels[ln.text] = labels.get(ln.text, 0) + 1
        open_run = run > 0
        run += ln.score
        if not run > 0.0:
            run = 0.0  # (max(0.0, run), without the call)
        if not open_run:
            good_lines = good_chars = 0  # (prose counts only within the run still open: teasers above it do not)
        if ln.cls == "good":
            good_lines += 1
            good_chars += ln.chars
            continue
        if good_lines < min_lines or good_chars < min_chars or not open_run:
            continue
        if _is_about_box(ln) or len(ln.text.split()) >= 2 and ln.reason == reasons.COMMENT_FORM or (
            ln.reason in _END_KINDS and _teasers_follow(lines, i + 1) and not _prose_resumes(lines, i + 1, labels)
        ):
            for later in lines[i + 1:]:
                if later.score > 0:
                    later.score *= damp["factor"]
            return


def _is_about_box(ln: Line) -> bool:
    """An "About <blog>" / "About the author" header: what follows is a bio, not the article."""
    return ln.reason == reasons.SITE_FURNITURE and ln.words <= 6 and bool(_ABOUT_START.match(ln.text))


def _prose_resumes(lines: list[Line], i: int, labels: dict[str, int]) -> bool:
    """Whether two consecutive prose lines come soon after a box: the box sat inside the article.
    (Labels and ad slots a layout prints between every two paragraphs do not separate them.)"""
    prev = False
    left = 31  # lines looked at (the pair may end on the 31st); the ones looked through do not count
    for ln in lines[i:i + 2 * left]:
        if ln.cls in _PROSE:
            if prev:
                return True
            prev = True
        elif _transparent(ln, labels):
            continue
        else:
            prev = False
        left -= 1
        if not left:
            break
    return False


def _teasers_follow(lines: list[Line], i: int) -> bool:
    """Whether the lines after a header look like a list of other stories (headlines, bylines, stamps)."""
    listy = seen = 0
    for x in lines[i:i + 30]:
        if x.cls in _PROSE or seen == 4:
            break
        if x.words == 0 and _symbols_only(x.text):
            continue  # (a drawn picture or a divider is no teaser)
        seen += 1
        listy += not x.sentence
    return listy >= 2 or _teaser_pairs(lines, i) >= settings.TEXT_TEASER_PAIRS


def _teaser_pairs(lines: list[Line], i: int) -> int:
    """How many teasers of other stories follow from line ``i`` as headline and blurb pairs: a line
    that ends no sentence, then one prose paragraph, then the next headline (a list of stories with
    their summaries: "Related topics", "More on this")."""
    pairs = 0
    while i + 2 < len(lines) and pairs < settings.TEXT_TEASER_PAIRS:
        head, blurb, nxt = lines[i], lines[i + 1], lines[i + 2]
        if head.cls in _PROSE or head.sentence or head.words > 20 or blurb.cls not in _PROSE or nxt.cls in _PROSE:
            break
        pairs += 1
        i += 2
    return pairs


# --- 3. locate --------------------------------------------------------------------------------


def best_region(scores: list[float]) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of ``scores``: (start, end exclusive, sum)."""
    best = (0, 0, 0.0)
    start, acc = 0, 0.0
    for i, s in enumerate(scores):
        if acc <= 0:
            start, acc = i, 0.0
        acc += s
        if acc > best[2]:
            best = (start, i + 1, acc)
    return best


_PROSE = ("good", "near")


def _extend(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Grow the region over short gaps of widgets and boxes to prose on either side: a lead behind a
    share bar, the rest of an article behind a box of other stories. Prose counts if it is a long
    paragraph or a run of two paragraphs; after a box of other stories, a legal notice or date
    stamps only a run of two does, and it may lie further off. A comment thread's header or a long
    line stops the search."""
    n = len(lines)
    lim = settings.TEXT_EXTEND_LIMITS

    def is_prose(j: int) -> bool:
        return 0 <= j < n and lines[j].cls in _PROSE

    def gap_ok(ln: Line) -> bool:
        return ln.words <= lim["gap_line_words"] and ln.reason != reasons.COMMENT_FORM and not _is_about_box(ln)

    def strong(gap: list[Line]) -> bool:
        return any(ln.reason in _END_KINDS or ln.reason in (reasons.SITE_FURNITURE, reasons.DATELINE) for ln in gap)

    while True:
        j = start - 1
        while j >= 0 and start - j <= lim["back_gap"] and lines[j].cls not in _PROSE and gap_ok(lines[j]):
            j -= 1
        run = is_prose(j) and is_prose(j - 1)
        gap = lines[j + 1:start]
        if is_prose(j) and (run and len(gap) <= lim["back_run_gap"] or len(gap) <= lim["back_single_gap"] and (lines[j].cls == "good" or run)
                            and not (strong(gap) and not run)):
            start = j
            continue
        break
    while True:
        j = end
        while j < n and j - end < lim["forward_gap"] and lines[j].cls not in _PROSE and gap_ok(lines[j]):
            j += 1
        run = is_prose(j) and is_prose(j + 1)
        gap = lines[end:j]
        if len(gap) < lim["forward_gap"] and is_prose(j) and (run or lines[j].cls == "good" and not strong(gap)):
            end = j + 1
            while end < n and lines[end].cls in _PROSE:
                end += 1
            continue
        break
    return start, _appended_article(lines, start, end)




def _header_key(ln: Line) -> str | None:
    """A short non-prose line's shape with its numbers blanked ("Published 00.00.0000 - 00:00"), or
    None for lines that cannot be part of an article's header template."""
    if ln.cls in _PROSE or not 2 <= len(ln.text.split()) <= 8 or len(ln.text) > 60 or ln.reason not in _HEADER_REASONS:
        return None
    return DIGIT.sub("0", ln.text.casefold())


# Lines of a header template: plain labels, bylines and publication stamps (not widgets and
# placeholders, which repeat inside one story).
_HEADER_REASONS = reasons.HEADER | {None}


def _is_stamp(ln: Line) -> bool:
    """A publication stamp: a short line holding a date."""
    return bool(DIGIT.search(ln.text)) and _search_date(ln.text) is not None


def _appended_article(lines: list[Line], start: int, end: int) -> int:
    """Where a second article appended below the first (an infinite-scroll page) begins, else ``end``.

    Each story of such a page comes with the site's header template: its publication stamp, a
    summary label, a "show more" toggle. When, after some paragraphs, two lines of the first
    story's header come again close together, one of them a stamp (with a number in it), the next
    story has begun: the region ends before it, with the next story's headline and lead.
    """
    lim = settings.TEXT_APPENDED_ARTICLE
    head: dict[str, int] = {}
    good = 0
    i = max(0, start - lim["head_before"])
    # The header: the lines above the story's first paragraphs.
    while i < min(end, start + lim["head_lines"]) and good < lim["min_good"]:
        key = _header_key(lines[i])
        if key is not None:
            head.setdefault(key, i)
        good += lines[i].cls == "good"
        i += 1
    if len(head) < 2:
        return end
    good = 0
    last_head = max(head.values())
    for i in range(last_head + 1, end):
        good += lines[i].cls == "good"
        key = _header_key(lines[i])
        if key not in head or good < lim["min_good"]:
            continue
        window = [ln for ln in lines[i:min(end, i + lim["window"])] if _header_key(ln) in head]
        if len({_header_key(ln) for ln in window}) < 2 or not any(map(_is_stamp, window)):
            continue
        cut = i
        while cut > last_head and lines[cut - 1].cls not in _PROSE:
            cut -= 1
        # The next story's lead (one paragraph between its headline and its header) goes with it.
        if lines[cut - 1].cls in _PROSE and lines[cut - 2].cls not in _PROSE and cut - 2 > last_head:
            cut -= 2
            while cut > last_head and lines[cut - 1].cls not in _PROSE:
                cut -= 1
        return cut
    return end
