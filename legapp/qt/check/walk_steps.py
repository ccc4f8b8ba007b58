"""The walking-speed test's own steps: which course (4 metres, or 3 in a short room, and
whether a cane or walker is used), and, after the first try, the second.

A press in the moment after a step shows (the second tap of a double tap on End mark)
does nothing: it must not start or skip a try."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.qt.accessible import radio, radio_group
from legapp.qt.run.run_panel import SETTLE_SECONDS
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow


class _Settling(StepView):
    """A step whose buttons take no press for SETTLE_SECONDS after it shows."""

    def __init__(self, now: Callable[[], float], time_scale: float, parent: QWidget | None = None):
        super().__init__(parent)
        self._now, self._scale = now, time_scale
        self._shown_at = float("-inf")

    def mark_shown(self) -> None:
        self._shown_at = self._now()

    def settled(self) -> bool:
        return self._now() - self._shown_at >= SETTLE_SECONDS * self._scale - 1e-9


class CourseStep(_Settling):
    """How long the straight path is, and whether a cane or walker is used."""

    chosen = Signal(int, bool)  # metres, walking aid

    def __init__(self, now: Callable[[], float], time_scale: float, long_words: str, short_words: str,
                 parent: QWidget | None = None):
        super().__init__(now, time_scale, parent)
        self.question = self.add_labels("question")[0]
        self.question.setText(self.tr("How long is the path?"))
        self.courses: dict[int, BigButton] = {}
        row = ButtonRow()
        for metres, words in ((4, long_words), (3, short_words)):
            button = BigButton(words, on_click=lambda _=False, m=metres: self._choose(m))
            button.setObjectName("answer")
            button.setCheckable(True)
            radio(button)
            row.addWidget(button)
            self.courses[metres] = button
        row.addStretch(1)
        radio_group(row, self.question.text())
        self.aid = BigButton(self.tr("With a cane or walker"))
        self.aid.setObjectName("answer")
        self.aid.setCheckable(True)
        self.add_to_body(row)
        self.continue_button = BigButton(self.tr("Continue"), object_name="primary", on_click=self._continue)
        # The walking aid beside Continue: in sight with it on a small panel at large text.
        self.add_footer(self.aid, self.continue_button)
        self.first_control = self.courses[4]
        self.metres = 4

    def reset(self, metres: int | None, aid: bool) -> None:
        """The usual 4 metres chosen already; the short path only where the room needs it."""
        self._choose(metres or 4)
        self.aid.setChecked(aid)
        self.first_control = self.continue_button
        self.mark_shown()
        self.to_top()

    def _choose(self, metres: int) -> None:
        self.metres = metres
        for value, button in self.courses.items():
            button.setChecked(value == metres)

    def _continue(self) -> None:
        if self.settled():
            self.chosen.emit(self.metres, self.aid.isChecked())


class TriesStep(_Settling):
    """After the first try: its time, and the second try (or none)."""

    second = Signal()
    enough = Signal()

    def __init__(self, now: Callable[[], float], time_scale: float, parent: QWidget | None = None):
        super().__init__(now, time_scale, parent)
        self.title, self.text = self.add_labels("resultTitle", "question")
        self.second_button = BigButton(self.tr("Start the second try"), object_name="primary",
                                       on_click=self._second)
        self.enough_button = BigButton(self.tr("Stop after one try"), on_click=self._enough)
        self.add_footer(self.enough_button, self.second_button)

    @property
    def first_control(self) -> QWidget:
        """Listen, not a button: the try has just ended, and a press meant for it must not
        start the next one."""
        return self.read_aloud.listen_button

    def show_try(self, seconds: str | None) -> None:
        if seconds is None:
            self.title.setText(self.tr("The first try was not finished"))
        else:
            self.title.setText(self.tr("First try: {0} seconds").replace("{0}", seconds))
        self.text.setText(self.tr("Go back to the start, a few steps before the first mark. "
                                  "Then walk the path once more. The faster try counts."))
        self.enough_button.setVisible(seconds is not None)
        self.mark_shown()
        self.to_top()

    def _second(self) -> None:
        if self.settled():
            self.second.emit()

    def _enough(self) -> None:
        if self.settled():
            self.enough.emit()
