"""One Learn topic: its text rendered from Markdown by Qt, with previous and next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from legapp.content.render import topic_markdown, topic_sources
from legapp.navigation import Route
from legapp.qt.page import Page
from legapp.qt.read_aloud import BrowserSource, ReadAloud
from legapp.qt.term_dialog import TermDialog
from legapp.qt.widgets import BigButton

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.speech import Speaker

# Qt draws "##" headings at 1.44 times the body text, which crowds the page at the
# largest sizes; "###" is one step (1.2 times) above it and still bold.
HEADING = "###"


class PageText(QTextBrowser):
    """A page of text to read, named for the stylesheet: its links are followed by Tab
    and Enter as well as by a tap, and handed to ``on_link`` (the page says where they
    go). Its Alt+Left, Alt+Right and Alt+Home belong to the window (Back, Home), not to
    the browser's own history of links."""

    def __init__(self, object_name: str, on_link):
        super().__init__()
        self.setObjectName(object_name)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.anchorClicked.connect(on_link)
        from legapp.qt.accessible import ask_for

        ask_for(self, "document")  # its headings, paragraphs and links, each an object of its own

    def focusNextPrevChild(self, forward: bool) -> bool:
        moved = super().focusNextPrevChild(forward)
        if moved and self.hasFocus():  # onto the next link: a screen reader's focus goes there too
            from legapp.qt.accessible_text import link_focus_moved

            link_focus_moved(self)
        return moved

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and \
                event.modifiers() & Qt.KeyboardModifier.AltModifier and \
                event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home):
            event.ignore()
            return False
        return super().event(event)


class TopicPage(Page):
    def __init__(self, pack: ContentPack, speaker: Speaker | None = None, parent: QWidget | None = None):
        super().__init__("", parent)
        self.pack = pack
        self.topic_id = ""
        self.text = PageText("topicText", self._on_link)
        self.read_aloud = None
        if speaker is not None:
            self.read_aloud = ReadAloud(speaker, BrowserSource(self.text))
            self.add_listen(self.read_aloud)
        self.outer.addWidget(self.text, 1)

        row = QHBoxLayout()
        row.setSpacing(16)
        self.previous = BigButton(self.tr("\u25c0 Previous"))
        self.all_topics = BigButton(self.tr("All topics"))
        self.next = BigButton(self.tr("Next \u25b6"))
        for button in (self.previous, self.all_topics, self.next):
            button.setObjectName("navButton")  # the top bar's size: the page's words get the room
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(+1))
        self.all_topics.clicked.connect(lambda: self.navigate.emit(Route("topics")))
        row.addWidget(self.previous)
        row.addStretch(1)
        row.addWidget(self.all_topics)
        row.addStretch(1)
        row.addWidget(self.next)
        self.outer.addLayout(row)
        self.dialog: TermDialog | None = None

    def first_control(self) -> QWidget:
        return self.text

    def show_item(self, arg: str) -> None:
        self.show_topic(arg)

    def show_topic(self, topic_id: str) -> None:
        topic = self.pack.topic(topic_id)
        self.topic_id = topic_id
        self.set_title(topic.title)
        markdown = topic_markdown(self.pack, topic_id, self.tr("Key points"), HEADING)
        if topic.related:
            links = "\n".join(
                f"- [{self.pack.topic(rel).title}](topic:{rel})" for rel in topic.related
            )
            read_next = self.tr("Read next")
            markdown += f"\n\n{HEADING} {read_next}\n\n{links}"
        sources = topic_sources(self.pack, topic_id)
        if sources:
            cited = "\n".join(f"- {s}" for s in sources)
            sources_heading = self.tr("Where this comes from")
            markdown += f"\n\n{HEADING} {sources_heading}\n\n{cited}"
        if self.read_aloud is not None:
            self.read_aloud.stop()  # a new page: reading starts again from its top
        self.text.setMarkdown(markdown)
        self.text.setAccessibleName(topic.title)
        self.text.setAccessibleDescription(topic.summary)
        self.text.verticalScrollBar().setValue(0)
        self._update_steps()

    def _update_steps(self) -> None:
        i = self.pack.topic_index(self.topic_id)
        for button, j, word in ((self.previous, i - 1, self.tr("Previous topic")),
                                (self.next, i + 1, self.tr("Next topic"))):
            has = 0 <= j < len(self.pack.topics)
            # Hidden buttons would shift the others; a disabled one keeps the row still.
            button.setEnabled(has)
            title = self.pack.topics[j].title if has else self.tr("none")
            button.setAccessibleName(f"{word}: {title}")
            button.setToolTip(title)

    def _step(self, delta: int) -> None:
        i = self.pack.topic_index(self.topic_id) + delta
        if 0 <= i < len(self.pack.topics):
            self.navigate.emit(Route("topic", self.pack.topics[i].id))

    def _on_link(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "topic":
            self.navigate.emit(Route("topic", target))
        elif scheme == "glossary":
            self.show_term(target)

    def show_term(self, term_id: str) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = TermDialog(self.pack, term_id, self)
        self.dialog.see_all.connect(lambda: self.navigate.emit(Route("glossary", term_id)))
        self.dialog.open()
