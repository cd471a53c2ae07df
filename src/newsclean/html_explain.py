"""--explain on the HTML path: every block of text the article leaves out, with its reason.

The article's own walk (``html_blocks._Walk``) lists the blocks it drops by rule. Everything else
the page shows is listed here, block by block with its full text (a long menu or comment thread
is many entries, not one truncated string):

* marked furniture (inside or outside the chosen container): the reason of its mark (``nav``,
  ``related-list``, ``hidden``…), the innermost mark around each block winning;
* text outside the chosen container that no mark explains: ``outside-article`` (``title-repeat``
  for the headline).

This is a second walk over the whole page, so it runs only when asked for: ``extract_html``
defers it (``Article.deferred_removals``), ``Article.to_dict(explain=True)`` runs it.
Scripts, styles and form controls (buttons, inputs, selects) hold no text a reader sees as a
block and were removed before; nothing else is left out.
"""

from __future__ import annotations

from lxml import etree

from . import reasons
from .article import Removal
from .html_blocks import _BLOCK_TAGS, _BR, _MAX_DEPTH, _clean, _text_with_breaks, holders_of
from .html_score import norm_text

OUTSIDE = reasons.OUTSIDE_ARTICLE

# Any block-level descendant: a heading or a list inside a link splits the link into blocks.
_HAS_ANY_BLOCK = etree.XPath("boolean(" + "|".join(f".//{t}" for t in sorted(_BLOCK_TAGS)) + ")")


def explain_removals(body: etree._Element, marked: dict[etree._Element, str], skip: set[etree._Element],
                     cut: list[tuple[etree._Element, str]], title: str | None) -> list[Removal]:
    """The blocks of ``body`` outside ``skip`` (the container and standfirst, walked as the article),
    then the blocks of the furniture ``cut`` out of the container, one Removal per block."""
    out = ledger(body, marked, None, skip)
    headline = norm_text(title or "")
    if headline:
        out = [Removal(r.text, reasons.TITLE_REPEAT) if r.reason == OUTSIDE and norm_text(r.text) == headline else r
               for r in out]
    for el, reason in cut:
        out.extend(ledger(el, marked, reason))
    return out


def ledger(el: etree._Element, marked: dict[etree._Element, str], reason: str | None,
           skip: set[etree._Element] | frozenset[etree._Element] = frozenset()) -> list[Removal]:
    """Every block of text under ``el`` outside ``skip``, one Removal per paragraph-level block with
    its full text: the reason of the nearest marked element around the block, else ``reason``,
    else ``outside-article``."""
    out: list[Removal] = []
    holders = holders_of(dict.fromkeys(skip, "")) if skip else set()
    _visit(el, marked, reason, skip, holders, out, 0)
    return out


def _visit(el: etree._Element, marked: dict[etree._Element, str], reason: str | None,
           skip: set[etree._Element] | frozenset[etree._Element], holders: set[etree._Element],
           out: list[Removal], depth: int) -> None:
    reason = marked.get(el, reason)
    run = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            run.append(child.tail or "")
            continue
        if child in skip:  # the article's own blocks: accounted for by its walk
            _emit(run, reason, out)
            run = [child.tail or ""]
        elif depth < _MAX_DEPTH and (child.tag in _BLOCK_TAGS or child in holders or _HAS_ANY_BLOCK(child)):
            _emit(run, reason, out)
            _visit(child, marked, reason, skip, holders, out, depth + 1)
            run = [child.tail or ""]
        else:  # inline: words of the current block
            run.append(_text_with_breaks(child) if child.tag != "br" else " ")
            run.append(child.tail or "")
    _emit(run, reason, out)


def _emit(run: list[str], reason: str | None, out: list[Removal]) -> None:
    text = _clean("".join(run).replace("\n", " ").replace(_BR, " "))
    if text:
        out.append(Removal(text, reason or OUTSIDE))
