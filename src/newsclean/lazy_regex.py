"""Regular expressions compiled on first use rather than at import.

A module-level ``re.compile`` runs in every process that imports the module, whether or not the
input needs the expression: Python's regex compiler is written in Python, and the large expressions
(month names in ten languages, clock times with time zones) cost milliseconds each. One
``newsclean clean small.txt`` in a shell loop pays that for every file, so the expressions that only
some inputs need are declared with ``lazy_compile`` instead.

After the first call the compiled pattern's methods are stored on the object itself, so later calls
go straight to them (no extra Python call on the hot path).

Character classes over whole scripts (CJK, wide characters) are the slowest to compile (the compiler
walks every code point of a range) and most texts never contain one. ``below`` and ``cheap`` let such
a pattern answer a text whose characters all lie below its far scripts by a small expression (or
"no match") without compiling the whole one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in that compiles itself the first time one of its methods is used."""

    def __init__(self, pattern: str, flags: int = 0, below: str = "", cheap: str | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.below = below
        self._cheap = None if cheap is None else LazyPattern(cheap, flags)
        self._compiled: re.Pattern[str] | None = None

    def _is_below(self, string: str, pos: int, endpos: int) -> bool:
        """True if every character of ``string[pos:endpos]`` is below ``below`` (then ``cheap`` answers)."""
        part = string if pos <= 0 and endpos >= len(string) else string[max(pos, 0):max(endpos, 0)]
        return not part or max(part) < self.below

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
        if self.below and self._is_below(string, pos, endpos):
            return None if self._cheap is None else self._cheap.match(string, pos, endpos)
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if self.below and self._is_below(string, pos, endpos):
            return None if self._cheap is None else self._cheap.search(string, pos, endpos)
        return self.compiled().search(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        if self.below and self._is_below(string, pos, endpos):
            return None if self._cheap is None else self._cheap.fullmatch(string, pos, endpos)
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if self.below and self._is_below(string, pos, endpos):
            return iter(()) if self._cheap is None else self._cheap.finditer(string, pos, endpos)
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``re.Pattern.findall``."""
        if self.below and self._is_below(string, pos, endpos):
            return [] if self._cheap is None else self._cheap.findall(string, pos, endpos)
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


def lazy_compile(pattern: str, flags: int = 0, *, below: str = "", cheap: str | None = None) -> LazyPattern:
    """``re.compile(pattern, flags)``, deferred until the expression is first used.

    ``below`` and ``cheap`` (for character classes over far scripts): on any text whose characters
    are all below ``below``, the expression ``cheap`` gives the same answers as ``pattern`` (None:
    ``pattern`` cannot match such a text), so those texts need only ``cheap`` compiled.
    """
    return LazyPattern(pattern, flags, below, cheap)
