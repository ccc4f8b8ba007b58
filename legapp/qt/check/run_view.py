"""The running test: a clock readable from across the room, the spoken words as a
caption, one very large button for the person's taps, and Stop always in reach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from legapp.qt.picture import Picture
from legapp.qt.widgets import BigButton


class RunView(QWidget):
    tapped = Signal()
    stop = Signal()
    pause = Signal()

    def __init__(self, images: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.images = images
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.phase_title = QLabel()
        self.phase_title.setObjectName("question")
        self.phase_title.setWordWrap(True)
        top.addWidget(self.phase_title, 1)
        self.pause_button = BigButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause)
        top.addWidget(self.pause_button)
        self.stop_button = BigButton(self.tr("\u25a0 Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAccessibleDescription(self.tr("Stops the test at once. Esc stops it too."))
        self.stop_button.clicked.connect(self.stop)
        top.addWidget(self.stop_button)
        layout.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.picture = Picture(images / "chair-stand.svg", 180)
        middle.addWidget(self.picture)
        self.text = QLabel()
        self.text.setWordWrap(True)
        middle.addWidget(self.text, 1)
        layout.addLayout(middle)

        self.clock_frame = QFrame()
        self.clock_frame.setObjectName("clockFrame")
        clock = QHBoxLayout(self.clock_frame)
        self.clock = QLabel("0")
        self.clock.setObjectName("bigClock")
        self.clock.setAccessibleName(self.tr("Time"))
        self.count = QLabel()
        self.count.setObjectName("bigCount")
        clock.addWidget(self.clock, 1)
        clock.addWidget(self.count)
        layout.addWidget(self.clock_frame)

        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("Spoken words"))
        layout.addWidget(self.caption)

        self.tap_button = BigButton("")
        self.tap_button.setObjectName("tapButton")
        self.tap_button.clicked.connect(self.tapped)
        layout.addWidget(self.tap_button)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(350)
        self._flash_timer.timeout.connect(lambda: self._set_flash(False))

    def show_phase(self, title: str, text: str, picture: str, tap_label: str) -> None:
        self.phase_title.setText(title)
        self.phase_title.setAccessibleName(title)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.text.setVisible(bool(text))
        if picture:
            self.picture.show_file(self.images / picture)
        self.picture.setVisible(bool(picture))
        self.tap_button.setVisible(bool(tap_label))
        self.tap_button.setText(tap_label)
        self.tap_button.setAccessibleName(tap_label)
        self.tap_button.setAccessibleDescription(self.tr("Space presses it too."))

    def show_time(self, seconds: float, count: int | None) -> None:
        whole = max(0, int(seconds + 0.999)) if seconds >= 0 else 0
        self.clock.setText(str(whole))
        self.clock.setAccessibleDescription(self.tr("{0} seconds").replace("{0}", str(whole)))
        self.count.setVisible(count is not None)
        if count is not None:
            self.count.setText(self.tr("Count: {0}").replace("{0}", str(count)))
            self.count.setAccessibleName(self.count.text())

    def show_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setAccessibleDescription(text)

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    def flash(self, _name: str = "") -> None:
        """Instead of a sound no one can hear: the clock's frame lights up briefly."""
        self._set_flash(True)
        self._flash_timer.start()

    def _set_flash(self, on: bool) -> None:
        self.clock_frame.setProperty("flash", on)
        self.clock_frame.style().unpolish(self.clock_frame)
        self.clock_frame.style().polish(self.clock_frame)

    def halt(self) -> None:
        self._flash_timer.stop()
        self._set_flash(False)
