"""The safety check that comes before every timed test and exercise session: four
yes/no questions, any yes and the step is not offered today, and why, and whom to ask.
Shared by Check and Act."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from legapp.qt.picture import Picture
from legapp.qt.run.helper_toggle import HelperToggle
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, label

if TYPE_CHECKING:
    from legapp.content.check_models import SafetyCheck
    from legapp.visit import Visit


def yes_no_pair(parent: QWidget, on_choose) -> tuple[BigButton, BigButton]:
    """A Yes and a No button that stay pressed once chosen; ``on_choose(bool)``."""
    yes = BigButton(QCoreApplication.translate("Answer", "Yes"))
    no = BigButton(QCoreApplication.translate("Answer", "No"))
    for button, value in ((yes, True), (no, False)):
        button.setObjectName("answer")
        button.setCheckable(True)
        button.clicked.connect(lambda _=False, v=value: on_choose(v))
    return yes, no


class SafetyStep(StepView):
    """Four yes/no questions. Any yes: the test is not offered today."""

    cleared = Signal()
    refused = Signal()

    def __init__(self, safety: SafetyCheck, visit: Visit, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.visit = safety, visit
        self.helper = HelperToggle(visit)
        self.helper.changed.connect(self._reword)
        self.body.addWidget(self.helper)
        self.intro = label(safety.intro, "stepNote")
        self.body.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.questions: list[QLabel] = []
        self.choices: dict[str, tuple[BigButton, BigButton]] = {}
        for row, question in enumerate(safety.questions):
            text = label("", "question")
            yes, no = yes_no_pair(self, lambda v, q=question.id: self._choose(q, v))
            grid.addWidget(text, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.questions.append(text)
            self.choices[question.id] = (yes, no)
        self.body.addLayout(grid)
        self.continue_button = BigButton(self.tr("Continue"), object_name="primary", on_click=self._continue)
        self.add_footer(self.continue_button)
        self.first_control = self.helper
        self.answers: dict[str, bool] = {}
        self.reset()

    def reset(self) -> None:
        self.answers = {}
        for yes, no in self.choices.values():
            yes.setChecked(False)
            no.setChecked(False)
        self.helper.refresh()
        self._reword()
        self.continue_button.setEnabled(False)

    def _reword(self, *_args) -> None:
        for question, text in zip(self.safety.questions, self.questions, strict=True):
            words = question.caregiver_text if self.visit.caregiver else question.text
            text.setText(words)
            yes, no = self.choices[question.id]
            for button, word in ((yes, self.tr("Yes")), (no, self.tr("No"))):
                button.setAccessibleName(f"{word}: {words}")

    def _choose(self, question_id: str, answer: bool) -> None:
        self.answers[question_id] = answer
        yes, no = self.choices[question_id]
        yes.setChecked(answer)
        no.setChecked(not answer)
        self.continue_button.setEnabled(len(self.answers) == len(self.safety.questions))

    def _continue(self) -> None:
        if any(self.answers.values()):
            self.refused.emit()
        else:
            self.cleared.emit()


class RefusedStep(StepView):
    """A red flag in the safety check: the test (or the exercise session) is not offered,
    and why, and whom to ask; then back to where the person chose it."""

    back = Signal()

    def __init__(self, title: str, text: str, back_words: str, images: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label(title, "resultTitle")
        self.text = label(text)
        self.add_to_body(Picture(images / "safety-stop.svg", 140), self.title, self.text)
        self.back_button = BigButton(back_words, on_click=self.back)
        self.add_footer(self.back_button)
        self.first_control = self.back_button
