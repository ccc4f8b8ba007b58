"""A page of text (a topic, the FAQ, Help) as a screen reader walks it: a document whose
children are its parts, one accessible object each: every heading in the text (a heading
of level 2, under the page's title), every paragraph or list item, and every link (a
focusable link named by its words, pressed like a button). Tab from link to link moves
the screen reader's focus onto the link itself.

Used by legapp.qt.accessible for widgets that ask for the "document" role; made once
the first window is up, like the other roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

Role = QAccessible.Role
Cast = QAccessible.InterfaceType


@dataclass(frozen=True)
class Part:
    """One part of the text: ``kind`` "heading", "paragraph" or "link", its words and
    where it is in the document (``start`` to ``end``); a link's ``href``."""

    kind: str
    text: str
    start: int
    end: int
    href: str = ""


def parts_of(browser: QTextBrowser) -> list[Part]:
    """The text's parts in reading order: each block (a heading, a paragraph, a list
    item), then the links in it."""
    parts: list[Part] = []
    block = browser.document().begin()
    while block.isValid():
        words = " ".join(block.text().split())
        if words:
            heading = block.blockFormat().headingLevel() > 0
            parts.append(Part("heading" if heading else "paragraph", words, block.position(),
                              block.position() + block.length() - 1))
            links: list[Part] = []
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isAnchor() and fmt.anchorHref():
                    href, start = fmt.anchorHref(), fragment.position()
                    end = start + fragment.length()
                    if links and links[-1].href == href and links[-1].end == start:  # one link, two formats
                        start, words_before = links[-1].start, links[-1].text
                        links[-1] = Part("link", words_before + fragment.text(), start, end, href)
                    else:
                        links.append(Part("link", fragment.text(), start, end, href))
                it += 1
            parts.extend(Part("link", " ".join(p.text.split()), p.start, p.end, p.href) for p in links)
        block = block.next()
    return parts


class _Level(QAccessibleAttributesInterface):
    def attributeKeys(self):
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key):
        return 2 if key == QAccessible.Attribute.Level else None


class _Press(QAccessibleActionInterface):
    """A link's one action: follow it, as Enter on it or a tap would."""

    def __init__(self, piece: Piece):
        super().__init__()
        self.piece = piece

    def actionNames(self):
        return [QAccessibleActionInterface.pressAction()]

    def localizedActionDescription(self, name):
        return ""

    def keyBindingsForAction(self, name):
        return []

    def doAction(self, name) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.piece.follow()


class Piece(QAccessibleInterface):
    """The accessible object of the ``index``-th part of a document's text."""

    def __init__(self, document: Document, index: int):
        super().__init__()
        self.document, self.index = document, index
        self._level, self._press = _Level(), _Press(self)

    def part(self) -> Part | None:
        parts = self.document.parts()
        return parts[self.index] if self.index < len(parts) else None

    def browser(self) -> QTextBrowser:
        return self.document.browser

    def isValid(self):
        return self.part() is not None

    def object(self):
        return None

    def window(self):
        return self.document.window()

    def parent(self):
        return self.document

    def child(self, _index):
        return None

    def childCount(self):
        return 0

    def indexOfChild(self, _child):
        return -1

    def childAt(self, _x, _y):
        return None

    def text(self, kind):
        part = self.part()
        if part is None:
            return ""
        if kind == QAccessible.Text.Name:
            return part.text
        return ""

    def setText(self, _kind, _text) -> None:
        pass

    def role(self):
        part = self.part()
        kind = part.kind if part is not None else "paragraph"
        return {"heading": Role.Heading, "link": Role.Link}.get(kind, Role.Paragraph)

    def focused(self) -> bool:
        part, browser = self.part(), self.browser()
        if part is None or part.kind != "link" or not browser.hasFocus():
            return False
        cursor = browser.textCursor()
        chosen = (cursor.selectionStart(), cursor.selectionEnd())
        return cursor.hasSelection() and chosen == (part.start, part.end)

    def rect(self):
        part, browser = self.part(), self.browser()
        if part is None:
            return QRect()
        cursor = QTextCursor(browser.document())
        cursor.setPosition(part.start)
        top_left = browser.cursorRect(cursor)
        cursor.setPosition(part.end)
        bottom = browser.cursorRect(cursor)
        viewport = browser.viewport()
        one_line = part.kind == "link" and bottom.top() == top_left.top()  # a link: its words alone
        box = QRect(QPoint(top_left.left() if one_line else 0, top_left.top()),
                    QPoint(bottom.right() if one_line else viewport.width() - 1, bottom.bottom()))
        return QRect(viewport.mapToGlobal(box.topLeft()), box.size())

    def state(self):
        state = QAccessible.State()
        part, browser = self.part(), self.browser()
        shown = part is not None and browser.isVisible() and self.rect().intersects(
            QRect(browser.viewport().mapToGlobal(QPoint(0, 0)), browser.viewport().size()))
        state.invisible = not shown
        state.offscreen = not shown
        state.readOnly = True
        if part is not None and part.kind == "link":
            state.focusable = True
            state.linked = True
            state.focused = self.focused()
        return state

    def interface_cast(self, kind):
        part = self.part()
        if kind == Cast.AttributesInterface and part is not None and part.kind == "heading":
            return self._level
        if kind == Cast.ActionInterface and part is not None and part.kind == "link":
            return self._press
        from legapp.qt.accessible import no_interface

        return no_interface()

    def follow(self) -> None:
        part = self.part()
        if part is not None and part.kind == "link":
            self.browser().anchorClicked.emit(QUrl(part.href))


class Document(QAccessibleWidget):
    """A text browser read as a document of parts (see the module's words)."""

    def __init__(self, browser: QTextBrowser):
        super().__init__(browser, Role.Document)
        self.browser = browser
        self._parts: list[Part] | None = None
        self.pieces: list[Piece] = []
        self._focused_link = -1
        browser.document().contentsChanged.connect(self._changed)
        pieces = self.pieces

        def gone() -> None:
            """The browser goes: so do its parts' objects, out of Qt's cache while still alive."""
            for piece in pieces:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(piece))
            pieces.clear()

        browser.destroyed.connect(gone)

    def parts(self) -> list[Part]:
        if self._parts is None:
            self._parts = parts_of(self.browser)
        return self._parts

    def _changed(self) -> None:
        self._parts = None  # a new topic: its parts are read again when asked
        self._focused_link = -1

    def focused_link(self) -> int:
        return next((i for i in range(len(self.parts())) if self.piece(i).focused()), -1)

    def link_focus_moved(self) -> None:
        """Tab onto a link: the screen reader's focus goes to the link's own object."""
        index = self.focused_link()
        if index != self._focused_link:
            self._focused_link = index
            if index >= 0 and QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleEvent(self.piece(index), QAccessible.Event.Focus))

    def piece(self, index: int) -> Piece:
        while len(self.pieces) <= index:
            self.pieces.append(Piece(self, len(self.pieces)))
        return self.pieces[index]

    def childCount(self):
        return len(self.parts())

    def child(self, index):
        return self.piece(index) if 0 <= index < len(self.parts()) else None

    def indexOfChild(self, child):
        for i, piece in enumerate(self.pieces):
            same = child is not None and QAccessible.uniqueId(piece) == QAccessible.uniqueId(child)
            if piece is child or same:
                return i if i < len(self.parts()) else -1
        return -1

    def focusChild(self):
        index = self.focused_link()
        return self.piece(index) if index >= 0 else None

    def childAt(self, x, y):
        for i in range(len(self.parts())):
            if self.piece(i).rect().contains(x, y):
                return self.piece(i)
        return None


def link_focus_moved(browser: QTextBrowser) -> None:
    """Tab went from link to link in ``browser``: tell the screen reader which has focus."""
    if not QAccessible.isActive():
        return
    document = QAccessible.queryAccessibleInterface(browser)
    if isinstance(document, Document):
        document.link_focus_moved()
