"""Words the core shows, translated by whoever runs it (no Qt).

The core marks what a person reads with ``translate(context, text)`` and, in tables
built at import time, ``QT_TRANSLATE_NOOP(context, text)`` (translated where used).
Qt's ``pyside6-lupdate`` finds both, so these words sit in the same ``.ts`` files as
the screens' own. The Qt layer installs ``QCoreApplication.translate`` at start; the
core alone (tests, the command line) speaks English.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = {"en": "English", "es": "Español"}  # each named in its own language

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
