"""All Learn topics in reading order, each a large tile with its one-line summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.content.render import fill_facts
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import Tile

if TYPE_CHECKING:
    from legapp.content.models import ContentPack


class TopicListPage(ScrollPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(self.tr("Learn about your legs"), parent)
        self.tiles: list[Tile] = []
        for topic in pack.topics:
            tile = Tile(topic.title, fill_facts(topic.summary, pack.facts, pack.info))
            tile.clicked.connect(lambda _=False, t=topic.id: self.navigate.emit(Route("topic", t)))
            self.body.addWidget(tile)
            self.tiles.append(tile)
        self.add_stretch()

    def first_control(self) -> QWidget:
        return self.tiles[0]
