"""Speaking prompts aloud with QtTextToSpeech, and never letting speech hold up a test.

The engine is chosen by setting or ``--tts-engine`` (tests use Qt's "mock" engine).
QtTextToSpeech is imported only when the first prompt is spoken. With no engine, or an
engine in error, the app shows captions only (it always shows them) and carries on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Speaker(QObject):
    spoken = Signal(str)  # every text asked for, spoken or not: the caption follows it
    available_changed = Signal(bool)

    def __init__(self, engine: str = "", locale: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.engine_name = engine
        self.locale_name = locale
        self._tts = None
        self._tried = False
        self.enabled = True
        self.available = True  # until proven otherwise
        self.problem = ""

    def _engine(self):
        if self._tried:
            return self._tts
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = QTextToSpeech.availableEngines()
            name = self.engine_name
            if name and name not in engines:
                raise RuntimeError(f"the speech engine '{name}' is not installed")
            tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
            if tts.state() == QTextToSpeech.State.Error:
                raise RuntimeError(tts.errorString() or "the speech engine did not start")
            self._choose_voice(tts)
            tts.errorOccurred.connect(self._on_error)
            self._tts = tts
        except Exception as exc:  # any failure here means: captions only
            self._give_up(str(exc))
        return self._tts

    def _on_error(self, *_args) -> None:
        self._give_up(self._tts.errorString() if self._tts else "speech failed")

    def _give_up(self, why: str) -> None:
        self.problem = why
        self.available = False
        self._tts = None
        self.available_changed.emit(False)

    def set_locale(self, locale: str) -> None:
        """Speak another language from now on, in its voice where the engine has one."""
        self.locale_name = locale
        if self._tts is not None:
            self._tts.stop()
            self._choose_voice(self._tts)

    def _choose_voice(self, tts) -> None:
        from PySide6.QtCore import QLocale

        locales = [loc for loc in tts.availableLocales() if loc.name().startswith(self.locale_name)]
        if locales:
            tts.setLocale(locales[0])
        elif tts.availableLocales():
            tts.setLocale(QLocale(self.locale_name))

    def prepare(self) -> None:
        """Start the engine before a test, so the first prompt is not late."""
        if self.enabled:
            self._engine()

    def say(self, text: str) -> None:
        """Speak ``text`` without waiting; anything still being said is cut short, since
        in a timed test the newest prompt ("Stop") matters more than the last one."""
        self.spoken.emit(text)
        if not self.enabled or not text:
            return
        tts = self._engine()
        if tts is None:
            return
        try:
            tts.stop()
            tts.say(text)
        except Exception as exc:  # a broken engine must never stop the test
            self._give_up(str(exc))

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()
