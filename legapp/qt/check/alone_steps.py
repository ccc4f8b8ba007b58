"""The steps for a test done with nobody to tap: "Who is here?" (asked once a visit),
why the five times sit-to-stand and the TUG need someone to time them, and the question
after each position of the balance test done alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.checks.alone import ALONE, HELPED, HELPING
from legapp.qt.accessible import radio, radio_group, section
from legapp.qt.run.safety_step import answer_group, yes_no_pair
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, beside, button_row, label


class WhoStep(StepView):
    """"Who is here?": Just me / Someone is helping me / I am helping someone. One press
    answers; the answer is kept for the visit (see Visit.set_company)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = self.add_labels("question")[0]
        self.question.setText(self.tr("Who is here?"))
        self.choices: dict[str, BigButton] = {}
        answers = ButtonRow()  # side by side where they fit, else as many to a line as fit
        for value, words in ((ALONE, self.tr("Just me")), (HELPED, self.tr("Someone is helping me")),
                             (HELPING, self.tr("I am helping someone"))):
            button = BigButton(words, on_click=lambda _=False, v=value: self.chosen.emit(v))
            button.setObjectName("answer")
            button.setCheckable(True)
            radio(button)
            answers.addWidget(button)
            self.choices[value] = button
        answers.addStretch(1)
        radio_group(answers, self.question.text())
        # Under the answers: they stay in sight, the reason may scroll.
        self.why = label(self.tr("The app times the test. Someone with you can tap the screen during "
                                 "it. On your own, there is nothing to tap: the voice and the clock run "
                                 "it, and you answer afterwards."), "stepNote")
        self.add_to_body(answers, self.why)
        self.add_footer()
        self.first_control = self.choices[ALONE]

    def reset(self, current: str | None) -> None:
        for value, button in self.choices.items():
            button.setChecked(value == current)
        self.first_control = self.choices.get(current) or self.choices[ALONE]
        self.to_top()


def company_words(company: str | None) -> str:
    """The answer to "Who is here?" as the set-up step shows it."""
    from PySide6.QtCore import QCoreApplication

    words = {ALONE: QCoreApplication.translate("WhoStep", "Just me"),
             HELPED: QCoreApplication.translate("WhoStep", "Someone is helping me"),
             HELPING: QCoreApplication.translate("WhoStep", "I am helping someone")}
    return words.get(company, "")


class NeedsHelperStep(StepView):
    """Five times sit-to-stand or TUG, with "Just me": why someone must time it, and the
    chair stand instead (it works with nobody else)."""

    scrolls = True  # why, to read; its two ways on are in the footer

    chair_stand = Signal()
    helper_here = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.why, self.instead = self.add_labels("resultTitle", "", "")
        section(self.title)
        self.title.setText(self.tr("This test needs someone to time it"))
        self.instead.setText(self.tr("The chair stand works with nobody else. The voice and the clock "
                                     "run it, and afterwards you say how many times you stood up."))
        self.chair_button = BigButton(self.tr("Do the chair stand instead"), object_name="primary",
                                      on_click=self.chair_stand)
        # The two ways on in the footer, in sight; back to the checks under the words (the
        # top bar's Back does the same).
        self.helper_button = BigButton(self.tr("Someone is here to help"), on_click=self.helper_here)
        self.back_button = BigButton(self.tr("Back to the checks"), on_click=self.back)
        self.add_to_body(button_row(self.back_button))
        self.add_footer(self.chair_button, self.helper_button)
        self.first_control = self.chair_button

    def explain(self, scoring: str) -> None:
        if scoring == "walk_4m":
            why = self.tr("In this test you walk a short, straight path at your usual pace. Someone "
                          "else has to start the clock at the first mark and stop it at the second. "
                          "You are walking away from the screen, so you cannot do it yourself.")
        elif scoring == "tug":
            why = self.tr("In this test you stand up, walk to a line, turn, walk back and sit down. "
                          "Someone else has to stop the clock the moment you sit down. You are "
                          "walking away from the screen, so you cannot do it yourself.")
        else:
            why = self.tr("In this test you stand up and sit down five times, as fast as is safe, "
                          "with your arms crossed. Someone else has to stop the clock at the fifth "
                          "stand. Your arms stay crossed, so you cannot do it yourself.")
        self.why.setText(why)
        self.to_top()


class HeldStep(StepView):
    """The balance test alone, after each position: "Did you hold it without moving your
    feet or holding on?" Yes goes on to the next position; No ends the test there."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.position, self.question = self.add_labels("stepNote", "question")
        self.question.setText(self.tr("Did you hold it without moving your feet or holding on?"))
        self.yes, self.no = yes_no_pair(self, self.answered.emit)
        for button, word in ((self.yes, self.tr("Yes")), (self.no, self.tr("No"))):
            button.setAccessibleName(f"{word}: {self.question.text()}")
        answers = radio_group(answer_group(self.yes, self.no), self.question.text())
        self.body.addLayout(beside(QWidget(), answers))
        self.note = label(self.tr("If you are not sure, answer No. That is fine."), "stepNote")
        self.add_to_body(self.note)
        self.add_footer()

    def ask(self, title: str) -> None:
        self.position.setText(title)
        for button in (self.yes, self.no):
            button.setChecked(False)
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        """Right after the hold: the Listen button, never an answer (a stray press must not
        answer for the person)."""
        return self.read_aloud.listen_button
