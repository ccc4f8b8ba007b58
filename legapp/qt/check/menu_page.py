"""The Check menu: every self-test and questionnaire as a large tile, and the choice
of who is reading (the person, or a helper walking them through)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.run.helper_toggle import HelperToggle
from legapp.qt.widgets import Tile

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.visit import Visit


class CheckMenuPage(ScrollPage):
    def __init__(self, pack: ContentPack, visit: Visit, parent: QWidget | None = None):
        super().__init__(self.tr("Check your fall risk"), parent)
        self.visit = visit
        # Who is being checked: their results are kept; a guest's are not.
        self.who_button = Tile("")
        self.who_button.clicked.connect(lambda: self.navigate.emit(Route("profiles", "check")))
        self.body.addWidget(self.who_button)
        self.helper_button = HelperToggle(visit)
        self.body.addWidget(self.helper_button)
        self.tiles: dict[str, Tile] = {}
        for protocol in pack.protocols:
            self._add(protocol.id, protocol.title, protocol.summary, Route("test", protocol.id))
        for questionnaire in pack.questionnaires:
            self._add(questionnaire.id, questionnaire.title, questionnaire.summary,
                      Route("questionnaire", questionnaire.id))
        home = pack.home_safety
        self._add("home_safety", home.title, home.summary, Route("home_safety"))
        self.add_stretch()

    def _add(self, key: str, title: str, summary: str, route: Route) -> None:
        tile = Tile(title, summary)
        tile.clicked.connect(lambda _=False, r=route: self.navigate.emit(r))
        self.body.addWidget(tile)
        self.tiles[key] = tile

    def show_item(self, arg: str) -> None:
        self.helper_button.refresh()
        self.who_button.setVisible(self.visit.keeps_results)  # a kiosk keeps no one: nothing to choose
        who = self.visit.who
        if who.profile_id is None:
            self.who_button.set_words(self.tr("Checking as a guest"),
                                      self.tr("Results are not kept. Tap here to choose a person."))
        else:
            self.who_button.set_words(self.tr("Checking: {0}").replace("{0}", who.name),
                                      self.tr("Results are kept. Tap here to choose someone else."))

    def first_control(self) -> QWidget:
        return self.helper_button
