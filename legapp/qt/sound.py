"""Start and end tones for the timed tests. QtMultimedia is imported on first use.
With no audio device (or no multimedia at all) a visual flash replaces the sound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, Signal


class SoundPlayer(QObject):
    flash = Signal(str)  # emitted when a sound cannot be heard: show it instead

    def __init__(self, sounds_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        # Loading multimedia (for tones and speech) lists every optional video-decoding
        # library it could not find; none is needed here, so those lines are not shown
        # (wherever a player is made: the app's window, a page built alone, the bench).
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false")
        self.sounds_dir = Path(sounds_dir)
        self.enabled = True
        self._effects: dict[str, object] = {}
        self._audio: bool | None = None

    def _has_audio(self) -> bool:
        if self._audio is None:
            try:
                from PySide6.QtMultimedia import QMediaDevices

                self._audio = bool(QMediaDevices.audioOutputs())
            except Exception:
                self._audio = False
        return self._audio

    def prepare(self) -> None:
        """Load multimedia and the tones before a test starts, not at "Go" (the first
        load takes a moment that must not fall inside a timed step)."""
        if self.enabled and self._has_audio():
            for name in ("start", "end"):
                self._effect(name)

    def _effect(self, name: str):
        effect = self._effects.get(name)
        if effect is None:
            from PySide6.QtCore import QUrl  # its type (and enums) load with the first tone
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.sounds_dir / f"{name}.wav")))
            effect.setVolume(0.8)
            self._effects[name] = effect
        return effect

    def play(self, name: str) -> None:
        if not self.enabled or not self._has_audio():
            self.flash.emit(name)
            return
        self._effect(name).play()
