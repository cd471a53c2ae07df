"""The one boilerplate lexicon, shared by the HTML and plain-text paths.

Each ``Kind`` names a reason (what ``--explain`` shows) and describes how that kind of page
furniture is recognised: ``phrases`` are regular expressions matched against a whole block of
text (a line in a text dump, a block element in HTML), in several languages; ``attrs`` are
tokens found in HTML ``class``/``id`` values of containers of that kind.

A phrase must match the whole block (leading/trailing punctuation and list markers aside), so
an article sentence that merely mentions "share" or "comment" is never caught: phrases that
describe a longer stock sentence end in ``.*`` themselves. Languages covered: en, de, fr, es,
it, pt, ru, uk (plus a few nl/pl forms where they are the common widget words). The word lists
the kinds share with other rules are in ``lexicon_words``; sentences found within a block (an
article's closing lines), in ``lexicon_sentences``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import reasons, settings
from .lexicon_words import (
    AGENCIES,
    BUTTON_LABELS,
    CJK_BUTTON_LABELS,
    HOME_LABELS,
    LEGAL_PHRASES,
    NETWORK_ALTERNATION,
    PHOTO_AGENCIES,
    READING_TIME_AFTER,
    READING_TIME_BEFORE,
)
from .phrase_matcher import PhraseMatcher


@dataclass(frozen=True)
class Kind:
    """One kind of page furniture: its removal reason, the phrases a whole block of it matches, the
    class/id tokens of containers of it, and a few made-up example blocks (tested to match)."""

    reason: str
    phrases: tuple[str, ...] = ()
    attrs: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


# Numbers as widgets print them ("12", "1.2K", "3,4 тыс.").
_N = r"\d[\d.,]*\s*[kmкмтыс.]*"


KINDS: tuple[Kind, ...] = (
    Kind(
        reasons.COMMENT_FORM,
        examples=("Leave a Reply", "12 comments", "Kommentar schreiben",
                  "Your email address will not be published. Required fields are marked *"),
        phrases=(
            r"leave a (reply|comment|response)", r"(post|add|write|submit) (a |your )?comments?",
            r"post comment", r"cancel reply", r"reply", r"(\d+ )?repl(y|ies)",
            r"this site uses akismet to reduce spam.*", r"learn how your comment data is processed.*",
            r"fill in your details below or click an icon to log in.*",
            r"you are commenting using your .*account.*", r"log out\s*/\s*change.*",
            r"connecting to %s", r"notify me of (new|follow-?up) (comments|posts).*",
            r"(your )?email address will not be published.*", r"required fields are marked.*",
            r"save my name, email,? and website in this browser.*",
            r"(comment|name|email|website)\s*\*?\s*(\(required\))?",
            r"(show|view|load|see|read) (all |more )?(\d+ )?comments?.*", r"join the (conversation|discussion).*",
            r"(view|see|read) the discussion( thread)?\.?",
            r"we want to hear (from you|your (suggestions|comments|feedback|thoughts))\b.*",
            r"comments?(\s*\(\d+\))?", _N + r"\s*comments?", r"no comments( yet)?\.?", r"be the first to comment.*",
            # A count of comments in other languages ("0 Kommentare", "3 commentaires"), as "12 comments".
            _N + r"\s*(kommentare?|commentaires?|comentarios?|comentários?|comment[io]|reacties|kommentarer|"
            r"komentář\w*|komentarz\w*|комментари\w*|коментар\w*|yorum\w*)",
            r"(facebook|twitter|google|wordpress\.com) (photo|account).*",
            r"(you must|please) (be )?(log(ged)? ?in|sign ?in|register) to (post|leave|add) a comment.*",
            r"comments are closed\.?", r"discussion", r"conversation",
            # Comment threads: "34 responses to “Title”", "3 thoughts on …", "jane says:".
            r"(\d+|one|no) (responses?|comments?|replies|thoughts|reactions) (to|on) .*",
            r"[^.!?]{1,60}\s(says|said|wrote|commented|schreibt|écrit|dice|dijo|disse|scrive|пишет|пише)\s*:",
            r"permalink.*comments.*", r"comments? feed.*", r"(sort|order) by\s*:?.*(newest|oldest|best|top).*",
            r"(newest|oldest|most liked|top comments)", r"(log ?in|sign ?in) to (reply|comment).*",
            r"send us your feedback\b.*", r"(your )?(opinion|feedback) matters( to us)?\s*!?",
            r"(newest|oldest) first(?=\s|$).*", r"(commenting|comments?) (is|are) (currently |now )?(disabled|closed|"
            r"unavailable|paused)\b.*", r"please keep (your )?comments? (on[- ]topic|civil|respectful)\b.*",
            # de
            r"(einen )?kommentar (schreiben|hinterlassen|abgeben|verfassen)", r"kommentare?(\s*\(\d+\))?",
            r"antworten", r"(alle )?kommentare (anzeigen|lesen|laden).*",
            r"deine e-?mail-adresse wird nicht veröffentlicht.*", r"ihre e-?mail-adresse wird nicht veröffentlicht.*",
            r"(du musst|sie müssen) (angemeldet|eingeloggt|registriert) sein,? um (einen |zu )?kommentare? "
            r"(abzugeben|zu schreiben|zu verfassen|zu hinterlassen|zu können).*",
            r"(zu diesem (artikel|beitrag)|hier) (wurden|gibt es) (noch )?keine kommentare( verfasst)?\.?",
            r"kommentare? hinzufügen", r"(neueste|älteste) zuerst(?=\s|$).*",
            r"die kommentarfunktion(alität)? ist .{0,60}\b(deaktiviert|geschlossen|abgeschaltet)\b.*",
            r"bitte (achten|beachten) sie (darauf|unsere)\b.{0,60}\bkommentar.*",
            # moderation notices, alone or after a label ("Hinweis:", "Note:", "Atenção:")
            r"((hinweis|achtung|bitte beachten)\s*: )?kommentare,? die .{0,120}\bwerden (nicht freigeschaltet|gelöscht|"
            r"nicht veröffentlicht)\b.*",
            r"((please )?note\s*: |attention\s*: )?comments? (that|which|with|containing) .{0,120}\bwill (not be (approved|"
            r"published)|be (removed|deleted))\b.*",
            r"((aten[çc][ãa]o|nota|atenci[óo]n)\s*: )?coment[aá]rios? (com|que|ofensivos|contendo|con) .{0,120}\bn[ãa]o "
            r"(ser[ãa]o|serán) (aprovados|publicados|aprobados)\b.*",
            r"(ihre|deine) meinung ist uns wichtig\s*!?.*", r"(schicken|senden) sie uns ihr feedback\b.*",
            r"wir freuen uns über (ihr|dein) feedback\b.*", r"we('d| would) (love|like) (to hear )?your feedback\b.*",
            r"(wie denken sie|was (denken|meinen) sie) (über|zu) (dieses|diesem) thema\?.{0,40}\b(meinung|"
            r"kommentar)\w*\b.*",
            # fr
            r"laisser un (commentaire|réponse)", r"(ajouter|écrire|publier) un commentaire", r"commentaires?",
            r"répondre", r"votre adresse (e-?mail|de messagerie) ne sera pas publiée.*",
            r"annuler la réponse", r"vous devez être connecté(e)? pour (publier|poster|laisser|écrire) un commentaire.*",
            r"il n['’]y a (pas encore|aucun) de commentaires?\.?", r"envoyez-nous vos (commentaires|remarques)\b.*",
            # es / pt / it
            r"deja (un|tu) comentario", r"dejar un comentario", r"deixe (um|o seu|seu) comentário",
            r"debes (iniciar sesión|estar registrado|estar conectado) para (publicar|dejar|escribir) un comentario.*",
            r"(aún|todavía) no hay comentarios\.?", r"devi (essere connesso|effettuare il login) per (pubblicare|"
            r"lasciare) un commento.*",
            r"lascia un commento", r"comentarios?", r"comentários?", r"commenti", r"commento", r"responder",
            r"rispondi", r"tu (dirección de )?correo electrónico no será publicad[oa].*",
            r"o seu endereço de e-?mail não será publicado.*", r"il tuo indirizzo email non sarà pubblicato.*",
            # ru / uk
            r"(оставить|добавить|написать) комментарий", r"(залишити|додати|написати) коментар",
            r"комментари[йии]( \(\d+\))?", r"коментар[іi]?( \(\d+\))?", r"ответить", r"відповісти",
        ),
        attrs=("comment", "comments", "respond", "disqus", "reply"),
    ),
    Kind(
        reasons.SHARE_WIDGET,
        examples=("Share this article", "Facebook | Twitter | Email", "Follow us on Instagram", "Partager sur Facebook",
                  "印刷する", "공유하기", "Facebookでシェアする", "LINEで送る", "Copy link to Tweet", "Link kopieren"),
        phrases=(
            r"share|save|tweet|email|e-mail|print|pin|pin it|whatsapp|telegram|linkedin|reddit|"
            r"facebook|twitter|messenger|flipboard|pinterest|tumblr|vk|ok|viber|mail|x|×|✕|✖",
            r"share (this|the) (post|article|story|page|on \w+)\s*:?", r"share (or comment on )?(this|the) (post|article|story)\s*:.*",
            r"(del|dela|deel|jaa) (artikkel|artikkelen|artikeln|artiklen|artikel|dit artikel|artikkeli|saken)", r"(share|tweet|post|pin|send) (it )?on \w+( \(?opens in (a )?new (window|tab)\)?)?",
            r"(share|tweet|email|print)( (this|article|story))?( \d+)?",
            r"(connect|follow|stay connected|like) (with )?us( on .*)?", r"follow (us|me)( on .*)?",
            r"follow [\w@.' -]{1,40} on (" + NETWORK_ALTERNATION + r")\b.*",
            r"share your (thoughts|views|opinion)( with .{1,30})?",
            # A copy-link button ("Copy link to Tweet", "Link kopieren", "Copier le lien", "リンクをコピー"):
            # 109 lines on 13 dev pages, none article text (benchmarks/phrase_lines.py, session 11).
            r"copy (the )?(link|url)( to (this |the )?(tweet|post|article|story|page|clipboard))?",
            r"copy (article|page|story|post) (link|url)", r"(artikel|beitrags)?link kopieren",
            r"copier (le lien|l'url|l'adresse)", r"copiar (el |o )?(enlace|link|url)", r"copia (il )?(link|url)",
            r"link kopiëren|kopieer (de )?link|kopiera länk(en)?|kopier (lenke(n)?|link(et)?)|kopioi linkki",
            r"s?kopiuj link|(z)?kopírovat odkaz|с?копировать ссылку|с?копіювати посилання",
            r"(リンク|url)をコピー(する)?|(링크|url) 복사(하기)?|复制链接|複製連結",
            # A copy-link button's confirmation ("Link copied", "Link kopiert", "Lien copié").
            r"(the )?(link|url|lien|enlace|ligação|collegamento) (copied|kopiert|copié|copiado|copiato|gekopieerd|"
            r"kopierad|kopieret|zkopírován|skopiowany|скопирована|скопійовано)( to (the )?clipboard)?[.!]?",
            # A run of button labels and nothing else (``BUTTON_LABELS``: "Share Tweet Email", "ReportSave").
            r"(" + BUTTON_LABELS + r")(\s*[|,/·•]?\s*(" + BUTTON_LABELS + r"))+",
            # One such label of a Japanese, Chinese or Korean site alone, as a verb or not ("印刷する", "공유하기"),
            # or a share button naming its network ("Facebookでシェアする", "LINEで送る"): English ones alone
            # are above. On the dev dumps of six converters (2026-12-01): 129 lines on 12 pages, none the gold
            # title nor a line of the article text (``benchmarks/phrase_lines.py --pattern``).
            r"(" + CJK_BUTTON_LABELS + r")(する|하기)?",
            r"(" + NETWORK_ALTERNATION + r"|x|line|はてな(ブックマーク)?|メール|e-?mail|mail)で(シェア|共有|送る)(する)?",
            r"(facebook|twitter|instagram|youtube)\s*:\s*@\S+.*",
            r"@\w{2,30}", r"share(s)? " + _N, _N + r"\s*shares?", r"(sharing is caring|share this:?)",
            # A count of views, alone or twice (exact and rounded: "14,358 views 14K views"), as video and
            # article pages print it under the headline: an engagement counter, like the shares'.
            r"(" + _N + r"\s*(views?|vues|aufrufe|visualizaciones|visualizzazioni|visualizações|weergaven|"
            r"visningar|visninger|wyświetle\w*|просмотр\w*|перегляд\w*|görüntülenme)\s*){1,2}",
            r"click to share on .*", r"click to (email|print) .*", r"opens in (a )?new (window|tab)",
            r"(leave a comment )?share this (item|article|story|page) (on|via) .*",
            r"click to (open|show) the (share|sharing) (menu|options|function)\b.*",
            r"klicken,? um die teilen-funktion zu öffnen\b.*",
            r"(abspielen pausieren )?(zu den kommentaren )?(über \w+ teilen ){2,}.*",
            # saved-articles notices of bookmark buttons
            r"(you can )?find (all )?(your )?saved (articles|stories)\b.*", r"(trovi|ritrova) tutti gli articoli salvati\b.*",
            r"retrouvez (tous )?vos articles (sauvegardés|enregistrés)\b.*",
            r"(ihre|deine|alle) gespeicherten (artikel|beiträge) finden (sie|du)\b.*",
            # de / fr / es / it / pt / ru / uk
            r"teilen|(jetzt |artikel )?teilen|drucken|merken|folgen sie uns.*|auf \w+ teilen",
            r"partager|partagez|imprimer|suivez-nous.*|partager sur \w+|envoyer par e-?mail",
            r"compartir|compartilhe|compartilhar|imprimir|síguenos.*|siga-nos.*|enviar por (e-?mail|correo)",
            r"condividi|stampa|seguici.*|salva",
            r"поделиться|распечатать|печать|подписывайтесь.*|поширити|поділитися|друк|підписуйтесь.*",
        ),
        attrs=("share", "sharing", "social", "sharebar", "share-bar", "addthis", "sharethis", "follow"),
    ),
    Kind(
        reasons.NEWSLETTER,
        examples=("Sign up for our daily newsletter", "Subscribe now", "Get the app", "Jetzt Newsletter abonnieren"),
        phrases=(
            r"newsletters?", r"(sign up|subscribe|register)( now| today)?( for| to)? (our|the|a) (free )?"
            r"(daily |weekly )?(newsletter|e-?mail|briefing|digest).*",
            r"(sign up|subscribe)( now| here| today)?", r"subscribe to .*", r"get our .*newsletter.*",
            r"join (our|the) .{0,40}\bnewsletters?\b.*",
            r"get (daily|weekly|the latest) .{1,40}\bnews\b.{0,40}", r".{0,100}\bdelivered (straight |directly )?to your inbox\b.*",
            r"get the latest .{0,60}\b(in|to) your inbox\b.*",
            r".{0,120}\b(lesen|nutzen) sie .{0,60}\b(ohne werbung|werbefrei)\b.*", r".{0,80}\b(go|read|browse) ad-free\b.*",
            r"(you can )?save this (article|story) by (registering|signing up)\b.*",
            r"exclusive (articles|stories|content|reporting) (by|from) .{1,200}",
            r"subscribe (now )?to (read|get|continue|access|unlock)\b.*", r"unlimited (digital )?access to .{1,60}",
            r"(independent )?journalism needs your support.*",
            r"(unabhängiger )?journalismus braucht (deine|ihre|eure) unterstützung.*",
            r"(\d+|zwei|drei|vier) (wochen|monate) (lang )?(kostenlos|gratis) (testen|lesen)\b.*",
            r"(kennen sie|kennst du) (schon|bereits) unsere .{1,40}\?",
            r"mehr lesekomfort mit (der|unserer) .{0,40}\bapp\b.*",
            r".{0,60}\bapp\b.{0,160}\b(gratis|kostenlos) herunterladen\b.*",
            r"(enter|your) (your )?e-?mail( address)?( here)?", r"thanks? (you )?for (signing up|subscribing).*",
            r"by (signing up|subscribing|clicking).*(privacy|terms|policy).*",
            r"by (signing up|subscribing|registering)\b.{0,60}\byou (agree|consent)\b.*",
            r".*\b(download|install|get)\b.{0,40}\bour (\w+ )?app\b.*",
            r".{0,200}\b(subscribe|sign up|signup|register|abonnieren|anmelden|abonnez|inscrivez|suscríbete|"
            r"iscriviti|assine|inscreva|join|подпис|підпис)\w*\b.{0,80}\bnewsletters?\b.{0,120}",
            r".{0,40}\bnewsletter",
            r".{0,120}\bnewsletters?\b.{0,80}\b(subscribe|sign up|signup|inbox)\w*\b.{0,120}",
            r"stay (up to date|informed|in the loop|connected)( with .{1,40})?", r"no,? thanks",
            r"(nein|non|no),? (danke|merci|gracias|grazie|obrigad[oa])(\.? (weiter|continuer|continuar|continua|zurück)\b.{0,30})?",
            r".*\byou can (check out|unsubscribe|opt out|opt-out) at any time\b.*",
            r"(already have an account|(sie haben|du hast) bereits ein "
            r"(konto|kundenkonto|abo)|¿?ya tienes (una )?cuenta|hai già un account|já tem (uma )?conta)\s*\??"
            r"( .{0,12}\b(log|sign) ?in\b.{0,10}| (hier )?(anmelden|einloggen))?",
            r"get the app", r"(turn on|enable|activate) (push )?notifications.*",
            # A subscriber's sign-in prompt ("Are you already a subscriber? Sign in", "Schon Abonnent? Hier anmelden").
            r"(are you )?already a subscriber\??.*", r"(schon|bereits) abonnent(in)?\s?\?.{0,40}",
            r"(vous êtes )?déjà abonnée?\s?\?.{0,40}", r"¿?ya (eres|estás) (suscriptor|suscrito|abonado)\s?\?.{0,40}",
            r"(sei )?già abbonato\s?\?.{0,40}", r"já é assinante\s?\?.{0,40}",
            r"(become|be) a (member|subscriber|supporter).*",
            # Account prompts and a metered paywall's count ("Not a member yet? Sign up", "You've reached your limit").
            r"(not (yet )?a member( of .{1,40})?( yet)?|(don['’]t|do not) have an account( yet)?)\?? .{0,20}\b(sign up|join|register)\b.*",
            r"(noch )?(kein|nicht) (mitglied|kundenkonto|konto)\?.{0,30}\b(registrieren|anmelden)\b.*",
            r"pas encore (membre|de compte|inscrit)\s?\?.*", r"¿?(aún|todavía) no (eres miembro|tienes (una )?cuenta)\?.*",
            r"(you['’]ve|you have) reached (your|the) (free )?(article|story) limit\b.*", r"you have \d+ free (articles?|stories) left\b.*",
            # Sign-up boxes: the consent line, the promise and the error the form prints.
            r"(yes,? )?i (agree|consent|would like)( that| to)? .{0,160}\b(send|e-?mail|newsletters?|contact|receive)\w*\b.*",
            r"no spam[,.!]?.*", r"(you can )?unsubscribe (at )?any ?time.*",
            r"(you have|you've|you are now) (successfully |succesfully )?(subscribed|signed up)\b.*",
            r"(there was|we had) (a|an) (problem|error|issue) (with )?(subscribing|signing|your (subscription|sign-?up)).*",
            r"(sorry, )?(something went wrong|an error (has )?occurred)[,.!]? please try again.*",
            r"ich (bin (damit )?einverstanden|stimme zu|willige ein|möchte).{0,160}\b(newsletter|e-?mails?|zusend|informier)\w*.*",
            r"kein spam.*", r"(sie können sich )?jederzeit (wieder )?abmelden.*", r"abmeldung (ist )?jederzeit möglich.*",
            r"(j'accepte|je consens|j'accepte de recevoir).{0,160}\b(newsletters?|e-?mails?|recevoir|communications?)\b.*",
            r"pas de spam.*", r"(désinscri(ption|vez-vous)|vous pouvez vous désinscrire) (possible )?à tout moment.*",
            r"(acepto|doy mi consentimiento|quiero recibir).{0,160}\b(newsletters?|boletín|correos?|enviar|recibir)\b.*",
            r"(nada de|sin) spam.*", r"puedes darte de baja en cualquier momento.*",
            r"(accetto|acconsento|voglio ricevere).{0,160}\b(newsletters?|e-?mail|inviare|ricevere)\b.*", r"niente spam.*",
            r"(aceito|concordo|quero receber).{0,160}\b(newsletters?|e-?mails?|enviar|receber)\b.*", r"sem spam.*",
            r"if you (enjoyed|liked|valued) this (article|story|post|piece).*", r"support (independent )?journalism.*",
            r"(please )?(support|donate to) (us|our journalism|our work).*", r"subscribe for (full|unlimited) access.*",
            r"(this|the) (article|content) is (for|available to) (subscribers|members) only.*",
            r"join (us|our (\w+ )?(community|channel)) on (whatsapp|telegram|signal)\b.*",
            r"get the latest .{0,60}\b(news|updates|headlines) (to|on|in) your (phone|inbox)\b.*",
            r"you have (full )?access to this (article|content) (via|through) your (institution|library|"
            r"organi[sz]ation|subscription).*",
            # what is left of a paywalled story: "57% of this article remains", "la suite est réservée aux abonnés"
            r"il vous reste \d[\d.,]*\s*% de (cet |l')article à lire.*", r".{0,200}\bla suite est réservée (aux|à nos) abonnés.*",
            r"(der )?(rest|restliche text|weitere text) (des|dieses) (artikels|beitrags) ist (nur )?(für )?"
            r"(abonnenten|abonnentinnen|abonnierende|abonnements?).*",
            # de / fr / es / it / pt / ru / uk
            r"(jetzt )?newsletter (abonnieren|bestellen)", r"jetzt (abonnieren|anmelden|registrieren).*",
            r"(hat|hat ihnen|hat dir) (dieser|der|unser) (artikel|beitrag|text) gefallen\?.*",
            r"(bitte )?unterstützen sie (uns|unsere arbeit|unabhängigen journalismus)\b.*",
            r"(vous avez aimé|cet article vous a plu)\b.{0,20}\?.*", r"¿?te (ha gustado|gustó) (este|el) (artículo|contenido)\?.*",
            r"ti è piaciuto (questo|l') ?articolo\?.*",
            r"(melden sie sich|abonnieren sie).*newsletter.*", r"laden sie (jetzt )?unsere app.*",
            r"(inscrivez-vous|abonnez-vous).*", r"s'abonner.*", r"téléchargez (notre|l') app.*",
            r"(suscríbete|suscribirse|regístrate).*", r"descarga (nuestra|la) app.*",
            r"(assine|inscreva-se|cadastre-se).*", r"(iscriviti|abbonati).*", r"scarica (la|l') app.*",
            r"подписаться( на рассылку)?.*", r"подпишитесь.*", r"скачайте (наше )?приложение.*",
            r"підписатися.*", r"підпишіться.*", r"завантажте (наш )?додаток.*",
        ),
        attrs=("newsletter", "subscribe", "signup", "sign-up", "subscription", "paywall", "app-promo"),
    ),
    Kind(
        reasons.RELATED_LIST,
        examples=("Related Articles", "You may also like", "Most read", "Lesen Sie auch: Die Preise steigen weiter", "추천 기사",
                  "Promoted Tweet"),
        phrases=(
            r"more( on this( story| topic)?)?\s*:", r"(read|see) more\s*:",
            r"(related|recommended|popular|trending|latest|top|more|other|similar|recent|featured)"
            r"( \w+)? (articles|stories|posts|news|reads|videos|content|links|topics|coverage|headlines)"
            r"( (from|in|on|for) .*)?",
            r"(read|see|watch) (more|also|next)( from .*| on .*| about .*| news)?", r"read more\W*",
            r"continue reading.*", r"you (may|might) (also )?(like|be interested in|have missed).*",
            r"(don't|do not) miss( this)?", r"more (from|in|on|news from) .{1,40}", r"most (read|popular|viewed|shared|watched|commented)( .{1,20})?",
            r"also (read|see|on .*)", r"(editor'?s'?|staff) picks?", r"in (other|the) news", r"what to read next",
            r"(next|previous|prev) (article|story|post)\W*.*", r"up next", r"trending( now)?", r"top stories",
            r"(recommended|suggested) for you", r"around the web", r"from (our|the) partners?.*",
            r"sponsored( content| stories| links)?", r"promoted( stories| content| tweets?| posts?)?", r"more stories",
            r"latest( news)?", r"recommended", r"related( links| coverage)?", r"see all",
            # de / fr / es / it / pt / ru / uk
            r"(das )?(könnte|dürfte) (sie|dich) (auch )?interessieren.*", r"(mehr|weitere) (zum thema|themen|artikel|nachrichten|news).*",
            r"auch interessant", r"(meistgelesen|am meisten gelesen|beliebt|empfohlen)(e)?( artikel)?",
            r"weiterlesen", r"lesen sie auch.*",
            r"(artigos|posts|matérias|notícias|artículos|noticias|entradas|publicaciones) relacionad[oa]s",
            r"(articoli|post|notizie) correlat[ie]", r"articles (similaires|liés|connexes)",
            r"(ähnliche|verwandte|weitere) (artikel|beiträge|themen)", r"(похожие|связанные) (статьи|новости|материалы)",
            r"(схожі|пов'язані|пов’язані) (статті|новини|матеріали)",
            # ja / zh / ko: "related articles", "recommended articles", "read this too"
            r"(関連|おすすめの?|オススメの?|人気の?)(記事|ニュース|リンク|コンテンツ)", r"関連する(記事|コンテンツ|ニュース)",
            r"(あわせて|合わせて)読みたい", r"(相关|相關|推荐|推薦|热门|熱門)(文章|阅读|閱讀|新闻|新聞|报道|報導)",
            r"(관련|추천|인기) ?(기사|뉴스)", r"많이 본 (기사|뉴스)",
            r"(à lire|lire) (aussi|également|la suite)", r"(articles?|sujets?) (similaires|associés|liés)",
            r"(les )?plus (lus|populaires)", r"sur le même sujet", r"vous (aimerez|pourriez aimer) aussi.*",
            r"(lee|leer) (también|más)", r"(lo )?más (leído|visto)s?",
            # "Read also: <headline>" in the covered languages
            r"(read|see) also\s*:.*", r"(à lire|lire|voir) (aussi|également)\s*:.*", r"(lee|lea|leer|ver|vea) también\s*:.*",
            r"also\s*:\s*(see|read|watch)\b.*",
            r"(leia|veja) também\s*:.*", r"(leggi|vedi) anche\s*:.*", r"(czytaj|zobacz) (też|także|również)\s*:.*",
            r"(also read|read (more|next))\s*[:|].*", r"(les|læs|se) også\s*:.*", r"läs (också|även)\s*:.*",
            r"(lees|zie) ook\s*:.*", r"(čtěte|přečtěte si) (také|též)\s*:.*", r"lue (myös|lisää)\s*:.*",
            r"te puede interesar", r"(leia|veja) (também|mais)",
            # editors' picks and "for you" boxes
            r"(empfehlungen|tipps) der redaktion", r"unsere (empfehlungen|auswahl)", r"(die )?redaktion empfiehlt",
            r"(the |our )?editors? recommends?|recommended by (the|our) editors?", r"la rédaction (vous )?recommande",
            r"la redacci[oó]n recomienda", r"la redazione (consiglia|raccomanda)", r"(a )?redação recomenda",
            r"redaksjonen anbefaler|redaktionen (rekommenderar|anbefaler)", r"redakce doporučuje", r"(für sie|für dich) (ausgewählt|empfohlen)",
            r"(la )?(sélection|choix) de la rédaction", r"recommandés? pour vous",
            r"(la )?selecci[oó]n (del editor|de la redacci[oó]n)|recomendaciones del editor|recomendado para (ti|usted)",
            r"(la )?scelta della redazione|scelti per te|consigliati (per te|dalla redazione)",
            r"escolhas do editor|(a )?seleç[aã]o do editor|recomendado para voc[eê]",
            r"redaktionens (val|utvalg|udvalg)", r"anbefalt for deg|rekommenderat för dig|anbefalet til dig",
            r"(keuze|tips) van de redactie", r"wybór redakcji", r"výběr redakce", r"editörün seçtikleri|editörün seçimi",
            r"(выбор|рекомендации) редакции", r"(вибір|рекомендації) редакції",
            r"(mais )?lidas", r"(leggi|vedi) anche", r"(i )?più letti",
            r"(читайте|смотрите) (также|еще|ещё).*", r"(похожие|другие|последние|популярные) (новости|статьи|материалы)",
            r"(читайте|дивіться) (також|ще).*", r"(схожі|інші|останні|популярні) (новини|статті|матеріали)",
            r"ещё по теме|еще по теме|по теме|на тему",
            # pl / nl / sv / no / da / cs / tr / lt
            r"(czytaj|zobacz) (więcej|też|także|również|dalej)", r"przeczytaj (też|także|również|więcej)",
            r"(lees|bekijk) (ook|meer|verder)", r"läs (mer|också|även|vidare)", r"les (mer|også|videre)",
            r"læs (mere|også|videre)", r"(čtěte|přečtěte si) (také|též|více|dále)", r"devamını oku",
            r"ayrıca (oku|okuyun|bakınız)", r"ilginizi çekebilir", r"skaitykite (daugiau|taip pat)",
            # promotions of the site's live blog or topic page, closing a story
            r"(mehr|aktuelle|alle|weitere)\b.{0,100}\b(finden|lesen|sehen) sie\b.{0,30}\bin unserem (live-?blog|"
            r"live-?ticker|news-?blog|ticker|dossier|themenschwerpunkt|schwerpunkt|spezial)\b.*",
            r".{0,200}\bhier finden sie alle (unsere |weiteren |aktuellen )?(inhalte|artikel|beiträge|berichte|"
            r"informationen|news|nachrichten) zu(m|r)?\b.{0,80}",
            r".{0,200}\b(here you('ll| will)? (can )?find|find|read|see|for) all (of )?our (coverage|content|stories|"
            r"reporting) (on|of|about)\b.{0,80}",
            r"(more|read more|the latest|follow the latest) (on|about) .{1,80} (in|on) our live ?(blog|ticker|coverage)\b.*",
            r"follow (along with )?(the latest|our live|live) (updates|coverage)\b.*",
            r".{0,200}\b(retrouvez|suivez) (tous nos articles|toute notre couverture|notre direct|notre live|"
            r"l'essentiel de notre couverture)\b.{0,80}",
            r".{0,200}\b(consulta|sigue|lee) (toda )?(nuestra cobertura|nuestro directo|el minuto a minuto)\b.{0,80}",
        ),
        attrs=("related", "recommend", "more-stories", "read-more", "popular", "trending", "outbrain",
               "taboola", "most-read", "mostread", "teaser", "also-read", "promo"),
    ),
    Kind(
        reasons.CAPTION,
        examples=("Photo: Jane Example", "© Jane Example", "Foto: Max Muster",
                  "A crowd gathers in the square. (Photo by John Sample/Reuters)", "Image 3 of 23"),
        phrases=(
            r"(photo|photograph|photography|fotografie|image|picture|foto|video|"
            r"bild|illustration)( credit)?s?(\s*\(cc\))?\s*[:©]\s*.{0,80}",
            r".{0,300}\((photo|image|picture)s? (by|credit|courtesy)[^)]*\)\W*(©.*)?",
            # A caption closed by its credit, after its sentence or run on by the converter ("… ate a
            # rabbitCredit: Getty"): 51 lines on 5 dev pages of six converters, none article text (session 11).
            # The label's capital, after a sentence's end or glued to a word, tells it from a headline's
            # "Tax Credit: …" and from prose.
            r".{10,300}?(?:[.!?)”\"']\s*|(?<=[a-z]))(?-i:Credits?):\s*\S.{0,60}",
            # An automatic alt text, as Facebook's and publishers' image recognition writes it.
            r"(this )?image may contain\b.{0,200}", r"may be an image of\b.{0,200}",
            r"(photo|image|picture)s? (source|credit|copyright)s?\s*[:,]?\s*.{0,60}", r"(photo|image|picture) caption\b.*",
            r"(photo|photograph|photography|image|picture)s? (by|credit|courtesy of) .{1,80}", r".{0,80}\bvia getty images\W*.{0,40}",
            r"©\s*provided by .*", r"©(?!\s*copyright\b).{0,80}", r"\(c\) .{0,60}", r"(ap photo|" + "|".join(AGENCIES + PHOTO_AGENCIES) + r")(\s*/\s*.{0,40})?",
            r"(source|quelle|fuente|fonte|источник|джерело)\s*:\s*.{1,60}",
            r"(фото|foto)\s*:\s*.{0,80}", r"crédit(s)? photo\s*:?.*",
            r"(expand|enlarge) (image|photo)", r"(view|open) (image )?gallery.*", r"\d+ (photos|images|bilder|fotos)",
            r"(hide|show) caption", r"caption",
            # A gallery's picture counter ("1 of 12 |", "Image 3 of 23", "Bild 2 von 9"): 271 lines on 16 dev
            # pages of six converters, none article text nor a headline (benchmarks/phrase_lines.py, session 11).
            r"((photo|image|picture|slide|bild|foto|imagen|immagine|фото)\s*)?\d{1,3}\s*(of|von|de|di|sur|из|av|af|z|van)"
            r"\s*\d{1,3}\s*\|?", r"(photo|image|picture|slide|bild|foto|imagen|immagine|фото)\s*\d{1,3}\s*/\s*\d{1,3}",
            r"(bildlegende|legende|légende|bildunterschrift|leyenda|didascalia)\s*:\s*.{0,400}",

        ),
        attrs=("caption", "credit", "figcaption", "photo-credit", "image-credit", "wp-caption-text",
               "photo", "gallery", "slideshow", "lightbox"),
    ),
    Kind(
        reasons.COOKIE_NOTICE,
        examples=("We use cookies to improve your experience on our website.", "Accept all cookies", "Cookie settings"),
        phrases=(
            r".*\bcookies?\b.*\b(website|web site|site|browser|consent|experience|opt-out|opt out|necessary|"
            r"preferences|settings|privacy|navigate|webseite|website|navigateur|navegador|navigazione|browser|"
            r"сайт|сайте|браузер)\b.*",
            r".*\b(website|site|webseite|sitio|sito|сайт)\b.*\bcookies?\b.*",
            # who is responsible for the reader's data on the site (the consent layer's first line)
            r".*\bis responsible for (your|the) (personal )?data (on|of|collected on) this (website|site)\b.*",
            r".*\ber ansvarlig for dine (person)?(data|opplysninger|oplysninger) på denne (nettsiden|siden|"
            r"hjemmesiden|nettstedet|hjemmeside)\b.*",
            r".*\bansvarar för (dina )?(personuppgifter|data) på (denna|den här) (webbplats|sajt|sida)\w*\b.*",
            r".*\bist (der )?verantwortliche? für (ihre|deine) (personenbezogenen )?daten auf dieser "
            r"(website|webseite|seite)\b.*",
            r"(accept|allow|agree|reject|decline|manage|customi[sz]e)( all)?( cookies)?",
            r"(alle )?(akzeptieren|ablehnen)|(tout )?(accepter|refuser)|(aceptar|rechazar)( todo)?|(accetta|rifiuta)( tutto)?",
            r"(privacy|cookie) (overview|settings|preferences)|necessary( always enabled)?|non-necessary|functional|"
            r"analytics|performance|others|always enabled",
        ),
        attrs=("cookie", "consent", "gdpr", "cmp"),
    ),
    Kind(
        reasons.VIDEO_PLAYER,
        examples=("Now playing", "02:45", "Your browser does not support the video tag.", "Werbung", "Back to video",
                  "スポンサード リンク"),
        phrases=(
            r"\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?", r"(play|pause|mute|unmute|replay|fullscreen|full screen)( video)?",
            r"(now playing|watch now|watch video|video|watch|live|close)", r"(video|audio) (ad|advertisement)",
            r"back to (the )?video",
            r"(this|the) video (is|has been) (not available|unavailable|removed).*",
            r"your browser does not support.*", r"(please )?enable javascript.*", r"media playback is unsupported.*",
            r"this (slideshow|gallery|content|video) requires javascript\.?",
            r"(skip|close) (ad|advertisement)", r"(ad|advert|advertisement)( feedback| \d{1,2})?", r"anzeige|werbung|publicité|publicidad|"
            r"publicidade|pubblicità|реклама",
            r"annonse|annons|annonsørinnhold|annoncørindhold|reklame|reklam|reklama|advertentie|mainos|anuncio",
            # Japanese sites' advertisement labels ("スポンサード リンク", "[PR]", "広告"): 38 lines on 8 dev pages.
            r"スポンサー(ド)? ?リンク|広告|\[?pr\]?",
            r"(the )?(article|story) continues (below|after)( (this |the )?(ad|advert|advertisement))?",
            r"(this )?(ad|advert|advertisement) has not loaded yet\b.*",
            # a video teaser's stamp: its date and running time ("… 18.04.2024 | 0:21 min", "Video 02:53 21.01.2023")
            r".{0,300}\b\d{1,2}\.\d{1,2}\.\d{2,4}\s*[|·,-]?\s*\d{1,2}:\d{2}\s*(min|minuten|minutes)\.?",
            r"video\s*\d{1,2}:\d{2}(\s*\d{1,2}\.\d{1,2}\.\d{2,4})?", r".{0,120}\bautoplay\b.{0,30}\b(weitere|more|next) videos?",
            r"(ad|advert|advertisement)\s*[·|•-]?\s*scroll to continue( reading)?",
            r"(we apologi[sz]e,? but )?(this|the) video (has )?failed to load\b.*",
            # "why this ad" links and ad-blocker notices
            r"why (am i|are you) seeing this ad\s*\??", r"warum sehe ich (diese|die) (anzeige|werbung)\s*\??",
            r"hvorfor ser (du|jeg) denne annonsen\s*\??", r"varför ser (du|jag) (den här|denna) annons(en)?\s*\??",
            r"pourquoi (je vois|vois-je) cette publicité\s*\??", r"¿?por qué (veo|estoy viendo) este anuncio\s*\??",
            r".*\b(you('re| are)|you appear to be|it (looks|seems) like you('re| are)) using an? ad[- ]?blocker\b.*",
            r".*\b(sie haben|du hast) (vermutlich |offenbar |wohl |einen )?(einen )?ad-?blocker (aktiviert|aktiv|"
            r"installiert)\b.*",
            r".*\bvous utilisez (un )?(bloqueur de publicités?|ad-?blocker)\b.*",
            r".*\b(estás usando|usas|utilizas) un (bloqueador de anuncios|ad-?blocker)\b.*",
            r"(der )?(artikel|text|beitrag) (geht|wird) (unten|unter(halb)? der (werbung|anzeige)|nach der (werbung|"
            r"anzeige)) (weiter|fortgesetzt)",
            r"(la suite de l'article|l'article continue) (après|sous) (cette |la )?publicité",
            r"(el artículo|la noticia) continúa (debajo|tras la publicidad|después del anuncio)",
            r"(loading|chargement|cargando|wird geladen|загрузка)(\s*\.\.\.|…)?",
        ),
        attrs=("video", "player", "jwplayer", "vjs", "ad-", "advert", "ads", "sponsor"),
    ),
    Kind(
        # Boxes about the author beside or below the story: photo, bio, links to their other work.
        reasons.AUTHOR_BIO,
        examples=("More articles by Jane Example", "Alle Beiträge von Max Muster", "Altri articoli di Anna Esempio"),
        phrases=(
            r"(more|all|other|latest) (articles|stories|posts|columns) (by|from) [\w .'’-]{1,40}",
            r"(weitere|alle) (artikel|beiträge|texte) (von|des autors|der autorin) ?[\w .'’-]{0,40}",
            r"(plus d'articles|tous (les|ses) articles|autres articles) (de|par) [\w .'’-]{1,40}",
            r"(más|otros|todos los) artículos (de|por) [\w .'’-]{1,40}",
            r"(altri|tutti gli) articoli di [\w .'’-]{1,40}",
        ),
        attrs=("author-bio", "authorbio", "author-popup", "author-box", "authorbox", "about-author",
               "author-card", "author-description", "author-profile-box"),
    ),
    Kind(
        # How to cite the page and invitations to respond to it (scholarly and review sites).
        reasons.CITATION,
        examples=("How to cite this article:", "Zitiervorschlag:", "Citation Tools"),
        phrases=(
            r"(how )?(to |pour |para |per |zum )?(cite|citer|citar|citare|zitieren)( (this|cet|este|esta|questo|"
            r"diesen|dieses) (article|artículo|articolo|artigo|artikel|beitrag|page|post|item))?\s*:?",
            r"(zitierweise|zitiervorschlag|citation|référence|referencia|riferimento)\s*:?",
            r"citation tools|(download|export) (the )?citations?",  # (a paper's page: its citation buttons)
            r"(si vous souhaitez|if you (would like|wish|want) to) (critiquer|réagir|répondre|développer|respond|reply|"
            r"critique|comment on)\b.{0,60}\b(cet article|this (article|piece|essay))\b.*",
            r"(nota bene|n\.\s?b\.)\s*:\s*(si vous souhaitez|if you (wish|would like|want)|wenn sie|si (desea|quiere)).*",
        ),
    ),
    Kind(
        # Print-edition and app promotions inside the story, and "show more" toggles.
        reasons.PROMO,
        examples=("Show more", "This article appeared in the March issue of the magazine.", "Mehr anzeigen"),
        phrases=(
            r"(dieser|der) (beitrag|artikel|text) (stammt|erschien|ist) (aus|in) (der )?(aktuellen )?(ausgabe|heft)\b.*",
            r"this (article|story|piece) (first |originally )?(appeared|appears|was published|ran) in (the )?"
            r".{0,60}\b(issue|edition)\b.*",
            r"(cet|cette) (article|enquête|reportage) (est paru|a été publié|est extrait)e? (dans|du) .{0,60}"
            r"\b(numéro|magazine|édition)\b.*",
            r"(este|el) (artículo|reportaje) (apareció|fue publicado|se publicó) (en|originalmente en) .{0,60}"
            r"\b(número|edición|revista)\b.*",
            r"(den )?(kompletten|ganzen|vollständigen) (beitrag|artikel|text) (lesen|finden) sie .{0,60}"
            r"\b(ausgabe|heft)\b.*",
            r"read the (full|complete|whole) (article|story|report) in (the|our) .{0,60}\b(issue|edition)\b.*",
            # A subscription offer after its label ("Special offer: Midterm elections package. 3 months for $10.").
            r"(special|limited[- ]time|exclusive) offer\s*:.*", r"sonderangebot\s*:.*",
            r"offre (spéciale|exclusive|limitée)\s*:.*", r"oferta (especial|exclusiva|limitada)\s*:.*",
            r"offerta (speciale|esclusiva|limitata)\s*:.*",
            r"(lisez|retrouvez) (l'intégralité de |la suite de )?(cet article|l'article complet) .{0,60}"
            r"\b(numéro|magazine|édition)\b.*",
            r"add .{1,40} as a (preferred|trusted) source (on|in) google\b.*",
            r"(mehr|weniger) anzeigen|show (more|less)|voir (plus|moins)|ver (más|menos)|mostra (di più|meno)|"
            r"mostrar (mais|menos)|показать (ещё|еще|больше)|показати (ще|більше)",
        ),
    ),
    Kind(
        # Stand-ins for embedded posts, videos, graphics and podcasts that a consent layer holds back
        # until the reader agrees: the stand-in's label, its explanation and its load button.
        reasons.EMBED_PLACEHOLDER,
        examples=("External content not available", "One click for privacy", "Inhalt laden",
                  "To view this content, you need to accept cookies from the provider.",
                  "Deine Privatsphäre-Einstellungen verhindern das Laden externer Inhalte.",
                  "Contenu externe non disponible"),
        phrases=(
            r"(external|embedded|third[- ]party) (content|media|element)( (not available|unavailable|blocked))?",
            r"(externer|eingebetteter) inhalt( nicht verfügbar)?|externe inhalte( (laden|anzeigen|erlauben|aktivieren))?",
            r"(externen|eingebetteten) inhalt (laden|anzeigen|erlauben|aktivieren)|empfohlener (redaktioneller|externer) inhalt",
            r"contenu (externe|tiers|intégré)( (non disponible|indisponible))?",
            r"contenido (externo|de terceros|incrustado)( no disponible)?",
            r"contenuto (esterno|di terze parti|incorporato)( non disponibile)?",
            r"conteúdo (externo|de terceiros|incorporado)( (não disponível|indisponível))?",
            r"externe inhoud|externt innehåll|eksternt (innhold|indhold)",
            r"(one|1) click for (data )?privacy|ein klick für den datenschutz",
            r"(this )?(tweet|post) (may have been|has been|was) (deleted|removed)\b.{0,80}",
            # load buttons
            r"(load|show|activate|enable|allow|display|unlock) (the )?(external |embedded )?(content|video|podcast|"
            r"tweet|post|graphic|map|audio|element|embed)s?( now)?",
            r"(inhalt|inhalte|video|podcast|tweet|beitrag|grafik|karte|audio|element)( jetzt)? (laden|anzeigen|"
            r"aktivieren|freigeben|entsperren|erlauben)",
            r"(charger|afficher|activer) le contenu|(cargar|mostrar|activar) (el )?contenido|(carica|mostra) (il )?contenuto",
            # the explanation: what the reader must agree to first
            r".*\bto (view|see|display|show|load) (this|the|these)( \w+)? (content|embed|post|video|tweet|graphic|"
            r"media)\b.{0,160}\b(consent|accept|allow|enable|cookies)\b.*",
            r".*\b(deine|ihre|your) (privatsphäre|datenschutz|privacy|cookie|consent)[- ]?(einstellungen|settings|"
            r"preferences|choices)\b.{0,80}\b(verhindern|blockieren|prevent|block)\w*\b.*",
            r".*\b(um|zum) (eingebettete|externe)n? inhalte? (anzuzeigen|zu laden|zu sehen)\b.*\b(einwilligung|"
            r"zustimmung|einverstanden)\b.*",
            r".*\bpour (afficher|voir|consulter) ce contenu\b.*\b(accepter|consentement|cookies|autoriser)\b.*",
            # the consent line of the load button, and the stand-in's own introduction
            r"ich bin (damit )?einverstanden,? dass mir (der |die )?(externe[nr]?|eingebettete[nr]?) inhalte? "
            r"(angezeigt|geladen) (wird|werden)\b.*",
            r"i (agree|consent) (to|that) (the )?(external|third[- ]party|embedded) content (is |being |will be )?"
            r"(displayed|shown|loaded)\b.*",
            r"j'accepte (que|l'affichage)\b.{0,20}\bcontenus? (externes?|tiers)\b.*",
            r"an dieser stelle finden sie (einen|einige)\b.{0,80}\bexterne[nr]? inhalte?\b.*",
            r"(here|at this point) you('ll| will)? find\b.{0,80}\b(external|third[- ]party) content\b.*",
            r".*\bpara (ver|mostrar) este contenido\b.*\b(aceptar|consentimiento|cookies|permitir)\b.*",
            # the code to embed a story elsewhere
            r"embed( code| this| video)?|(copy|copier|copiar|copia)(\s*/\s*(paste|coller|pegar|incolla))? "
            r"(the |le |el |il )?(embed|lien embed|embed code|code d'intégration|código para insertar)\b.{0,60}",
        ),
        attrs=("oembed-placeholder", "embed-placeholder", "consent-placeholder", "privacy-placeholder",
               "content-blocker", "embed-consent", "consent-embed", "external-content-placeholder"),
    ),
    Kind(
        # Notes on how the page was made or paid for: affiliate links, machine translation, generated text.
        reasons.DISCLOSURE,
        examples=("This article contains affiliate links.",
                  "If you buy something through our links, we may earn a commission.",
                  "Dies ist eine maschinelle Übersetzung.", "Diese Zusammenfassung wurde künstlich erzeugt.",
                  "Este artículo contiene enlaces de afiliados."),
        phrases=(
            r"(this|the) (article|post|story|page|guide|review|list) (contains|includes|may contain) (affiliate|"
            r"partner|sponsored) links?.*",
            r".*\b(we|this site|the publisher|the author) (may |might |can |could )?(earn|receive|get|make)s? (a |an )?"
            r"(small )?(commission|affiliate commission|share of (the )?(sales|revenue)|compensation)\b.*",
            r".*\b(may|might|could|can|will) earn us (a |an )?(small )?(commission|fee|share of (the )?sales?)\b.*",
            r"if you (buy|purchase|shop for) (something|anything|a product|an item|products)\b.{0,40}\b(through|via|from) "
            r"(this|our|these|the links in this) (post|article|page|story|links?)\b.{0,40}\b(may|might|could|will) "
            r"(get|earn|receive)\b.*",
            r".*\baffiliate[- ]?links?\b.{0,160}\b(commission|provision|vergütung|comisión|commissione)\w*\b.*",
            r".*\b(erhalten|bekommen) wir (ggf\. |gegebenenfalls |eventuell )?(eine )?(kleine )?(provision|vergütung)\b.*",
            r"(dieser|der) (artikel|beitrag|text) enthält (affiliate-?links|werbelinks|provisionslinks).*",
            r".*\bliens? (d'affiliation|affiliés?)\b.*", r".*\bnous (pouvons )?(percevons|percevoir|touchons|toucher|"
            r"recevons|recevoir) une (petite )?commission\b.*",
            r".*\benlaces? (de afiliados?|afiliados?)\b.*", r".*\b(podemos )?(recibir|recibimos|ganar|ganamos) una "
            r"(pequeña )?comisión\b.*",
            r".*\blink (di affiliazione|affiliati)\b.*", r".*\b(potremmo )?(ricevere|riceviamo) una (piccola )?"
            r"commissione\b.*",
            r".*\b(funded|financed|paid for) (by|through) (advertising|ads|advertisements)\b.*",
            r".*\b(wird|werden) (größtenteils |überwiegend |hauptsächlich |zum großen teil )?(durch|über|mit) "
            r"(werbung|anzeigen|werbeeinnahmen) finanziert\b.*",
            r".*\b(blir|er) i stor (del|grad) finansiert (av|gjennom) annonse\w*\b.*",
            r".*\bfinansieras (till stor del )?(av|genom) annons\w*\b.*",
            r".*\best (en grande partie |principalement )?financée? par la publicité\b.*",
            # machine translation and generated text
            r"(this|the) (article|story|text) (was|has been|is) (machine[- ]translated|translated (automatically|by "
            r"(a machine|ai|an ai)|using ai|with (the help of )?ai)).*",
            r"dies ist eine (maschinelle|automatische|automatisierte|ki-gestützte) übersetzung.*",
            r"(dieser|der) (artikel|beitrag|text) wurde (maschinell|automatisch|automatisiert|mit (hilfe von )?ki|"
            r"mithilfe von ki) übersetzt.*",
            r"cet article a été traduit (automatiquement|par (une )?ia|à l'aide de l'ia).*",
            r"(este|el) artículo (fue|ha sido) traducido (automáticamente|con (ayuda de )?ia|por ia).*",
            r"(this|the) (summary|audio version|audio|voice|transcript|translation|text) (was|has been|is) "
            r"(artificially|automatically|ai-|machine-)\s?(generated|created|produced).*",
            r"(this|the) (summary|audio version|audio|transcript|translation|text|article) (was|has been|is) "
            r"(generated|created|produced) (by|with|using) (ai|artificial intelligence|an ai|a machine).*",
            r"diese (zusammenfassung|audioversion|audio-version|übersetzung|vorlesefunktion|audiofassung) wurde "
            r"(künstlich|automatisch|automatisiert|maschinell|mit (hilfe von )?ki|mithilfe von ki|von (einer )?ki) "
            r"(erzeugt|generiert|erstellt).*",
            r"(ce résumé|cette version audio|cette traduction) a été (générée?|créée?|produite?) (automatiquement|par "
            r"(une )?ia|par l'intelligence artificielle|à l'aide de l'ia).*",
            r"(este resumen|esta versión de audio|esta traducción) (fue|ha sido) (generad[oa]|cread[oa]) "
            r"(automáticamente|por ia|con ia|por inteligencia artificial|mediante ia).*",
        ),
    ),
    Kind(
        reasons.SITE_FURNITURE,
        examples=("Skip to main content", "zum Hauptinhalt", "All rights reserved.", "Tags: economy, markets", "Impressum", "Previous Next",
                  "Zurück Weiter", "Do Not Sell My Personal Information", "Link: canonical"),
        phrases=(
            r"disclaimer\s*:.*",
            # A site's standing disclaimers (health, supplements, advice), printed under every page: what
            # the site's information is for, and the regulator's notice on supplements, by their openings.
            r"these statements have not been evaluated by the (food and drug administration|fda)\b.*",
            r"(this|these|our) products? (is|are) not intended to diagnose, treat, cure,? or prevent any disease.*",
            r"(the )?(information|content)s? (provided |published |contained |presented )?(on|in) (this|our) "
            r"(web ?site|site|blog)\b.*",
            # ("Results vary." / "… depending on <a factor or two>, …" / "… from person to person".)
            r"(individual )?results (may |will |can )?vary(\.| depending on (your |the |each )?\w+( \w+)?(,| and\b|\.)"
            r"| from (person|individual) to (person|individual)\b).*",
            r"consult (with )?your (physician|doctor|health ?care (provider|professional))\b.{0,60}\bbefore "
            r"(beginning|starting) any\b.*",
            r"(this|the) (article|content|information|post) (is|has been) (provided |written )?for (general )?"
            r"(informational|information|educational) purposes only.*",
            r"(die )?(informationen|inhalte) (auf|in) (dieser|unserer) (website|webseite|seite)\b.*",
            r"(dieser|der) (artikel|beitrag|inhalt) dient (nur|ausschließlich|lediglich) (der|zur) (allgemeinen )?"
            r"information.*",
            r"(les )?(informations|contenus) (fournie?s|publiée?s|contenue?s) (sur|dans) (ce|notre) site\b.*",
            r"(la )?(información|contenido) (proporcionad[ao]|publicad[ao]|contenid[ao]) en (este|nuestro) "
            r"(sitio|blog|portal)\b.*",
            r"(increase|decrease|reset|change) (the )?(article |text )?font size",
            r"(purchase|buy|request) (licensing|reprint) rights", r"(for )?reprints? (and|&) (licensing|permissions)\b.*",
            r"haftungsausschluss\s*:.*", r"avertissement\s*:.*", r"aviso legal\s*:.*",
            r"categor(y|ies)\s*:.*", r"tags?\s*:.*", r"tags \S.{0,100}", r"in this (article|story)\s*:.*",
            # An international site's pointer to its other editions or languages ("Did you know we have a UK
            # site?", "Lire ce contenu en français", "Read this article in English").
            r"did you know we have an? .{1,30} (site|edition)\??",
            r"(read|view|lire|leer|lesen|leggi) (this|ce|este|esta|diesen|diese|questo) (content|article|story|page|"
            r"contenu|article|contenido|artículo|página|inhalt|artikel|seite|contenuto|articolo) (in|en|auf) \w+",
            r"(switch|go|change) to (the |our )?\w+ (edition|site|version)",
            # A bar of topics after its label ("Themen: US-Wahl 2024 Israel Krieg in der Ukraine", "Topics: …").
            r"(topics|themen|thèmes|temas|temi|onderwerpen|ämnen|emner|témata|tematy|темы|теми)\s*:.*",
            # A visitor counter, its total and the day's counts ("Visitors today: 12 Total: 34,567", "訪問者数
            # 本日: 80 昨日: 1088"): the counter's label, then counts, each perhaps after its own label.
            r"(visitors?|visits|hits|page ?views|besucher(zähler)?|visiteurs|visitas|visite|visitatori|"
            r"посетител\w*|訪問者数?|アクセス数|来訪者数?|访问量|访客|방문자( 수)?)"
            r"(\s*[:：]?\s*([^\W\d_]{1,12}\s*[:：]\s*)?\d[\d\s.,]*){1,4}",
            r"updated( at| on)? \d{1,2}:\d{2}\s*([ap]\.?\s?m\.?)?", r"filed (under|in)\s*:?.*", r"posted in\s*:?.*",
            r"(published|posted|listed) under\s*:.*",
            # reading-time labels, alone or after the date: "4 min read", "12.03.2024 Lesedauer: 3 Minuten"
            r"(\d+\s*)?min(ute)?s?\.? (" + "|".join(READING_TIME_AFTER) + ")",
            r".{0,40}\b(" + "|".join(READING_TIME_BEFORE) + r")\s*:?\s*(ca\.\s*)?\d+\s*(min\w*)\.?",
            r"published( on)?", r"on", r"posted( on| by)?", r"updated( on)?",
            r"this entry was posted in .*", r".*bookmark the permalink.*", r"permalink",
            # blog-engine footers of an entry: filed under, responses through the feed, pings closed
            r".*\b(abgelegt unter|veröffentlicht unter|classé dans|archivado en|archiviato in)\b.*",
            r".*\b(you can follow any responses to this entry|sie können alle antworten zu diesem eintrag)\b.*",
            r".*\b(comments|responses|kommentare) (and|und) pings (are|sind) (currently |derzeit )?(closed|geschlossen).*",
            r"about (the )?(author|blog|us|this (blog|site|website))", r"about|über|sobre|à propos|acerca de",
            r"über (den autor|die autorin|uns)", r"à propos de (l'auteur|nous)", r"sobre (o autor|a autora|nós|el autor)",
            r"acerca del autor", r"chi siamo|l'autore", r"об авторе|о нас|об авторах", r"про автора|про нас", r"(copyright|©) .{0,80}", r"(all )?rights reserved.*", *(p + ".*" for p in LEGAL_PHRASES[1:]),
            r"(privacy|cookie)( policy| settings| notice| preferences)", r"terms (of (use|service)|and conditions).*",
            # US privacy-law footer links and academic platforms' author search links: on the dev dumps of six
            # converters (2026-12-01) 251 lines on 45 pages, none article text (benchmarks/phrase_lines.py).
            r"(do not|don't) sell( or share)? my( personal)? (info|information|data)", r"your (california )?privacy (choices|rights)",
            r"limit the use of my sensitive personal information", r"(search for|find) this author( (on|in) (this site|pubmed|google scholar))?",
            r"references|visible links|hidden links\s*:?", r"(main )?menu", r"search", HOME_LABELS,
            # The <head>'s <link> elements as elinks and links print them over the page ("Link: canonical", "Link:
            # preload", "Link: RSS (alternate)"): 5,211 lines on 290 dev pages of the two, none article text.
            r"link: \S.{0,150}",
            # An accessibility skip link, in several languages ("Skip to main content", "Skip to Article", "zum
            # Hauptinhalt", "Zum Inhalt springen", "Aller au contenu principal", "Hoppa till innehåll", "本文へ
            # スキップ"): 378 lines on 79 dev pages of six converters, none article text (session 11).
            r"skip (to|over) (the )?(main |primary )?(content|navigation|menu|search|footer|article|section links).*",
            r"(direkt )?zu(m|r) (haupt)?(inhalt|navigation|hauptnavigation|menü|hauptmenü|suche|footer)( springen| wechseln)?",
            r"(aller|passer|accéder) (directement )?(au|à la) (contenu|menu|navigation)( principal(e)?)?",
            r"(ir|saltar|pasar) al (contenido|menú)( principal)?", r"(vai|salta|passa) al (contenuto|menu)( principale)?",
            r"(pular|ir|saltar) para o (conteúdo|menu)( principal)?", r"hoppa till (huvud)?innehåll(et)?|gå til (hoved)?innhold(et)?",
            r"spring til (hoved)?indhold(et)?|(ga )?naar (de )?(hoofd)?inhoud|siirry (pää)?sisältöön",
            r"przejdź do (treści|zawartości|menu)|přejít (na|k) (obsah|obsahu)",
            r"перейти (к|до) (основному )?(содержанию|вмісту|контенту)",
            r"本文へ(スキップ|移動)|본문 바로가기|跳(到|至)主要(内容|內容)",
            # A masthead's name day beside its date ("Dagens namn: Karin, Kajsa", "Namenstag: Maria", "Svátek má
            # Jan"), as Nordic and Central European papers print it: 12 lines on 2 dev pages (one site), none
            # article text nor a headline (session 11).
            r"(dagens namn|namnsdag|nimipäivä(t|ä)?|namenstag|navnedag(e)?|imieniny|vārda dienas)\s*:\s*[\w ,.-]{1,60}",
            r"(svátek|meniny) má [\w ,.-]{1,60}",
            r"(log ?in|sign ?in|log ?out|sign ?out|register)( / (register|sign up))?", r"my account",
            r"back to top", r"(scroll|go) to top", r"report (an )?(error|typo|correction).*", r"advertisement",
            r"(toggle|open|close) (menu|navigation|search)", r"(previous|next)( post| page)?", r"contact( us)?",
            # A pager's two links on one line ("Previous Next", "« Previous Post Next Post »", "Zurück Weiter"):
            # on the dev dumps of six converters (2026-12-01) 10 lines on 4 pages, none article text.
            r"(previous|prev|zurück|vorherige[rs]?|précédent|anterior|precedente|предыдущ\w*|попередн\w*)( (page|article|"
            r"post|story|seite|artikel|beitrag|página|pagina|articolo))?\s*[|/·•]?\s*(next|weiter|nächste[rs]?|suivant|"
            r"siguiente|successivo|próximo|следующ\w*|наступн\w*)( (page|article|post|story|seite|artikel|beitrag|"
            r"página|pagina|articolo))?",
            r"(click|tap) here.*", r"(more|all) (sections|topics)", r"sections?", r"topics?",
            # de / fr / es / it / pt / ru / uk
            r"kategorien?\s*:.*", r"schlagwörter\s*:.*", r"veröffentlicht( am)?", r"impressum", r"datenschutz(erklärung|hinweise?|einstellungen)?",
            r"suche", r"anmelden",
            # Browser notices a page prints for readers without JavaScript, in several languages.
            r".{0,80}\bjavascript (is|seems to be|appears to be) (disabled|turned off|not enabled|blocked)\b.*",
            r"(you need to|please|you must) (enable|turn on|activate) javascript.*",
            r"your browser (is set to block|has disabled|blocks) javascript\b.*",
            r"(tu|su) (explorador|navegador) está configurado para bloquear javascript\b.*",
            r"javascript (ist )?(deaktiviert|ausgeschaltet).*", r"bitte (aktivieren sie|aktiviere) javascript.*",
            r"(veuillez )?activ(ez|er) (le )?javascript.*", r"javascript (est )?désactivé.*",
            r"(por favor,? )?(habilita|activa|ative|habilite) (el |o )?javascript.*",
            r"(per favore,? )?(attiva|abilita) javascript.*", r"(включите|увімкніть) javascript.*",
            r"(zurück )?nach oben", r"(retour )?en haut( de (la )?page)?", r"(volver|ir) (arriba|al inicio)",
            r"torna (su|all'inizio)", r"voltar ao topo", r"наверх", r"вгору",
            r"catégories?\s*:.*", r"publié (le)?", r"mentions légales", r"recherche",
            r"se connecter", r"categorías?\s*:.*", r"etiquetas\s*:.*", r"publicado( el| em)?",
            r"buscar",
            r"categorie\s*:.*", r"pubblicato( il)?", r"cerca",
            r"рубрик[аи]\s*:.*", r"теги\s*:.*", r"опубликовано", r"поиск",
            r"мітки\s*:.*", r"опубліковано",
            r"пошук",
        ),
        attrs=("sidebar", "footer", "header", "nav", "menu", "breadcrumb", "masthead", "widget", "tags",
               "author-bio", "about-author", "cookie", "banner", "toolbar", "pagination",
               "tooltip", "popover", "hovercard", "modal", "skip-link", "print-only"),
    ),
)


# Substrings of class/id values that raise or lower a container's score as the article's home
# (readability's hints): a softer use of the same knowledge than the per-kind ``attrs`` above.
CONTENT_ATTRS = re.compile(r"article|body|content|entry|hentry|main|page|post|text|blog|story|prose|rich-?text", re.I)
FURNITURE_ATTRS = re.compile(
    r"comment|com-|contact|foot|masthead|meta|outbrain|promo|related|scroll|shoutbox|sidebar|"
    r"sponsor|shopping|tags|tool|widget|share|social|teaser|recirc|newsletter|nav|menu", re.I)


def _matcher() -> PhraseMatcher:
    """The compiled lexicon, built on first use (compiling ~300 phrases is the cost of a cold start)."""
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = PhraseMatcher([(k.reason, k.phrases) for k in KINDS],
                                 max_block=settings.LEXICON_MAX_BLOCK, short_block=settings.LEXICON_SHORT_BLOCK)
    return _MATCHER


_MATCHER: PhraseMatcher | None = None


def warm() -> None:
    """Compile the whole lexicon now (it is otherwise compiled a group at a time as blocks need it,
    which keeps a one-file run's start-up short); nothing else changes."""
    _matcher().compile_all()


# Page furniture repeats (within a page and across a site's pages): remember recent answers.
@functools.lru_cache(maxsize=16384)
def phrase_reason(text: str) -> str | None:
    """The reason a whole block of text is boilerplate by the lexicon, or None.

    Kinds take precedence in lexicon order: the first kind with a phrase matching the block wins.
    """
    return _matcher().match_reason(text)
