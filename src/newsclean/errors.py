"""Exceptions for inputs that cannot be cleaned; each maps to an error record's ``type``."""

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


class CleanTimeoutError(NewscleanError):
    """Cleaning one input took longer than the per-file time limit."""

    kind = "timeout"
