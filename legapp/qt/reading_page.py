"""Pages that are one long text: the FAQ, the word list and Help."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from legapp.content.models import ContentPack
from legapp.content.render import fill_facts
from legapp.navigation import Route
from legapp.qt.page import Page
from legapp.qt.topic_page import HEADING


class ReadingPage(Page):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = QTextBrowser()
        self.text.setObjectName("readingText")
        self.text.setOpenLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.setAccessibleName(title)
        self.text.anchorClicked.connect(self._on_link)
        self.outer.addWidget(self.text, 1)

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
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.verticalScrollBar().setValue(0)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "topic":
            self.navigate.emit(Route("topic", url.path()))


class FaqPage(ReadingPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__("", parent)
        self.set_title(self.tr("Questions and answers"))
        self.pack = pack
        parts = []
        for item in pack.faq:
            answer = fill_facts(item.answer, pack.facts, pack.info)
            parts.append(f"{HEADING} {fill_facts(item.question, pack.facts, pack.info)}\n\n{answer}")
            if item.topic:
                more = self.tr("Read more: {0}").replace("{0}", pack.topic(item.topic).title)
                parts.append(f"[{more}](topic:{item.topic})")
        self.text.setMarkdown("\n\n".join(parts))

    def show_item(self, arg: str) -> None:
        for item in self.pack.faq:
            if item.id == arg:
                self.scroll_to_text(fill_facts(item.question, self.pack.facts, self.pack.info))
                return
        super().show_item(arg)


class GlossaryPage(ReadingPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__("", parent)
        self.set_title(self.tr("Word list"))
        self.pack = pack
        parts = [
            f"**{t.term}**: {fill_facts(t.definition, pack.facts, pack.info)}"
            for t in pack.glossary
        ]
        self.text.setMarkdown("\n\n".join(parts))

    def show_item(self, arg: str) -> None:
        for term in self.pack.glossary:
            if term.id == arg:
                self.scroll_to_text(term.term + ":")
                return
        super().show_item(arg)


class HelpPage(ReadingPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__("", parent)
        t = self.tr
        self.set_title(t("Help"))
        markdown = "\n\n".join([
            f"{HEADING} {t('Getting around')}",
            t("Tap a large button to open it. **Back** takes you to the screen before. "
              "**Home** takes you to the start."),
            f"{HEADING} {t('Text size')}",
            t("Use **A-** and **A+** at the top to make all the text smaller or bigger. "
              "The app remembers your choice."),
            f"{HEADING} {t('Using the keyboard')}",
            t("Press **Tab** to move to the next button or link, and **Shift+Tab** to go back. "
              "Press **Enter** or **Space** to open it. **Alt+Left** goes back, **Alt+Home** "
              "goes home. **Ctrl+Plus** and **Ctrl+Minus** change the text size. "
              "**Ctrl+F** opens search."),
            f"{HEADING} {t('Words you do not know')}",
            t("Underlined words are links. Tap one to see what it means."),
            f"{HEADING} {t('Please note')}",
            t("This app teaches. It does not give a diagnosis. If you are worried about your "
              "legs or about falling, talk to your doctor."),
            t("Nothing you do here leaves this computer."),
            f"{HEADING} {t('About this content')}",
            f"{pack.info.name}, {t('version')} {pack.info.version}.",
        ])
        self.text.setMarkdown(markdown)
