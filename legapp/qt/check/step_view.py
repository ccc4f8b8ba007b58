"""One step of a check (a question list, the set-up, a result...): its words and
pictures scroll, its action buttons stay in a footer that never scrolls away, so
"Continue" or "Start the test" is always in sight at the largest text size."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


def label(text: str = "", object_name: str = "") -> QLabel:
    """A wrapping label, named for the stylesheet."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if object_name:
        widget.setObjectName(object_name)
    return widget


class StepView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(14)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll, 1)
        self.footer = QHBoxLayout()
        self.footer.setSpacing(12)
        layout.addLayout(self.footer)

    def settle(self) -> None:
        from PySide6.QtCore import Qt

        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)
