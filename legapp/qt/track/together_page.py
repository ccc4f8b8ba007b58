"""What my results say together: one page per person, from My results. Whether the person
was screened at risk, each finding of the latest results with its day, the next step and
whom to see, a way to the exercises in Act, and the checks to do again or still to do.
The words come from legapp.checks.together (no Qt), so the page and the report agree."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from legapp.checks.together import what_together
from legapp.checks.together_words import TogetherLine, check_words, screen_words, together_lines
from legapp.navigation import Route
from legapp.qt.page import Page
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, drop, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.visit import Visit


class FindingBlock(QWidget):
    """One finding: what was found, the day, the next step, whom to see; a way to Act."""

    go = Signal(object)

    def __init__(self, line: TogetherLine, day: str, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(6)
        self.line = line
        self.found = label(line.found, "resultTitle")
        when = self.tr("Done on {0}.").replace("{0}", day)
        if line.stale:
            when += " " + self.tr("More than six months old: do it again.")
        self.when = label(when, "stepNote")
        self.next_step = label(line.next_step)
        whom = self.tr("Whom to see: {0}.").replace("{0}", line.whom) if line.whom else ""
        self.whom = label(whom, "stepNote")
        self.whom.setVisible(bool(line.whom))
        for widget in (self.found, self.when, self.next_step, self.whom):
            column.addWidget(widget)
        self.button: BigButton | None = None
        if line.exercise:
            self.button = BigButton(self.tr("Go to the exercises"), name=self.tr("Go to the exercises: ")
                                    + line.found, on_click=lambda: self.go.emit(Route("act")))
        elif line.kind == "home":
            self.button = BigButton(self.tr("Open the home safety check"),
                                    on_click=lambda: self.go.emit(Route("home_safety")))
        if self.button is not None:
            row = ButtonRow()
            row.addWidget(self.button)
            row.addStretch(1)
            column.addWidget(row)


class TogetherStep(StepView):
    scrolls = True  # as many findings as there are

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.who, self.screen, self.overall = self.add_labels("question", "", "kindMessage")
        self.sections = QVBoxLayout()
        self.sections.setSpacing(12)
        self.body.addLayout(self.sections)
        self.results_button = BigButton(self.tr("\u25c0 Back to my results"))
        self.checks_button = BigButton(self.tr("Go to the checks"))
        self.add_footer(self.results_button, self.checks_button)
        self.first_control = self.results_button
        self.blocks: list[FindingBlock] = []
        self._made: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._made:
            drop(widget)
        self._made, self.blocks = [], []

    def add(self, widget: QWidget) -> QWidget:
        self.sections.addWidget(widget)
        widget.show()
        self._made.append(widget)
        return widget


class TogetherPage(Page):
    def __init__(self, pack: ContentPack, visit: Visit, parent: QWidget | None = None):
        super().__init__(self.tr("What my results say together"), parent)
        self.pack, self.visit = pack, visit
        self.locale = QLocale(pack.info.locale)
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.view = TogetherStep()
        self.steps.addWidget(self.view)
        self.view.results_button.clicked.connect(lambda: self.navigate.emit(Route("results")))
        self.view.checks_button.clicked.connect(lambda: self.navigate.emit(Route("check")))
        self.together = None

    def settle(self) -> None:
        self.view.settle()

    def first_control(self) -> QWidget:
        return self.view.first_control

    def _day(self, day) -> str:
        return self.locale.toString(day, QLocale.FormatType.LongFormat)

    def show_item(self, arg: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        view, who, history = self.view, self.visit.who, self.visit.history
        caregiver = self.visit.caregiver
        self.set_title(self.tr("What their results say together") if caregiver
                       else self.tr("What my results say together"))
        view.clear()
        records, home = [], None
        if who.profile_id is not None and history is not None:
            try:
                records = history.results(who.profile_id)
                home = history.home_check(who.profile_id)
            except (sqlite3.Error, OSError) as exc:
                self.visit.notify(self.tr("Your results could not be read ({0}).").replace("{0}", str(exc)))
        if home is not None:
            from legapp.track.home_safety import item_ids

            home = home.only(item_ids(self.pack.home_safety))
        together = what_together(records, home, self.visit.today(), caregiver=caregiver)
        self.together = together
        view.who.setText(self.tr("Results for {0}").replace("{0}", who.name) if who.name else
                         self.tr("You are a guest, so no results are kept."))
        screen = screen_words(together, caregiver)
        if together.screen_stale:
            screen += " " + self.tr("These answers are more than six months old: answer the questions "
                                    "about falls again.")
        view.screen.setText(screen)
        view.overall.setText(together.next_step)
        for line in together_lines(together, self.pack, caregiver):
            block = FindingBlock(line, self._day(line.day))
            block.go.connect(self.navigate)
            view.add(block)
            view.blocks.append(block)
        if together.not_checked:
            view.add(label(self.tr("Not checked yet"), "resultTitle"))
            view.add(label(", ".join(check_words(kind) for kind in together.not_checked) + ".", "stepNote"))
        if together.do_again:
            view.add(label(self.tr("Do these again (more than six months old)"), "resultTitle"))
            view.add(label("\n".join(
                "\u2022 " + self.tr("{0}, done on {1}").replace("{0}", check_words(test, self.pack)).replace(
                    "{1}", self._day(day)) for test, day in together.do_again), "stepNote"))
        view.add(label(self.tr("This is education, not a diagnosis. Your doctor can tell you what "
                               "these results mean for you."), "stepNote"))
        view.to_top()
        self.focus_first()
