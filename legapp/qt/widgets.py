"""Small building blocks shared by the screens: big buttons, tiles, headings, notices.

These make up the first window, so they avoid Qt's ``Qt`` enum namespace while being
built: touching it first costs ~30 ms, which would delay the first window by as much.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class SourceContext:
    """``self.tr`` that looks words up under the class whose code asks for them, as
    lupdate files them. PySide's own looks under the nearest class that declares a
    signal, so a subclass of a page or a step would miss every word of its own."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        context = sys._getframe(1).f_code.co_qualname.partition(".")[0]
        return QCoreApplication.translate(context, text, disambiguation, n)


class BigButton(QPushButton):
    """A push button that Enter and Return press too, not only Space. ``name``: what a
    screen reader says (and the tooltip), when the words on it are not enough;
    ``object_name``: its style ("primary", "dangerButton"...); ``on_click``: what it does."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "",
                 object_name: str = "", on_click=None):
        # push buttons take Tab and click focus already. An explicit None parent makes
        # PySide weigh the QIcon overload and build QIcon's enums (~5 ms) before the first window.
        if parent is None:
            super().__init__(text)
        else:
            super().__init__(text, parent)
        if name:
            self.setAccessibleName(name)
            self.setToolTip(name)
        if object_name:
            self.setObjectName(object_name)
        if on_click is not None:
            self.clicked.connect(on_click)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            return
        if self.property("accessibleRole") == "radio":  # one of N answers: arrows stay in its group
            from legapp.qt.accessible import move_in_group

            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(
                Qt.Key(event.key()), 0)
            if step and move_in_group(self, step):
                return
        super().keyPressEvent(event)


class Tile(BigButton):
    """A large button with a title and a line of explanation, both wrapping."""

    def __init__(self, title: str, detail: str = "", parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("tile")
        self.setAccessibleName(title)
        if detail:
            self.setAccessibleDescription(detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(4)
        self.title_label = label(title, "tileTitle")  # a plain label lets a press reach the tile
        layout.addWidget(self.title_label)
        self.detail_label = label(detail, "tileDetail")
        layout.addWidget(self.detail_label)
        self.detail_label.setVisible(bool(detail))
        layout.addStretch(1)  # in a row of taller tiles, the words stay at the top

    def set_words(self, title: str, detail: str = "") -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)


def label(text: str = "", object_name: str = "") -> QLabel:
    """A wrapping label, named for the stylesheet."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if object_name:
        widget.setObjectName(object_name)
    return widget


class Message(QLabel):
    """A wrapping label that is on screen only while it has something to say, and is
    read out by what it says: by default a kind message (a number that will not do...)."""

    def __init__(self, object_name: str = "kindMessage", parent: QWidget | None = None):
        super().__init__("", parent)
        self.setWordWrap(True)
        self.setObjectName(object_name)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if text:  # a screen reader says it too: it shows where focus is not
            from legapp.qt.accessible import announce

            announce(self, text)


class NumberBox(QLineEdit):
    """As wide as its longest number (and a figure more), at the text size of the moment:
    a box for 3 figures is not the width of the window, so its question can stand beside it."""

    def __init__(self, longest: int):
        super().__init__()
        self.longest = longest
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self):
        hint = super().sizeHint()
        figures = self.fontMetrics().horizontalAdvance("0" * (self.longest + 1))
        margins = self.textMargins().left() + self.textMargins().right()
        hint.setWidth(max(self.minimumWidth(), figures + margins + 48))  # padding, edge and ring
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()


def number_box(longest: int, on_enter=None, name: str = "") -> QLineEdit:
    """A box for a number typed in large figures (an age, a year, a count), ``longest``
    digits at most; Enter does ``on_enter``; ``name`` is what a screen reader says."""
    box = NumberBox(longest)
    box.setObjectName("numberBox")
    box.setMaxLength(longest)
    if name:
        box.setAccessibleName(name)
    if on_enter is not None:
        box.returnPressed.connect(on_enter)
    return box


def beside(main: QWidget, *others: QWidget) -> QHBoxLayout:
    """A row: ``main`` (a line of words) takes the room the ``others`` (its buttons) leave."""
    row = QHBoxLayout()
    row.setSpacing(12)
    row.addWidget(main, 1)
    for widget in others:
        row.addWidget(widget)
    return row


class BodyColumn:
    """For a screen with a ``body`` column (StepView, ScrollPage): put words and controls
    in it, one under the other."""

    body: QVBoxLayout

    def add_to_body(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.body.addWidget(widget)

    def add_labels(self, *object_names: str) -> list[QLabel]:
        """Wrapping labels for words that come later, one per stylesheet name, added to the
        body in order."""
        labels = [label("", name) for name in object_names]
        self.add_to_body(*labels)
        return labels


class ScrollBody(QScrollArea):
    """A body that scrolls when it outgrows the window at large text: add to ``body``,
    a column of the page's words and controls."""

    def __init__(self):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(14)
        self.setWidget(inner)

    def settle(self) -> None:
        """Made once the first window is on screen: the body only ever scrolls up and down,
        and the area is no stop for Tab (its controls are; it scrolls to follow them)."""
        from PySide6.QtCore import Qt

        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class ButtonRow(QWidget):
    """Buttons side by side while they fit the width; where they do not (large text in a
    narrow window), as many to a line as fit, the rest on the next: never a cut-off word,
    and never a tall column of buttons that pushes the step off the screen. Use it like
    a QHBoxLayout: ``addWidget`` (a ``stretch`` widens it in its line), ``addStretch``
    (the buttons then stand at the start of their lines)."""

    SPACING = 12

    _live = False  # shown once: from then on it follows its buttons (see event)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = QVBoxLayout(self)  # its lines, each a QHBoxLayout
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(self.SPACING)
        self._items: list[tuple[QWidget, int]] = []
        self._to_start = False
        self._lines: list[list[QWidget]] | None = None

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._items.append((widget, stretch))
        self._fit(force=True)

    def addStretch(self, stretch: int = 1) -> None:
        self._to_start = True
        self._fit(force=True)

    def clear(self) -> None:
        """Forget every widget (the caller drops them)."""
        self._items = []
        self._fit(force=True)

    def _grouped(self) -> list[list[QWidget]]:
        """The widgets in lines, each line as wide as fits (hidden ones ride along)."""
        if not self.isVisible():  # not laid out yet: one line, measured when it shows
            return [[w for w, _ in self._items]]
        room = self.width()
        lines: list[list[QWidget]] = [[]]
        used = 0
        for widget, _ in self._items:
            if widget.isHidden():
                lines[-1].append(widget)
                continue
            need = widget.sizeHint().width()
            if used and used + self.SPACING + need > room:
                lines.append([])
                used = 0
            lines[-1].append(widget)
            used += need + (self.SPACING if used else 0)
        return lines

    def _fit(self, force: bool = False) -> None:
        lines = self._grouped()
        if not force and lines == self._lines:
            return
        self._lines = lines
        while self.row.count():
            line = self.row.takeAt(0).layout()
            while line is not None and line.count():
                line.takeAt(0)
            if line is not None:
                line.setParent(None)
        stretch_of = dict(self._items)
        for widgets in lines:
            line = QHBoxLayout()
            line.setSpacing(self.SPACING)
            for widget in widgets:
                line.addWidget(widget, stretch_of[widget])
            if self._to_start and not any(stretch_of[w] and not w.isHidden() for w in widgets):
                line.addStretch(1)
            self.row.addLayout(line)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        self._live = True
        self._fit()
        super().showEvent(event)

    def event(self, event) -> bool:
        # A button shown, hidden or renamed asks for a new layout: fit the row again. Not
        # before the row first shows: asking an event its type makes PySide build Qt's
        # whole QEvent.Type (~5 ms), which the first window does not wait for.
        if self._live and event.type() == event.Type.LayoutRequest:
            self._fit()
        return super().event(event)


def button_row(*buttons: QWidget) -> ButtonRow:
    """``buttons`` side by side from the start of the line (one above the other where the
    line is too narrow for them)."""
    row = ButtonRow()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def drop(widget: QWidget) -> None:
    """Take a widget off the screen now and delete it soon (deleteLater alone leaves it
    painted where it was until the event loop comes round)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class PageTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("pageTitle")
        self.setWordWrap(True)
        self.setAccessibleName(text)
        from legapp.qt.accessible import heading

        heading(self)  # read as a heading


class Strip(QFrame):
    """A band across the window (the top bar, a notice), named for the stylesheet, with
    its words and buttons side by side in ``row``."""

    def __init__(self, object_name: str, margins: tuple[int, int, int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(*margins)


class Notice(Strip):
    """A calm yellow strip for things the person should know (a pack that failed, ...)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("notice", (16, 8, 8, 8), parent)
        self.setAccessibleName(self.tr("Notice"))
        self.label = label("", "noticeText")
        self.row.addWidget(self.label, 1)
        self.close_button = BigButton(self.tr("OK"), name=self.tr("Close this notice"), on_click=self.dismiss)
        self.row.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        from legapp.qt.accessible import announce

        current = self.label.text()
        self.label.setText(text if not current or self.isHidden() else current + "\n\n" + text)
        self.label.setAccessibleName(self.label.text())
        self.show()
        announce(self, text)

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()
        self.closed.emit()


class WrapButton(BigButton):
    """A button in a narrow column (beside a chart): its words go onto a second line
    rather than being cut when the text is large or the language is long."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "", on_click=None):
        super().__init__(text, parent, name=name, on_click=on_click)
        self._words = text
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def words(self) -> str:
        return self._words

    def setText(self, text: str) -> None:
        self._words = text
        super().setText(text)
        self._wrap(self.width())

    def _chrome(self) -> tuple[int, int]:
        """The button's own padding and border around its words, in px."""
        hint = super().sizeHint()
        lines = super().text().split("\n")
        metrics = self.fontMetrics()
        return (hint.width() - max(metrics.horizontalAdvance(line) for line in lines),
                hint.height() - metrics.lineSpacing() * len(lines))

    def _lines(self, width: int) -> list[str]:
        room = max(1, width - self._chrome()[0])
        metrics, lines = self.fontMetrics(), []
        for word in self._words.split():
            if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= room:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines or [""]

    def _wrap(self, width: int) -> None:
        wrapped = "\n".join(self._lines(width)) if width > 0 else self._words
        if wrapped != super().text():
            super().setText(wrapped)
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.fontMetrics().lineSpacing() * len(self._lines(width)) + self._chrome()[1]

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self._words.split()), default=0)
        hint.setWidth(longest + self._chrome()[0])
        return hint

    def resizeEvent(self, event) -> None:
        self._wrap(event.size().width())
        super().resizeEvent(event)
