"""Bylines and author names: from a byline line of text, or from structured data candidates.

Better fewer than wrong: a candidate survives only if it has the shape of a person's name
(2-4 capitalised tokens, particles and initials allowed, any cased script; or a short name in a
caseless script) and is not an organisation, a role, a desk or a handle.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from .dates import DATE_LABELS_PATTERN, search_date
from .lazy_regex import lazy_compile
from .lexicon_words import (
    AGENCIES,
    AUTHOR_LABELS,
    BROADCASTERS,
    CJK_AUTHOR_LABELS,
    CJK_CREDIT_ROLES,
    MASTHEAD_WORDS,
    NAME_TITLES,
    READING_TIME_AFTER,
    READING_TIME_BEFORE,
    TEXT_LABELS,
    alternatives,
)
from .textutil import CAPITAL, CASELESS_BELOW_CJK, CASELESS_CHARS, CJK, CJK_CHARS, LATIN_CAPITAL, word_trie

# The short words a byline opens with ("By", "Von", "Par", "Door", "Av"): the byline prefixes below
# and the text path's tests for a byline run onto a headline's line read them.
BY_WORDS: tuple[str, ...] = ("by", "von", "par", "por", "di", "door", "av", "af")
# The same as a set, for the tests of one word (lower-cased): is it a by-word?
BY_WORD_SET: frozenset[str] = frozenset(BY_WORDS)
# "By", "Written by", "Von", "Par", "Por", "Di", "Av"/"Af" (Scandinavian), "Door" (Dutch), "Від", "Автор:",
# "Yazar:", "投稿者" … at the start of a byline.
_PREFIX = lazy_compile(
    r"^(?:(?:written|writing|words|story|text|reporting|reported|posted|published|compiled|interview)\s+by|"
    r"(?:ein(?:e)?\s+)?(?:beitrag|kommentar|gastbeitrag|analyse|reportage)\s+von|escrito\s+por|"
    r"a\s+cura\s+di|propos\s+recueillis\s+par|skrevet\s+a[vf]|skriven\s+av|geschreven\s+door|"
    r"" + "|".join(BY_WORDS) + r"|від|от|" + AUTHOR_LABELS + r"|yazar|" + TEXT_LABELS + r"|redakt(?:ion|eur)|reporter|"
    r"подготовил(?:а|и)?|підготува(?:в|ла|ли)|" + CJK_AUTHOR_LABELS + r")(?=[\s:：])\s*[:：—–-]?\s*",
    re.I,
)


# Asked of most lines of a dump, several times each (line classes, title, byline and date searches):
# the answer is remembered (the expression takes about 1 µs a line, a remembered answer a tenth of it).
@functools.lru_cache(maxsize=16384)
def has_byline_prefix(s: str) -> bool:
    """True if ``s`` opens with a byline prefix ("By", "Von", "Par", "Автор:", "Written by" …)."""
    return _PREFIX.match(s) is not None


# (Asked of every line around the article's start by the page context and again of each byline
# candidate's line above: remembered like the prefix test.)
@functools.lru_cache(maxsize=16384)
def is_byline_prefix_only(s: str) -> bool:
    """True if ``s`` is a byline prefix and nothing else ("By", "Von:", "Autor"): a line a converter
    split from the names that follow it."""
    s = s.strip()
    m = _PREFIX.match(s + " ")
    return m is not None and m.end() >= len(s)


# Photo and image credits name people too, but they are not the article's authors.
_CREDIT = re.compile(
    r"\b(?:photos?|photograph\w*|images?|pictures?|credits?|illustrations?|getty|shutterstock|fotos?|"
    r"bild(?:er)?|imagen|immagine|фото\w*|ілюстрац\w*|video|caption)\b|^\(.*\)$",
    re.I,
)
# Corporate suffixes: a line naming a company is an imprint or a copyright line.
_CORPORATE = re.compile(r"\b(?:inc|ltd|llc|plc|gmbh|corp|co|company|s\.a|ag)\b\.?", re.I)
# The words that join two names inside a byline ("Ana Ruiz y Tom Lee"), and those that join a name and
# an agency ("Von Ana Ruiz mit AP", "By Euronews with Agencies"): one home for the alternations below.
JOIN_WORDS: tuple[str, ...] = ("and", "und", "et", "y", "e", "i", "og", "och", "oraz", "és", "ja", "и", "і", "та")
# ("com" Portuguese, "met" Dutch, "med" Scandinavian.)
WITH_WORDS: tuple[str, ...] = ("with", "mit", "avec", "con", "com", "met", "med")
_CONJ = re.compile(r"\s(?:&|" + "|".join(JOIN_WORDS) + r")\s", re.I)
_BULLET = re.compile(r"^[\s•·*▪►–—-]+")
# An e-mail address (a byline's or a credit's contact; text_title: never a headline's).
EMAIL = re.compile(r"\S+@\S+\.\w+|\bmailto:\S+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_NOISE = lazy_compile(
    r"\b(?:email|e-mail|contact|follow|message)\s+(?:the\s+)?(?:author|me|us|him|her)\b|"
    r"\b(?:" + DATE_LABELS_PATTERN + r"|güncelle\w*|yayınlan\w*)\b.*$|"
    r"\bread more\b.*$|\bview (?:all )?(?:posts|articles|profile)\b.*$|\bfollow\b.*$|"
    # The editor a wire byline credits after its writers ("Reporting by A; Editing by B") is no author.
    r"\b(?:editing|edited)\s+by\b.*$|"
    # Reading time beside the byline: "5 min read", "3 Min. Lesezeit", "Lesedauer: 4 Minuten".
    r"\b\d+\s*(?:min(?:ute)?s?|minuten|minutes?)\.?\s+(?:" + alternatives(READING_TIME_AFTER) + r")\b.*$|"
    r"\b(?:" + alternatives(READING_TIME_BEFORE) + r")\b.*$",
    re.I,
)
# Separators between names: commas, "and" in the languages we read, ampersands, slashes.
_SEPARATORS = (
    r"\s*(?:,|;|\s&\s|\s\+\s|/|\||\s[-–—]\s)\s*"
    # A full stop after a word ends a name ("Jane Example. Example International"), but not an
    # abbreviation ("Dr. Jane Smith") or an initial ("John Q. Sample": one letter before it).
    r"|(?<=\w\w)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!Mrs)(?<!\bJr)(?<!\bSr)(?<!Prof)\.\s+")
# Joining words that are also given names or initials ("Con Coughlin", "Med Hondo", "Tom E Lee") join
# only in lower case, unless the whole byline is in capitals ("ANA RUIZ Y TOM LEE"); "And", "With" in
# a title-cased byline join too. "with"/"mit"/"avec" joins a name and an agency: "Von Ana Ruiz mit AP".
_NAMELIKE_JOINS = frozenset(("y", "e", "i", "ja", "con", "com", "met", "med", "mit"))
_JOINS = r"\s+(?:" + "|".join(w for w in JOIN_WORDS + WITH_WORDS if w not in _NAMELIKE_JOINS) + r")\s+"
_LOWER_JOINS = r"\s+(?-i:" + "|".join(w for w in JOIN_WORDS + WITH_WORDS if w in _NAMELIKE_JOINS) + r")\s+"
_SPLIT = re.compile(_SEPARATORS + "|" + _JOINS + "|" + _LOWER_JOINS, re.I)
_SPLIT_CAPITALS = re.compile(_SEPARATORS + "|" + _JOINS + "|" + _LOWER_JOINS.replace("(?-i:", "(?:"), re.I)


def _split(body: str) -> list[str]:
    """A byline's parts between its separators and joining words."""
    return (_SPLIT_CAPITALS if body.isupper() else _SPLIT).split(body)
# "<name> in Kyiv", "<name> en Londres", "<name> à Paris", "<name> в Москве".
_PLACE = re.compile(
    r"\s+(?:in|en|à|a|au|aus|from|at|desde|da|dal|dalla|em|no|na|в|во|у|із|з|из|"
    r"for|für|pour|para|per|для)\s+" + CAPITAL + r".*$"  # "for The Guardian": the outlet, like a place
)
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_ROLE_ADJ = (
    r"senior|junior|chief|staff|political|foreign|special|deputy|managing|executive|associate|contributing|"
    r"international|national|economics?|business|science|health|technology|tech|sports?|entertainment|"
    r"investigative|breaking|news|digital|freelance|guest|white\s+house|europe|world|"
    r"leitende[r]?|freie[r]?|grand|"
    r"старший|специальный|власний|спеціальний"
)
_ROLE_NOUN = (
    r"reporter|writer|correspondent|editor|columnist|contributor|journalist|photographer|producer|analyst|"
    r"author|anchor|host|intern|critic|blogger|special|envoyée?\s+spéciale?|enviad[oa]\s+especial|"
    r"inviat[oa](?:\s+speciale)?|спецкор|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalistin|autor(?:in)?|"
    r"journaliste|correspondant(?:e)?|rédact(?:eur|rice)|"
    r"periodista|corresponsal|redactora?|"
    r"giornalista|corrispondente|redattore|inviat[oa]|"
    r"jornalista|correspondente|repórter|"
    r"корреспондент|журналист(?:ка)?|редактор|кореспондент(?:ка)?|журналіст(?:ка)?|оглядач"
)
_ROLE = r"(?:(?:" + _ROLE_ADJ + r")\b[\s-]*)*(?:" + _ROLE_NOUN + r")s?\b"
_ROLE_PART = lazy_compile(
    r"^(?:the\s+|our\s+|a\s+)?" + _ROLE + r"(?:\s+(?:at|for|of|in|to|bei|aus|für|de|di|du|à|a|en|em|pour|para|per|в|у)\s+.+)?$",
    re.I,
)


def is_role(s: str) -> bool:
    """True if ``s`` is a journalist's role and nothing else ("Political Correspondent", "Corresponsal
    en Atenas", "News Reporter"): printed under a name, it is no name itself."""
    s = s.strip(_TRAIL_PUNCT)
    return _ROLE_PART.match(s) is not None or _ROLE_COMPOUND.match(s) is not None


_ROLE_WORD = lazy_compile(r"^(?:" + _ROLE_ADJ + r"|" + _ROLE_NOUN + r")s?$", re.I)


def is_role_word(tok: str) -> bool:
    """True if ``tok`` is a word of a journalist's role ("Senior", "Deputy", "Reporter"): a name read
    off a line that runs on into the role ends before it."""
    return _ROLE_WORD.match(tok) is not None


# German compounds name the desk inside the role: "Leitender Wirtschaftsredakteur", "Auslandskorrespondentin".
_ROLE_COMPOUND = re.compile(r"^(?:\w+\s+)?\w+(?:redakteur|korrespondent|reporter|journalist|autor)(?:in)?$", re.I)


_ROLE_LEAD = lazy_compile(r"^" + _ROLE + r"[\s,:]+(?=" + CAPITAL + r")", re.I)
_ROLE_TAIL = lazy_compile(r"[\s,–—-]+" + _ROLE + r"$", re.I)


# An apostrophe inside a Ukrainian name (Г'юго) and the marks that join a name's parts (Jean-Luc, O'Neil).
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ](?=[a-zа-яіїєґ])")
_NAME_PARTS = re.compile(r"[-'’ʼ]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The tokens that stand for a news outlet beside a byline ("Jane Doe, Reuters", "Jane Doe, Example
# Zeitung"): the words newspapers name themselves with (the lexicon's masthead words), agencies and
# broadcasters (the lexicon's), and the desks that sign copy.
# The desks that sign copy for a newsroom ("AOL Staff", "BWW News Desk", "IN-Redaktion", "Redacción
# Example"): a byline without a prefix must name one to sign for its outlet.
_DESK_TOKENS = _words("staff desk newsdesk newsroom redaktion rédaction redacción redazione redactie redakcja "
                      "redakce redaksjonen redaktionen redação редакция редакція")
_NEWS_TOKENS = _DESK_TOKENS | _words(
    "prensa agency wire wires bureau radio tv media correspondents noticias nouvelles notizie"
) | frozenset(MASTHEAD_WORDS) | _words(" ".join(AGENCIES + BROADCASTERS))
# A desk's word anywhere in a line (also inside a compound: "IN-Redaktion", "Newsdesk"): the cheap test
# before desk_byline on a line without a byline prefix, made from the same words.
# (A trie: a position that starts no desk's word fails on its first letter; a plain alternation of the
# words took three times as long on a line that holds none.)
DESK_WORD = re.compile(word_trie(sorted(_DESK_TOKENS)), re.I)
# Tokens that make a candidate an organisation, desk or placeholder rather than a person: every
# outlet token, and other organisations' and placeholders' words.
_ORG_TOKENS = _NEWS_TOKENS | _words(
    """
    editorial editors board admin administrator newsdesk team redação agencies press presse associated
    news nachrichten notícias новости новини media group inc ltd llc
    gmbh corp company online daily weekly times post journal magazine tribune herald gazette telegraph
    guardian service services network report reports contributors contributor guest sponsored
    partner partners content studio office ministry department university institute
    foundation council committee police government official officials
    unknown anonymous various writer writers author authors editor user users web site website
    insider business international science health technology tech sports sport world politics opinion
    entertainment weather finance markets economy culture travel lifestyle style live breaking
    """
)
# Function words that never appear in a name: they show a title or a sentence instead.
_STOP_TOKENS = _words(
    # Short words that are also name parts in some languages ("Kim Ha Na", "Lee So-young", "Ha Do",
    # "Le Van An") are left out: a byline is never recognised by its name alone anyway.
    """
    the a of is are was were be to for on with from at by this that these those it its his her
    their our your my we you they he she not no yes but or if how why what when who where which
    would can could should has have had does did new more most about after before over under
    any all every some first last best top here there now just only also up out off down one two vs via
    get see make says said say live watch read share follow click subscribe sign log date time
    updated published posted air select latest popular trending video videos photo photos gallery home menu search
    der die das und ist ein eine nicht mit für auf im den dem des zu
    les des est une pour sur avec dans par qui que
    los las una por para con que
    gli è per con che
    os é uma para com que
    и в на с по не что это как
    і в на з по не що це як
    """
)
_PARTICLES = _words(
    "van von der den de da das do dos du del della di le la bin ibn al el ter ten zu y e st. st"
)
# The words that join two names ("Ana Ruiz and Tom Lee", "… und …", "… oraz …"): a byline line left open
# on one goes on at the next line, and a collapsed dump's byline goes on after one. "en" joins names in
# Dutch but is "in" in French and Spanish ("Ana Ruiz en Madrid"): it leaves a line open, it splits none
# (``JOIN_WORDS`` split a byline into its names).
NAME_JOINERS = frozenset((*JOIN_WORDS, "en", "&"))
# Lower-case particles inside a name ("Lisa de Moraes", "Ludwig van Beethoven"), without the joiners.
NAME_PARTICLES = _PARTICLES - NAME_JOINERS
# Role labels printed before names in Japanese, Chinese and Korean bylines ("著者 A イラスト B"), and the
# roles a book's credits print after them (lexicon_words.CJK_CREDIT_ROLES): no part of a name.
_CJK_ROLES = frozenset(CJK_CREDIT_ROLES) | _words("著者 作者 筆者 文 記者 编辑 編集 編集部 编辑部 イラスト 写真 撮影 "
                                                  "取材 構成 执笔 记者 摄影 기자 글 사진 편집")
_CASELESS = lazy_compile(f"^[{CASELESS_CHARS}]+$", below=CJK_CHARS[0], cheap=f"^[{CASELESS_BELOW_CJK}]+$")
_INITIAL = re.compile(r"^" + CAPITAL + r"\.(?:-?" + CAPITAL + r"\.)*$")
_TRAIL_PUNCT = " \t.,;:!?·•|–—-()[]\"'“”‘’«»"


def _is_name_token(tok: str) -> bool:
    if _INITIAL.match(tok):
        return True
    core = tok.strip("'’")
    if "-" in core:  # (every prefix below has its hyphen)
        low = core.lower()
        for prefix in ("al-", "el-", "ad-", "an-", "as-", "ibn-", "bin-"):  # al-Assad, el-Sisi
            if low.startswith(prefix) and len(core) > len(prefix):
                core = core[len(prefix):]
                break
    if not core or not core[0].isupper():
        return False
    if core.isupper() and len(core) > 1:
        return False  # an acronym ("NFL", "BBC"); names printed in capitals are title-cased before this
    if not core.isascii() and CJK.search(core):
        return False  # a cased word run into CJK script is a term, no name ("ChromeのNever-Slow Mode")
    # Ukrainian names carry an apostrophe before a lower-case letter (Г'юго, В'ячеслав): one word.
    core = _INNER_APOSTROPHE.sub("", core)
    parts = [p for p in _NAME_PARTS.split(core) if p]
    # "McCarthy", "LaMotte" have one inner capital; "GarberFOXBusiness" is two words run together.
    return all(p[0].isupper() and p.replace(".", "").isalpha() and sum(map(str.isupper, p[1:])) <= 1
               for p in parts)


# The Japanese middle dot joins the parts of a name written in katakana ("ドナルド・トランプ", "ジョン・万次郎");
# between two words in kanji it joins the items of an enumeration ("企業・業界", companies and industries):
# no name. (A Chinese page that writes a foreign name's parts in hanzi with this dot, "唐纳德・特朗普", reads
# the same way: the cost of the rule; Chinese usually writes "·", U+00B7, instead.)
# (Compiled on first use, asked only of a name holding the dot: a class of CJK ranges is slow to compile.)
_ENUMERATION = lazy_compile(r"[\u3400-\u9fff]・[\u3400-\u9fff]")


# (Asked twice of each part of a byline, by ``_part_kind`` and ``_names_in``, and of many lines: remembered.)
@functools.lru_cache(maxsize=8192)
def is_person_name(name: str) -> bool:
    """True if ``name`` has the shape of one person's name ("Ana Ruiz", "Jean-Luc de la Tour")."""
    if not name or len(name) > 60 or any(map(str.isdigit, name)) or "@" in name or "/" in name:
        return False
    tokens = name.split()
    if not _CJK_ROLES.isdisjoint(tokens):
        return False
    if not name.isascii():  # (a caseless script's letters are never ASCII)
        if len(tokens) == 1 and _CASELESS.match(tokens[0]):
            return 2 <= len(tokens[0]) <= 8 and not ("・" in name and _ENUMERATION.search(name))
        if all(_CASELESS.match(t) for t in tokens):
            return 2 <= len(tokens) <= 4
    core = [t for t in tokens if t.lower() not in _PARTICLES]
    if len(core) == 1 and len(tokens) == 2 and tokens[0][0].isupper():
        core = tokens  # a capitalised particle opening a two-word name is a given name ("Al Baker", "Van Jones")
    if not 2 <= len(core) <= 4 or len(tokens) > 6:
        return False
    if tokens[0].lower() in _PARTICLES and not tokens[0][0].isupper():
        return False  # a name does not start with a lower-case particle
    for t in core:
        low = t.lower().strip(".")
        # (An initial "A." is no stop word: "Miguel A. Herguedas".)
        if not _INITIAL.match(t) and (low in _ORG_TOKENS or low in _STOP_TOKENS) or not _is_name_token(t):
            return False
    return not all(_INITIAL.match(t) for t in core)


def _normalise_case(name: str) -> str:
    """Title-case names printed in capitals, keeping mixed-case names as written."""
    letters = list(filter(str.isalpha, name))
    if letters and all(map(str.isupper, letters)) and len(letters) > 3:
        return " ".join(
            "-".join(p[:1] + p[1:].lower() for p in tok.split("-")) if not _INITIAL.match(tok) else tok
            for tok in name.split()
        )
    return name


def _strip_date(s: str) -> str:
    """Drop a date from a byline: what follows it is a time, a section, a share bar; a leading
    date ("10.09.2022 | Jane Doe") goes alone."""
    found = search_date(s)
    if found is None:
        return s
    idx = s.find(found.text)
    if idx > 0:
        return s[:idx]
    return s[len(found.text):] if idx == 0 else s


_SHORT_PLACE = lazy_compile(
    r"\s(?:in|en|à|a|au|aus|from|at|desde|da|em|no|na|в|во|у|із|з|из)\s+" + CAPITAL + r"[\w'’.-]*"
    r"(?:\s+" + CAPITAL + r"[\w'’.-]*)?(?:[\s.,;]|$)"
)
_HONORIFIC = re.compile(r"^(?:" + "|".join(map(re.escape, NAME_TITLES)) + r")\.?\s+", re.I)


@functools.lru_cache(maxsize=4096)  # (each part is cleaned by _part_kind and again by _names_in)
def _clean_part(part: str) -> str:
    part = part.strip(_TRAIL_PUNCT)
    m = _PREFIX.match(part)
    if m and m.end() < len(part):  # each credit of a wire byline: "Reporting by A; Writing by B"
        part = part[m.end():]
    part = _HONORIFIC.sub("", part)
    part = _PLACE.sub("", part)
    part = _ROLE_TAIL.sub("", part)
    part = _ROLE_LEAD.sub("", part)
    return _strip_outlet_tail(part.strip(_TRAIL_PUNCT))


def _strip_outlet_tail(part: str) -> str:
    """"JILL LAWLESS Associated Press" -> "JILL LAWLESS": an outlet run on after a name in capitals.

    Only where capitals mark where the name ends: "European Space Agency" stays an organisation.
    """
    tokens = part.split()
    caps = 0
    while caps < len(tokens) and tokens[caps].isupper() and len(tokens[caps]) > 1:
        caps += 1
    if caps < 2:
        return part
    tail = [t.lower().strip(".") for t in tokens[caps:]]
    if caps >= 2 and tail and any(t in _NEWS_TOKENS or t in _ORG_TOKENS for t in tail):
        return " ".join(tokens[:caps])
    return part


def _once(toks: list[str]) -> str:
    """The words of a name, a name printed twice in a row once: the writer's link and the name under the
    picture beside it, run together by a converter ("Ana Ruiz Ana Ruiz")."""
    half = len(toks) // 2
    if len(toks) in (4, 6) and toks[:half] == toks[half:]:
        toks = toks[:half]
    return " ".join(toks)


def _names_in(s: str) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for part in _split(s):
        if _ROLE_PART.match(part.strip(_TRAIL_PUNCT)):
            continue
        part = _clean_part(part)
        if not part:
            continue
        name = _normalise_case(_once(part.split()))
        if is_person_name(name) and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


# looks_like_byline and parse_byline prepare the same lines and judge the same parts: remember both.
@functools.lru_cache(maxsize=4096)
def _prepare(s: str) -> tuple[str, bool]:
    """Strip bullets, e-mails, handles, trailing dates and the "By" prefix; report if a prefix was seen."""
    s = " ".join(s.split())
    s = _BULLET.sub("", s)
    # (Each expression below runs only on a line holding the character it cannot match without.)
    if "@" in s or "mailto:" in s:
        s = EMAIL.sub(" ", s)
    if "://" in s or "www." in s:
        s = _URL.sub(" ", s)
    if "@" in s:
        s = _HANDLE.sub(" ", s)
    s = _NOISE.sub(" ", s)
    if "(" in s or "[" in s:
        s = _PARENS.sub(" ", s)  # "(à Kiev)", "(AP)", "(@handle)": asides, never the name
    s = _strip_date(s)
    if _GLUED.search(s):
        s = _unglue(s)
    s = once(" ".join(s.split()).strip(_TRAIL_PUNCT))
    m = _PREFIX.match(s)
    if m:
        s = s[m.end():]
    return s, bool(m)


# Two elements a converter printed without a space between them, a name and its role, outlet or
# repetition: "Ulrich ExnerKorrespondent", "Dan Jervis-BardyThe West Australian". Three lower-case
# letters before the capital: "McDonald", "MacArthur", "DeShawn", "LeBron" keep theirs.
_GLUED = re.compile(r"(?<=[a-zß-ÿ]{3})(?=" + LATIN_CAPITAL + r"[a-zß-ÿ])")


def _unglue(s: str) -> str:
    """Split glued words that end a name: only a word right after a capitalised word that is no
    by-word ("Ulrich ExnerKorrespondent"), so that an outlet written in camel case ("By TechCrunch",
    "LinkNaija") stays one word."""
    words = s.split(" ")
    for i in range(1, len(words)):
        before = words[i - 1]
        if before[:1].isupper() and before[-1:].isalpha() and before.lower() not in BY_WORDS and _GLUED.search(words[i]):
            words[i] = _GLUED.sub(" ", words[i])
    return " ".join(words)


def unglue_name(s: str) -> str:
    """The line with a space where a converter glued a name to the word after it ("Dan Jervis-BardyThe
    West Australian"), as the byline parser reads it (see ``_unglue``)."""
    return _unglue(s)


def once(s: str) -> str:
    """A name printed twice (a card's link and its text), perhaps with a by-word between: "Tobias
    Mühlbauer Tobias Mühlbauer", "Katja Belousova von Katja Belousova" are the name once."""
    words = s.split()
    half = len(words) // 2
    if half >= 2 and words[:half] == words[-half:] and (
            len(words) == 2 * half or words[half].lower() in BY_WORDS):
        return " ".join(words[:half])
    return s


def clear_caches() -> None:
    """Forget the remembered prefix tests, name tests, preparations and part kinds (for timing cold runs)."""
    has_byline_prefix.cache_clear()
    is_byline_prefix_only.cache_clear()
    is_person_name.cache_clear()
    _clean_part.cache_clear()
    _prepare.cache_clear()
    desk_byline.cache_clear()
    _part_kind.cache_clear()


def parse_byline(s: str) -> tuple[str | None, list[str]]:
    """Parse a byline: ``(byline, names)``.

    ``"By Jane Doe"`` gives ``("Jane Doe", ["Jane Doe"])``;
    ``"• Ana Ruiz en Madrid y Tom Lee en Londres."`` gives
    ``("Ana Ruiz, Tom Lee", ["Ana Ruiz", "Tom Lee"])``. Places, roles, outlet
    names, e-mails and trailing dates are dropped. ``(None, [])`` when no person is named, or
    when a part of the line is neither a name, a role, an outlet nor a place (a headline, a menu).
    """
    if not s or len(s) > 300:
        return None, []
    body, _ = _prepare(s)
    parts = [p for p in _split(body) if p.strip(_TRAIL_PUNCT)]
    if any(_part_kind(p) == "junk" and len(p.split()) > 1 for p in parts):
        return None, []
    names = _names_in(body)
    return (", ".join(names) if names else None), names


def looks_like_byline(s: str) -> bool:
    """True for a line that is a byline: "By A and B", "A – Yesterday 11:00 AM", "• A in X and B in Y".

    A bare line of capitalised words is not enough (headlines look like that); a byline prefix,
    a date after the names, a leading bullet with places, or a role/outlet after the name is needed.
    """
    tokens = s.split()
    if not tokens or len(tokens) > 40:
        return False
    if sum(1 for t in tokens if t[:1].isupper()) < 2 and not any(_CASELESS.match(t) for t in tokens):
        return False  # a name has capitals, or is written in a caseless script
    s = " ".join(tokens)
    if "(@" in s or _CREDIT.search(s) or _CORPORATE.search(s):
        return False  # an embedded post's signature, a photo credit, a company imprint
    body, has_prefix = _prepare(s)
    parts = [p for p in _split(body) if p.strip(_TRAIL_PUNCT)]
    kinds: list[str] = []
    for p in parts:  # (a junk part settles it: the parts after it need no judging)
        kinds.append(_part_kind(p))
        if kinds[-1] == "junk":
            return False
    if "name" not in kinds:
        return False
    if has_prefix:
        return True
    if kinds[0] != "name":
        return False  # bylines start with the person: "Jane Doe – 3 hours ago", "Jane Doe, Reuters"
    if search_date(s) is not None and len(kinds) <= 4:
        return True
    name_parts = [p for p, k in zip(parts, kinds, strict=True) if k == "name"]
    # People and places: every name short (2-3 words), and its place a few capitalised words.
    placed = all(len(_clean_part(p).split()) <= 3 for p in name_parts) and _SHORT_PLACE.search(body)
    if placed and (_BULLET.match(s) or (len(name_parts) > 1 and all(_PLACE.search(p) for p in name_parts))):
        return True  # "• A en Kyiv y B en Londres", "A in Kyiv and B in London": people and places
    # "Jane Doe, Senior Reporter" / "Jane Doe | BBC News": a name with a role or an outlet beside it.
    extras = {k for k in kinds if k != "name"}
    return not _CONJ.search(body) and bool(extras & _BESIDE_NAME) and "org" not in extras


# Articles a newspaper's name starts with; a two-word "name" that starts with one is a masthead.
_TITLE_ARTICLES = frozenset(("the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "het"))
# What may stand beside a name to make a bare line a byline ("Jane Doe, Reuters", "Ann Lee, PhD").
_BESIDE_NAME = frozenset(("role", "outlet", "credential"))


@functools.lru_cache(maxsize=4096)
def _part_kind(part: str) -> str:
    """What one comma/"and"-separated part of a byline is: name, role, outlet, org or junk."""
    part = part.strip(_TRAIL_PUNCT)
    if _ROLE_PART.match(part):
        return "role"
    tokens = part.split()
    if len(tokens) == 2 and tokens[0].lower() in _TITLE_ARTICLES:
        return "outlet"  # "Le Figaro", "El País", "Die Zeit": a masthead, not a person's name
    if is_person_name(_normalise_case(_clean_part(part))):
        return "name"
    kind = _org_kind(_PLACE.sub("", part))  # "Example Media for Example.com": the outlet, then its site
    if kind == "junk" and " " not in part and part[:1].isupper() and part.replace("-", "").isalpha():
        if len(part) <= 6 and sum(c.isupper() for c in part) >= 2:
            return "credential"  # "PhD", "MD", "RDN", "BSc"
        return "place"  # "Jane Doe, Kyiv"; "Stand:" before a date
    return kind


def _org_kind(part: str) -> str:
    """"outlet" for a short capitalised news organisation ("BBC News", "Ap Auto", "The Associated
    Press"), "org" for another organisation ("Business Insider"), else "junk"."""
    tokens = part.split()
    if not 1 <= len(tokens) <= 4 or any(map(str.isdigit, part)):
        return "junk"
    if not all(t[:1].isupper() or t.lower() in ("the", "of", "and") for t in tokens):
        return "junk"
    lowered = [t.lower().strip(".") for t in tokens]
    if any(t in _NEWS_TOKENS for t in lowered):
        return "outlet"
    return "org" if any(t in _ORG_TOKENS for t in lowered) else "junk"


# The agencies a desk's copy draws on, after the outlet: "By Euronews with Agencies".
_WITH_AGENCIES = re.compile(r"\s+(?:" + "|".join(WITH_WORDS + JOIN_WORDS) + r")\s+"
                            r"(?:agenc\w*|agenturen|nachrichtenagenturen)$", re.I)


@functools.lru_cache(maxsize=1024)
def desk_byline(s: str) -> str | None:
    """The outlet, desk or agency a byline names instead of people ("Von DPA", "By Euronews with
    Agencies", "ZDNet Japan Staff 2019年04月28日", "IN-Redaktion"), or None: after a byline prefix a
    short news outlet's name (an agency, a masthead's words, a desk; any capitalised name when the
    agencies it draws on follow), without one a name with a desk's word in it."""
    body, has_prefix = _prepare(s)
    cut = _WITH_AGENCIES.sub("", body).strip(_TRAIL_PUNCT)
    tokens = cut.replace("-", " ").split()
    if not 1 <= len(tokens) <= 4 or not all(t[:1].isupper() or t.lower() in ("the", "of", "and") for t in tokens) \
            or any(t.isdigit() for t in tokens):
        return None
    lowered = [t.lower().strip(".") for t in tokens]
    desk = sum(t in _DESK_TOKENS for t in lowered)
    if not has_prefix:
        # (The desk last, or opening a Romance language's "Redacción Example"; "Staff Picks" is a menu.)
        return cut if 0 < desk < len(tokens) and (lowered[-1] in _DESK_TOKENS or lowered[0] != "staff") else None
    return cut if cut != body or any(t in _NEWS_TOKENS for t in lowered) else None


_LAST_FIRST = re.compile(r"^(" + LATIN_CAPITAL + r"[\w'’-]+),\s*(" + LATIN_CAPITAL + r"[\w'’-]+(?:\s[A-Z]\.)?)$")


def clean_author_names(names: list[str], *, people: Collection[str] = ()) -> list[str]:
    """Filter and normalise author candidates from structured data (JSON-LD, meta, rel=author).

    Each candidate may itself hold several names ("A and B", "By A, B"); organisations, desks,
    URLs, handles and placeholders are dropped, capitals are title-cased, duplicates removed.
    ``people`` are candidates the page itself types as a Person (JSON-LD): they are kept when
    they do not pass the name-shape test ("Xiaoying You") but are not an organisation or a role.
    """
    out: list[str] = []
    seen: set[str] = set()
    trusted = {" ".join(p.split()).lower() for p in people}
    for raw in names:
        if not isinstance(raw, str):
            continue
        raw = " ".join(raw.split())
        if not raw or raw.startswith(("http://", "https://", "www.")):
            continue
        m = _LAST_FIRST.match(raw)
        if m:  # "Doe, John" in structured data is one person, surname first
            raw = f"{m.group(2)} {m.group(1)}"
        found = parse_byline(raw)[1]
        if not found and raw.lower() in trusted and _plausible_person(raw):
            found = [_normalise_case(raw)]
        for name in found:
            key = _identity(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def with_coauthors(names: list[str], marked: list[str]) -> list[str] | None:
    """The page's marked-up byline (``marked``, raw) when it names every one of ``names`` (the
    structured data's authors) and more people: structured data often lists only the first author
    of a shared byline. None when it adds nobody or names someone else."""
    if not names or len(marked) < 2:
        return None
    found = clean_author_names(marked)
    have = {_identity(n) for n in names}
    return found if have < {_identity(n) for n in found} else None


def _plausible_person(name: str) -> bool:
    """A name the page types as a person: short, capitalised (or caseless), no organisation word."""
    tokens = name.split()
    if not 1 <= len(tokens) <= 5 or any(c.isdigit() or c in "@/|" for c in name):
        return False
    if not all(t[:1].isupper() or _CASELESS.match(t) or t.lower() in _PARTICLES for t in tokens):
        return False
    return not any(t.lower().strip(".") in _ORG_TOKENS for t in tokens) and not _ROLE_PART.match(name)


def _identity(name: str) -> str:
    """One person written with or without middle initials ("Jane Q. Example", "Jane Example")."""
    tokens = [t for t in name.lower().split() if not _INITIAL.match(t.upper())]
    return " ".join(tokens) if tokens else name.lower()

