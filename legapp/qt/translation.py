"""The app's language: Qt translators for the screens' words and the core's.

Words are written in English in the code (``self.tr`` on screens, ``translate`` in the
core, see legapp.i18n). ``make`` compiles ``i18n/legapp_<lang>.ts`` into
``resources/i18n/legapp_<lang>.qm``; Qt's own ``qtbase_<lang>.qm`` translates its
dialogs' buttons. English has only its plural forms ("1 result", "2 results"): made by
``lupdate -pluralonly`` into ``i18n/legapp_en.ts``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from legapp import i18n
from legapp.paths import resources_dir

_installed: list[QTranslator] = []
_PERCENT = {"es": "{number}\u00a0%"}  # how a percentage is written (never split from its number)


def _core_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def use_language(language: str, folder: Path | None = None) -> str | None:
    """Install the translators of ``language`` in place of the last ones. Returns a
    problem to tell the person (the words then stay in English), or None."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    i18n.install(_core_translate)
    # The decimal point is Qt's for the language; Spanish also puts a space before "%".
    i18n.install_numbers(locale.decimalPoint(), _PERCENT.get(language, "{number}%"))
    folder = folder or resources_dir() / "i18n"
    own = QTranslator(app)
    if not own.load(f"legapp_{language}", str(folder)):
        if language == "en":  # only the plural forms ("1 result", "2 results") are missing
            return None
        return f"The words for '{language}' are missing ({folder}). The app shows them in English."
    if language != "en":  # Qt's own words are English already
        from PySide6.QtCore import QLibraryInfo

        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    app.installTranslator(own)
    _installed.append(own)
    return None


# -- pseudo-localisation: every string about 40% longer, to find clipped layouts --------

_ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")


def pseudo(text: str) -> str:
    """``text`` with accents and about 40% more letters, placeholders kept as they are.
    Long words get longer (as German and Spanish words are) rather than gaining
    unbreakable padding, so word wrap behaves as it would in a real language."""
    if not text.strip():
        return text
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in "{<&":  # {0} placeholders, rich-text tags and &-mnemonics pass through
            end = {"{": "}", "<": ">", "&": ";"}[ch]
            j = text.find(end, i)
            if j != -1 and (ch != "&" or j - i < 8):
                out.append(text[i:j + 1])
                i = j + 1
                continue
        if ch.isalpha():
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            word = text[i:j]
            grow = max(1, round(len(word) * 0.4))
            out.append(word.translate(_ACCENTED) + word[-1].lower() * grow)
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class PseudoTranslator(QTranslator):
    """Used by tests and ``make screenshots`` only; never a language a person picks."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo(source_text)


def use_pseudo() -> QTranslator:
    app = QCoreApplication.instance()
    use_language("en")
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
    return translator
