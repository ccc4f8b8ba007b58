"""Reading a page aloud: Listen (then Pause, Go on), Stop, Slower and Faster, with the
sentence being said highlighted and kept in view.

A page gives what to read as a "source": a text browser (a topic, the FAQ) is read
sentence by sentence; a list of labels (a question, a result) label by label, each
cut into sentences too. The voice is the app's one Speaker, in the language's voice
where the engine has one; with no voice, the bar says so kindly and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QTextEdit, QWidget

from legapp.content.sentences import sentence_spans, sentences
from legapp.qt.speech import RATES, Speaker
from legapp.qt.widgets import BigButton, ButtonRow, label


class BrowserSource:
    """The sentences of a text browser's document; the one being said is highlighted."""

    def __init__(self, browser: QTextBrowser):
        self.browser = browser
        self.spans: list[tuple[int, int]] = []

    def sentences(self) -> list[str]:
        text = self.browser.document().toPlainText()  # one character per cursor position
        self.spans = sentence_spans(text)
        return [text[a:b] for a, b in self.spans]

    def show(self, index: int) -> None:
        if not 0 <= index < len(self.spans):
            self.browser.setExtraSelections([])
            return
        a, b = self.spans[index]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        palette = self.browser.palette()
        mark.format.setBackground(palette.highlight())
        mark.format.setForeground(palette.highlightedText())
        self.browser.setExtraSelections([mark])
        # keep it in view without moving the reader's own cursor (their place for Tab)
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        view = self.browser.viewport().height()
        if rect.top() < 0 or rect.bottom() > view:
            bar.setValue(bar.value() + rect.top() - view // 4)


class LabelSource:
    """Labels read in order (the hidden and empty ones skipped); the label being said
    is marked for the stylesheet (``reading="true"``)."""

    def __init__(self, labels: Callable[[], Sequence[QLabel | QAbstractButton]]):
        self.labels = labels
        self.owners: list[QLabel] = []
        self.current: QLabel | None = None

    def sentences(self) -> list[str]:
        said, self.owners = [], []
        for widget in self.labels():
            if widget.isVisibleTo(widget.window()) and widget.text().strip():
                from PySide6.QtGui import QTextDocumentFragment

                plain = QTextDocumentFragment.fromHtml(widget.text()).toPlainText() \
                    if "<" in widget.text() else widget.text()
                for sentence in sentences(plain):
                    said.append(sentence)
                    self.owners.append(widget)
        return said

    def show(self, index: int) -> None:
        widget = self.owners[index] if 0 <= index < len(self.owners) else None
        if widget is self.current:
            return
        for w, on in ((self.current, False), (widget, True)):
            if w is not None:
                try:
                    w.setProperty("reading", on)
                    w.style().unpolish(w)
                    w.style().polish(w)
                except RuntimeError:  # the label went with its step
                    pass
        self.current = widget


class ReadAloud(QWidget):
    def __init__(self, speaker: Speaker | None, source: BrowserSource | LabelSource,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readAloud")
        self.setAccessibleName(self.tr("Read aloud"))
        self.speaker, self.source = speaker, source
        self.state = "idle"  # "reading", "paused"
        row = ButtonRow(self)
        row.row.setContentsMargins(0, 0, 0, 0)
        play_stop, speed = ButtonRow(), ButtonRow()
        self.listen_button = BigButton(self.tr("\u25b6 Listen"))
        self.stop_button = BigButton(self.tr("\u25a0 Stop"), name=self.tr("Stop reading aloud"))
        self.slower_button = BigButton(self.tr("Slower"), name=self.tr("Read more slowly"))
        self.faster_button = BigButton(self.tr("Faster"), name=self.tr("Read faster"))
        for button in (self.listen_button, self.stop_button, self.slower_button, self.faster_button):
            button.setObjectName("readButton")
        play_stop.addWidget(self.listen_button)
        play_stop.addWidget(self.stop_button)
        speed.addWidget(self.slower_button)
        speed.addWidget(self.faster_button)
        row.addWidget(play_stop)
        row.addWidget(speed)
        row.addStretch(1)
        self.message = label("", "kindMessage")
        self.message.hide()
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(row)
        column.addWidget(self.message)
        self.listen_button.clicked.connect(self.toggle)
        self.stop_button.clicked.connect(self.stop)
        self.slower_button.clicked.connect(lambda: self._rate(-1))
        self.faster_button.clicked.connect(lambda: self._rate(+1))
        if speaker is not None:
            self.set_speaker(speaker)

    def set_speaker(self, speaker: Speaker) -> None:
        self.speaker = speaker  # it calls on_reading while this bar's page is read
        self._update()

    def buttons(self) -> list[BigButton]:
        return [self.listen_button, self.stop_button, self.slower_button, self.faster_button]

    # what the buttons do ------------------------------------------------------------
    def toggle(self) -> None:
        if self.state == "reading":
            self.speaker.pause_reading()
            self.state = "paused"
        elif self.state == "paused":
            self.speaker.resume_reading()
            self.state = "reading"
        else:
            said = self.source.sentences()
            if not said:
                return
            if not self.speaker.read(self, said):
                self._no_voice()
                return
            self.state = "reading"
        self._update()

    def stop(self) -> None:
        self.speaker.stop_reading(self)
        self.state = "idle"
        self.source.show(-1)
        self._update()

    def _rate(self, step: int) -> None:
        self.speaker.set_rate_index(self.speaker.rate_index + step)
        self._update()

    def on_reading(self, index: int) -> None:
        self.source.show(index)
        if index < 0:
            self.state = "idle"
            self._update()

    def _no_voice(self) -> None:
        self.message.setText(self.tr("This computer has no voice to read with, so the page is not read "
                                "aloud. Everything is still here to read."))
        self.message.show()
        self.listen_button.setEnabled(False)

    def _update(self) -> None:
        words = {"idle": (self.tr("\u25b6 Listen"), self.tr("Read this page aloud")),
                 "reading": (self.tr("\u275a\u275a Pause"), self.tr("Pause reading")),
                 "paused": (self.tr("\u25b6 Go on"), self.tr("Go on reading"))}[self.state]
        self.listen_button.setText(words[0])
        self.listen_button.setAccessibleName(words[1])
        # One button until the person listens: Stop and the speed come with the reading,
        # and the bar takes one short row above the page's words.
        for button in (self.stop_button, self.slower_button, self.faster_button):
            button.setVisible(self.state != "idle")
        self.stop_button.setEnabled(self.state != "idle")
        at, last = self.speaker.rate_index, len(RATES) - 1
        self.slower_button.setEnabled(at > 0)
        self.faster_button.setEnabled(at < last)
        speed = self.tr("Reading speed {0} of {1}").replace("{0}", str(at + 1)).replace("{1}", str(last + 1))
        self.slower_button.setAccessibleDescription(speed)
        self.faster_button.setAccessibleDescription(speed)

    def hideEvent(self, event) -> None:
        """Leaving the page stops its reading (the next page has its own)."""
        if self.state != "idle" and self.speaker is not None:
            self.stop()
        super().hideEvent(event)
