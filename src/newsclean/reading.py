"""Reading and decoding: bytes on disk to text, and sniffing HTML from plain text."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path

from .errors import BinaryInputError, DecodeError, EmptyInputError, ReadError, TooLargeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)
# Magic numbers of formats that are certainly not a scrape.
_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"PK\x05\x06", b"\x7fELF",
    b"RIFF", b"\x00\x00\x01\x00", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3",
    b"\x1a\x45\xdf\xa3", b"wOFF", b"wOF2", b"\xca\xfe\xba\xbe", b"MZ",
)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<div[\s>]|<p[\s>]|<article[\s>]",
    re.I,
)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file (transparently gunzipped), refusing more than ``max_bytes`` of content."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            if head == b"\x1f\x8b":
                return _read_gzip(fh, max_bytes)
            data = fh.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise ReadError("is a folder, not a file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except FileNotFoundError as exc:
        raise ReadError("no such file (or a broken symlink)") from exc
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def _read_gzip(fh, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=fh) as gz:
            data = gz.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"broken gzip data: {exc}") from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"decompresses to more than --max-bytes ({max_bytes} bytes)")
    return data


def decode(data: bytes) -> str:
    """Decode bytes to text: BOM, then a declared charset, then UTF-8, then a detector."""
    if not data.strip():
        raise EmptyInputError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(enc, errors="replace"))
    if looks_binary(data):
        raise BinaryInputError("binary content, not HTML or text")
    declared = _declared_charset(data[:4096])
    if declared:
        try:
            return _finish(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # The page lies about its encoding: fall through to detection.
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _finish(_detect(data, declared))


def _declared_charset(head: bytes) -> str | None:
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read a declared latin-1 as windows-1252; so do we (WHATWG encoding spec).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _detect(data: bytes, declared: str | None) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - a detector failure must not lose the file
        pass
    return data.decode(declared or "cp1252", errors="replace")


def _finish(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("no text content")
    return text


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other non-text bytes."""
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.10


def sniff_format(text: str) -> str:
    """Return ``"html"`` when the text is markup, ``"text"`` otherwise."""
    head = text[:4096].lstrip()
    if head.startswith("<") and _HTML_SNIFF.search(head[:2048]):
        return "html"
    tags = len(_HTML_SNIFF.findall(text[:20000]))
    return "html" if tags >= 3 else "text"
