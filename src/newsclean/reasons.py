"""Removal reasons: the names ``--explain`` prints for every removed block, each with its definition.

Code names a reason by its constant (``reasons.NAV``), never by a bare string; the JSON output
carries the string itself. ``DEFINITIONS`` is what the documentation and the ``report`` command show.
The lexicon's kinds (``lexicon.KINDS``) are recognised by phrases and class names; the other reasons
come from structural rules (``blocks``), the HTML tree (``html_marks``) or the metadata search.
"""

from __future__ import annotations

# Kinds of page furniture the lexicon describes (in its order of precedence).
COMMENT_FORM = "comment-form"
SHARE_WIDGET = "share-widget"
NEWSLETTER = "newsletter"
RELATED_LIST = "related-list"
CAPTION = "caption"
COOKIE_NOTICE = "cookie-notice"
VIDEO_PLAYER = "video-player"
AUTHOR_BIO = "author-bio"
CITATION = "citation"
PROMO = "promo"
EMBED_PLACEHOLDER = "embed-placeholder"
DISCLOSURE = "disclosure"
SITE_FURNITURE = "site-furniture"
# Reasons given by structure rather than wording.
NAV = "nav"
HIDDEN = "hidden"
TEMPLATE = "template"
DUPLICATE = "duplicate"
# A person's hover card a text dump glued into a sentence (the name stays, the card goes).
HOVER_CARD = "hover-card"
# Text of the page outside the article's container that no furniture mark explains (HTML only).
OUTSIDE_ARTICLE = "outside-article"
# Lines that are metadata: reported in the article's fields instead of its text.
TITLE = "title"
TITLE_REPEAT = "title-repeat"
BYLINE = "byline"
DATELINE = "dateline"
# The reasons of an article header's lines (its byline and dateline): the lead, the region's start and
# the metadata readers look past them; the line rules' own "none" is added where plain lines count too.
HEADER = frozenset({BYLINE, DATELINE})
# The kinds of furniture that name nobody: a text the lexicon reads as one of their labels ("Related
# Topics", "Share This", "Log In") is no person's name, whatever its capitals. (Not captions and credits,
# author boxes, citations or disclosures: those name people.)
NAMELESS = frozenset({COMMENT_FORM, SHARE_WIDGET, NEWSLETTER, RELATED_LIST, COOKIE_NOTICE, VIDEO_PLAYER, PROMO,
                      EMBED_PLACEHOLDER, SITE_FURNITURE})

DEFINITIONS: dict[str, str] = {
    COMMENT_FORM: "Comment sections: comment forms, comment counts, threads and reply links.",
    SHARE_WIDGET: "Share and follow buttons, share counts and social-media handles.",
    NEWSLETTER: "Appeals to subscribe, sign up, register, download the app or support the site.",
    RELATED_LIST: "Teasers of other stories: related, popular and read-more lists, their headlines and time stamps.",
    CAPTION: "Image and video captions, photo credits and gallery labels.",
    COOKIE_NOTICE: "Cookie and consent banners and their buttons.",
    VIDEO_PLAYER: "Video and audio player controls, durations, loading messages and advertisement labels.",
    AUTHOR_BIO: "A box about the author: a short biography, photo and links to their other work.",
    CITATION: "How to cite the page, the list of sources a story closes with, and invitations to respond to it.",
    PROMO: "Promotions inside the story: print-edition notes and show-more toggles.",
    EMBED_PLACEHOLDER: "Stand-ins for embedded third-party content a consent layer blocks, and their load buttons.",
    DISCLOSURE: "Notes on how the page was made or paid for: affiliate links, machine translation, generated text.",
    SITE_FURNITURE: "Site-wide furniture: headers, footers, legal and contact notices, tag and category lines, "
                    "search boxes, buttons and labels.",
    NAV: "Navigation: menus, breadcrumbs, bare links and other link-dense blocks that lead elsewhere on the site.",
    HIDDEN: "Elements the page hides from readers (hidden, aria-hidden, display:none) that are not article text.",
    TEMPLATE: "Unrendered template placeholders ({{ … }}) of a page saved before its scripts ran.",
    DUPLICATE: "A block that repeats an earlier block of the same page.",
    HOVER_CARD: "A person's hover card (name, headlines, MORE) a dump glued into a sentence; the name stays.",
    OUTSIDE_ARTICLE: "Text of an HTML page outside the article's container that no furniture rule names.",
    TITLE: "The headline, reported in the title field instead of the text.",
    TITLE_REPEAT: "The headline repeated inside the article's body.",
    BYLINE: "The byline (who wrote the article), reported in the byline and authors fields instead.",
    DATELINE: "A line stating when the article was published or updated, reported in the date field instead.",
}
