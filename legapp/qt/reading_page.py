"""Pages that are one long text: the FAQ, the word list and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from legapp.content.render import fill_facts
from legapp.navigation import Route
from legapp.qt.page import Page
from legapp.qt.read_aloud import BrowserSource, ReadAloud
from legapp.qt.topic_page import HEADING, PageText

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.speech import Speaker


class ReadingPage(Page):
    """One long text. ``places``: where a route's item (a question, a word) starts, by the
    words that begin it there."""

    def __init__(self, title: str, speaker: Speaker | None = None, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = PageText("readingText", self._on_link)
        self.text.setAccessibleName(title)
        if speaker is not None:
            self.add_listen(ReadAloud(speaker, BrowserSource(self.text)))
        self.outer.addWidget(self.text, 1)
        self.places: dict[str, str] = {}

    def first_control(self) -> QWidget:
        return self.text

    def set_title(self, text: str) -> None:
        super().set_title(text)
        self.text.setAccessibleName(text)

    def scroll_to_text(self, needle: str) -> bool:
        """Bring the first place that reads ``needle`` to the top of the view."""
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.text.find(needle, QTextDocument.FindFlag.FindCaseSensitively)
        if found:
            bar = self.text.verticalScrollBar()
            bar.setValue(bar.maximum())  # then back up, so the match lands at the top
            self.text.ensureCursorVisible()
        else:
            self.text.verticalScrollBar().setValue(0)
        return found

    def show_item(self, arg: str) -> None:
        """The place ``arg`` names at the top of the view; the top of the text for no place."""
        if arg in self.places:
            self.scroll_to_text(self.places[arg])
            return
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.verticalScrollBar().setValue(0)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "topic":
            self.navigate.emit(Route("topic", url.path()))


class FaqPage(ReadingPage):
    def __init__(self, pack: ContentPack, speaker: Speaker | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Questions and answers"), speaker, parent)
        parts = []
        for item in pack.faq:
            question = fill_facts(item.question, pack.facts, pack.info)
            self.places.setdefault(item.id, question)
            parts.append(f"{HEADING} {question}\n\n{fill_facts(item.answer, pack.facts, pack.info)}")
            if item.topic:
                more = self.tr("Read more: {0}").replace("{0}", pack.topic(item.topic).title)
                parts.append(f"[{more}](topic:{item.topic})")
        self.text.setMarkdown("\n\n".join(parts))


class GlossaryPage(ReadingPage):
    def __init__(self, pack: ContentPack, speaker: Speaker | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Word list"), speaker, parent)
        for t in pack.glossary:
            self.places.setdefault(t.id, t.term + ":")
        parts = [
            f"**{t.term}**: {fill_facts(t.definition, pack.facts, pack.info)}"
            for t in pack.glossary
        ]
        self.text.setMarkdown("\n\n".join(parts))


class HelpPage(ReadingPage):
    def __init__(self, pack: ContentPack, speaker: Speaker | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Help"), speaker, parent)
        # How to use the app is the pack's (help.yaml, in its language); what this pack is,
        # the app's own words.
        sections = [(part.heading, fill_facts(part.body, pack.facts, pack.info)) for part in pack.help]
        sections.append((self.tr("About this content"), self.tr("{0}, version {1}.").replace(
            "{0}", pack.info.name).replace("{1}", str(pack.info.version))))
        markdown = "\n\n".join(f"{HEADING} {heading}\n\n{body}" for heading, body in sections)
        self.text.setMarkdown(markdown)
