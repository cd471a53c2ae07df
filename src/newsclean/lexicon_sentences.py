"""Sentences and labels the lexicon finds within a block rather than as a whole one.

The closing lines of an article that promote its author or the site, describe its writer or the
company, credit the wire copy, say where it first ran or give a notice (the HTML path tests its last
blocks with them, ``blocks``); the label over the list of sources a story closes with; and the label
over a record's summary (the text path's lead search, ``text_lead``).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .lexicon_words import NETWORK_ALTERNATION

# Sentences found in the closing lines of an article rather than as a whole block: the HTML path
# tests its last blocks with these (a promotion of the author or site; a notice or citation note).
# The closing lines after an article that promote its author or the site (a sentence each).
TAIL_PROMO = lazy_compile(
    r"\bfollow (him|her|them|us|me)\b.{0,40}\b(" + NETWORK_ALTERNATION + r")\b"
    r"|\bjoin our \w+( \w+)? (forums?|community|discord|newsletter)\b"
    r"|\b(send|email) us (a |your )?(news )?tips?\b|\bhave a (news )?tip\?"
    r"|\bfolgen sie (ihm|ihr|uns)\b.{0,30}\bauf\b|\bsuivez-(le|la|nous)\b.{0,30}\bsur\b"
    r"|\bsígue(lo|la|nos)\b.{0,30}\ben\b|\bseguic?i\b.{0,30}\bsu\b|\bsiga-(o|a|nos)\b"
    r"|\bподписывайтесь на\b|\bпідписуйтесь на\b"
    r"|\b(folgst du|folgen sie) (uns |\S+ )?(schon|bereits) .{0,40}\bauf (" + NETWORK_ALTERNATION + r")\b"
    r"|\babonniere (den|unseren) .{0,40}(" + NETWORK_ALTERNATION + r")-?kanal\b",
    re.I,
)


# The closing line about the story's writer: a name then what they cover ("Jane Doe covers politics for
# …", "Korrespondent Max Muster ist bei … für … zuständig", "Ana Ruiz es periodista …"). Case matters
# (the name is capitalised), so no re.I: the words after the name are written in lower case.
_NAME = r"[A-ZÄÖÜÉ][\w'’.-]+(?: [A-ZÄÖÜÉ][\w'’.-]+){1,2}"
TAIL_BIO = lazy_compile(
    r"^(?:(?:Korrespondent|Korrespondentin|Reporter|Reporterin|Redakteur|Redakteurin) )?" + _NAME + r" (?:"
    r"(?:covers|reports on|writes about)\b(?=[^.]{0,100}\b(?:for|at) (?:the )?[A-Z])"
    r"|is an? (?:senior |staff |freelance |chief |political |foreign )?"
    r"(?:reporter|writer|correspondent|journalist|editor|columnist)\b"
    r"|ist (?:bei (?:der |dem |den )?\S+ für\b|\S*(?:[Rr]eporter|[Rr]edakteur|[Kk]orrespondent|[Jj]ournalist)(?:in)?\b)"
    r"|est (?:journaliste|correspondante?|reporter|rédact(?:eur|rice))\b"
    r"|es (?:periodista|corresponsal|redactora?)\b|è (?:giornalista|corrispondente|inviat[oa])\b)"
)
# Wire-copy credits closing a story ("Reporting by A; Editing by B", "C contributed to this report")
# and notes that it was first published elsewhere ("Dieser Artikel ist zuerst bei … erschienen").
TAIL_CREDIT = lazy_compile(
    r"^(additional )?(reporting|writing|editing|research) by\b|\bcontributed (reporting )?to (this|the) "
    r"(report|story|article)\W*$|^(mitarbeit|mit material von)\s*:",
    re.I,
)
TAIL_SYNDICATED = lazy_compile(
    r"^(this|the) (article|story|piece) (was )?(first|originally) (appeared|published|ran) (in|on|at|by)\b"
    r"|^(dieser|der) (artikel|beitrag|text) (ist|erschien) (zuerst|ursprünglich) (bei|in|auf|im)\b"
    r"|^(cet|l') ?article a (d'abord|initialement) été publié\b|^(este|el) artículo (fue publicado|se publicó) "
    r"(originalmente|primero)\b",
    re.I,
)
# The standard description of the company that closes a press release or a company's post (its
# "boilerplate"): the company's name, then what it is ("Acme is a leading provider of …", "Acme ist ein
# führender Anbieter …", "Acme est un fournisseur …") or where it sits ("Acme is headquartered in …").
# Case matters for the name (no re.I); the words after it are lower case (German nouns aside). The
# firm's word must go on as a description does ("provider of", "Anbieter von", "company based in"): a
# sentence about a person or a company ("Jane Smith is a longtime party leader who …", "Apple is a
# company that …") is article prose.
_FIRM_WORDS = (r"provider|company|manufacturer|supplier|developer|firm|organi[sz]ation|specialist"
               r"|anbieter|unternehmen|hersteller|spezialist|entreprise|fournisseur|fabricant|empresa"
               r"|proveedor|fabricante|azienda|fornitore|produttore")
_FIRM_GOES_ON = (r"(?:of|for|in|with|based|headquartered|focused|focusing|speciali[sz]\w*|dedicated|serving|offering"
                 r"|von|für|mit|aus|spezialisiert|de|des|du|del|di|dei|en|con|spécialisée?|especializad[ao])\b")
TAIL_COMPANY = lazy_compile(
    r"^(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:"
    r"(?:is|ist|est|es|è) (?:a|an|ein|eine|un|une|uno|una)(?: [\w-]+){0,5} (?i:" + _FIRM_WORDS + r")s? "
    + _FIRM_GOES_ON +
    r"|is (?:headquartered|based) in\b|hat (?:seinen|ihren) (?:Hauptsitz|Sitz) in\b"
    r"|(?:a|est) son siège à\b|tiene (?:su )?sede en\b|ha sede a\b)"
)
# The label over the list of sources a story closes with ("Sources:", "Verwendete Quellen", "Fuentes:"):
# what follows it is the list, not the story.
SOURCES_LABEL = lazy_compile(
    r"^(?:our |the |used |verwendete )?(?:sources?|quellen?|fuentes?|fonti|fontes?|kilder|källor|bronnen|źródła|"
    r"zdroje|kaynaklar|источники|джерела|references|referenzen|références|referencias|bibliography|literatur|"
    r"sources utilisées|fuentes utilizadas)\s*:?$",
    re.I,
)
# A record's summary field: its label alone on a line ("Brief Summary:", "Abstract", "概要"), over the
# record's first paragraph (a study registry's, a paper's, an advisory's).
SUMMARY_LABEL = lazy_compile(r"(?i)^(?:(?:brief|short) )?(?:summary|abstract|zusammenfassung|résumé|resumen|riassunto"
                             r"|samenvatting|sammanfattning|sammendrag|streszczenie|概要|要旨|摘要|요약)\s*[:：]?$")
# Notices closing a page, however long: disclaimers, reprint and citation notes.
TAIL_NOTICE = lazy_compile(
    r"(disclaimer|haftungsausschluss|avertissement|aviso legal|avvertenza|отказ от ответственности|citation"
    r"|(to |pour |para |per )?(cite|citer|citar|citare) (this|cet|este|questo|esta) (article|artículo|articolo|"
    r"artigo|page|post)|zitierweise|zitiervorschlag|nota bene)\s*:",
    re.I,
)
