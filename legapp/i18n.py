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

_translator: Callable[[str, str, str | None, int], str] | None = None


def install(translator: Callable[[str, str, str | None, int], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language. With ``n`` (a count) the words agree with it:
    ``translate("Search", "%n result(s)", None, 1)`` is "1 result" (Qt's plural forms, one
    set per language; English has its own, i18n/legapp_en.ts)."""
    if _translator is None:
        return english_plural(text, n)
    return _translator(context, text, disambiguation, n)


def english_plural(text: str, n: int) -> str:
    """The English forms where no translator is installed (the core alone, the command
    line): "%n" is the count, "(s)" an "s" for any count but one."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


# How numbers are written in the person's language: "3.5%" in English, "3,5 %" in
# Spanish. Set with the translator (legapp.qt.translation.use_language).
_decimal_point = "."
_percent = "{number}%"


def install_numbers(decimal_point: str, percent: str) -> None:
    """``percent`` has "{number}" where the number goes: "{number}%", "{number} %"."""
    global _decimal_point, _percent
    _decimal_point, _percent = decimal_point, percent


def number(x: float, digits: int = 1) -> str:
    """``x`` to at most ``digits`` decimals, none when whole, with the language's decimal point."""
    return f"{round(float(x), digits):g}".replace(".", _decimal_point)


def percent(x: float, digits: int = 0) -> str:
    return _percent.format(number=number(x, digits))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
