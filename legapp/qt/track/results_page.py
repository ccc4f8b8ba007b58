"""My results: one person's results per test, newest first, with the line that marks a
higher risk explained; delete one; make a report for the doctor or a spreadsheet."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from legapp.navigation import Route
from legapp.qt.accessible import section
from legapp.qt.page import Page, show_step
from legapp.qt.saving import SaveJob, SaveNote, Saver, plain_name, shown
from legapp.qt.step_view import ConfirmStep, StepView
from legapp.qt.widgets import BigButton, beside, button_row, drop, label
from legapp.track.report import menu_order, report_line, title_of

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.records import Record
    from legapp.visit import Visit

SHOWN_PER_TEST = 10  # the rest are in the report and the spreadsheet


class ResultRow(QWidget):
    delete = Signal(object)

    def __init__(self, record: Record, words: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.record = record
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.text = label(words)
        self.text.setAccessibleName(words)
        self.delete_button = BigButton(self.tr("Delete"), name=self.tr("Delete: ") + words)
        self.delete_button.clicked.connect(lambda: self.delete.emit(record))
        row.addWidget(self.text, 1)
        row.addWidget(self.delete_button)


class ListStep(StepView):

    scrolls = True  # the person's results, as many as there are
    delete = Signal(object)
    choose_person = Signal()
    together = Signal()
    report = Signal()
    print_report = Signal()
    export = Signal()
    export_fhir = Signal()

    def __init__(self, kiosk: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.who = label("", "question")
        self.person_button = BigButton(self.tr("Choose another person"), on_click=self.choose_person)
        self.body.addLayout(beside(self.who, self.person_button))
        self.first_control = self.person_button
        # What all of them say together (legapp.qt.track.together_page).
        self.together_button = BigButton(self.tr("What my results say together"), on_click=self.together)
        self.body.addWidget(button_row(self.together_button))
        self.sections = QVBoxLayout()
        self.sections.setSpacing(10)
        self.body.addLayout(self.sections)
        # In the footer, under the results however many there are: always in sight (the
        # footer's buttons go to a second line where one is too narrow for them).
        self.report_button = BigButton(self.tr("Save the report (PDF)"), object_name="primary",
                                       on_click=self.report)
        self.print_button = BigButton(self.tr("Print"), on_click=self.print_report)
        # Near the PDF: the same results as a file a clinic's record system reads (FHIR).
        self.fhir_button = BigButton(self.tr("Save for the clinic (FHIR)"),
                                     on_click=self.export_fhir)
        self.export_button = BigButton(self.tr("Save the spreadsheet (CSV)"), on_click=self.export)
        self.actions = self.footer
        self.add_footer(self.report_button, self.print_button, self.export_button)
        # The file for the clinic sits just above the footer's PDF button, at the end of the
        # results: a fourth button in the footer took a third row of it at the largest text
        # on a small screen, and left no room for the results.
        self.body.addWidget(button_row(self.fhir_button))
        # Where the report or the spreadsheet was saved: after the results, brought into
        # sight when it says something (see legapp.qt.saving).
        self.note = SaveNote(kiosk)
        self.body.addWidget(self.note)
        self.rows: list[ResultRow] = []
        self._made: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._made:
            drop(widget)
        self._made, self.rows = [], []

    def add(self, widget: QWidget) -> QWidget:
        self.sections.addWidget(widget)
        widget.show()
        self._made.append(widget)
        return widget


class ResultsPage(Page):
    def __init__(self, pack: ContentPack, visit: Visit, parent: QWidget | None = None):
        super().__init__(self.tr("My results"), parent)
        self.pack, self.visit = pack, visit
        self.locale = QLocale(pack.info.locale)
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.list = ListStep(kiosk=visit.take_home is not None)
        self.saver = Saver(self.list.note)
        self.confirm = ConfirmStep()
        self.steps.addWidget(self.list)
        self.steps.addWidget(self.confirm)
        self.list.delete.connect(self._ask_delete)
        self.list.choose_person.connect(lambda: self.navigate.emit(Route("profiles", "results")))
        self.list.together.connect(lambda: self.navigate.emit(Route("together")))
        self.list.report.connect(self.save_report)
        self.list.print_report.connect(self.print_report)
        self.list.export.connect(self.save_spreadsheet)
        self.list.export_fhir.connect(self.save_fhir)
        self.confirm.no_button.clicked.connect(self.refresh)
        self.records: list[Record] = []

    def settle(self) -> None:
        self.list.settle()
        self.confirm.settle()

    def _to_checks(self) -> None:
        self.navigate.emit(Route("check"))

    def show_item(self, arg: str) -> None:
        self.refresh()

    def first_control(self) -> QWidget:
        return self.steps.currentWidget().first_control

    def refresh(self) -> None:
        who, history = self.visit.who, self.visit.history
        self.list.clear()
        self.list.note.hide()
        self.records = []
        if who.profile_id is not None and history is not None:
            try:
                self.records = history.results(who.profile_id)
            except (sqlite3.Error, OSError) as exc:
                self.visit.notify(self.tr("Your results could not be read ({0}).").replace("{0}", str(exc)))
        if who.profile_id is None:
            self.list.who.setText(self.tr("You are a guest, so no results are kept. Choose or add a "
                                          "person to keep their results."))
            self.list.person_button.setText(self.tr("Choose a person"))
        else:
            self.list.who.setText(self.tr("Results for {0}").replace("{0}", who.name))
            self.list.person_button.setText(self.tr("Choose another person"))
            if not self.records:
                self.list.add(label(self.tr("No results yet. Do a check and its result is kept here."),
                                    "stepNote"))
                self.list.add(button_row(BigButton(self.tr("Go to the checks"), on_click=self._to_checks)))
        self._show_records()
        for button in (self.list.report_button, self.list.fhir_button, self.list.print_button,
                       self.list.export_button):
            button.setVisible(bool(self.records))
        self.list.together_button.setVisible(bool(self.records))
        self.list.together_button.setText(self.tr("What their results say together") if self.visit.caregiver
                                          else self.tr("What my results say together"))
        show_step(self.steps, self.list)
        self.list.to_top()
        self.focus_first()

    def _show_records(self) -> None:
        by_test: dict[str, list[Record]] = {}
        for record in self.records:
            by_test.setdefault(record.test, []).append(record)
        for test in menu_order(self.pack):  # as the Check menu and the report list them
            records = by_test.get(test)
            if test == "sppb":
                self._show_sppb_of_parts(records or [])
            if not records:
                continue
            self.list.add(section(label(title_of(test, self.pack), "resultTitle")))
            rule = report_line(records[0], self.pack).threshold
            self.list.add(label(self.tr("A higher risk: {0}.").replace("{0}", rule) if rule else self.tr(
                "There is no number to compare with at this age."), "stepNote"))
            for record in records[:SHOWN_PER_TEST]:
                row = ResultRow(record, self._words(record))
                row.delete.connect(self.list.delete)
                self.list.add(row)
                self.list.rows.append(row)
            if len(records) > SHOWN_PER_TEST:
                self.list.add(label(self.tr("{0} older results are not shown here. They are in the report "
                                            "and the spreadsheet.").replace(
                    "{0}", str(len(records) - SHOWN_PER_TEST)), "stepNote"))

    def _show_sppb_of_parts(self, runs: list[Record]) -> None:
        """The SPPB from its three parts done on one day on their own (CLINICAL.md 12),
        where that day is newer than any SPPB run; with a part missing that day, the parts
        done, never a total."""
        from legapp.checks.sppb_day import latest_sppb, local_day, parts_of_day

        parts = [r for r in self.records if r.test in ("balance_4stage", "walk_4m", "five_times_sts")]
        if not parts:
            return
        newest_run = max((local_day(r) for r in runs), default=None)
        day = max(local_day(r) for r in parts)
        if newest_run is not None and newest_run >= day:
            return  # the newest SPPB is a run of its own, listed below
        whole = latest_sppb(parts)
        date = self.locale.toString(day, QLocale.FormatType.LongFormat)
        if whole is not None and whole.day == day:
            r = whole.result
            words = self.tr("From the three tests done on {0}: {1} of 12 points (balance {2}, walking {3}, "
                            "chair stands {4}). 8 or less is low.")
            for i, value in enumerate((date, r.total, r.balance_points, r.gait_points, r.chair_points)):
                words = words.replace(f"{{{i}}}", str(value))
        else:
            points = parts_of_day(parts, day).points
            done = [self.tr("{0}: {1} of 4 points").replace("{0}", name).replace("{1}", str(points[key]))
                    for key, name in (("balance", self.tr("balance")), ("gait", self.tr("walking")),
                                      ("chair", self.tr("chair stands"))) if points[key] is not None]
            words = self.tr("On {0}: {1}. The total needs all three tests on the same day.").replace(
                "{0}", date).replace("{1}", "; ".join(done))
        self.list.add(label(self.tr("Three tests together (SPPB)"), "resultTitle"))
        self.list.add(label(words, "stepNote"))

    def _words(self, record: Record) -> str:
        when = QDateTime.fromSecsSinceEpoch(int(record.taken_at.timestamp()))
        date = (self.locale.toString(when.date(), QLocale.FormatType.LongFormat) + ", "
                + self.locale.toString(when.time(), QLocale.FormatType.ShortFormat))
        line = report_line(record, self.pack)
        return f"{date}: {line.score_text}. {line.meaning_title}."

    def _ask_delete(self, record: Record) -> None:
        words = self._words(record)
        self.confirm.ask(self.tr("Delete this result?"), words + " " + self.tr("This cannot be undone."),
                         lambda: self._delete(record))
        show_step(self.steps, self.confirm)
        self.focus_first()

    def _delete(self, record: Record) -> None:
        try:
            self.visit.history.delete_result(record.id)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("That could not be done ({0}). Nothing was changed.").replace(
                "{0}", str(exc)))
        self.refresh()

    # -- the report and the spreadsheet ----------------------------------------------------
    def _report(self):
        from legapp.track.report import build_report

        history, who = self.visit.history, self.visit.who.profile_id
        profile = history.profile(who)
        home = history.home_check(who)  # its open hazards are in "What the results say together"
        return build_report(profile, self.records, self.pack, self.visit.today(), home)

    def _file_name(self, words: str, suffix: str) -> str:
        """A plain name in the person's language: "legapp report - Ana - December 1, 2026.pdf"."""
        return plain_name(words, self.visit.who.name, self.visit.today(), self.locale, suffix)

    def _save(self, job: SaveJob) -> None:
        self.saver.save(job)
        self._show_note()

    def _show_note(self) -> None:
        """The note is under the buttons: bring it into sight, and focus its first button."""
        # On the next turn, once the note is laid out: the window scrolls a control that
        # takes focus into sight.
        self._focus_soon(self.list.note.first_control)

    def save_report(self) -> None:
        from legapp.qt.report_pdf import write_pdf

        try:
            report = self._report()
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("Your results could not be read ({0}).").replace("{0}", str(exc)))
            return
        self._save(SaveJob(
            self._file_name(self.tr("legapp report"), "pdf"),
            lambda path: write_pdf(report, path, self.locale.name()),
            lambda path, pages: self.tr(
                "The report (%n page(s)) is saved in the folder {1}, named “{2}”. Only you can "
                "open it on this computer.", "", pages).replace("{1}", shown(path.parent)).replace(
                "{2}", path.name),
            lambda folder, why: self.tr(
                "The report could not be saved in {0}: {1}. Nothing there was changed. You can choose "
                "another place, such as a USB stick.").replace("{0}", shown(folder)).replace("{1}", why),
            self.tr("Save the report for the doctor"), self.tr("PDF files (*.pdf)")))

    def print_report(self) -> None:
        from legapp.qt.report_pdf import print_report

        if print_report(self._report(), self):
            self.visit.notify(self.tr("The report was sent to the printer."))

    def save_spreadsheet(self) -> None:
        from legapp.track.export import write_csv

        self._save(SaveJob(
            self._file_name(self.tr("legapp results"), "csv"),
            lambda path: write_csv(self.records, path, self.pack),
            lambda path, _none: self.tr(
                "The spreadsheet is saved in the folder {0}, named “{1}”. Only you can open it on "
                "this computer.").replace("{0}", shown(path.parent)).replace("{1}", path.name),
            lambda folder, why: self.tr(
                "The spreadsheet could not be saved in {0}: {1}. Nothing there was changed. You can "
                "choose another place, such as a USB stick.").replace("{0}", shown(folder)).replace(
                "{1}", why),
            self.tr("Save the results as a spreadsheet"), self.tr("Spreadsheet files (*.csv)")))

    def save_fhir(self) -> None:
        """The results as a FHIR file for a clinic's record system: written here, sent nowhere."""
        from datetime import datetime

        from legapp.track.fhir import bundle, write_bundle

        try:
            profile = self.visit.history.profile(self.visit.who.profile_id)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("Your results could not be read ({0}).").replace("{0}", str(exc)))
            return
        data = bundle(profile, self.records, datetime.now().astimezone())
        self._save(SaveJob(
            self._file_name(self.tr("legapp results for the clinic"), "json"),
            lambda path: write_bundle(data, path),
            lambda path, _count: self.tr(
                "The file for the clinic is saved in the folder {0}, named “{1}”. Give it to your doctor's "
                "office, for example on a USB stick; it is not sent anywhere. Only you can open it on this "
                "computer.").replace("{0}", shown(path.parent)).replace("{1}", path.name),
            lambda folder, why: self.tr(
                "The file for the clinic could not be saved in {0}: {1}. Nothing there was changed. You can "
                "choose another place, such as a USB stick.").replace("{0}", shown(folder)).replace(
                "{1}", why),
            self.tr("Save the results for the clinic's computer"), self.tr("FHIR files (*.json)")))
