"""One step of a check (a question list, the set-up, a result...): its words and
pictures scroll, its action buttons stay in a footer that never scrolls away, so
"Continue" or "Start the test" is always in sight at the largest text size."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from legapp.qt.widgets import BigButton, BodyColumn, ButtonRow, ScrollBody, SourceContext


class StepView(SourceContext, BodyColumn, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        from legapp.qt.read_aloud import LabelSource, ReadAloud

        # Its Listen stands beside the page's title (Page.follow_steps), where it can be heard.
        self.read_aloud = ReadAloud(None, LabelSource(self.readable), self)
        self.read_aloud.hide()
        self.heard = False
        self.scroll = ScrollBody()
        self.body = self.scroll.body
        layout.addWidget(self.scroll, 1)
        self.footer = ButtonRow()
        layout.addWidget(self.footer)
        # Why the step's main button cannot be pressed yet: first in the footer, beside it
        # where there is room (see hold).
        self.waiting_note = QLabel()
        self.waiting_note.setObjectName("whyNote")
        self.waiting_note.setWordWrap(True)
        self.waiting_note.hide()
        self.footer.addWidget(self.waiting_note, 1)

    # A step that is a list or a page to read (people, results, instructions, a result's
    # words) may scroll; any other (a question and its answers) fits the screen whole.
    # Either way its footer, with the main button, never scrolls away.
    scrolls = False

    # Where keyboard focus starts when the step is shown: a step names the control (or
    # works it out in a property of its own, where it depends on what is on screen).
    first_control: QWidget | None = None

    def settle(self) -> None:
        self.scroll.settle()

    def add_footer(self, *buttons: QWidget) -> None:
        """End the body (its words stay at the top, above any room left over) and put
        ``buttons`` in the footer, in order: a "primary" button takes the width left by the
        others; without one, the buttons stand at the start of the row."""
        self.body.addStretch(1)
        primary = False
        for button in buttons:
            wide = button.objectName() == "primary"
            primary = primary or wide
            self.footer.addWidget(button, 1 if wide else 0)
        if not primary:
            self.footer.addStretch(1)

    def hold(self, button: QWidget, why: str) -> None:
        """``button`` cannot be pressed yet: it looks it (greyed, no edge to tap) and the
        words above it, and what a screen reader says of it, tell why. ``why`` empty: it
        can be pressed."""
        button.setEnabled(not why)
        button.setAccessibleDescription(why)
        self.waiting_note.setText(why)
        self.waiting_note.setVisible(bool(why))

    def to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def showEvent(self, event) -> None:
        """A step put on screen starts at its top (its title, a result's score), whatever
        focus did on the way in: on the next turn, once its layout has settled."""
        super().showEvent(event)
        if not event.spontaneous():
            QMetaObject.invokeMethod(self, "_start_at_top", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _start_at_top(self) -> None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if focused is None or not self.scroll.isAncestorOf(focused):
            self.to_top()  # (a control of the body that has focus keeps itself in sight)

    def add_read_aloud(self, speaker) -> None:
        """Listen beside the page's title: the step's words, and its answers, read in order."""
        self.read_aloud.set_speaker(speaker)
        self.heard = True
        if self.isVisible():
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
        self.question, self.detail = self.add_labels("resultTitle", "")
        self.yes_button = BigButton(self.tr("Yes, delete"), object_name="dangerButton", on_click=self._yes)
        self.no_button = BigButton(self.tr("No, keep it"))
        self.add_footer(self.no_button, self.yes_button)
        self.first_control = self.no_button  # the safe answer is where focus starts
        self._on_yes = None

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
