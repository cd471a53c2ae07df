"""The shared boilerplate lexicon: kinds of page furniture, in several languages, whole blocks only."""

from __future__ import annotations

import pytest

from newsclean import reasons
from newsclean.lexicon import KINDS, Kind, phrase_reason
from newsclean.lexicon_words import READING_TIME_AFTER, READING_TIME_BEFORE

FURNITURE = [
    # comment forms
    ("Leave a Reply", "comment-form"),
    ("Leave a Comment", "comment-form"),
    ("Fill in your details below or click an icon to log in: Logo", "comment-form"),
    ("You are commenting using your Facebook account. Log Out / Change )", "comment-form"),
    ("Connecting to %s", "comment-form"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment-form"),
    ("Notify me of new comments via email.", "comment-form"),
    ("34 responses to “Anthony Lynn: We needed to win this game”", "comment-form"),
    ("joetoronto says:", "comment-form"),
    ("Post Comment", "comment-form"),
    ("Einen Kommentar schreiben", "comment-form"),
    ("Laisser un commentaire", "comment-form"),
    ("Deja un comentario", "comment-form"),
    ("Deixe um comentário", "comment-form"),
    ("Lascia un commento", "comment-form"),
    ("Оставить комментарий", "comment-form"),
    ("Залишити коментар", "comment-form"),
    # share and follow widgets
    ("Share", "share-widget"),
    ("• Save", "share-widget"),
    ("Tweet", "share-widget"),
    ("Share this post:", "share-widget"),
    ("Connect with us", "share-widget"),
    ("X", "share-widget"),
    ("×", "share-widget"),
    ("Teilen", "share-widget"),
    ("Partager", "share-widget"),
    ("Compartir", "share-widget"),
    ("Condividi", "share-widget"),
    ("Поделиться", "share-widget"),
    ("Поділитися", "share-widget"),
    # lists of other stories
    ("Related Articles", "related-list"),
    ("More stories", "related-list"),
    ("Read more", "related-list"),
    ("Most read in world news", "related-list"),
    ("Das könnte Sie auch interessieren", "related-list"),
    ("À lire aussi", "related-list"),
    ("Noticias relacionadas", "related-list"),
    ("Leggi anche", "related-list"),
    ("Leia também", "related-list"),
    ("Читайте также", "related-list"),
    ("Читайте також", "related-list"),
    ("関連記事", "related-list"),
    ("【関連記事】", "related-list"),
    ("あわせて読みたい", "related-list"),
    ("相关阅读", "related-list"),
    ("相關新聞", "related-list"),
    ("관련 기사", "related-list"),
    # newsletter and app prompts
    ("Newsletter", "newsletter"),
    ("Support journalism", "newsletter"),
    ("Remember that you can receive notifications from BBC News World. Download the new version of our app "
     "and activate it so you don’t miss out on our best content.", "newsletter"),
    ("Stay up to date with Ascom. Subscribe to our newsletter.", "newsletter"),
    ("Jetzt Newsletter abonnieren", "newsletter"),
    ("Abonnez-vous à notre newsletter", "newsletter"),
    ("Подпишитесь на нашу рассылку", "newsletter"),
    # media residue
    ("image source, EPA", "caption"),
    ("Image copyright Getty Images", "caption"),
    ("© Provided by Task & Purpose", "caption"),
    ("Photo: Reuters", "caption"),
    ("0:00", "video-player"),
    ("Close", "video-player"),
    ("Advertisement", "video-player"),
    # site furniture
    ("Categories:", "site-furniture"),
    ("Published", "site-furniture"),
    ("on", "site-furniture"),
    ("This entry was posted in Uncategorized. Bookmark the permalink.", "site-furniture"),
    ("Skip to main content", "site-furniture"),
    ("All rights reserved.", "site-furniture"),
    ("Alle Rechte vorbehalten", "site-furniture"),
    ("Tous droits réservés", "site-furniture"),
    ("Все права защищены", "site-furniture"),
    ("Privacy Policy", "site-furniture"),
    ("This website uses cookies to improve your experience.", "cookie-notice"),
    ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie-notice"),
    ("12.03.2024, 09:15 Uhr Lesedauer: 3 Minuten", "site-furniture"),
    ("5 min read", "site-furniture"),
    # stand-ins for consent-blocked embeds, in several languages
    ("Externer Inhalt nicht verfügbar", "embed-placeholder"),
    ("External content unavailable", "embed-placeholder"),
    ("Contenido externo no disponible", "embed-placeholder"),
    ("Ein Klick für den Datenschutz", "embed-placeholder"),
    ("Video laden", "embed-placeholder"),
    ("Load content", "embed-placeholder"),
    ("Um eingebettete Inhalte anzuzeigen, ist deine Einwilligung in die Datenübermittlung nötig.", "embed-placeholder"),
    ("Pour afficher ce contenu, vous devez accepter les cookies du fournisseur.", "embed-placeholder"),
    # disclosures: affiliate links, machine translation, generated text
    ("Some links on this page are affiliate links: if you buy through them, we may earn a commission.", "disclosure"),
    ("Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine kleine Provision.", "disclosure"),
    ("Este artículo incluye enlaces de afiliados.", "disclosure"),
    ("Cette page contient des liens d'affiliation.", "disclosure"),
    ("This article was machine-translated and checked by an editor.", "disclosure"),
    ("Diese Audioversion wurde künstlich erzeugt.", "disclosure"),
    # read-more links and live-blog promotions in more languages
    ("Czytaj więcej", "related-list"),
    ("Läs också", "related-list"),
    ("Lees ook", "related-list"),
    ("Devamını oku", "related-list"),
    ("Alle aktuellen Entwicklungen finden Sie in unserem Liveblog:", "related-list"),
    ("The talks go on. Find all our coverage of the summit here.", "related-list"),
    # ad labels and support appeals
    ("Article continues below", "video-player"),
    ("Annonse", "video-player"),
    ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns.", "newsletter"),
    ("Il vous reste 60% de cet article à lire.", "newsletter"),
    ("Nein danke. Weiter zum Artikel.", "newsletter"),
    ("Already have an account?", "newsletter"),
    ("Lire aussi : Les prix de l'énergie repartent à la hausse", "related-list"),
    ("Veröffentlicht von Redaktion. Abgelegt unter Politik.", "site-furniture"),
    ("Comments and pings are currently closed.", "site-furniture"),
    # a site's standing disclaimers (health, supplements, advice)
    ("These statements have not been evaluated by the Food and Drug Administration. These products are not "
     "intended to diagnose, treat, cure, or prevent any disease.", "site-furniture"),
    ("Results vary depending on starting point, goals and effort.", "site-furniture"),
    ("Results may vary from person to person.", "site-furniture"),
    ("Individual results vary depending on diet, sleep and training.", "site-furniture"),
    ("The information provided on this website is for general informational purposes only.", "site-furniture"),
    ("Consult your physician and follow all safety instructions before beginning any exercise program.",
     "site-furniture"),
    ("Dieser Beitrag dient ausschließlich der allgemeinen Information und ersetzt keine ärztliche Beratung.",
     "site-furniture"),
    ("Les informations fournies sur ce site ne remplacent pas l'avis d'un médecin.", "site-furniture"),
    ("La información proporcionada en este sitio no sustituye la consulta médica.", "site-furniture"),
    # an embed's load button and box label; a picture's credit, photographer and agency joined by a slash
    ("Externen Inhalt anzeigen", "embed-placeholder"),
    ("Empfohlener redaktioneller Inhalt", "embed-placeholder"),
    ("Keystone/The White House via AP/Adam Schultz", "caption"),
    # account prompts and a metered paywall's count, in several languages
    ("Not a member of Example yet? Sign Up, it unlocks many cool features!", "newsletter"),
    ("Don’t have an account? Register now", "newsletter"),
    ("Noch kein Konto? Jetzt kostenlos registrieren", "newsletter"),
    ("Pas encore membre ? Créez votre compte", "newsletter"),
    ("¿Aún no tienes cuenta? Regístrate gratis", "newsletter"),
    ("You’ve reached your free article limit.", "newsletter"),
    ("You have 2 free articles left this month.", "newsletter"),
    ("14,358 views 14K views", "share-widget"),
    ("1,234 Aufrufe", "share-widget"),
    ("12 просмотров", "share-widget"),
    ("Link copied", "share-widget"),
    ("Link kopiert!", "share-widget"),
    ("Lien copié", "share-widget"),
    # an accessibility skip link, in several languages; a masthead's name day
    ("zum Hauptinhalt", "site-furniture"),
    ("Skip to Article", "site-furniture"),
    ("Aller au contenu principal", "site-furniture"),
    ("Hoppa till huvudinnehållet", "site-furniture"),
    ("Перейти к контенту", "site-furniture"),
    ("本文へスキップ", "site-furniture"),
    ("Dagens namn: Karin, Kajsa", "site-furniture"),
    ("Namenstag: Maria", "site-furniture"),
    # a caption closed by its credit, after its sentence or run on by the converter
    ("The latest case was reported after a hunter killed and ate a rabbitCredit: Getty - Contributor", "caption"),
    ("SpaceX said its lander will carry 100 metric tons to the surface. Credit: SpaceX", "caption"),
    # a gallery's picture counter
    ("2 of 12 |", "caption"),
    ("Bild 2 von 9", "caption"),
    ("Foto 3/12", "caption"),
    # a copy-link button, in several languages
    ("Copy link to Tweet", "share-widget"),
    ("Copy article link", "share-widget"),
    ("Link kopieren", "share-widget"),
    ("Copier le lien", "share-widget"),
    ("Copiar enlace", "share-widget"),
    ("Kopiera länk", "share-widget"),
    ("リンクをコピー", "share-widget"),
    ("0 Kommentare", "comment-form"),
    ("3 commentaires", "comment-form"),
    ("12 comentarios", "comment-form"),
    ("Themen: US-Wahl 2024 Israel Krieg in der Ukraine Olympische Spiele 2024 in Paris", "site-furniture"),
    ("Topics: Israel, Gaza, United Nations", "site-furniture"),
    ("Did you know we have a France site?", "site-furniture"),
    ("Lire ce contenu en français", "site-furniture"),
    ("Read this article in English", "site-furniture"),
    ("Special offer: Midterm elections package. 3 months for $10. Subscribe", "promo"),
    ("Offre spéciale : 1 € le premier mois", "promo"),
    # a share or tool bar's button labels flattened onto one line, run together or not
    ("Share Tweet Email", "share-widget"),
    ("いいね Print ブックマーク", "share-widget"),
    ("ReportSave", "share-widget"),
    ("Copied copy raw download clone embed print report", "share-widget"),
    ("Facebook X LinkedIn Pinterest WhatsApp Telegram", "share-widget"),
    ("Email • Twitter", "share-widget"),
    ("Teilen Drucken Merken", "share-widget"),
    # a subscriber's sign-in prompt; an automatic alt text
    ("Are you already a subscriber? Sign in", "newsletter"),
    ("Already have an account? Log in", "newsletter"),
    ("Schon Abonnent? Hier anmelden", "newsletter"),
    ("Déjà abonné ? Se connecter", "newsletter"),
    ("This image may contain Text Word and Rug", "caption"),
    ("Image may contain: Nature, and Outdoors", "caption"),
    # a visitor counter
    ("訪問者数 本日: 80 昨日: 1088", "site-furniture"),
    ("Visitors today: 12 Total: 34,567", "site-furniture"),
    ("Besucher heute: 12 gestern: 34", "site-furniture"),
]


@pytest.mark.parametrize(("text", "reason"), FURNITURE)
def test_furniture_is_recognised(text: str, reason: str):
    assert phrase_reason(text) == reason


ARTICLE_TEXT = [
    "He said it was a comment on society, not a share of the blame.",
    "About 200 people were killed, officials said.",
    "Privacy advocates say the new law goes too far.",
    "Russian retreat 'like an avalanche'",
    "The company’s TB2 combat drone, which can carry four missiles, has become a symbol of the resistance.",
    "“We are moving forward,” the commander wrote on his Facebook account.",
    "Der Präsident sagte am Montag, die Regierung werde nicht zurücktreten.",
    "Президент заявил, что правительство не уйдет в отставку.",
    "Read the full report, which runs to 300 pages, before drawing conclusions.",
    "The retailer said it would earn a commission on every sale made through the app.",
    "Regulators say sites that embed third-party content need the reader's consent first.",
    "Die Übersetzung des Vertrags wurde von der Botschaft erstellt.",
    "Les enquêteurs ont chargé le contenu des téléphones sur un serveur.",
    "The external content of the report was reviewed by the committee.",
    "„Nein, danke“, sagte der Minister und verließ den Saal.",
    "Results vary widely among patients, the study found.",
    "Consult your doctor if the symptoms last more than a week.",
    "Biden and/or Trump",
    "The 24/7 service ended in May.",
    "Not a member? The club's 300 members register each spring, the treasurer said.",
    "Fans who have reached the stadium say the limit on tickets was lifted.",
    "The video has 14,358 views so far.",
    "120 views of the city",
    "The link copied from the report was broken.",
    "Copy the link to your heart and keep it.",
    "3 of 12 jurors voted to acquit.",
    "Child Tax Credit: What It Means for Families",
    "He gave credit: the team did the work, he said, and they deserve it.",
    "Der Namenstag ist in Polen wichtiger als der Geburtstag, sagte sie.",
    "Namenstag feiern in Polen",
    "Skip to the end of the report and the numbers tell a different story.",
    "Save more, share less",
    "Like more than a tweet",
    "xxx",
    "Visitors 2024: 3 million people came to the fair.",
    "Subscribers who already have an account can log in to read the full archive, the paper said.",
    "5 Kommentare zu diesem Artikel wurden gelöscht, sagte der Sprecher.",
    "Themen der Woche waren die Wahl und der Haushalt.",
    "The offer was rejected by the union on Friday.",
    "Did you know we have a new mayor? Most residents do not.",
    "Read this in the morning, before the markets open.",
    "関連記事によると、政府は来月にも新しい方針を発表する。",
    "相关新闻报道称，该市将在明年开放新的图书馆。",
]


@pytest.mark.parametrize("text", ARTICLE_TEXT)
def test_article_sentences_are_not_furniture(text: str):
    assert phrase_reason(text) is None


def test_phrases_match_whole_blocks_only():
    assert phrase_reason("Share") == "share-widget"
    assert phrase_reason("Share prices fell sharply on Monday after the announcement.") is None
    assert phrase_reason("Leave a reply") == "comment-form"
    assert phrase_reason("She did not leave a reply to the letter for weeks.") is None


def test_long_blocks_are_never_phrases():
    assert phrase_reason("Share " * 100) is None


def test_every_kind_has_a_reason_and_is_a_kind():
    reasons = [k.reason for k in KINDS]
    assert len(reasons) == len(set(reasons))
    assert all(isinstance(k, Kind) and k.phrases for k in KINDS)
    assert {"comment-form", "share-widget", "related-list", "newsletter", "caption", "video-player",
            "site-furniture"} <= set(reasons)


def test_html_attrs_are_tokens():
    attrs = {a for k in KINDS for a in k.attrs}
    assert {"comment", "share", "related", "newsletter", "caption"} <= attrs


def test_reading_time_widgets_in_every_listed_language_are_furniture() -> None:
    """The one list of reading-time labels serves the lexicon (and the byline parsers, tested there)."""
    for label in READING_TIME_AFTER:
        assert phrase_reason(f"4 min {label}") == reasons.SITE_FURNITURE, label
    for label in READING_TIME_BEFORE:
        assert phrase_reason(f"{label}: 3 min") == reasons.SITE_FURNITURE, label


def test_a_photographers_credit_with_a_picture_agency_is_a_caption():
    """"Name/Agency" closing a line is a picture's credit, for news and picture agencies alike."""
    from newsclean.blocks import text_structural_reason

    assert text_structural_reason("Mads Claus Rasmussen/Ritzau Scanpix") == "caption"
    assert text_structural_reason("Jane Doe/picture alliance") == "caption"
    assert text_structural_reason("Biden and/or Trump") is None
