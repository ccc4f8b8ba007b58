"""After the timer: the two chair-stand rules (more than halfway up at the end counts;
needing the arms scores 0), the arms question of the five-times test, or the number of
stands given afterwards (by someone who counted alone or by hand, or after a run in which
no stand was tapped: asked, never saved as 0).

Right after a run, focus is on Listen: a press still meant for the big button must not
answer a question ("Yes, more than halfway") or start the test again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from legapp.checks.person import check_count
from legapp.qt.accessible import radio_group
from legapp.qt.check.count_entry import CountEntry
from legapp.qt.run.safety_step import answer_group, show_answer, yes_no_pair
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, Message, beside, label


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

    @property
    def first_control(self) -> QWidget:
        """Listen, not an answer: the run has just ended, and a press meant for it must not
        throw the time away or keep it."""
        return self.read_aloud.listen_button

    def ask(self, seconds: str) -> None:
        text = self.tr("That was very fast: {0} seconds. Was that right?").replace("{0}", seconds)
        self.question.setText(text)
        self.question.setAccessibleName(text)


class FinishStep(StepView):
    done = Signal(dict)  # the answers: {"count": n} and/or {"halfway": bool, "arms": bool}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Three questions at once: in the text's own size, bold, so that all three and their
        # answers fit a 1024x600 panel at the larger text (a heading's size would not).
        self.count_label = label("", "shortQuestion")
        self.count = CountEntry(self._continue)
        self.count_box = self.count.box
        self.message = Message()
        self.count.problem.connect(self.message.say)
        self.count.changed.connect(self.message.hide)
        self.body.addLayout(beside(self.count_label, self.count))  # the number beside its question
        self.add_to_body(self.message)
        self.questions: dict[str, QLabel] = {}
        self.buttons: dict[str, tuple[BigButton, BigButton]] = {}
        self.groups: dict[str, QWidget] = {}  # each question's Yes and No, a radio group named by it
        for key in ("halfway", "arms"):  # a row each: a grid cut the words by a line's leading
            question = label("", "shortQuestion")
            yes, no = yes_no_pair(self, lambda v, k=key: self._choose(k, v))
            self.groups[key] = answer_group(yes, no)
            self.body.addLayout(beside(question, self.groups[key]))
            self.questions[key] = question
            self.buttons[key] = (yes, no)
        self.continue_button = BigButton(self.tr("See the result"), object_name="primary",
                                         on_click=self._continue)
        self.add_footer(self.continue_button)
        self.asked: tuple[str, ...] = ()
        self.answers: dict[str, bool] = {}

    def ask(self, *, count: bool, halfway: bool, arms: bool, caregiver: bool, no_taps: bool = False) -> None:
        """``no_taps``: the run ended with no stand tapped, so the number is asked (and says why)."""
        self.answers = {}
        self.message.hide()
        self.asked = tuple(k for k, on in (("halfway", halfway), ("arms", arms)) if on)
        self.count_label.setVisible(count)
        self.count.setVisible(count)
        self.count.clear()
        who = caregiver
        question = (self.tr("How many times did they stand up all the way?") if who
                    else self.tr("How many times did you stand up all the way?"))
        # Asked, never saved as 0: and why, where a stand could have been tapped.
        self.count_label.setText(self.tr("No stand was tapped.") + " " + question if no_taps else question)
        self.count.setAccessibleName(self.count_label.text())
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
            self.groups[key].setVisible(shown)
            radio_group(self.groups[key], texts[key])
            for button, word in zip(self.buttons[key], (self.tr("Yes"), self.tr("No")), strict=True):
                button.setVisible(shown)
                button.setChecked(False)
                button.setAccessibleName(f"{word}: {texts[key]}")
        self._update()
        self.to_top()

    def _choose(self, key: str, value: bool) -> None:
        self.answers[key] = value
        show_answer(self.buttons[key], value)
        self._update()

    def _update(self) -> None:
        left = sum(1 for k in self.asked if k not in self.answers)
        self.hold(self.continue_button, "" if not left else (
            self.tr("Answer the question first.") if left == 1 and len(self.asked) == 1
            else self.tr("Answer each question first.")))

    def _continue(self) -> None:
        if not self.continue_button.isEnabled():
            return
        out: dict = dict(self.answers)
        if self.count.isVisibleTo(self):
            try:
                out["count"] = check_count(self.count_box.text())
            except ValueError as exc:
                self.show_problem(str(exc))
                return
        self.done.emit(out)

    def show_problem(self, text: str) -> None:
        """A kind message under the count; nothing is scored until it is put right."""
        self.message.say(text)
        if self.count.isVisibleTo(self):
            self.count_box.setFocus()
            self.count_box.selectAll()

    @property
    def first_control(self) -> QWidget:
        """Where focus starts: the number box when the number is asked (typing is harmless),
        else Listen; never "Yes, more than halfway", which a stray press would answer."""
        if self.count.isVisibleTo(self):
            return self.count_box
        return self.read_aloud.listen_button
