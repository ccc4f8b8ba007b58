"""After a session of a person's programme: "How did that feel?" Too easy / About right /
Too hard / It hurt. "It hurt" asks which exercise, stops it for now and says to ask a
doctor or a physical therapist. Then the step the answers lead to is offered, and the
person takes it or stays as they are; every answer and choice is kept with its date."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.act import programme as rules
from legapp.i18n import translate
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, WrapButton, button_row

if TYPE_CHECKING:
    from legapp.visit import Visit


def keep_events(visit: Visit, events: list) -> bool:
    """Keep programme events (a feel, a step taken, an exercise paused) in the history;
    where it cannot take them now, say so kindly and keep nothing: False."""
    from PySide6.QtCore import QCoreApplication

    try:
        visit.history.save_programme_events(events)
    except (sqlite3.Error, OSError) as exc:
        visit.notify(QCoreApplication.translate("ProgrammePage", "That could not be saved ({0}).").replace(
            "{0}", getattr(exc, "words", None) or str(exc)))
        return False
    return True


class FeelStep(StepView):
    finished = Signal()

    scrolls = True

    def __init__(self, visit: Visit, parent: QWidget | None = None):
        super().__init__(parent)
        self.visit = visit
        self.question, self.text = self.add_labels("resultTitle", "resultText")
        self.answers = ButtonRow()
        self.feel_buttons: dict[str, BigButton] = {}
        for feel in rules.FEELS:
            button = BigButton(translate("Programme", rules.FEEL_WORDS[feel]),
                               on_click=lambda _=False, f=feel: self.answer(f))
            self.answers.addWidget(button)
            self.feel_buttons[feel] = button
        self.answers.addStretch(1)
        self.which = ButtonRow()
        self.offer_row = button_row(
            BigButton(self.tr("Yes, take this step"), object_name="primary", on_click=self.take),
            BigButton(self.tr("No, stay as I am"), on_click=self.decline))
        self.take_button, self.stay_button = self.offer_row.findChildren(BigButton)
        self.add_to_body(self.answers, self.which, self.offer_row)
        self.body.addStretch(1)
        self.done_button = BigButton(self.tr("Done"), on_click=self.finished.emit)
        self.add_footer(self.done_button)
        self.exercises: list[tuple[str, str]] = []
        self.offered = None

    def ask(self, exercises: list[tuple[str, str]]) -> None:
        """``exercises``: (id, title) of the session just done."""
        self.exercises = exercises
        self._say(self.tr("How did that feel?"), self.tr("Your answer helps the app suggest your next step. "
                                                         "You always decide."))
        self.answers.show()
        self._clear_which()
        self.which.hide()
        self.offer_row.hide()
        self.done_button.setText(self.tr("Skip"))
        self.first_control = self.feel_buttons["about_right"]

    def _say(self, question: str, text: str) -> None:
        for widget, words in ((self.question, question), (self.text, text)):
            widget.setText(words)
            widget.setAccessibleName(words)

    def _clear_which(self) -> None:
        for child in self.which.findChildren(BigButton):
            child.hide()
            child.deleteLater()
        self.which.clear()

    def answer(self, feel: str) -> None:
        if feel == "hurt":
            self.answers.hide()
            self._say(self.tr("Which exercise hurt?"), self.tr("It will be stopped for now."))
            self._clear_which()
            for eid, title in self.exercises:
                self.which.addWidget(WrapButton(title,
                                                on_click=lambda _=False, e=eid: self._keep_feel("hurt", e)))
            self.which.addWidget(WrapButton(self.tr("I am not sure"),
                                            on_click=lambda: self._keep_feel("hurt", None)))
            self.which.show()
            self.first_control = self.which.findChildren(WrapButton)[0]
            self.first_control.setFocus()
            return
        self._keep_feel(feel, None)

    def _save(self, events: list) -> bool:
        return keep_events(self.visit, events)

    def _keep_feel(self, feel: str, exercise: str | None) -> None:
        who = self.visit.who.profile_id
        if not self._save(rules.feel_events(who, self.visit.now().astimezone(), feel, exercise)):
            return
        self.answers.hide()
        self.which.hide()
        self.done_button.setText(self.tr("Done"))
        self.first_control = self.done_button
        if feel == "hurt":
            self._say(self.tr("Thank you for telling us"), translate("Programme", rules.HURT_WORDS))
            self.done_button.setFocus()
            return
        self.offered = rules.offer(self.visit.history.programme_events(who))
        if self.offered is None:
            self._say(self.tr("Thank you"), self.tr("Keep going at this level. Every session counts."))
        else:
            self._say(self.tr("Would you like to take a step?"), self.offered.words())
            self.offer_row.show()
            self.first_control = self.take_button
        self.first_control.setFocus()

    def _decided(self, event) -> None:
        if self._save([event]):
            self.offer_row.hide()
            self._say(self.tr("Thank you"), self.tr("Your choice is kept. You can change your level at any "
                                                    "time in My programme."))
            self.first_control = self.done_button
            self.done_button.setFocus()

    def take(self) -> None:
        if self.offered is not None:
            self._decided(rules.step_event(self.visit.who.profile_id, self.visit.now().astimezone(),
                                           self.offered))

    def decline(self) -> None:
        if self.offered is not None:
            self._decided(rules.declined_event(self.visit.who.profile_id, self.visit.now().astimezone(),
                                               self.offered))
