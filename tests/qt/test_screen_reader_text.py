"""Topic text as a screen reader walks it: a document whose headings (level 2), paragraphs
and links are objects of their own; Tab onto a link puts the screen reader's focus on the
link's object, and its action follows it. Pictures are images with a name and a
description. (Read through the real AT-SPI bus too: tests/test_screen_reader_bus.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from legapp.navigation import Route

from .conftest import settle

Role = QAccessible.Role


def parts(widget):
    document = QAccessible.queryAccessibleInterface(widget)
    return document, [document.child(i) for i in range(document.childCount())]


def name(part) -> str:
    return part.text(QAccessible.Text.Name)


def test_a_topics_headings_paragraphs_and_links_are_objects_of_their_own(make_window, qtbot, pack):
    w = make_window()
    w.go(Route("topic", "key-points"))
    settle(qtbot)
    page = w.current_page
    document, children = parts(page.text)
    assert document.role() == Role.Document
    assert document.text(QAccessible.Text.Name) == page.title.text()
    headings = [c for c in children if c.role() == Role.Heading]
    assert "Where this comes from" in [name(h) for h in headings]
    assert all(h.attributesInterface().attributeValue(QAccessible.Attribute.Level) == 2 for h in headings)
    paragraphs = [c for c in children if c.role() == Role.Paragraph]
    assert len(paragraphs) >= 3
    assert all(name(p).strip() for p in paragraphs)
    plain = page.text.toPlainText()
    assert all(" ".join(name(p).split()[:4]) in " ".join(plain.split()) for p in paragraphs)
    links = [c for c in children if c.role() == Role.Link]
    related = [pack.topic(t).title for t in pack.topic("key-points").related]
    assert [name(link) for link in links][-len(related):] == related  # "Read next"
    assert all(link.state().focusable and not link.state().focused for link in links)


def test_tab_onto_a_link_focuses_its_object_and_its_action_follows_it(make_window, qtbot, pack):
    w = make_window()
    w.go(Route("topic", "key-points"))
    settle(qtbot)
    page = w.current_page
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # to the first link
    assert QApplication.focusWidget() is page.text
    document, children = parts(page.text)
    focused = document.focusChild()
    assert focused is not None
    assert focused.role() == Role.Link
    assert focused.state().focused
    assert page.text.textCursor().selectedText() == name(focused)
    links = [c for c in children if c.role() == Role.Link]
    last = links[-1]
    target = pack.topic("key-points").related[-1]
    actions = last.actionInterface()
    actions.doAction(actions.actionNames()[0])  # what a screen reader's "press" does
    settle(qtbot)
    assert w.history.current == Route("topic", target)


def test_a_new_topic_gives_the_document_its_own_parts(make_window, qtbot, pack):
    w = make_window()
    w.go(Route("topic", "key-points"))
    settle(qtbot)
    first = [name(c) for c in parts(w.current_page.text)[1]]
    w.go(Route("topic", pack.topic("key-points").related[0]))
    settle(qtbot)
    second = [name(c) for c in parts(w.current_page.text)[1]]
    assert second
    assert second != first


def test_the_faq_questions_are_headings(make_window, qtbot, pack):
    w = make_window()
    w.go(Route("faq"))
    settle(qtbot)
    headings = [name(c) for c in parts(w.current_page.text)[1] if c.role() == Role.Heading]
    assert len(headings) == len(pack.faq)


def test_a_drawing_is_an_image_with_a_name_and_a_description(make_window, qtbot):
    w = make_window()
    w.go(Route("exercise", "heel-raises"))
    settle(qtbot)
    picture = QAccessible.queryAccessibleInterface(w.current_page.picture)
    assert picture.role() == Role.Graphic
    assert picture.text(QAccessible.Text.Name).strip()
    assert picture.text(QAccessible.Text.Description).strip()
    assert picture.text(QAccessible.Text.Description) != picture.text(QAccessible.Text.Name)


def test_a_heading_tells_its_level_and_serves_no_interface_it_lacks(make_window, qtbot):
    """A page title is level 1, a result's title level 2; asked for an interface it has
    not (text, value), a heading says so (an answer PySide cannot hand on crashed the bridge)."""
    w = make_window()
    w.go(Route("help"))
    settle(qtbot)
    title = QAccessible.queryAccessibleInterface(w.current_page.title)
    assert title.attributesInterface().attributeKeys() == [QAccessible.Attribute.Level]
    assert title.attributesInterface().attributeValue(QAccessible.Attribute.Level) == 1
    assert title.valueInterface() is None
    assert title.textInterface() is None
