"""Block rules shared by the HTML and plain-text paths.

A *block* is one unit of page text: a line or blank-line paragraph of a text dump, or one block
element of an HTML page. ``block_reason`` says why a single block is boilerplate (lexicon phrases
plus structural rules that need no context); the text path adds context (neighbours, position
relative to the article) on top. The language helpers use compact lists of the most frequent
function words of each supported language: function-word density is the strongest single
signal that a block is running prose rather than navigation, teasers or widgets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import reasons, settings
from .dates import MONTH_PATTERN, WEEKDAY_PATTERN, is_ago_stamp
from .lazy_regex import lazy_compile
from .lexicon import phrase_reason
from .lexicon_sentences import (
    SOURCES_LABEL,
    TAIL_BIO,
    TAIL_COMPANY,
    TAIL_CREDIT,
    TAIL_NOTICE,
    TAIL_PROMO,
    TAIL_SYNDICATED,
)
from .lexicon_words import (
    AGENCIES,
    CREDIT_LABELS,
    CREDIT_LABELS_CJK,
    LEGAL_PHRASES,
    LEGAL_WORDS,
    PHOTO_AGENCIES,
)
from .textutil import HASHTAG_LEAD as _HASHTAG_LEAD
from .textutil import ends_sentence
from .textutil import has_any as _has_any


@dataclass
class Block:
    """One unit of page text, with what the source format knows about it."""

    text: str
    link_density: float = 0.0  # share of the text inside links (HTML); 0.0 for text
    position: float = 0.0  # 0..1 position within the document


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ~60-100 most frequent function words per language, written out by hand.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _wordset(
        "the of and to a in is that for it as was with on be by he his at are from this have an not or "
        "but they had has which were their we been its who she her will would there more said says one "
        "all can also after than about when out into up what them other over new could him if so these "
        "those no our you i some while because only most should may just do such first last both where "
        "between being against during since under before through"
    ),
    "de": _wordset(
        "der die das und in zu den von mit ist des sich nicht auf für im dem ein eine es als auch an er "
        "hat wie bei aus nach so sie wird noch dass einer werden um am sind oder aber vor zur bis mehr "
        "durch man sein wurde haben kann gegen vom schon wenn nur seine ihre ihr zum wir war über unter "
        "dieser diese dieses einen einem eines ich keine wieder jetzt habe hatte sei"
    ),
    "fr": _wordset(
        "le la les de des du un une et en à est que qui dans pour pas sur au ne il elle se ce plus par "
        "avec sont ont a été aux son sa ses leur leurs mais ou comme nous vous ils elles on cette ces y "
        "être fait tout aussi dont lors entre depuis sans sous très peut deux selon après avant où si "
        "même encore avait était"
    ),
    "es": _wordset(
        "el la los las de del y en a que es un una por con no se su sus para al lo como más pero o este "
        "esta ha son fue ya entre también sin sobre le les muy hay desde todo nos durante cuando era "
        "ser dos hasta donde porque está están tiene han sido según me mi yo ni otro otra esto eso "
        "cual"
    ),
    "it": _wordset(
        "il lo la i gli le di del della dei delle e è in a da che un una per con non si su al alla sono "
        "come più ma anche ha o ci nel nella questo questa dal dalla gli ad loro suo sua suoi essere "
        "stato stata tra fra hanno era quando dopo sulla sul se già molto tutto tutti cui mentre "
        "perché"
    ),
    "pt": _wordset(
        "o a os as de do da dos das e em um uma que é para com não por se no na nos nas ao à mais como "
        "mas foi ou ser seu sua seus suas pelo pela são está ele ela eles entre também já sobre quando "
        "muito há até isso esse essa este esta depois sem tem ter foram pode porque onde disse"
    ),
    "ru": _wordset(
        "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её "
        "мне было вот от меня еще ещё нет о из ему теперь когда даже ну ли если уже или ни быть был была "
        "были него до вас нибудь там потом себя ничего ей может они тут где есть надо для мы тебя их чем "
        "сам без будет это этого этом также при после который которые которая года"
    ),
    "uk": _wordset(
        "і й та в у на з із зі що не як до за від по але це а про для він вона вони ми ви його її їх "
        "був була було були є буде так же які який яка яке також вже ще або чи коли після під над між "
        "через щоб лише тому якщо цього цей ця ці році року може без при своє свої його неї"
    ),
}

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# The same for ASCII text, where a letter is [A-Za-z] (and "’" cannot occur): a plain range is about
# twice as fast to test as the negated Unicode class, and most dumps' lines are ASCII.
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

# A credit closing a block makes the block a caption: "... (Photo by X/AFP via Getty Images)© Provided by Y".
_LABELS = "|".join(CREDIT_LABELS)
_CREDIT_WORD = re.compile(r"\b(" + _LABELS + r")s?\b")
_AGENCIES = frozenset(AGENCIES)
_COPYRIGHT_TAIL = re.compile(r"©[^.!?]{0,80}$")
# ("…im StadionBild: A. Name/dpa": a converter glues the "Bild:" label to the caption's last word.)
_LABEL_TAIL = re.compile(r"(\b(" + _LABELS + r")s?\s*(:|by)|bild\s*:)\s*[^.!?]{1,60}$")
# A caption's credit in brackets at its end, as Korean, Japanese and Chinese sites print it
# ("[사진 = 연합뉴스]", "（写真：ロイター）", "（图片来源：新华社）").
_CJK_CREDIT = lazy_compile(r"[\[(（【]\s*(?:" + "|".join(CREDIT_LABELS_CJK) + r")\s*(?:출처|提供|来源|來源)?\s*[=:：/／]"
                         r"[^\])）】]{1,40}[\])）】]\W*$")
# A news-agency caption without its credit: what the photo shows, then the weekday and the full date
# set off by commas (", Sunday, Nov. 17, 2019, in Las Vegas"); article prose says "on Sunday".
_CAPTION_DAY = lazy_compile(r", (?:" + WEEKDAY_PATTERN + r"), (?:" + MONTH_PATTERN + r")\.? \d{1,2}(?:st|nd|rd|th)?, "
                            r"(?:19|20)\d\d\b", re.I)
# A credit standing alone after a caption's last sentence: "… in Kyiv. Getty Images", "… Unsplash/Jane Doe".
_SOURCE_TAIL = re.compile(r"[.!?]\s+(ap photo|" + "|".join(AGENCIES + PHOTO_AGENCIES) + r")(\s*/\s*[^.!?/]{1,40})?$")
_AGENCY_TAIL = re.compile(r"/\s*(" + "|".join(AGENCIES + PHOTO_AGENCIES) + r"|[^\W\d_][\w ]{0,20} images)$")
_TRAILING = " \t.,;:!?\u00a0"


def _dated_caption(t: str) -> bool:
    """A caption that lost its credit but keeps an agency's weekday-and-date clause (a longer block:
    a short one with a date is a dateline), or one closed by a bracketed East Asian credit."""
    if (", 19" in t or ", 20" in t) and t.count(", ") >= 3 and len(t.split()) > 8:  # (", 2019" is needed)
        m = _CAPTION_DAY.search(t)
        if m is not None and m.start() >= settings.CAPTION_DAY_MIN_LEAD:
            return True  # (what the photo shows comes first: a stamp opening with its time is a dateline)
    return not t.isascii() and _has_any(t, CREDIT_LABELS_CJK) and bool(_CJK_CREDIT.search(t))


def _credit_tail(low: str) -> bool:
    """Whether a lower-cased block ends with an image credit (tested from the end, cheaply)."""
    tail = low[-200:].rstrip(_TRAILING)
    if tail.endswith(")"):
        j = tail.rfind("(")
        inner = tail[j + 1:-1].strip() if j >= 0 else ""
        if inner in _AGENCIES or (len(inner) <= 140 and _CREDIT_WORD.search(inner)):
            return True
        if "/" in inner and len(inner) <= 60 and _AGENCY_TAIL.search(inner):
            return True  # "(Jane Doe/Reuters)"
    if "©" in tail[-100:] and _COPYRIGHT_TAIL.search(tail):
        return True
    if "via getty images" in tail[-60:]:
        return True
    if "/" in tail[-40:] and _AGENCY_TAIL.search(tail):
        return True
    if _SOURCE_TAIL.search(tail[-70:]):
        return True
    return (":" in tail[-70:] or " by " in tail[-70:]) and bool(_LABEL_TAIL.search(tail[-80:]))


# Contact boxes: a phone/fax/e-mail label followed by a number or address; article prose has none.
_CONTACT = re.compile(
    r"\b(telephone|phone|tel|fax|e-?mail|telefon|téléphone|teléfono|telefone|telefono|телефон)\s*(no\.?\s*)?:"
    r"\s*[+*(\d\w.-]*[\d@]",
    re.I,
)
# A substring of each of _CONTACT's labels, lower-cased: a cheap pre-test.
_CONTACT_WORDS = ("tel", "tél", "phone", "fax", "mail", "телефон")
# Copyright and trademark notices, however long.
_LEGAL_OPENERS = ("©", r"\(c\)\s", r"copyright\b")
_LEGAL_START = re.compile("^(" + "|".join(_LEGAL_OPENERS) + ")", re.I)
# (The characters a match of _LEGAL_START can open with, in either case, read off its openers: a cheap
# pre-test.)
_LEGAL_FIRST = frozenset(c for o in _LEGAL_OPENERS for c in (o.lstrip("\\")[0].lower(), o.lstrip("\\")[0].upper()))
_LEGAL_PHRASE = re.compile("|".join(map(re.escape, LEGAL_PHRASES)))
# Caption openers of news agencies: "In this Dec. 12, 2006, file photo, …", "This undated image shows …".
_CAPTION_START = re.compile(
    r"^(in this|this)\b.{0,60}?\b(photo|image|picture|photograph|handout|screenshot|screen grab|video grab|"
    r"still|file photo)s?\b[^.]{0,40}?(,|\b(shows?|taken|provided|released|made available|obtained)\b)",
    re.I,
)
# Who is where in a photo: ", left, and …", "(center)", "second from right" — caption language.
_CAPTION_POSITION = re.compile(
    r",\s(left|right|center|centre|top|bottom|second from (left|right)|front|rear|foreground|background),"
    r"|\((left|right|center|centre|l-r|r-l)\)|\b(from (left|right)|second (left|right))\s*[:,]",
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,|]*){2,}$", re.UNICODE)
# No letters at all, or a bare number among punctuation: one expression, one call per block.
_NO_WORDS = re.compile(r"^(?:[^\w]*|[\W_]*\d[\d.,:]*[\W_]*)$")
_UPPER_START = re.compile(r"^[\W_]*[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ0-9]")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters only) of ``text``."""
    low = text.lower()
    return (_ASCII_TOKEN if low.isascii() else _TOKEN).findall(low)


# word -> the languages it is a function word of, so a text is scanned once for all languages.
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)


def function_word_counts(words: list[str]) -> dict[str, int]:
    """Function-word hits of ``words`` per supported language."""
    counts = dict.fromkeys(STOPWORDS, 0)
    # (Each distinct word once: a page's words repeat, and Counter counts in C; and only the function
    # words among them, found by a set intersection in C, not a lookup per distinct word.)
    seen = Counter(words)
    for w in seen.keys() & _LANGS_OF.keys():
        n = seen[w]
        for lang in _LANGS_OF[w]:
            counts[lang] += n
    return counts


def guess_language(text: str) -> str | None:
    """The supported language whose function words ``text`` uses most, or None if unclear."""
    return language_of_words(tokens(text))


def language_of_words(words: list[str], counts: dict[str, int] | None = None) -> str | None:
    """``guess_language`` for text already split into lower-case words (``counts``: their
    ``function_word_counts`` if the caller has them)."""
    if len(words) < 5:
        return None
    if counts is None:
        counts = function_word_counts(words)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, n), (_, second) = ranked[0], ranked[1]
    if n < 3 or n < 1.2 * second:
        return None
    return best


def is_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (terminal punctuation, optional closing quote)."""
    return ends_sentence(text)


def is_headline_like(text: str) -> bool:
    """A short line shaped like a headline: 2-20 words, starts upper-case, no sentence ending.

    Title-case lines and sentence-case lines without a final full stop both qualify; lists of such
    lines are how teasers of other stories look in a page dump.
    """
    t = text.strip()
    if len(t) > 400:
        return False
    if t.startswith("#"):
        t = _HASHTAG_LEAD.sub("", t)
    if len(t) > 160 or not 2 <= len(t.split()) <= 20:
        return False
    if t.endswith((".", ",", ";", ":")):
        return False
    return bool(_UPPER_START.match(t))


def title_case_share(text: str) -> float:
    """Share of alphabetic words that start upper-case (headline/menus score high, prose low)."""
    # (The alphabetic first letters, counted upper-case by a C-level map: split never gives "".)
    alpha = [w[0] for w in text.split() if w[0].isalpha()]
    if not alpha:
        return 0.0
    return sum(map(str.isupper, alpha)) / len(alpha)


def is_time_stamp(text: str) -> bool:
    """A relative time stamp, possibly glued to a category ("Lifestyle2 months ago")."""
    return is_ago_stamp(text)


_POSITION_WORDS = ("left", "right", "cent", "top,", "bottom,", "front,", "rear,", "ground,")


def structural_reason(block: Block) -> str | None:
    """Context-free structural rules (no lexicon): stamps, bare links, counters, hashtag runs,
    credits, legal and contact notices, and link-dense blocks."""
    reason = text_structural_reason(block.text)
    dense = settings.LINK_DENSE_BLOCK
    if reason is None and block.link_density >= dense["min_link_density"] and len(block.text.split()) <= dense["max_words"]:
        return reasons.NAV if block.position < dense["nav_position"] else reasons.RELATED_LIST
    return reason


def text_structural_reason(text: str) -> str | None:
    """The structural rules that need only the block's text."""
    t = text.strip()
    if not t[:1].isalpha() and _NO_WORDS.match(t):  # (a block opening with a letter has words)
        return reasons.SITE_FURNITURE
    low = t.lower()
    # Cheap substring tests guard the costlier expressions: most blocks are prose that passes them all.
    if len(t) <= 60 and is_ago_stamp(t):
        return reasons.RELATED_LIST
    if low.startswith(("http", "www.")) and _URL.match(t):
        return reasons.NAV
    if t[:1] in _LEGAL_FIRST and _LEGAL_START.match(t) or _has_any(low, LEGAL_WORDS) and _LEGAL_PHRASE.search(low):
        return reasons.SITE_FURNITURE
    if ":" in t and len(t) <= 1200 and _has_any(low, _CONTACT_WORDS) and _CONTACT.search(t):
        return reasons.SITE_FURNITURE
    if _credit_tail(low) or _dated_caption(t):
        return reasons.CAPTION
    if low.startswith(("in this", "this")) and _CAPTION_START.match(t):
        return reasons.CAPTION
    if len(t) <= 500 and _has_any(low, _POSITION_WORDS) and _CAPTION_POSITION.search(low):
        return reasons.CAPTION
    if t.startswith("#") and _HASHTAGS.match(t):
        return reasons.SITE_FURNITURE
    return None


def block_reason(block: Block) -> str | None:
    """The reason this single block is boilerplate (lexicon, then structural rules), else None."""
    return phrase_reason(block.text) or structural_reason(block)


def is_sources_label(text: str) -> bool:
    """The label over a list of sources closing a story ("Sources:", "Verwendete Quellen", "Fuentes")."""
    return len(text.split()) <= 3 and text[:1].isalpha() and SOURCES_LABEL.match(text) is not None


def is_citation_list(texts: list[str]) -> bool:
    """Whether the blocks under a sources label are a list of citations: every one short (at most 40
    words) and at most a third ending like sentences (citations end with a date or a title, a story's
    paragraphs with a full stop)."""
    return bool(texts) and all(len(x.split()) <= 40 for x in texts) and \
        3 * sum(is_sentence(x) for x in texts) <= len(texts)


def sources_list_start(closing: list[str]) -> int | None:
    """Where a list of sources closing a story begins in ``closing`` (the story's blocks, in order): at
    its label among the last SOURCES_LIST_MAX blocks, with at least two blocks of the story above it,
    when what follows the label is a list of citations. None when there is no such list. (The HTML
    path's walk; the text path walks its lines, whose label may be one it did not keep.)"""
    for i in range(len(closing) - 1, max(1, len(closing) - settings.SOURCES_LIST_MAX) - 1, -1):
        if is_sources_label(closing[i]):
            return i if i > 1 and is_citation_list(closing[i + 1:]) else None
    return None


def closing_reason(text: str) -> str | None:
    """Why a paragraph that closes an article's text is not part of it, else None (both paths pop
    such paragraphs from the end): a line promoting the author or the site, or about the writer
    ("Follow her on X @jane", "Jane Doe covers politics for …"); a disclaimer or citation note; a wire
    credit ("Reporting by …; Editing by …"); a note that the story first ran elsewhere; the company's
    standard description closing a press release ("Acme is a leading provider of …")."""
    if (TAIL_PROMO.search(text) or TAIL_BIO.match(text)) and len(text) < 600:
        return reasons.AUTHOR_BIO
    if TAIL_NOTICE.match(text):
        return reasons.SITE_FURNITURE
    if len(text) < 400 and TAIL_CREDIT.search(text):
        return reasons.BYLINE
    if len(text) < 300 and TAIL_SYNDICATED.match(text):
        return reasons.PROMO
    if len(text) < 800 and text[:1].isupper() and TAIL_COMPANY.match(text):
        return reasons.SITE_FURNITURE  # the company's standard description closing a press release
    return None
