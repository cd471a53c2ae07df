"""HTML for the visual report: one page per input, paginated index pages, inline SVG charts.

Everything taken from a scraped page (text, titles, file names, error messages) is data: it goes
through ``esc`` (``html.escape`` with quotes) and never into an attribute that a browser could
follow or run. The pages carry a Content-Security-Policy that forbids scripts and any network
load, hold no script of their own, and use only inline CSS and inline SVG.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .reasons import DEFINITIONS
from .report_order import Block

# Scripts, fonts, frames, remote images and forms are all refused; inline styles and inline SVG
# (part of the document, not a load) are all the report needs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

NO_DEFINITION = "no definition recorded"

# Distinct hues, readable as a tint behind black text and as a bar in the charts.
_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363",
)
CONFIDENCE_BINS = 10

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#111;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .5rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#0645ad}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num,th.num{text-align:right;white-space:nowrap}
.muted{color:#666}.src{font-family:monospace;overflow-wrap:anywhere}td.src{min-width:14rem}
.totals{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.totals dl{margin:0}.totals dt{font-weight:600}.totals dd{margin:0 0 .4rem}
.pager{margin:.6rem 0}.pager a,.pager b{margin-right:.5rem}
.chip{display:inline-block;border:1px solid var(--c);border-left:6px solid var(--c);border-radius:3px;
padding:0 .3rem;margin:0 .2rem .2rem 0;font-size:.8rem;white-space:nowrap}
.conf-low{background:#fde0dd}.conf-mid{background:#fff3cd}.err{background:#fde0dd;font-weight:600}
.blocks p,.blocks pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.kept{padding:.35rem .6rem;margin:.4rem 0;border-left:6px solid transparent}
.rm{padding:.35rem .6rem;margin:.4rem 0;border:2px dashed var(--c);border-left:6px solid var(--c);
background:var(--t);color:#333}
.rm p{max-height:7.5em;overflow:auto}.rm .n{font-size:.8rem;color:#555}.rm .grp{max-height:12em;overflow:auto}.rm .grp p{max-height:none}
.rm .why{display:inline-block;font-weight:700;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;
margin-bottom:.15rem}
.lost{outline:2px dotted #000;outline-offset:2px}
.legend dt{margin-top:.3rem}.legend dd{margin:0 0 0 1rem}
svg text{font:11px system-ui,sans-serif;fill:#222}
"""


def esc(value: object) -> str:
    """Text from a page (or anything), escaped for HTML text and for quoted attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def reason_definitions() -> dict[str, str]:
    """Reason -> one-line definition (the one list, ``newsclean.reasons.DEFINITIONS``)."""
    return dict(DEFINITIONS)


class Legend:
    """The reasons' definitions and colours, fixed for a whole report (the same colour on every page)."""

    def __init__(self, definitions: Mapping[str, str] | None = None) -> None:
        self.definitions = dict(definitions) if definitions is not None else reason_definitions()
        self._rank = {r: i for i, r in enumerate(sorted(self.definitions))}
        self._styles: dict[str, str] = {}

    def define(self, reason: str) -> str:
        """The reason's one-line definition."""
        return self.definitions.get(reason, NO_DEFINITION)

    def colour(self, reason: str) -> str:
        """The reason's colour: by its rank among the defined reasons, else by a hash of its name."""
        i = self._rank.get(reason)
        if i is None:
            i = zlib.crc32(reason.encode("utf-8", "replace"))
        return _PALETTE[i % len(_PALETTE)]

    def style(self, reason: str) -> str:
        """The escaped inline style giving an element the reason's colour (``--c``) and tint (``--t``)."""
        style = self._styles.get(reason)
        if style is None:
            strong = self.colour(reason)
            # The same hue at about 13 % opacity behind black text, which stays readable.
            style = self._styles[reason] = esc(f"--c:{strong};--t:{strong}22")
        return style


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(CSP)}\">"
        "<meta name=\"referrer\" content=\"no-referrer\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>{esc(title)}</title><style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


# --- one input's page ----------------------------------------------------------------------------

# Fields the extractors take from the page (``field_sources`` says from where, when recorded);
# format, word_count and confidence are newsclean's own and shown on one line above the table.
_META_FIELDS = ("title", "byline", "authors", "date", "date_text", "site_name", "url", "language",
                "description")
NOT_RECORDED = "not recorded"
# Fields derived from another one share its source: the authors are parsed from the byline, and
# date_text is the text the date was read from.
_SOURCE_OF = {"authors": "byline", "date_text": "date"}


def render_page(record: Mapping[str, Any], blocks: Sequence[Block], legend: Legend,
                index_href: str, order_known: bool) -> str:
    """The page of one input: its metadata with sources, its blocks in page order, a legend."""
    source = record.get("source")
    title = record.get("title") or source or "untitled"
    parts = [f"<p><a href=\"{esc(index_href)}\">&larr; all inputs</a></p>",
             f"<h1>{esc(title)}</h1>", f"<p class=\"src\">{esc(source)}</p>"]
    error = record.get("error")
    if error:
        parts.append(f"<p class=\"err\">Failed: {esc(error.get('type'))}: {esc(error.get('message'))}</p>")
        return _document(f"newsclean report: {title}", "\n".join(parts))
    parts.append(f"<p>Read as {esc(record.get('format'))}; {esc(record.get('word_count'))} words kept; "
                 f"confidence {esc(record.get('confidence'))}.</p>")
    parts.append(_metadata_table(record))
    parts.append(_block_summary(blocks, legend))
    parts.append(_blocks_html(blocks, legend, order_known))
    parts.append(_legend({b.reason for b in blocks if b.reason}, legend))
    return _document(f"newsclean report: {title}", "\n".join(parts))


def _metadata_table(record: Mapping[str, Any]) -> str:
    sources = record.get("field_sources") or {}
    rows = []
    for name in _META_FIELDS:
        value = record.get(name)
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        shown = esc(value) if value not in (None, "") else "<span class=\"muted\">none</span>"
        origin = sources.get(name) or sources.get(_SOURCE_OF.get(name, ""))
        where = esc(origin) if origin else f"<span class=\"muted\">{NOT_RECORDED}</span>"
        rows.append(f"<tr><th scope=\"row\">{esc(name)}</th><td>{shown}</td><td>{where}</td></tr>")
    return ("<h2>Metadata</h2><table><thead><tr><th>field</th><th>value</th><th>taken from</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _block_summary(blocks: Sequence[Block], legend: Legend) -> str:
    kept = sum(1 for b in blocks if b.reason is None)
    counts = count_reasons(b.reason for b in blocks if b.reason)
    chips = reason_chips(counts, legend)
    return f"<p>{kept} blocks kept, {len(blocks) - kept} removed{': ' + chips if chips else ''}</p>"


def _blocks_html(blocks: Sequence[Block], legend: Legend, order_known: bool) -> str:
    found = [b for b in blocks if b.found]
    lost = [b for b in blocks if not b.found]
    head = "<h2>The page's blocks, in page order</h2>" if order_known else (
        "<h2>The page's blocks</h2><p class=\"muted\">The input could not be read again, so the page "
        "order is unknown: kept blocks first, then removed ones.</p>")
    out = [head, "<div class=\"blocks\">"]
    out += [_run_html(run, legend) for run in _runs(found)]
    if lost and order_known:
        out.append("</div><h2>Blocks not found in the page's text</h2><p class=\"muted\">The extractor "
                   "rewrote these (joined, trimmed or from attributes); their place is unknown.</p>"
                   "<div class=\"blocks\">")
    out += [_block_html(b, legend, lost=order_known) for b in lost]
    out.append("</div>")
    return "\n".join(out)


def _runs(blocks: Sequence[Block]) -> list[list[Block]]:
    """Consecutive removed blocks of one reason go together (a menu's thirty links are one box, not
    thirty); every kept block stands alone."""
    runs: list[list[Block]] = []
    for b in blocks:
        if runs and b.reason is not None and runs[-1][-1].reason == b.reason:
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _run_html(run: list[Block], legend: Legend) -> str:
    if len(run) == 1:
        return _block_html(run[0], legend)
    reason = run[0].reason or ""
    texts = "".join(f"<p>{esc(b.text)}</p>" for b in run)
    return (f"<div class=\"rm\" style=\"{legend.style(reason)}\"><span class=\"why\">removed: {esc(reason)}</span>"
            f" <span class=\"n\">{len(run)} blocks</span><div class=\"grp\">{texts}</div></div>")


def _block_html(block: Block, legend: Legend, lost: bool = False) -> str:
    extra = " lost" if lost else ""
    if block.reason is None:
        label = "<span class=\"why\">kept, not located</span>\n" if lost else ""
        return f"<div class=\"kept{extra}\">{label}<p>{esc(block.text)}</p></div>"
    return (f"<div class=\"rm{extra}\" style=\"{legend.style(block.reason)}\">"
            f"<span class=\"why\">removed: {esc(block.reason)}</span><p>{esc(block.text)}</p></div>")


def _legend(reasons: Iterable[str], legend: Legend) -> str:
    items = []
    for reason in sorted(reasons):
        items.append(f"<dt><span class=\"chip\" style=\"{legend.style(reason)}\">{esc(reason)}</span>"
                     f"</dt><dd>{esc(legend.define(reason))}</dd>")
    if not items:
        return "<h2>Legend</h2><p class=\"muted\">Nothing was removed from this page.</p>"
    return ("<h2>Legend</h2><p>Removed blocks have a dashed border in their reason's colour and are "
            "labelled with the reason.</p><dl class=\"legend\">" + "".join(items) + "</dl>")


def count_reasons(reasons: Iterable[str]) -> dict[str, int]:
    """Reason -> count."""
    counts: dict[str, int] = {}
    for r in reasons:
        counts[r] = counts.get(r, 0) + 1
    return counts


def reason_chips(counts: Mapping[str, int], legend: Legend) -> str:
    """Small coloured labels "reason N", most frequent first."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"<span class=\"chip\" style=\"{legend.style(r)}\" title=\"{esc(legend.define(r))}\">"
                   f"{esc(r)} {n}</span>" for r, n in ordered)


# --- the index -----------------------------------------------------------------------------------


@dataclass
class Row:
    """One input's line in the index."""

    serial: int  # position in input order, from 1
    href: str  # its page, relative to the report folder
    source: str
    title: str | None
    date: str | None
    words: int
    confidence: float | None
    error: str | None
    reasons: dict[str, int] = field(default_factory=dict)

    def sort_key(self) -> tuple[int, float, int]:
        """Failures first, then the least confident: the inputs a person should look at first."""
        if self.error is not None:
            return (0, 0.0, self.serial)
        return (1, self.confidence if self.confidence is not None else 0.0, self.serial)


@dataclass
class Totals:
    """What the index shows above the table, over every input."""

    files: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    confidence_bins: list[int] = field(default_factory=lambda: [0] * CONFIDENCE_BINS)
    reasons: dict[str, int] = field(default_factory=dict)
    words: int = 0
    interrupted: bool = False

    def add(self, row: Row) -> None:
        self.files += 1
        if row.error is not None:
            self.failures[row.error] = self.failures.get(row.error, 0) + 1
            return
        self.words += row.words
        conf = min(1.0, max(0.0, row.confidence or 0.0))
        self.confidence_bins[min(CONFIDENCE_BINS - 1, int(conf * CONFIDENCE_BINS))] += 1
        for r, n in row.reasons.items():
            self.reasons[r] = self.reasons.get(r, 0) + n


def index_name(number: int) -> str:
    """File name of the index page ``number`` (from 1): index.html, index-2.html, …"""
    return "index.html" if number == 1 else f"index-{number}.html"


def render_index(rows: Sequence[Row], totals: Totals, legend: Legend,
                 number: int, count: int, first: int) -> str:
    """Index page ``number`` of ``count``: totals, charts, a pager and the rows (``first`` = rank of rows[0])."""
    pager = _pager(number, count)
    table = [f"<tr><td class=\"num\">{first + i}</td>{_row_cells(row, legend)}</tr>" for i, row in enumerate(rows)]
    body = [
        "<h1>newsclean report</h1>",
        _totals_html(totals, legend),
        "<h2>Inputs, failures and least confident first</h2>", pager,
        "<table><thead><tr><th class=\"num\">#</th><th>file</th><th>title</th><th>date</th>"
        "<th class=\"num\">words</th><th class=\"num\">confidence</th><th>error</th>"
        "<th>removed blocks by reason</th></tr></thead><tbody>",
        "\n".join(table), "</tbody></table>", pager,
    ]
    return _document(f"newsclean report ({number}/{count})", "\n".join(body))


def _row_cells(row: Row, legend: Legend) -> str:
    conf = "" if row.confidence is None else f"{row.confidence:.2f}"
    cls = ""
    if row.error is None and row.confidence is not None:
        cls = " conf-low" if row.confidence < 0.5 else " conf-mid" if row.confidence < 0.8 else ""
    error = f"<td class=\"err\">{esc(row.error)}</td>" if row.error else "<td></td>"
    words = "" if row.error else str(row.words)
    return (f"<td class=\"src\"><a href=\"{esc(row.href)}\">{esc(row.source)}</a></td>"
            f"<td>{esc(row.title or '')}</td><td>{esc(row.date or '')}</td><td class=\"num\">{words}</td>"
            f"<td class=\"num{cls}\">{conf}</td>{error}<td>{reason_chips(row.reasons, legend)}</td>")


def _pager(number: int, count: int) -> str:
    if count <= 1:
        return ""
    links = [f"<b>{i}</b>" if i == number else f"<a href=\"{index_name(i)}\">{i}</a>" for i in range(1, count + 1)]
    return "<nav class=\"pager\">Pages: " + "".join(links) + "</nav>"


def _totals_html(totals: Totals, legend: Legend) -> str:
    failed = sum(totals.failures.values())
    by_type = ", ".join(f"{esc(k)} {n}" for k, n in sorted(totals.failures.items()))
    note = "<p class=\"err\">Interrupted: the report covers only the inputs done before the stop.</p>" \
        if totals.interrupted else ""
    facts = (f"<dl><dt>files</dt><dd>{totals.files}</dd><dt>cleaned</dt><dd>{totals.files - failed}</dd>"
             f"<dt>failed</dt><dd>{failed}{' (' + by_type + ')' if by_type else ''}</dd>"
             f"<dt>words kept</dt><dd>{totals.words}</dd>"
             f"<dt>blocks removed</dt><dd>{sum(totals.reasons.values())}</dd></dl>")
    charts = (f"<figure><figcaption>Confidence of the cleaned inputs</figcaption>"
              f"{confidence_chart(totals.confidence_bins)}</figure>"
              f"<figure><figcaption>Removed blocks by reason</figcaption>"
              f"{reasons_chart(totals.reasons, legend)}</figure>")
    return f"{note}<div class=\"totals\">{facts}{charts}</div>"


def confidence_chart(bins: Sequence[int]) -> str:
    """An inline SVG histogram of confidence in ``len(bins)`` equal bins from 0 to 1."""
    width, height, pad = 320, 120, 18
    bar = (width - 2 * pad) / len(bins)
    top = max(bins) or 1
    parts = []
    for i, n in enumerate(bins):
        h = (height - 2 * pad) * n / top
        x, y = pad + i * bar, height - pad - h
        parts.append(f"<rect x=\"{x:.1f}\" y=\"{y:.1f}\" width=\"{bar - 2:.1f}\" height=\"{h:.1f}\" "
                     f"fill=\"{'#d62728' if i < 5 else '#ff7f0e' if i < 8 else '#2ca02c'}\">"
                     f"<title>{i / len(bins):.1f}–{(i + 1) / len(bins):.1f}: {n}</title></rect>")
        if n:
            parts.append(f"<text x=\"{x + bar / 2 - 1:.1f}\" y=\"{y - 3:.1f}\" text-anchor=\"middle\">{n}</text>")
    parts.append(f"<text x=\"{pad}\" y=\"{height - 4}\">0</text><text x=\"{width / 2:.0f}\" y=\"{height - 4}\" "
                 f"text-anchor=\"middle\">0.5</text><text x=\"{width - pad}\" y=\"{height - 4}\" "
                 "text-anchor=\"end\">1</text>")
    label = ", ".join(str(n) for n in bins)
    return (f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" "
            f"aria-label=\"inputs per confidence tenth: {label}\">{''.join(parts)}</svg>")


def reasons_chart(counts: Mapping[str, int], legend: Legend, most: int = 12) -> str:
    """An inline SVG bar chart of the ``most`` frequent removal reasons."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:most]
    if not ordered:
        return "<p class=\"muted\">none</p>"
    row, label_w, bar_w = 18, 110, 220
    top = ordered[0][1] or 1
    parts = []
    for i, (reason, n) in enumerate(ordered):
        y = i * row
        w = max(1.0, bar_w * n / top)
        parts.append(f"<text x=\"{label_w - 4}\" y=\"{y + 13}\" text-anchor=\"end\">{esc(reason)}</text>"
                     f"<rect x=\"{label_w}\" y=\"{y + 3}\" width=\"{w:.1f}\" height=\"{row - 6}\" "
                     f"fill=\"{legend.colour(reason)}\"><title>{esc(reason)}: {n}</title></rect>"
                     f"<text x=\"{label_w + w + 4:.1f}\" y=\"{y + 13}\">{n}</text>")
    height = row * len(ordered)
    return (f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{label_w + bar_w + 60}\" height=\"{height}\" "
            f"role=\"img\" aria-label=\"removed blocks by reason\">{''.join(parts)}</svg>")
