"""The number of stands, given after the test: a large box to type in, with a large
minus and plus beside it (0 to 60), for shaky hands and no keyboard. A press held down is
one step, never a run of them; a number that will not do gets a kind message and
changes nothing. In a kiosk the number pad shows beside the box too (legapp.qt.kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from legapp.assess.scoring import MAX_CHAIR_STANDS
from legapp.checks.person import check_count
from legapp.qt.widgets import BigButton, SourceContext, number_box


class CountEntry(SourceContext, QWidget):
    problem = Signal(str)  # a kind message to show (a step or a number that will not do)
    changed = Signal()  # the number was changed by a button (the message can go)

    def __init__(self, on_enter=None, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.minus_button = BigButton("\u2212", name=self.tr("One fewer"), on_click=lambda: self.step(-1))
        self.box = number_box(3, on_enter)
        self.plus_button = BigButton("+", name=self.tr("One more"), on_click=lambda: self.step(+1))
        for button in (self.minus_button, self.plus_button):
            button.setObjectName("countStep")
            button.setAutoRepeat(False)  # held down: one step (a shaky press is not ten)
        row.addWidget(self.minus_button)
        row.addWidget(self.box)
        row.addWidget(self.plus_button)
        row.addStretch(1)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.box.setAccessibleName(name)

    def text(self) -> str:
        return self.box.text()

    def clear(self) -> None:
        self.box.clear()

    def step(self, by: int) -> None:
        """One more or one fewer, from 0 to 60. An empty box counts as 0; a number that
        will not do stays as it is, with the reason."""
        text = self.box.text()
        try:
            value = check_count(text) if text.strip() else 0
        except ValueError as exc:
            self.problem.emit(str(exc))
            return
        wanted = value + by
        if not 0 <= wanted <= MAX_CHAIR_STANDS:
            words = self.tr("The number can be from 0 to {0}.")
            self.problem.emit(words.replace("{0}", str(MAX_CHAIR_STANDS)))
            self.box.setText(str(value))
            return
        self.box.setText(str(wanted))
        self.changed.emit()
