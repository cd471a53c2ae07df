"""Re-segmenting dumps whose line breaks were lost.

Some scrapers save a page's text with all white space collapsed (``" ".join(text.split())``): the
whole page, menus, article and teasers, on one line. The text path judges lines, so such a dump
would be one line, either kept whole or dropped whole. A dump is taken as collapsed when one line
holds most of its characters and is far longer than any paragraph (see
``settings.TEXT_COLLAPSED_DUMP``); its long lines are then cut at sentence ends (a full stop,
question or exclamation mark or ellipsis, closing quotes aside, followed by a letter that is not
lower case or a digit; or an ideographic full stop; not after an initial or a short title), and
cut again where a dump with its line breaks would have had them: around runs of many capitalised
bare words (menus, section lists), after the page title's headline it opens with (the
<title> line of a dump with its line breaks) and around the article's heading (where that comes again), around bylines ("By Jane Doe"), and around dates and time stamps that stand apart from
running text ("Updated on: November 19, 2019 / 10:07 AM", "1H ago", "vor 2 Stunden"; a person's name
just before such a date is cut off too), after the labels that head a list of other stories or a
widget ("Related articles", "Share this:"), and before each item of a list of links that repeat the same
words ("Partager sur Twitter Partager sur Facebook …"), so that each piece becomes a line the classifier
can judge.

Dumps with their line breaks are returned unchanged: a long real paragraph is not cut up.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import reasons, settings
from .authors import BY_WORDS, NAME_JOINERS, NAME_PARTICLES
from .blocks import STOPWORDS
from .dates import (
    DATE_GATE,
    DATE_LABELS_PATTERN,
    LABEL_TAIL,
    MONTH_ABBREVIATIONS,
    UPDATE_WORDS,
    search_date,
)
from .lazy_regex import lazy_compile
from .lexicon import phrase_reason
from .lexicon_words import NAME_TITLES
from .textutil import CLOSERS, SPACED_CASELESS_CHARS, UNSPACED

# A sentence end: final punctuation, closing quotes and brackets, then space; or "。" (no space).
# (Only a dump whose white space was collapsed needs it, and _DATE_LABEL: both are compiled on first use.)
_END = lazy_compile(r"(?<=[.!?…])[" + re.escape(CLOSERS) + r"“]*\s+|(?<=。)\s*")
# What may open the next sentence before its first letter: opening quotes and brackets.
_OPENERS = "\"'“‘«„(["
# Words whose full stop is no sentence end before a capital or a digit: a person's title ("Dr. Smith",
# "Sen. Tom Lee") and a month's short name ("Dec. 12, 2006").
_ABBREVIATIONS = frozenset(NAME_TITLES) | MONTH_ABBREVIATIONS | {"st", "no", "nr", "vs"}
# A date's label just before it ("Updated on:", "Published", "Veröffentlicht am"): cut off with the date.
_DATE_LABEL = lazy_compile(
    r"(?:\b(?:" + DATE_LABELS_PATTERN + r")" + LABEL_TAIL + r")$", re.I)
# What separates a page title's headline from the site's name. Narrower than textutil.TITLE_SEP on purpose:
# in a collapsed dump the title runs into the page, and a spaced colon or bullet there ("Sport : le …",
# "Home · News") is a headline's or a menu's own, not the end of the headline.
_TITLE_SEP = re.compile(r" [|–—-] ")
# Kinds of label that head a list of other stories or a widget ("Related articles", "More from …",
# "Share this:", "Sign up"): at a sentence's start, followed by a capital, the label is a line of its own.
_HEADER_KINDS = frozenset((reasons.RELATED_LIST, reasons.SHARE_WIDGET, reasons.NEWSLETTER, reasons.PROMO,
                           reasons.VIDEO_PLAYER))
# Separators between the items of a menu or a breadcrumb ("Home | News | Sport", "Startseite › Politik").
_SEPARATORS = frozenset(("|", "•", "·", "/", "»", "›", ">"))
# Punctuation around a word, left out when words are compared ("tab," is "tab").
_PUNCT = ",.;:!?{}" + _OPENERS + CLOSERS + "".join(_SEPARATORS)


# What ends a clause of running text when written onto a word ("March," "June."): a list's items do not
# carry it (a converter prints a link's separator apart: "Videos , opens new tab").
_CLAUSE_ENDS = frozenset(",;:.")
# A clock time inside a date ("17:47", "1:55pm").
_CLOCK = re.compile(r"\d:\d\d")
# Words that join two names in a byline ("By Jane Doe and John Roe"), and a comma printed apart.
_NAME_JOINERS = NAME_JOINERS | {","}


def is_collapsed(lines: list[str]) -> bool:
    """Whether a dump's white space was collapsed: one very long line holds most of its text."""
    limits = settings.TEXT_COLLAPSED_DUMP
    lengths = list(map(len, lines))  # (in C: no generator step per line)
    longest = max(lengths, default=0)
    if longest < limits["min_line_chars"]:
        return False
    total = sum(lengths)
    return longest >= limits["min_share"] * total


def sentences(line: str) -> list[str]:
    """``line`` cut at its sentence ends (an abbreviation followed by a lower-case word is no end)."""
    out: list[str] = []
    last = 0
    for m in _END.finditer(line):
        nxt = line[m.end():m.end() + 4].lstrip(_OPENERS)[:1]
        # A sentence opens with a digit or a letter that is not lower case (scripts without case,
        # such as CJK, Arabic or Thai, have no lower case).
        if not nxt or not (nxt.isdigit() or nxt.isalpha() and not nxt.islower()):
            continue
        if _abbreviation(line, m.start()):
            continue
        out.append(line[last:m.end()].strip())
        last = m.end()
    out.append(line[last:].strip())
    return [s for s in out if s]


def _abbreviation(line: str, end: int) -> bool:
    """Whether the full stop before ``end`` ends an initial ("Robert L. Curbeam", "U.S. Attorney") or a
    short title or month name ("Dr. Smith", "Dec. 12"), not a sentence."""
    if line[end - 1:end] != ".":
        return False
    number = line[max(0, end - 4):end - 1].rsplit(" ", 1)
    if len(number) == 2 and len(number[1]) <= 2 and number[1].isdigit():
        return True  # a day or an ordinal ("am 9. Juli", "zum 2. Mal"), not a year ("in 2019. The")
    start = end - 1
    while start > 0 and line[start - 1].isalpha():
        start -= 1
    word = line[start:end - 1]
    if not word[:1].isupper():
        # Months are lower case in many languages ("8 janv. 2024", "12 дек. 2023"): before a number only
        # (the Spanish "ago." is the English "ago").
        return word in MONTH_ABBREVIATIONS and line[end:end + 2].strip()[:1].isdigit() and \
            (start == 0 or not line[start - 1].isalnum())
    if len(word) == 1:
        return True
    return word.lower() in _ABBREVIATIONS and (start == 0 or not line[start - 1].isalnum())


# Scripts without case that write spaces between words (Hangul, Arabic, Hebrew, Devanagari): a run of
# their words is a sentence, not a menu. (Chinese and Japanese write none: a word set apart by spaces in
# those is an element of its own, a menu item, and counts as a label.)
_SPACED_CASELESS = lazy_compile(f"[{SPACED_CASELESS_CHARS}]", below=SPACED_CASELESS_CHARS[0])


def _capitalised(token: str) -> bool:
    """A bare label: opens with a letter that is not lower case (or a digit), no punctuation after;
    not a word of a spaced script without case."""
    first = token[:1]
    return first.isalnum() and not first.islower() and token[-1:].isalnum() and \
        (first.isascii() or first.isupper() or not _SPACED_CASELESS.match(first))


def cut_label_runs(sentence: str, title: frozenset[str] = frozenset()) -> list[str]:
    """``sentence`` with each run of many capitalised bare words (a menu, a list of section names;
    separators such as "|" or "›" between them count) cut out as its own piece: running text in any
    cased language has lower-case words between. The run's last word before a lower-case one opens
    the sentence it ran into ("… Getty Images The" / "cybersecurity vendor …"), and words of the page's
    ``title`` at the run's edges stay with the text they touch: a title-case heading after a menu
    ("… Sections Technology Why New Yorkers Received" / "a Push Alert …")."""
    tokens = sentence.split(" ")
    run = settings.TEXT_COLLAPSED_DUMP["label_run"]
    out: list[str] = []
    start = i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (_capitalised(tokens[j]) or tokens[j] in _SEPARATORS and j > i):
            j += 1
        while j > i and tokens[j - 1] in _SEPARATORS:
            j -= 1  # (a run ends on a word: "Home | News |" / "Video shows …")
        if j - i >= run:
            a, b = i, j
            if b < len(tokens) and tokens[b][:1].islower():
                b -= 1  # a sentence's first word: "… | Getty Images The" / "cybersecurity vendor …"
            while b > a and b < len(tokens) and tokens[b - 1] in title:
                b -= 1
            while a < b and a > 0 and tokens[a] in title:
                a += 1
            out += [" ".join(tokens[start:a]), " ".join(tokens[a:b])]
            start = b
        i = max(j, i + 1)
    out.append(" ".join(tokens[start:]))
    return [s for s in out if s]


def is_label_run(piece: str) -> bool:
    """Whether ``piece`` is a whole run of capitalised bare words, as ``cut_label_runs`` cuts out of a
    collapsed dump's sentences: a menu or a list of section names, never a headline (a headline long
    enough has lower-case words between; one in Title Case that the page's title holds is left with
    the text it touches)."""
    tokens = piece.split(" ")
    return len(tokens) >= settings.TEXT_COLLAPSED_DUMP["label_run"] and _capitalised(tokens[0]) and \
        all(_capitalised(t) or t in _SEPARATORS for t in tokens)


def _function_words() -> frozenset[str]:
    """Every supported language's function words, casefolded (built on first use: collapsed dumps only)."""
    global _FUNCTION_WORDS
    if _FUNCTION_WORDS is None:
        _FUNCTION_WORDS = frozenset(w.casefold() for words in STOPWORDS.values() for w in words)
    return _FUNCTION_WORDS


_FUNCTION_WORDS: frozenset[str] | None = None


def cut_link_lists(piece: str) -> list[str]:
    """``piece`` cut before each occurrence of the word pair it repeats most, when that pair comes back
    ``TEXT_COLLAPSED_DUMP["list_repeats"]`` times or more and is not two function words: a list of links
    that each carry the same verb or note ("Partager sur Twitter Partager sur Facebook …", "Videos ,
    opens new tab Pictures , opens new tab …"), which a dump with its line breaks prints one per line.
    (A note that follows its link's label ends up before the next label: "opens new tab Pictures ,";
    the pieces are furniture either way.) A sentence names the same two content words that often only
    in a list, and then its items are clauses that carry its punctuation ("4 per cent in March, 5 per
    cent in April, …"), as teasers do ("Nov 18 A record 5.7 billion robocalls …."): such items are no
    links."""
    tokens = piece.split(" ")
    repeats = int(settings.TEXT_COLLAPSED_DUMP["list_repeats"])
    if len(tokens) < 3 * repeats:
        return [piece]
    keys = [t.strip(_PUNCT).casefold() for t in tokens]
    at: dict[tuple[str, str], list[int]] = {}
    for i, pair in enumerate(pairwise(keys)):
        if pair[0].isalpha() and pair[1].isalpha():  # (words: not numbers, nor code's names and operators)
            at.setdefault(pair, []).append(i)
    pair, starts = max(at.items(), key=lambda kv: len(kv[1]), default=(("", ""), []))
    function = _function_words()
    # (A piece that repeats two function words most, "will be", "of the", is running text, whatever
    # content words come back in it: "… will be archived at …" four times is a notice's sentences.)
    if len(starts) < repeats or pair[0] in function and pair[1] in function:
        return [piece]
    cuts = [0, *(i for i in starts if i > 0), len(tokens)]
    items = [tokens[a:b] for a, b in pairwise(cuts) if b > a]
    if 2 * sum(any(_clause_end(t) for t in item) for item in items) > len(items):
        return [piece]  # (clauses of a sentence, punctuated as running text)
    return [" ".join(item) for item in items]


def _clause_end(token: str) -> bool:
    """Whether a word carries a clause's punctuation ("March," "June."), not an initial's or a title's
    full stop ("P.", "Dr.", "Sen."), as the sentence cutter reads them (``_abbreviation``)."""
    last = token[-1:]
    return last in _CLAUSE_ENDS and len(token) > 1 and (last != "." or not _abbreviation(token, len(token)))


def _name_word(token: str) -> bool:
    """A word of a name: capitalised, two letters or more ("By A Third" is no byline)."""
    return len(token) > 1 and token[0].isupper() and _capitalised(token)


def _byline_end(tokens: list[str], i: int) -> int:
    """The end (token index) of the names after the by-word at ``i`` ("By Jane Doe and John Roe"), or
    ``i`` when no name of two or more capitalised words follows."""
    end = i + 1
    while True:
        j = end
        while j < len(tokens) and j - end < 4:
            word = tokens[j].rstrip(",")
            # A particle inside a name ("Lisa de Moraes", "Ludwig van Beethoven") is lower case.
            if not (_name_word(word) or word in NAME_PARTICLES and j + 1 < len(tokens) and _name_word(tokens[j + 1])):
                break
            j += 1
            if tokens[j - 1].endswith(","):
                break
        names = sum(1 for t in tokens[end:j] if t not in NAME_PARTICLES)
        if names < 2:
            return i if end == i + 1 else end - 1
        nxt = tokens[j][:1] if j < len(tokens) and not tokens[j - 1].endswith(",") else ""
        if names > 3 or names == 3 and (nxt.islower() or nxt.isdigit()):
            # "By Gopal Sharma Fire is seen", "By Ray Brown December 22", "By Joe Davidson Washington
            # Post": what comes after two words opens the next sentence, a date or the employer.
            j = end + 2 + sum(1 for t in tokens[end:end + 2] if t in NAME_PARTICLES)
        end = j
        # After a comma comes a place or an employer as often as a name ("By Jane Doe, Reuters").
        if end < len(tokens) and not tokens[end - 1].endswith(",") and tokens[end] in _NAME_JOINERS:
            end += 1
            continue
        return end


def cut_bylines(piece: str) -> list[str]:
    """``piece`` cut before and after each byline ("By Jane Doe", "Von Max Muster"): a by-word written
    with a capital, or an English "by" where no lower-case word comes before it ("10:44 am PST by Juli
    Clover"; in a sentence: "a ruling by Judge Amy Berman"; German and Italian write "von" and "di"
    after nouns in any sentence), then names of two or three capitalised words."""
    tokens = piece.split(" ")
    cuts: list[int] = [0]
    for i, tok in enumerate(tokens[:-2]):
        if i < cuts[-1] or tok.lower() not in BY_WORDS:
            continue
        if tok[:1].isupper() or tok == "by" and (i == 0 or not tokens[i - 1][:1].islower()):
            end = _byline_end(tokens, i)
            if end > i:
                cuts += [i, end]
    if len(cuts) == 1:
        return [piece]
    cuts.append(len(tokens))
    return [s for s in (" ".join(tokens[a:b]) for a, b in pairwise(cuts)) if s]


def _set_off(piece: str, start: int, end: int) -> bool:
    """Whether a date at ``piece[start:end]`` stands apart from running text: it holds a clock time
    and no lower-case word but a date's label comes before (a time stamp: "3. Mai 2024, 17:47", "Dec 15,
    2016, 1:55pm EST"; in a sentence: "at approximately 3:18 a.m. on June 1, 2023, …"), or what follows opens with a capital, a digit or a separator (in a sentence, a comma, a
    full stop or a lower-case word comes next), or a colon and a time ("November 29, 2016: 3:42 PM")."""
    before = piece[max(0, start - 20):start].rstrip().rsplit(" ", 1)[-1]
    in_sentence = before[:1].islower() and not _DATE_LABEL.search(piece, max(0, start - 40), start)
    if _CLOCK.search(piece, start, end) and not in_sentence:
        return True
    after = piece[end:end + 4].lstrip()
    if after[:1] == ":" and after[1:].lstrip()[:1].isdigit():
        return True
    return not after or not (after[0].islower() or after[0] in ",.;:)")


def _person_word(token: str) -> bool:
    """A word of a person's name: capitalised with lower-case letters after ("Løland"), or an initial
    ("A.")."""
    if len(token) == 2 and token[1] == "." and token[0].isupper():
        return True
    return len(token) > 1 and token[0].isupper() and token[-1].islower() and token.isalpha()


def _name_before(text: str) -> int:
    """The length of the name that ends ``text``, when a date follows it ("… Chuck Ross" before "April
    28, 2023", "… Martin Gramnæs" before "Publisert 06.01.2026"): its last two or three words if they
    are a person's, the last two if more capitalised words come before (a headline's or a caption's,
    or the name printed twice), else 0."""
    tokens = text.rsplit(" ", 4)
    run = 0
    while run < len(tokens) and _person_word(tokens[-1 - run]):
        run += 1
    if run < 2:
        return 0
    if run > 3:
        run = 2
    return len(" ".join(tokens[-run:]))


def cut_dates(piece: str) -> list[str]:
    """``piece`` cut before and after each date or time stamp that stands apart from running text
    ("Updated on: November 19, 2019 / 10:07 AM", "1H ago", "vor 2 Stunden"), its label with it."""
    if not DATE_GATE.search(piece):
        return [piece]
    out: list[str] = []
    last = pos = 0
    while pos < len(piece):
        m = search_date(piece[pos:])
        if m is None:
            break
        start = piece.find(m.text, pos)
        # (The search passes over an update's date when another date follows: look before it again.)
        earlier = search_date(piece[pos:start]) if start > pos and UPDATE_WORDS.search(piece, pos, start) else None
        while earlier is not None and start > pos:
            m, start = earlier, piece.find(earlier.text, pos)
            earlier = search_date(piece[pos:start]) if start > pos else None
        if start < 0:
            break
        end = start + len(m.text)
        pos = end
        if not _set_off(piece, start, end):
            continue
        label = _DATE_LABEL.search(piece, max(last, start - 40), start)
        if label:
            start = label.start()
        before = piece[last:start].strip()
        name = _name_before(before) if not m.relative else 0
        out += [before[:len(before) - name].strip(), before[len(before) - name:], piece[start:end].strip()]
        last = end
    out.append(piece[last:].strip())
    return [s for s in out if s]


def _headline(line: str) -> str:
    """The headline a page's title opens with, when the dump starts with the title ("Headline | Site",
    "Headline - Site"): the words before the first such separator, if there are at least four."""
    m = _TITLE_SEP.search(line, 0, 300)
    head = line[:m.start()].strip() if m else ""
    return head if len(head.split()) >= 4 else ""


def _word_edge(c: str) -> bool:
    """Whether a character next to a run of words leaves the run's words whole: not a letter or digit
    that goes on with a word, or a letter of a script written without spaces (a CJK heading runs
    straight into the text after it; not Korean, written with spaces)."""
    return not c.isalnum() or UNSPACED.match(c) is not None


def _repeated_title(line: str) -> str:
    """The longest run of the dump's first words (at most 300 characters: the page title it opens
    with) that the dump repeats further on, the article's heading; if it has four words or more, or
    20 characters (a heading in a script without spaces between words) and is not one word of a
    cased script."""
    words = line[:300].split(" ")[:-1]

    def repeats(k: int) -> bool:  # (as whole words: "brace for a" does not repeat in "brace for an")
        head = " ".join(words[:k])
        pos = line.find(head, len(head))
        while pos >= 0:
            end = pos + len(head)
            if _word_edge(line[end:end + 1]) and _word_edge(line[pos - 1:pos]):
                return True
            pos = line.find(head, pos + 1)
        return False

    # A run that repeats has every shorter run repeat at the same place: search the length by halves.
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if repeats(mid) else (lo, mid - 1)
    head = " ".join(words[:lo])
    # (The 20 characters are for a heading in a script without spaces; in another script a run of one to
    # three words, "Nostradamus-Vorhersage", "Bundesverfassungsgericht kippt", is a kicker, not a heading.)
    return head if lo >= 4 or len(head) >= 20 and UNSPACED.search(head) is not None else ""


def cut_headline(line: str, headline: str, start: int = 0) -> list[str]:
    """``line`` cut before and after each repetition of ``headline`` from ``start`` on: the article's
    own heading, which runs into the menus before it and the byline or lead after it."""
    if not headline:
        return [line]
    out: list[str] = []
    last = 0
    pos = line.find(headline, start)
    while pos >= 0:
        out += [line[last:pos], headline]
        last = pos + len(headline)
        pos = line.find(headline, last)
    out.append(line[last:])
    return [s.strip() for s in out if s.strip()]


def headline_chunks(line: str, first: bool) -> list[str]:
    """``line`` cut around the title's headline (``first``: the line opens the dump, with the title): the
    headline it opens with is cut off the site's name and menu it runs into, whether it repeats or not,
    and cut out again where it repeats; the longest repeated opening, then the words before the title's
    separator (the heading may be printed without the rest of a longer title)."""
    if not first:
        return [line]
    long_head, short_head = _repeated_title(line), _headline(line)
    chunks = cut_headline(line, long_head, len(long_head))
    if short_head and short_head != long_head:
        out: list[str] = []
        for i, chunk in enumerate(chunks):
            skip = i == 0 and chunk.startswith(short_head)
            out += [chunk] if chunk == long_head else cut_headline(chunk, short_head, len(short_head) if skip else 0)
        chunks = out
    # The title's headline that opens the dump is a line of its own, as in a dump with its line breaks (the
    # <title> line), not the start of a sentence that runs on into the site's name and menu; the longer
    # head wins (a repeated heading holding a " - " is one headline; a shorter repeat is a cut heading).
    opening = max((h for h in (long_head, short_head) if h and chunks[0].startswith(h)), key=len, default="")
    if opening and chunks[0] != opening:
        chunks[:1] = [opening, chunks[0][len(opening):].strip()]
    return chunks


def cut_header(piece: str) -> list[str]:
    """``piece`` with the label it opens with cut off ("Related articles" / "Hong Kong uprising: …",
    "Share this:" / "Facebook Twitter …"): the longest of its first words (up to five) that the lexicon
    takes whole for a related list, a share or newsletter widget, a promotion or a player's or an
    advertisement's label, where a capital or a digit follows (a sentence goes on in lower case) and
    the phrase does not take that word too; then the next such label."""
    tokens = piece.split(" ", 5)
    for k in range(min(5, len(tokens) - 1), 0, -1):
        nxt = tokens[k][:1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        head = " ".join(tokens[:k])
        # (A phrase that takes the next word too is open-ended, "Bild: …", "Jetzt anmelden …": no label.)
        if phrase_reason(head) in _HEADER_KINDS and phrase_reason(f"{head} {tokens[k]}") not in _HEADER_KINDS:
            # (Labels come in a row: "Advertisement MOST READ 32 arrested …".)
            return [head, *cut_header(piece[len(head):].strip())]
    return [piece]


def resegment(text: str, lines: list[str] | None = None) -> str:
    """``text`` with its very long lines cut into sentences if it is a collapsed dump, else as is
    (``lines``: its lines, when the caller has split it already)."""
    if lines is None:
        lines = text.splitlines()
    if not is_collapsed(lines):
        return text
    limit = settings.TEXT_COLLAPSED_DUMP["min_line_chars"]
    out: list[str] = []
    headings = {_repeated_title(lines[0]), _headline(lines[0])} if lines else set()
    title = frozenset(" ".join(headings).split())
    for n, line in enumerate(lines):
        if len(line) < limit:
            out.append(line)
            continue
        for chunk in headline_chunks(line, n == 0):
            if chunk in headings:
                out.append(chunk)  # one line, whatever full stops or capitalised words it holds
                continue
            for sentence in sentences(chunk):
                for part in cut_bylines(sentence):
                    for piece in cut_dates(part):
                        for run in cut_label_runs(piece, title):
                            for item in cut_link_lists(run):
                                out += cut_header(item)
    # Two blank lines between pieces: the breaks are ours, not a converter's, so the text path's
    # joiner of lines split at inline elements (which looks across at most one blank line) must not
    # glue a menu back onto the sentence it was cut from.
    return "\n\n\n".join(out)
