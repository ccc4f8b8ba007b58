"""One step of a check (a question list, the set-up, a result...): its words and
pictures scroll, its action buttons stay in a footer that never scrolls away, so
"Continue" or "Start the test" is always in sight at the largest text size."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from legapp.qt.widgets import BigButton, ButtonRow, SourceContext, label


class StepView(SourceContext, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        from legapp.qt.read_aloud import LabelSource, ReadAloud

        self.read_aloud = ReadAloud(None, LabelSource(self.readable))
        self.read_aloud.hide()  # shown where a step can be heard (see add_read_aloud)
        layout.addWidget(self.read_aloud)
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
        self.footer = ButtonRow()
        layout.addWidget(self.footer)

    def settle(self) -> None:
        from PySide6.QtCore import Qt

        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def add_read_aloud(self, speaker) -> None:
        """Listen, Pause, Stop above the step: its words, and its answers, read in order.
        (The bar was made first, so Tab reaches it first, as it is read first.)"""
        self.read_aloud.set_speaker(speaker)
        self.read_aloud.show()

    def readable(self) -> list[QWidget]:
        """What Listen reads: the words of the step, then its answer buttons."""
        from PySide6.QtWidgets import QAbstractButton

        inner = self.scroll.widget()
        words = [w for w in inner.findChildren(QLabel) if w.wordWrap()]
        answers = [b for b in inner.findChildren(QAbstractButton) if b.objectName() == "answer"]
        return [*words, *answers]


class ConfirmStep(StepView):
    """"Are you sure?" on the page itself (no pop-up to lose behind the window): the
    question in plain words, a red "Yes, delete" and a "No, keep it"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = label("", "resultTitle")
        self.detail = label("")
        self.body.addWidget(self.question)
        self.body.addWidget(self.detail)
        self.body.addStretch(1)
        self.yes_button = BigButton(self.tr("Yes, delete"))
        self.yes_button.setObjectName("dangerButton")
        self.no_button = BigButton(self.tr("No, keep it"))
        self.footer.addWidget(self.no_button)
        self.footer.addWidget(self.yes_button)
        self.footer.addStretch(1)
        self._on_yes = None
        self.yes_button.clicked.connect(self._yes)

    def ask(self, question: str, detail: str, on_yes) -> None:
        self.question.setText(question)
        self.question.setAccessibleName(question)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._on_yes = on_yes

    def _yes(self) -> None:
        action, self._on_yes = self._on_yes, None
        if action is not None:
            action()

    @property
    def first_control(self) -> QWidget:
        return self.no_button  # the safe answer is where focus starts
