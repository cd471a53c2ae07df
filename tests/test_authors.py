"""Bylines and author names: multilingual prefixes and connectors; places, roles, outlets stripped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.authors import (
    clean_author_names,
    is_byline_prefix_only,
    is_person_name,
    looks_like_byline,
    parse_byline,
)

BYLINES = [
    ("By Nicholas Slayton", ["Nicholas Slayton"]),
    ("Nicholas Slayton – Yesterday 11:00 AM", ["Nicholas Slayton"]),
    ("• Hugo Bachega en Kyiv y Matt Murphy en Londres.", ["Hugo Bachega", "Matt Murphy"]),
    ("By Hugo Bachega in Kyiv and Matt Murphy in London", ["Hugo Bachega", "Matt Murphy"]),
    ("By Lia Eustachewich and Yaron Steinbuch", ["Lia Eustachewich", "Yaron Steinbuch"]),
    ("By Stefan Becket, Kathryn Watson, Grace Segers", ["Stefan Becket", "Kathryn Watson", "Grace Segers"]),
    ("By John Smith, Jane Doe and Bob Lee", ["John Smith", "Jane Doe", "Bob Lee"]),
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("By DANICA KIRKA and JILL LAWLESS", ["Danica Kirka", "Jill Lawless"]),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"]),
    ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"]),
    ("by Jeff Foust — November 18, 2019", ["Jeff Foust"]),
    ("By Sandee LaMotte, CNN", ["Sandee LaMotte"]),
    ("By Andy Sahadeo | Fox News", ["Andy Sahadeo"]),
    ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"]),
    ("By Michael Hiltzik Business Columnist", ["Michael Hiltzik"]),
    ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Written by Patrick McDonald, Staff Writer", ["Patrick McDonald"]),
    ("By Kevin D. Williamson", ["Kevin D. Williamson"]),
    ("By J. K. Rowling", ["J. K. Rowling"]),
    ("By Jane Doe jane.doe@example.com Email the author", ["Jane Doe"]),
    ("By Jane Doe @janedoe", ["Jane Doe"]),
    ("By Jane Doe Updated 3 hours ago", ["Jane Doe"]),
    ("Von Anna Müller und Peter Schmidt", ["Anna Müller", "Peter Schmidt"]),
    ("Von Anna Müller, Korrespondentin in Moskau", ["Anna Müller"]),
    ("Par Jean-Luc de la Tour", ["Jean-Luc de la Tour"]),
    ("Par Jean Dupont et Marie Curie, envoyée spéciale à Kiev", ["Jean Dupont", "Marie Curie"]),
    ("Por María García y José Pérez", ["María García", "José Pérez"]),
    ("Di Mario Rossi e Giulia Bianchi", ["Mario Rossi", "Giulia Bianchi"]),
    ("Por João Silva e Ana Souza", ["João Silva", "Ana Souza"]),
    ("Автор: Иван Петров", ["Иван Петров"]),
    ("Иван Петров и Мария Сидорова", ["Иван Петров", "Мария Сидорова"]),
    ("Від Олена Коваль та Ігор Шевченко", ["Олена Коваль", "Ігор Шевченко"]),
    ("Text: Maria Rossi", ["Maria Rossi"]),
    ("By Ahmed al-Hassan and Seán O'Brien in Dublin", ["Ahmed al-Hassan", "Seán O'Brien"]),
    ("By Ludwig van Beethoven", ["Ludwig van Beethoven"]),
    ("Von Anna Müller | Stand: 10.09.2022, 14:35 Uhr", ["Anna Müller"]),
    ("Hugo Bachega à Kiev et Matt Murphy à Londres", ["Hugo Bachega", "Matt Murphy"]),
    ("• Hugo Bachega em Kiev e Matt Murphy em Londres", ["Hugo Bachega", "Matt Murphy"]),
    ("Хьюго Бачега в Киеве и Мэтт Мерфи в Лондоне", ["Хьюго Бачега", "Мэтт Мерфи"]),
    ("Г'юго Бачега в Києві та Метт Мерфі в Лондоні", ["Г'юго Бачега", "Метт Мерфі"]),
    ("By Dr. John Smith", ["John Smith"]),
    ("Timothy J. Legg, PhD, CRNP", ["Timothy J. Legg"]),
    ("By Jane Doe, CNN • Updated 11:32 AM EDT, Sat September 10, 2022", ["Jane Doe"]),
    ("By Jane Doe, Special to The Washington Post", ["Jane Doe"]),
    ("Par Jean Dupont (à Kiev)", ["Jean Dupont"]),
    ("By JANE DOE Associated Press", ["Jane Doe"]),
    ("Текст: Иван Петров", ["Иван Петров"]),
    ("Подготовила Мария Сидорова", ["Мария Сидорова"]),
    ("Підготувала Олена Коваль", ["Олена Коваль"]),
    ("Авторка: Олена Коваль", ["Олена Коваль"]),
    ("Ein Kommentar von Anna Müller", ["Anna Müller"]),
    ("Escrito por María García", ["María García"]),
    ("A cura di Mario Rossi", ["Mario Rossi"]),
    ("Propos recueillis par Jean Dupont", ["Jean Dupont"]),
    ("By Kim Jong Un", ["Kim Jong Un"]),
    ("September 10, 2022 By Jane Doe", ["Jane Doe"]),
    ("Yesterday 11:00 AM – Nicholas Slayton", ["Nicholas Slayton"]),
    ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
    ("Skrevet af Lars Jensen", ["Lars Jensen"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("Tekst: Jan Kowalski", ["Jan Kowalski"]),
    # A name and its agency joined by "met" (Dutch), "com" (Portuguese).
    ("Door Ana Ruiz met ANP", ["Ana Ruiz"]),
    ("Por Ana Ruiz com Lusa", ["Ana Ruiz"]),
    # Joining words that are also names or initials join only in lower case (or in a byline in capitals);
    # "And" joins in a title-cased byline.
    ("By Lisa Met and Tom Lee", ["Lisa Met", "Tom Lee"]),
    ("By Tom E Lee", ["Tom E Lee"]),
    ("Por Ana Ruiz y Tom Lee", ["Ana Ruiz", "Tom Lee"]),
    ("POR ANA RUIZ Y TOM LEE", ["Ana Ruiz", "Tom Lee"]),
    ("By Ana Ruiz And Tom Lee", ["Ana Ruiz", "Tom Lee"]),
    # Converters that print inline elements without a space glue a name to its role, outlet or copy.
    ("Ulrich ExnerKorrespondent", ["Ulrich Exner"]),
    ("Tobias MühlbauerTobias Mühlbauer", ["Tobias Mühlbauer"]),
    ("Katja Belousova von Katja Belousova", ["Katja Belousova"]),
    ("Code Sync Code Sync", ["Code Sync"]),
    # (Camel-case names and outlets are no glued words.)
    ("By Ronald McDonald and LeBron James", ["Ronald McDonald", "LeBron James"]),
    ("By Sean MacArthur", ["Sean MacArthur"]),
    ("Jane Doe, TechCrunch", ["Jane Doe"]),
    ("By Jane Doe · 5 min read", ["Jane Doe"]),
    ("Von Anna Müller | 3 Min. Lesezeit", ["Anna Müller"]),
    ("Por Ana Ruiz · 4 min de leitura", ["Ana Ruiz"]),  # the lexicon's reading-time labels
    ("Av Kari Nordmann · 3 min lesetid", ["Kari Nordmann"]),
    ("Reporting by Jane Roe and Ann Wu; Writing by Bo Chen; Editing by Tom Lee", ["Jane Roe", "Ann Wu", "Bo Chen"]),
    ("By Jane Roe. Edited by Tom Lee", ["Jane Roe"]),
    ("Anna Schmidt, Süddeutsche Zeitung", ["Anna Schmidt"]),  # the lexicon's masthead words name outlets
    ("Jane Roe | The Example Chronicle", ["Jane Roe"]),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_parse_byline(line: str, names: list[str]) -> None:
    byline, found = parse_byline(line)
    assert found == names
    assert byline == ", ".join(names)


def test_byline_is_names_joined() -> None:
    assert parse_byline("• Hugo Bachega en Kyiv y Matt Murphy en Londres.")[0] == "Hugo Bachega, Matt Murphy"
    assert parse_byline("By Nicholas Slayton")[0] == "Nicholas Slayton"


NOT_PEOPLE = [
    "By Staff", "By AP", "Editorial Board", "By The Editorial Board", "Admin", "News Desk", "By News Desk",
    "By Reuters", "BBC News", "Email the author", "Senior Reporter", "@janedoe", "jane doe", "By user123",
    "Ukraine Is Winning", "Share this article", "By Any Means Necessary", "NFL Scores | Expert Picks | Odds",
    "By Jonathan GarberFOXBusiness", "Редакция", "", "Edited by Tom Lee",
]


@pytest.mark.parametrize("line", NOT_PEOPLE)
def test_no_person(line: str) -> None:
    assert parse_byline(line) == (None, [])


@pytest.mark.parametrize(
    "line",
    [
        "By Nicholas Slayton", "Nicholas Slayton – Yesterday 11:00 AM",
        "• Hugo Bachega en Kyiv y Matt Murphy en Londres.", "Jane Doe | BBC News", "Tom Krisher, Ap Auto Writer",
        "Von Anna Müller", "Автор: Иван Петров", "By Jane Doe, Senior Reporter", "Par Jean Dupont, envoyé spécial à Kiev",
        "Von Anna Müller, Berlin", "Hugo Bachega à Kiev et Matt Murphy à Londres", "Ann Lee, PhD",
        "Хьюго Бачега в Киеве и Мэтт Мерфи в Лондоне",
    ],
)
def test_looks_like_byline(line: str) -> None:
    assert looks_like_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine Is Winning", "Russian Troops Pull Back", "Hugo Bachega", "Photo by Jason Kempin/Getty Images",
        "Alex Wong | Getty Images", "(Jacquelyn Martin / Associated Press)", "Dow Jones, a News Corp company",
        "Hearst Newspapers, LLC", "— Robert Maguire (@RobertMaguire_) November 18, 2019",
        "Air Date: November 18, 2019", "* Creating Offers , Online Business", "Staff & Reader Blogs",
        "Select Leagues & Sports", "De’Broski Herbert", "Edited by: Louis Jacobson", "Joe Biden in Kyiv",
        "Assassin's Creed, Tomb Raider, Red Dead Redemption, Destiny", "Middle East - Arabic",
        "Par Le Figaro avec AFP", "by European Space Agency", 'Federal Reserve Board, "Beige Book," Oct. 16, 2019', "Por Redacción BBC News Mundo", "Posted by admin on September 10, 2022",
        "Russia is pulling its forces back from several towns in Ukraine’s east as Ukraine’s counteroffensive made gains.",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert not looks_like_byline(line)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Hugo Bachega", True), ("Jean-Luc Picard", True), ("Patrick O'Neill", True), ("Ian McEwan", True),
        ("Leonardo da Vinci", True), ("Osama bin Laden", True), ("Иван Петров", True), ("Олена Коваль", True),
        ("王小明", True), ("محمد علي", True), ("राहुल गांधी", True), ("Nicholas", False), ("Staff Writer", False), ("Admin", False), ("News Desk", False),
        ("john smith", False), ("John Smith 2", False), ("The New York Times", False), ("Reuters", False),
        ("A. B.", False), ("One Two Three Four Five", False),
        # (A middle dot between kanji words enumerates: "related companies and industries".)
        ("松岡大地", True), ("関連企業・業界", False), ("ジョン・スミス", True), ("ジョン・万次郎", True),
        # (A cased word run into Japanese is a term: "Google Chrome's Never-Slow Mode".)
        ("Google ChromeのNever-Slow Mode", False),
    ],
)
def test_is_person_name(name: str, ok: bool) -> None:
    assert is_person_name(name) is ok


def test_clean_author_names_from_structured_data() -> None:
    raw = ["Doe, John", "https://www.facebook.com/jdoe", "jdoe", "News Desk", "Admin", "Reuters",
           "Jane Doe and John Roe", "JANE DOE", "By Mary Major", "Staff", "CNN Wire", "Editorial Board"]
    assert clean_author_names(raw) == ["John Doe", "Jane Doe", "John Roe", "Mary Major"]


def test_clean_author_names_ignores_non_strings() -> None:
    assert clean_author_names([None, 3, "Ann Lee"]) == ["Ann Lee"]  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (["Finian Cunningham. Sputnik International"], ["Finian Cunningham"]),
        (["Tanza Loudenback, Business Insider"], ["Tanza Loudenback"]),
        (["Troy L. Smith, Cleveland.com", "Troy Smith"], ["Troy L. Smith"]),
        (["Rachael Link, MS, RD"], ["Rachael Link"]),
        (["By STEVE PEOPLES, AP National Political Writer"], ["Steve Peoples"]),
        (["Tim Childers - Live Science Contributor"], ["Tim Childers"]),
        (["by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read"], ["Bryan DeArdo"]),
        (["Science X staff", "Staff Reports", "admin", "jdadmin", "The Associated Press", "PTI"], []),
    ],
)
def test_clean_author_names_real_values(raw: list[str], names: list[str]) -> None:
    assert clean_author_names(raw) == names


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=150))
def test_never_raises_and_names_have_no_digits(s: str) -> None:
    byline, names = parse_byline(s)
    assert (byline is None) == (not names)
    assert all(not any(c.isdigit() for c in n) for n in names)
    looks_like_byline(s)


@pytest.mark.parametrize(("line", "alone"), [
    ("By", True), ("von:", True), ("Autor", True), ("Av", True), ("Written by", True), ("Text :", True),
    ("By Jane Doe", False), ("Da Silva", False), ("Bylines", False), ("", False),
])
def test_byline_prefix_alone_on_its_line(line: str, alone: bool) -> None:
    assert is_byline_prefix_only(line) is alone


def test_a_name_printed_twice_in_a_row_is_one_name():
    """The writer's link and the name under the picture beside it, run together by a converter."""
    assert parse_byline("by Andrea Wong Andrea Wong") == ("Andrea Wong", ["Andrea Wong"])
    assert parse_byline("Von Hans Meier Hans Meier") == ("Hans Meier", ["Hans Meier"])
