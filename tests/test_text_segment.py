"""Dumps whose white space was collapsed: the whole page on one line is cut into sentences."""

from __future__ import annotations

import re
from collections import Counter

from conftest import PageSet
from newsclean import clean
from newsclean.text_segment import (
    cut_bylines,
    cut_dates,
    cut_header,
    cut_label_runs,
    cut_link_lists,
    headline_chunks,
    is_collapsed,
    is_label_run,
    resegment,
    sentences,
)

_TOKEN = re.compile(r"\w+", re.UNICODE)

MENU = "Home News Sport Business Weather Video Podcasts Newsletters Search Sign in"
ARTICLE = (
    "The city council approved a new plan for the riverside parks on Tuesday evening. "
    "Residents will be able to discuss the project at open hearings next month in the library. "
    "According to the architects, work will begin in the spring and take about two years. "
    "Part of the money comes from the region, the rest from the city budget and private partners. "
    "\"We listened to what people asked for,\" said the mayor, adding that cycle paths were included. "
    "Dr. Smith, who chairs the planning committee, called it the largest investment in a decade. "
    "The first section, along the old harbour, is due to open before the summer holidays of 2027. "
)
FOOTER = "© 2026 Example Media Ltd All rights reserved Privacy Policy Cookie settings Contact us"


# Variants of the article's sentences, so that the story is long enough and no sentence repeats.
VARIANTS = [("council", "board"), ("parks", "gardens"), ("library", "town hall"), ("spring", "autumn")]


def collapsed_page() -> str:
    story = [ARTICLE] + [ARTICLE.replace(old, new) for old, new in VARIANTS]
    return " ".join([MENU, "Council backs riverside parks plan", *story, FOOTER])


def test_sentences_cut_at_sentence_ends_only() -> None:
    parts = sentences('He left at 5 p.m. on Monday. "It is over," she said. 2026 will be different! '
                      "会議は終わった。次の会議は来週です。")
    assert parts == ['He left at 5 p.m. on Monday.', '"It is over," she said.', "2026 will be different!",
                     "会議は終わった。", "次の会議は来週です。"]


def test_collapsed_dump_is_cut_and_the_article_kept() -> None:
    page = collapsed_page()
    assert is_collapsed([page])
    record = clean(page.encode(), input_format="text").to_dict(explain=True)
    text = record["text"]
    assert "The city council approved a new plan" in text
    assert "open before the summer holidays of 2027." in text
    # The menu and the footer are not article text, and every dropped line has a reason.
    assert "Newsletters Search Sign in" not in text and "All rights reserved" not in text
    assert all(r["reason"] for r in record["removed"])


def test_the_titles_headline_repeats_as_whole_words_only() -> None:
    """A heading shown in other words ("brace for an intense sprint") does not make the title's opening
    words up to "a" a heading: the cut falls between words, never inside one ("a" / "n intense")."""
    page = ("The campaigns brace for a sprint to Election Day | Example News Menu World Politics Sport "
            "The campaigns brace for an intense sprint to Election Day. " + ARTICLE)
    chunks = headline_chunks(page, True)
    assert not any(c.startswith("n ") for c in chunks)
    assert set(" ".join(chunks).split()) <= set(page.split())
    # A heading in a script without spaces runs straight into the text after it: still a repeat.
    head = "東京都、新たに感染者が百人を超える見通しと発表"
    page = head + " 朝日新聞デジタル ニュース 政治 経済 " + head + "東京都は三日、新たに百人を超える感染者を確認したと発表した。" * 3
    assert head in headline_chunks(page, True)[1:]


def test_a_collapsed_dumps_byline_and_date_under_a_long_caption_are_found(monkeypatch) -> None:
    """A caption of many sentences is many lines once a collapsed dump is cut: the byline and date under
    it are still within the searches' reach (settings.TEXT_COLLAPSED_WINDOW), not with a dump's reach."""
    from newsclean import settings

    title = "Council backs riverside parks plan"
    caption = " ".join(f"Picture {n} shows the old harbour wall where the new park section number {n} will be "
                       "laid out." for n in range(1, 17))
    story = [ARTICLE] + [ARTICLE.replace(old, new) for old, new in VARIANTS[:2]]
    page = " ".join([f"{title} | Example News", MENU, title, caption, "By Jane Roe", "March 3, 2026", *story,
                     FOOTER]).encode()
    art = clean(page, input_format="text")
    assert (art.title, art.byline, art.date) == (title, "Jane Roe", "2026-03-03")
    monkeypatch.setattr(settings, "TEXT_COLLAPSED_WINDOW", 1.0)
    art = clean(page, input_format="text")
    assert art.byline is None and art.date is None


def test_a_list_of_links_repeating_their_words_is_cut_into_items() -> None:
    """Share buttons and links with a shared note, run together in a collapsed dump, come apart; a
    sentence that names a thing three times, a list of teasers and code stay whole."""
    share = "Se connecter Partager sur Twitter Partager sur Messenger Partager sur Facebook Partager sur Whatsapp"
    assert cut_link_lists(share) == ["Se connecter", "Partager sur Twitter", "Partager sur Messenger",
                                     "Partager sur Facebook", "Partager sur Whatsapp"]
    tabs = "Videos , opens new tab Pictures , opens new tab Graphics , opens new tab About us , opens new tab Careers"
    assert len(cut_link_lists(tabs)) == 5
    prose = ("Ana Ruiz, a political contributor and former aide, Lynda Tran, a political contributor and "
             "strategist, and Leslie Sanchez, a political contributor and pollster, spoke to the panel.")
    assert cut_link_lists(prose) == [prose]
    teasers = " ".join(f"Nov 18 Story number {n} about the council budget. What it means for the city." for n in range(5))
    assert cut_link_lists(teasers) == [teasers]
    code = "fn a() -> i32; fn b(x:i32) -> i32; fn c(y:i32) -> i32; fn d(z:i32) -> i32; fn e() -> i32;"
    assert cut_link_lists(code) == [code]
    figures = "Sales rose 4 per cent in March, 5 per cent in April, 3 per cent in May and 6 per cent in June."
    assert cut_link_lists(figures) == [figures]
    notice = ("@Anna will be archived at @Anna44 Facebook.com/Anna will be archived at Facebook.com/Anna44 "
              "Medium.com/@Anna will be archived at Medium.com/@Anna44 @Tom will be archived at @Tom44")
    assert cut_link_lists(notice) == [notice]
    # (An initial's full stop is no clause's: a gallery's credits come apart.)
    credits = " ".join(f"Submitted photo {name}" for name in ("Jonathan P. Blair", "Elizabeth A. Burton",
                                                             "Victor N. Burton", "Ryan S. Hollman"))
    assert len(cut_link_lists(credits)) == 4


def test_a_collapsed_dump_is_trusted_less_than_the_same_page_with_its_lines(monkeypatch) -> None:
    """A collapsed dump's confidence is scaled by settings.TEXT_COLLAPSED_CONFIDENCE; the same page
    written with its line breaks is not."""
    from newsclean import settings

    page = collapsed_page()
    story = [ARTICLE] + [ARTICLE.replace(old, new) for old, new in VARIANTS]
    lined = "\n".join([MENU, "Council backs riverside parks plan", *story, FOOTER])
    factor = settings.TEXT_COLLAPSED_CONFIDENCE
    scaled = clean(page.encode(), input_format="text").confidence
    as_lined = clean(lined.encode(), input_format="text").confidence
    monkeypatch.setattr(settings, "TEXT_COLLAPSED_CONFIDENCE", 1.0)
    unscaled = clean(page.encode(), input_format="text").confidence
    assert 0 < scaled < unscaled
    assert factor < 1 and abs(scaled - round(unscaled * factor, 3)) <= 0.002
    monkeypatch.setattr(settings, "TEXT_COLLAPSED_CONFIDENCE", 0.5)
    assert clean(lined.encode(), input_format="text").confidence == as_lined
    # (Blank lines around the collapsed line change nothing: it is still the page's text.)
    long_sentences = " ".join(x.replace(". ", ", and ").replace('"', "") for x in story)
    spaced = ("Council backs riverside parks plan" + "\n" * 12 + long_sentences + "\n" * 12).encode()
    monkeypatch.setattr(settings, "TEXT_COLLAPSED_CONFIDENCE", 1.0)
    spaced_unscaled = clean(spaced, input_format="text").confidence
    monkeypatch.setattr(settings, "TEXT_COLLAPSED_CONFIDENCE", 0.5)
    assert spaced_unscaled > 0 and abs(clean(spaced, input_format="text").confidence - spaced_unscaled * 0.5) <= 0.002


def test_dumps_with_line_breaks_are_left_alone(page_set: PageSet) -> None:
    """Real dumps keep their lines: long paragraphs are not cut into sentences."""
    for sub in ("text_inscriptis", "text_bs4"):
        for path in page_set.files(sub)[:40]:
            text = path.read_text(encoding="utf-8")
            assert resegment(text) == text, path.name


def _recall(gold: str, pred: str) -> float:
    def sh(t: str) -> Counter:
        toks = _TOKEN.findall(t)
        return Counter(tuple(toks[i:i + 4]) for i in range(max(0, len(toks) - 3)))
    g = sh(gold)
    return sum((g & sh(pred)).values()) / max(1, sum(g.values()))


def test_real_pages_collapsed_keep_their_article(page_set: PageSet) -> None:
    """A real page's dump with its white space collapsed still gives most of the article.

    (Measured when written: mean recall 0.97 on the in-repo pages and 0.955 on ../shared's 91 dev
    pages, against an empty text before collapsed dumps were cut into sentences.)"""
    recalls = []
    for pid, gold in page_set.bodies():
        flat = " ".join(page_set.text(pid, "text_bs4").split())
        recalls.append(_recall(gold, clean(flat.encode(), input_format="text").text))
    assert sum(recalls) / len(recalls) >= 0.9


def test_dates_and_time_stamps_set_off_from_text_are_cut_out() -> None:
    """A date, clock time or relative stamp that a capital, a digit or nothing follows is a line of
    its own, with its label; a date inside a sentence is not."""
    assert cut_dates("Search: Live Updated on: November 19, 2019 / 10:07 AM / CBS News Video shows rescue") == [
        "Search: Live", "Updated on: November 19, 2019 / 10:07 AM", "/ CBS News Video shows rescue"]
    assert cut_dates("the cause is being investigated 2H ago Woman risks her life vor 2 Stunden Neue Regeln") == [
        "the cause is being investigated", "2H ago", "Woman risks her life", "vor 2 Stunden", "Neue Regeln"]
    caption = "Fire is seen after take-off from Kathmandu airport in Nepal April 24, 2023 in this picture"
    assert cut_dates(caption) == [caption]
    # A date with a clock time is a stamp whatever follows, unless a sentence holds it.
    assert cut_dates("Jan Marchart 3. Mai 2024, 17:47 , Nach der Demo") == [
        "Jan Marchart", "3. Mai 2024, 17:47", ", Nach der Demo"]
    assert cut_dates("April Glaser Dec 15, 2016, 1:55pm EST tweet share")[1:] == ["Dec 15, 2016, 1:55pm EST", "tweet share"]
    sentence = "“At approximately 3:18 a.m. on June 1, 2023, Defendant John Doe entered the property"
    assert cut_dates(sentence) == [sentence]


def test_a_name_just_before_a_date_is_its_own_line() -> None:
    assert cut_dates("Foto: KCNA/Reuters Martin Gramnæs Martin Gramnæs Publisert 06.01.2026 - 17:29 Kort fortalt") == [
        "Foto: KCNA/Reuters Martin Gramnæs", "Martin Gramnæs", "Publisert 06.01.2026 - 17:29", "Kort fortalt"]
    assert cut_dates("AFP Miguel A. Herguedas Actualizado Lunes, 2 diciembre 2024 - 02:24 Crónica") == [
        "AFP", "Miguel A. Herguedas", "Actualizado Lunes, 2 diciembre 2024 - 02:24", "Crónica"]


def test_bylines_are_cut_out_with_their_names_only() -> None:
    assert cut_bylines("bird strike By Gopal Sharma Fire is seen on a FlyDubai airplane") == [
        "bird strike", "By Gopal Sharma", "Fire is seen on a FlyDubai airplane"]
    assert cut_bylines("TV By Lisa de Moraes Lisa de Moraes TV Columnist")[:2] == ["TV", "By Lisa de Moraes"]
    assert cut_bylines("Politik Von Anna Martel und Lea Wagner, Nairobi Die Lage") == [
        "Politik", "Von Anna Martel und Lea Wagner,", "Nairobi Die Lage"]
    assert cut_bylines("By Ray Brown December 22, 2016 Share") == ["By Ray Brown", "December 22, 2016 Share"]
    # A comma printed apart joins names; a date after it is no name.
    assert cut_bylines("year By Howard Schneider , Lindsay Dunsmuir 5 Min Read")[1] == (
        "By Howard Schneider , Lindsay Dunsmuir")
    assert cut_bylines("By Lauren Jarvis-Gibson , December 16th 2016")[0] == "By Lauren Jarvis-Gibson"
    # An English "by" in lower case after a time stamp, not inside a sentence or after a German noun.
    assert cut_bylines("10:44 am PST by Juli Clover Apple may be planning") == [
        "10:44 am PST", "by Juli Clover", "Apple may be planning"]
    for text in ("a ruling by Judge Amy Berman Jackson", "die Krönungszeremonie von König Charles III. statt"):
        assert cut_bylines(text) == [text]
    # No name after the by-word: a capitalised word alone, single letters, running German text.
    for text in ("BY A THIRD PARTY", "Von Anfang an war klar", "By Monday, the talks had failed"):
        assert cut_bylines(text) == [text]


def test_initials_and_short_titles_end_no_sentence() -> None:
    assert sentences("In this Dec. 12, 2006, file photo, Robert L. Curbeam Jr., left. Said U.S. Attorney Nealy "
                     "Cox. Dr. Smith agreed. He said no. Then") == [
        "In this Dec. 12, 2006, file photo, Robert L. Curbeam Jr., left.", "Said U.S. Attorney Nealy Cox.",
        "Dr. Smith agreed.", "He said no.", "Then"]


def test_short_month_names_in_several_languages_end_no_sentence() -> None:
    """ "Okt.", "janv.", "дек." before a day or a year are a date's month, but a full month name ending a
    sentence ("in May.") still ends it."""
    assert sentences("Er kam am 3. Okt. 2023 an. Publié le 8 janv. 2024 à Paris. Обновлено 12 дек. 2023 года. "
                     "It ended in May. The rest") == [
        "Er kam am 3. Okt. 2023 an.", "Publié le 8 janv. 2024 à Paris.", "Обновлено 12 дек. 2023 года.",
        "It ended in May.", "The rest"]


def test_the_titles_headline_is_cut_out_where_it_repeats() -> None:
    """The dump opens with the page title; where its headline comes again (the article's heading),
    the heading is a line of its own, also when the title's headline holds a ' - '."""
    head = "Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck"
    flat = f"{head} | Daily Mail Online Home News Advertisement {head} Currency collectors are on the hunt"
    assert headline_chunks(flat, True) == [head, "| Daily Mail Online Home News Advertisement", head,
                                            "Currency collectors are on the hunt"]
    short = "Nepal says no proof of bird strike"
    flat = f"{short} | Reuters Skip to main content Aerospace {short} By Gopal Sharma KATHMANDU, April 25"
    assert headline_chunks(flat, True)[:3] == [short, "| Reuters Skip to main content Aerospace", short]


def test_the_titles_opening_headline_is_a_line_of_its_own() -> None:
    """The headline the dump opens with (the <title>'s, before " - Site") is cut off the site's name and
    menu it runs into, whole even when it holds a full stop, whether or not the article repeats it; in a
    dump with its line breaks it is the first line."""
    for head, site in (("Hlavní aktér prodává vilu. Rodina se zbavením práv neuspěla", "Zprávy Domácí Svět"),
                       ("Trump Has Shown Receptiveness To Obama's Agenda. Does He Mean It?", "HuffPost Politics"),
                       ("Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?", "LRT Naujienos Kultūra")):
        flat = f"{head} - {site} {ARTICLE}"
        assert headline_chunks(flat, True) == [head, f"- {site} {ARTICLE}".strip()]
        text = resegment(" ".join([flat, *(ARTICLE.replace(old, new) for old, new in VARIANTS), FOOTER]))
        assert text.split("\n")[0] == head


def test_one_long_word_repeated_from_the_title_is_no_heading() -> None:
    """A compound the title opens with ("Nostradamus-Vorhersage sät Zweifel …") that comes again over the
    article's heading in other words is a kicker: the heading stays whole; a heading in a script without
    spaces is one word and still a heading."""
    flat = ("Nostradamus-Vorhersage sät Zweifel: Ist König Charles nicht der Thronfolger? Politik Wirtschaft "
            "Sport Nostradamus-Vorhersage lässt Zweifel aufkommen: Ist König Charles gar nicht der Thronfolger? "
            + ARTICLE)
    assert "Nostradamus-Vorhersage" not in headline_chunks(flat, True)
    head = "東京都、新たに感染者が百人を超える見通しと発表"
    assert head in headline_chunks(f"{head} ニュース 政治 {head}東京都は三日、発表した。", True)


def test_collapsed_page_keeps_title_byline_and_date() -> None:
    """The page's heading, byline and date, glued to menus and the lead in a collapsed dump, are found."""
    title = "Council backs riverside parks plan"
    story = [ARTICLE] + [ARTICLE.replace(old, new) for old, new in VARIANTS]
    page = " ".join([f"{title} | Example News", MENU, title, "By Jane Roe Updated: March 3, 2026 10:15 AM",
                     *story, FOOTER])
    art = clean(page.encode(), input_format="text")
    assert art.title == title
    assert art.authors == ["Jane Roe"]
    assert art.date is not None and art.date.startswith("2026-03-03")
    assert "Dr. Smith, who chairs the planning committee" in art.text
    assert "Example News" not in art.text and "By Jane Roe" not in art.text


def test_a_list_or_widget_label_at_a_sentence_start_is_its_own_line() -> None:
    """'Related articles', 'Share this:' glued to the first teaser or button are cut off; an open-ended
    phrase ('Bild: …') or a sentence going on in lower case is left alone."""
    assert cut_header("Related articles Hong Kong uprising: Protestors send defiant warning") == [
        "Related articles", "Hong Kong uprising: Protestors send defiant warning"]
    assert cut_header("Share this: Facebook Twitter Flipboard WhatsApp Email")[0] == "Share this:"
    # Labels in a row, an advertisement's among them.
    assert cut_header("Advertisement Trending News Video shows dramatic rescue") == [
        "Advertisement", "Trending News", "Video shows dramatic rescue"]
    for text in ("Bild: Christoph Soeder/dpa Die FDP von Parteichef Christian Lindner ist im Netz in aller Munde",
                 "Related stories were published on Monday.", "More than 100 people died."):
        assert cut_header(text) == [text]


def test_menu_runs_take_separators_and_leave_a_sentences_first_word() -> None:
    """A menu printed with separators is a run too; the capitalised word before a lower-case one opens
    the sentence the menu ran into."""
    assert cut_label_runs("Home | News | Sport | Weather | Video The council approved a new plan") == [
        "Home | News | Sport | Weather | Video", "The council approved a new plan"]
    assert cut_label_runs("Steven Puetzer | The Image Bank | Getty Images The cybersecurity vendor market") == [
        "Steven Puetzer | The Image Bank | Getty Images", "The cybersecurity vendor market"]
    # The page title's words at the run's edge stay with the heading they belong to.
    title = frozenset(["Why", "New", "Yorkers", "Received", "an", "Alert", "About", "a", "Manhunt"])
    assert cut_label_runs("Sign In Subscribe Latest Issue Past Issues Technology Why New Yorkers Received a Push "
                          "Alert", title) == ["Sign In Subscribe Latest Issue Past Issues Technology",
                                              "Why New Yorkers Received a Push Alert"]


def test_menu_runs_cut_out_of_a_collapsed_dump_are_no_title_candidates(monkeypatch) -> None:
    """A run of capitalised bare words cut out of a collapsed dump is a menu: the title search passes
    over it, in any cased language, unless most of its words are the page title's (a heading in Title
    Case); a line with lower-case words or too few words is no run."""
    from newsclean import text_meta
    from newsclean.text_extract import extract_text

    menus = ("Oddities Photography Travel Science Fact Check Lifestyle Religion Press Releases",
             "Úvod Domácí Volby Kauzy Svět Klima Názory Tech Kultura Sport")
    assert all(is_label_run(m) for m in menus)
    assert not is_label_run("Council backs riverside parks plan") and not is_label_run(ARTICLE)
    seen: list[str] = []
    find = text_meta.text_title.title_candidates

    def spy(page):  # (the candidates the title search scores)
        cands = find(page)
        seen.extend(c[1] for c in cands)
        return cands

    monkeypatch.setattr(text_meta.text_title, "title_candidates", spy)
    story = [ARTICLE] + [ARTICLE.replace(old, new) for old, new in VARIANTS]
    for menu in menus:
        seen.clear()
        head = "Council backs riverside parks plan"
        extract_text(" ".join([f"{head} - Example News", menu, head, *story, FOOTER]))
        assert head in seen and not any(menu in c for c in seen)
    head = "One Day You Will Meet Someone Who Will Change Your Life For Good"
    seen.clear()
    extract_text(" ".join([f"{head} | Example News", MENU, head, *story, FOOTER]))
    assert is_label_run(head) and seen.count(head) >= 2


def test_words_of_spaced_scripts_without_case_make_no_menu_run() -> None:
    """Korean (or Arabic) prose has no capitals: its words are no labels and its sentence stays whole,
    while Japanese, which writes no spaces in prose, still has its space-separated menu items cut."""
    korean = "이재명 대통령 당선인이 4일 제21대 대한민국 대통령으로 당선되며, 가난과 장애를 극복한 삶을 통해"
    assert cut_label_runs(korean) == [korean]
    assert cut_label_runs("ニュース 経済 政治 国際 スポーツ 科学 文化 天気 首相は記者会見で述べた。") == [
        "ニュース 経済 政治 国際 スポーツ 科学 文化 天気", "首相は記者会見で述べた。"]


def test_relative_stamps_in_every_language_the_date_parser_reads_are_cut_out():
    """The cutter's pre-test is the classifier's (dates.DATE_GATE, built from the parser's own "ago"
    words), so a stamp the parser reads is never passed over by the gate."""
    assert cut_dates("Politics 3 giorni fa Il governo ha deciso") == ["Politics", "3 giorni fa", "Il governo ha deciso"]
    assert cut_dates("Sport 2 дні тому Уряд вирішив") == ["Sport", "2 дні тому", "Уряд вирішив"]
