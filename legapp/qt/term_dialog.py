"""A glossary word explained in a small window over the page, closed with Esc or OK."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from legapp.content.plaintext import markdown_to_plain
from legapp.content.render import fill_facts
from legapp.qt.widgets import BigButton

if TYPE_CHECKING:
    from legapp.content.models import ContentPack


class TermDialog(QDialog):
    see_all = Signal()

    def __init__(self, pack: ContentPack, term_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        term = pack.term(term_id)
        self.setObjectName("termDialog")
        self.setWindowTitle(term.term)
        self.setAccessibleName(self.tr("Meaning of {0}").replace("{0}", term.term))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)

        word = QLabel(term.term)
        word.setObjectName("pageTitle")
        word.setWordWrap(True)
        definition = QLabel(markdown_to_plain(fill_facts(term.definition, pack.facts, pack.info)))
        definition.setWordWrap(True)
        definition.setMinimumWidth(420)
        self.definition = definition
        layout.addWidget(word)
        layout.addWidget(definition)
        row = QHBoxLayout()
        all_words = BigButton(self.tr("All words"), name=self.tr("Open the word list"))
        all_words.clicked.connect(self._see_all)
        ok = BigButton(self.tr("OK"), name=self.tr("Close"))
        ok.clicked.connect(self.accept)
        ok.setDefault(True)
        row.addWidget(all_words)
        row.addStretch(1)
        row.addWidget(ok)
        layout.addLayout(row)
        self.ok_button = ok

    def showEvent(self, event) -> None:
        """As big as its words and buttons ask for: Qt otherwise keeps a new dialog to two
        thirds of the screen, which cuts long words at the largest text size."""
        super().showEvent(event)
        room = self.screen().availableGeometry().size()
        wanted = self.sizeHint().expandedTo(self.size()).boundedTo(room)
        if wanted != self.size():
            self.resize(wanted)

    def _see_all(self) -> None:
        self.accept()
        self.see_all.emit()
