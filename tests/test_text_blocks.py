"""blocks.py: the per-block rules shared by the HTML and text paths."""

from __future__ import annotations

import pytest

from newsclean.blocks import (
    Block,
    block_reason,
    function_word_counts,
    guess_language,
    is_headline_like,
    is_time_stamp,
    tokens,
)


def stopword_density(text: str) -> float:
    """Share of words that are function words, in the best-fitting supported language."""
    words = tokens(text)
    return max(function_word_counts(words).values()) / len(words) if words else 0.0

PROSE = {
    "en": "The ministry said on Monday that the troops had left the city and would not return before the winter.",
    "de": "Das Ministerium teilte am Montag mit, dass die Truppen die Stadt verlassen hätten und nicht zurückkehren würden.",
    "fr": "Le ministère a indiqué lundi que les troupes avaient quitté la ville et qu'elles ne reviendraient pas avant l'hiver.",
    "es": "El ministerio dijo el lunes que las tropas habían abandonado la ciudad y que no volverían antes del invierno.",
    "it": "Il ministero ha detto lunedì che le truppe hanno lasciato la città e che non torneranno prima dell'inverno.",
    "pt": "O ministério disse na segunda-feira que as tropas deixaram a cidade e que não voltariam antes do inverno.",
    "ru": "В понедельник министерство заявило, что войска покинули город и не вернутся до зимы, как и было обещано.",
    "uk": "У понеділок міністерство заявило, що війська залишили місто і не повернуться до зими, як і було обіцяно.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(PROSE.items()))
def test_language_and_function_word_density_of_prose(lang: str, text: str):
    assert guess_language(text) == lang
    assert stopword_density(text) >= 0.25


def test_menus_and_names_have_few_function_words():
    assert stopword_density("Home World Politics Business Sport Video") < 0.1
    assert guess_language("Home World Politics") is None


@pytest.mark.parametrize("text", [
    "Russia orders troops to withdraw from front line positions after shock Ukrainian advance",
    "Russian retreat 'like an avalanche'",
    "#russiaukrainewar #izyum | Liberation Of Izyum… | Ukraine Gains In Northeast",
    "Was passiert jetzt in der Ukraine?",
])
def test_headline_shapes(text: str):
    assert is_headline_like(text)


@pytest.mark.parametrize("text", [
    "The ministry said on Monday that the troops had left.",
    "Share",
    "ukraine gains in the northeast as troops regroup to donbas",
    " ".join(["word"] * 30),
])
def test_not_headline_shapes(text: str):
    assert not is_headline_like(text)


@pytest.mark.parametrize("text", ["Lifestyle2 months ago", "ANE Stories1 year ago", "Sports 3 hours ago",
                                  "vor 2 Stunden", "il y a 3 jours", "hace 5 minutos", "2 часа назад",
                                  "3 години тому", "Lietuvoje Prieš 2 val.", "Nyheter for 3 timer siden",
                                  "Sport 2 godziny temu", "Domácí před 5 minutami", "Gündem 3 saat önce"])
def test_time_stamps(text: str):
    assert is_time_stamp(text)
    assert block_reason(Block(text)) == "related-list"


@pytest.mark.parametrize(("text", "reason"), [
    ("This photograph taken in Balakliya shows a destroyed tank. (Photo by JUAN BARRETO/AFP via Getty Images)"
     "© Provided by Task & Purpose", "caption"),
    ("U.S. Defense Secretary Mark Esper, left, shakes hands in Hanoi, Vietnam. (AP Photo/Hau Dinh)", "caption"),
    ("In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr. works.", "caption"),
    ("The latest case was reported after a hunter ate a rabbit Credit: Getty Images", "caption"),
    ("U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands.",
     "caption"),
    ("© 2019 Beachbody, LLC. All rights reserved. Beachbody is the owner of the trademarks.", "site-furniture"),
    ("The Customer Service Center can be contacted with questions: Telephone: *2421 Fax: 03-5613699", "site-furniture"),
    ("#russiaukrainewar #ukrainecounteroffensive #izyum", "site-furniture"),
    ("https://www.example.com/news/2019/11/19/story", "nav"),
    ("12", "site-furniture"),
    ("Leave a Reply", "comment-form"),
])
def test_block_reasons(text: str, reason: str):
    assert block_reason(Block(text)) == reason


def test_link_density_makes_nav_or_related_list():
    assert block_reason(Block("World Politics Business", link_density=1.0, position=0.05)) == "nav"
    assert block_reason(Block("Another story people read", link_density=0.9, position=0.8)) == "related-list"
    assert block_reason(Block("He said the talks would resume on Monday.", link_density=0.1)) is None


def test_article_paragraphs_have_no_reason():
    for text in PROSE.values():
        assert block_reason(Block(text)) is None
    assert block_reason(Block("“We are moving forward,” the commander wrote on his Facebook account.")) is None


def test_captions_without_a_credit_line_are_captions_on_both_paths():
    """An agency caption that lost its credit (its weekday-and-date clause after the description) and a
    caption closed by a bracketed East Asian credit are block rules: the HTML path drops them too."""
    from newsclean.html_extract import extract_html
    from newsclean.text_extract import extract_text

    agency = ("Firefighters work to contain a blaze at a warehouse on the edge of the city, Sunday, "
              "Nov. 17, 2019, in Las Vegas.")
    korean = "소방관들이 창고 화재를 진압하고 있다. [사진 = 연합뉴스]"
    stamp = "11:48, Thu, Jul 18, 2024 | UPDATED: 11:50, Thu, Jul 18, 2024"
    assert block_reason(Block(agency)) == "caption" and block_reason(Block(korean)) == "caption"
    assert block_reason(Block(stamp)) != "caption"  # (a stamp opening with its time: no description first)
    story = [f"Paragraph {n} of the story tells what the fire brigade found in the warehouse and why the "
             "roof gave way so quickly after the first alarm was raised that night." for n in range(5)]
    html = ("<html><body><article><h1>Warehouse fire</h1>" + f"<p>{story[0]}</p><p>{agency}</p>"
            + "".join(f"<p>{p}</p>" for p in story[1:]) + "</article></body></html>")
    text = "\n\n".join(["Warehouse fire", story[0], agency, *story[1:]])
    for art in (extract_html(html), extract_text(text)):
        assert agency not in art.text and story[-1] in art.text
        assert (agency, "caption") in [(r.text, r.reason) for r in art.explained_removals()]


def test_picture_agencies_close_a_caption_in_both_credit_tests():
    """One list of picture agencies (lexicon.PHOTO_AGENCIES beside the news agencies) serves the block
    rules' credit tail and the text metadata's credit test."""
    from newsclean.blocks import text_structural_reason
    from newsclean.text_fields import credit

    assert text_structural_reason("Protesters gather outside the parliament in Copenhagen on Monday. "
                                  "Unsplash/Kelly Sikkema") == "caption"
    assert credit("Protesters gather outside the parliament. Jane Doe/Ritzau Scanpix")
    assert not credit("Protesters gather outside the parliament on Monday.")
