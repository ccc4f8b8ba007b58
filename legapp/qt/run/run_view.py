"""The running test: a clock readable from across the room, the spoken words as a
caption, one very large button for the person's taps, and Stop always in reach.

It does not scroll as a whole: Stop, the clock and the big button keep their place at
every text size, and only the picture and the words of the step scroll if they must."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from legapp.qt.accessible import announce, heading
from legapp.qt.picture import Picture
from legapp.qt.widgets import BigButton


def _label(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def _unit(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("clockUnit")
    label.setWordWrap(True)
    label.setMaximumWidth(240)
    return label


class RunView(QWidget):
    tapped = Signal()
    stop = Signal()
    pause = Signal()
    skip = Signal()

    def __init__(self, images: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.images = images
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.phase_title = heading(_label("phaseTitle"))  # the screen's title while the page's is hidden
        self._clock_kind = ""  # what the clock shows in this phase (see show_phase)
        self._said_time: int | None = None  # the time left last announced (or first shown)
        self._said_count = 0
        top.addWidget(self.phase_title, 1)
        self.pause_button = BigButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause)
        top.addWidget(self.pause_button)
        self.stop_button = BigButton(self.tr("\u25a0 Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.setAccessibleDescription(self.tr("Stops the test at once. Esc stops it too."))
        self.stop_button.clicked.connect(self.stop)
        top.addWidget(self.stop_button)
        layout.addLayout(top)
        # Where the person is in a longer run (an exercise session); hidden unless set.
        self.progress = _label("runProgress")
        self.progress.hide()
        layout.addWidget(self.progress)

        # The words and picture of the step: the one part that may scroll.
        steps = QWidget()
        steps.setObjectName("pageBody")
        middle = QHBoxLayout(steps)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(16)
        self.picture = Picture(images / "chair-stand.svg", 130)
        middle.addWidget(self.picture)
        self.text = _label("runText")
        middle.addWidget(self.text, 1)
        self.text_area = QScrollArea()
        self.text_area.setObjectName("runTextArea")
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setWidget(steps)
        self.text_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text_area.setMinimumHeight(60)
        layout.addWidget(self.text_area, 1)

        # The clock frame: time on the left, the words just spoken in the middle, the
        # count on the right, each unit beside its number to save height at large text.
        self.clock_frame = QFrame()
        self.clock_frame.setObjectName("clockFrame")
        clock_row = QHBoxLayout(self.clock_frame)
        clock_row.setContentsMargins(24, 0, 24, 0)
        clock_row.setSpacing(16)
        self.clock = QLabel("0")
        self.clock.setObjectName("bigClock")
        self.clock.setAccessibleName(self.tr("Time"))
        self.clock_unit = _unit()
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.clock_unit)
        self.caption = _label("caption")
        self.caption.setAccessibleName(self.tr("Spoken words"))
        clock_row.addWidget(self.caption, 1)
        self.count = QLabel()
        self.count.setObjectName("bigCount")
        self.count_unit = _unit()
        self.counting = "stands"  # what the count is of: "stands" (a test) or "times" (an exercise)
        clock_row.addWidget(self.count)
        clock_row.addWidget(self.count_unit)
        layout.addWidget(self.clock_frame)

        self.tap_button = BigButton("")
        self.tap_button.setObjectName("tapButton")
        # A tap counts the moment the finger lands: a shaky finger that slides off
        # before lifting still counts, and the time is not late by the lift.
        self.tap_button.pressed.connect(self.tapped)
        layout.addWidget(self.tap_button)
        # Skip, where a step may be skipped (a session's warm-up and cool-down); hidden unless
        # shown, and never the big button, so a stray Space or tap does not skip.
        self.skip_button = BigButton("")
        self.skip_button.clicked.connect(self.skip)
        self.skip_button.hide()
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_button)
        skip_row.addStretch(1)
        layout.addLayout(skip_row)
        self.compact = False
        self._release_timer = QTimer(self)
        self._release_timer.setObjectName("keyTapTimer")
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(120)
        self._release_timer.timeout.connect(lambda: self.tap_button.setDown(False))
        self._flash_timer = QTimer(self)
        self._flash_timer.setObjectName("flashTimer")
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(350)
        self._flash_timer.timeout.connect(lambda: self._set_flash(False))

    COMPACT_BELOW = 560  # px of height: under it, the clock, count and big button shrink
    COMPACT_LINES = 15  # ... or under this many lines of the text (large text on a laptop)

    def resizeEvent(self, event) -> None:
        """The drawing of the position takes the room the words leave: large when
        there is room, smaller at the largest text size. On a short screen the clock,
        the count and the big button shrink so that all stay in sight."""
        super().resizeEvent(event)
        self.picture.set_height(max(90, min(240, self.text_area.height() - 8)))
        compact = self.height() < max(self.COMPACT_BELOW, self.COMPACT_LINES * self.fontMetrics().height())
        if compact != self.compact:
            self.compact = compact
            for widget in (self.clock, self.count, self.tap_button):
                widget.setProperty("compact", compact)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def settle(self) -> None:
        from PySide6.QtCore import Qt

        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_phase(self, title: str, text: str, picture: str, tap_label: str, *, clock: str) -> None:
        """``clock``: "down" (seconds left), "up" (seconds so far), "count" (the count
        alone: an exercise's repetitions take the time they take) or "" (no clock: getting
        ready takes as long as it takes)."""
        self.phase_title.setText(title)
        self.phase_title.setAccessibleName(title)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.text.setVisible(bool(text))
        if picture:
            self.picture.show_file(self.images / picture)
        self.picture.setVisible(bool(picture))
        self.clock_frame.setVisible(bool(clock))
        self.pause_button.setVisible(bool(clock))  # nothing to pause while getting ready
        self.clock_unit.setText(self.tr("seconds left") if clock == "down" else self.tr("seconds"))
        self.clock.setVisible(clock != "count")
        self.clock_unit.setVisible(clock != "count")
        self.tap_button.setVisible(bool(tap_label))
        self.tap_button.setText(tap_label)
        self.tap_button.setAccessibleName(tap_label)
        self.tap_button.setAccessibleDescription(self.tr("Space presses it too."))
        self.caption.clear()
        self._clock_kind, self._said_time, self._said_count = clock, None, 0

    def show_settling(self, on: bool) -> None:
        """A new step's button takes no press for a moment, and looks it; it keeps focus."""
        if bool(self.tap_button.property("settling")) == on:
            return
        self.tap_button.setProperty("settling", on)
        # As with the flash: a sheet of its own makes the button take the app's rule again.
        self.tap_button.setStyleSheet("/* settling */" if on else "")
        self.tap_button.setAccessibleDescription(
            self.tr("Wait a moment.") if on else self.tr("Space presses it too."))

    def tap_by_key(self) -> None:
        """Space: the same tap as a finger, at once, and the button shows it pressed."""
        self.tap_button.setDown(True)
        self._release_timer.start()
        self.tapped.emit()

    def show_time(self, seconds: float, count: int | None) -> None:
        whole = max(0, int(seconds + 0.999)) if seconds >= 0 else 0
        self.clock.setText(str(whole))
        self.clock.setAccessibleDescription(self.clock_unit.text() + f": {whole}")
        self.count.setVisible(count is not None)
        self.count_unit.setVisible(count is not None)
        if count is not None:
            self.count_unit.setText(self.tr("stand(s)", "", count) if self.counting == "stands"
                                    else self.tr("time(s)", "", count))
            self.count.setText(str(count))
            self.count.setAccessibleName(self.tr("Count: {0}").replace("{0}", str(count)))
            if count > self._said_count:  # each new count, as on screen: "3 stands"
                self._said_count = count
                announce(self, f"{count} {self.count_unit.text()}")
        self._announce_time(whole)

    def _announce_time(self, whole: int) -> None:
        """The time as the clock passes each 10 s, politely, as the clock shows it: the
        seconds left counting down (not at the start: "Go" is said then), the seconds so
        far counting up (a walk, a stand on one foot)."""
        if self._clock_kind not in ("down", "up") or whole == self._said_time:
            return
        said = self._said_time
        if said is not None and self._clock_kind == "down" and 0 < whole < said and (
                (whole - 1) // 10 < (said - 1) // 10):  # e.g. 21 -> 20
            # a sentence of its own, not the clock's label after a number ("20 segundos que
            # quedan" was heard in Spanish): "20 seconds left", "Quedan 20 segundos"
            announce(self, self.tr("%n second(s) left", "", whole))
        elif said is not None and self._clock_kind == "up" and whole > said and whole // 10 > said // 10:
            announce(self, self.tr("%n second(s) so far", "", whole // 10 * 10))  # e.g. 9 -> 10 (or 11)
        self._said_time = whole

    def show_caption(self, text: str) -> None:
        if text.strip().isdigit() and self.count.isVisible():
            return  # a count said aloud is the big count beside it already: not twice
        self.caption.setText(text)
        self.caption.setAccessibleDescription(text)

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        words = self.tr("Paused. The clock waits until you press Go on.")
        if paused:
            self.show_caption(words)
        elif self.caption.text() == words:  # the clock runs again: it no longer waits
            self.show_caption("")

    def show_progress(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.setAccessibleName(text)
        self.progress.setVisible(bool(text))

    def show_skip(self, words: str) -> None:
        """A Skip button with ``words`` on it; none for "" ."""
        self.skip_button.setText(words)
        self.skip_button.setAccessibleName(words)
        self.skip_button.setVisible(bool(words))

    def flash(self, _name: str = "") -> None:
        """Instead of a sound no one can hear: the clock's frame lights up briefly."""
        self._set_flash(True)
        self._flash_timer.start()

    def _set_flash(self, on: bool) -> None:
        self.clock_frame.setProperty("flash", on)
        # A changed (empty) sheet of its own makes the frame take the app's [flash="true"]
        # rule again, with no Python handle on the app's QStyle (a handle on one that a new
        # stylesheet has replaced can crash PySide).
        self.clock_frame.setStyleSheet("/* flash */" if on else "")

    def halt(self) -> None:
        self._flash_timer.stop()
        self._release_timer.stop()
        self.tap_button.setDown(False)
        self._set_flash(False)
