"""Search everything: type a word, get large results to open by touch or keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, Tile

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from legapp.content.search import SearchIndex, SearchResult


class SearchBox(QLineEdit):
    """Enter or Down moves to the first result."""

    def __init__(self, on_leave, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_leave = on_leave

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self._on_leave()
            return
        super().keyPressEvent(event)


class SearchPage(ScrollPage):
    def __init__(self, index: SearchIndex, parent: QWidget | None = None):
        super().__init__(self.tr("Search"), parent)
        self.index = index
        self.box = SearchBox(self._to_results)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Type a word, for example: balance"))
        self.box.setAccessibleName(self.tr("Search for"))
        self.clear_button = BigButton(self.tr("Clear"), name=self.tr("Clear the search"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.box, 1)
        row.addWidget(self.clear_button)
        self.outer.insertLayout(1, row)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.outer.insertWidget(2, self.status)
        self.results: list[Tile] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._debounce.start())
        self.add_stretch()

    def first_control(self) -> QWidget:
        return self.box

    def run_search(self) -> None:
        self._debounce.stop()
        query = self.box.text().strip()
        found = self.index.search(query) if query else []
        self.clear_body()
        self.results = [self._tile(result) for result in found]
        for tile in self.results:
            self.body.addWidget(tile)
            tile.show()  # now, not on the next pass, so focus can move to it at once
        self.add_stretch()
        if not query:
            self.status.setText("")
        elif found:
            text = self.tr("%n result(s) for \u201c{0}\u201d", "", len(found))
            self.status.setText(text.replace("{0}", query))
        else:
            nothing = self.tr("Nothing found for \u201c{0}\u201d. Try a shorter or different word.")
            self.status.setText(nothing.replace("{0}", query))
        self.status.setAccessibleName(self.status.text())
        from legapp.qt.accessible import announce

        announce(self.status, self.status.text())  # focus stays in the box as the person types

    def _tile(self, result: SearchResult) -> Tile:
        kinds = {"topic": self.tr("Topic"), "faq": self.tr("Question"), "term": self.tr("Word"),
                 "test": self.tr("Check"), "questionnaire": self.tr("Check"), "exercise": self.tr("Exercise"),
                 "screen": self.tr("Keep your legs strong")}
        tile = Tile(f"{kinds[result.kind]}: {result.title}", result.snippet)
        if result.kind == "screen":  # a screen of its own, found by its name
            route = Route(result.target)
        else:
            screen = {"topic": "topic", "faq": "faq", "term": "glossary"}.get(result.kind, result.kind)
            route = Route(screen, result.target)
        tile.clicked.connect(lambda _=False, r=route: self.navigate.emit(r))
        return tile

    def _to_results(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        if self.results:
            self.results[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.keep_visible(self.results[0])

    def clear(self) -> None:
        self.box.clear()
        self.run_search()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
