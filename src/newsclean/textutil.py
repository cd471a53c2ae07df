"""Small text primitives the extractors share: white space, CJK characters, sentence ends, word keys.

One home for each, so that the HTML path, the text path and the classifiers agree on what a sentence
end or a repeated line is.
"""

from __future__ import annotations

import re

from . import settings
from .lazy_regex import lazy_compile

# Horizontal white space of any kind (tabs, form feeds, no-break, thin and ideographic spaces,
# zero-width marks): what both paths collapse to one space inside a line or block.
WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# Kana, CJK ideographs and Hangul, as class bodies (callers add neighbouring scripts); of them, Chinese
# and Japanese are written without spaces between words.
# Hangul syllables: written with spaces between words, unlike Chinese and Japanese.
HANGUL_CHARS = "\uac00-\ud7af"
HANGUL = lazy_compile(f"[{HANGUL_CHARS}]", below=HANGUL_CHARS[0])  # (compiled only for a text that may hold one)
# Kana and CJK ideographs: Japanese and Chinese, written without spaces between words (Hangul aside).
UNSPACED_CHARS = "\u3040-\u30ff\u3400-\u9fff"
UNSPACED = lazy_compile(f"[{UNSPACED_CHARS}]", below=UNSPACED_CHARS[0])
CJK_CHARS = UNSPACED_CHARS + HANGUL_CHARS
CJK = lazy_compile(f"[{CJK_CHARS}]", below=CJK_CHARS[0])
# The other scripts without case, as class bodies: Hebrew, Arabic and the scripts beside them (Syriac,
# Thaana, N'Ko, Samaritan, Mandaic), Devanagari, Thai and Lao, Hangul's jamo. Those written with spaces
# between words (a run of their words is a sentence, not a menu), and every caseless script (a name
# written in one has no capitals), Thai and Lao written without spaces as Chinese and Japanese are.
RTL_CHARS = "\u0590-\u08ff"
THAI_LAO_CHARS = "\u0e00-\u0eff"
SPACED_CASELESS_CHARS = RTL_CHARS + "\u0900-\u097f\u1100-\u11ff" + HANGUL_CHARS
CASELESS_BELOW_CJK = SPACED_CASELESS_CHARS[:-len(HANGUL_CHARS)] + THAI_LAO_CHARS  # (all below CJK_CHARS[0])
CASELESS_CHARS = CASELESS_BELOW_CJK + CJK_CHARS
# A capital letter, as a character class: Latin (ASCII and Latin-1's "À" to "Þ") and, in CAPITAL, the
# Cyrillic capitals of Russian and Ukrainian; the name rules read a capitalised word by them.
LATIN_CAPITAL = "[A-ZÀ-Þ]"
CAPITAL = "[A-ZÀ-ÞА-ЯЁІЇЄҐ]"
# Closing quotes and brackets, which may follow a sentence's final punctuation.
CLOSERS = "'\"’”»)]"
SENTENCE_ENDS = (".", "!", "?", "…", "。")
_ENDS = frozenset(SENTENCE_ENDS)
PLAIN_ENDS = frozenset(SENTENCE_ENDS[:-1])  # without the ideographic full stop
# Between a headline and the site's name (or section) on a title line: a spaced bar, dash, colon or
# bullet, or a bar ("Headline | Site", "Site - Headline"). The HTML path adds the separators a <title>
# uses beside these (metadata._TITLE_SEP); a text dump's first line may be a menu or breadcrumb, where those
# would split words that belong together.
# The bar in its full-width form ("見出し｜サイト名") separates as the ASCII bar does, spaced or not.
TITLE_SEP_PATTERN = r"\s+[|–—:-]\s+|\s*[|｜]\s*|\s+[·•»]\s+"
TITLE_SEP = re.compile(TITLE_SEP_PATTERN)
# A title's separators in their full-width forms, which CJK titles write without spaces ("見出し：朝日新聞
# デジタル", "見出し｜サイト名"). The full-width colon also joins a kicker to its headline ("…を比較して
# みた：さらば平成…"), so it cuts a title only where the cut is tested against something else: a site's
# name at the title's end (metadata), the texts a page line may repeat (text_fields), never the title
# itself. One home for both paths.
WIDE_SEPS = "：｜"
WIDE_TITLE_SEP = re.compile(rf"\s*[{WIDE_SEPS}]\s*")
# Hashtags a social-media style title starts with ("#Politics #Vote | Headline").
HASHTAG_LEAD = re.compile(r"^(?:#\w+[\s,]*)+\|?\s*", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_ASCII_WORD = re.compile(r"\w+", re.ASCII)  # (the same words in ASCII text, found faster)
# Any digit: the cheap gate before a date or number search (one pattern for every module).
DIGIT = re.compile(r"\d")


def ends_sentence(text: str, *, ideographic: bool = True) -> bool:
    """Whether ``text`` ends like a sentence: final punctuation, closing quotes and brackets aside.

    ``ideographic=False`` does not count the ideographic full stop "。" (the text path's line joiner
    handles CJK lines on its own).
    """
    return _ends_in(text, _ENDS if ideographic else PLAIN_ENDS)


def ends_plain_sentence(text: str) -> bool:
    """``ends_sentence(text, ideographic=False)``, with one call less: the text path's line joiner asks
    it of every pair of lines."""
    return _ends_in(text, PLAIN_ENDS)


def _ends_in(text: str, ends: frozenset[str]) -> bool:
    # Read from the end (a search for "[.!?]…$" would scan the whole line). Only a closing quote or
    # bracket, or white space, at the end needs the strips: most lines end on a letter or on the mark.
    c = text[-1:]
    if c in ends:
        return True
    if c in CLOSERS or c.isspace():
        return text.rstrip().rstrip(CLOSERS)[-1:] in ends
    return False


def norm_key(text: str) -> str:
    """A line's identity for finding repeats: its words, case-folded, single-spaced (punctuation ignored)."""
    folded = text.casefold()
    return " ".join((_ASCII_WORD if folded.isascii() else _WORD).findall(folded))


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``low`` (a cheap pre-test before a regular expression)."""
    for w in words:  # noqa: SIM110 - a plain loop is faster than any() over a generator here
        if w in low:
            return True
    return False


# What converters print for links and images, as expression fragments the line rules share: a link's
# number ("[12]": lynx numbers every link, html2text's reference-style links and their definitions),
# and the extensions of image files, by which text browsers name an image without alt text ("[logo.svg]",
# w3m's "[gif]").
LINK_NUMBER = r"\[\d{1,4}\]"
IMAGE_EXTENSIONS = r"gif|jpe?g|png|svg|webp|ico|bmp"
# The currency signs a price opens with ("$5", "£205", "¥1,200"), for a character class.
CURRENCY_SIGNS = "$£€¥₹"
# Image marks, one home for what converters print in a picture's place (expression fragments and tests;
# the line rules drop the marks, the field searches read past them):
# w3m's placeholder named by the file's type ("[gif]", "[svg]", "[brokenimag]");
IMAGE_TYPE_MARK = r"\[(?:" + IMAGE_EXTENSIONS + r"|brokenimag)\]"
# an image's file named in brackets, inside a line too (lynx, for an image without alt text: "[space.gif]",
# a hash-named "[349459c84e2f…=w700]"; the hash's digits in lower case whatever the caller's flags);
IMAGE_FILE_MARK = (r"\[(?:[^\][\s]{1,80}\.(?:" + IMAGE_EXTENSIONS + r")|(?-i:[0-9a-f]){" + str(settings.TEXT_IMAGE_HASH_DIGITS)
                   + r",}[^\][\s]{0,40})\]")
# a bracketed name without white space: an image's file name or alt text a text browser cut short
# ("[1d53de890c]", "[190426_original_1280x960.jpg]"), a link's or a picture's placeholder ("[1]", "[IMG]"),
# as the field searches read past it beside a headline or before a name.
IMAGE_NAME_MARK = r"\[[^\]\s]{1,40}\]"


def one_bracketed(text: str) -> bool:
    """Whether the line is one bracketed text, the brackets around all of it: what converters print for a
    picture ("[spacex]", lynx and w3m; "[A crowd at the rally.]", pandoc's alt texts and captions)."""
    return text[:1] == "[" and text[-1:] == "]" and text.count("]") == 1 and text.count("[") == 1


def bracketed_alone(text: str) -> bool:
    """Whether the line is one bracketed text alone, of at most ``settings.TEXT_IMAGE_MARK_CHARS``
    characters: what a text browser prints for an image ("[spacex]", w3m's alt text cut short; "[logo.svg]").
    A bracketed word of the text ("[Chorus]") looks the same: the line rules keep it (only names an image's
    could have are dropped there), the field searches pass over it as padding."""
    return len(text) <= settings.TEXT_IMAGE_MARK_CHARS and one_bracketed(text)


def repeats_alt(alt: str, caption: str) -> bool:
    """Whether ``caption`` repeats the picture's alt text ``alt`` and goes on after it with its credit, as
    text browsers (lynx, w3m) print an image's alt text over its caption ("… GP de Qatar." / "… GP de
    Qatar.AFP", "… ate a rabbit" / "… ate a rabbitCredit: Getty"): past a word's end, or a credit glued on
    in capitals ("… QatarAFP"), not inside a word ("Headline" / "Headlines are …")."""
    at = len(alt)
    if len(caption) <= at or not caption.startswith(alt):
        return False
    prev, nxt = caption[at - 1:at], caption[at:at + 1]
    return not (prev.isalnum() and nxt.isalnum()) or prev.islower() and nxt.isupper()


def plain_apostrophes(text: str) -> str:
    """The text with lynx's apostrophes made plain: lynx prints the apostrophe entity (&apos;) as U+02BC,
    a modifier letter, so "thereʼs" would read as one word. The line reader and the share links' titles
    (read from the dump as written) undo it alike."""
    return text.replace("\u02bc", "'") if "\u02bc" in text else text


# Any run of white space, line breaks included (WS above keeps line breaks).
_ANY_SPACE = re.compile(r"\s+")



# The marks of running text that show nothing: soft hyphens (hyphenation hints, "Ver\xadfas\xadsung"),
# zero-width spaces, word joiners and byte-order marks left mid-text. A reader sees the word whole, so
# the output gives it whole. (The zero-width joiner and non-joiner stay: they shape Persian and Indic
# words and emoji sequences.)
_HIDDEN_MARKS = "\u00ad\u200b\u2060\ufeff"
_HIDDEN = re.compile(f"[{_HIDDEN_MARKS}]+")
# For comparing titles, the joiners go too (clean_space): "Paläs\xadti\xadnenser" is one word either way.
_INVISIBLE = re.compile(f"[{_HIDDEN_MARKS}\u200c\u200d]")


def drop_hidden_marks(text: str) -> str:
    """``text`` without the marks that show nothing in running text (soft hyphens, zero-width spaces)."""
    if text.isascii():
        return text
    for mark in _HIDDEN_MARKS:
        if mark in text:
            return _HIDDEN.sub("", text)
    return text


def clean_space(text: str | None) -> str:
    """Collapse runs of whitespace (including NBSP), drop invisible marks, and trim."""
    text = text or ""
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return _ANY_SPACE.sub(" ", text).strip()


def word_trie(words: list[str] | tuple[str, ...]) -> str:
    """An expression matching exactly ``words`` (literal text), as a trie ("ma(?:r(?:ch)?|y)"): a position
    that begins no word fails on its first letter or two, where a plain alternation would try every
    word (month names in twenty languages, the lexicon's gate words)."""
    words = sorted(words)
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alts = "|".join(_trie_branch(c, rest) for c, rest in sorted(branches.items()))
    if not alts:
        return ""
    return f"(?:{alts})?" if "" in words else f"(?:{alts})"


def _trie_branch(head: str, rests: list[str]) -> str:
    """One branch of ``word_trie``: ``head``, then the trie of what follows it. A run of letters that
    every word of the branch shares is written as one literal ("bgelegt", not "b(?:g(?:e(?:…)))"): the
    same expression, which Python compiles several times faster (a trie of the lexicon's gate words
    took ~4 ms to compile, a one-file run's cost)."""
    while rests and "" not in rests and len({r[0] for r in rests}) == 1:
        head += rests[0][0]
        rests = [r[1:] for r in rests]
    return re.escape(head) + word_trie(rests)


# --- list markers and CJK line breaks (the text path's line reader and unwrapper share them) ---------

# List/quote markers a converter puts before a line: "* ", "+ ", "- ", "•", "1. ", "> "; w3m marks the items of
# nested lists with "□", "☆" and "○" by depth (each followed by a space: "☆新商品" is text).
# "3. " opens a numbered item, but "3. June 2024" / "27. Januar 2026" is a date (day, month, year).
LIST_MARKER = re.compile(r"^(?:[*+•·▪◦►▶➤→>]|[□☆○](?=\s)|-(?=\s)|\d{1,3}[.)](?=\s)(?!\s*[^\W\d]+\.?,?\s+(?:19|20)\d\d\b))\s*")
MARKER_FIRST = frozenset("*+•·▪◦►▶➤→>□☆○-0123456789")


def could_be_marked(s: str) -> bool:
    """A cheap pre-test for ``LIST_MARKER``: list markers start with one of a few characters."""
    return s[:1] in MARKER_FIRST


# CJK punctuation: what closes a clause or a quotation (and may not open a line), what opens one, what ends
# a sentence.
CJK_CLOSERS = "、。，．）」』】"
CJK_OPENERS = "（「『【"
CJK_ENDS = "。！？．!?"


def cjkish(c: str) -> bool:
    """Whether character ``c`` is CJK script or CJK punctuation."""
    return bool(c) and (c in CJK_OPENERS or c in CJK_CLOSERS or bool(CJK.match(c)))


def unspaced_break(a: str, b: str) -> bool:
    """Whether a line break between characters ``a`` and ``b`` stood for no space: both are CJK script or
    CJK brackets and punctuation ("…ほしい" / "」と述べ"), or both full-width Latin letters or digits
    ("Ｐｈａｓ" / "ｅ"), which a terminal converter breaks anywhere. (Korean, which spaces its words, is
    told apart by ``spaced_break``.)"""
    if cjkish(a) and cjkish(b):
        return True
    return "\uff10" <= a <= "\uff5a" and "\uff10" <= b <= "\uff5a"


def spaced_break(a: str, b: str) -> bool:
    """Whether a line break between characters ``a`` and ``b`` stood for a space: Korean puts spaces
    between words (a converter wraps Hangul at them), Chinese and Japanese do not."""
    return HANGUL.match(a) is not None or HANGUL.match(b) is not None
