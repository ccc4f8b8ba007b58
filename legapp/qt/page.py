"""The frame every screen shares: a title and a scrolling body."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from legapp.qt.widgets import PageTitle


class Page(QWidget):
    """A screen. It asks to go somewhere by emitting ``navigate(Route)``."""

    navigate = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(16)
        self.title = PageTitle(title)
        outer.addWidget(self.title)
        self.outer = outer

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)
        self.setAccessibleName(text)

    def settle(self) -> None:
        """Finishing touches that use Qt's enum namespace, made once the first window
        is on screen (see MainWindow.set_pack)."""

    def show_item(self, arg: str) -> None:
        """Show the thing a route names (a topic, a question...). Most pages have none."""

    def first_control(self) -> QWidget | None:
        """The control where keyboard focus starts on this page (pages say which)."""
        return None

    def focus_first(self) -> None:
        """Put keyboard focus on the first control, so Tab starts at the top."""
        chosen = self.first_control()
        if chosen is not None:
            chosen.setFocus()
            return
        from PySide6.QtCore import Qt

        first = self.nextInFocusChain()
        while first is not None and first is not self:
            takes_tab = bool(first.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if takes_tab and first.isVisibleTo(self) and self.isAncestorOf(first):
                first.setFocus(Qt.FocusReason.TabFocusReason)
                return
            first = first.nextInFocusChain()


class ScrollPage(Page):
    """A page whose body scrolls, for lists that outgrow the window at large text."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(14)
        self.scroll.setWidget(body)
        self.outer.addWidget(self.scroll, 1)

    def settle(self) -> None:
        from PySide6.QtCore import Qt

        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll area is not a stop for Tab: its tiles are; it scrolls to follow them.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def add_stretch(self) -> None:
        self.body.addStretch(1)

    def clear_body(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def keep_visible(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget, 16, 16)
