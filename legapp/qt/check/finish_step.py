"""After the timer: the two chair-stand rules (more than halfway up at the end counts;
needing the arms scores 0), the arms question of the five-times test, or a count typed
in by someone who counted by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from legapp.checks.person import check_count
from legapp.qt.run.safety_step import yes_no_pair
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, Message, label, number_box


class TimeCheckStep(StepView):
    """A time faster than a person can do the test (a tap too early, a double tap):
    asked about before it is scored, never kept silently."""

    right = Signal()
    again = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        (self.question,) = self.add_labels("question")
        self.right_button = BigButton(self.tr("Yes, that is right"), on_click=self.right)
        self.again_button = BigButton(self.tr("No, do it again"), object_name="primary", on_click=self.again)
        self.add_footer(self.again_button, self.right_button)
        self.first_control = self.again_button  # the safe answer is where focus starts

    def ask(self, seconds: str) -> None:
        text = self.tr("That was very fast: {0} seconds. Was that right?").replace("{0}", seconds)
        self.question.setText(text)
        self.question.setAccessibleName(text)


class FinishStep(StepView):
    done = Signal(dict)  # the answers: {"count": n} and/or {"halfway": bool, "arms": bool}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.count_label = label("", "question")
        self.count_box = number_box(3, self._continue)
        self.message = Message()
        self.add_to_body(self.count_label, self.count_box, self.message)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.questions: dict[str, QLabel] = {}
        self.buttons: dict[str, tuple[BigButton, BigButton]] = {}
        for row, key in enumerate(("halfway", "arms")):
            question = label("", "question")
            yes, no = yes_no_pair(self, lambda v, k=key: self._choose(k, v))
            grid.addWidget(question, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.questions[key] = question
            self.buttons[key] = (yes, no)
        self.body.addLayout(grid)
        self.continue_button = BigButton(self.tr("See the result"), object_name="primary",
                                         on_click=self._continue)
        self.add_footer(self.continue_button)
        self.asked: tuple[str, ...] = ()
        self.answers: dict[str, bool] = {}

    def ask(self, *, count: bool, halfway: bool, arms: bool, caregiver: bool) -> None:
        self.answers = {}
        self.message.hide()
        self.asked = tuple(k for k, on in (("halfway", halfway), ("arms", arms)) if on)
        self.count_label.setVisible(count)
        self.count_box.setVisible(count)
        self.count_box.clear()
        who = caregiver
        self.count_label.setText(self.tr("How many times did they stand up all the way?") if who
                                 else self.tr("How many times did you stand up all the way?"))
        self.count_box.setAccessibleName(self.count_label.text())
        texts = {
            "halfway": self.tr("When time ran out, were they more than halfway up?") if who
            else self.tr("When time ran out, were you more than halfway up?"),
            "arms": self.tr("Did they have to push with their arms to stand up?") if who
            else self.tr("Did you have to push with your arms to stand up?"),
        }
        for key, question in self.questions.items():
            shown = key in self.asked
            question.setText(texts[key])
            question.setVisible(shown)
            for button, word in zip(self.buttons[key], (self.tr("Yes"), self.tr("No")), strict=True):
                button.setVisible(shown)
                button.setChecked(False)
                button.setAccessibleName(f"{word}: {texts[key]}")
        self._update()
        self.to_top()

    def _choose(self, key: str, value: bool) -> None:
        self.answers[key] = value
        yes, no = self.buttons[key]
        yes.setChecked(value)
        no.setChecked(not value)
        self._update()

    def _update(self) -> None:
        self.continue_button.setEnabled(all(k in self.answers for k in self.asked))

    def _continue(self) -> None:
        if not self.continue_button.isEnabled():
            return
        out: dict = dict(self.answers)
        if self.count_box.isVisibleTo(self):
            try:
                out["count"] = check_count(self.count_box.text())
            except ValueError as exc:
                self.show_problem(str(exc))
                return
        self.done.emit(out)

    def show_problem(self, text: str) -> None:
        """A kind message under the count; nothing is scored until it is put right."""
        self.message.say(text)
        if self.count_box.isVisibleTo(self):
            self.count_box.setFocus()
            self.count_box.selectAll()

    @property
    def first_control(self) -> QWidget:
        if self.count_box.isVisibleTo(self):
            return self.count_box
        if self.asked:
            return self.buttons[self.asked[0]][0]
        return self.continue_button
