"""Applying the theme and the text size to the whole application at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from legapp.textsize import TEXT_SIZES
from legapp.theme import Theme, stylesheet


class Look:
    def __init__(self, app: QApplication, ui_dir: Path, theme: Theme, size_index: int):
        self.app = app
        self.theme = theme
        self._template = (Path(ui_dir) / "app.qss").read_text(encoding="utf-8")
        self.size_index = size_index
        self.size_count = len(TEXT_SIZES)
        self.min_target = 48  # a kiosk raises it to 60 (see legapp.qt.kiosk)
        palette = app.palette()
        for role, color in ((QPalette.ColorRole.Link, theme.link),
                            (QPalette.ColorRole.LinkVisited, theme.link),
                            (QPalette.ColorRole.Highlight, theme.accent),
                            (QPalette.ColorRole.HighlightedText, theme.accent_text)):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
        self.apply(size_index)

    def apply(self, size_index: int) -> None:
        self.size_index = size_index
        size = TEXT_SIZES[size_index]
        font = QFont(self.app.font())
        font.setPointSize(size.body_pt)
        self.app.setFont(font)
        self.app.setStyleSheet(stylesheet(self._template, self.theme, size, self.min_target))
