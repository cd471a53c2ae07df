"""Storage access: fsspec URLs (s3://, gcs://, file://, …) and atomic writes.

fsspec is imported only when a URL is met: local runs never need it. Files written here appear
whole or not at all (a temporary file in the same folder, then a rename), carry the permissions
the umask allows (as a shell redirection would), and have short temporary names, so that an output
name near the file system's 255-byte limit still fits.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from .errors import ReadError
from .reading import read_error, read_stream
from .settings import WARC_GLOBS

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")


def is_url(path: str) -> bool:
    """True for an fsspec URL (``scheme://…``); plain paths, even ``C:\\…``, are not URLs."""
    return bool(_URL.match(path))


_WARC_SUFFIXES = tuple(g.lstrip("*") for g in WARC_GLOBS)


def is_warc(path: str) -> bool:
    """True when ``path`` names a WARC file (``.warc`` or ``.warc.gz``), read record by record.

    (A name test, here so that a run without WARC inputs never imports the archive reader.)
    """
    return path.lower().endswith(_WARC_SUFFIXES)


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise ReadError("reading a URL needs fsspec (pip install 'newsclean[dask]', or fsspec "
                        "with the protocol's driver, e.g. s3fs)") from None
    return fsspec


def url_fs(url: str) -> tuple[Any, str]:
    """(filesystem, path inside it) for a URL; a missing protocol driver is a ReadError."""
    try:
        return _fsspec().core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise ReadError(f"cannot open {url.split('://', 1)[0]}:// URLs: {exc}") from exc


def url_modified(url: str) -> datetime | None:
    """A URL's modification time, or None where its file system does not keep one."""
    fs, path = url_fs(url)
    try:
        stamp = fs.modified(path)
    except (NotImplementedError, OSError, ValueError):
        return None
    if not isinstance(stamp, datetime):
        return None
    # Local naive time, as for files on disk (datetime.fromtimestamp).
    return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp


def open_url(url: str) -> IO[bytes]:
    """Open a URL for binary reading (seekable, as fsspec files are)."""
    fs, path = url_fs(url)
    try:
        return fs.open(path, "rb")
    except OSError as exc:
        raise read_error(exc) from exc


def read_url(url: str, max_bytes: int) -> bytes:
    """Read a file named by a URL, gunzipping it if it is gzip, refusing more than ``max_bytes``."""
    with open_url(url) as fh:
        try:
            return read_stream(fh, max_bytes)
        except OSError as exc:
            raise ReadError(exc.strerror or str(exc)) from exc


def list_url(url: str, matcher: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """(file URL, path relative to ``url``) for a URL folder's matching files, in sorted order.

    Hidden files and folders are skipped as in a local walk. A URL that is not a folder is
    yielded itself (reading it reports any problem as that input's error record).
    """
    try:
        fs, root = url_fs(url)
        is_dir = fs.isdir(root)
    except (ReadError, OSError):
        is_dir = False
    if not is_dir:
        yield url, url.rstrip("/").rsplit("/", 1)[-1] or "input"
        return
    root = root.rstrip("/")
    for path in sorted(fs.find(root)):
        rel = path[len(root):].lstrip("/")
        parts = rel.split("/")
        if any(p.startswith(".") for p in parts) or not matcher.match(parts[-1].lower()):
            continue
        yield fs.unstrip_protocol(path), rel


def temp_name() -> str:
    """A hidden, unique, short name for a file being written (hidden: a folder walk skips it)."""
    return f".newsclean-{os.urandom(8).hex()}.tmp"


def create_file(path: str | Path) -> IO[bytes]:
    """Create ``path`` for writing, failing if it exists, with the permissions the umask allows.

    (``tempfile.mkstemp`` would give 0600 whatever the umask.)
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    return os.fdopen(fd, "wb")


@contextlib.contextmanager
def atomic_open(target: str | Path) -> Iterator[IO[bytes]]:
    """A binary file that appears as ``target`` (a path or an fsspec URL) only once completely written.

    The temporary name is unique, so two writers of one target (a retried Dask partition) never
    clash; on any failure it is removed.
    """
    target = str(target)
    if is_url(target):
        fs, final = url_fs(target)
        tmp = f"{final.rsplit('/', 1)[0]}/{temp_name()}"
        try:
            with fs.open(tmp, "wb") as fh:
                yield fh
            fs.mv(tmp, final)  # object stores publish a written object whole anyway
        except BaseException:
            with contextlib.suppress(Exception):
                fs.rm(tmp)
            raise
        return
    tmp_path = os.path.join(os.path.dirname(target) or ".", temp_name())
    try:
        with create_file(tmp_path) as fh:
            yield fh
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_path)
        raise


def atomic_write(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` (creating its folder) through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path) as fh:
        fh.write(content)
