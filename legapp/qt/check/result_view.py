"""A result on screen: the score, what it means, what to do next, where the rule
comes from, and that this is education, not a diagnosis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from legapp.qt.accessible import announce, heading
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, Message, label

if TYPE_CHECKING:
    from legapp.checks.explain import Explanation


class ResultView(StepView):

    scrolls = True  # what the result means, to read
    again = Signal()
    menu = Signal()
    learn = Signal()
    exercises = Signal()  # open "Keep your legs strong" (Route("act")), where a result suggests exercises

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score, self.heading, self.text, self.next_step, self.source = self.add_labels(
            "bigScore", "resultTitle", "resultText", "resultNext", "resultSource")
        heading(self.heading, 2)  # a part of the page: its title is level 1
        self.kept = Message("resultNote")
        self.note = label(self.tr(
            "This is education, not a diagnosis. Talk to your doctor or nurse about your "
            "result, especially if you are worried about falling."
        ), "resultNote")
        # The way to the exercises, under the next step that points to them (in the body, as
        # a fourth button in the footer would not fit beside the others at the largest text).
        self.exercises_button = BigButton(self.tr("Keep your legs strong"), on_click=self.exercises)
        self.exercises_button.setAccessibleDescription(self.tr("Exercises with pictures, for your legs"))
        self.exercises_row = ButtonRow()
        self.exercises_row.addWidget(self.exercises_button)
        self.exercises_row.addStretch(1)
        self.exercises_row.hide()
        self.body.insertWidget(self.body.indexOf(self.next_step) + 1, self.exercises_row)
        # A result that could not be kept (a full disk...): saved again when the person says.
        self.save_again_button = BigButton(self.tr("Save it again"), on_click=self._save_again)
        self.save_again_row = ButtonRow()
        self.save_again_row.addWidget(self.save_again_button)
        self.save_again_row.addStretch(1)
        self.save_again_row.hide()
        self._visit = None
        self.add_to_body(self.kept, self.save_again_row, self.note)
        self.labels = (self.score, self.heading, self.text, self.next_step, self.source, self.kept, self.note)
        # Kiosk only: the result to take home (see offer_take_home).
        self.take_home_text = ""
        self.qr = QLabel()
        self.qr_words = label("", "stepNote")
        self.print_button = BigButton(self.tr("Print this result"), on_click=self.print_result)
        for widget in (self.qr, self.qr_words, self.print_button):
            self.body.addWidget(widget)
            widget.hide()
        self.again_button = BigButton(self.tr("Do it again"), on_click=self.again)
        self.learn_button = BigButton(self.tr("Learn more"), on_click=self.learn)
        self.menu_button = BigButton(self.tr("Back to the checks"), on_click=self.menu)
        self.add_footer(self.again_button, self.learn_button, self.menu_button)

    @property
    def first_control(self) -> QWidget:
        """Listen: the result is often shown the moment a run ends, and a press still meant
        for the big button must not start the test again ("Do it again")."""
        return self.read_aloud.listen_button if not self.read_aloud.isHidden() else self.learn_button

    def show_explanation(self, explanation: Explanation, learn_title: str = "", *,
                         exercises: bool = False) -> None:
        """``learn_title``: the topic "Learn more" opens (none: no button); ``exercises``:
        the result suggests exercises (results.yaml says so of its meaning), so it offers
        the way to them."""
        self.score.setText(explanation.score_text)
        self.heading.setText(explanation.title)
        self.text.setText(explanation.text)
        self.next_step.setText(self.tr("What to do next: ") + explanation.next_step)
        self.source.setText(self.tr("Where this rule comes from: ") + explanation.source)
        self.learn_button.setVisible(bool(learn_title))
        self.exercises_row.setVisible(exercises)
        if learn_title:
            self.learn_button.setAccessibleName(self.tr("Learn more: ") + learn_title)
        self._named()
        self._announce()

    def offer_take_home(self, text: str, printing: bool) -> None:
        """A kiosk keeps nothing: the person takes the result home as a QR code of its plain
        text (made here, offline), or on paper when the centre allows printing."""
        import io

        import segno
        from PySide6.QtGui import QPixmap

        self.take_home_text = text
        data = io.BytesIO()
        segno.make(text, error="m").save(data, kind="png", scale=5, border=3)
        pixmap = QPixmap()
        pixmap.loadFromData(data.getvalue(), "PNG")
        self.qr.setPixmap(pixmap)
        self.qr.setAccessibleName(self.tr("A QR code of this result, to scan with a phone"))
        self.qr_words.setText(self.tr("To keep this result, scan the square with your phone's camera."))
        for widget in (self.qr, self.qr_words):
            widget.show()
        self.print_button.setVisible(printing)

    def print_result(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter  # only when someone prints

        from legapp.qt.printing import choose_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if choose_printer(printer, self):  # a kiosk's: to a printer, never to a file
            doc = QTextDocument()
            doc.setPlainText(self.take_home_text)
            font = doc.defaultFont()
            font.setPointSize(14)
            doc.setDefaultFont(font)
            doc.print_(printer)

    def show_kept(self, words: str, visit=None) -> None:
        """Whether the result was kept in the person's history (empty: nothing to say).
        ``visit``: the visit that kept it; while it holds results it could not keep, "Save it
        again" is offered."""
        self.kept.say(words)
        self._visit = visit
        self.save_again_row.setVisible(bool(visit is not None and visit.unsaved))

    def _save_again(self) -> None:
        if self._visit is not None:
            self.show_kept(self._visit.save_unsaved(), self._visit)

    def show_message(self, text: str) -> None:
        """No score to show (the run could not be timed to its end): say why, kindly."""
        self.score.setText(self.tr("No score"))
        self.heading.setText(text)
        for widget in (self.text, self.next_step, self.source, self.kept):
            widget.setText("")
        self.learn_button.hide()
        self.exercises_row.hide()
        self._named()
        self._announce()

    def _announce(self) -> None:
        """A screen reader says the result as it appears: focus lands on a button, which
        alone would say nothing of it."""
        announce(self, "\n".join(w.text() for w in (self.score, self.heading, self.text) if w.text()))

    def _named(self) -> None:
        for widget in self.labels:
            widget.setVisible(bool(widget.text()))
            widget.setAccessibleName(widget.text())
        self.to_top()
