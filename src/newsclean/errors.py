"""Exceptions: inputs that cannot be cleaned (each maps to an error record's ``type``), and runs
that cannot go on. Library code raises these; only the CLI turns them into messages and exit statuses."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class: an input that newsclean refuses, with a one-line reason."""

    kind = "error"


class EmptyInputError(NewscleanError):
    kind = "empty"


class BinaryInputError(NewscleanError):
    kind = "binary"


class TooLargeError(NewscleanError):
    kind = "too-large"


class DecodeError(NewscleanError):
    kind = "decode"


class ReadError(NewscleanError):
    kind = "read"


class TooDeepError(NewscleanError):
    """Markup nested deeper than the parser or the extractor can follow."""

    kind = "too-deep"


class OptionsError(ValueError):
    """Options that contradict each other or cannot be honoured: the CLI reports a usage error."""


class RunError(RuntimeError):
    """A whole run cannot go on (unreachable scheduler, unwritable output): one line, no traceback."""


class OutputError(RunError):
    """The output cannot be written (disk full, folder gone): no further record can be saved."""
