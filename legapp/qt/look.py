"""Applying the theme and the text size to the whole application at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from legapp.textsize import TEXT_SIZES
from legapp.theme import Theme, pick_theme, stylesheet, template


def system_preference(app: QApplication) -> dict[str, bool]:
    """What the desktop asks for, where Qt can tell: a dark scheme, high contrast."""
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    high = bool(accessibility) and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    return {"system_dark": dark, "system_high_contrast": high}


class Look(QObject):
    theme_changed = Signal(object)  # the new Theme: charts redraw in its colours

    def __init__(self, app: QApplication, ui_dir: Path, theme: Theme, size_index: int, choice: str = ""):
        super().__init__()
        self.app = app
        self.ui_dir = Path(ui_dir)
        self.theme = theme
        self.choice = choice or theme.name  # "auto" follows the system from here on
        self._template = template(self.ui_dir, theme)
        self.size_index = size_index
        self.size_count = len(TEXT_SIZES)
        self.min_target = 48  # a kiosk raises it to 60 (see legapp.qt.kiosk)
        self._palette()
        self.apply(size_index)
        self._watching = False

    def watch_system(self) -> None:
        """Follow the desktop's dark and contrast settings while the choice is "auto".
        Called once the first window is up (it touches Qt's enum namespace)."""
        if self._watching:
            return
        self._watching = True
        self._system_changed()  # "auto" takes what the system prefers now
        hints = self.app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def _system_changed(self, *_args) -> None:
        if self.choice == "auto":
            self.set_theme(pick_theme("auto", **system_preference(self.app)), "auto")

    def use_choice(self, choice: str) -> None:
        """The theme a setting names; "auto" asks the system once it is being watched
        (until then, the standard theme: see watch_system)."""
        prefers = system_preference(self.app) if choice == "auto" and self._watching else {}
        self.set_theme(pick_theme(choice, **prefers), choice)

    def set_theme(self, theme: Theme, choice: str | None = None) -> None:
        if choice is not None:
            self.choice = choice
        if theme == self.theme:
            return
        self.theme = theme
        self._template = template(self.ui_dir, theme)
        self._palette()
        self.apply(self.size_index)
        self.theme_changed.emit(theme)

    def _palette(self) -> None:
        """Parts a stylesheet does not reach (tool tips, menus, text documents) take
        their colours from the palette: set it from the theme too."""
        t = self.theme
        palette = QPalette()
        R = QPalette.ColorRole
        for role, colour in ((R.Window, t.window), (R.WindowText, t.text), (R.Base, t.surface),
                             (R.AlternateBase, t.window), (R.Text, t.text), (R.Button, t.accent),
                             (R.ButtonText, t.accent_text), (R.BrightText, t.accent_text),
                             (R.ToolTipBase, t.surface), (R.ToolTipText, t.text),
                             (R.PlaceholderText, t.muted_text), (R.Link, t.link), (R.LinkVisited, t.link),
                             (R.Highlight, t.accent), (R.HighlightedText, t.accent_text)):
            palette.setColor(role, QColor(colour))
        self.app.setPalette(palette)

    def apply(self, size_index: int) -> None:
        from PySide6.QtGui import QFont

        self.size_index = size_index
        size = TEXT_SIZES[size_index]
        font = QFont(self.app.font())
        font.setPointSize(size.body_pt)
        self.app.setFont(font)
        self.app.setStyleSheet(stylesheet(self._template, self.theme, size, self.min_target))
