"""The steps of a timed test after the safety check: who is being tested (age and sex),
and setting up the room, with pictures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from legapp.checks.person import check_age
from legapp.qt.month_choice import MonthChoice
from legapp.qt.picture import Picture
from legapp.qt.run.safety_step import yes_no_pair
from legapp.qt.sex_choice import SexChoice
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, Message, beside, label, number_box

if TYPE_CHECKING:
    from legapp.content.check_models import Protocol
    from legapp.visit import Visit


class PersonStep(StepView):
    """Age and sex, asked once per visit: the chair-stand norms depend on both."""

    done = Signal()

    def __init__(self, visit: Visit, parent: QWidget | None = None):
        super().__init__(parent)
        self.visit = visit
        self.why = label("", "stepNote")
        self.body.addWidget(self.why)
        # Each question beside its answer, the warning under both: at large text on a
        # laptop the whole step is in sight, the warning included.
        self.age_label = label(self.tr("Age in years"), "question")
        self.age = number_box(3, self._continue)
        self.body.addLayout(beside(self.age_label, self.age))
        self.message = Message()
        self.sex_label = label(self.tr("Sex"), "question")
        self.sex = SexChoice()
        self.female, self.male = self.sex.female, self.sex.male
        self.body.addLayout(beside(self.sex_label, self.sex))
        self.add_to_body(self.message)
        self.continue_button = BigButton(self.tr("Continue"), object_name="primary", on_click=self._continue)
        self.add_footer(self.continue_button)
        self.first_control = self.age

    def reset(self, studied_from_age: str = "") -> None:
        """Without ``studied_from_age`` the result is judged against people of the same age
        and sex (the chair stand); with it, the result is only read with the age in mind,
        as its line comes from studies of people that age and older."""
        self.why.setText(self.tr("Your age helps to read the result: some of what is known comes from "
                                 "studies of people aged {0} and older. This is not saved."
                                 ).replace("{0}", studied_from_age) if studied_from_age else
                         self.tr("The result is compared with people of the same age and sex. "
                                 "This is not saved."))
        if self.visit.caregiver:
            self.age_label.setText(self.tr("Their age in years"))
            self.sex_label.setText(self.tr("Their sex"))
        else:
            self.age_label.setText(self.tr("Your age in years"))
            self.sex_label.setText(self.tr("Your sex"))
        self.age.setAccessibleName(self.age_label.text())
        who = self.visit.who
        self.age.setText("" if who.age is None else str(who.age))
        self.sex.set(who.sex)
        self.message.hide()

    def _continue(self) -> None:
        try:
            age = check_age(self.age.text())
        except ValueError as exc:
            self.message.say(str(exc))
            self.age.setFocus()
            self.age.selectAll()
            return
        if self.sex.value is None:
            self.message.say(self.tr("Please choose woman or man."))
            self.female.setFocus()
            return
        self.visit.set_guest(age, self.sex.value)
        self.message.hide()
        self.done.emit()


class BirthdayStep(StepView):
    """A saved person whose age today their date of birth cannot tell (saved with the
    year alone, or it is their birth month and the day is not known): asked, not guessed.
    The month is asked once and kept; "Have you had your birthday this year?" only where
    the month cannot tell (the birth month itself, or a person who would rather not say)."""

    done = Signal()

    def __init__(self, visit: Visit, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self.visit = visit
        self.why = label(self.tr("Your result is compared with people of your age on the day of the test."),
                         "stepNote")
        self.month_label = label("", "question")
        self.month = MonthChoice(locale)
        self.month.chosen.connect(self._month_chosen)
        self.month_note = label(self.tr("It is kept, so this is asked only once."), "stepNote")
        self.not_say_button = BigButton(self.tr("I would rather not say"), on_click=self._not_say)
        self.birthday_label = label("", "question")
        self.answer: bool | None = None
        self.yes, self.no = yes_no_pair(self, self._had_birthday)
        self.message = Message()
        # The question and its twelve answers first, in sight on a small screen; why it is
        # asked under them (it may scroll).
        self.add_to_body(self.month_label, self.month, self.why, self.month_note)
        self.body.addLayout(beside(self.birthday_label, self.yes, self.no))
        self.add_to_body(self.message)
        self.continue_button = BigButton(self.tr("Continue"), object_name="primary", on_click=self._continue)
        self.add_footer(self.not_say_button, self.continue_button)  # both in sight, whatever the size
        self.today_month = 0

    def reset(self) -> None:
        helper = self.visit.caregiver
        self.month_label.setText(self.tr("In which month were they born?") if helper
                                 else self.tr("In which month were you born?"))
        self.birthday_label.setText(self.tr("Have they had their birthday this year?") if helper
                                    else self.tr("Have you had your birthday this year?"))
        self.yes.setAccessibleName(self.tr("Yes") + ": " + self.birthday_label.text())
        self.no.setAccessibleName(self.tr("No") + ": " + self.birthday_label.text())
        self.today_month = self.visit.today().month
        profile = self.visit.profile
        asks_month = profile is not None and profile.birth_month is None
        for widget in (self.month_label, self.month, self.month_note, self.not_say_button):
            widget.setVisible(asks_month)
        self.month.set(None)
        self.answer = None
        self.yes.setChecked(False)
        self.no.setChecked(False)
        self._ask_birthday(not asks_month)  # a month saved already: it is this month
        self.message.hide()
        self.first_control = self.month.buttons[0] if asks_month else self.yes

    def _ask_birthday(self, shown: bool) -> None:
        for widget in (self.birthday_label, self.yes, self.no):
            widget.setVisible(shown)

    def _month_chosen(self, month: int) -> None:
        self.message.hide()
        self._ask_birthday(month == self.today_month)  # another month tells the age by itself

    def _not_say(self) -> None:
        self.month.set(None)
        self._ask_birthday(True)
        self.yes.setFocus()

    def _had_birthday(self, yes: bool) -> None:
        self.answer = yes
        self.yes.setChecked(yes)
        self.no.setChecked(not yes)
        self.message.hide()

    def _continue(self) -> None:
        try:
            if self.month.value is not None:
                self.visit.give_birth_month(self.month.value)
        except Exception as exc:  # a history that will not take it: the answer below still counts
            self.message.say(self.tr("The month could not be kept ({0}).").replace("{0}", str(exc)))
        if self.answer is not None and self.visit.birthday_unknown and not self.yes.isHidden():
            self.visit.answer_birthday(self.answer)
        if self.visit.birthday_unknown:
            self.message.say(self.tr("Please choose the month, or answer: have you had your birthday "
                                     "this year?") if not self.month.isHidden() else
                             self.tr("Please answer: have you had your birthday this year?"))
            return
        self.done.emit()


class RoomSetupStep(StepView):
    """How to set up, with pictures, and the instructions; then Start."""

    scrolls = True  # how to do the test, to read

    start = Signal()
    counted_myself = Signal()
    change_person = Signal()
    change_company = Signal()  # "Who is here?" again

    def __init__(self, protocol: Protocol, visit: Visit, images: Path, helper_advice: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.protocol, self.visit = protocol, visit
        self.advice = label(helper_advice, "safetyAdvice")
        self.advice.setAccessibleName(helper_advice)
        self.body.addWidget(self.advice)
        # Whose norms the result uses, and a way to change it (another person's turn).
        self.who = label("", "question")
        self.change_button = BigButton(self.tr("Change"), on_click=self.change_person)
        self.body.addLayout(beside(self.who, self.change_button))
        # Who is here (asked once a visit), and a way to change it.
        self.company = label("", "question")
        self.company_button = BigButton(self.tr("Change"), on_click=self.change_company)
        self.body.addLayout(beside(self.company, self.company_button))
        self.alone_note = label("", "stepNote")
        self.body.addWidget(self.alone_note)
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
        self.instructions_title, self.instructions = self.add_labels("question", "")
        self.start_button = BigButton(self.tr("Start the test"), object_name="primary", on_click=self.start)
        self.manual_button = BigButton(self.tr("Type in a count instead"), on_click=self.counted_myself)
        self.add_footer(self.start_button, self.manual_button)
        # Only once it has a parent: shown before, it would open as a window of its own
        # and take the keyboard from the app (Esc, Space and Alt+Left would stop working).
        self.manual_button.setVisible(protocol.scoring == "chair_stand_30s")
        self.first_control = self.start_button

    def reset(self) -> None:
        from legapp.qt.check.alone_steps import company_words

        caregiver, who = self.visit.caregiver, self.visit.who
        company = self.visit.company
        self.company.setText(self.tr("Who is here: {0}").replace("{0}", company_words(company)))
        self.company_button.setAccessibleName(self.tr("Change who is here") + f" ({company_words(company)})")
        for widget in (self.company, self.company_button):
            widget.setVisible(company is not None)
        alone = company == "alone"
        self.alone_note.setText(
            self.tr("You are on your own, so there is nothing to tap during the test. After each "
                    "position you say whether you held it.") if self.protocol.scoring == "balance_4stage"
            else self.tr("You are on your own, so there is nothing to tap during the test. Count your "
                         "stands in your head; afterwards you say how many."))
        self.alone_note.setVisible(alone)
        asks = self.protocol.needs_age_sex and who.known
        self.who.setVisible(asks)
        self.change_button.setVisible(asks)
        if asks:
            words = (self.tr("For: a woman aged {0}") if who.sex == "female"
                     else self.tr("For: a man aged {0}")).replace("{0}", str(who.age))
            if who.name:
                words = words.replace(self.tr("For: "), self.tr("For: {0}, ").replace("{0}", who.name))
            self.who.setText(words)
            self.change_button.setAccessibleName(self.tr("Change the age or sex") + f" ({words})")
        for text, words, helper_words in self.texts:
            text.setText(helper_words if caregiver else words)
        steps = self.protocol.caregiver_instructions if caregiver and self.protocol.caregiver_instructions \
            else self.protocol.instructions
        self.instructions_title.setText(
            self.tr("Read these steps to them:") if caregiver else self.tr("What you will do:"))
        self.instructions.setText("\n".join(f"{i}. {line}" for i, line in enumerate(steps, 1)))
        self.to_top()
