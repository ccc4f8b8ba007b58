"""The Check menu: every self-test and questionnaire as a large tile, and the choice
of who is reading (the person, or a helper walking them through)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.checks.state import CheckState
from legapp.content.models import ContentPack
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, Tile


class CheckMenuPage(ScrollPage):
    caregiver_changed = Signal(bool)

    def __init__(self, pack: ContentPack, state: CheckState, parent: QWidget | None = None):
        super().__init__(self.tr("Check your fall risk"), parent)
        self.state = state
        self.helper_button = BigButton("")
        self.helper_button.setCheckable(True)
        self.helper_button.setObjectName("toggle")
        self.helper_button.toggled.connect(self._set_caregiver)
        self.body.addWidget(self.helper_button)
        self.tiles: dict[str, Tile] = {}
        for protocol in pack.protocols:
            self._add(protocol.id, protocol.title, protocol.summary, Route("test", protocol.id))
        for questionnaire in pack.questionnaires:
            self._add(questionnaire.id, questionnaire.title, questionnaire.summary,
                      Route("questionnaire", questionnaire.id))
        self.add_stretch()
        self._show_caregiver()

    def _add(self, key: str, title: str, summary: str, route: Route) -> None:
        tile = Tile(title, summary)
        tile.clicked.connect(lambda _=False, r=route: self.navigate.emit(r))
        self.body.addWidget(tile)
        self.tiles[key] = tile

    def _set_caregiver(self, on: bool) -> None:
        self.state.caregiver = on
        self._show_caregiver()
        self.caregiver_changed.emit(on)

    def _show_caregiver(self) -> None:
        on = self.state.caregiver
        self.helper_button.blockSignals(True)
        self.helper_button.setChecked(on)
        self.helper_button.blockSignals(False)
        self.helper_button.setText(
            self.tr("\u2714 I am helping someone else") if on else self.tr("I am helping someone else")
        )
        self.helper_button.setAccessibleName(self.tr("I am helping someone else"))
        self.helper_button.setAccessibleDescription(
            self.tr("On: the steps are written for a helper") if on else self.tr("Off")
        )

    def show_item(self, arg: str) -> None:
        self._show_caregiver()

    def first_control(self) -> QWidget:
        return self.helper_button
