"""Writing records: JSON, JSON Lines or text, to stdout, a file, or a mirrored folder.

Everything is written as UTF-8 bytes whatever the locale. Files are never left half-written:
each mirrored record, and a whole ``.jsonl``/``.json`` output, goes through a temporary file in
the same folder and a rename.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from .storage import atomic_write, create_file

FORM_FEED = "\f"


def dumps(record: dict[str, Any], pretty: bool) -> str:
    """The record as JSON text (pretty: indented; otherwise one line)."""
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def encode_record(record: dict[str, Any], pretty: bool) -> bytes:
    """The record as UTF-8 JSON bytes.

    A file name that is not valid UTF-8 reaches the record as lone surrogates, which UTF-8
    cannot carry; that record is then written with ASCII escapes, still valid JSON.
    """
    try:
        return dumps(record, pretty).encode("utf-8")
    except UnicodeEncodeError:
        indent = 2 if pretty else None
        separators = None if pretty else (",", ":")
        return json.dumps(record, ensure_ascii=True, indent=indent, separators=separators).encode("ascii")


def _text_bytes(record: dict[str, Any]) -> bytes:
    return ((record.get("text") or "") + "\n").encode("utf-8", errors="replace")


def partial_path(target: Path) -> Path:
    """Where a ``-o FILE`` output is written until complete: a hidden name beside it, the same for
    every run, so that a run killed with -9 leaves its complete records where the next finds them."""
    return target.with_name(f".{target.name}.partial.tmp")


def safe_join(root: Path, rel: str) -> Path:
    """``root/rel`` with any ``..``, absolute or empty parts dropped, so it stays inside root."""
    parts = [p for p in Path(rel).parts if p not in ("", ".", "..", "/") and not Path(p).is_absolute()]
    return root.joinpath(*parts) if parts else root / "input"


class OutsideOutputError(OSError):
    """An output path that would resolve outside the output folder (through a symlink)."""


class Sink:
    """Where records go. ``stream`` formats write to one stream; ``folder`` mirrors the tree.

    Raises ``OSError`` at construction when the target cannot be created (a file in the way).
    """

    def __init__(self, fmt: str, pretty: bool, target: Path | None, folder: bool) -> None:
        self.fmt, self.pretty, self.target, self.folder = fmt, pretty, target, folder
        self.count = 0
        self._tmp: str | None = None
        self._fh: IO[bytes]
        self._inside: set[str] = set()  # output folders already checked to be inside the root
        if folder:
            assert target is not None
            target.mkdir(parents=True, exist_ok=True)
            self._root = os.path.realpath(target)
            self._inside.add(self._root)
            self._fh = sys.stdout.buffer
        elif target is None:
            sys.stdout.flush()
            self._fh = sys.stdout.buffer
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._tmp = str(partial_path(target))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._tmp)  # left by a run killed with -9
            self._fh = create_file(self._tmp)

    def output_path(self, rel: str) -> Path:
        """Where the record for an input at ``rel`` (relative to its root) is written."""
        assert self.target is not None
        suffix = ".txt" if self.fmt == "text" else ".json"
        p = safe_join(self.target, rel)
        return p.with_name(p.name + suffix)

    def write(self, record: dict[str, Any], rel: str) -> None:
        """Write one record; in a folder, atomically, and never outside the folder."""
        if self.folder:
            path = self.output_path(rel)
            self._check_inside(path.parent)
            content = _text_bytes(record) if self.fmt == "text" else encode_record(record, True) + b"\n"
            atomic_write(path, content)
        elif self.fmt == "text":
            separator = (FORM_FEED + "\n").encode() if self.count else b""
            self._fh.write(separator + _text_bytes(record))
        elif self.fmt == "json-array":
            self._fh.write((b"[\n" if not self.count else b",\n") + encode_record(record, self.pretty))
        else:
            self._fh.write(encode_record(record, self.pretty) + b"\n")
        self.count += 1
        self._fh.flush()

    def _check_inside(self, folder: Path) -> None:
        # ``..`` is already gone (safe_join); a symlink inside an existing output folder could still
        # lead out of it, so the real path of each output folder is checked once.
        key = str(folder)
        if key in self._inside:
            return
        real = os.path.realpath(folder)
        if real != self._root and not real.startswith(self._root + os.sep):
            raise OutsideOutputError(f"{folder} leads outside the output folder (symlink)")
        self._inside.add(key)

    def close(self, complete: bool = True) -> None:
        """Finish the output; an interrupted ``.jsonl`` keeps the complete records written so far."""
        if self.fmt == "json-array" and not self.folder:
            self._fh.write(b"[]\n" if not self.count else b"\n]\n")
        self._fh.flush()
        if self._tmp is not None:
            self._fh.close()
            if complete or self.count:
                assert self.target is not None
                os.replace(self._tmp, self.target)
            else:
                os.unlink(self._tmp)
            self._tmp = None
