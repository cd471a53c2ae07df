"""HTML extraction: main content, cleaned of page furniture, and its metadata.

One parse with lxml, then:

1. metadata (``metadata.py``: JSON-LD, meta tags, title) and the publication date (``html_dates.py``);
2. page furniture marked (``html_marks.py``) by tag (nav, aside, footer, header, figcaption, forms…),
   ARIA role and the shared lexicon's class/id tokens (``lexicon.KINDS[*].attrs``);
3. the main container chosen (``html_score.py``) by fast paragraph scoring (text length, commas, link
   density, class/id hints, readability-style), or by a JSON-LD ``articleBody`` that the page's
   paragraphs agree with; readability-lxml only as a fallback when neither finds an article;
4. the container walked into blocks (``html_blocks.py``: p, headings, li, blockquote, pre, table cells),
   led by a standfirst printed between the headline and the container, filtered by the shared block
   rules (``blocks.block_reason``), citation and template rules and per-document duplicate removal;
   article text that furniture marks would drop (hidden or paywalled text, stories split across
   containers, slideshow captions, the standfirst) is recognised by ``html_recall.py``;
5. authors from a removed byline or a byline line below the headline when structured data names no person;
6. for --explain, every other block of the page with its reason (``html_explain.py``, run on demand).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from lxml import etree
from lxml import html as lhtml

from . import authors, html_bylines, html_dates, reasons, settings
from . import metadata as meta_mod
from .article import Article, Removal
from .blocks import STOPWORDS, guess_language
from .html_blocks import (
    _HAS_BLOCK,
    _clean,
    _is_prose,
    _unmark_inline_wrappers,
    _unmark_subheads,
    _unmark_wrappers,
    _Walk,
    filter_blocks,
    holders_of,
)
from .html_explain import OUTSIDE, explain_removals
from .html_marks import _FURNITURE_CANDIDATES, _JUNK_TAGS, mark_labelled_teasers, own_reason, parse_html
from .html_recall import (
    standfirsts,
    story_captions,
    unmark_class_groups,
    unmark_served_text,
    unmark_unlinked_teasers,
    with_captions,
)
from .html_score import (
    _Scores,
    best_candidate,
    climb,
    find_paragraphs,
    jsonld_container,
    norm_text,
    score_paragraphs,
    with_siblings,
)
from .textutil import drop_hidden_marks

# --- the entry point -----------------------------------------------------------------------------

def extract_html(html: str, *, url: str | None = None, now: datetime | None = None,
                 explain: bool = False) -> Article:
    """Clean an HTML page into an Article: body text, metadata, removals with reasons, confidence.

    The removals of the article's own walk are in ``removed``; every other block of the page is
    listed by ``Article.explained_removals()`` (--explain). With ``explain`` that list is built
    from this parse; without, the Article keeps only the page's text and parses it again if the
    list is asked for, so that Articles kept in memory do not hold their parsed trees."""
    root = parse_html(html)
    if root is None:
        return Article(url=url)
    md = meta_mod.extract_metadata(root, url=url)
    art = Article(title=md.title, site_name=md.site_name, url=md.url, description=md.description,
                  language=md.language)
    _dates_and_authors(art, root, md, url=url, now=now)
    etree.strip_elements(root, *_JUNK_TAGS, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    marked = {el: r for el in _FURNITURE_CANDIDATES(body) for r in (own_reason(el),) if r}
    mark_labelled_teasers(body, marked)
    _unmark_inline_wrappers(marked)
    _unmark_subheads(marked)
    paras = find_paragraphs(body)
    unmarked_scores = score_paragraphs(paras, {})
    unmark_served_text(marked, unmarked_scores)
    _unmark_wrappers(marked, unmarked_scores)
    unmark_class_groups(marked, unmarked_scores)
    captions = story_captions(marked, paras)
    scores = score_paragraphs(paras, marked)
    roots, how = _choose_roots(body, scores, md)
    roots = with_captions(roots, captions)
    unmark_unlinked_teasers(marked, roots)
    walk = _Walk(marked, holders_of(marked))
    leads = standfirsts(body, roots, marked)
    for lead in leads:
        walk.visit(lead)
    for el in roots:
        walk.visit(el)
    kept, removed = filter_blocks(walk.blocks, art.title)
    # (Entities such as "&shy;" become soft hyphens only in the parse.)
    art.text = drop_hidden_marks("\n\n".join(kept))
    art.removed = walk.removed + removed
    # Everything else the page shows, block by block: a second walk, run only for --explain.
    if explain:
        art.deferred_removals.append(partial(explain_removals, body, marked, set(roots) | set(leads), walk.cut,
                                             art.title))
    else:
        art.deferred_removals.append(partial(_explain_again, html, url, now))
    if not art.authors:  # a byline line in the text names the authors structured data left out
        _authors_from_bylines(art, body)
    if len(art.text) < 200 and _readability_fallback(art, html):
        how = "readability"
    share = sum(scores.ptext.get(el, 0) for el in roots) / scores.total if scores.total else 0.0
    if how == "readability":
        kept, share = art.text.split("\n\n"), 1.0
    art.language = _language(art.language, art.text)
    art.confidence = confidence(_Evidence(how, share, kept, md.article_body, md.description))
    if len(art.text) < 500 and any(r.reason == reasons.TEMPLATE for r in art.removed):
        art.confidence = min(art.confidence, 0.2)  # an unrendered app shell: whatever is left is its chrome
    return art


def _explain_again(html: str, url: str | None, now: datetime | None) -> list[Removal]:
    """The blocks outside the article of a page cleaned earlier: the same deterministic extraction,
    run again with the parsed tree kept for the listing."""
    again = extract_html(html, url=url, now=now, explain=True)
    return again.deferred_removals[0]() if again.deferred_removals else []


_NEAR_HEADLINE = etree.XPath("following::*[position() <= 30]")
_SHORTEST, _LONGEST = settings.HTML_BYLINE_CHARS


def _authors_from_bylines(art: Article, body: etree._Element) -> None:
    """Authors from a byline removed from the text, else from a byline line just below the headline."""
    signed = [r.text for r in art.removed if r.reason == reasons.BYLINE]
    lines = list(signed)
    h1 = body.find(".//h1")
    if h1 is not None:
        lines += [t for el in _NEAR_HEADLINE(h1) if not _HAS_BLOCK(el)
                  for t in (_clean(" ".join(el.itertext())),) if _SHORTEST <= len(t) <= _LONGEST]  # "Name</a>Staff"
    for line in lines:
        # A removed byline may be a bare name (the sign-off under the story): a byline by position.
        if authors.looks_like_byline(line) or (line in signed and authors.is_person_name(line)):
            names = authors.parse_byline(line)[1]
            if names:
                art.authors, art.byline = names, ", ".join(names)
                art.field_sources["byline"] = "byline-line"
                return


def _choose_roots(body: etree._Element, s: _Scores, md: meta_mod.Metadata) -> tuple[list[etree._Element], str]:
    via_ld = jsonld_container(md.article_body, s)
    if via_ld is not None:
        return [via_ld], "jsonld"
    top = best_candidate(s)
    if top is None:
        return [body], "body"
    root = climb(top, s)
    story = _own_story(root, s, md.title)
    if story is not None:
        return [story], "score"
    return with_siblings(root, s), "score"


_STORIES = etree.XPath(".//article[.//h1]")


def _own_story(root: etree._Element, s: _Scores, title: str | None) -> etree._Element | None:
    """The page's own story when the container holds several whole stories, each an <article> with
    its own headline and paragraphs (the next stories of an endless-scroll page): the one headed by
    the page's title. None when the container holds fewer than two such stories or none is headed
    by the title (teaser cards with headlines are not whole stories: they hold little prose)."""
    found = _STORIES(root)
    outer = [a for a in found if not any(anc in found for anc in a.iterancestors())]
    whole = [a for a in outer if s.ptext.get(a, 0) >= settings.HTML_WHOLE_STORY_PROSE]
    want = norm_text(title or "")
    if len(whole) < 2 or not want:
        return None
    for story in whole:
        heads = [norm_text(meta_mod.heading_text(h)) for h in story.iter("h1")]
        if any(h and (h in want or want in h) for h in heads):
            return story
    return None


def _language(declared: str | None, text: str) -> str | None:
    """The declared language, unless the text is clearly in another supported language
    (templates often keep ``lang="en"`` on pages in other languages)."""
    guessed = guess_language(text[:3000])
    if guessed is None:
        return declared
    if declared is None or (declared in STOPWORDS and declared != guessed):
        return guessed
    return declared


def _readability_fallback(art: Article, html: str) -> bool:
    """Use readability-lxml's candidate when our own scoring found (almost) nothing;
    True when its text replaced ours."""
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        frag = lhtml.fragment_fromstring(summary, create_parent="div") if summary.strip() else None
    except Exception:  # noqa: BLE001 - readability fails on some broken pages; keep what we have
        return False
    if frag is None:
        return False
    walk = _Walk({})
    walk.visit(frag)
    kept, removed = filter_blocks(walk.blocks, art.title)
    if len("\n\n".join(kept)) <= len(art.text):
        return False
    new_text = "\n\n".join(kept)
    # What our own container kept and readability's does not is accounted for (--explain).
    ours = [Removal(b, OUTSIDE) for b in art.text.split("\n\n") if b and norm_text(b) not in norm_text(new_text)]
    art.text = new_text
    art.removed.extend(removed + ours)
    return True


def _dates_and_authors(art: Article, root: etree._Element, md: meta_mod.Metadata, *,
                       url: str | None, now: datetime | None) -> None:
    if md.title and md.title_source:
        art.field_sources["title"] = md.title_source
    try:
        found, source = html_dates.publication_date_and_source(root, url=md.url or url, now=now,
                                                               jsonld=md.jsonld, fallback=True)
    except RecursionError:  # a page nested thousands deep: keep its text, lose only the date
        found, source = None, None
    if found is not None:
        art.date, art.date_text = found.date, found.text
        art.field_sources["date"] = source or "page"
    source = None
    for source, group in md.author_groups:  # noqa: B007 - the winner's source is kept
        art.authors = authors.clean_author_names(group, people=md.jsonld_people)
        if art.authors:
            break
    marked = html_bylines.marked_authors(root) if art.authors else None
    wider = authors.with_coauthors(art.authors, marked[1]) if marked else None
    if marked and wider:  # a shared byline whose structured data kept only its first name
        art.authors, source = wider, marked[0]
    if not art.authors:  # page markup only when structured data names nobody
        for source, group in html_bylines.page_author_sources(root):  # noqa: B007 - the winner's source is kept
            art.authors = authors.clean_author_names(group)
            if art.authors:
                break
    if not art.authors and md.fallback_authors:
        art.authors, source = authors.clean_author_names(md.fallback_authors), "meta:twitter:data"
    if art.authors:
        art.byline = ", ".join(art.authors)
        art.field_sources["byline"] = source or "page"


@dataclass
class _Evidence:
    """What the extraction saw, for the confidence estimate."""

    how: str  # "jsonld", "score", "body" or "readability"
    share: float  # share of the page's prose inside the chosen container(s)
    kept: list[str]
    article_body: str | None
    description: str | None


def confidence(ev: _Evidence) -> float:
    """How sure we are that the text is the whole article and only it (0..1)."""
    text = "\n\n".join(ev.kept)
    n = len(text)
    if n == 0:
        return 0.0
    c = settings.HTML_CONFIDENCE
    how = {"jsonld": c["how_jsonld"], "score": c["how_score"], "readability": c["how_readability"]}
    conf = c["base"] + how.get(ev.how, 0.0)
    ratio = len(norm_text(ev.article_body)) / max(1, len(norm_text(text))) if ev.article_body else 0.0
    agrees = c["agree_low"] <= ratio <= c["agree_high"]  # the site's own structured copy of the story has the same length
    # A longer structured copy means text was missed; a much shorter one is a teaser and says nothing.
    longer = ratio > c["agree_high"]
    if not agrees:  # short texts are often teasers or fragments, unless the site says that is all
        if ev.share >= c["alone_share"]:  # ...but the container holds nearly all the page's prose: the story is short
            conf += c["long_bonus"] if n >= c["long"] else (-c["short_penalty_alone"] if n < c["short"] else 0.0)
        else:
            conf += c["long_bonus"] if n >= c["long"] else (
                -c["short_penalty"] if n < c["short"] else (-c["medium_penalty"] if n < c["medium"] else 0.0))
    # Prose outside the container means part of the article (or a rival text) was left out,
    # unless the site's structured copy of the story vouches for what was kept.
    if not agrees:
        conf -= c["outside_weight"] * max(0.0, c["outside_from"] - ev.share)
    # Short non-sentence blocks inside the text are where furniture slips through.
    loose = sum(len(t) for t in ev.kept if not _is_prose(t, "p")) / n
    conf -= c["loose_weight"] * max(0.0, loose - c["loose_from"])
    if len(ev.kept) <= c["few_blocks"] and n >= c["medium"]:  # a long text in a few huge blocks: the structure was not understood
        conf -= c["few_blocks_penalty"]
    if agrees:
        conf += c["agree_bonus"]
    elif longer:  # the site's own copy is clearly longer: part of the story is missing
        conf -= c["longer_penalty"]
    return round(max(0.0, min(1.0, conf)), 3)
