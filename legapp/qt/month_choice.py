"""The month of birth as twelve large buttons in the person's language, two rows of six
where they fit, else three rows of four (no drop-down list to aim at with a shaky hand).
Used where a person tells the app about themselves: a saved profile, and once at a check
for a profile made without it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from legapp.qt.accessible import radio_buttons
from legapp.qt.widgets import BigButton, SourceContext


class MonthChoice(SourceContext, QWidget):
    chosen = Signal(int)

    def __init__(self, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.columns = 4
        self.buttons: list[BigButton] = []
        for month in range(1, 13):
            button = BigButton(locale.monthName(month, QLocale.FormatType.ShortFormat),
                               name=locale.monthName(month, QLocale.FormatType.LongFormat))
            button.setObjectName("answer")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=month: self._choose(m))
            grid.addWidget(button, (month - 1) // 4, (month - 1) % 4)
            self.buttons.append(button)
        radio_buttons(self, self.tr("Month of birth"), self.buttons)
        self.value: int | None = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.buttons) + self.grid.spacing()
        columns = 6 if self.width() >= 6 * widest else 4
        if columns != self.columns:
            self.columns = columns
            for month, button in enumerate(self.buttons):
                self.grid.removeWidget(button)
                self.grid.addWidget(button, month // columns, month % columns)

    def _choose(self, month: int) -> None:
        self.set(month)
        self.chosen.emit(month)

    def set(self, month: int | None) -> None:
        self.value = month
        for number, button in enumerate(self.buttons, 1):
            button.setChecked(number == month)
