"""Reading and decoding: bytes on disk to text, and sniffing HTML from plain text."""

from __future__ import annotations

import codecs
import errno
import functools
import gzip
import re
import zlib
from pathlib import Path
from typing import IO, Any

from . import settings
from .errors import BinaryInputError, DecodeError, EmptyInputError, ReadError, TooLargeError
from .settings import (
    BINARY_CONTROL_SHARE,
    BINARY_SAMPLE_BYTES,
    CHARSET_SCAN_BYTES,
    DETECT_SAMPLE_BYTES,
    MAX_BYTES,
    SNIFF_MIN_TAGS,
    SNIFF_SCAN_CHARS,
    SNIFF_START_CHARS,
)
from .textutil import drop_hidden_marks

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
# Only the encodings a web page can be in (the WHATWG list): a detector left free to pick any
# code page picks rare ones (mac_latin2, cp775) for ordinary Latin text.
_WEB_ENCODINGS = (
    "utf_8", "cp866", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7",
    "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r",
    "koi8_u", "mac_roman", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258", "mac_cyrillic", "gb18030", "big5", "euc_jp", "iso2022_jp",
    "shift_jis", "cp932", "euc_kr", "utf_16_be", "utf_16_le",
)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<div[\s>]|<p[\s>]|<article[\s>]",
    re.I,
)


def read_error(exc: OSError, path: str | Path | None = None) -> ReadError:
    """The one-line ``ReadError`` for an OS error met while opening or reading an input."""
    if isinstance(exc, IsADirectoryError):
        return ReadError("is a folder, not a file")
    if isinstance(exc, PermissionError):
        return ReadError("permission denied")
    if isinstance(exc, FileNotFoundError):
        broken = path is not None and Path(path).is_symlink()
        return ReadError("broken symlink" if broken else "no such file")
    if exc.errno == errno.ELOOP:
        return ReadError("symlink loop")
    return ReadError(exc.strerror or str(exc))


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file (transparently gunzipped), refusing more than ``max_bytes`` of content."""
    try:
        with open(path, "rb") as fh:
            return read_stream(fh, max_bytes)
    except OSError as exc:
        raise read_error(exc, path) from exc


def read_stream(fh: IO[bytes], max_bytes: int = MAX_BYTES) -> bytes:
    """Read a binary stream (a file, a pipe, stdin, an fsspec file), gunzipping it if it is gzip,
    refusing more than ``max_bytes`` of content."""
    if hasattr(fh, "peek"):  # peek, not seek: pipes and process substitutions cannot seek
        head = fh.peek(2)[:2]
    else:  # fsspec files have no peek, but seek
        head = fh.read(2)
        fh.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise DecodeError(f"broken gzip data: {exc}") from exc
        if len(data) > max_bytes:
            raise TooLargeError(f"decompresses to more than --max-bytes ({max_bytes} bytes)")
        return data
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def decode(data: bytes, hint: str | None = None) -> str:
    """Decode bytes to text: BOM, then a declared charset, then UTF-8, then a detector.

    ``hint`` is a charset known from outside the bytes (an HTTP Content-Type header); it is
    tried after UTF-8, since servers often send a default charset the page does not use.
    UTF-8 text wins over a declared single-byte charset (a page re-saved as UTF-8 keeps its old
    ``<meta charset>``), and UTF-8 with a few bad bytes is read as UTF-8, the bad bytes as U+FFFD.
    """
    if not data.strip():
        raise EmptyInputError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(enc, errors="replace"))
    if looks_binary(data):
        raise BinaryInputError("binary content, not HTML or text")
    declared = _declared_charset(data[:CHARSET_SCAN_BYTES])
    if declared and _single_byte(declared):
        utf8 = _utf8(data)
        if utf8 is not None:
            return _finish(utf8)
    if declared:
        try:
            return _finish(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # The page lies about its encoding: fall through to detection.
    utf8 = _utf8(data, any_ascii=True)
    if utf8 is not None:
        return _finish(utf8)
    if hint:
        try:
            return _finish(data.decode(hint))
        except (LookupError, UnicodeDecodeError):
            pass
    return _finish(_detect(data, declared or hint))


def _utf8(data: bytes, any_ascii: bool = False) -> str | None:
    """The bytes as UTF-8 when they are UTF-8, allowing a few broken sequences (a stray byte, a
    cut or a bad splice) decoded as U+FFFD; None when they are something else.

    Legacy code pages almost never form valid multi-byte UTF-8 sequences (an accented capital
    followed by a symbol from 0x80-0xBF), so text in which valid multi-byte characters are at
    least as many as broken bytes is UTF-8 with damage, not a code page. Pure ASCII counts as
    UTF-8 only with ``any_ascii`` (against a declared charset it proves nothing).
    """
    try:
        text = data.decode("utf-8")
        return text if any_ascii or not text.isascii() else None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    return text if valid >= max(1, replaced) else None


@functools.cache
def _single_byte(encoding: str) -> bool:
    """True for a code page of one byte per character (windows-1252, ISO-8859-x, KOI8-R…)."""
    if encoding.replace("_", "-").lower().startswith("utf"):
        return False
    try:
        return len(bytes(range(256)).decode(encoding, errors="replace")) == 256
    except LookupError:
        return False


def _declared_charset(head: bytes) -> str | None:
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = normalise_charset(m.group(1).decode("ascii", "ignore"))
    # A UTF-16/32 label found in ASCII-compatible bytes cannot be true, so it means UTF-8 (WHATWG).
    if name is not None and name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        return "utf-8"
    return name


def normalise_charset(label: str) -> str | None:
    """Python's codec name for a charset label (from a page or a Content-Type header), or None.

    As browsers do (WHATWG encoding spec), a latin-1 or ASCII label is read as windows-1252.
    """
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _detect(data: bytes, declared: str | None) -> str:
    """Decode undeclared, non-UTF-8 bytes with the encoding a detector finds most plausible."""
    results: Any = []
    best = None
    try:
        from charset_normalizer import from_bytes

        results = from_bytes(data[:DETECT_SAMPLE_BYTES], cp_isolation=list(_WEB_ENCODINGS))
        best = results.best()
    except Exception:  # noqa: BLE001 - a detector failure must not lose the file
        results = []
    if best is None or not best.encoding:
        return data.decode(declared or "cp1252", errors="replace")
    # Short Latin texts decode equally well in several single-byte code pages; windows-1252 is
    # by far the most common on the web, so it wins a tie.
    for match in results:
        if match.chaos <= best.chaos + 0.01 and "cp1252" in match.could_be_from_charset:
            return data.decode("cp1252", errors="replace")
    return data.decode(best.encoding, errors="replace")


def _finish(text: str) -> str:
    """Drop NUL characters (never meaningful in a page), repair double-decoded UTF-8, drop the marks
    that show nothing (soft hyphens, zero-width spaces) and refuse text with nothing in it."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("no text content")
    # (After the repair: a soft hyphen may be the second half of a double-decoded "í".)
    return drop_hidden_marks(repair_mojibake(text))


# UTF-8 read as windows-1252 (or Latin-1) and saved again as UTF-8: "é" became "Ã©", "’" became
# "â€™". A lead character (what a UTF-8 lead byte 0xC2-0xF4 reads as) and one to three continuation
# characters (what 0x80-0xBF read as: windows-1252's symbols, or Latin-1's C1 controls, or U+00A0-BF).
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014" \
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")
# A lead "Ã" whose continuation a renderer dropped or changed: 0xA0 (a no-break space, printed as a
# space: "Ã" and two spaces) was "à"; 0xAD (a soft hyphen, invisible: "Ã" before a letter or one
# space) was "í".
# (Only after a lower-case letter: a capital "Ã" in "SÃO PAULO" is Portuguese.)
_MOJIBAKE_LOST = re.compile("\u00c3(  )|(?<=[a-z\u00df-\u00ff])\u00c3(?=[a-z\u00df-\u00ff]| \\S)")


def _as_bytes(chars: str) -> bytes | None:
    """The bytes that decoded to ``chars`` as windows-1252 (Latin-1 for its five unused codes)."""
    out = bytearray()
    for ch in chars:
        if ord(ch) < 256:
            out.append(ord(ch))
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _undo(m: re.Match[str]) -> str:
    raw = _as_bytes(m.group(0))
    if raw is None:
        return m.group(0)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group(0)


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was decoded as windows-1252 somewhere upstream (a converter, a scraper's
    save), repaired: "Ã©tÃ©" is "été", "â€™" is "’".

    Only text where such sequences are common is touched: the repair must undo at least
    ``MOJIBAKE_MIN_FIXES`` sequences, and those must be most of the text's characters beyond ASCII
    (``MOJIBAKE_MIN_SHARE``); real text almost never holds an "Ã" followed by a symbol.
    """
    if "\u00c3" not in text and "\u00c2" not in text and "\u00e2\u20ac" not in text:
        return text  # (the lead characters of nearly all mojibake: Latin letters, spaces, punctuation)
    found = _MOJIBAKE.findall(text)
    fixed = [f for f in found if _as_bytes(f) is not None and _decodes(f)]
    if len(fixed) < settings.MOJIBAKE_MIN_FIXES:
        return text
    beyond_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if sum(map(len, fixed)) < settings.MOJIBAKE_MIN_SHARE * beyond_ascii:
        return text
    text = _MOJIBAKE.sub(_undo, text)
    return _MOJIBAKE_LOST.sub(lambda m: "\u00e0 " if m.group(1) else "\u00ed", text)


def _decodes(chars: str) -> bool:
    raw = _as_bytes(chars)
    try:
        return raw is not None and bool(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def prepare_text(text: str) -> str:
    """Already-decoded input gets the same checks as decoded bytes."""
    return _finish(text)


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other non-text bytes."""
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:BINARY_SAMPLE_BYTES]
    if not sample:
        return False
    # (Counted by deleting them in C: a Python loop over 8 KB cost a third of a millisecond per file.)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > BINARY_CONTROL_SHARE


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def sniff_format(text: str) -> str:
    """Return ``"html"`` when the text is markup, ``"text"`` otherwise."""
    head = text[:2 * SNIFF_START_CHARS].lstrip()
    if head.startswith("<") and _HTML_SNIFF.search(head[:SNIFF_START_CHARS]):
        return "html"
    tags = len(_HTML_SNIFF.findall(text[:SNIFF_SCAN_CHARS]))
    return "html" if tags >= SNIFF_MIN_TAGS else "text"
