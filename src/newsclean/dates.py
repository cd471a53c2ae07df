"""Dates as news pages write them: absolute and relative, in many languages.

``parse_date`` reads a string that is (mostly) a date expression, ``search_date`` finds the first
date expression inside a longer line. (A page's publication date is searched for in its HTML by
``html_dates.html_publication_date``, which uses these.)

Results are ``"YYYY-MM-DD"`` or an ISO 8601 date-time (with its UTC offset when the source gives a
timezone). Relative expressions ("3 days ago", "Yesterday 11:00 AM") resolve only against ``now``.
Publication dates before 1995 or after ``now`` are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from . import settings
from .lazy_regex import LazyPattern, lazy_compile
from .textutil import DIGIT as _DIGIT
from .textutil import word_trie

MIN_YEAR = settings.MIN_YEAR
MAX_YEAR = settings.MAX_YEAR


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: as written (``text``) and normalised (``date``)."""

    text: str
    date: str | None
    relative: bool = False


# --- vocabulary -------------------------------------------------------------------------------

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari", "ocak", "ledna", "januára", "января", "январь", "янв", "січня", "січень", "січ", "stycznia", "styczeń"),
    2: ("february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero",
        "febbraio", "fevereiro", "februari", "února", "unora", "februára", "şubat", "subat", "февраля", "февраль", "фев", "лютого", "лютий", "лют", "lutego"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "maret", "mart", "marts", "března", "brezna", "марта", "март",
        "березня", "березень", "бер", "marca"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "nisan", "dubna", "apríla", "апреля", "апрель", "апр", "квітня",
        "квітень", "квіт", "kwietnia"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "května", "kvetna", "mája", "mayıs", "mayis", "мая", "май", "травня", "травень", "трав", "maja"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "haziran", "června", "cervna", "júna", "июня", "июнь", "июн", "червня",
        "червень", "черв", "czerwca"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "temmuz", "července", "cervence", "júla", "июля", "июль", "июл",
        "липня", "липень", "лип", "lipca"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "agustus", "ağustos", "srpna", "augusta", "agu", "agt", "августа", "август", "авг", "серпня",
        "серпень", "серп", "sierpnia"),
    9: ("september", "sept", "sep", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "eylül", "eylul", "září", "zari", "septembra",
        "сентября", "сентябрь", "сент", "сен", "вересня", "вересень", "вер", "września", "wrzesnia"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "ekim", "října", "rijna", "októbra",
         "октября", "октябрь", "окт", "жовтня", "жовтень", "жовт", "października", "pazdziernika"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "kasım", "kasim", "listopadu", "novembra", "ноября", "ноябрь", "нояб", "ноя", "листопада",
         "листопад", "лист", "listopada"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
         "dezembro", "desember", "des", "prosince", "decembra", "aralık", "aralik", "декабря", "декабрь", "дек", "грудня", "грудень", "груд", "grudnia"),
}
_MONTHS: dict[str, int] = {name: num for num, names in _MONTH_NAMES.items() for name in names}


# Month names are whole words (a boundary on both sides where they are used), so a trie matches what
# the list of names matched, the same word at the same place, several times faster.
_MONTH_RE = word_trie(sorted({m.lower() for m in _MONTHS}))

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
    "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|"
    "segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    "понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|"
    "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|poniedziałek|wtorek|środa|czwartek|piątek|niedziela|"
    "mo|di|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|seg|ter|qua|qui|sex|"
    "пн|вт|ср|чт|пт|сб|вс|нд"
)

# The month and weekday names as expressions, for other modules' date shapes (blocks' dated captions).
MONTH_PATTERN = _MONTH_RE
WEEKDAY_PATTERN = word_trie(sorted(set(_WEEKDAYS.split("|"))))  # (a trie: the names are whole words where used)

# UTC offsets of timezone abbreviations news sites print, in minutes.
_TZ_ABBR: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120, "mez": 60,
    "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "aest": 600, "aedt": 660, "acst": 570, "awst": 480, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480,
    "nzst": 720, "nzdt": 780, "et": -300, "pt": -480,
}
_TZ_RE = (
    r"(?P<tz>(?:utc|gmt)\s?[+-−]\s?\d{1,2}(?::?\d{2})?|[+-−]\d{2}:?\d{2}|"
    + "|".join(sorted(_TZ_ABBR, key=len, reverse=True))
    + r")"
)

# A clock time: "11:00", "11.00 Uhr", "11h30", "11:00:05 AM EDT", "11 a.m.".
_TIME_CORE = (
    r"(?P<hh>[01]?\d|2[0-3])(?:(?:[:h]|(?<=\d)\.(?=\d{2}\b))(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<ap>[ap]\.?\s?m\b\.?)?|\s*(?P<ap2>[ap]\.?\s?m\b\.?)"
    # A whole hour with its unit ("à 10h", "um 10 Uhr", "в 10 ч."), perhaps the minutes after a spaced
    # "h" ("10 h 30").
    r"|\s?(?:h|uhr|ч\.?)(?:\s(?P<mi2>[0-5]\d)\b)?(?!\w))"
    r"(?:\s*(?:uhr|h|ч\.?|hrs)\b)?"
    r"(?:\s*\(?" + _TZ_RE + r"(?:\b|(?=(?-i:[A-Z][a-z])))\)?)?"  # "ESTUpdated": fused by a converter
)
# The separator may be missing where a converter fused a year and a time ("Nov 20 20194:29 AM").
_TIME_AFTER_RE = (
    r"\s*(?:[,|·•/–—-]{1,2}|\bat\b|\bum\b|\bà\b|\ba\s+las\b|\balle(?:\s+ore)?\b|\bore\b|\bàs\b|\bв\b|\bо\b|\bkl\.|\s)?\s*"
    + _TIME_CORE
)
_TIME_AFTER = lazy_compile(_TIME_AFTER_RE, re.I)
# A time (and weekday) written before the date: "11:00 AM EDT, Sat September 10, 2022".
_TIME_BEFORE = lazy_compile(r"(?:" + _TIME_CORE + r")\s*(?:[,|·•–—-]|\bon\b)?\s*$", re.I)
_WEEKDAY_BEFORE = lazy_compile(r"\b(?:" + _WEEKDAYS + r")\.?,?\s*(?:(?:the|le|el|den|der)\s+)?$", re.I)

# --- absolute date patterns -----------------------------------------------------------------

_YEAR_SUFFIX = r"(?:\s*(?:г\.|года|год|р\.|року|рік|р\b|г\b))?"
_ABS_PATTERNS: tuple[tuple[str, LazyPattern], ...] = (
    ("iso", lazy_compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
        r"(?:(?:T|\s+)(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:[.,]\d+)?)?"
        r"\s?(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])",
        re.I)),
    ("cjk", lazy_compile(
        r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"
        r"(?:\s*(?P<hh>[01]?\d|2[0-3])\s*[:時시]\s*(?P<mi>[0-5]\d)\s*分?)?")),
    ("ymd", lazy_compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])")),
    ("dmy_num", lazy_compile(
        r"(?<![\d./-])(?<!\d\. )(?P<a>[0-3]?\d)(?P<sep>[./-]|\. )(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])"
        + _YEAR_SUFFIX)),
    ("dmy_name", lazy_compile(
        r"(?<![\d])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|re|º|°|\.)?\s*(?:(?:de|of)\s+)?(?:-\s*)?"
        r"(?P<mon>" + _MONTH_RE + r")\b\.?,?\s*(?:(?:de|del|of)\s+)?'?(?P<y>(?:19|20)\d{2})(?!\d(?!\d?:\d\d))"
        + _YEAR_SUFFIX, re.I)),
    ("mdy_name", lazy_compile(
        r"\b(?P<mon>" + _MONTH_RE + r")\b\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b\.?,?\s*(?P<y>(?:19|20)\d{2})(?!\d(?!\d?:\d\d))",
        re.I)),
)

# --- relative expressions -----------------------------------------------------------------------

_REL_DAY_WORDS: dict[str, int] = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "hoje": 0,
    "сегодня": 0, "сьогодні": 0, "vandaag": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "ontem": 1, "вчера": 1, "вчора": 1,
    "gisteren": 1, "wczoraj": 1, "dzisiaj": 0,
    "vorgestern": 2, "avant-hier": 2, "anteayer": 2, "anteontem": 2, "l'altro ieri": 2, "позавчера": 2,
    "позавчора": 2,
}
# "Just now": the moment itself.
_REL_NOW_RE = re.compile(
    r"(?<!\w)(?:just now|right now|gerade eben|soeben|à l'instant|à l’instant|ahora mismo|hace un momento|"
    r"proprio ora|poco fa|agora mesmo|há pouco|только что|щойно)(?!\w)",
    re.I,
)
# Chinese, Japanese and Korean "N units ago" ("3小时前", "3時間前", "3시간 전"): no spaces, no word boundaries.
_CJK_UNITS = {
    "分钟": "minutes", "分鐘": "minutes", "分": "minutes", "분": "minutes",
    "小时": "hours", "小時": "hours", "時間": "hours", "시간": "hours",
    "天": "days", "日": "days", "일": "days",
    "周": "weeks", "週": "weeks", "週間": "weeks", "주": "weeks",
    "个月": "months", "個月": "months", "か月": "months", "ヶ月": "months", "개월": "months",
    "年": "years", "년": "years",
}
_CJK_AGO = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s*(?P<unit>" + "|".join(sorted(_CJK_UNITS, key=len, reverse=True)) + r")\s*(?:前|전)"
)
_REL_DAY_RE = re.compile(
    r"(?<!\w)(?P<word>" + "|".join(sorted(map(re.escape, _REL_DAY_WORDS), key=len, reverse=True)) + r")(?!\w)",
    re.I,
)

# Unit words to (unit, day-precision?) — stems matched at the start of the word; with the units of the
# languages whose "ago" words follow (Scandinavian, Dutch, Polish, Czech, Slovak, Lithuanian, Turkish,
# Vietnamese: "timmar", "uur", "godziny", "hodinami", "val.", "saat", "giờ").
_UNIT_STEMS: tuple[tuple[str, str], ...] = (
    (r"s|secs?|seconds?|sekunden?|secondes?|segundos?|secondi|секунд\w*|секунд|sek\.?|sekund\w*|seconden|saniye|"
     r"giây", "seconds"),
    (r"m|mins?|minutes?|minuten?|minutos?|minuti|минут\w*|хвилин\w*|min\.|minut\w*|minuut|minútami|dakika|dk|phút",
     "minutes"),
    (r"h|hrs?|hours?|stunden?|std\.?|heures?|horas?|ora|ore|час\w*|годин\w*|timm(?:e|ar)|timer?|uur|godz\.?|"
     r"godzin\w*|hodin\w*|val\.?|valand\w*|saat|giờ", "hours"),
    (r"d|days?|tagen?|tage|jours?|días?|dias?|giorn[oi]|дн\w*|день|дні|днів|d\.|dag(?:ar|e|er|en)?|dni|dzień|dny|dnem|"
     r"dňami|dien\w*|gün|ngày", "days"),
    (r"w|wks?|weeks?|wochen?|semaines?|semanas?|settiman[ae]|недел\w*|тижн\w*|тиждень|veck(?:a|or)|uker?|uger?|"
     r"weken|tydzień|tygod\w*|týd\w*|týždň\w*|savait\w*|sav\.|hafta|tuần", "weeks"),
    (r"mos?|months?|monat(?:en|e)?|mois|mes(?:es)?|mesi|mese|mês|meses|месяц\w*|місяц\w*|місяць|månad(?:er)?|"
     r"måned(?:er)?|maand(?:en)?|miesi\w*|měsíc\w*|mesiac\w*|mėnes\w*|mėn\.|ay|tháng", "months"),
    (r"y|yrs?|years?|jahren?|jahre|ans?|années?|años?|anni|anno|anos?|год|года|лет|рок\w*|рік|år|jaar|jaren|lata?|"
     r"rok\w*|let[y]?|metus|metų|metai|yıl|năm", "years"),
)
_UNIT_RE = "|".join(f"(?P<u_{name}>{stems})" for stems, name in _UNIT_STEMS)
_NUM_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einem": 1, "einer": 1, "un": 1, "une": 1, "uno": 1,
    "una": 1, "um": 1, "uma": 1, "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "дві": 2,
    "two": 2, "three": 3, "zwei": 2, "drei": 3, "deux": 2, "trois": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3,
}
# A digit may follow a word without a space ("Lifestyle2 months ago" in text dumps); a number word may not.
_NUM_RE = r"(?<![\d.,:])\d{1,3}|(?<!\w)(?:" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + ")"
# The words that make "N units" a time before now: before the number ("vor 3 Tagen", "il y a 3 jours",
# "hace 3 días", "há 3 dias", "faz 3 dias", Czech and Slovak "před/pred 3 hodinami", Lithuanian "prieš 2
# val.") or after it ("3 days ago", "3 giorni fa", "3 дня назад", "3 uur geleden", "3 godziny temu", Swedish
# "3 timmar sedan", Norwegian and Danish "3 timer siden", Turkish "3 saat önce", Vietnamese "3 giờ trước").
AGO_BEFORE: tuple[str, ...] = ("vor", r"il\s+y\s+a", "hace", "há", "ha", "fa", "faz", "před", "pred", "prieš")
AGO_AFTER: tuple[str, ...] = ("ago", "fa", "назад", "тому", "atrás", "atras", "geleden", "temu", "sedan", "siden",
                              "önce", "trước")
# A cheap pre-test for a date or time stamp that resolves without a reference time: a numeric date or
# time, a year, or an "ago" word ("vor", "il y a", "hace", "há", "fa", "назад", "тому"). A day and month
# without a year, or a bare duration ("48 Hours", a show's name), is not a publication date. (The text
# classifier asks it before parsing a short line; the collapsed-dump cutter before searching a piece.)
DATE_GATE = re.compile(
    r"\d[./:-]\d|(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:" + "|".join(AGO_BEFORE + AGO_AFTER) + r")\b|前|전",
    re.I,
)
# The Scandinavian "for ... siden" / "för ... sedan" opens with a word that is English "for" ("for 3 days"): it
# is part of the stamp only with the closing word (``fore``, checked where the expression is used).
_AGO_CORE = (
    r"(?:(?<!\w)(?:(?P<pre>" + "|".join(AGO_BEFORE) + r")|(?P<fore>för|for))\s+)?(?P<n>" + _NUM_RE
    + r")\s*(?:" + _UNIT_RE
    + r")(?!\w)\.?(?:\s+(?P<post>" + "|".join(AGO_AFTER) + r"))?"
)
_REL_AGO = lazy_compile(_AGO_CORE, re.I)
# A line that is only a relative time stamp, perhaps glued to a short category label ("Sports 3 hours
# ago", "Lifestyle2 months ago" in text dumps, "vor 2 Stunden", "il y a 3 jours", "2 часа назад").
_AGO_STAMP = lazy_compile(r"^[\w &/'’.,-]{0,40}?\s*" + _AGO_CORE + "$", re.I)
# (A word at the start or after white space, written as a look-behind: the search then skips to the
# words' first letters, where "(?:^|\s)" tried every position.)
_AGO_STAMP_WORD = re.compile(r"(?<!\S)(?:" + "|".join(AGO_BEFORE) + r")\s")

# Labels a page prints before its publication date and its update date ("Veröffentlicht am …", "Updated …"),
# lower-case: one list for the datelines (here), the HTML path's labelled dates, the text path's date
# and byline searches and the byline cleaner (authors).
PUBLISHED_LABELS: tuple[str, ...] = (
    "first published", "published", "posted", "veröffentlicht", "publiziert", "erschienen", "publié", "paru",
    "publicado", "pubblicato", "publicerad", "publisert", "offentliggjort", "udgivet", "gepubliceerd",
    "opublikowano", "publikováno", "опубликовано", "опубліковано",
)
UPDATED_LABELS: tuple[str, ...] = (
    "last updated", "updated", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "atualizado", "обновлено",
    "оновлено", "bijgewerkt", "uppdaterad", "oppdatert", "opdateret", "aktualizacja", "aktualizováno",
)
# Either label, as one alternation (longest first) for the expressions of the modules that read them.
DATE_LABELS_PATTERN = "|".join(sorted(map(re.escape, PUBLISHED_LABELS + UPDATED_LABELS), key=len, reverse=True))
# Such a label (or German "Stand:", "as of") and a clock time, the whole dateline (``_label_time``).
_LABEL_TIME = lazy_compile(r"^\W*(?:" + DATE_LABELS_PATTERN + r"|stand)\s*:?" + _TIME_AFTER_RE + r"\s*$", re.I)
# The short words between such a label and its date ("Published on", "Veröffentlicht am", "Publié le",
# "Publicado el", "Pubblicato il", "Publicerad den", "Gepubliceerd op", "Publikováno dne"): the HTML path's
# labelled dates, the text path's labelled dates (text_date) and the flat dumps' date cuts (text_segment) read them.
LABEL_LINKS: tuple[str, ...] = ("on", "at", "in", "am", "le", "el", "em", "il", "den", "op", "dne")
# What follows a date label up to its date: such a link word, a colon, spaces (one expression for every
# labelled-date rule of both paths).
LABEL_TAIL = r"(?:\s+(?:" + "|".join(LABEL_LINKS) + r"))?\s*:?\s*"
# Months' short names that are written with a full stop ("Dec. 12", "12 janv. 2024", "3. Okt. 2023", "8 дек.
# 2023"): a full stop after one is no sentence end. Every one is a month name of _MONTH_NAMES (a test checks
# it). A short form that is also a full month name in some language ("Mai", "May") is left out: "in May.
# The" ends a sentence.
MONTH_ABBREVIATIONS: frozenset[str] = frozenset((
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # English
    "jän", "okt", "dez",  # German
    "janv", "févr", "fév", "avr", "juil", "déc",  # French
    "ene", "abr", "ago", "dic",  # Spanish
    "gen", "giu", "lug", "ott",  # Italian
    "янв", "фев", "апр", "авг", "сент", "окт", "нояб", "дек",  # Russian
))


# Words that may surround a date in a dateline without being part of it.
_FILLER = lazy_compile(
    r"(?:\b(?:published|updated|posted|modified|last|first|on|at|date|dated|am|le|el|il|lo|du|del|de|"
    r"vom|um|stand|em|в|от|від|erstellt|publie|mis|à|jour|дата|datum|fecha|data|time|ago|"
    + DATE_LABELS_PATTERN + "|" + _WEEKDAYS + r")\b\.?|[\s,.:;|·•/()\[\]–—-]+)",
    re.I,
)


# --- core ---------------------------------------------------------------------------------------


@dataclass
class _Hit:
    start: int
    end: int
    value: str | None
    relative: bool


def _int(m: re.Match[str], name: str) -> int | None:
    v = m.groupdict().get(name)
    return int(v) if v else None


def _tz_minutes(tz: str | None) -> int | None:
    if not tz:
        return None
    t = tz.strip().lower().replace("−", "-").replace(" ", "")
    if t in _TZ_ABBR:
        return _TZ_ABBR[t]
    m = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?", t)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return -minutes if m.group(1) == "-" else minutes


def _hour24(hh: int, ap: str | None) -> int | None:
    if not ap:
        return hh
    if not 1 <= hh <= 12:
        return None
    pm = ap.lower().startswith("p")
    return (hh % 12) + (12 if pm else 0)


def _format(d: date, hh: int | None, mi: int | None, ss: int | None, tzmin: int | None) -> str:
    if hh is None:
        return d.isoformat()
    out = f"{d.isoformat()}T{hh:02d}:{mi or 0:02d}:{ss or 0:02d}"
    if tzmin is not None:
        sign = "-" if tzmin < 0 else "+"
        out += f"{sign}{abs(tzmin) // 60:02d}:{abs(tzmin) % 60:02d}"
    return out


def _in_bounds(d: date, hh: int | None, mi: int | None, tzmin: int | None, now: datetime | None) -> bool:
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        return False
    if now is None:
        return True
    if hh is not None and tzmin is not None and now.tzinfo is not None:
        dt = datetime(d.year, d.month, d.day, hh, mi or 0, tzinfo=timezone(timedelta(minutes=tzmin)))
        return dt <= now + timedelta(minutes=5)
    if hh is not None and tzmin is None and now.tzinfo is None:
        return datetime(d.year, d.month, d.day, hh, mi or 0) <= now + timedelta(minutes=5)
    # Mixed or unknown timezones: compare calendar days, allowing one day of timezone difference.
    slack = 1 if tzmin is not None or now.tzinfo is not None else 0
    return d <= now.date() + timedelta(days=slack)


def _year(y: str) -> int | None:
    if len(y) == 4:
        return int(y)
    yy = int(y)
    if yy >= 95:
        return 1900 + yy
    return 2000 + yy if yy <= 49 else None


# Signs that a slashed date is not American: words of other languages around it, "14h35", a 24-hour clock.
_DAYFIRST_CUE = lazy_compile(
    # Case-sensitive: German "am" is lower-case, the English "AM" is not.
    r"\b(?:à|le|am|um|de|del|el|às|alle|ore|Uhr|il|du|op|van|kl)\b|\d{1,2}h\d{2}|[а-яёіїєґА-ЯЁІЇЄҐ]|"
    r"\b(?:0\d|1[3-9]|2[0-3]):[0-5]\d\b(?!\s*[APap]\.?\s?[Mm])"
)


def _ymd(kind: str, m: re.Match[str], dayfirst: bool) -> tuple[date, ...]:
    """Candidate calendar dates for a match, most plausible first."""
    y = _year(m.group("y"))
    if y is None:
        return ()
    if kind == "dmy_num":
        a, b = int(m.group("a")), int(m.group("b"))
        # Dots (also with a space after them, "06. 01. 2026" in Czech, Slovak and Austrian pages) and
        # dashes are day-first where they are written; slashes are month-first (US) unless
        # impossible, or unless the line is written in another language or with a 24-hour clock.
        day_first = m.group("sep")[0] in ".-" or dayfirst
        orders = [(b, a), (a, b)] if day_first else [(a, b), (b, a)]
        out = []
        for mo, d in orders:
            try:
                out.append(date(y, mo, d))
            except ValueError:
                continue
        return tuple(out)
    mo = _MONTHS[m.group("mon").lower()] if kind.endswith("_name") else int(m.group("m"))
    try:
        return (date(y, mo, int(m.group("d"))),)
    except ValueError:
        return ()


def _time_parts(m: re.Match[str] | None) -> tuple[int | None, int | None, int | None, int | None]:
    if m is None:
        return None, None, None, None
    hh = _int(m, "hh")
    if hh is None:
        return None, None, None, None
    hh = _hour24(hh, m.groupdict().get("ap") or m.groupdict().get("ap2"))
    if hh is None:
        return None, None, None, None
    return hh, _int(m, "mi") or _int(m, "mi2") or 0, _int(m, "ss"), _tz_minutes(m.groupdict().get("tz"))


# Characters without which a kind of date cannot match: a cheap test that skips its expression.
_NEEDS = {"iso": ("-",), "cjk": ("年", "년"), "ymd": (".", "/"), "dmy_num": (".", "/", "-")}


def _may_hold(kind: str, s: str) -> bool:
    needs = _NEEDS.get(kind)
    if needs is None:
        return True
    if kind == "cjk" and s.isascii():
        return False
    for c in needs:  # noqa: SIM110 - a plain loop is faster than any() over a generator here
        if c in s:
            return True
    return False


def _absolute_hits(s: str, now: datetime | None, with_names: bool = True) -> Iterator[_Hit]:
    dayfirst: bool | None = None
    for kind, pattern in _ABS_PATTERNS:
        if kind in _NAME_KINDS and not with_names or not _may_hold(kind, s):
            continue
        for m in pattern.finditer(s):
            if kind == "dmy_num" and dayfirst is None:
                dayfirst = _DAYFIRST_CUE.search(s) is not None
            days = _ymd(kind, m, bool(dayfirst))
            if not days:
                continue
            start, end = m.span()
            hh, mi, ss, tzmin = _time_parts(m) if kind in ("iso", "cjk") else (None, None, None, None)
            wd = _WEEKDAY_BEFORE.search(s, max(0, start - 30), start)
            if wd and wd.end() == start:
                start = wd.start()
            if hh is None:
                tm = _TIME_AFTER.match(s, end)
                if tm:
                    hh, mi, ss, tzmin = _time_parts(tm)
                    if hh is not None:
                        end = tm.end()
                if hh is None:
                    before = _TIME_BEFORE.search(s, max(0, start - 40), start)
                    if before and before.end() == start:
                        hh, mi, ss, tzmin = _time_parts(before)
                        if hh is not None:
                            start = before.start()
            good = [d for d in days if _in_bounds(d, hh, mi, tzmin, now)]
            value = _format(good[0], hh, mi, ss, tzmin) if good else None
            yield _Hit(start, end, value, False) if good else _Hit(start, end, None, False)


def _relative_hits(
    s: str, now: datetime | None, bare_units: bool, rel_days: bool = True, ago: bool = True
) -> Iterator[_Hit]:
    if bare_units and now is not None and len(s) <= 60:
        hit = _label_time(s, now)
        if hit is not None:
            yield hit
    for m in _REL_DAY_RE.finditer(s) if rel_days else ():
        start, end = m.span()
        tm = _TIME_AFTER.match(s, end)
        hh, mi, ss, _tz = _time_parts(tm)
        if hh is not None and tm is not None:
            end = tm.end()
        elif not _standalone(s, start, end):
            continue  # "hier" in running German text is "here", not "yesterday"
        value = None
        if now is not None:
            d = now.date() - timedelta(days=_REL_DAY_WORDS[m.group("word").lower()])
            value = _format(d, hh, mi, ss, None)
        yield _Hit(start, end, value, True)
    for m in _REL_NOW_RE.finditer(s) if rel_days else ():
        if _standalone(s, m.start(), m.end()):
            yield _Hit(m.start(), m.end(), _shift(now, "minutes", 0), True)
    for m in _CJK_AGO.finditer(s) if ago else ():
        yield _Hit(m.start(), m.end(), _shift(now, _CJK_UNITS[m.group("unit")], int(m.group("n"))), True)
    for m in _REL_AGO.finditer(s) if ago else ():
        if not (bare_units or m.group("pre") or m.group("post")) or m.group("fore") and not m.group("post"):
            continue
        if m.group("pre") and m.group("post") and m.group("pre").lower() == "fa":
            continue
        yield _Hit(m.start(), m.end(), _resolve_ago(m, now), True)


def _label_time(s: str, now: datetime) -> _Hit | None:
    """A dateline that is a publication or update label and a clock time alone ("Publicerad 22:31", "Stand:
    20:03 Uhr", "Updated at 1:23 p.m."): sites print the time without the day for the stories of the day, so
    it is ``now``'s day, or the day before when the time is later than ``now``'s (the stamp is at most a day
    old). Without ``now`` such a line names no day and is read as before, no dateline: a headline's
    dateline then decides the title as it did (on the fundus bs4 dumps, read as a dateline it made two
    headlines shown on the page win over the <title>'s, which the gold has)."""
    m = _LABEL_TIME.match(s)
    if m is None:
        return None
    hh, mi, ss, tz = _time_parts(m)
    if hh is None or mi is None:
        return None
    day = now.date() - timedelta(days=1 if (hh, mi) > (now.hour, now.minute) else 0)
    return _Hit(0, len(s), _format(day, hh, mi, ss, tz), True)


def _standalone(s: str, start: int, end: int) -> bool:
    """A relative-day word alone, or set off from the rest of the line by a separator."""
    # A window, not the whole line: this runs once per candidate word.
    lo = max(0, start - 16)
    before = s[lo:start].rstrip()
    after = s[end:end + 16].lstrip()
    left_ok = before[-1] in ",|·•–—-:" if before else lo == 0
    right_ok = after[0] in ",|·•–—-" if after else end + 16 >= len(s)
    return left_ok and right_ok


def _resolve_ago(m: re.Match[str], now: datetime | None) -> str | None:
    if now is None:
        return None
    n_text = m.group("n").lower()
    n = int(n_text) if n_text.isdigit() else _NUM_WORDS.get(n_text, 1)
    unit = next(name[2:] for name, v in m.groupdict().items() if name.startswith("u_") and v)
    return _shift(now, unit, n)


def _shift(now: datetime | None, unit: str, n: int) -> str | None:
    """``now`` minus n units: a date-time for clock units, a date for calendar units."""
    if now is None:
        return None
    if unit in ("seconds", "minutes", "hours"):
        t = now - timedelta(**{unit: n})
        return _format(t.date(), t.hour, t.minute, t.second, None) if now.tzinfo is None else t.isoformat()
    days = {"days": 1, "weeks": 7, "months": 30, "years": 365}[unit] * n
    return (now.date() - timedelta(days=days)).isoformat()


# Cheap gates, so that the big alternations only run on lines that can hold a date.
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d{2}")
# One scan each (substrings of the lower-cased line, no word boundaries: a gate, not a match).
_REL_DAY_GATE = lazy_compile("|".join(map(re.escape, sorted({w.lower() for w in _REL_DAY_WORDS} | {
    "now", "eben", "instant", "mismo", "momento", "proprio ora", "poco fa", "pouco", "только", "щойно"}))))
# (Substrings of AGO_BEFORE and AGO_AFTER, and the CJK "ago" marks.)
_AGO_GATE = re.compile("前|전|ago|назад|тому|vor|hace|il y a|há|ha |fa|atr|geleden|temu|sedan|siden|před|pred|prieš|"
                       "önce|trước")
_NAME_KINDS = ("dmy_name", "mdy_name")


def _hits(s: str, now: datetime | None, bare_units: bool) -> list[_Hit]:
    has_digit = _DIGIT.search(s) is not None
    lowered = s.lower()
    hits: list[_Hit] = []
    if has_digit:
        with_names = _YEAR4.search(s) is not None
        hits.extend(_absolute_hits(s, now, with_names))
    rel_days = _REL_DAY_GATE.search(lowered) is not None
    # Bare "1 hour" (parse_date only) needs a digit, or is short ("an hour ago").
    ago = (bare_units and (has_digit or len(s) <= 40)) or _AGO_GATE.search(lowered) is not None
    if rel_days or ago:
        hits.extend(_relative_hits(s, now, bare_units, rel_days, ago))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


def search_date(s: str, now: datetime | None = None) -> DateMatch | None:
    """The first date expression inside a longer line ("Jane Doe – Yesterday 11:00 AM").

    Absolute dates outside the bounds (before 1995, after ``now``) are skipped; relative ones are
    returned with ``date=None`` when ``now`` is not given.
    """
    if not s:
        return None
    hits = [h for h in _hits(s, now, bare_units=False) if h.value is not None or h.relative]
    for i, h in enumerate(hits):
        # "Updated 11.09.2022 | Published 10.09.2022": the first date is not the one a reader wants.
        if i + 1 < len(hits) and UPDATE_WORDS.search(s, max(0, h.start - 25), h.start):
            continue
        return DateMatch(s[h.start:h.end].strip(), h.value, h.relative)
    return None


def is_ago_stamp(text: str) -> bool:
    """Whether a short line is only a relative time stamp ("Sports 3 hours ago", "vor 2 Stunden")."""
    t = text.strip()
    if len(t) > 60:
        return False
    low = t.lower()
    if not (low.endswith(AGO_AFTER) or _AGO_STAMP_WORD.search(low)):
        return False
    m = _AGO_STAMP.match(t)
    return m is not None and bool(m.group("pre") or m.group("post"))


# Words (stems) that mark a date as an update, not the publication: in datelines ("Updated 11.09.2022")
# and in HTML class names ("updated-date").
UPDATE_WORDS = re.compile(r"updat|modif|edited|aktualisiert|geändert|mis à jour|actualizad|aggiornat|atualizad|"
                          r"обновл|оновл", re.I)


def parse_date(s: str, now: datetime | None = None) -> DateMatch | None:
    """Parse a string that is a date expression ("Sept. 10, 2022 11:00 AM EDT", "1 hour", "10.09.2022").

    Words a dateline carries around the date ("Published", "Updated", weekday names) are allowed;
    anything else means the string is not a date and gives None.
    """
    if not s:
        return None
    s = s.strip()
    if len(s) > 200:
        return None
    for h in _hits(s, now, bare_units=True):
        rest = s[:h.start] + " " + s[h.end:]
        if len(rest) > 80 or _FILLER.sub("", rest):
            continue  # more than a dateline's words around it
        if h.value is None and not h.relative:
            return None
        return DateMatch(s[h.start:h.end].strip(), h.value, h.relative)
    return None
