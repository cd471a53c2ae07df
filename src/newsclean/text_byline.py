"""The byline of a plain-text dump: lines near the headline and the article's start that name people,
each with the features the fitted weights score (see text_fields)."""

from __future__ import annotations

import functools
import math
import re

from . import settings, text_fields
from .authors import (
    BY_WORD_SET,
    BY_WORDS,
    DESK_WORD,
    JOIN_WORDS,
    NAME_JOINERS,
    WITH_WORDS,
    desk_byline,
    has_byline_prefix,
    is_byline_prefix_only,
    is_role,
    is_role_word,
    once,
    unglue_name,
)
from .dates import DATE_LABELS_PATTERN
from .lexicon_words import CREDIT_LABELS, READING_TIME_AFTER, SOCIAL_NETWORKS, UI_WORDS, alternatives
from .text_byline_shapes import (
    BYLINE_SEPARATORS,
    BYLINE_TRIM,
    GLUED_ICON,
    ICON_ENDS,
    PLACEHOLDERS,
    credited_names,
    furniture_label,
    labels_only,
    listed,
    name_before_date,
    nameless,
    names_before_date,
    names_then_date,
)
from .text_fields import (
    BYLINE_AFTER,
    BYLINE_BEFORE,
    DIGIT,
    FIELD_REASONS,
    GLUED_DATE,
    LABEL_GATE,
    Page,
    credit,
    dist,
    key,
    mark_near,
    next_prose,
    parse_names,
    score,
    unglue,
    window,
)
from .text_lines import Line
from .text_memo import is_person_name, search_date
from .text_memo import looks_like_byline as _looks
from .text_signoff import sign_off
from .textutil import CAPITAL, LATIN_CAPITAL
from .textutil import CJK as _CJK

# A byline run onto the end of another line: "Headline ... by Ana Ruiz", "... von Dr. Max Kolter".
_BY = "|".join(BY_WORDS)
BY_TAIL = re.compile(r"^(.{12,})\s(?:" + _BY + r")\s+(\S.{2,80})$", re.I)
BY_WORD = re.compile(r"\s(?:" + _BY + r")\s", re.I)  # a cheap test before BY_TAIL
# On the headline's own line only a by-word in lower case starts a byline: a title-cased headline
# capitalises its own "By" ("Not Caused By Human Emissions, Climate Change").
LOWER_BY_WORD = re.compile(r"\s(?:" + _BY + r")\s")
# A by-word printed twice ("By by Ana Ruiz"): one goes.
_DOUBLE_WORD = re.compile(r"^(\w+)\s+(?=\1\s)", re.I)


# A lower-case by-word and a name of two to four capitalised words closing a line (or a list of up to
# four such names: "by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL").
_NAME = LATIN_CAPITAL + r"[\w.'-]+(?:\s+" + LATIN_CAPITAL + r"[\w.'-]+){1,3}"
_CLOSING_BY = re.compile(r"\s(?:" + _BY + r")\s+" + _NAME + r"(?:(?:,\s+|,?\s+(?:" + "|".join(map(re.escape, sorted(NAME_JOINERS - {"en"}))) + r")\s+)" + _NAME
                         + r"){0," + str(settings.TEXT_CLOSING_BY_NAMES - 1) + r"}$")


def _closing_byline(text: str) -> bool:
    """Whether a long line closes on a byline (``_CLOSING_BY``), its only by-word, and not a credit
    ("Produced by Ana Ruiz, …, Video by Tom Lee": a list of credits names no writer)."""
    tail = text[-settings.TEXT_CLOSING_BY_CHARS:]
    m = _CLOSING_BY.search(tail)
    if m is None or len(BY_WORD.findall(text)) != 1:
        return False
    head = text[:len(text) - len(tail) + m.start()]
    return _CREDIT_WORD_BY.search(head + " by") is None


# --- byline -----------------------------------------------------------------------------------------

BYLINE_FEATURES = (
    "none", "prefix", "by_line_before", "looks", "person", "names_log", "before_log", "inside",
    "title_dist", "date_near", "date_in", "words_log", "repeated", "links", "reason",
    "good_cls", "sentence", "prose_log", "segment", "leading", "below_title", "between", "named_again",
    "ahead", "joined", "credit", "date_below", "label_above", "desk", "caseless", "sign_off",
)


def _repeated(page: Page, i: int, boxed: dict[str, int]) -> bool:
    """Whether the line's text comes back elsewhere on the page (a menu, a list of related stories): a
    copy on the very next or previous line does not count (a name card prints the picture's alt text
    and the name: "Ana Ruiz" / "Ana Ruiz"), nor one in the author box at the article's end (``boxed``:
    the lines where ``named_again`` looks, counted by text)."""
    lines = page.lines
    n = page.counts.get(key(lines[i].text), 0)
    if n > 1:
        text = lines[i].text
        n -= sum(1 for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].text == text)
        if n > 1 and i + 2 < page.end - 3:
            if not boxed:  # (counted once a page, when first asked)
                boxed[""] = 0
                for j in range(max(0, page.end - 3), min(len(lines), page.end + 40)):
                    boxed[lines[j].text] = boxed.get(lines[j].text, 0) + 1
            n -= boxed.get(text, 0)
    return n > 1


def _named_again(lines: list[Line], name: str, i: int, end: int) -> bool:
    """Whether the name comes back at the article's end (an author box, "More by ...")."""
    return any(name in lines[j].text for j in range(max(i + 1, end - 3), min(len(lines), end + 40)))


_SEGMENT = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+")
# A handle run onto the name inside the line: "by April Glaser@aprilaser Dec 15, 2016" (not an e-mail).
_GLUED_HANDLE = re.compile(r"(?<=[a-zà-ÿ])@\w+(?![.\w])")
_HANDLE_TAIL = re.compile(r"(?<=\w)@\w+$|\s+\(@\w+\)$|\s*[,|·•]\s*@\w+$")
# A reading-time widget after the name: "5 minute read", "3 Min. Lesezeit", "4 min de lecture".
_READING_TIME = re.compile(r"[\s·•|–-]*\d+\s*(?:min(?:ute)?s?|minuten|min\.)\.?\s*(?:"
                           + alternatives(READING_TIME_AFTER) + r")?\s*$", re.I)
# A rule drawn with box-drawing characters (w3m's <hr>) and what follows it on the line.
_RULE_RUN = re.compile(r"\s*[\u2500-\u257f]{8,}.*$")
# A social network's button printed after the name ("Ana Ruiz Twitter News & Culture Writer").
_NETWORK_WORDS = frozenset(n.lower() for n in SOCIAL_NETWORKS)
# A by-word glued onto the name after it, as converters print "di <a>Luca Monaco</a>" ("diLuca Monaco",
# "VonUlrich Exner"); cased by hand: two capitalised words must follow ("Dino", "Parker", "DiCaprio
# stars" stay whole).
_GLUED_BY = re.compile(r"^(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in BY_WORDS)
                       + r")(?=" + LATIN_CAPITAL + r"[\w'-]+\s+" + LATIN_CAPITAL + r")")
# A by-word printed twice, the label's and the link's ("By <a>by Josh Haskell</a>"), glued by a converter:
# "Byby JOSH HASKELL" (two capitalised words must follow; not "di", "av", "af": "Didi", "Afaf" are names).
# (Also after a standfirst the converter ran onto the byline: "… at an event in NYC. Byby JOSH HASKELL".)
# Set on one postlight page (commit c96ebbe), the only one of the dev dumps it fires on (its lynx and
# html2text dumps; held-out pages left out; benchmarks/rule_counts.py): unconfirmed on other pages.
_DOUBLED_WORDS = tuple(w for w in BY_WORDS if w not in ("di", "av", "af"))
# (A cheap test before the pattern: one of the glued pairs, "Byby", "Vonvon", …, anywhere.)
_DOUBLED = re.compile("|".join(w.title() + w for w in _DOUBLED_WORDS))
_DOUBLED_BY = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(f"{w.title()}(?={w}\\s+{LATIN_CAPITAL}[\\w'-]*,?\\s+{LATIN_CAPITAL})"
                                                   for w in _DOUBLED_WORDS) + ")")
_BYLINE_HINT = re.compile(r"\d|" + BYLINE_SEPARATORS.pattern + "|" + "|".join(f" {w} " for w in JOIN_WORDS), re.I)
_CAPITAL = re.compile(r"(?:^|\s)" + CAPITAL)


def undoubled_by(text: str) -> str:
    """The line with a space inside a doubled by-word a converter glued ("Byby Ana Ruiz": "By by Ana Ruiz")."""
    return _DOUBLED_BY.sub(r"\g<0> ", text) if _DOUBLED.search(text) else text


def _line_names(page: Page, i: int, near: bool,
                by_before: bool = False) -> tuple[str | None, list[str], bool, bool, bool, int]:
    """(byline, names, prefix, person, looks, part) for line i: the whole line (part 0), one of its
    separator-delimited segments ("27 June 2024 • Ana Ruiz • 3 min", part 1), or a name opening it
    (part 2). Lines ``near`` the headline or
    the start are also parsed when they merely hold capitalised words ("Autorin/Autor Ana Ruiz")."""
    ln = page.lines[i]
    whole = _joined(page.lines, i)
    if nameless(whole, ln.words):
        return None, [], False, False, False, 0
    byline, names, prefix, person, looks, part = _reading(
        whole, ln.words, ln.cls == "good", ln.headline, ln.marked, ln.raw if ln.marked else "", near, by_before)
    return byline, list(names), prefix, person, looks, part  # (a copy: the remembered list is shared)


# Lines come back across a batch's pages (a site's menus and name cards; one page in two converters'
# dumps): a line's reading is remembered by all it depends on, the line's joined text and the
# features of the line that ``_line_names`` reads.
@functools.lru_cache(maxsize=4096)
def _reading(whole: str, words: int, good: bool, headline: bool, marked: bool, raw: str, near: bool,
             by_before: bool) -> tuple[str | None, list[str], bool, bool, bool, int]:
    """``_line_names``' answer for a line whose joined text is ``whole`` (``raw``: the line as written,
    for a marked line, else empty)."""
    if whole[:1] == "[":
        whole = PLACEHOLDERS.sub("", whole)
    if good and words <= 8:
        whole = _RULE_RUN.sub("", whole)
    text = _published_cut(whole)
    # The words that count are those left once a publication label and its date are cut off.
    short = words <= 8 or text != whole and len(text.split()) <= 8
    if "@" in text:
        text = _GLUED_HANDLE.sub("", _HANDLE_TAIL.sub("", text))
    # (A Markdown converter's emphasis marks left around a byline's parts: "_diLuca Monaco _", "VonUlrich
    # Exner_Korrespondent"; not a user name's: "Fanatical_Idiot".)
    if "_" in text and (text[:1] == "_" or _GLUED_BY.match(text) or has_byline_prefix(text)):
        text = " ".join(text.replace("_", " ").split())
    if text.endswith(ICON_ENDS):
        text = GLUED_ICON.sub("", text)
    text = _READING_TIME.sub("", text).rstrip(BYLINE_TRIM)
    text = _GLUED_BY.sub(r"\g<0> ", text, 1) if _GLUED_BY.match(text) else undoubled_by(text)
    prefix = has_byline_prefix(text)
    credited = credited_names(text) if not prefix and words <= 16 else []
    if credited:  # (a book's credits: each name's role after it is its label)
        return text, credited, True, False, True, 0
    if not prefix and len(_CAPITAL.findall(text)) < 2 and not _CJK.search(text):
        desk = _desk(text, words, prefix)  # ("IN-Redaktion")
        return (desk, [desk], False, False, False, 4) if desk else (None, [], False, False, False, 0)
    if words <= 12 and (words in (4, 6) or _PLAIN_GATE.search(text)):
        text = _plain_names(text, words)
    person = words <= 5 and is_person_name(text)

    def looks() -> bool:  # (the costly byline test: run only when the gate below or an answer needs it)
        return _looks_line(headline, marked, raw, text, prefix)

    if prefix or person or near and short and len(_CAPITAL.findall(text)) >= 2 or looks():
        byline, names = parse_names(text)
        if not names and person and not is_role(text):
            name = _unglued_lead(text.strip())
            byline, names = name, [name]
        if names:
            return byline, names, prefix, person, looks(), 0
    segmented = _SEGMENT.search(text) is not None
    if segmented and DIGIT.search(text):
        names_cut = names_before_date(text)
        if names_cut:
            return names_cut[0], names_cut[1], prefix, False, looks(), 1
    for seg in _SEGMENT.split(text) if segmented else ():
        if has_byline_prefix(seg) or len(seg.split()) <= 5 and is_person_name(seg):
            byline, names = parse_names(seg)
            if not names and is_person_name(seg) and not is_role(seg):
                byline, names = seg, [seg]
            if names:
                return byline, names, has_byline_prefix(seg), is_person_name(seg), False, 1
    # A lower-case by-word inside the line names the writers after it; the capitalised words before it
    # are something else run on by the converter (a picture's alt text, a name card's glued names:
    # "Ana RuizDeutsche Presse-Agentur von Ana Ruiz, Deutsche Presse-Agentur").
    lower_by = not prefix and LOWER_BY_WORD.search(text) is not None
    tail_by = _by_tail(text, near) if lower_by else None
    if tail_by:
        return tail_by[0], tail_by[1], prefix, False, looks(), 3
    # (A name opening the line under a lone "By" may run on into a caption or the first paragraph.)
    lead = _leading_name(text) if near and 3 <= words <= 8 or by_before else None
    if lead:
        return lead, [lead], prefix, False, looks(), 2
    tail = _trailing_name(text) if near and 3 <= words <= 14 else None
    if tail:
        return tail, [tail], prefix, True, looks() or bool(DIGIT.search(text)), 1  # (a date, then the name)
    # (Up to 8 words: a CJK line counts half its wide characters as words, and a name run into a date
    # written in CJK units, "渡辺洋介2025年1月13日 21時37分", counts 6; name_before_date bounds the parts.)
    glued = name_before_date(text) if near and words <= 8 and DIGIT.search(text) else None
    if glued:  # (a name and its date: a byline's look, read as the names before a date are)
        return glued, [glued], prefix, True, True, 1
    if prefix and words <= 16:
        byline, names = names_ahead(_DOUBLE_WORD.sub("", text))
        if names:
            return byline, names, prefix, False, looks(), 3
    # (A lower-case by-word's tail was read above; the same reading cannot give more here.)
    tail_by = _by_tail(text, near) if not prefix and not lower_by and BY_WORD.search(text) else None
    if tail_by:
        return tail_by[0], tail_by[1], prefix, False, looks(), 3
    desk = _desk(text, words, prefix)
    if desk:
        return desk, [desk], prefix, False, looks(), 4
    return None, [], prefix, person, False, 0


text_fields.on_clear_caches(_reading.cache_clear)


def _looks_line(headline: bool, marked: bool, raw: str, text: str, prefix: bool) -> bool:
    """Whether the line reads as a byline (``looks_like_byline``, remembered; ``raw``, a marked line as
    written). The test is costly: a headline-shaped line (a title, a menu item) is tried only with a
    by-word, a bullet, a digit or a separator that a byline would carry."""
    return (not headline or marked or prefix or _BYLINE_HINT.search(text) is not None) and \
        _looks(raw if marked else text)


def _unglued_lead(text: str) -> str:
    """A short line taken whole for a name, without what a text browser glued onto the name: the outlet
    or a role ("Dan Jervis-BardyThe West Australian")."""
    if not _PLAIN_GATE.search(text):
        return text
    parted = unglue_name(text)
    return (_leading_name(parted) or text) if parted != text else text


def _by_tail(text: str, near: bool) -> tuple[str | None, list[str]] | None:
    """(byline, names) of a byline run onto the end of the line after a by-word ("Headline ... by Ana
    Ruiz"): near the headline or the start, or away from them after a date ("December 10, 2021 by Ana
    Ruiz"); not a picture's credit ("Ana Ruiz Illustration by Tom Lee")."""
    m = BY_TAIL.match(text)
    if m is None or not (near or DIGIT.search(m.group(1)) and _dated(m.group(1))):
        return None
    if _CREDIT_WORD_BY.search(m.group(1) + " by") is not None:
        return None
    byline, names = names_ahead("By " + m.group(2))
    if not names:
        # (Or a desk signs: "Headline pixeltracker by BWW News Desk", a picture's alt text between.)
        desk = desk_byline("By " + m.group(2))
        byline, names = desk, [desk] if desk else []
    return (byline, names) if names else None


def _dated(text: str) -> bool:
    """Whether the text closes on a date (and at most a time after it; two dates run together: "December
    10, 2021April 9, 2019", the updated and the published day)."""
    if GLUED_DATE.search(text):
        text = unglue(text)
    for _ in range(2):
        m = search_date(text)
        if m is None or m.text not in text:
            return False
        text = text[text.index(m.text) + len(m.text):]
        if len(text) <= settings.TEXT_TIME_AFTER_DATE_CHARS:
            return True
    return False


def _desk(text: str, words: int, prefix: bool) -> str | None:
    """The outlet or desk a short line signs for ("Von DPA", "BWW News Desk Oct. 13, 2016")."""
    return desk_byline(text) if words <= 8 and (prefix or DESK_WORD.search(text)) else None


def names_ahead(text: str) -> tuple[str | None, list[str]]:
    """The names a prefixed byline opens with when what follows them spoils the whole line's parse
    (an outlet, a role, a date, a caption run on: "By Ana Ruiz and Tom Lee The Daily Example"): the
    shortest opening that names the most people, one more word allowed when the word after it is
    not capitalised (a third name part: "By Ana Maria Ruiz for ...")."""
    toks = text.split()
    found = [(len(names), -n, n, byline, names) for n in range(2, len(toks) + 1)
             for byline, names in (parse_names(" ".join(toks[:n])),) if names]
    if not found:
        return None, []
    _, _, n, byline, names = max(found)
    if n + 1 < len(toks) and toks[n + 1][:1].islower():  # (not a date: "By Ana Ruiz Dec 15, 2016")
        b2, n2 = parse_names(" ".join(toks[:n + 1]))
        if len(n2) == len(names):
            return b2, n2
    return byline, names


# A social network's button run onto the name by a text browser: "Andrew HusbandTwitter".
_GLUED_NETWORK = re.compile(r"(?<=[a-zà-ÿ])(?:" + "|".join(SOCIAL_NETWORKS) + r"|E-?[Mm]ail)\b")
# A cheap test before the one above: a lower-case letter running into a capital.
_PLAIN_GATE = re.compile(r"[a-zà-ÿ][A-Z]")


# A role or an outlet in capitals run onto the name closing the line: "Gina TrapaniCEO".
_GLUED_CAPS = re.compile(r"(?<=[a-zà-ÿ]{2})[A-Z]{2,}$")


def _plain_names(text: str, words: int) -> str:
    """The line without a social button or a role in capitals run onto a name, and a name printed twice
    in a row (a picture's alt text and the name: "Ana Ruiz Ana Ruiz") once."""
    if _PLAIN_GATE.search(text):
        text = _GLUED_CAPS.sub("", _GLUED_NETWORK.sub("", text))
    return once(text) if words in (4, 6) else text


_SEPARATOR_LINES = frozenset(("|", "/", "·", "•", "&", ",", "and", "und", "et", "y", "e"))
# A publication label after the names ("Ana Ruiz og Tom Lee Offentliggjort torsdag 06. feb 2025"): the
# byline ends there.
_PUBLISHED_AFTER = re.compile(r"\s+(?:" + DATE_LABELS_PATTERN + r")\b.*$", re.I)


def _published_cut(text: str) -> str:
    """The byline without a publication label and what follows it."""
    cut = _PUBLISHED_AFTER.sub("", text) if len(text) >= 12 and LABEL_GATE.search(text) else text
    return cut if len(cut.split()) >= 2 else text


# A byline line left open for the next name: converters that break lines at links print each
# author's name on a line of its own ("By Ana Ruiz and" / "Tom Lee").
_OPEN_WORDS = NAME_JOINERS


_ELLIPSIS = frozenset(("…", "...", "[…]"))


# A prefixed byline closing on "with" leaves the agency or the co-writer to the next line ("By Euronews
# with" / "Agencies", "Von Ana Ruiz mit" / "AP").
_WITH_WORDS = frozenset(WITH_WORDS)


def _open_end(text: str) -> bool:
    t = text.rstrip()
    # (As written: "ET" closing a time is no French "et".)
    if t.endswith(",") or " " not in t:
        return t.endswith(",")
    last = t.rsplit(None, 1)[-1]
    return last in _OPEN_WORDS or last in _WITH_WORDS and has_byline_prefix(t)


def _joined(lines: list[Line], i: int) -> str:
    """The line, joined with the short lines after it while it ends open (a comma, an "and"), or with
    the name after a separator printed on a line of its own ("Ana Ruiz" / "|" / "Tom Lee")."""
    text = lines[i].text
    if i + 2 < len(lines) and lines[i + 1].text.strip() in _SEPARATOR_LINES and 1 <= lines[i + 2].words <= 5 \
            and lines[i].words <= 5 and is_person_name(text) and is_person_name(lines[i + 2].text):
        return f"{text}, {lines[i + 2].text}"
    j = i + 1
    while _open_end(text) and j < min(len(lines), i + 6):
        if not 1 <= lines[j].words <= 6:
            break
        text = f"{text} {lines[j].text}"
        j += 1
    # The last name's surname wrapped onto the next line ("By Ana Ruiz and PAT" / "REEVELL").
    if j < len(lines) and lines[j].words == 1 and lines[j].text.isalpha() and lines[j].text[:1].isupper():
        toks = text.rsplit(None, 2)
        if len(toks) == 3 and (toks[1].lower() in _OPEN_WORDS or toks[1].endswith(",")) and \
                toks[2].isalpha() and toks[2][:1].isupper() and has_byline_prefix(text):
            text = f"{text} {lines[j].text}"
    return text


def _trailing_name(text: str) -> str | None:
    """A person's name closing a dateline ("Medical Daily 9/21/2016 Ana Ruiz", "Published 28 April
    2024, 14:26 , Ana Ruiz"): after the line's last comma, or after its date."""
    if "," in text:
        last = text.rsplit(",", 1)[1].strip()
        if 2 <= len(last.split()) <= 4 and is_person_name(last):
            return last
    m = search_date(text) if DIGIT.search(text) else None
    if m is not None and m.text in text:
        after = text[text.index(m.text) + len(m.text):]
        rest = after.strip(BYLINE_TRIM)
        n = len(rest.split())
        if 2 <= n <= 4 and is_person_name(rest):
            return rest
        # (A separator, then the name and the buttons a text browser ran onto it: "9. September 2025 um
        # 15:46 Uhr / Ana Ruiz Kommentare News folgen".)
        if n > 4 and after.lstrip()[:1] in _DATE_NAME_SEPARATORS:
            return _leading_name(rest)
    return None


_DATE_NAME_SEPARATORS = frozenset(BYLINE_TRIM) - {" "}


_NAME_TAIL = re.compile(r"\s*[\d,;:.·•|/]+$")


def _leading_name(text: str) -> str | None:
    """A person's name opening a short line that goes on with something else: a role ("Ana Ruiz Senior
    Reporter"), a time ("Ana Ruiz 7 hours"), a reading time, a footnote mark ("Ana Ruiz0,")."""
    toks = text.split()
    if toks and toks[0].lower() in BY_WORD_SET:
        return None  # (a by-word opens no name: the prefixed line's names are read ahead of what follows)
    if LABEL_GATE.match(text) is not None and _LABEL_OPENS.match(text) is not None:
        return None  # (nor a publication label: "Actualizado Lunes, 2 diciembre 2024 - 02:24")
    # (Nor may the name run into the line's date: a relative stamp's capitalised word, "Gyvenimas Prieš 2
    # val.", a section's name and "2 hours ago" in Lithuanian.)
    flat = " ".join(toks)
    m = search_date(flat) if DIGIT.search(flat) else None
    date_at = flat.find(m.text) if m is not None else -1
    for n in (4, 3, 2):
        if len(toks) > n and not 0 <= date_at < len(" ".join(toks[:n])):
            # A lower-case word after it: a caption or a sentence goes on ("Ukrainische Kriegstechnik bei
            # den Kämpfen um Bachmut, 24. April 2023", "Ana Ruiz Tips meg"), not a role or a time; unless
            # the word leads into the line's date ("Ana Ruiz on December 13, 2016", "Ana Ruiz le 3 mai").
            if toks[n].isalpha() and toks[n].islower() and not (0 <= date_at <= len(" ".join(toks[:n + 1])) + 1):
                continue
            # (Nor may a sentence end inside it: "Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?", an
            # opinion's headline after its writer's name; an initial or a title keeps its point: "Dr.".
            # Nor may it end on a lower-case word: the date's "le", "on" after the name.)
            if any(t[-1] == "." and len(t) > 5 for t in toks[:n - 1]) or toks[n - 1].islower():
                continue
            cand = _NAME_TAIL.sub("", " ".join(toks[:n]))
            # (Nor may it end on a role's first word or a conjunction: "Dawning And A New Patch".)
            # (Nor on a button's word: "Ana Ruiz Kommentare".)
            last = toks[n - 1].lower()
            if is_person_name(cand) and not is_role_word(toks[n - 1]) and last not in _OPEN_WORDS and \
                    last not in UI_WORDS and last not in _NETWORK_WORDS:
                return cand
    return None


# A line closing on a by-word: a converter that prints inline elements on lines of their own, or joins
# them to the line before, leaves the names under it ("December 19, 2016 by" / "Ana Ruiz"); not a
# picture's credit ("Illustration by" / "Tom Lee": the next name drew it).
_BY_LAST = frozenset(w[-1] for w in BY_WORDS) | frozenset(w[-1].upper() for w in BY_WORDS)
# (A credit word before "by": "Illustration by", "Artwork by", "Art by"; not "An article by".)
_CREDIT_WORD_BY = re.compile(r"\b(?:(?:" + "|".join(CREDIT_LABELS) + r"|illustrat|video|graphic|grafik|design)\w*|art(?:work)?)"
                             r"\s+\w+$",
                             re.I)


def _by_above(ln: Line) -> bool:
    """Whether the line above a candidate leaves its names to the next line: a by-word alone ("By",
    "Von:"), or a short line closing on one."""
    text = ln.text
    if is_byline_prefix_only(text):
        return True
    return ln.words <= 30 and _ends_on_by(text) and _CREDIT_WORD_BY.search(text) is None


def _ends_on_by(text: str, after_words: bool = False) -> bool:
    """Whether a line's last word is a by-word ("… Von", "Illustration by"), which leaves names to the
    next line; ``after_words``: and other words come before it."""
    if text[-1:] not in _BY_LAST:
        return False  # (the cheap test: most lines end on no by-word's last letter)
    head, _, last = text.rpartition(" ")
    return last.lower() in BY_WORD_SET and (not after_words or bool(head.strip()))


# A publication or update label opening a line ("Publisert", "Actualizado", "Updated: …"): a converter
# that prints each inline element on its own line leaves the date under the byline in pieces.
_LABEL_OPENS = re.compile(r"^(?:" + DATE_LABELS_PATTERN + r")\b", re.I)


def _date_below(page: Page, i: int) -> bool:
    """Whether a dateline, or a publication label, follows within five lines (the name card's date
    printed after a role, a picture's alt text or a label on lines of their own)."""
    lines = page.lines
    if mark_near(page.dateish, i, 0, 5):
        return True
    return any(lines[j].words <= 4 and LABEL_GATE.match(lines[j].text) is not None and
               _LABEL_OPENS.match(lines[j].text) is not None for j in range(i + 1, min(len(lines), i + 5)))


def _date_run(page: Page, i: int) -> bool:
    """Whether the short lines right under line i, read together, hold a date: a converter that prints
    each inline element on a line of its own leaves the name card's date in pieces ("Actualizado" /
    "Lunes, 2 diciembre" / "2024" / "-" / "02:24"), or a line or two further down than the page's
    dateline marks reach (a place, a copy of the name: "Córdoba" / "25/04/2026"); not past another
    person's name."""
    lines = page.lines
    parts: list[str] = []
    for j in range(i + 1, min(len(lines), i + 6)):
        if lines[j].words > 4:
            break
        # Another name or byline on the way: the date is that one's (a menu's last item above the name
        # card, a picture's credit above "By Euronews with" / "Agencies" / "Published on" / "30/04/2024").
        if lines[j].words >= 2 and lines[j].text != lines[i].text and \
                (is_person_name(lines[j].text) or has_byline_prefix(lines[j].text)):
            return False
        parts.append(lines[j].text)
    # (At least one digit in the run and a line whose own parse fails: whole datelines are marked already.)
    if not parts or not DIGIT.search(" ".join(parts)):
        return False
    m = search_date(" ".join(parts))
    return m is not None and not m.relative


def _label_above(lines: list[Line], i: int) -> bool:
    """Whether the line above is a field's label other than a by-word ("Label:", "Fotos:", "Quelle:"):
    the line holds that field's value, printed under its label."""
    if i == 0:
        return False
    above = lines[i - 1].text.rstrip()
    return above.endswith(":") and lines[i - 1].words <= 3 and not is_byline_prefix_only(above)


def byline_candidates(page: Page, title_idx: int | None) -> list[tuple[int, str | None, list[str], list[float]]]:
    """(line index, byline, names, features) for lines near the start that name people."""
    lines, start = page.lines, page.start
    out: list[tuple[int, str | None, list[str], list[float]]] = [
        (-1, None, [], [1.0] + [0.0] * (len(BYLINE_FEATURES) - 1))]
    # A copy of the headline (its <h1> and a teaser of it) names nobody either.
    head_words = lines[title_idx].words if title_idx is not None else 0
    head = key(lines[title_idx].text) if title_idx is not None and head_words >= 4 else None
    boxed: dict[str, int] = {}  # (filled by _repeated when first needed)
    for i in window(page, BYLINE_BEFORE, BYLINE_AFTER, title_idx):
        ln = lines[i]
        if head is not None and i != title_idx and ln.words == head_words and key(ln.text) == head:
            continue
        by_before = i > 0 and _by_above(lines[i - 1])
        # A headline and its standfirst run together by the converter with the byline closing them
        # ("… premuto aggressivamente» di Ana Ruiz"): a long line read for its tail at the start (or
        # right under the headline: the standfirst and the byline printed as one line by the converter).
        # (Or the headline's own line, the author's name closing it after a picture's placeholder that a
        # text browser printed: "Headline [1d53de890c] by Ana Ruiz".)
        tail_by = ln.words > 16 and (abs(i - start) <= 1 or title_idx is not None and 0 <= i - title_idx <= 1) and _closing_byline(undoubled_by(ln.text)) or \
            ln.words > 16 and _labelled_byline(ln.text)
        # (A rule w3m draws under the byline, joined onto its line, makes it look like prose: "Von Ana
        # Ruiz ━━━━━━━━━━━━━━━━━━━━".)
        ruled = ln.cls == "good" and ln.words <= 8 and _RULE_RUN.search(ln.text) is not None
        if ln.words < 1 or (ln.words > 16 or ln.cls == "good" and not ruled) and not by_before and not tail_by or \
                ln.sentence and ln.words > 10 and not by_before and not tail_by and not has_byline_prefix(ln.text) or \
                i == title_idx and not (BY_WORD.search(ln.text) and BY_TAIL.match(ln.text)):
            continue  # (the headline's line names its author only after a by-word)
        if ln.text.endswith(":") and not is_byline_prefix_only(ln.text):
            continue  # a label ("Europäische Kommission:"), a kicker: never the names
        if i > 0 and listed(lines, i):
            continue
        # (On the headline's own line a lower-case by-word, or any with a date after the names, opens the
        # byline: "Headline Von Juliane Rohr 28.04.2023"; a capitalised "By" alone may be the headline's.)
        near = title_idx is not None and 0 < i - title_idx <= 8 or abs(i - start) <= 4 or by_before or \
            i == title_idx and (LOWER_BY_WORD.search(ln.text) is not None
                                or (m := BY_TAIL.match(ln.text)) is not None and names_then_date(m.group(2)))
        byline, names, prefix, person, looks, seg = _line_names(page, i, near, by_before)
        if seg == 3 and not prefix and _teaser(page, i, title_idx):
            continue
        if names:
            kept = [n for n in names if not UI_WORDS.intersection(n.casefold().split()) and not furniture_label(n)]
            if len(kept) < len(names):
                byline, names = (", ".join(kept) if kept else None), kept
        if not names or not prefix and ": " in ln.text and labels_only(ln.text, names):
            continue
        out.append((i, byline, names, _features(page, i, title_idx, names, prefix, person, looks, seg, by_before, boxed)))
    signed = sign_off(page)
    if signed is not None:
        # (A sign-off on a line of its own is a candidate already: it comes back as a sign-off.)
        j, byline, names = signed
        out = [c for c in out if c[0] != j]
        out.append((j, byline, names, _features(page, j, title_idx, names, False, False, False, 5, False, boxed)))
    return out


def _labelled_byline(text: str) -> bool:
    """Whether a long line is a prefixed byline with the publication label and date run onto it ("By Ana
    Ruiz and Tom Lee Updated 4:12 PM EDT, September 3, 2024"): short once the label is cut."""
    return len(text) <= 240 and has_byline_prefix(text) and LABEL_GATE.search(text) is not None and \
        len(_published_cut(text).split()) <= 16


def _teaser(page: Page, i: int, title_idx: int | None) -> bool:
    """Whether a byline run onto the end of line i ("Headline of another story di Ana Ruiz 20 Novembre
    2024") stands past the article's first paragraphs: two lines of prose or more between the headline
    and it make it a related story's teaser printed inside the article, not the article's byline (which
    stands on the headline's line, or under its standfirst)."""
    if title_idx is None or i <= title_idx:
        return False
    lines = page.lines
    if sum(1 for j in range(title_idx + 1, i) if lines[j].cls == "good") >= 2:
        return True
    # (Or one paragraph of the article's region above it, and a day closing the names: a teaser's
    # dateline, "… di Teresa Fallavollita 20 Novembre 2024".)
    return i > page.start and any(lines[j].cls == "good" for j in range(page.start, i)) and \
        DIGIT.search(lines[i].text[-12:]) is not None and _dated(lines[i].text)


def _features(page: Page, i: int, title_idx: int | None, names: list[str], prefix: bool, person: bool,
              looks: bool, seg: int, by_before: bool, boxed: dict[str, int]) -> list[float]:
    """The features of a byline candidate on line i (see BYLINE_FEATURES); ``seg`` says where on the
    line the names were read (_line_names' part; 5: a sign-off closing the article)."""
    lines, start, ln = page.lines, page.start, page.lines[i]
    return [
        0.0,
        1.0 if prefix else 0.0,
        1.0 if by_before else 0.0,
        1.0 if looks else 0.0,
        1.0 if person else 0.0,
        math.log(len(names)),
        math.log1p(max(0, start - i)) / 3,
        1.0 if i >= start else 0.0,
        dist(i, title_idx) / 3,
        mark_near(page.dateish, i, 2, 2) or (1.0 if _date_run(page, i) else 0.0),
        1.0 if i in page.dateish else 0.0,
        math.log(max(1, ln.words)) / 3,
        1.0 if _repeated(page, i, boxed) else 0.0,
        ln.link_share,
        1.0 if ln.reason not in FIELD_REASONS else 0.0,
        1.0 if ln.cls == "near" else 0.0,
        1.0 if ln.sentence else 0.0,
        math.log1p(next_prose(lines, i)) / 2.5,
        1.0 if seg == 1 else 0.0,
        1.0 if seg == 2 else 0.0,
        1.0 if title_idx is not None and 0 < i - title_idx <= 3 else 0.0,
        1.0 if title_idx is not None and title_idx < i <= start else 0.0,
        1.0 if _named_again(lines, names[0], i, page.end) else 0.0,
        1.0 if seg == 3 else 0.0,
        1.0 if len(names) > 1 and _joined(lines, i) != ln.text else 0.0,
        # A picture's credit ("Ana Ruiz/Reuters", "Foto: Ana Ruiz") names the photographer.
        1.0 if not prefix and credit(ln.text) else 0.0,
        1.0 if _date_below(page, i) else 0.0,
        1.0 if _label_above(lines, i) else 0.0,
        1.0 if seg == 4 else 0.0,
        # A caseless script's "name" (CJK) has no capitals to tell it from a menu's word.
        1.0 if not _CAPITAL.search(" ".join(names)) else 0.0,
        1.0 if seg == 5 else 0.0,
    ]


# --- co-authors on the lines beside the chosen byline ------------------------------------------------

Candidate = tuple[int, str | None, list[str], list[float]]
_AT = {f: BYLINE_FEATURES.index(f) for f in ("prefix", "by_line_before", "credit", "person", "sign_off")}


def _filler(text: str) -> bool:
    """A line that may stand between two authors' names: a separator, a collapsed list's "…", or a
    role ("News Reporter", "Corresponsal en Atenas")."""
    t = text.strip()
    return t in _SEPARATOR_LINES or t in _ELLIPSIS or is_role(t)


def _stackable(page: Page, c: Candidate) -> bool:
    """A candidate that is one more name in a column of names: a short line naming people in a cased
    script (a role may follow the name), no picture credit, no prose."""
    ln = page.lines[c[0]]
    return ln.words <= 7 and not ln.sentence and ln.cls != "good" and c[3][_AT["credit"]] == 0.0 and \
        bool(c[2]) and all(_CAPITAL.match(n) and not n.endswith(("'s", "’s")) for n in c[2]) and not is_role(ln.text)


def _spelled_elsewhere(page: Page, cands: list[Candidate], at: int) -> list[str] | None:
    """The names of line ``at`` when they run together without separators ("Birgit Baumann Anna Giulia
    Fink Jan Michael Marchart") and another byline of the page names the same people one by one (a
    sign-off, an author box): that byline's names, in order."""
    text = " ".join(page.lines[at].text.split())
    for c in cands[1:]:
        if c[0] != at and len(c[2]) >= 2 and " ".join(c[2]) == text:
            return list(c[2])
    return None


def _writer_over_credit(page: Page, cands: list[Candidate], k: int) -> int:
    """The chosen candidate, unless it is a picture's credit ("Fabrizio Bensch/REUTERS") and a line
    beside it names people after a by-word ("… am 15. Juni Von Karim Natour"): the credit names the
    photographer, the by-word the writer. A name under a lone by-word may stand further down, under
    the picture's caption, the share buttons and the dateline ("BRUCE WEAVER / AFP - Getty Images" … "By"
    / "Alyssa Newcomb"). Nor does a name with its dateline on the very next line, a name card's, as far
    away ("Alex Shephard /" / "November 28, 2016" / headline / "Spencer Platt/Getty")."""
    at, feats = cands[k][0], cands[k][3]
    if at < 0 or not feats[_AT["credit"]]:
        return k
    dated = frozenset(page.dateish)
    return next((n for n, c in enumerate(cands) if n and n != k and not c[3][_AT["credit"]] and (
        0 < abs(c[0] - at) <= settings.TEXT_CREDIT_WRITER_NEAR and (c[3][_AT["prefix"]] or BY_WORD.search(page.lines[c[0]].text))
        or 0 < c[0] - at <= settings.TEXT_CREDIT_WRITER_BELOW and c[3][_AT["by_line_before"]]
        or 0 < abs(c[0] - at) <= settings.TEXT_CREDIT_WRITER_BELOW and c[0] + 1 in dated)), k)


def with_neighbours(page: Page, cands: list[Candidate], k: int) -> Candidate:
    """The chosen candidate ``cands[k]`` with the co-authors printed beside it: a neighbouring line
    (two lines at most away) that names the same people and more ("Julia Vergin | Clare Roth" above
    "Clare Roth"), and the names on the lines right below it when converters print each author's
    name on a line of its own: under a lone by-word ("By" / "Ana Ruiz" / "Tom Lee News Reporter"),
    or, without one, names that would each pass for a byline on their own. A sign-off chosen comes
    back without its line (-1): the line is the article's last paragraph."""
    k = _writer_over_credit(page, cands, k)
    at, byline, names, feats = cands[k]
    if at < 0:
        return cands[k]
    if feats[_AT["sign_off"]] > 0:
        # A sign-off stands in the article's last paragraph: names, but no line to take out of the text
        # (nor to look for the date by).
        return -1, byline, names, feats
    if page.lines[at].words > 16 and _closing_byline(undoubled_by(page.lines[at].text)):
        # A byline closing a long line (a headline and standfirst run together): the names, but the
        # line stays in the text; above the article (the headline's own line), the date is still
        # looked for beside it.
        return (at if at < page.start - 1 else -1), byline, names, feats
    spelled = _spelled_elsewhere(page, cands, at)
    if spelled:
        return at, ", ".join(spelled), spelled, feats
    have = {n.casefold() for n in names}
    # (Candidates come in line order, one a line at most: the lines beside stand beside in the list.)
    wider = [c for c in cands[max(1, k - 2):k + 3] if 0 < abs(c[0] - at) <= 2 and len(c[2]) > len(names)
             and have <= {n.casefold() for n in c[2]} and _stackable(page, c)]
    if wider:
        return max(wider, key=lambda c: (len(c[2]), -abs(c[0] - at)))
    # A name inside a column of names (bs4 prints each author's link on a line of its own, and their
    # scores tie): the column is read from its top. A prefixed line ("Von Ana Ruiz") is no column's
    # lower name: the line above it is something else (a picture's alt text that a text browser
    # prints: "Autorenprofilbild von Ana Ruiz").
    none = score(cands[0][3], "byline")
    while k > 1 and cands[k - 1][0] == at - 1 and not cands[k][3][_AT["prefix"]] \
            and _stackable(page, cands[k]) and _stackable(page, cands[k - 1]) \
            and cands[k - 1][3][_AT["person"]] > 0 and not DIGIT.search(page.lines[at - 1].text) \
            and score(cands[k - 1][3], "byline") > none:
        k -= 1
        at, byline, names, feats = cands[k]
        have = {n.casefold() for n in names}
    # A prefixed line ("Von Ana Ruiz") holds its whole byline; the line under it is something else.
    lone_by = feats[_AT["by_line_before"]] > 0
    if not _stackable(page, cands[k]) or feats[_AT["prefix"]] > 0 and not lone_by:
        return cands[k]
    by_line = {c[0]: c for c in cands[k + 1:k + 12]}
    found = list(names)
    j, last = at + 1, at
    # (A line ending in a by-word after the names, "Ana Ruiz Illustration by" / "Tom Lee": the next name is
    # credited with something else, a drawing, a photograph.)
    while j < len(page.lines) and j - last <= 2 and not _ends_on_by(page.lines[last].text, after_words=True):
        c = by_line.get(j)
        if c is not None and _stackable(page, c) and (lone_by or score(c[3], "byline") > none):
            found += [n for n in c[2] if n.casefold() not in have]
            have.update(n.casefold() for n in c[2])
            last = j
        elif not _filler(page.lines[j].text):
            break
        j += 1
    # Without a by-word, a column of names is a byline only when a dateline closes it (or its last line
    # carries the date): "Ana Ruiz" / "Tom Lee" / "Published 9 May 2024".
    if len(found) == len(names) or not lone_by and not (last in page.dateish or last + 1 in page.dateish):
        return cands[k]
    return at, ", ".join(found), found, feats
