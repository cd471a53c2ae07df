"""WARC input: find the HTML pages in a WARC archive, and read one page back by its record offset.

A WARC is scanned once, streaming, to list the offsets of its HTML pages; each page is then read
on its own by seeking to its offset, so a worker process (or a Dask worker) needs only
``(path, offset)`` and no archive is ever held in memory. Seeking works for uncompressed WARCs and
for the usual gzip-per-record ``.warc.gz``; a WARC gzipped as one stream cannot be read by offset.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from .errors import DecodeError, ReadError, TooLargeError
from .reading import normalise_charset, read_error
from .storage import is_url, open_url

HTML_MIME_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SKIP_NOT_HTML, SKIP_NOT_200 = "not HTML", "not 200"
_PAGE = "page"
ONE_GZIP_STREAM = -1  # the "offset" of a .warc.gz that cannot be read by offset at all
BUFFER = 1 << 16

_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# Enough of a page's start to tell markup from anything else when no Content-Type is given.
_SNIFF_BYTES = 4096
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]", re.I | re.S)
_RECOMPRESS_HINT = ("a .warc.gz must be gzipped record by record to be read by offset "
                    "(fix it with `warcio recompress IN OUT`)")


@dataclass(frozen=True)
class WarcPage:
    """One HTML page read from a WARC record."""

    data: bytes  # the HTTP payload, de-chunked and de-compressed
    url: str | None  # WARC-Target-URI
    charset: str | None  # from the Content-Type header, a hint for decoding
    captured: datetime | None  # WARC-Date, the moment the page was fetched


def _open(path: str) -> IO[bytes]:
    if is_url(path):
        return open_url(path)
    try:
        return open(path, "rb")
    except OSError as exc:
        raise read_error(exc, path) from exc


def html_offsets(path: str, on_skip: Callable[[str], None] | None = None) -> Iterator[int]:
    """Yield the offset of every HTML page record in the WARC at ``path``, streaming.

    Pages are ``response`` records with HTTP status 200 and ``resource`` records, whose
    Content-Type is HTML (or, lacking one, whose payload starts like HTML). Other response
    and resource records are passed to ``on_skip`` with the reason; requests, metadata,
    warcinfo and revisit records are not pages and are ignored. When the archive cannot be
    read (any further), an offset is yielded for which :func:`read_page` reports the problem,
    so that it becomes an error record: where reading stopped, 0 for a file holding no
    record at all, or ``ONE_GZIP_STREAM`` for a .warc.gz that is not gzipped per record.
    """
    try:
        fh = _open(path)
    except ReadError:
        yield 0
        return
    with fh:
        it = _iterator(fh)
        offset, seen = 0, False
        try:
            for record in it:
                seen = True
                if not record.format.startswith("warc"):  # warcio reads any text line as an ARC header
                    raise DecodeError("not a WARC record")
                verdict = _classify(record)
                offset = it.get_record_offset()  # reads the record to its end
                if verdict == _PAGE:
                    yield offset
                elif verdict and on_skip is not None:
                    on_skip(verdict)
                offset = it.offset
        except Exception as exc:  # noqa: BLE001 - any reader failure becomes one error record
            yield ONE_GZIP_STREAM if "non-chunked gzip" in str(exc) else offset
            return
        if not seen:
            yield 0


def _classify(record: Any) -> str | None:  # a warcio ArcWarcRecord
    """``_PAGE`` for an HTML page, a skip reason for another capture, None for a non-capture."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:  # dns:, whois: and other non-HTTP captures
            return SKIP_NOT_HTML
        if http.get_statuscode() != "200":
            return SKIP_NOT_200
        content_type = http.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    if content_type:
        return _PAGE if _mime(content_type) in HTML_MIME_TYPES else SKIP_NOT_HTML
    head = record.content_stream().read(_SNIFF_BYTES)
    return _PAGE if _HTML_START.match(head) else SKIP_NOT_HTML


def _mime(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The charset named in a Content-Type header, if it is one Python knows."""
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return normalise_charset(m.group(1)) if m else None


def read_page(path: str, offset: int, max_bytes: int) -> WarcPage:
    """Read the record at ``offset`` of the WARC at ``path`` and return its decoded payload."""
    from warcio.exceptions import ArchiveLoadFailed

    if offset == ONE_GZIP_STREAM:
        raise DecodeError(f"the archive is one gzip stream: {_RECOMPRESS_HINT}")
    with _open(path) as fh:
        try:
            fh.seek(offset)
            record = next(iter(_iterator(fh)), None)
            if record is None or not record.format.startswith("warc"):
                raise DecodeError(f"no WARC record at offset {offset}")
            http = record.http_headers
            content_type = http.get_header("Content-Type") if http else record.rec_headers.get_header("Content-Type")
            data = record.content_stream().read(max_bytes + 1)
            if len(data) <= max_bytes and _truncated(record):
                raise DecodeError(f"WARC record at offset {offset} is cut short (a truncated archive)")
        except ArchiveLoadFailed as exc:
            raise DecodeError(_load_failure(path, offset, exc)) from exc
        except (OSError, EOFError, ValueError) as exc:
            raise DecodeError(f"broken WARC record at offset {offset}: {exc}") from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"payload larger than --max-bytes ({max_bytes} bytes)")
    headers = record.rec_headers
    return WarcPage(data, headers.get_header("WARC-Target-URI"), charset_of(content_type),
                    _warc_date(headers.get_header("WARC-Date")))


def _iterator(fh: IO[bytes]) -> Any:  # warcio's ArchiveIterator
    return _quiet_iterator_class()(fh)


@functools.cache
def _quiet_iterator_class() -> type:
    """warcio's ArchiveIterator, minus the warning it prints on stderr for each malformed gap
    between records: stderr carries one line per failed input, and the error record says it."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):
        def _consume_blanklines(self):  # noqa: ANN202 - warcio's signature
            with contextlib.redirect_stderr(io.StringIO()):
                return super()._consume_blanklines()

    return QuietIterator


def _truncated(record: Any) -> bool:  # a warcio ArcWarcRecord
    """True when the archive ends before the record's declared Content-Length."""
    raw = record.raw_stream
    if getattr(raw, "limit", 0) <= 0:
        return False
    while raw.read(BUFFER):  # the payload ended early (e.g. a last chunk): drain the rest
        pass
    return raw.limit > 0


def _load_failure(path: str, offset: int, exc: Exception) -> str:
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
    message = f"not a readable WARC record at offset {offset}: {first}"
    if path.lower().endswith(".gz") and offset:
        message += f" ({_RECOMPRESS_HINT})"
    return message


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
