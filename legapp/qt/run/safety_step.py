"""The safety check that comes before every timed test and exercise session: four
yes/no questions, any yes and the step is not offered today, and why, and whom to ask.
Shared by Check and Act."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from legapp.qt.accessible import heading, radio, radio_group
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
        radio(button)
        button.clicked.connect(lambda _=False, v=value: on_choose(v))
    return yes, no


def answer_group(*answers: QWidget, spacing: int = 12) -> QWidget:
    """The answers to one question side by side, as one radio group (named by the caller
    with ``radio_group``)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for answer in answers:
        row.addWidget(answer)
    return group


def show_answer(pair: tuple[BigButton, BigButton], yes: bool) -> None:
    """A Yes/No pair (yes_no_pair) shows the answer given."""
    pair[0].setChecked(yes)
    pair[1].setChecked(not yes)


class SafetyStep(StepView):
    """Four yes/no questions. Any yes: the test is not offered today.

    All four stand on one screen while they fit it with their answers; where they do not
    (large text on a laptop, a kiosk panel) they come one a screen: "Question 2 of 4", the
    question, Yes and No, and Next, which waits for an answer. Answering never moves on
    by itself, so a double tap cannot answer the next question too."""

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
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.questions: list[QLabel] = []
        self.choices: dict[str, tuple[BigButton, BigButton]] = {}
        self.groups: list[QWidget] = []  # each question's Yes and No, a radio group named by it
        for row, question in enumerate(safety.questions):
            text = label("", "question")
            yes, no = yes_no_pair(self, lambda v, q=question.id: self._choose(q, v))
            group = answer_group(yes, no, spacing=grid.horizontalSpacing())
            grid.addWidget(text, row, 0)
            grid.addWidget(group, row, 1)
            self.questions.append(text)
            self.groups.append(group)
            self.choices[question.id] = (yes, no)
        self.body.addLayout(grid)
        self.back_button = BigButton(self.tr("\u25c0 Previous question"), on_click=lambda: self._turn(-1))
        self.next_button = BigButton(self.tr("Next question"), object_name="primary",
                                     on_click=lambda: self._turn(+1))
        self.continue_button = BigButton(self.tr("Continue"), object_name="primary", on_click=self._continue)
        self.add_footer(self.back_button, self.next_button, self.continue_button)
        self.first_control = self.helper
        self.answers: dict[str, bool] = {}
        self.one_at_a_time = False
        self._fit_pending = False
        self.at = 0  # the question on screen, one at a time
        self.reset()

    def reset(self) -> None:
        self.answers = {}
        for yes, no in self.choices.values():
            yes.setChecked(False)
            no.setChecked(False)
        self.helper.refresh()
        self._reword()
        self.at = -1 if self.one_at_a_time else 0
        self._show()

    def _reword(self, *_args) -> None:
        count = len(self.safety.questions)
        for i, (question, text) in enumerate(zip(self.safety.questions, self.questions, strict=True)):
            words = question.caregiver_text if self.visit.caregiver else question.text
            if self.one_at_a_time:
                words = self.tr("Question {0} of {1}").replace("{0}", str(i + 1)).replace(
                    "{1}", str(count)) + "\n" + words
            text.setText(words)
            radio_group(self.groups[i], words)
            yes, no = self.choices[question.id]
            for button, word in ((yes, self.tr("Yes")), (no, self.tr("No"))):
                button.setAccessibleName(f"{word}: {words}")

    # one screen, or one a screen ----------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Choose once the layout has settled (a queued call, on the next turn of the event
        loop): while a step is being put up its room changes a few times."""
        if not self._fit_pending:
            self._fit_pending = True
            QMetaObject.invokeMethod(self, "_choose_layout", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _choose_layout(self) -> None:
        self._fit_pending = False
        if not self.isVisible():
            return
        whole = self._fits_whole()
        if whole == (not self.one_at_a_time):
            return
        self.one_at_a_time = not whole
        if self.one_at_a_time:  # the start, or on to the first question not yet answered
            self.at = next((i for i, q in enumerate(self.safety.questions) if q.id not in self.answers),
                           len(self.safety.questions) - 1) if self.answers else -1
        self._reword()
        self._show()

    def _fits_whole(self) -> bool:
        """All the questions and their answers fit the step's room without scrolling."""
        room = self.scroll.viewport().height()
        width = self.scroll.viewport().width() - 24
        if room < 4 * self.fontMetrics().height() or width <= 0:
            return not self.one_at_a_time  # not laid out yet: as it is, until it is

        spacing = self.body.spacing()
        need = self.helper.sizeHint().height() + spacing + self.intro.heightForWidth(width) + spacing
        for text, (yes, no) in zip(self.questions, self.choices.values(), strict=True):
            answers = yes.sizeHint().width() + no.sizeHint().width() + 2 * self.grid.horizontalSpacing()
            text.ensurePolished()  # styled even while hidden (one a screen, it also says "Question 2 of 4")
            high = text.heightForWidth(max(1, width - answers))
            need += max(high, yes.sizeHint().height()) + self.grid.verticalSpacing()
        return need <= room

    def _show(self) -> None:
        count = len(self.safety.questions)
        paged = self.one_at_a_time
        first = not paged or self.at == -1  # one a screen: the start is a screen of its own
        self.helper.setVisible(first)
        self.intro.setVisible(first)
        for i, (text, group, (yes, no)) in enumerate(
                zip(self.questions, self.groups, self.choices.values(), strict=True)):
            here = not paged or i == self.at
            for widget in (text, group, yes, no):
                widget.setVisible(here)
        last = not paged or self.at == count - 1
        self.back_button.setVisible(paged and self.at > -1)
        self.next_button.setVisible(not last)
        self.continue_button.setVisible(last)
        self.next_button.setText(self.tr("Next") if paged and self.at == -1 else self.tr("Next question"))
        if paged and self.at == -1:
            self.hold(self.next_button, "")
        elif paged and not last:
            answered = self.safety.questions[self.at].id in self.answers
            self.hold(self.next_button, "" if answered else self.tr("Answer this question to go on."))
        else:
            left = count - len(self.answers)
            self.hold(self.continue_button, "" if not left else (
                self.tr("Answer this question to go on.") if paged and left == 1
                and self.safety.questions[self.at].id not in self.answers
                else self.tr("Answer all %n question(s) to go on.", "", count)))

    def _turn(self, step: int) -> None:
        self.at = max(-1, min(len(self.safety.questions) - 1, self.at + step))
        self._show()
        self.to_top()
        if self.at == -1:
            self.next_button.setFocus()
            return
        yes, no = list(self.choices.values())[self.at]
        (no if no.isChecked() else yes).setFocus()  # the answer given, or the first

    def _choose(self, question_id: str, answer: bool) -> None:
        self.answers[question_id] = answer
        show_answer(self.choices[question_id], answer)
        self._show()

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
        self.title = heading(label(title, "resultTitle"), 2)
        self.text = label(text)
        self.add_to_body(Picture(images / "safety-stop.svg", 140), self.title, self.text)
        self.back_button = BigButton(back_words, on_click=self.back)
        self.add_footer(self.back_button)
        self.first_control = self.back_button
