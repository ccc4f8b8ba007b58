"""My programme: a starting level from the person's own results (Vivifrail from the SPPB,
or the app's own rule), chosen by the person; then their session, the step they are
offered, exercises stopped for now, the next re-test, the weekly dose with its chart, and
"Put my plan in my calendar". The rules are in legapp.act (start_level, programme, dose,
retest, calendar_file); this page shows them and keeps what the person decides.

In a kiosk nothing is kept: a level can be chosen and its exercises printed to take home."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from legapp.act import programme as rules
from legapp.act.calendar_file import calendar_bytes, local_zone, plan_of, save_calendar
from legapp.act.dose import aims, dose_words, weeks
from legapp.act.retest import change_since_start, is_due, next_retest
from legapp.act.start_level import LEVELS, level_name, suggestion
from legapp.navigation import Route
from legapp.qt.accessible import radio_buttons
from legapp.qt.act.feel_step import keep_events
from legapp.qt.page import ScrollPage
from legapp.qt.saving import SaveJob, SaveNote, Saver, plain_name, shown
from legapp.qt.widgets import BigButton, ButtonRow, WrapButton, button_row, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.theme import Theme
    from legapp.visit import Visit


def _box() -> tuple[QWidget, QVBoxLayout]:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(12)
    return box, column


class ProgrammePage(ScrollPage):
    def __init__(self, pack: ContentPack, visit: Visit, theme: Theme, parent: QWidget | None = None):
        super().__init__(self.tr("My programme"), parent)
        self.pack, self.visit, self.theme = pack, visit, theme
        self.locale = QLocale(pack.info.locale)
        self.exercises = {e.id: e for e in pack.exercises}
        self.events: list = []
        self.offered = None
        self.suggested = None
        self.chart = None
        self.who = label("", "question")
        self.person_button = BigButton(self.tr("Choose a person"),
                                       on_click=lambda: self.navigate.emit(Route("profiles", "programme")))
        self.body.addWidget(self.who)
        self.body.addWidget(self.person_button)
        self._choose_box()
        self._mine_box()
        self.add_stretch()

    # -- choosing a level ----------------------------------------------------------------------
    def _choose_box(self) -> None:
        self.choose, column = _box()
        self.suggestion_text = label("", "resultText")
        self.checks_button = WrapButton(self.tr("Do the chair stand and balance test first"),
                                        on_click=lambda: self.navigate.emit(Route("check")))
        column.addWidget(self.suggestion_text)
        column.addWidget(self.checks_button)
        # Vivifrail's "+" counts a fall that needed medical care; no check asks it, so it is asked here.
        self.care_question = label(self.tr("In the past year, did a fall need a doctor or a hospital?"),
                                   "question")
        self.care_yes = BigButton(self.tr("Yes"), on_click=lambda: self._fall_care(True))
        self.care_no = BigButton(self.tr("No"), on_click=lambda: self._fall_care(False))
        for button in (self.care_yes, self.care_no):
            button.setObjectName("answer")
            button.setCheckable(True)
        column.addWidget(self.care_question)
        column.addWidget(radio_buttons(button_row(self.care_yes, self.care_no), self.care_question.text(),
                                       (self.care_yes, self.care_no)))
        column.addWidget(label(self.tr("Which level would you like to start at?"), "question"))
        self.level_buttons: dict[str, BigButton] = {}
        row = ButtonRow()
        for level in LEVELS:
            button = BigButton(level_name(level), on_click=lambda _=False, lv=level: self.choose_level(lv))
            session = next((s for s in self.pack.sessions if s.level == level), None)
            if session is not None:
                button.setAccessibleDescription(session.summary)
            row.addWidget(button)
            self.level_buttons[level] = button
        row.addStretch(1)
        column.addWidget(row)
        self.print_button = WrapButton(self.tr("Print the exercises for this level"), on_click=self._print)
        self.print_button.hide()
        column.addWidget(self.print_button)
        self.body.addWidget(self.choose)

    def _mine_box(self) -> None:
        self.mine, column = _box()
        self.level_title, self.support_text = label("", "resultTitle"), label("", "resultText")
        column.addWidget(self.level_title)
        column.addWidget(self.support_text)
        self.start_button = BigButton(self.tr("Start my session"), object_name="primary",
                                      on_click=lambda: self.navigate.emit(Route("sessions", "programme")))
        self.days_button = WrapButton(self.tr("Choose my days"),
                                      on_click=lambda: self.navigate.emit(Route("plan")))
        column.addWidget(button_row(self.start_button, self.days_button))
        self.offer_box, offer = _box()
        self.offer_text = label("", "question")
        self.take_button = BigButton(self.tr("Yes, take this step"), object_name="primary",
                                     on_click=self.take_step)
        self.stay_button = BigButton(self.tr("No, stay as I am"), on_click=self.decline_step)
        offer.addWidget(self.offer_text)
        offer.addWidget(button_row(self.take_button, self.stay_button))
        column.addWidget(self.offer_box)
        self.paused_text = label("", "resultText")
        self.paused_row = ButtonRow()
        column.addWidget(self.paused_text)
        column.addWidget(self.paused_row)
        self.retest_text = label("", "resultText")
        self.retest_button = WrapButton(self.tr("Do the re-test"), on_click=lambda: self.navigate.emit(
            Route("check")))
        column.addWidget(self.retest_text)
        column.addWidget(self.retest_button)
        self.dose_title, self.dose_text = label(self.tr("My weeks"), "resultTitle"), label("", "resultText")
        column.addWidget(self.dose_title)
        column.addWidget(self.dose_text)
        self.chart_host, self.chart_column = _box()
        column.addWidget(self.chart_host)
        self.calendar_button = WrapButton(self.tr("Put my plan in my calendar"),
                                          on_click=lambda: self.save_calendar(False))
        self.caregiver_button = WrapButton(self.tr("Save a copy for a caregiver's calendar"),
                                           on_click=lambda: self.save_calendar(True))
        column.addWidget(button_row(self.calendar_button, self.caregiver_button))
        self.calendar_help = label(self.tr(
            "The file has one event for each of your days, every week, with a reminder 30 minutes "
            "before. Open it with your phone's or computer's calendar."), "stepNote")
        column.addWidget(self.calendar_help)
        self.note = SaveNote()
        self.saver = Saver(self.note)
        column.addWidget(self.note)
        self.glance_button = WrapButton(self.tr("Everyone's week"),
                                        on_click=lambda: self.navigate.emit(Route("glance")))
        self.change_button = WrapButton(self.tr("Choose another level"), on_click=self._change_level)
        column.addWidget(button_row(self.glance_button, self.change_button))
        self.body.addWidget(self.mine)

    # -- showing -------------------------------------------------------------------------------
    def show_item(self, arg: str) -> None:
        self.refresh()

    def first_control(self) -> QWidget:
        for widget in (self.person_button, self.take_button, self.start_button):
            if widget.isVisibleTo(self):
                return widget
        suggested = self.level_buttons.get(getattr(self.suggested, "level", ""), None)
        return suggested or self.level_buttons["gentle"]

    def _kiosk(self) -> bool:
        return self.visit.take_home is not None

    def refresh(self, changing: bool = False) -> None:
        person, history = self.visit.who.profile_id, self.visit.history
        self.note.hide()
        if self._kiosk():
            self._show_kiosk()
            return
        if person is None or history is None:
            self.who.setText(self.tr("Your programme is kept for a saved person. Choose or add one first."))
            self.person_button.show()
            self.choose.hide()
            self.mine.hide()
            return
        self.person_button.hide()
        self.who.setText(self.tr("The programme of {0}").replace("{0}", self.visit.who.name))
        try:
            self.events = history.programme_events(person)
            self.records = history.results(person)
            self.days = history.plan_days(person)
            now = self.visit.now().astimezone()
            self.activities = history.activities(person, now - timedelta(weeks=9), now + timedelta(days=1))
            self.profiles = history.profiles()
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(getattr(exc, "words", None) or str(exc))
            self.choose.hide()
            self.mine.hide()
            return
        mine = rules.current(self.events)
        if mine is None or changing:
            self._show_choose()
        else:
            self._show_mine(mine)

    def _show_choose(self) -> None:
        self.mine.hide()
        self.choose.show()
        self.suggested = suggestion(self.records, getattr(self, "fall_care", None))
        if self.suggested is None:
            words = self.tr("Do the chair stand and the balance test, and the app can suggest a level to "
                            "start at. Or choose one yourself.")
        else:
            words = self.suggested.words()
        self.suggestion_text.setText(words)
        self.suggestion_text.setAccessibleName(words)
        self.checks_button.setVisible(self.suggested is None)
        for level, button in self.level_buttons.items():
            button.setObjectName("primary" if self.suggested and level == self.suggested.level else "")
            button.setText(level_name(level) + (self.tr(" (suggested)") if self.suggested
                                                and level == self.suggested.level else ""))
            button.style().unpolish(button)
            button.style().polish(button)

    def _show_mine(self, mine: rules.Programme) -> None:
        self.choose.hide()
        self.mine.show()
        self.mine_programme = mine
        plus = self.tr(" With extra balance practice.") if mine.balance_plus else ""
        self.level_title.setText(self.tr("My level: {0}").replace("{0}", level_name(mine.level)))
        self.support_text.setText(mine.support_words() + plus)
        self.offered = rules.offer(self.events)
        self.offer_box.setVisible(self.offered is not None)
        if self.offered is not None:
            self.offer_text.setText(self.offered.words() + " " + self.tr("Would you like to take it?"))
        self._show_paused(mine)
        today = self.visit.today()
        due = next_retest(mine.started, self.records)
        if is_due(mine.started, self.records, today):
            retest = self.tr("It is time to do the chair stand and balance test again, to see how far you "
                             "have come.")
        else:
            retest = self.tr("Your next re-test of the chair stand and balance: {0}.").replace(
                "{0}", self.locale.toString(due, QLocale.FormatType.LongFormat))
        for change in change_since_start(self.records, mine.started):
            what = (self.tr("Chair stand since you started: {0} stands, now {1}.") if change.test ==
                    "chair_stand_30s" else self.tr("Balance since you started: {0} positions held, now {1}."))
            retest += " " + what.replace("{0}", f"{change.start:g}").replace("{1}", f"{change.now:g}")
        self.retest_text.setText(retest)
        self.retest_button.setVisible(is_due(mine.started, self.records, today))
        sessions = [e for e in self.events if e.kind == "session"]
        series = weeks(self.activities, sessions, self.visit.now().astimezone())
        self.dose_text.setText(dose_words(series[-1], aims(self.pack.facts)))
        self._show_chart(series)
        has_days = bool(self.days)
        self.calendar_button.setEnabled(has_days)
        self.caregiver_button.setEnabled(has_days)
        self.calendar_help.setText(self.tr(
            "The file has one event for each of your days, every week, with a reminder 30 minutes before. "
            "Open it with your phone's or computer's calendar.") if has_days else self.tr(
            "Choose your days first, and the app can put them in your calendar."))
        self.glance_button.setVisible(len(self.profiles) > 1)
        for widget in (self.level_title, self.support_text, self.offer_text, self.retest_text, self.dose_text,
                       self.calendar_help):
            widget.setAccessibleName(widget.text())

    def _show_paused(self, mine: rules.Programme) -> None:
        for child in self.paused_row.findChildren(BigButton):
            child.hide()
            child.deleteLater()
        self.paused_row.clear()
        self.paused_text.setVisible(bool(mine.paused))
        self.paused_row.setVisible(bool(mine.paused))
        if not mine.paused:
            return
        names = ", ".join(self.exercises[e].title for e in sorted(mine.paused) if e in self.exercises)
        self.paused_text.setText(self.tr("Stopped for now, because it hurt: {0}. Ask a doctor or a physical "
                                         "therapist before you try it again.").replace("{0}", names))
        for exercise in sorted(mine.paused):
            title = self.exercises[exercise].title if exercise in self.exercises else exercise
            self.paused_row.addWidget(WrapButton(
                self.tr("Try {0} again").replace("{0}", title),
                on_click=lambda _=False, e=exercise: self._keep([rules.Event(
                    self.visit.who.profile_id, "resumed", self.visit.now().astimezone(), {"exercise": e})])))

    def _show_chart(self, series) -> None:
        if self.chart is None:
            from legapp.qt.charts.dose_chart import DoseChart

            self.chart = DoseChart(self.theme, self.locale)
            self.chart.setMinimumHeight(220)
            self.chart_key = label(self.chart.key_words(), "stepNote")
            self.chart_column.addWidget(self.chart)
            self.chart_column.addWidget(self.chart.readout)
            self.chart_column.addWidget(self.chart_key)
        self.chart.show_weeks(series)

    # -- what the person decides ----------------------------------------------------------------
    def _keep(self, events: list) -> bool:
        if not keep_events(self.visit, events):
            return False
        self.refresh()
        self.focus_first()
        return True

    def choose_level(self, level: str) -> None:
        if self._kiosk():
            self.kiosk_level = level
            for lv, button in self.level_buttons.items():
                button.setObjectName("primary" if lv == level else "")
                button.style().unpolish(button)
                button.style().polish(button)
            self.print_button.show()
            self.print_button.setText(self.tr("Print the exercises for the {0} level").replace(
                "{0}", level_name(level)))
            return
        s = self.suggested
        self._keep([rules.start_event(
            self.visit.who.profile_id, self.visit.now().astimezone(), level,
            balance_plus=bool(s and s.balance_plus), suggested=s.level if s else None,
            source=s.source if s else None)])

    def _fall_care(self, yes: bool) -> None:
        self.fall_care = yes
        self.care_yes.setChecked(yes)
        self.care_no.setChecked(not yes)
        self._show_choose()

    def _change_level(self) -> None:
        self.refresh(changing=True)
        self.focus_first()

    def take_step(self) -> None:
        if self.offered is not None:
            self._keep([rules.step_event(self.visit.who.profile_id, self.visit.now().astimezone(),
                                         self.offered)])

    def decline_step(self) -> None:
        if self.offered is not None:
            self._keep([rules.declined_event(self.visit.who.profile_id, self.visit.now().astimezone(),
                                             self.offered)])

    # -- the calendar -----------------------------------------------------------------------------
    def save_calendar(self, for_caregiver: bool) -> None:
        name = self.visit.who.name
        plan = plan_of(name, self.events, self.days, self.pack, for_caregiver=for_caregiver)
        if plan is None:
            return
        data = calendar_bytes(plan, self.visit.today(), zone=local_zone())
        words = self.tr("legapp exercise days, caregiver's copy") if for_caregiver else self.tr(
            "legapp exercise days")
        self.saver.save(SaveJob(
            plain_name(words, name, self.visit.today(), self.locale, "ics"),
            lambda path: save_calendar(data, path),
            lambda path, _none: self.tr("Your plan is saved in the folder {0}, named “{1}”. Open it, and "
                                        "your calendar will ask to add the events.").replace(
                "{0}", shown(path.parent)).replace("{1}", path.name),
            lambda folder, why: self.tr("The calendar file could not be saved in {0}: {1}. Nothing there was "
                                        "changed. You can choose another place.").replace(
                "{0}", shown(folder)).replace("{1}", why),
            self.tr("Save the calendar file"), self.tr("Calendar files (*.ics)")))
        if self.note.isVisible():
            self.note.first_control.setFocus()

    # -- a kiosk: nothing kept, a sheet to take home ------------------------------------------------
    def _show_kiosk(self) -> None:
        self.person_button.hide()
        self.mine.hide()
        self.choose.show()
        self.who.setText(self.tr("Nothing is kept here. Choose a level, and print its exercises to take "
                                 "home."))
        self.suggested = None
        self.checks_button.hide()
        self.care_question.hide()
        self.care_yes.parentWidget().hide()
        self.suggestion_text.setText(self.tr(
            "If you did the chair stand and the balance test: after 0 stands or no position held, the "
            "Seated and supported level; below average or the third position not held, Gentle; otherwise "
            "Standard. "
            "This is the app's own rule. Ask a physical therapist if you are unsure."))
        self.suggestion_text.setAccessibleName(self.suggestion_text.text())
        self.print_button.setVisible(getattr(self, "kiosk_level", None) is not None)

    def sheet(self) -> str:
        from legapp.act.take_home import sheet_html

        level = getattr(self, "kiosk_level", None) or "gentle"
        session = next(s for s in self.pack.sessions if s.level == level)
        return sheet_html(level, session, self.exercises)

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        from legapp.qt.printing import choose_printer

        printer = QPrinter()
        if choose_printer(printer, self):
            document = QTextDocument()
            document.setHtml(self.sheet())
            document.print_(printer)
