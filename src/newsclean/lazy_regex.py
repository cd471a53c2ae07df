"""Regular expressions compiled on first use rather than at import.

A module-level ``re.compile`` runs in every process that imports the module, whether or not the
input needs the expression: Python's regex compiler is written in Python, and the large expressions
(month names in ten languages, clock times with time zones) cost milliseconds each. One
``newsclean clean small.txt`` in a shell loop pays that for every file, so the expressions that only
some inputs need are declared with ``lazy_compile`` instead.

After the first call the compiled pattern's methods are stored on the object itself, so later calls
go straight to them (no extra Python call on the hot path).

Character classes over whole scripts (CJK, wide characters) are the slowest to compile (the compiler
walks every code point of a range) and most texts never contain one: ``min_char`` lets such a
pattern answer "no match" for a text whose characters all lie below its script, without compiling.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in that compiles itself the first time one of its methods is used."""

    def __init__(self, pattern: str, flags: int = 0, min_char: str = "") -> None:
        self.pattern = pattern
        self.flags = flags
        self.min_char = min_char
        self._compiled: re.Pattern[str] | None = None

    def _cannot_match(self, string: str, pos: int, endpos: int) -> bool:
        """True if no match can exist: every character of ``string[pos:endpos]`` is below ``min_char``."""
        if not self.min_char:
            return False
        part = string if pos <= 0 and endpos >= len(string) else string[max(pos, 0):max(endpos, 0)]
        return not part or max(part) < self.min_char

    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiling it now if needed)."""
        if self._compiled is None:
            rx = re.compile(self.pattern, self.flags)
            # Instance attributes shadow the methods below: later calls skip this wrapper.
            for name in ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(rx, name))
            self._compiled = rx
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled().search(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if self._cannot_match(string, pos, endpos):
            return iter(())
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``re.Pattern.findall``."""
        if self._cannot_match(string, pos, endpos):
            return []
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        """``re.Pattern.subn``."""
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """``re.Pattern.split``."""
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0, *, min_char: str = "") -> LazyPattern:
    """``re.compile(pattern, flags)``, deferred until the expression is first used.

    ``min_char``: every match of ``pattern`` holds a character at or above it (a pattern made of
    character classes of far scripts), so texts below it are answered without compiling.
    """
    return LazyPattern(pattern, flags, min_char)
