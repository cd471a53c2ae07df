"""The lexicon's vocabulary: word lists several rules share, in the languages we read.

Name titles, legal phrases, masthead words, credit and author labels, agencies, broadcasters, social
networks and reading-time labels. The lexicon's kinds (``lexicon``), its closing-line sentences
(``lexicon_sentences``), the byline cleaner (``authors``) and the block and line rules of both paths
read them; this module imports nothing of the project's, so any of them may.
"""

from __future__ import annotations

import re

# Titles printed before a person's name ("Dr. Ana Ruiz", "Sen. Tom Lee", "Mme Dupont", "Dott.ssa Rossi"),
# lower-case: the byline cleaner takes them off a name (authors), and the text path's line joiner does
# not take their full stop for a sentence's end ("… threatened to kill Rep." / "Ilhan Omar").
NAME_TITLES: tuple[str, ...] = (
    "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame", "dott", "dott.ssa", "ing", "mag", "doktor",
    "rep", "sen", "gov", "gen", "lt", "col", "sgt", "rev", "hon", "capt", "adm", "mme", "mlle", "hr", "fr",
)

# Copyright notices in the covered languages: a block that holds one is a legal notice, however long
# (``blocks`` looks for them anywhere in a block; the site-furniture kind below, at its start).
LEGAL_PHRASES: tuple[str, ...] = (
    "rights reserved", "registered trademark", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "все права защищены", "усі права захищені", "всі права захищені", "subject to copyright",
)
# A substring of each legal phrase: a cheap pre-test before searching for them.
LEGAL_WORDS: tuple[str, ...] = (
    "reserv", "trademark", "vorbehalten", "réservés", "riservati", "защищ", "захищ", "subject to",
)
# Words newspapers name themselves with, in the languages we read ("The Daily Example", "Example
# Zeitung", "Diario de Ejemplo"): a short line of them at the top of a dump is the masthead.
MASTHEAD_WORDS: tuple[str, ...] = (
    "news", "times", "post", "daily", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
    "press", "today", "observer", "express", "chronicle", "magazine", "reporter", "zeitung", "nachrichten",
    "rundschau", "allgemeine", "presse", "monde", "país", "mundo", "diario", "corriere", "repubblica",
    "stampa", "notícias", "folha", "jornal", "новости", "вести", "известия", "газета", "правда", "новини",
    "вісті",
)
# Labels a picture's credit is given under ("Foto: Name", "Photo by Name", "(Image: Agency)"), lower-case:
# the HTML and text paths' caption rules (blocks) and the text title search's credit feature read them.
CREDIT_LABELS: tuple[str, ...] = (
    "photo", "photograph", "image", "picture", "foto", "bild", "credit", "crédit", "imagen", "quelle", "фото",
)
# Social networks as their buttons and handles name them ("Follow her on Instagram", a name with its
# network's button glued on: "Jane DoeTwitter"), written as the networks write them.
SOCIAL_NETWORKS: tuple[str, ...] = ("Twitter", "Facebook", "Instagram", "YouTube", "LinkedIn", "Telegram", "TikTok",
                                    "Bluesky", "Threads", "Mastodon", "WhatsApp")
# The same networks as a lower-case alternation, for the case-insensitive phrases that name them.
NETWORK_ALTERNATION = "|".join(SOCIAL_NETWORKS).lower()
# The labels of a page's action buttons (share, save, print, copy, report ...) and of the networks a
# share bar names, in several languages: a line of two or more of them and nothing else is a share or
# tool bar flattened into text ("Share Tweet Email", "いいね Print ブックマーク", "ReportSave", "Copied
# copy raw download clone embed print report"). A bare "x" (the network's name) counts only as a word of
# its own. On the dev dumps of six converters (2026-12-01): 183 such lines on 33 pages, none the gold
# title nor a line of the article text (``benchmarks/phrase_lines.py``).
# The Japanese, Chinese and Korean labels among them (like, bookmark, share, print, tweet, save).
CJK_BUTTON_LABELS = "いいね|ブックマーク|シェア|印刷|ツイート|保存|共有|分享|收藏|打印|点赞|공유|인쇄|스크랩"
BUTTON_LABELS = ("share|save|tweet|e-?mail|mail|print|pin|like|bookmark|copy|copied|copy link|embed|download|"
                 "raw|clone|report|comments?|reply|follow|more|gift|" + NETWORK_ALTERNATION + "|x\\b|"
                 "flipboard|pinterest|messenger|reddit|"
                 "teilen|drucken|merken|partager|imprimer|compartir|imprimir|condividi|stampa|salva|" + CJK_BUTTON_LABELS)
# A site's home link (a menu's or a breadcrumb's first item) names it ("Home", "Startseite", "Accueil", "ホーム"),
# in several languages: a regular-expression alternation, case-insensitive, longer labels first. Alone on its
# line it is site furniture (lexicon); among a line's first words it opens a breadcrumb's trail (text_title).
HOME_LABELS = (r"home ?page|home|startseite|accueil|inicio|portada|início|pagina iniziale|главная|головна|"
               r"ホームページ|ホーム|トップ|首页|首頁|홈")
# The word "author" as a label before the names ("Author: Jane Doe", "Autorin", "Auteurs", "Автор"), and
# the word "text" some sites label the writer with ("Text: Ana Ruiz", "Testo di"): regular-expression
# alternations, case-insensitive. The text path's byline prefix (authors) and the HTML path's visible
# author labels (html_bylines) read them.
AUTHOR_LABELS = r"authors?|autor(?:es|in|en|a)?|autori|auteur(?:e|s)?|autore|автор(?:ы|и|ка)?"
TEXT_LABELS = r"text|texto|testo|texte|tekst|текст"
# Japanese, Chinese and Korean sites' author labels: the poster, the writer, the author, the reporter.
CJK_AUTHOR_LABELS = "投稿者|執筆者|执笔|著者|作者|記者|记者|기자"
# The roles a Japanese book's credits print after each name ("Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳"):
# wrote, wrote and edited, edited, translated, supervised the translation, translated, supervised.
CJK_CREDIT_ROLES: tuple[str, ...] = ("著", "編著", "編", "訳", "監訳", "翻訳", "監修")
# The label of a box of key points a story opens with ("Key Points", "Kort fortalt", "Das Wichtigste in
# Kürze", "En bref"), the points under it as a list or sentences: a regular-expression alternation,
# case-insensitive, matched against the whole label line (a colon after it aside).
SUMMARY_LABELS = (r"key points|key takeaways|summary|in short|at a glance|highlights|the big picture|tl;dr|"
                  r"das wichtigste( in kürze)?|auf einen blick|kurz erklärt|kurz gesagt|zusammenfassung|kurzfassung|"
                  r"kort fortalt|kort sagt|i korthet|lyhyesti|in het kort|kort samengevat|samenvatting|"
                  r"en bref|l'essentiel|en résumé|résumé|en resumen|resumen|lo más importante|in breve|in sintesi|"
                  r"i punti chiave|em resumo|resumo|w skrócie|коротко|главное|головне")
# The same labels of Korean, Japanese and Chinese sites, which print the credit in brackets
# ("[사진 = 연합뉴스]", "（写真：ロイター）", "（图片来源：新华社）").
CREDIT_LABELS_CJK: tuple[str, ...] = ("사진", "写真", "図", "圖", "图", "图片", "圖片", "照片")
# News and photo agencies as they sign wire copy and image credits ("Reuters", "AFP/Jane Doe",
# "(Getty Images)"): lower-case, plain words.
AGENCIES: tuple[str, ...] = (
    "reuters", "afp", "ap", "dpa", "ansa", "efe", "epa", "upi", "tass", "ria novosti", "ukrinform", "pti", "ians",
    "anp", "pa", "getty images", "getty", "shutterstock", "alamy", "pa images",
)
# Picture agencies a photo's credit names besides the news agencies ("Jane Doe/Ritzau Scanpix"), lower-case.
PHOTO_AGENCIES: tuple[str, ...] = (
    "keystone", "ritzau scanpix", "scanpix", "imago", "picture alliance", "picture-alliance", "ntb", "tt",
    "anadolu", "xinhua", "sipa", "belga", "apa", "ansa foto", "zuma press", "sopa images", "eyevine",
    "unsplash", "istock",
)
# Broadcasters that sign their reporters' copy by name alone ("Jane Doe, CNN"), lower-case.
BROADCASTERS: tuple[str, ...] = ("bbc", "cnn", "nbc", "abc", "cbs", "fox", "npr")

# Reading-time widgets, in the languages we read: the label after the minutes ("4 min read", "3 Min.
# Lesezeit", "5 min de lecture") and the label before them ("Lesedauer: 4 Minuten", "Reading time 3
# min"). The lexicon drops a line that is only one; bylines and their candidates lose one at their end.
READING_TIME_AFTER: tuple[str, ...] = (
    "read", "lesezeit", "lesedauer", "leestijd", "lesetid", "läsning", "de lecture", "de lectura", "lectura",
    "di lettura", "lettura", "de leitura",
)
READING_TIME_BEFORE: tuple[str, ...] = (
    "reading time", "read time", "lesedauer", "lesezeit", "temps de lecture", "tiempo de lectura",
    "tempo di lettura", "tempo de leitura", "время чтения", "час читання",
)

# Words of a page's buttons and widgets that a capitalised pair passes for a name with ("Email Bio",
# "Social Sharing", "Zur Playlist Anhören"): never part of a person's name.
UI_WORDS: frozenset[str] = frozenset((
    "email", "e-mail", "bio", "sharing", "comments", "print", "newsletter", "newsletters", "podcast", "playlist",
    "login", "continue", "teilen", "kommentare", "drucken", "anhören", "partager", "compartir", "condividi",
    "copyright",  # (a picture's credit: "Copyright Ana Ruiz/AP")
))


def alternatives(words: tuple[str, ...]) -> str:
    """``words`` as a regular-expression alternation, spaces matching any run of white space (the
    lexicon's own phrases join them as they are: blocks reach it with their white space collapsed)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
