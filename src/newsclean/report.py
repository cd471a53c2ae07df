"""``newsclean report``: a static site showing, input by input, what was kept and what was cut.

``ReportSite`` takes the records of a batch (cleaned with ``explain``), one at a time and in input
order, as the batch machinery delivers them: it writes each input's page at once, so memory holds
only one short index row per input, and writes the index pages when the batch is over.

Layout of the report folder::

    index.html, index-2.html, …   inputs ranked failures first, then by confidence (``PAGE_ROWS`` a page)
    pages/NNNNNN-<name>.html      one page per input (NNNNNN: its position in input order)

Each page shows the input's blocks in page order: the record's kept paragraphs and removed blocks
are located in the input's own text (``report_order``), which is read again for that purpose.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .errors import NewscleanError
from .output import Plan, Sink
from .reading import decode, read_path
from .report_order import Block, order_blocks, visible_text
from .report_render import Legend, Row, Totals, index_name, render_index, render_page
from .settings import MAX_BYTES
from .storage import is_url, is_warc, read_url
from .warc import read_page

# Rows per index page: 500 rows render in well under a second in a browser, and 20,000 inputs
# make 40 pages instead of one page too long to open.
PAGE_ROWS = 500
PAGES = "pages"
# Longest part of an input's path kept in its page's name (bytes, ASCII): with the serial number and
# ".html" far below the 255-byte limit of common file systems.
_NAME_CHARS = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
PAGE_NOT_WRITTEN = "page-not-written"  # the error type shown in the index for a page the disk refused
# Records waiting for their page at most: bounds memory when pages are slower than cleaning.
_AHEAD = 64
_OWN_PAGE = re.compile(r"^\d{6,}-[A-Za-z0-9._-]*\.html$")
_OWN_INDEX = re.compile(r"^index-\d+\.html$")
_WARC_SOURCE = re.compile(r"^(?P<path>.+)#(?P<offset>-?\d+)$")


def page_name(serial: int, rel: str) -> str:
    """The page file of the input at position ``serial`` (from 1) named ``rel``: unique (the
    serial), deterministic, ASCII letters, digits, ``.``, ``_`` and ``-`` only, under 120 bytes."""
    slug = _UNSAFE.sub("_", rel).strip("._-")[-_NAME_CHARS:].lstrip("._-") or "input"
    return f"{serial:06d}-{slug}.html"


class ReportSite(Sink):
    """A ``Sink`` that renders each record as a page of the report in ``folder``.

    Records must come with ``removed`` (cleaned with ``explain=True``). ``max_bytes`` bounds the
    second read of each input (for the page order), as it bounded the first.
    """

    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES, page_rows: int = PAGE_ROWS) -> None:
        super().__init__(Plan("report", pretty=True, target=folder, folder=True))
        self.root = folder
        self.pages = folder / PAGES
        self.pages.mkdir(exist_ok=True)
        self.max_bytes = max_bytes
        self.page_rows = max(1, page_rows)
        self.legend = Legend()
        self.rows: list[Row] = []
        self._renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsclean-report")
        self._pending: deque[Future[str | None]] = deque()
        self._remove_stale()

    def output_path(self, rel: str) -> Path:
        """The page the next record (named ``rel``) is written to."""
        return self.pages / page_name(len(self.rows) + 1, rel)

    def write(self, record: dict[str, Any], rel: str) -> None:
        """Keep the record's index row and have its page rendered and written.

        Pages are rendered by one background thread, so that the batch keeps handing inputs to the
        workers meanwhile (the thread mostly waits on the parser and the disk, or the main thread
        on the workers). A page that could not be written makes its row a failure in the index, and
        a later ``write`` raises ``OSError`` naming its input.
        """
        path = self.output_path(rel)
        self._check_inside(path.parent)
        row = _row(record, len(self.rows) + 1, f"{PAGES}/{path.name}")
        self.rows.append(row)
        self.count += 1
        self._pending.append(self._renderer.submit(self._render, record, path, row))
        self._collect(wait=len(self._pending) > _AHEAD, raise_errors=True)

    def _render(self, record: dict[str, Any], path: Path, row: Row) -> str | None:
        """Render and write one page; the error message if it could not be written."""
        blocks, order_known = page_blocks(record, self.max_bytes)
        html = render_page(record, blocks, self.legend, "../index.html", order_known)
        try:
            path.write_text(html, encoding="utf-8", errors="replace")
        except OSError as exc:
            row.error = PAGE_NOT_WRITTEN
            return f"page of {record.get('source')} not written: {exc.strerror or exc}"
        return None

    def _collect(self, wait: bool, raise_errors: bool) -> None:
        """Take finished renders (the oldest even unfinished when ``wait``)."""
        while self._pending and (wait or self._pending[0].done()):
            message = self._pending.popleft().result()
            wait = False
            if message and raise_errors:
                raise OSError(message)

    def close(self, complete: bool = True) -> None:
        """Finish the pages and write the index pages (also after an interruption: they then say so)."""
        try:
            while self._pending:
                self._collect(wait=True, raise_errors=False)
        finally:
            self._renderer.shutdown(wait=True, cancel_futures=True)
        totals = Totals(interrupted=not complete)
        for row in self.rows:
            totals.add(row)
        ranked = sorted(self.rows, key=Row.sort_key)
        count = max(1, -(-len(ranked) // self.page_rows))
        for number in range(1, count + 1):
            first = (number - 1) * self.page_rows
            chunk = ranked[first:first + self.page_rows]
            html = render_index(chunk, totals, self.legend, number, count, first + 1)
            (self.root / index_name(number)).write_text(html, encoding="utf-8", errors="replace")
        self._remove_stale_indexes(count)

    def _remove_stale(self) -> None:
        """Pages of an earlier report in the same folder would be linked from nowhere: remove them."""
        with os.scandir(self.pages) as it:
            for entry in it:
                if _OWN_PAGE.match(entry.name) and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)

    def _remove_stale_indexes(self, count: int) -> None:
        with os.scandir(self.root) as it:
            for entry in it:
                m = _OWN_INDEX.match(entry.name)
                if m and int(entry.name[6:-5]) > count and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def _row(record: dict[str, Any], serial: int, href: str) -> Row:
    error = record.get("error")
    reasons: dict[str, int] = {}
    for removal in record.get("removed") or ():
        reason = str(removal.get("reason"))
        reasons[reason] = reasons.get(reason, 0) + 1
    confidence = record.get("confidence")
    return Row(serial=serial, href=href, source=str(record.get("source")), title=record.get("title"),
               date=record.get("date"), words=int(record.get("word_count") or 0),
               confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
               error=str(error.get("type")) if error else None, reasons=reasons)


def page_blocks(record: dict[str, Any], max_bytes: int = MAX_BYTES) -> tuple[list[Block], bool]:
    """The record's blocks in page order, and whether that order could be established (the input
    could be read again); without it, kept blocks come first and removed ones after."""
    kept = [p for p in (record.get("text") or "").split("\n\n") if p.strip()]
    removed = record.get("removed") or []
    page = _visible_page(record, max_bytes) if not record.get("error") else None
    return order_blocks(kept, removed, page), page is not None


def _visible_page(record: dict[str, Any], max_bytes: int) -> str | None:
    """The visible text of the record's input, read again; None when it cannot be read (stdin)."""
    source = record.get("source")
    if not isinstance(source, str) or source == "-":
        return None
    try:
        text = _read_again(source, max_bytes)
        return visible_text(text, str(record.get("format") or "text"))
    except (NewscleanError, OSError, ValueError, RecursionError, MemoryError):
        return None


def _read_again(source: str, max_bytes: int) -> str:
    """The decoded text of the input named ``source`` (a path, a URL, or ``archive#offset``)."""
    m = _WARC_SOURCE.match(source)
    if m and is_warc(m["path"]):
        page = read_page(m["path"], int(m["offset"]), max_bytes)
        return decode(page.data, page.charset)
    data = read_url(source, max_bytes) if is_url(source) else read_path(Path(source), max_bytes)
    return decode(data, None)
