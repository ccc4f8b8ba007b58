"""My results: one person's results per test, newest first, with the line that marks a
higher risk explained; delete one; make a report for the doctor or a spreadsheet."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from legapp.assess import MEANINGS
from legapp.content.models import ContentPack
from legapp.navigation import Route
from legapp.qt.check.kit import CheckKit
from legapp.qt.page import Page
from legapp.qt.step_view import ButtonRow, ConfirmStep, StepView, drop, label
from legapp.qt.widgets import BigButton
from legapp.track.keep import rule_words, score_words
from legapp.track.records import Record

SHOWN_PER_TEST = 10  # the rest are in the report and the spreadsheet


def test_title(pack: ContentPack, test: str) -> str:
    try:
        return pack.protocol(test).title
    except KeyError:
        return pack.questionnaire(test).title


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
    delete = Signal(object)
    choose_person = Signal()
    report = Signal()
    print_report = Signal()
    export = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.who = label("", "question")
        self.person_button = BigButton(self.tr("Choose another person"))
        self.person_button.clicked.connect(self.choose_person)
        top.addWidget(self.who, 1)
        top.addWidget(self.person_button)
        self.body.addLayout(top)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(10)
        self.body.addLayout(self.sections)
        # After the results, in the page (a footer of three buttons would take half the
        # screen at the largest text size).
        self.actions = ButtonRow()
        self.report_button = BigButton(self.tr("Report for the doctor (PDF)"))
        self.report_button.setObjectName("primary")
        self.report_button.clicked.connect(self.report)
        self.print_button = BigButton(self.tr("Print"))
        self.print_button.clicked.connect(self.print_report)
        self.export_button = BigButton(self.tr("Spreadsheet (CSV)"))
        self.export_button.clicked.connect(self.export)
        for button in (self.report_button, self.print_button, self.export_button):
            self.actions.addWidget(button)
        self.actions.addStretch(1)
        self.body.addWidget(self.actions)
        self.body.addStretch(1)
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

    @property
    def first_control(self) -> QWidget:
        return self.person_button


class ResultsPage(Page):
    def __init__(self, pack: ContentPack, kit: CheckKit, parent: QWidget | None = None):
        super().__init__(self.tr("My results"), parent)
        self.pack, self.kit = pack, kit
        self.locale = QLocale(pack.info.locale)
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.list = ListStep()
        self.confirm = ConfirmStep()
        self.steps.addWidget(self.list)
        self.steps.addWidget(self.confirm)
        self.list.delete.connect(self._ask_delete)
        self.list.choose_person.connect(lambda: self.navigate.emit(Route("profiles", "results")))
        self.confirm.no_button.clicked.connect(self.refresh)
        self.records: list[Record] = []

    def settle(self) -> None:
        self.list.settle()
        self.confirm.settle()

    def show_item(self, arg: str) -> None:
        self.refresh()

    def first_control(self) -> QWidget:
        return self.steps.currentWidget().first_control

    def refresh(self) -> None:
        state, history = self.kit.state, self.kit.history
        self.list.clear()
        self.records = []
        if state.profile_id is not None and history is not None:
            try:
                self.records = history.results(state.profile_id)
            except (sqlite3.Error, OSError) as exc:
                self.kit.notify(self.tr("Your results could not be read ({0}).").replace("{0}", str(exc)))
        if state.profile_id is None:
            self.list.who.setText(self.tr("You are a guest, so no results are kept. Choose or add a "
                                          "person to keep their results."))
            self.list.person_button.setText(self.tr("Choose a person"))
        else:
            self.list.who.setText(self.tr("Results for {0}").replace("{0}", state.name))
            self.list.person_button.setText(self.tr("Choose another person"))
            if not self.records:
                self.list.add(label(self.tr("No results yet. Do a check and its result is kept here."),
                                    "stepNote"))
        self._show_records()
        for button in (self.list.report_button, self.list.print_button, self.list.export_button):
            button.setVisible(bool(self.records))
        self.steps.setCurrentWidget(self.list)
        self.list.to_top()
        self.focus_first()

    def _show_records(self) -> None:
        by_test: dict[str, list[Record]] = {}
        for record in self.records:
            by_test.setdefault(record.test, []).append(record)
        for test in MEANINGS:  # the menu's order: tests, then question lists
            records = by_test.get(test)
            if not records:
                continue
            self.list.add(label(test_title(self.pack, test), "resultTitle"))
            rule = rule_words(records[0].threshold)
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

    def _words(self, record: Record) -> str:
        when = QDateTime.fromSecsSinceEpoch(int(record.taken_at.timestamp()))
        date = (self.locale.toString(when.date(), QLocale.FormatType.LongFormat) + ", "
                + self.locale.toString(when.time(), QLocale.FormatType.ShortFormat))
        meaning = self.pack.results[record.test][record.meaning].title
        return f"{date}: {score_words(record)}. {meaning}."

    def _ask_delete(self, record: Record) -> None:
        words = self._words(record)
        self.confirm.ask(self.tr("Delete this result?"), words + " " + self.tr("This cannot be undone."),
                         lambda: self._delete(record))
        self.steps.setCurrentWidget(self.confirm)
        self.focus_first()

    def _delete(self, record: Record) -> None:
        try:
            self.kit.history.delete_result(record.id)
        except (sqlite3.Error, OSError) as exc:
            self.kit.notify(self.tr("That could not be done ({0}). Nothing was changed.").replace(
                "{0}", str(exc)))
        self.refresh()
