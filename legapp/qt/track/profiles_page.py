"""People: whose results are kept on this computer. Choose one, add, edit, delete (with
their results, after a clear question), carry on as a guest, or delete all the data."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from legapp.navigation import Route
from legapp.qt.month_choice import MonthChoice
from legapp.qt.page import Page, show_step
from legapp.qt.sex_choice import SexChoice
from legapp.qt.step_view import ConfirmStep, StepView
from legapp.qt.widgets import BigButton, ButtonRow, Message, drop, label, number_box
from legapp.track.profiles import Profile, check_profile

if TYPE_CHECKING:
    from legapp.visit import Visit


def _sex_words(parent: QWidget, sex: str) -> str:
    return QCoreApplication.translate("PersonRow", "woman") if sex == "female" \
        else QCoreApplication.translate("PersonRow", "man")


class PersonRow(ButtonRow):
    """One person: a big button to choose them, and Edit and Delete beside it."""

    chosen = Signal(object)
    edit = Signal(object)
    delete = Signal(object)

    def __init__(self, profile: Profile, active: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.profile = profile
        self.setObjectName("personRow")
        words = self.tr("{0}, born {1}, {2}").replace("{0}", profile.name).replace(
            "{1}", str(profile.birth_year)).replace("{2}", _sex_words(self, profile.sex))
        self.use_button = BigButton(("\u2714 " if active else "") + words)
        self.use_button.setObjectName("answer")
        self.use_button.setCheckable(True)
        self.use_button.setChecked(active)
        self.use_button.setAccessibleName(words)
        self.use_button.setAccessibleDescription(
            self.tr("In use: results are kept for this person") if active else self.tr("Choose this person"))
        self.use_button.clicked.connect(lambda: self.chosen.emit(profile))
        self.edit_button = BigButton(self.tr("Edit"), name=self.tr("Edit {0}").replace("{0}", profile.name))
        self.edit_button.clicked.connect(lambda: self.edit.emit(profile))
        self.delete_button = BigButton(self.tr("Delete"),
                                       name=self.tr("Delete {0}").replace("{0}", profile.name))
        self.delete_button.clicked.connect(lambda: self.delete.emit(profile))
        self.addWidget(self.use_button, 1)
        self.addWidget(self.edit_button)
        self.addWidget(self.delete_button)


class EditStep(StepView):
    """Add or change a person: name or nickname, date of birth (the day may be left out), sex."""

    scrolls = True  # a form of several questions

    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, today, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today  # the visit's day: the age the profile gives is checked for it
        self.editing: Profile | None = None
        self.why = label(self.tr("The date of birth and sex pick the right numbers to compare "
                                 "with, at your age on the day of each check. Everything stays on "
                                 "this computer."), "stepNote")
        self.body.addWidget(self.why)
        self.name_label = label(self.tr("Name or nickname"), "question")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.name_label.text())
        self.name.setMaxLength(60)
        self.year_label = label(self.tr("Year of birth"), "question")
        self.year = number_box(4, self._save, self.year_label.text())
        self.month_label = label(self.tr("Month of birth"), "question")
        self.month = MonthChoice(locale)
        self.day_label = label(self.tr("Day of the month (you may leave it empty)"), "question")
        self.day = number_box(2, self._save, self.day_label.text())
        self.sex_label = label(self.tr("Sex"), "question")
        self.add_to_body(self.name_label, self.name, self.year_label, self.year, self.month_label, self.month,
                         self.day_label, self.day, self.sex_label)
        self.sex = SexChoice()
        self.female, self.male = self.sex.female, self.sex.male
        self.message = Message()
        self.add_to_body(self.sex, self.message)
        for box in (self.name, self.year, self.day):  # a kind warning goes once it is answered
            box.textEdited.connect(lambda _text: self.message.hide())
        self.save_button = BigButton(self.tr("Save"), object_name="primary", on_click=self._save)
        self.cancel_button = BigButton(self.tr("Cancel"), on_click=self.cancelled)
        self.add_footer(self.save_button, self.cancel_button)
        self.first_control = self.name

    def start(self, profile: Profile | None) -> None:
        self.editing = profile
        self.name.setText(profile.name if profile else "")
        self.year.setText(str(profile.birth_year) if profile else "")
        self.month.set(profile.birth_month if profile else None)
        self.day.setText(str(profile.birth_day) if profile and profile.birth_day else "")
        self.sex.set(profile.sex if profile else None)
        self.message.hide()
        self.to_top()

    def _save(self) -> None:
        try:
            profile = check_profile(self.name.text(), self.year.text(), self.sex.value, self.today().year,
                                    self.editing.id if self.editing else None,
                                    birth_month=self.month.value, birth_day=self.day.text(),
                                    today=self.today())
        except ValueError as exc:
            self.message.say(str(exc))
            return
        self.saved.emit(profile)


class ListStep(StepView):

    scrolls = True  # the people, as many as there are
    chosen = Signal(object)
    edit = Signal(object)
    delete = Signal(object)
    add = Signal()
    guest = Signal()
    delete_all = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = label(self.tr(
            "Choose who is doing the checks. Their results are kept on this computer, so you "
            "can see changes over time and make a report for the doctor. A guest's results "
            "are not kept."), "stepNote")
        self.body.addWidget(self.intro)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        self.body.addLayout(self.rows_box)
        self.empty = label(self.tr("No one has been added yet."), "question")
        self.body.addWidget(self.empty)
        self.body.addStretch(1)
        self.delete_all_button = BigButton(self.tr("Delete all my data"), object_name="dangerButton",
                                           on_click=self.delete_all)
        self.body.addWidget(self.delete_all_button)
        self.add_button = BigButton(self.tr("Add a person"), object_name="primary", on_click=self.add)
        self.guest_button = BigButton(self.tr("Go on as a guest"), on_click=self.guest)
        self.footer.addWidget(self.add_button, 1)
        self.footer.addWidget(self.guest_button)
        self.rows: list[PersonRow] = []

    def show_people(self, people: list[Profile], active: int | None) -> None:
        for row in self.rows:
            drop(row)
        self.rows = []
        for profile in people:
            row = PersonRow(profile, profile.id == active)
            row.chosen.connect(self.chosen)
            row.edit.connect(self.edit)
            row.delete.connect(self.delete)
            self.rows_box.addWidget(row)
            row.show()
            self.rows.append(row)
        self.empty.setVisible(not people)
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        return self.rows[0].use_button if self.rows else self.add_button


class ProfilesPage(Page):
    """Route("profiles", then): ``then`` is the screen to go on to once a person is
    chosen ("check", or "results" by default)."""

    def __init__(self, visit: Visit, locale: str = "en", parent: QWidget | None = None):
        super().__init__(self.tr("Who is doing the checks?"), parent)
        self.visit = visit
        self.then = "results"
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.list = ListStep()
        self.editor = EditStep(visit.today, QLocale(locale))
        self.confirm = ConfirmStep()
        for step in (self.list, self.editor, self.confirm):
            self.steps.addWidget(step)
        self.list.chosen.connect(self._choose)
        self.list.guest.connect(lambda: self._choose(None))
        self.list.add.connect(lambda: self._edit(None))
        self.list.edit.connect(self._edit)
        self.list.delete.connect(self._ask_delete)
        self.list.delete_all.connect(self._ask_delete_all)
        self.editor.saved.connect(self._save)
        self.editor.cancelled.connect(self._show_list)
        self.confirm.no_button.clicked.connect(self._show_list)

    def settle(self) -> None:
        for step in (self.list, self.editor, self.confirm):
            step.settle()

    def show_item(self, arg: str) -> None:
        self.then = arg or "results"
        self._show_list()

    def first_control(self) -> QWidget:
        return self.steps.currentWidget().first_control

    def _go(self, step: StepView) -> None:
        show_step(self.steps, step)
        self.focus_first()

    def _safely(self, action, *args) -> tuple[bool, object]:
        """Run ``action`` on the history: (True, its value), or (False, None) after a kind
        word when the disk will not take it."""
        try:
            return True, action(*args)
        except (sqlite3.Error, OSError) as exc:
            words = getattr(exc, "words", None)  # the history cannot be opened now: what is wrong, what to do
            self.visit.notify(words or self.tr("That could not be done ({0}). Nothing was changed.").replace(
                "{0}", str(exc)))
            return False, None

    def _show_list(self) -> None:
        history = self.visit.history
        people = self._safely(history.profiles)[1] if history is not None else []
        self.list.show_people(people or [], self.visit.who.profile_id)
        self.list.delete_all_button.setVisible(bool(people))  # only when something is saved
        self.list.add_button.setVisible(history is not None)  # nowhere to keep a person (a kiosk)
        self._go(self.list)

    def _choose(self, profile: Profile | None) -> None:
        self.visit.use(profile)
        self.navigate.emit(Route(self.then))

    def _edit(self, profile: Profile | None) -> None:
        self.set_title(self.tr("Change a person") if profile else self.tr("Add a person"))
        self.editor.start(profile)
        self._go(self.editor)

    def _save(self, profile: Profile) -> None:
        history = self.visit.history
        if history is None:  # the results could not be opened, or a kiosk keeps nothing
            self.visit.notify(self.tr("This person cannot be kept, because there is nowhere to keep "
                                      "results right now. You can still do every check as a guest."))
            self._show_list()
            return
        if profile.id is None:
            ok, saved = self._safely(history.add_profile, profile)
            if not ok:
                return
            if self.visit.who.profile_id is None:
                self.visit.use(saved)  # the first person added is the one checking
        else:
            ok, _ = self._safely(history.update_profile, profile)
            if not ok:
                return
            if self.visit.who.profile_id == profile.id:
                self.visit.use(profile)  # a new year of birth changes the norms used
        self.set_title(self.tr("Who is doing the checks?"))
        self._show_list()

    def _ask_delete(self, profile: Profile) -> None:
        count = self._safely(self.visit.history.count, profile.id)[1] or 0
        self.confirm.ask(
            self.tr("Delete {0} and all their results?").replace("{0}", profile.name),
            self.tr("This deletes %n saved result(s) too. It cannot be undone.", "", count),
            lambda: self._delete(profile))
        self._go(self.confirm)

    def _delete(self, profile: Profile) -> None:
        self._safely(self.visit.history.delete_profile, profile.id)
        if self.visit.who.profile_id == profile.id:
            self.visit.use(None)
        self._show_list()

    def _ask_delete_all(self) -> None:
        self.confirm.ask(
            self.tr("Delete all your data?"),
            self.tr("This deletes every person and every saved result on this computer. "
                    "It cannot be undone. Your text size and other settings stay."),
            self._delete_all)
        self._go(self.confirm)

    def _delete_all(self) -> None:
        self._safely(self.visit.history.delete_everything)
        self.visit.use(None)
        self._show_list()
