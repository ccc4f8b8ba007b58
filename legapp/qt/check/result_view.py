"""A result on screen: the score, what it means, what to do next, where the rule
comes from, and that this is education, not a diagnosis."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from legapp.checks.explain import Explanation
from legapp.qt.widgets import BigButton


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class ResultView(QWidget):
    again = Signal()
    menu = Signal()
    learn = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.score = _label("bigScore")
        self.heading = _label("resultTitle")
        self.text = _label("resultText")
        self.next_step = _label("resultNext")
        self.source = _label("resultSource")
        self.note = _label("resultNote")
        self.note.setText(self.tr(
            "This is education, not a diagnosis. Talk to your doctor or nurse about your "
            "result, especially if you are worried about falling."
        ))
        for widget in (self.score, self.heading, self.text, self.next_step, self.source, self.note):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.again_button = BigButton(self.tr("Do it again"))
        self.learn_button = BigButton(self.tr("Learn more"))
        self.menu_button = BigButton(self.tr("Back to the checks"))
        self.again_button.clicked.connect(self.again)
        self.learn_button.clicked.connect(self.learn)
        self.menu_button.clicked.connect(self.menu)
        for button in (self.again_button, self.learn_button, self.menu_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_explanation(self, explanation: Explanation, learn_title: str = "") -> None:
        self.score.setText(explanation.score_text)
        self.heading.setText(explanation.title)
        self.text.setText(explanation.text)
        self.next_step.setText(self.tr("What to do next: ") + explanation.next_step)
        self.source.setText(self.tr("Where this rule comes from: ") + explanation.source)
        self.learn_button.setVisible(bool(learn_title))
        if learn_title:
            self.learn_button.setAccessibleName(self.tr("Learn more: ") + learn_title)
        for label in (self.score, self.heading, self.text, self.next_step, self.source, self.note):
            label.setAccessibleName(label.text())
