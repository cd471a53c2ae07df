"""Writing records: JSON, JSON Lines or text, to stdout, a file, or a mirrored folder."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

FORM_FEED = "\f"


def dumps(record: dict[str, Any], pretty: bool) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def atomic_write(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def safe_join(root: Path, rel: str) -> Path:
    """``root/rel`` with any ``..``, absolute or empty parts dropped, so it stays inside root."""
    parts = [p for p in Path(rel).parts if p not in ("", ".", "..", "/") and not Path(p).is_absolute()]
    return root.joinpath(*parts) if parts else root / "input"


class Sink:
    """Where records go. ``stream`` formats write to one stream; ``folder`` mirrors the tree."""

    def __init__(self, fmt: str, pretty: bool, target: Path | None, folder: bool) -> None:
        self.fmt, self.pretty, self.target, self.folder = fmt, pretty, target, folder
        self.count = 0
        self._tmp: str | None = None
        self._fh: IO[str]
        if folder or target is None:
            self._fh = sys.stdout
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self._fh = os.fdopen(fd, "w", encoding="utf-8")

    def output_path(self, rel: str) -> Path:
        assert self.target is not None
        suffix = ".txt" if self.fmt == "text" else ".json"
        p = safe_join(self.target, rel)
        return p.with_name(p.name + suffix)

    def write(self, record: dict[str, Any], rel: str) -> None:
        if self.folder:
            content = (record.get("text") or "") + "\n" if self.fmt == "text" else dumps(record, True) + "\n"
            atomic_write(self.output_path(rel), content)
        elif self.fmt == "text":
            if self.count:
                self._fh.write(FORM_FEED + "\n")
            self._fh.write((record.get("text") or "") + "\n")
        elif self.fmt == "json-array":
            self._fh.write(("[\n" if not self.count else ",\n") + dumps(record, self.pretty))
        else:
            self._fh.write(dumps(record, self.pretty) + "\n")
        self.count += 1
        self._fh.flush()

    def close(self, complete: bool = True) -> None:
        if self.fmt == "json-array" and not self.folder:
            self._fh.write("[]\n" if not self.count else "\n]\n")
        self._fh.flush()
        if self._tmp is not None:
            self._fh.close()
            if complete or self.count:
                assert self.target is not None
                os.replace(self._tmp, self.target)
            else:
                os.unlink(self._tmp)
            self._tmp = None
