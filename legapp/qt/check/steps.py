"""The steps before a timed test: the safety check, who is being tested (age and sex),
and setting up the room, with pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from legapp.checks.person import check_age
from legapp.checks.state import CheckState
from legapp.content.check_models import Protocol, SafetyCheck
from legapp.qt.check.helper_toggle import HelperToggle
from legapp.qt.picture import Picture
from legapp.qt.sex_choice import SexChoice
from legapp.qt.step_view import StepView, label
from legapp.qt.widgets import BigButton


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
    caregiver_changed = Signal(bool)

    def __init__(self, safety: SafetyCheck, state: CheckState, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.state = safety, state
        self.helper = HelperToggle(state)
        self.helper.changed.connect(self._reword)
        self.helper.changed.connect(self.caregiver_changed)
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
        self.body.addStretch(1)
        self.continue_button = BigButton(self.tr("Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._continue)
        self.footer.addWidget(self.continue_button, 1)
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
            words = question.caregiver_text if self.state.caregiver else question.text
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

    @property
    def first_control(self) -> QWidget:
        return self.helper


class RefusedStep(StepView):
    """A red flag in the safety check: the test is not offered, and why, and whom to ask."""

    back = Signal()

    def __init__(self, safety: SafetyCheck, images: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.body.addWidget(Picture(images / "safety-stop.svg", 140))
        self.title = label(safety.stop_title, "resultTitle")
        self.text = label(safety.stop_text)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addStretch(1)
        self.back_button = BigButton(self.tr("Back to the checks"))
        self.back_button.clicked.connect(self.back)
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)

    @property
    def first_control(self) -> QWidget:
        return self.back_button


class PersonStep(StepView):
    """Age and sex, asked once per visit: the chair-stand norms depend on both."""

    done = Signal()

    def __init__(self, state: CheckState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.why = label(self.tr(
            "The result is compared with people of the same age and sex. "
            "This is not saved."), "stepNote")
        self.body.addWidget(self.why)
        self.age_label = label(self.tr("Age in years"), "question")
        self.body.addWidget(self.age_label)
        self.age = QLineEdit()
        self.age.setObjectName("numberBox")
        self.age.setMaxLength(3)
        self.age.returnPressed.connect(self._continue)
        self.body.addWidget(self.age)
        self.message = label("", "kindMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        self.sex_label = label(self.tr("Sex"), "question")
        self.body.addWidget(self.sex_label)
        self.sex = SexChoice()
        self.female, self.male = self.sex.female, self.sex.male
        self.body.addWidget(self.sex)
        self.body.addStretch(1)
        self.continue_button = BigButton(self.tr("Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._continue)
        self.footer.addWidget(self.continue_button, 1)

    def reset(self) -> None:
        if self.state.caregiver:
            self.age_label.setText(self.tr("Their age in years"))
            self.sex_label.setText(self.tr("Their sex"))
        else:
            self.age_label.setText(self.tr("Your age in years"))
            self.sex_label.setText(self.tr("Your sex"))
        self.age.setAccessibleName(self.age_label.text())
        self.age.setText("" if self.state.age is None else str(self.state.age))
        self.sex.set(self.state.sex)
        self.message.hide()

    def _continue(self) -> None:
        try:
            age = check_age(self.age.text())
        except ValueError as exc:
            self._say(str(exc))
            self.age.setFocus()
            self.age.selectAll()
            return
        if self.sex.value is None:
            self._say(self.tr("Please choose woman or man."))
            self.female.setFocus()
            return
        self.state.age, self.state.sex = age, self.sex.value
        self.message.hide()
        self.done.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    @property
    def first_control(self) -> QWidget:
        return self.age


class SetupStep(StepView):
    """How to set up, with pictures, and the instructions; then Start."""

    start = Signal()
    counted_myself = Signal()
    change_person = Signal()

    def __init__(self, protocol: Protocol, state: CheckState, images: Path, helper_advice: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.protocol, self.state = protocol, state
        self.advice = label(helper_advice, "safetyAdvice")
        self.advice.setAccessibleName(helper_advice)
        self.body.addWidget(self.advice)
        # Whose norms the result uses, and a way to change it (another person's turn).
        who_row = QHBoxLayout()
        who_row.setSpacing(12)
        self.who = label("", "question")
        self.change_button = BigButton(self.tr("Change"))
        self.change_button.clicked.connect(self.change_person)
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.change_button)
        self.body.addLayout(who_row)
        self.texts: list[tuple[QLabel, str, str]] = []
        for step in protocol.setup:
            row = QHBoxLayout()
            row.setSpacing(16)
            if step.picture:
                row.addWidget(Picture(images / step.picture, 130))
            text = label()
            row.addWidget(text, 1)
            self.body.addLayout(row)
            self.texts.append((text, step.text, step.caregiver_text or step.text))
        self.instructions_title = label("", "question")
        self.body.addWidget(self.instructions_title)
        self.instructions = label()
        self.body.addWidget(self.instructions)
        self.body.addStretch(1)
        self.start_button = BigButton(self.tr("Start the test"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        self.footer.addWidget(self.start_button, 1)
        self.manual_button = BigButton(self.tr("Type in a count instead"))
        self.manual_button.clicked.connect(self.counted_myself)
        self.manual_button.setVisible(protocol.scoring == "chair_stand_30s")
        self.footer.addWidget(self.manual_button)

    def reset(self) -> None:
        caregiver = self.state.caregiver
        asks = self.protocol.needs_age_sex and self.state.age is not None and self.state.sex is not None
        self.who.setVisible(asks)
        self.change_button.setVisible(asks)
        if asks:
            who = (self.tr("For: a woman aged {0}") if self.state.sex == "female"
                   else self.tr("For: a man aged {0}")).replace("{0}", str(self.state.age))
            if self.state.name:
                who = who.replace(self.tr("For: "), self.tr("For: {0}, ").replace("{0}", self.state.name))
            self.who.setText(who)
            self.change_button.setAccessibleName(self.tr("Change the age or sex") + f" ({who})")
        for text, words, helper_words in self.texts:
            text.setText(helper_words if caregiver else words)
        steps = self.protocol.caregiver_instructions if caregiver and self.protocol.caregiver_instructions \
            else self.protocol.instructions
        self.instructions_title.setText(
            self.tr("Read these steps to them:") if caregiver else self.tr("What you will do:"))
        self.instructions.setText("\n".join(f"{i}. {line}" for i, line in enumerate(steps, 1)))
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        return self.start_button
