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
