"""A result on screen: the score, what it means, what to do next, where the rule
comes from, and that this is education, not a diagnosis."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.checks.explain import Explanation
from legapp.qt.step_view import StepView, label
from legapp.qt.widgets import BigButton


class ResultView(StepView):
    again = Signal()
    menu = Signal()
    learn = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = label("", "bigScore")
        self.heading = label("", "resultTitle")
        self.text = label("", "resultText")
        self.next_step = label("", "resultNext")
        self.source = label("", "resultSource")
        self.kept = label("", "resultNote")
        self.note = label(self.tr(
            "This is education, not a diagnosis. Talk to your doctor or nurse about your "
            "result, especially if you are worried about falling."
        ), "resultNote")
        self.labels = (self.score, self.heading, self.text, self.next_step, self.source, self.kept, self.note)
        for widget in self.labels:
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.again_button = BigButton(self.tr("Do it again"))
        self.learn_button = BigButton(self.tr("Learn more"))
        self.menu_button = BigButton(self.tr("Back to the checks"))
        self.again_button.clicked.connect(self.again)
        self.learn_button.clicked.connect(self.learn)
        self.menu_button.clicked.connect(self.menu)
        for button in (self.again_button, self.learn_button, self.menu_button):
            self.footer.addWidget(button)
        self.footer.addStretch(1)

    def show_explanation(self, explanation: Explanation, learn_title: str = "") -> None:
        self.score.setText(explanation.score_text)
        self.heading.setText(explanation.title)
        self.text.setText(explanation.text)
        self.next_step.setText(self.tr("What to do next: ") + explanation.next_step)
        self.source.setText(self.tr("Where this rule comes from: ") + explanation.source)
        self.learn_button.setVisible(bool(learn_title))
        if learn_title:
            self.learn_button.setAccessibleName(self.tr("Learn more: ") + learn_title)
        self._named()

    def show_kept(self, words: str) -> None:
        """Whether the result was kept in the person's history (empty: nothing to say)."""
        self.kept.setText(words)
        self.kept.setAccessibleName(words)
        self.kept.setVisible(bool(words))

    def show_message(self, text: str) -> None:
        """No score to show (the run could not be timed to its end): say why, kindly."""
        self.score.setText(self.tr("No score"))
        self.heading.setText(text)
        for widget in (self.text, self.next_step, self.source, self.kept):
            widget.setText("")
        self.learn_button.hide()
        self._named()

    def _named(self) -> None:
        for widget in self.labels:
            widget.setVisible(bool(widget.text()))
            widget.setAccessibleName(widget.text())
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        return self.again_button
