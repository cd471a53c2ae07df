"""Writing records: JSON, JSON Lines or text, to stdout, a file, or a mirrored folder.

How the output kind is chosen (``plan``), in order:
- no ``-o``, or ``-o -``: stdout. Pretty JSON only for a person: one input on a terminal. Whenever
  stdout is not a terminal, every record is one line, whatever the number of inputs.
- ``-o PATH`` naming an existing folder, or ending in ``/``, or without an extension: a folder
  mirroring the input tree (``REL.json``, or ``REL.txt`` with ``--format text``).
- ``-o FILE.jsonl`` / ``FILE.json`` / ``FILE.txt``: one file of that kind. ``--format`` may only
  repeat what the extension says; any other extension is refused (it cannot be guessed).

Everything is written as UTF-8 bytes whatever the locale. Files are never left half-written: each
mirrored record goes through a temporary file and a rename, and a ``-o FILE`` is written to a
hidden ``.FILE.partial.tmp`` that is renamed when the run ends. Files get the permissions the
umask allows. Mirrored names longer than the file system accepts are shortened (``short_name``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import OptionsError, OutputError
from .settings import MAX_NAME_BYTES
from .storage import atomic_write, create_file, temp_name

FORM_FEED = "\f"
FILE_KINDS = {".jsonl": "jsonl", ".json": "json", ".txt": "text"}
# Errors after which no further record can be written anywhere in the output: the run stops.
FATAL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})


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


@dataclass(frozen=True)
class Plan:
    """Where and how records are written: ``fmt`` is json, json-array, jsonl or text."""

    fmt: str
    pretty: bool
    target: Path | None  # None: stdout
    folder: bool


def plan(output: str | None, fmt: str | None, compact: bool, single: bool, tty: bool) -> Plan:
    """Choose the output from ``-o``, ``--format``, ``--compact``, the number of inputs
    (``single``) and whether stdout is a terminal; contradictions raise ``OptionsError``."""
    if compact and fmt == "text":
        raise OptionsError("--compact applies to JSON output, not --format text")
    if output is None or output == "-":
        kind = fmt or ("json" if single and tty else "jsonl")
        if kind == "json" and not single:
            kind = "json-array"
        return Plan(kind, pretty=tty and not compact and kind != "jsonl", target=None, folder=False)
    target = Path(output)
    suffix = target.suffix.lower()
    is_dir = target.is_dir()
    if not is_dir and not output.endswith(("/", os.sep)) and suffix in FILE_KINDS:
        kind = FILE_KINDS[suffix]
        if fmt not in (None, kind):
            raise OptionsError(f"--format {fmt} contradicts -o {output} (a {suffix} file holds {kind})")
        if kind == "json" and not single:
            kind = "json-array"
        return Plan(kind, pretty=not compact and kind != "jsonl", target=target, folder=False)
    if not is_dir and target.exists():
        raise OptionsError(f"-o {output}: exists and is not a folder (name a folder, or a .jsonl/.json/.txt file)")
    if not is_dir and suffix and not output.endswith(("/", os.sep)):
        raise OptionsError(f"-o {output}: cannot tell the output kind from '{target.suffix}': name a folder "
                           "(no extension, or a trailing /) or a .jsonl, .json or .txt file")
    kind = fmt or "json"
    return Plan(kind, pretty=kind == "json" and not compact, target=target, folder=True)


def short_name(name: str, suffix: str, limit: int = MAX_NAME_BYTES) -> str:
    """``name + suffix``, shortened to ``limit`` bytes when longer: the name is cut (at a character
    boundary) and ``~`` and 8 hex digits of the full name's SHA-1 are added, so two long names
    that share their start still get distinct, stable output names."""
    full = os.fsencode(name + suffix)
    if len(full) <= limit:
        return name + suffix
    import hashlib  # (only for long names: hashlib loads OpenSSL, ~2 ms of every start-up)

    tag = "~" + hashlib.sha1(full).hexdigest()[:8]
    room = limit - len(os.fsencode(tag + suffix))
    cut = name
    while len(os.fsencode(cut)) > room:
        cut = cut[:-1]
    return cut + tag + suffix


def safe_join(root: Path, rel: str) -> Path:
    """``root/rel`` with any ``..``, absolute or empty parts dropped, so it stays inside root."""
    parts = [p for p in Path(rel).parts if p not in ("", ".", "..", "/") and not Path(p).is_absolute()]
    return root.joinpath(*parts) if parts else root / "input"


def partial_path(target: Path) -> Path:
    """Where a ``-o FILE`` is written until the run ends: a hidden name beside it, the same for every
    run, so that a run killed with -9 leaves its complete records where ``--skip-existing`` finds them."""
    return target.with_name(short_name(f".{target.name}", ".partial.tmp"))


# A folder holding this (hidden) file is an output folder of newsclean: walking never enters it,
# so a run's output never becomes the next run's input.
OUTPUT_MARKER = ".newsclean-output"


class OutsideOutputError(OSError):
    """An output path that would resolve outside the output folder (through a symlink)."""


class Sink:
    """Where records go: one stream (stdout or a file), or a folder mirroring the input tree.

    The target is checked at construction, before any work: an ``OSError`` then means it
    cannot be written (a file in the way, a read-only folder).
    """

    def __init__(self, p: Plan, resume: bool = False) -> None:
        self.fmt, self.pretty, self.target, self.folder = p.fmt, p.pretty, p.target, p.folder
        self.count = 0
        self.done: set[str] = set()  # sources already in a resumed -o FILE.jsonl
        self._tmp: str | None = None
        self._fh: IO[bytes] = sys.stdout.buffer
        self._inside: set[str] = set()  # output folders already checked to be inside the root
        if p.target is None:
            sys.stdout.flush()
        elif p.folder:
            self._open_folder(p.target)
        else:
            self._open_file(p.target, resume)

    def _open_folder(self, target: Path) -> None:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / temp_name()
        create_file(probe).close()  # fails now, not once per record, if the folder is not writable
        probe.unlink()
        marker = target / OUTPUT_MARKER
        if not marker.exists():
            create_file(marker).close()
        self._root = os.path.realpath(target)
        self._inside.add(self._root)

    def _open_file(self, target: Path, resume: bool) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_path(target)
        earlier = None  # a partial file left by a killed run, read back when resuming
        if resume and partial.exists():
            earlier = partial.with_name(temp_name())
            os.replace(partial, earlier)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(partial)
        self._tmp = str(partial)
        self._fh = create_file(partial)
        if resume:
            for path in (target, earlier):
                if path is not None:
                    self._copy_complete_records(path)
            if earlier is not None:
                os.unlink(earlier)

    def _copy_complete_records(self, path: Path) -> None:
        """Copy each complete JSON Lines record of ``path`` not copied yet (one per source), streaming.

        A torn last line (a run killed while writing it) lacks its newline or does not parse: dropped.
        """
        with contextlib.suppress(FileNotFoundError), open(path, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    continue
                try:
                    source = json.loads(line).get("source")
                except (ValueError, AttributeError):
                    continue
                if isinstance(source, str) and source not in self.done:
                    self._fh.write(line)
                    self.done.add(source)
                    self.count += 1

    def output_path(self, rel: str) -> Path:
        """Where the record for an input at ``rel`` (relative to its root) is written in a folder."""
        assert self.target is not None
        suffix = ".txt" if self.fmt == "text" else ".json"
        p = safe_join(self.target, rel)
        return p.with_name(short_name(p.name, suffix))

    def exists(self, rel: str, source: str) -> bool:
        """True when the input's record is already written (``--skip-existing``)."""
        return source in self.done if not self.folder else self.output_path(rel).exists()

    def write(self, record: dict[str, Any], rel: str) -> None:
        """Write one record; in a folder, atomically, and never outside the folder.

        In a folder, a failed input's text (``--format text``) is not written: an empty ``.txt``
        would look like an empty article (its error is on stderr). Raises ``OutputError`` when the
        output cannot take any more (disk full), ``OSError`` when this one record cannot be written.
        """
        try:
            if self.folder:
                self._write_file(record, rel)
            else:
                self._write_stream(record)
        except OSError as exc:
            if exc.errno in FATAL_ERRNOS:
                raise OutputError(f"cannot write the output: {exc.strerror or exc}") from exc
            raise

    def _write_file(self, record: dict[str, Any], rel: str) -> None:
        if self.fmt == "text" and record.get("error"):
            return
        path = self.output_path(rel)
        self._check_inside(path.parent)
        content = _text_bytes(record) if self.fmt == "text" else encode_record(record, self.pretty) + b"\n"
        atomic_write(path, content)
        self.count += 1

    def _write_stream(self, record: dict[str, Any]) -> None:
        if self.fmt == "text":
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
            tmp, self._tmp = self._tmp, None
            self._fh.close()
            if complete or self.count:
                assert self.target is not None
                os.replace(tmp, self.target)
            else:
                os.unlink(tmp)

    def discard(self) -> None:
        """Give up the output after a fatal write error: no partial or temporary file is left."""
        if self._tmp is not None:
            tmp, self._tmp = self._tmp, None
            with contextlib.suppress(OSError):
                self._fh.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp)
