"""The one boilerplate lexicon, shared by the HTML and plain-text paths.

Each ``Kind`` names a reason (what ``--explain`` shows) and describes how that kind of page
furniture is recognised: ``phrases`` are regular expressions matched against a whole block of
text (a line in a text dump, a block element in HTML), in several languages; ``attrs`` are
tokens found in HTML ``class``/``id`` values of containers of that kind.

A phrase must match the whole block (leading/trailing punctuation and list markers aside), so
an article sentence that merely mentions "share" or "comment" is never caught: phrases that
describe a longer stock sentence end in ``.*`` themselves. Languages covered: en, de, fr, es,
it, pt, ru, uk (plus a few nl/pl forms where they are the common widget words).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    reason: str
    phrases: tuple[str, ...] = ()
    attrs: tuple[str, ...] = ()


# Numbers as widgets print them ("12", "1.2K", "3,4 тыс.").
_N = r"\d[\d.,]*\s*[kmкмтыс.]*"

KINDS: tuple[Kind, ...] = (
    Kind(
        "comment-form",
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
            r"comments?(\s*\(\d+\))?", _N + r"\s*comments?", r"no comments( yet)?\.?", r"be the first to comment.*",
            r"(facebook|twitter|google|wordpress\.com) (photo|account).*",
            r"(you must|please) (be )?(log(ged)? ?in|sign ?in|register) to (post|leave|add) a comment.*",
            r"comments are closed\.?", r"discussion", r"conversation",
            # Comment threads: "34 responses to “Title”", "3 thoughts on …", "jane says:".
            r"(\d+|one|no) (responses?|comments?|replies|thoughts|reactions) (to|on) .*",
            r"[^.!?]{1,60}\s(says|said|wrote|commented|schreibt|écrit|dice|dijo|disse|scrive|пишет|пише)\s*:",
            r"permalink.*comments.*", r"comments? feed.*", r"(sort|order) by\s*:?.*(newest|oldest|best|top).*",
            r"(newest|oldest|most liked|top comments)", r"(log ?in|sign ?in) to (reply|comment).*",
            # de
            r"(einen )?kommentar (schreiben|hinterlassen|abgeben|verfassen)", r"kommentare?(\s*\(\d+\))?",
            r"antworten", r"(alle )?kommentare (anzeigen|lesen|laden).*",
            r"deine e-?mail-adresse wird nicht veröffentlicht.*", r"ihre e-?mail-adresse wird nicht veröffentlicht.*",
            # fr
            r"laisser un (commentaire|réponse)", r"(ajouter|écrire|publier) un commentaire", r"commentaires?",
            r"répondre", r"votre adresse (e-?mail|de messagerie) ne sera pas publiée.*",
            r"annuler la réponse",
            # es / pt / it
            r"deja (un|tu) comentario", r"dejar un comentario", r"deixe (um|o seu|seu) comentário",
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
        "share-widget",
        phrases=(
            r"share|save|tweet|email|e-mail|print|pin|pin it|whatsapp|telegram|linkedin|reddit|copy link|"
            r"facebook|twitter|messenger|flipboard|pinterest|tumblr|vk|ok|viber|mail|x|×|✕|✖",
            r"share (this|the) (post|article|story|page|on \w+)\s*:?", r"(share|tweet|post|pin|send) (it )?on \w+",
            r"(share|tweet|email|print)( (this|article|story))?( \d+)?",
            r"(connect|follow|stay connected|like) (with )?us( on .*)?", r"follow (us|me)( on .*)?",
            r"follow [\w@.' -]{1,40} on (twitter|facebook|instagram|youtube|linkedin|telegram|tiktok)\b.*",
            r"share your (thoughts|views|opinion)( with .{1,30})?",
            r"(get|see|find|read) more (stories|news|articles|posts|updates)( like this)?( on| at| from)?\s*:.*", r"(facebook|twitter|instagram|youtube)\s*:\s*@\S+.*",
            r"@\w{2,30}", r"share(s)? " + _N, _N + r"\s*shares?", r"(sharing is caring|share this:?)",
            r"click to share on .*", r"click to (email|print) .*", r"opens in (a )?new window",
            r"(facebook|twitter|linkedin|email|whatsapp|pinterest|reddit)(\s*[|,/·•]\s*(facebook|twitter|linkedin|"
            r"email|whatsapp|pinterest|reddit|print|copy link|messenger|telegram))+",
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
        "newsletter",
        phrases=(
            r"newsletters?", r"(sign up|subscribe|register)( now| today)?( for| to)? (our|the|a) (free )?"
            r"(daily |weekly )?(newsletter|e-?mail|briefing|digest).*",
            r"(sign up|subscribe)( now| here| today)?", r"subscribe to .*", r"get our .*newsletter.*",
            r"(enter|your) (your )?e-?mail( address)?( here)?", r"thanks? (you )?for (signing up|subscribing).*",
            r"by (signing up|subscribing|clicking).*(privacy|terms|policy).*",
            r".*download (the|our) (new |free )?(version of our )?app.*",
            r"((remember|note|don't forget|did you know)( that)?,? )?you can (now )?(receive|get|turn on) (our )?(push )?notifications\b.*",
            r".{0,200}\b(subscribe|sign up|signup|register|abonnieren|anmelden|abonnez|inscrivez|suscríbete|"
            r"iscriviti|assine|inscreva|подпис|підпис)\w*\b.{0,80}\bnewsletters?\b.{0,120}",
            r".{0,120}\bnewsletters?\b.{0,80}\b(subscribe|sign up|signup|inbox)\w*\b.{0,120}",
            r"stay (up to date|informed|in the loop|connected)( with .{1,40})?", r"no,? thanks",
            r"(please,? )?fill (in )?the form.*", r"you ha(ve|s) (successfully|succesfully|been) (subscribed|signed up).*",
            r"an e-?mail with (an|the) (activation|confirmation) link.*", r"please (check|confirm) your (e-?mail|inbox).*",
            r"get the app", r"(turn on|enable|activate) (push )?notifications.*", r"already a subscriber\??.*",
            r"(become|be) a (member|subscriber|supporter).*",
            # Sign-up boxes: the consent line, the promise and the error the form prints.
            r"(yes,? )?i (agree|consent|would like)( that| to)? .{0,160}\b(send|e-?mail|newsletters?|contact|receive)\w*\b.*",
            r"no spam[,.!]?.*", r"(you can )?unsubscribe (at )?any ?time.*",
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
            # de / fr / es / it / pt / ru / uk
            r"(jetzt )?newsletter (abonnieren|bestellen)", r"jetzt (abonnieren|anmelden|registrieren).*",
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
        "related-list",
        phrases=(
            r"explore further", r"more( on this( story| topic)?)?\s*:", r"(read|see) more\s*:",
            r"(related|recommended|popular|trending|latest|top|more|other|similar|recent|featured)"
            r"( \w+)? (articles|stories|posts|news|reads|videos|content|links|topics|coverage|headlines)"
            r"( (from|in|on|for) .*)?",
            r"(read|see|watch) (more|also|next)( from .*| on .*| about .*| news)?", r"read more\W*",
            r"continue reading.*", r"you (may|might) (also )?(like|be interested in|have missed).*",
            r"(don't|do not) miss( this)?", r"more (from|in|on|news from) .{1,40}", r"most (read|popular|viewed|shared|watched|commented)( .{1,20})?",
            r"also (read|see|on .*)", r"(editor'?s'?|staff) picks?", r"in (other|the) news", r"what to read next",
            r"(next|previous|prev) (article|story|post)\W*.*", r"up next", r"trending( now)?", r"top stories",
            r"(recommended|suggested) for you", r"around the web", r"from (our|the) partners?.*",
            r"sponsored( content| stories| links)?", r"promoted( stories| content)?", r"more stories",
            r"latest( news)?", r"recommended", r"related( links| coverage)?", r"see all",
            # de / fr / es / it / pt / ru / uk
            r"(das )?(könnte|dürfte) (sie|dich) (auch )?interessieren.*", r"(mehr|weitere) (zum thema|artikel|nachrichten|news).*",
            r"auch interessant", r"(meistgelesen|am meisten gelesen|beliebt|empfohlen)(e)?( artikel)?",
            r"weiterlesen", r"lesen sie auch.*", r"das könnte sie auch interessieren",
            r"(artigos|posts|matérias|notícias|artículos|noticias|entradas|publicaciones) relacionad[oa]s",
            r"(articoli|post|notizie) correlat[ie]", r"articles (similaires|liés|connexes)",
            r"(ähnliche|verwandte|weitere) (artikel|beiträge|themen)", r"(похожие|связанные) (статьи|новости|материалы)",
            r"(схожі|пов'язані|пов’язані) (статті|новини|матеріали)",
            r"(à lire|lire) (aussi|également|la suite)", r"(articles?|sujets?) (similaires|associés|liés)",
            r"(les )?plus (lus|populaires)", r"sur le même sujet", r"vous (aimerez|pourriez aimer) aussi.*",
            r"(lee|leer) (también|más)", r"(noticias|artículos) relacionad[oa]s", r"(lo )?más (leído|visto)s?",
            r"te puede interesar", r"(leia|veja) (também|mais)", r"(notícias|matérias) relacionadas",
            r"(mais )?lidas", r"(leggi|vedi) anche", r"(articoli|notizie) correlat[ei]", r"(i )?più letti",
            r"(читайте|смотрите) (также|еще|ещё).*", r"(похожие|другие|последние|популярные) (новости|статьи|материалы)",
            r"(читайте|дивіться) (також|ще).*", r"(схожі|інші|останні|популярні) (новини|статті|матеріали)",
            r"ещё по теме|еще по теме|по теме|на тему",
        ),
        attrs=("related", "recommend", "more-stories", "read-more", "popular", "trending", "outbrain",
               "taboola", "most-read", "mostread", "teaser", "also-read", "promo"),
    ),
    Kind(
        "caption",
        phrases=(
            r"image (source|caption|copyright)\s*,?.*", r"(photo|photograph|photography|fotografie|image|picture|foto|video|"
            r"bild|illustration)( credit)?s?(\s*\(cc\))?\s*[:©]\s*.{0,80}",
            r".{0,300}\((photo|image|picture)s? (by|credit|courtesy)[^)]*\)\W*(©.*)?",
            r"(photo|photograph|photography|image|picture)s? (by|credit|courtesy of) .{1,80}", r".{0,80}\bvia getty images\W*.{0,40}",
            r"©\s*provided by .*", r"©.{0,80}", r"\(c\) .{0,60}", r"(getty images|reuters|ap photo|afp|epa|shutterstock)"
            r"(\s*/\s*.{0,40})?",
            r"(source|quelle|fuente|fonte|источник|джерело)\s*:\s*.{1,60}", r"bildquelle\s*:?.*",
            r"(фото|foto)\s*:\s*.{0,80}", r"крédit photo.*", r"crédit(s)? photo\s*:?.*",
            r"(expand|enlarge) (image|photo)", r"(view|open) (image )?gallery.*", r"\d+ (photos|images|bilder|fotos)",
            r"(hide|show) caption", r"caption",
        ),
        attrs=("caption", "credit", "figcaption", "photo-credit", "image-credit", "wp-caption-text",
               "photo", "gallery", "slideshow", "lightbox"),
    ),
    Kind(
        "cookie-notice",
        phrases=(
            r".*\bcookies?\b.*\b(website|web site|site|browser|consent|experience|opt-out|opt out|necessary|"
            r"preferences|settings|privacy|navigate|webseite|website|navigateur|navegador|navigazione|browser|"
            r"сайт|сайте|браузер)\b.*",
            r".*\b(website|site|webseite|sitio|sito|сайт)\b.*\bcookies?\b.*",
            r"(accept|allow|agree|reject|decline|manage|customi[sz]e)( all)?( cookies)?",
            r"(alle )?(akzeptieren|ablehnen)|(tout )?(accepter|refuser)|(aceptar|rechazar)( todo)?|(accetta|rifiuta)( tutto)?",
            r"(privacy|cookie) (overview|settings|preferences)|necessary( always enabled)?|non-necessary|functional|"
            r"analytics|performance|others|always enabled",
        ),
        attrs=("cookie", "consent", "gdpr", "cmp"),
    ),
    Kind(
        "video-player",
        phrases=(
            r"\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?", r"(play|pause|mute|unmute|replay|fullscreen|full screen)( video)?",
            r"(now playing|watch now|watch video|video|watch|live|close)", r"(video|audio) (ad|advertisement)",
            r"(this|the) video (is|has been) (not available|unavailable|removed).*",
            r"your browser does not support.*", r"(please )?enable javascript.*", r"media playback is unsupported.*",
            r"this (slideshow|gallery|content|video) requires javascript\.?",
            r"(skip|close) (ad|advertisement)", r"(ad|advert|advertisement)( feedback)?", r"anzeige|werbung|publicité|publicidad|"
            r"publicidade|pubblicità|реклама",
            r"(loading|chargement|cargando|wird geladen|загрузка)(\s*\.\.\.|…)?",
        ),
        attrs=("video", "player", "jwplayer", "vjs", "ad-", "advert", "ads", "sponsor"),
    ),
    Kind(
        # Boxes about the author beside or below the story: photo, bio, links to their other work.
        "author-bio",
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
        "citation",
        phrases=(
            r"(how )?(to |pour |para |per |zum )?(cite|citer|citar|citare|zitieren)( (this|cet|este|esta|questo|"
            r"diesen|dieses) (article|artículo|articolo|artigo|artikel|beitrag|page|post|item))?\s*:?",
            r"(zitierweise|zitiervorschlag|citation|référence|referencia|riferimento)\s*:?",
            r"(si vous souhaitez|if you (would like|wish|want) to) (critiquer|réagir|répondre|développer|respond|reply|"
            r"critique|comment on)\b.{0,60}\b(cet article|this (article|piece|essay))\b.*",
            r"(nota bene|n\.\s?b\.)\s*:\s*(si vous souhaitez|if you (wish|would like|want)|wenn sie|si (desea|quiere)).*",
        ),
    ),
    Kind(
        # Print-edition and app promotions inside the story, and "show more" toggles.
        "promo",
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
            r"(lisez|retrouvez) (l'intégralité de |la suite de )?(cet article|l'article complet) .{0,60}"
            r"\b(numéro|magazine|édition)\b.*",
            r"(mehr|weniger) anzeigen|show (more|less)|voir (plus|moins)|ver (más|menos)|mostra (di più|meno)|"
            r"mostrar (mais|menos)|показать (ещё|еще|больше)|показати (ще|більше)",
        ),
    ),
    Kind(
        "site-furniture",
        phrases=(
            r"disclaimer\s*:.*", r"this (document|article|story|content) is subject to copyright.*",
            r"haftungsausschluss\s*:.*", r"avertissement\s*:.*", r"aviso legal\s*:.*",
            r"categor(y|ies)\s*:.*", r"tags?\s*:.*", r"filed (under|in)\s*:?.*", r"posted in\s*:?.*",
            r"published( on)?", r"on", r"posted( on| by)?", r"updated( on)?",
            r"this entry was posted in .*", r".*bookmark the permalink.*", r"permalink",
            r"about (the )?(author|blog|us|this (blog|site|website))", r"about|über|sobre|à propos|acerca de",
            r"über (den autor|die autorin|uns)", r"à propos de (l'auteur|nous)", r"sobre (o autor|a autora|nós|el autor)",
            r"acerca del autor", r"chi siamo|l'autore", r"об авторе|о нас|об авторах", r"про автора|про нас", r"(all )?rights reserved.*", r"(copyright|©) .{0,80}",
            r"(privacy|cookie)( policy| settings| notice| preferences)", r"terms (of (use|service)|and conditions).*",
            r"(we use|this (web)?site uses) cookies.*",
 r"(accept|reject|manage) (all )?cookies.*",
            r"skip to (main )?(content|navigation|section links).*", r"references|visible links|hidden links\s*:?", r"(main )?menu", r"search", r"home",
            r"(log ?in|sign ?in|log ?out|sign ?out|register)( / (register|sign up))?", r"my account",
            r"back to top", r"(scroll|go) to top", r"report (an )?(error|typo|correction).*", r"advertisement",
            r"(toggle|open|close) (menu|navigation|search)", r"(previous|next)( post| page)?", r"contact( us)?",
            r"(click|tap) here.*", r"(more|all) (sections|topics)", r"sections?", r"topics?",
            # de / fr / es / it / pt / ru / uk
            r"kategorien?\s*:.*", r"schlagwörter\s*:.*", r"veröffentlicht( am)?", r"impressum", r"datenschutz(erklärung|hinweise?|einstellungen)?",
            r"alle rechte vorbehalten.*", r"zum inhalt springen", r"suche", r"startseite", r"anmelden",
            # Browser notices a page prints for readers without JavaScript, in several languages.
            r".{0,80}\bjavascript (is|seems to be|appears to be) (disabled|turned off|not enabled|blocked)\b.*",
            r"(you need to|please|you must) (enable|turn on|activate) javascript.*",
            r"javascript (ist )?(deaktiviert|ausgeschaltet).*", r"bitte (aktivieren sie|aktiviere) javascript.*",
            r"(veuillez )?activ(ez|er) (le )?javascript.*", r"javascript (est )?désactivé.*",
            r"(por favor,? )?(habilita|activa|ative|habilite) (el |o )?javascript.*",
            r"(per favore,? )?(attiva|abilita) javascript.*", r"(включите|увімкніть) javascript.*",
            r"(zurück )?nach oben", r"(retour )?en haut( de (la )?page)?", r"(volver|ir) (arriba|al inicio)",
            r"torna (su|all'inizio)", r"voltar ao topo", r"наверх", r"вгору",
            r"catégories?\s*:.*", r"publié (le)?", r"tous droits réservés.*", r"mentions légales", r"recherche",
            r"accueil", r"se connecter", r"categorías?\s*:.*", r"etiquetas\s*:.*", r"publicado( el| em)?",
            r"todos los derechos reservados.*", r"todos os direitos reservados.*", r"buscar", r"inicio", r"início",
            r"categorie\s*:.*", r"pubblicato( il)?", r"tutti i diritti riservati.*", r"cerca",
            r"рубрик[аи]\s*:.*", r"теги\s*:.*", r"опубликовано", r"все права защищены.*", r"поиск", r"главная",
            r"рубрики\s*:.*", r"мітки\s*:.*", r"опубліковано", r"усі права захищені.*", r"всі права захищені.*",
            r"пошук", r"головна",
        ),
        attrs=("sidebar", "footer", "header", "nav", "menu", "breadcrumb", "masthead", "widget", "tags",
               "author-bio", "about-author", "cookie", "banner", "toolbar", "pagination",
               "rollover", "tooltip", "popover", "hovercard", "modal", "skip-link", "print-only"),
    ),
)


# Substrings of class/id values that raise or lower a container's score as the article's home
# (readability's hints): a softer use of the same knowledge than the per-kind ``attrs`` above.
CONTENT_ATTRS = re.compile(r"article|body|content|entry|hentry|main|page|post|text|blog|story|prose|rich-?text", re.I)
FURNITURE_ATTRS = re.compile(
    r"comment|com-|contact|foot|masthead|meta|outbrain|promo|related|scroll|shoutbox|sidebar|"
    r"sponsor|shopping|tags|tool|widget|share|social|teaser|recirc|newsletter|nav|menu", re.I)


# Sentences found in the closing lines of an article rather than as a whole block: the HTML path
# tests its last blocks with these (a promotion of the author or site; a notice or citation note).
# The closing lines after an article that promote its author or the site (a sentence each).
TAIL_PROMO = re.compile(
    r"\bfollow (him|her|them|us|me)\b.{0,40}\b(twitter|facebook|instagram|linkedin|mastodon|bluesky)\b"
    r"|\bjoin our \w+( \w+)? (forums?|community|discord|newsletter)\b"
    r"|\b(send|email) us (a |your )?(news )?tips?\b|\bhave a (news )?tip\?"
    r"|\bfolgen sie (ihm|ihr|uns)\b.{0,30}\bauf\b|\bsuivez-(le|la|nous)\b.{0,30}\bsur\b"
    r"|\bsígue(lo|la|nos)\b.{0,30}\ben\b|\bseguic?i\b.{0,30}\bsu\b|\bsiga-(o|a|nos)\b"
    r"|\bподписывайтесь на\b|\bпідписуйтесь на\b",
    re.I,
)


# Notices closing a page, however long: disclaimers, reprint and citation notes.
TAIL_NOTICE = re.compile(
    r"(disclaimer|haftungsausschluss|avertissement|aviso legal|avvertenza|отказ от ответственности|citation"
    r"|(to |pour |para |per )?(cite|citer|citar|citare) (this|cet|este|questo|esta) (article|artículo|articolo|"
    r"artigo|page|post)|zitierweise|zitiervorschlag|nota bene)\s*:",
    re.I,
)


# A phrase that can span a long block: an open-ended wildcard or a long bounded repeat.
_LONG = re.compile(r"\.\*|\.\+|\{\d+,\d{2,}\}")
# A phrase written as "anything, then X" (".*download our app.*"): searched for instead of matched,
# which is the same test done without the regex engine backtracking over every start position.
_OPEN_START = re.compile(r"^(?:\.\*|\.\{0,\d+\})")
_OPEN_END = re.compile(r"(?:\.\*|\.\{0,\d+\})$")
_SHORT_BLOCK = 100


def _top_level_split(p: str, sep: str = "|") -> list[str]:
    """Split a regular expression at its top-level alternation bars."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = p.find("]", i + 2)
            i = (j if j > 0 else len(p)) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        i += 1
    parts.append(p[start:])
    return parts


def _prefixes(p: str, n: int = 2) -> set[str] | None:
    """The lower-case literal beginnings (up to ``n`` characters) a match of ``p`` can have, or None
    if it may begin otherwise (a class, a digit, an escape, punctuation)."""
    if not p:
        return None
    c = p[0]
    if c == "(":
        depth, j = 0, 0
        while j < len(p):
            if p[j] == "\\":
                j += 2
                continue
            depth += p[j] == "("
            depth -= p[j] == ")"
            if depth == 0:
                break
            j += 1
        inner = p[1:j]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?"):
            return None
        rest = p[j + 1:]
        if rest[:1] == "{":
            return None
        optional = rest[:1] in ("?", "*")
        if rest[:1] in ("?", "*", "+"):
            rest = rest[1:]
        out: set[str] = set()
        for alt in _top_level_split(inner) + ([""] if optional else []):
            got = _prefixes(alt + rest, n)
            if got is None:
                return None
            out |= got
        return out
    if not c.isalpha():
        return None
    prefix = ""
    for k, ch in enumerate(p):
        if len(prefix) == n or p[k + 1:k + 2] in ("?", "*", "{") or not (ch.isalnum() or ch in " -'’"):
            break
        prefix += ch.lower()
    return {prefix} if prefix else None


_LITERAL_RUN = re.compile(r"[^\W\d_]{4,}")


def _keywords(core: str) -> set[str] | None:
    """Words one of which any match of ``core`` contains (a cheap pre-test), or None if unknown.

    The longest literal run outside groups, else the alternatives of the first all-literal group.
    """
    depth, top, i, first_group = 0, [], 0, None
    while i < len(core):
        c = core[i]
        if c == "\\":
            top.append(" ")
            i += 2
            continue
        if c == "(" and depth == 0 and first_group is None:
            first_group = i
        depth += c in "(["
        depth -= c in ")]"
        optional = i + 1 < len(core) and core[i + 1] in "?*{"
        top.append(c if depth == 0 and c not in ")]" and not optional else " ")
        i += 1
    runs = _LITERAL_RUN.findall("".join(top))
    if runs:
        return {max(runs, key=len).lower()}
    if first_group is not None:
        end = core.find(")", first_group)
        words = _top_level_split(core[first_group + 1:end])
        if end > 0 and all(w.isalpha() for w in words):
            return {w.lower() for w in words}
    return None


def _alternation(groups: list[tuple[str, list[str]]], prefix: str, suffix: str) -> re.Pattern[str] | None:
    """One expression for all kinds: each kind's phrases in a named group, kinds in lexicon order."""
    parts = [f"(?P<{name}>" + "|".join(phrases) + ")" for name, phrases in groups if phrases]
    if not parts:
        return None
    return re.compile(prefix + "(?:" + "|".join(parts) + ")" + suffix, re.I | re.S)


def _compile(kinds: tuple[Kind, ...]) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]],
                                              re.Pattern[str] | None, tuple[str, ...] | None]:
    """Anchored phrases bucketed by the letter they start with (short blocks, and long ones: only
    phrases with open wildcards can span those), and "anything, then X" phrases, searched.
    Buckets are keyed by a phrase's first one or two letters; bucket "" holds phrases that may start
    otherwise and is always tried. Leading bullets/markers and
    trailing punctuation are not part of a phrase."""
    buckets: dict[str, list[tuple[str, list[str]]]] = {}
    long_buckets: dict[str, list[tuple[str, list[str]]]] = {}
    contains: list[tuple[str, list[str]]] = []
    keywords: set[str] | None = set()
    for i, k in enumerate(kinds):
        name = f"k{i}"
        contains.append((name, []))
        for phrase in k.phrases:
            if _OPEN_START.match(phrase):
                core = _OPEN_START.sub("", phrase)
                contains[-1][1].append(_OPEN_END.sub("", core) if _OPEN_END.search(core) else core + r"[\W_]*$")
                words = _keywords(core)
                keywords = None if words is None or keywords is None else keywords | words
                continue
            for alt in _top_level_split(phrase):
                targets = [buckets] + ([long_buckets] if _LONG.search(alt) else [])
                for letter in sorted(_prefixes(alt) or {""}):
                    for target in targets:
                        groups = target.setdefault(letter, [])
                        if not groups or groups[-1][0] != name:
                            groups.append((name, []))
                        groups[-1][1].append(alt)
    anchor, end = r"^[\W_]*", r"[\W_]*$"
    short_re = {key: rx for key, g in buckets.items() if (rx := _alternation(g, anchor, end)) is not None}
    long_re = {key: rx for key, g in long_buckets.items() if (rx := _alternation(g, anchor, end)) is not None}
    return short_re, long_re, _alternation(contains, "", ""), (tuple(sorted(keywords)) if keywords else None)


_ANCHORED, _ANCHORED_LONG, _CONTAINS_RE, _CONTAINS_WORDS = _compile(KINDS)


def _contains_gate(low: str) -> bool:
    """Whether a lower-cased block holds a word that some "anything, then X" phrase needs."""
    if _CONTAINS_WORDS is None:
        return True
    for w in _CONTAINS_WORDS:  # noqa: SIM110 - a plain loop is faster than any() over a generator here
        if w in low:
            return True
    return False


_REASON_OF = {f"k{i}": k.reason for i, k in enumerate(KINDS)}
_FIRST_WORD_CHAR = re.compile(r"[^\W_]", re.UNICODE)


# Page furniture repeats (within a page and across a site's pages): remember recent answers.
@functools.lru_cache(maxsize=16384)
def phrase_reason(text: str) -> str | None:
    """The reason a whole block of text is boilerplate by the lexicon, or None."""
    t = text.strip()
    if not t or len(t) > 400:
        return None
    table = _ANCHORED if len(t) <= _SHORT_BLOCK else _ANCHORED_LONG
    # Most blocks start with a letter or digit ([^\W_] is str.isalnum): no search needed for those.
    if t[0].isalnum():
        keys = ("", t[0].lower(), t[:2].lower())
    else:
        first = _FIRST_WORD_CHAR.search(t)
        keys = ("",) if first is None else ("", t[first.start()].lower(), t[first.start():first.start() + 2].lower())
    found = []
    for key in keys:
        rx = table.get(key)
        m = rx.match(t) if rx is not None else None
        if m is not None and m.lastgroup:
            found.append(m.lastgroup)
    if not found and _CONTAINS_RE is not None and _contains_gate(t.lower()):
        m = _CONTAINS_RE.search(t)
        if m is not None and m.lastgroup:
            found.append(m.lastgroup)
    # Kinds keep their lexicon order of precedence.
    return _REASON_OF[min(found, key=lambda g: int(g[1:]))] if found else None
