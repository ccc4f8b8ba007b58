"""Act: what a person can do about leg muscle loss, as large tiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.content.render import fill_facts
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import Tile, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack


class ActPage(ScrollPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(self.tr("Keep your legs strong"), parent)
        self.body.addWidget(label(fill_facts(self.tr(
            "Strength training {{strength_sessions_per_week}}, staying active and eating enough "
            "protein can slow muscle loss, and even win some of it back, at any age."),
            pack.facts, pack.info), "stepNote"))
        self.tiles: dict[str, Tile] = {}
        for key, title, detail, route in (
            ("programme", self.tr("My programme"),
             self.tr("A level that fits you, steps up as you get stronger, and your days in your calendar."),
             Route("programme")),
            ("sessions", self.tr("Exercise with me"),
             self.tr("A guided session: the app shows, says and counts each move with you."),
             Route("sessions")),
            ("exercises", self.tr("Exercises for your legs"),
             self.tr("Safe moves for strength and balance, with pictures."), Route("exercises")),
            ("plan", self.tr("My week"),
             self.tr("Pick your days, note what you did, and see your week."), Route("plan")),
            ("protein", self.tr("How much protein?"),
             self.tr("Work out how much protein you need each day."), Route("protein")),
        ):
            tile = Tile(title, detail)
            tile.clicked.connect(lambda _=False, r=route: self.navigate.emit(r))
            self.body.addWidget(tile)
            self.tiles[key] = tile
        self.add_stretch()

    def first_control(self) -> QWidget:
        return self.tiles["sessions"]
