"""The steps before a timed test: the safety check, who is being tested (age and sex),
and setting up the room, with pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from legapp.checks.person import check_age
from legapp.checks.state import CheckState
from legapp.content.check_models import Protocol, SafetyCheck
from legapp.qt.picture import Picture
from legapp.qt.widgets import BigButton


def _label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class SafetyStep(QWidget):
    """Four yes/no questions. Any yes: the test is not offered today."""

    cleared = Signal()
    refused = Signal()

    def __init__(self, safety: SafetyCheck, state: CheckState, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.state = safety, state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.intro = _label(safety.intro, "stepNote")
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.questions: list[QLabel] = []
        self.choices: dict[str, tuple[BigButton, BigButton]] = {}
        for row, question in enumerate(safety.questions):
            label = _label("", "question")
            yes, no = BigButton(self.tr("Yes")), BigButton(self.tr("No"))
            for button in (yes, no):
                button.setObjectName("answer")
                button.setCheckable(True)
            yes.clicked.connect(lambda _=False, q=question.id: self._choose(q, True))
            no.clicked.connect(lambda _=False, q=question.id: self._choose(q, False))
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            grid.setColumnStretch(0, 1)
            self.questions.append(label)
            self.choices[question.id] = (yes, no)
        layout.addLayout(grid)
        self.continue_button = BigButton(self.tr("Continue"))
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.continue_button)
        self.answers: dict[str, bool] = {}
        self.reset()

    def reset(self) -> None:
        self.answers = {}
        for question, label in zip(self.safety.questions, self.questions, strict=True):
            text = question.caregiver_text if self.state.caregiver else question.text
            label.setText(text)
            yes, no = self.choices[question.id]
            for button, word in ((yes, self.tr("Yes")), (no, self.tr("No"))):
                button.setChecked(False)
                button.setAccessibleName(f"{word}: {text}")
        self.continue_button.setEnabled(False)

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
        return self.choices[self.safety.questions[0].id][0]


class PersonStep(QWidget):
    """Age and sex, asked once per visit: the chair-stand norms depend on both."""

    done = Signal()

    def __init__(self, state: CheckState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.why = _label(self.tr(
            "The result is compared with people of the same age and sex. "
            "This is not saved."), "stepNote")
        layout.addWidget(self.why)
        self.age_label = _label(self.tr("Age in years"), "question")
        layout.addWidget(self.age_label)
        self.age = QLineEdit()
        self.age.setObjectName("numberBox")
        self.age.setAccessibleName(self.tr("Age in years"))
        self.age.setMaxLength(3)
        self.age.returnPressed.connect(self._continue)
        layout.addWidget(self.age)
        self.sex_label = _label(self.tr("Sex"), "question")
        layout.addWidget(self.sex_label)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.female = BigButton(self.tr("Woman"))
        self.male = BigButton(self.tr("Man"))
        for button, value in ((self.female, "female"), (self.male, "male")):
            button.setObjectName("answer")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=value: self._sex(v))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = _label("", "kindMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.continue_button = BigButton(self.tr("Continue"))
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.continue_button)
        self._chosen_sex: str | None = None

    def reset(self) -> None:
        if self.state.caregiver:
            self.age_label.setText(self.tr("Their age in years"))
            self.sex_label.setText(self.tr("Their sex"))
        else:
            self.age_label.setText(self.tr("Your age in years"))
            self.sex_label.setText(self.tr("Your sex"))
        self.age.setText("" if self.state.age is None else str(self.state.age))
        self._sex(self.state.sex)
        self.message.hide()

    def _sex(self, value: str | None) -> None:
        self._chosen_sex = value
        self.female.setChecked(value == "female")
        self.male.setChecked(value == "male")

    def _continue(self) -> None:
        try:
            age = check_age(self.age.text())
        except ValueError as exc:
            self._say(str(exc))
            self.age.setFocus()
            return
        if self._chosen_sex is None:
            self._say(self.tr("Please choose woman or man."))
            return
        self.state.age, self.state.sex = age, self._chosen_sex
        self.message.hide()
        self.done.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    @property
    def first_control(self) -> QWidget:
        return self.age


class SetupStep(QWidget):
    """How to set up, with pictures, and the instructions; then Start."""

    start = Signal()
    counted_myself = Signal()

    def __init__(self, protocol: Protocol, state: CheckState, images: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.protocol, self.state = protocol, state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.texts: list[tuple[QLabel, str, str]] = []
        for step in protocol.setup:
            row = QHBoxLayout()
            row.setSpacing(16)
            if step.picture:
                row.addWidget(Picture(images / step.picture, 160))
            label = _label()
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.texts.append((label, step.text, step.caregiver_text or step.text))
        self.instructions_title = _label("", "question")
        layout.addWidget(self.instructions_title)
        self.instructions = _label()
        layout.addWidget(self.instructions)
        buttons = QHBoxLayout()
        self.start_button = BigButton(self.tr("Start the test"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.start_button)
        self.manual_button = BigButton(self.tr("I counted myself"))
        self.manual_button.clicked.connect(self.counted_myself)
        self.manual_button.setVisible(protocol.scoring == "chair_stand_30s")
        buttons.addWidget(self.manual_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def reset(self, seconds: str) -> None:
        caregiver = self.state.caregiver
        for label, text, helper_text in self.texts:
            label.setText((helper_text if caregiver else text).replace("{seconds}", seconds))
        steps = self.protocol.caregiver_instructions if caregiver and self.protocol.caregiver_instructions \
            else self.protocol.instructions
        self.instructions_title.setText(
            self.tr("Read these steps to them:") if caregiver else self.tr("What you will do:"))
        self.instructions.setText("\n".join(
            f"{i}. {line.replace('{seconds}', seconds)}" for i, line in enumerate(steps, 1)))

    @property
    def first_control(self) -> QWidget:
        return self.start_button
