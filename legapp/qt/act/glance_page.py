"""Everyone's week: for a caregiver looking after several people, each person's week at a
glance (sessions against the days planned, minutes of activity and balance, a re-test
due), one line each, in the same kind words for all; a tap opens that person's programme."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.act.dose import week_dose
from legapp.act.glance import Glance
from legapp.act.programme import current
from legapp.act.retest import is_due
from legapp.act.start_level import level_name
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import Tile, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.visit import Visit


class GlancePage(ScrollPage):
    def __init__(self, pack: ContentPack, visit: Visit, parent: QWidget | None = None):
        super().__init__(self.tr("Everyone's week"), parent)
        self.pack, self.visit = pack, visit
        self.intro = label(self.tr("This week for each person. Tap a name to see their programme."),
                           "stepNote")
        self.body.addWidget(self.intro)
        self.tiles: list[Tile] = []
        self.add_stretch()

    def show_item(self, arg: str) -> None:
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        history = self.visit.history
        if history is None:
            return
        now = self.visit.now().astimezone()
        try:
            for person in history.profiles():
                events = history.programme_events(person.id)
                programme = current(events)
                days = history.plan_days(person.id)
                acts = history.activities(person.id, now - timedelta(days=8), now + timedelta(days=1))
                due = programme is not None and is_due(programme.started, history.results(person.id),
                                                       self.visit.today())
                glance = Glance(person.name, level_name(programme.level) if programme else None, len(days),
                                week_dose(acts, [e for e in events if e.kind == "session"], now), due)
                self._add(person, glance)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(getattr(exc, "words", None) or str(exc))

    def _add(self, person, glance: Glance) -> None:
        title = person.name + (f" \u2013 {glance.level}" if glance.level else "")
        tile = Tile(title, glance.words())
        tile.clicked.connect(lambda _=False, p=person: self._open(p))
        self.body.insertWidget(self.body.count() - 1, tile)
        self.tiles.append(tile)

    def _open(self, person) -> None:
        self.visit.use(person)
        self.navigate.emit(Route("programme"))

    def first_control(self) -> QWidget:
        return self.tiles[0] if self.tiles else self.intro
