"""Speaking prompts aloud with QtTextToSpeech, and never letting speech hold up a test.

The engine is chosen by setting or ``--tts-engine`` (tests use Qt's "mock" engine).
QtTextToSpeech is imported only when the first prompt is spoken. With no engine, or an
engine in error, the app shows captions only (it always shows them) and carries on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

RATES = (-0.5, -0.25, 0.0, 0.25, 0.5)  # QTextToSpeech's -1..1; the middle is the engine's usual pace


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
        self.rate_index = RATES.index(0.0)
        self._owner: object | None = None  # the page being read aloud
        self._queue: dict[int, int] = {}  # engine's utterance id -> sentence index
        self._sentences: list[str] = []
        self._at = -1
        self._paused = False
        self._heard = False  # the engine has begun what was queued (a stop's late "Ready" is not the end)

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
            tts.setRate(RATES[self.rate_index])
            tts.errorOccurred.connect(self._on_error)
            tts.sayingWord.connect(lambda _word, uid, _start, _length: self._saying(uid))
            tts.aboutToSynthesize.connect(self._about_to_say)
            tts.stateChanged.connect(self._state_changed)
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
        self._finish_reading()

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
        self._finish_reading()  # a test's prompt comes before any page being read
        try:
            tts.stop()
            tts.say(text)
        except Exception as exc:  # a broken engine must never stop the test
            self._give_up(str(exc))

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    # reading a page aloud, sentence by sentence -----------------------------------
    def read(self, owner: object, sentences: list[str], start: int = 0) -> bool:
        """Read ``sentences`` from ``start``, telling ``owner`` which one is being said.
        Returns False when there is no voice to read with (see ``problem``)."""
        tts = self._engine()
        if tts is None or not sentences:
            return False
        self._finish_reading()
        tts.stop()
        self._owner, self._sentences, self._paused = owner, list(sentences), False
        self._enqueue_from(start)
        return True

    def _enqueue_from(self, start: int) -> None:
        self._queue.clear()
        self._heard = False
        try:
            for i in range(start, len(self._sentences)):
                self._queue[self._tts.enqueue(self._sentences[i])] = i
        except Exception as exc:  # a broken engine: captions and the page stay
            self._give_up(str(exc))
            return
        self._show_at(start)

    def pause_reading(self) -> None:
        if self._owner is None or self._tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._paused = True
        if self._tts.engineCapabilities() & QTextToSpeech.Capability.PauseResume:
            self._tts.pause(QTextToSpeech.BoundaryHint.Word)
        else:  # engines that cannot pause: stop, and start again at this sentence
            self._queue.clear()
            self._tts.stop()

    def resume_reading(self) -> None:
        if self._owner is None or self._tts is None or not self._paused:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._paused = False
        if self._queue and self._tts.state() == QTextToSpeech.State.Paused:
            self._tts.resume()
        else:
            self._enqueue_from(max(0, self._at))

    def stop_reading(self, owner: object) -> None:
        if owner is self._owner:
            if self._tts is not None:
                self._tts.stop()
            self._finish_reading()

    def is_reading(self, owner: object) -> bool:
        return owner is self._owner

    def set_rate_index(self, index: int) -> None:
        """Slower or faster, for reading and prompts alike; applied from the next word."""
        self.rate_index = max(0, min(len(RATES) - 1, index))
        if self._tts is not None:
            self._tts.setRate(RATES[self.rate_index])

    def _saying(self, uid: int) -> None:
        if uid in self._queue:
            self._heard = True
            self._show_at(self._queue[uid])

    def _about_to_say(self, uid: int) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        words = self._tts is not None and self._tts.engineCapabilities() & \
            QTextToSpeech.Capability.WordByWordProgress
        if uid in self._queue:
            self._heard = True
            if not words:  # engines without word progress say it here
                self._show_at(self._queue[uid])

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        done = self._heard and self._at == len(self._sentences) - 1
        if state == QTextToSpeech.State.Ready and self._owner is not None and not self._paused and done:
            self._finish_reading()  # the last sentence has been said

    def _show_at(self, index: int) -> None:
        if index != self._at and self._owner is not None:
            self._at = index
            self._tell(self._owner, index)

    def _tell(self, owner: object, index: int) -> None:
        """The bar being read is told which sentence is being said (-1: stopped or done),
        directly: it is the only one that needs to know."""
        from contextlib import suppress

        with suppress(RuntimeError):  # its page went away while reading
            owner.on_reading(index)

    def _finish_reading(self) -> None:
        owner, self._owner = self._owner, None
        self._queue.clear()
        self._sentences, self._at, self._paused = [], -1, False
        if owner is not None:
            self._tell(owner, -1)
