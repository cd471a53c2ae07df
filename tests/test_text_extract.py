"""The plain-text path end to end on whole-page dumps: what is kept, what is dropped and why,
and the metadata read from the page, in several languages."""

from __future__ import annotations

from datetime import datetime

from newsclean import clean
from newsclean.lexicon import phrase_reason
from newsclean.text_extract import best_region, extract_text

GERMAN_PAGE = """\
Startseite
Politik
Wirtschaft
Sport
Suche
Anmelden
Regierung beschließt neues Klimapaket nach langen Verhandlungen
Von Anna Schmidt und Jonas Weber
10.09.2022
Teilen
Drucken
Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf ein neues Klimapaket geeinigt, das vor allem den Verkehr und die Industrie betrifft.
Nach Angaben des Ministeriums sollen die Maßnahmen im kommenden Jahr in Kraft treten, wenn der Bundestag zustimmt.
„Wir haben einen Kompromiss gefunden, mit dem alle leben können“, sagte die Ministerin am Abend in Berlin.
Kritik kam von den Umweltverbänden, die das Paket für unzureichend halten und weitere Schritte fordern.
Was sich für Pendler ändert
Für Pendler soll es eine höhere Pauschale geben, die ab dem ersten Kilometer gilt und die Mehrkosten ausgleichen soll.
Die Opposition kündigte an, das Gesetz im Bundestag genau zu prüfen und eigene Vorschläge vorzulegen.
Das könnte Sie auch interessieren
Neue Regeln für Mieter ab Januar
vor 2 Stunden
Bahn kündigt Streik an
vor 3 Stunden
Kommentare
Newsletter abonnieren
Impressum
Datenschutz
Alle Rechte vorbehalten
"""

RUSSIAN_PAGE = """\
Главная
Новости
Политика
Поиск
Правительство утвердило новый бюджет на следующий год
10 сентября 2022
Поделиться
Правительство утвердило проект бюджета на следующий год, который предусматривает рост расходов на социальные программы.
По словам министра, основные средства будут направлены на поддержку семей и строительство новых больниц в регионах.
«Мы сделали всё, чтобы бюджет был сбалансированным», — заявил министр на пресс-конференции в Москве.
Эксперты отмечают, что доходы бюджета во многом будут зависеть от цен на энергоносители в следующем году.
Читайте также
Цены на бензин выросли за неделю
2 часа назад
Курс рубля снова изменился
3 часа назад
Все права защищены
"""


def test_german_page():
    art = extract_text(GERMAN_PAGE)
    paras = art.text.split("\n\n")
    assert paras[0].startswith("Die Bundesregierung hat sich")
    assert paras[-1].startswith("Die Opposition kündigte an")
    assert "Was sich für Pendler ändert" in paras  # a subheading inside the article
    assert len(paras) == 7
    assert art.title == "Regierung beschließt neues Klimapaket nach langen Verhandlungen"
    assert art.authors == ["Anna Schmidt", "Jonas Weber"]
    assert art.date == "2022-09-10"
    assert art.language == "de"
    reasons = {r.text: r.reason for r in art.explained_removals()}
    assert reasons["Teilen"] == "share-widget"
    assert reasons["Das könnte Sie auch interessieren"] == "related-list"
    assert reasons["vor 2 Stunden"] == "related-list"
    assert reasons["Newsletter abonnieren"] == "newsletter"
    assert reasons["Alle Rechte vorbehalten"] == "site-furniture"


def test_russian_page():
    art = extract_text(RUSSIAN_PAGE)
    paras = art.text.split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("Правительство утвердило проект бюджета")
    assert art.title == "Правительство утвердило новый бюджет на следующий год"
    assert art.date == "2022-09-10"
    assert art.language == "ru"
    reasons = {r.text: r.reason for r in art.explained_removals()}
    assert reasons["Поделиться"] == "share-widget"
    assert reasons["Читайте также"] == "related-list"
    assert reasons["2 часа назад"] == "related-list"


ARTICLE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads.",
    "Council members said the plan would be paid for by a small increase in property taxes next year.",
    "“This is the most important vote we will take this year,” the mayor told reporters after the meeting.",
    "Opponents said the tax increase would hurt families who are already struggling with higher prices.",
    "The budget now goes to the state for a final review, which is expected to take about two months.",
]


def test_comment_thread_after_the_article_is_not_article():
    comments = ["3 responses to “Council approves budget”", "jane_doe says:", "November 19, 2019 at 6:34 am",
                "This is a terrible decision and the council will regret it when the bills come due next year.",
                "bob99 says:", "November 19, 2019 at 7:02 am",
                "I think the mayor is right and people who complain never show up to the meetings anyway."]
    art = extract_text("\n".join(["Council approves budget", *ARTICLE, "Leave a Reply", *comments]))
    assert art.text.split("\n\n") == ARTICLE
    reasons = {r.text: r.reason for r in art.explained_removals()}
    assert reasons["jane_doe says:"] == "comment-form"


def test_box_inside_the_article_is_cut_out_and_the_article_goes_on():
    box = ["Trending News", "Man arrested after car chase", "Storm closes schools across the region",
           "Local team wins championship"]
    art = extract_text("\n".join(["Council approves budget", *ARTICLE[:3], *box, *ARTICLE[3:]]))
    assert art.text.split("\n\n") == ARTICLE


def test_related_list_of_teasers_after_the_article():
    teasers = ["More from City News", "Police search for missing hiker", "By Jane Smith",
               "Rescue teams searched the mountain for a second day on Tuesday after a hiker went missing.",
               "New bridge opens to traffic", "By John Brown",
               "The long-awaited bridge across the river opened to traffic on Monday morning after delays."]
    art = extract_text("\n".join(["Council approves budget", *ARTICLE, *teasers]))
    assert art.text.split("\n\n") == ARTICLE


def test_image_credit_and_its_alt_text_go_the_caption_stays_optional():
    page = [ARTICLE[0], ARTICLE[1], "Council members at the meeting", "image source, Getty Images",
            ARTICLE[2], ARTICLE[3], ARTICLE[4]]
    art = extract_text("\n".join(page))
    assert art.text.split("\n\n") == ARTICLE
    reasons = {r.text: r.reason for r in art.explained_removals()}
    assert reasons["Council members at the meeting"] == "caption"
    assert reasons["image source, Getty Images"] == "caption"


def test_schedule_list_introduced_by_a_colon_is_kept():
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Credit Union Amphitheatre, Tampa, FL",
             "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA", "June 17 -- Bridgestone Arena, Nashville, TN"]
    art = extract_text("\n".join([*ARTICLE, "The tour dates:", *dates, "Privacy Policy", "Terms of Use"]))
    assert art.text.split("\n\n")[-4:] == dates


def test_title_repeated_in_two_quote_styles_and_in_the_text():
    page = ["Connect with us", "News", "Thousands “flee” after the city falls", "Published", "on",
            'Thousands "flee" after the city falls', *ARTICLE]
    art = extract_text("\n".join(page))
    assert art.title.replace('"', "“", 1).replace('"', "”", 1) == "Thousands “flee” after the city falls"
    assert art.text.split("\n\n") == ARTICLE
    assert {"title-repeat", "title"} & {r.reason for r in art.explained_removals()}


def test_site_name_and_slogan_at_the_top():
    art = extract_text("\n".join(["City Herald", "News that matters.", "Council approves budget", *ARTICLE]))
    assert art.site_name == "City Herald"
    assert art.title == "Council approves budget"
    assert "News that matters." not in art.text


def test_relative_dateline_resolves_only_with_now():
    page = ["Council approves budget", "Jane Smith – Yesterday 11:00 AM", *ARTICLE]
    art = extract_text("\n".join(page))
    assert art.authors == ["Jane Smith"]
    assert art.date is None and art.date_text == "Yesterday 11:00 AM"
    art = extract_text("\n".join(page), now=datetime(2022, 9, 11, 12, 0))
    assert art.date == "2022-09-10T11:00:00"


def test_a_published_label_with_a_time_alone_is_the_day_of_now():
    """"Publicerad 10:31" under the headline: a story of the day, whose day ``now`` names; without it the
    time names no day."""
    page = ["Council approves budget", "Publicerad 10:31", *ARTICLE]
    assert extract_text("\n".join(page)).date is None
    assert extract_text("\n".join(page), now=datetime(2022, 9, 11, 12, 0)).date == "2022-09-11T10:31:00"


def test_a_date_in_the_body_is_not_the_publication_date():
    body = [*ARTICLE[:2], "The last budget, passed on March 3, 2015, raised taxes by two percent over five years.",
            *ARTICLE[2:]]
    art = extract_text("\n".join(["Council approves budget", "September 10, 2022", *body]))
    assert art.date == "2022-09-10"
    art = extract_text("\n".join(["Council approves budget", *body]))
    assert art.date != "2015-03-03"


def test_confidence_separates_an_article_from_a_page_without_one():
    good = extract_text("\n".join(["Council approves budget", *ARTICLE, "Related Articles", "Privacy Policy"]))
    menu = extract_text("\n".join(["Home", "World", "Politics", "Business", "Sport", "Weather", "Contact us"]))
    assert good.confidence >= 0.8
    assert menu.confidence < 0.5
    assert menu.text == ""


def test_empty_and_blank_text():
    assert extract_text("").text == ""
    assert extract_text("\n \n\t\n").confidence == 0.0


def test_best_region_is_the_maximum_sum_run():
    assert best_region([-1, 2, 3, -1, 4, -10, 5]) == (1, 5, 8)
    assert best_region([-1, -2]) == (0, 0, 0.0)


def test_clean_routes_plain_text_here():
    art = clean(("\n".join(["Council approves budget", *ARTICLE])).encode("utf-8"))
    assert art.format == "text"
    assert art.text.split("\n\n") == ARTICLE


def test_title_repeating_the_document_title_line_beats_a_dek():
    page = ["Council approves budget | City Herald", "Home", "News", "Council approves budget",
            "Spending on schools rises for the first time in a decade", "By Jane Smith", *ARTICLE]
    art = extract_text("\n".join(page))
    assert art.title == "Council approves budget"
    assert art.authors == ["Jane Smith"]
    assert art.text.split("\n\n") == ARTICLE


def test_breadcrumbs_and_author_names_are_not_titles():
    page = ["Home » World » Europe", "Jane Smith", "Council approves budget", *ARTICLE]
    assert extract_text("\n".join(page)).title == "Council approves budget"


SPANISH_PAGE = """\
Inicio
Noticias
Buscar
El Gobierno aprueba el nuevo presupuesto tras semanas de negociaciones
Por María López y Juan Pérez
10 de septiembre de 2022
Compartir
El Gobierno aprobó este martes el proyecto de presupuesto para el próximo año, que prevé un aumento del gasto en educación y sanidad.
Según el ministro, la mayor parte de los fondos se destinará a la construcción de nuevos hospitales en las regiones.
«Hemos hecho todo lo posible para que el presupuesto sea equilibrado», declaró el ministro en una rueda de prensa en Madrid.
Los expertos señalan que los ingresos dependerán en gran medida de la evolución de la economía durante el próximo año.
Noticias relacionadas
Suben los precios de la gasolina
hace 2 horas
Deja un comentario
Todos los derechos reservados
"""

FRENCH_PAGE = """\
Accueil
Recherche
Le gouvernement adopte un nouveau budget après des semaines de négociations
Par Marie Dupont
10 septembre 2022
Partager
Le gouvernement a adopté mardi le projet de budget pour l'année prochaine, qui prévoit une hausse des dépenses pour l'éducation et la santé.
Selon le ministre, la plupart des fonds seront consacrés à la construction de nouveaux hôpitaux dans les régions.
« Nous avons tout fait pour que le budget soit équilibré », a déclaré le ministre lors d'une conférence de presse à Paris.
Les experts soulignent que les recettes dépendront en grande partie de l'évolution de l'économie l'année prochaine.
À lire aussi
Les prix de l'essence augmentent
il y a 2 heures
Laisser un commentaire
Tous droits réservés
"""

UKRAINIAN_PAGE = """\
Головна
Пошук
Уряд затвердив новий бюджет на наступний рік
10 вересня 2022
Поділитися
Уряд затвердив проєкт бюджету на наступний рік, який передбачає збільшення видатків на соціальні програми.
За словами міністра, основні кошти будуть спрямовані на підтримку сімей та будівництво нових лікарень у регіонах.
«Ми зробили все, щоб бюджет був збалансованим», — заявив міністр на пресконференції в Києві.
Експерти зазначають, що доходи бюджету значною мірою залежатимуть від цін на енергоносії наступного року.
Читайте також
Ціни на бензин зросли за тиждень
2 години тому
Усі права захищені
"""


def _check_budget_page(page: str, lang: str, title: str, authors: list[str], reasons: dict[str, str]) -> None:
    art = extract_text(page)
    assert art.language == lang
    assert art.title == title
    assert art.authors == authors
    assert art.date == "2022-09-10"
    assert len(art.text.split("\n\n")) == 4
    removed = {r.text: r.reason for r in art.explained_removals()}
    for text, reason in reasons.items():
        assert removed[text] == reason, text


def test_spanish_page():
    _check_budget_page(SPANISH_PAGE, "es", "El Gobierno aprueba el nuevo presupuesto tras semanas de negociaciones",
                       ["María López", "Juan Pérez"],
                       {"Compartir": "share-widget", "Noticias relacionadas": "related-list",
                        "hace 2 horas": "related-list", "Deja un comentario": "comment-form",
                        "Todos los derechos reservados": "site-furniture"})


def test_french_page():
    _check_budget_page(FRENCH_PAGE, "fr", "Le gouvernement adopte un nouveau budget après des semaines de négociations",
                       ["Marie Dupont"],
                       {"Partager": "share-widget", "À lire aussi": "related-list", "il y a 2 heures": "related-list",
                        "Laisser un commentaire": "comment-form", "Tous droits réservés": "site-furniture"})


def test_ukrainian_page():
    _check_budget_page(UKRAINIAN_PAGE, "uk", "Уряд затвердив новий бюджет на наступний рік", [],
                       {"Поділитися": "share-widget", "Читайте також": "related-list",
                        "2 години тому": "related-list", "Усі права захищені": "site-furniture"})


def test_a_newsletter_link_in_a_menu_far_below_promo_blurbs_does_not_damp_the_article():
    # Section promos (long prose blurbs) at the top, then a long menu holding a "Newsletter" link:
    # the menu closes no article, so the story further down keeps its full weight.
    promos = [
        "En Europe, l'eau est soumise à une pression accrue. La pollution, les sécheresses et les inondations "
        "menacent les ressources dont dépendent les habitants, les agriculteurs et les industries du continent.",
        "Nous vous présentons les dernières données climatiques à partir des principales sources mondiales, "
        "avec des analyses de nos journalistes et des cartes mises à jour chaque semaine pour nos lecteurs.",
        "Les meilleurs experts en alimentation d'Europe unissent leurs forces pour lutter contre la malbouffe "
        "et proposer aux familles des solutions simples, abordables et saines pour tous les jours de la semaine.",
        "Sans filtre, sans polémique, sans parti pris : l'actualité en images et sans commentaire, telle qu'elle "
        "se déroule sous les yeux de nos reporters dans les capitales du monde entier, jour après jour.",
    ]
    sections = ["Santé", "Catégories", "Actualités Santé", "Diététique", "Bien-être", "Programmes", "Vidéos",
                "Climat", "Services", "Prévisions météo", "Le JT", "Events", "Évènements", "Podcasts", "Culture",
                "Lifestyle", "Cinéma", "Musique", "Voyages", "Sport", "Football", "Tennis", "Cyclisme", "Business",
                "Tech", "Espace", "Europe", "Monde", "Économie", "Planète", "Histoires", "Direct", "Jeux"]
    menu = [*sections, "Newsletter", "Newsletters", *sections,
            "Publié le", "06/01/2026 - 14:16 UTC+1", "Partager", "Facebook", "Twitter", "Whatsapp"]
    story = [
        "Quand une crise géopolitique lance une nouvelle tendance vestimentaire, les marques n'ont rien à faire : "
        "un survêtement gris est devenu en quelques heures l'objet le plus recherché sur les réseaux sociaux.",
        "La photo, partagée par le président sur sa plateforme, a fait la une des médias internationaux et a été "
        "reprise des milliers de fois, souvent avec des commentaires moqueurs sur la tenue de l'ancien dirigeant.",
        "Selon les outils de mesure de l'audience, les recherches pour ce modèle se sont multipliées par dix en "
        "deux jours, et plusieurs revendeurs affirment que les tailles les plus courantes sont déjà épuisées.",
        "La marque n'a pas commenté la situation à l'heure où nous publions cet article, mais ses ventes en ligne "
        "de la gamme concernée ont nettement augmenté depuis le début de la semaine selon les analystes.",
    ]
    art = extract_text("\n".join(["Euronews", *promos, *menu, *story, "Tous droits réservés"]))
    for paragraph in story:
        assert paragraph in art.text
    assert promos[0] not in art.text


def test_hover_card_with_the_full_name_and_long_headlines_is_cut_from_its_sentence():
    # The card's header gives the name in full (a middle name the link text leaves out), and its four
    # headlines run past 400 characters before the "MORE" link.
    headlines = ("State governor doubles down on 'meth, we're on it' anti-drug campaign State drops pipeline protest "
                 "laws after lawsuit New state law requiring motto sign to hang in public schools goes into effect "
                 "Overnight Energy: Lawmakers spar over an actor's testimony on forever chemicals | House Democrats unveil a renewable "
                 "energy tax plan | Funding for the conservation program passes a Senate hurdle in a late vote")
    assert len(headlines) > 400
    line = (f"South Dakota Gov. Jane NoemJane Lynn Noem{headlines} MORE (R) is defending the state's launch of an "
            "anti-drug campaign with a slogan that critics mocked for days on social media.")
    paras = ["The campaign cost the state nearly half a million dollars, according to officials who spoke on Monday.",
             "Supporters said the slogan got people talking about a crisis that has hit rural counties especially hard.",
             "Critics in the legislature said the money would have been better spent on treatment programs instead."]
    art = extract_text("\n".join(["Governor defends anti-drug slogan", line, *paras]))
    assert "South Dakota Gov. Jane Noem (R) is defending the state's launch" in art.text
    assert "pipeline protest" not in art.text and "MORE" not in art.text
    assert [r.reason for r in art.explained_removals() if "pipeline protest" in r.text] == ["hover-card"]


def test_read_also_teasers_go_whether_the_headline_shares_the_label_line_or_not():
    paras = ["Damli fødte tre uker for tidlig, og manageren hennes måtte ta grep da planene for høsten ble endret "
             "over natten, forteller hun til avisen i et langt intervju om det siste året.",
             "Hun forteller at hun fikk god hjelp av jordmor og lege, og at familien nå har funnet en ny hverdag "
             "etter noen krevende uker på sykehuset med den lille datteren.",
             "Etter fødselen har hun tatt en lang pause fra musikken for å være mer sammen med barna sine hjemme, "
             "og hun sier at hun ikke angrer et sekund på det valget.",
             "Hun sier at det var en tøff tid, men at hun i dag er glad for at hun tok seg tid til å komme seg, "
             "og at hun har lært mye om seg selv underveis.",
             "Til høsten er hun tilbake på scenen, og hun gleder seg til å møte publikum igjen etter pausen som "
             "har vart i nesten to år."]
    teaser = "Tone Damli røper detaljer om frieriet: – Ble helt forfjamset"
    joined = extract_text("\n".join(["Damli fødte tidlig", *paras[:2], f"Les også: {teaser}", *paras[2:]]))
    alone = extract_text("\n".join(["Damli fødte tidlig", *paras[:2], "Les også:", teaser, *paras[2:]]))
    for art in (joined, alone):
        assert art.text.split("\n\n") == paras
        assert [r.reason for r in art.explained_removals() if teaser in r.text] == ["related-list"]
    english = extract_text("\n".join(["Storm warning", *ARTICLE[:2], "ALSO READ: Brace for very bad weather this weekend",
                                      *ARTICLE[2:]]))
    assert "Brace for" not in english.text and ARTICLE[1] in english.text and ARTICLE[2] in english.text


def _story(title: str, lead: str, author: str, stamp: str, paras: list[str]) -> list[str]:
    """One story as an infinite-scroll page prints it: the site's header template, then the text."""
    return [title, lead, f"{author} {author}", f"Publisert {stamp}", "Kort fortalt",
            "Sammendraget er laget av en redaktør.", "Vis mer Vis mindre", *paras]


FIRST_STORY = [
    "Søndag gikk landet ut og fordømte angrepet, der presidenten og kona ble tatt til fange og brakt til New York, "
    "skriver nyhetsbyrået, som viser til en uttalelse fra regjeringen.",
    "En talsperson for utenriksdepartementet kalte hendelsen et eksempel på en brutal oppførsel som verden har vært "
    "vitne til over lang tid, ifølge den statlige nyhetsbyrået.",
    "Ifølge eksperten vil angrepet trolig øke fokuset på atomvåpen, fordi regimet ser dem som en garanti for å "
    "overleve i en farlig verden der stormaktene gjør som de vil.",
    "Han påpekte på en konferanse i Seoul mandag at de to landene er svært forskjellige, både militært og politisk, "
    "og at en direkte sammenligning derfor halter ganske mye.",
    "Samme dag testet landet nye missiler, noe som ifølge eksperter skal styrke den militære avskrekkingen mot "
    "naboene i sør og i øst, og mot de amerikanske styrkene i regionen.",
]


def test_a_second_story_appended_below_the_first_is_left_out():
    second = ["Ryktene om trenerens retur til klubben begynte å svirre mandag kveld, etter en artikkel i en engelsk "
              "avis som siterte flere kilder i og rundt den engelske klubben.",
              "Flere spillere i garderoben skal være positive til at han kommer tilbake, ifølge flere britiske medier "
              "som har snakket med folk som står laget og ledelsen nær.",
              "Klubben har foreløpig ikke kommentert saken, men en avgjørelse ventes i løpet av de neste dagene, "
              "før kampen mot et av lagene på bunnen av tabellen onsdag.",
              "Eksperten mener han er mannen som kan få fart på laget igjen, i alle fall fram til sommeren, når en ny "
              "trener skal på plass for godt og en ny æra begynner."]
    page = ["Meny", "Nyheter", "Sport",
            *_story("Angsten vil øke", "Angrepet skaper spenning i regionen, mener en ekspert.", "Kari Nordmann",
                    "06.01.2026 - 17:29", FIRST_STORY),
            "Del artikkel",
            *_story("Null tvil", "Nå drar det seg til: treneren kobles sterkt til sin gamle klubb.", "Ola Hansen",
                    "06.01.2026 - 16:25", second)]
    art = extract_text("\n".join(page))
    for paragraph in FIRST_STORY:
        assert paragraph in art.text
    assert not any(paragraph in art.text for paragraph in second)
    assert "treneren kobles" not in art.text


def test_repeated_labels_without_a_second_header_do_not_cut_the_story():
    # A label repeated inside one story (an ad marker, a "show more" toggle) is no second story.
    page = ["Meny", *_story("Angsten vil øke", "Angrepet skaper spenning i regionen, mener en ekspert.",
                            "Kari Nordmann", "06.01.2026 - 17:29", FIRST_STORY[:3]),
            "Vis mer Vis mindre", "Kort fortalt", *FIRST_STORY[3:]]
    art = extract_text("\n".join(page))
    for paragraph in FIRST_STORY:
        assert paragraph in art.text


def test_comment_section_notices_in_several_languages_are_comment_form():
    notices = ["Zu diesem Artikel wurden noch keine Kommentare verfasst.",
               "Du musst angemeldet sein, um einen Kommentar abzugeben.",
               "Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert.",
               "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Die Verantwortung für den Inhalt "
               "liegt allein bei den Verfassern.",
               "Neueste zuerst Älteste zuerst Beste Bewertung", "Newest first Oldest first",
               "Comments are disabled for this article.", "Vous devez être connecté pour publier un commentaire.",
               "Debes iniciar sesión para publicar un comentario."]
    last = "Die Opposition kündigte an, das Gesetz im Bundestag genau zu prüfen und eigene Vorschläge vorzulegen.\n"
    assert last in GERMAN_PAGE
    # Right under the story, with no "Comments" header above them.
    art = extract_text(GERMAN_PAGE.replace(last, last + "\n".join(notices) + "\n"))
    reasons = {r.text: r.reason for r in art.explained_removals()}
    for notice in notices:
        assert reasons[notice] == "comment-form", notice
    assert "Die Opposition kündigte an" in art.text
    # A headline that merely starts like a sort option is no notice.
    assert phrase_reason("Newest first-time buyers are older than ever, survey finds") is None


def test_consent_lines_of_an_embedded_content_stand_in_are_embed_placeholders():
    stand_in = ["An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den "
                "Artikel für Sie mit zusätzlichen Informationen anreichert.",
                "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können "
                "personenbezogene Daten an Drittplattformen übermittelt werden."]
    last = "Die Opposition kündigte an, das Gesetz im Bundestag genau zu prüfen und eigene Vorschläge vorzulegen.\n"
    art = extract_text(GERMAN_PAGE.replace(last, last + "\n".join(stand_in) + "\n"))
    reasons = {r.text: r.reason for r in art.explained_removals()}
    assert [reasons.get(line) for line in stand_in] == ["embed-placeholder", "embed-placeholder"]
    assert art.text.endswith(last.strip())
    assert phrase_reason("I agree to external content being displayed to me.") == "embed-placeholder"


def test_text_removals_are_built_when_asked_for():
    """The list of dropped lines (for --explain) waits until asked for; then it names the page's
    menu and byline with their reasons, in page order, and the explained record carries it."""
    art = clean(GERMAN_PAGE, input_format="text")
    assert art.removed == [] and art.deferred_removals
    dropped = art.explained_removals()
    texts = [r.text for r in dropped]
    assert texts.index("Startseite") < texts.index("Suche") < texts.index("Teilen")
    assert {r.text: r.reason for r in dropped}["Von Anna Schmidt und Jonas Weber"] == "byline"
    assert art.to_dict(explain=True)["removed"] == [r.to_dict() for r in dropped]
    assert "removed" not in clean(GERMAN_PAGE, input_format="text").to_dict()


def test_lynx_modifier_apostrophe_reads_as_an_apostrophe():
    """lynx prints the &apos; entity as U+02BC, a letter to word patterns ("thereʼs" one word): the
    text path reads it as the apostrophe it stands for."""
    page = GERMAN_PAGE.replace("sagte die Ministerin", "sagte die Ministerin, thereʼs no doubt,")
    art = clean(page, input_format="text")
    assert "there's no doubt" in art.text and "\u02bc" not in art.text



def test_terminal_dump_that_counts_cjk_characters_one_column_is_unwrapped():
    """lynx gave each wide CJK character one column on this page: its wrapped paragraphs line up by
    characters at a terminal's width (about 72), not by columns; they are joined back into paragraphs."""
    from pathlib import Path

    from newsclean.text_lines import split_lines

    dump = (Path(__file__).parent / "data" / "text_lynx" / "qdaily-hater.txt").read_text(encoding="utf-8")
    texts = [ln.text for ln in split_lines(dump)]
    for first, second in (("Hater 为你提供了四个选项", "将为你匹配合适的对象"),
                          ("在进行了第一个环节的问题测试之后", "将根据你们对于测试问题的回答")):
        assert any(first in t and second in t for t in texts), (first, second)


def test_a_page_without_an_article_region_still_gets_its_headline_and_date():
    """A blog post of two short lines under its headline and dateline (phpspot.org's shape: no line of
    prose, so no article region): no text and confidence 0, as before, but the headline over the dateline
    is the title and the dateline the date. With no dateline in the dump's first half nothing is read."""
    menu = ["前の記事 ≪：CSS3とjQueryで作ったテキストアニメーション", "次の記事 ≫：faviconをローディングアニメーションさせる"]
    side = ["関連エントリ", "複数要素の関連をビジュアライズできるライブラリ", "スポンサード リンク", "分類一覧", "Advertisements",
            "SITE PROFILE", "最新のブログ記事(新着順)", "和柄背景画像フリー素材", "過去のエントリ"]
    head = "マインドマップ風のツリーを描画できる「Treeviz」"
    art = extract_text("\n".join([*menu, head, "2019年04月04日-", "スポンサード リンク", "Treeviz",
                                  "次のような図形を描画できるサンプルです", *side]))
    assert art.text == "" and art.confidence == 0.0
    assert art.title == head and art.date == "2019-04-04"
    bare = extract_text("\n".join([*menu, head, "スポンサード リンク", "Treeviz", *side]))
    assert bare.text == "" and bare.title is None and bare.date is None
