"""Woman or Man, as two large buttons that stay pressed once chosen (the norms differ by
sex). Used where a person tells the app about themselves: a check, a saved profile."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from legapp.qt.accessible import radio, radio_group
from legapp.qt.widgets import BigButton, ButtonRow


class SexChoice(ButtonRow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.female, self.male = BigButton(self.tr("Woman")), BigButton(self.tr("Man"))
        for button, value in ((self.female, "female"), (self.male, "male")):
            button.setObjectName("answer")
            button.setCheckable(True)
            radio(button)
            button.clicked.connect(lambda _=False, v=value: self.set(v))
            self.addWidget(button)
        self.addStretch(1)
        radio_group(self, self.tr("Sex"))
        self.value: str | None = None

    def set(self, value: str | None) -> None:
        self.value = value
        self.female.setChecked(value == "female")
        self.male.setChecked(value == "male")
