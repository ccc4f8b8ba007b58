"""My week: the days a person means to train, what they did (a strength session, minutes
of activity, balance practice), and a kind summary of the week so far."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from legapp.act.plan import Activity, kind_words, read_minutes, summarize, week_of
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, ButtonRow, Message, WrapButton, button_row, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.visit import Visit


class PlanPage(ScrollPage):
    def __init__(self, pack: ContentPack, visit: Visit, parent: QWidget | None = None):
        super().__init__(self.tr("My week"), parent)
        self.pack, self.visit = pack, visit
        locale = QLocale(pack.info.locale)
        self.who = label("", "question")
        self.person_button = BigButton(self.tr("Choose a person"))
        self.person_button.clicked.connect(lambda: self.navigate.emit(Route("profiles", "plan")))
        self.body.addWidget(self.who)
        self.body.addWidget(self.person_button)
        self.days_label = label(self.tr("The days I mean to do strength exercises:"), "question")
        self.body.addWidget(self.days_label)
        self.days = ButtonRow()
        self.day_buttons: list[BigButton] = []
        for day in range(7):
            button = BigButton(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            button.setObjectName("toggle")
            button.setCheckable(True)
            button.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            button.clicked.connect(self._days_changed)
            self.days.addWidget(button)
            self.day_buttons.append(button)
        self.days.addStretch(1)
        self.body.addWidget(self.days)
        self.done_label = label(self.tr("What I did today:"), "question")
        self.body.addWidget(self.done_label)
        self.strength_button = BigButton(self.tr("A strength session"),
                                         on_click=lambda: self._add("strength"))
        self.balance_button = BigButton(self.tr("Balance practice"), on_click=lambda: self._add("balance"))
        self.body.addWidget(button_row(self.strength_button, self.balance_button))
        active = ButtonRow()
        self.minutes = QLineEdit()
        self.minutes.setObjectName("numberBox")
        self.minutes.setMaxLength(4)
        self.minutes.setAccessibleName(self.tr("Minutes of walking or other activity"))
        self.minutes.setPlaceholderText(self.tr("minutes"))
        self.minutes.returnPressed.connect(lambda: self._add("aerobic"))
        self.minutes_button = WrapButton(self.tr("Add minutes of walking or activity"))
        self.minutes_button.clicked.connect(lambda: self._add("aerobic"))
        # A class of tai chi or balance (Otago, StandingTall) counts as balance practice, in minutes.
        self.class_button = WrapButton(self.tr("Add them as a balance class, like tai chi"))
        self.class_button.clicked.connect(lambda: self._add("balance", timed=True))
        active.addWidget(self.minutes)
        active.addWidget(self.minutes_button)
        active.addWidget(self.class_button)
        active.addStretch(1)
        self.body.addWidget(active)
        self.message = Message()
        self.body.addWidget(self.message)
        self.week_title, self.summary = self.add_labels("resultTitle", "resultText")
        from legapp.qt.accessible import section

        section(self.week_title)
        self.add_stretch()
        self.locale = locale

    def show_item(self, arg: str) -> None:
        self.refresh()

    def first_control(self) -> QWidget:
        return self.day_buttons[0] if self.visit.who.profile_id is not None else self.person_button

    def _now(self) -> datetime:
        return self.visit.now().astimezone()  # the visit's clock, as the week it notes sessions in

    def refresh(self) -> None:
        person = self.visit.who.profile_id
        keeps = person is not None and self.visit.history is not None
        for widget in (self.days_label, self.days, self.done_label, self.strength_button, self.balance_button,
                       self.minutes, self.minutes_button, self.class_button, self.week_title, self.summary):
            widget.setVisible(keeps)
        self.message.hide()
        if not keeps:
            self.who.setText(self.tr("Your week is kept for a saved person. Choose or add one first."))
            self.person_button.show()
            return
        self.person_button.hide()
        self.who.setText(self.tr("The week of {0}").replace("{0}", self.visit.who.name))
        try:
            days = self.visit.history.plan_days(person)
            start, end = week_of(self._now())
            done = self.visit.history.activities(person, start, end)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("Your week could not be read ({0}).").replace("{0}", str(exc)))
            return
        for day, button in enumerate(self.day_buttons):
            button.setChecked(day in days)
        week = summarize(done, self._now(), self.pack.facts, days)
        self.week_title.setText(self.tr("This week, from {0}").replace(
            "{0}", self.locale.toString(week.start.date(), QLocale.FormatType.LongFormat)))
        self.summary.setText(kind_words(week))
        for widget in (self.week_title, self.summary):
            widget.setAccessibleName(widget.text())

    def _days_changed(self) -> None:
        days = tuple(day for day, button in enumerate(self.day_buttons) if button.isChecked())
        try:
            self.visit.history.set_plan_days(self.visit.who.profile_id, days)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("Your days could not be saved ({0}).").replace("{0}", str(exc)))

    def _add(self, kind: str, timed: bool = False) -> None:
        minutes = None
        if kind == "aerobic" or timed:
            try:
                minutes = read_minutes(self.minutes.text())
            except ValueError as exc:
                self.message.say(str(exc))
                self.minutes.setFocus()
                return
        try:
            self.visit.history.save_activity(Activity(self.visit.who.profile_id, kind, self._now(), minutes))
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("That could not be saved ({0}).").replace("{0}", str(exc)))
            return
        self.minutes.clear()
        self.refresh()
