"""A reader's path through Learn, driven with clicks and keys on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from legapp.navigation import Route
from legapp.qt.reading_page import FaqPage, GlossaryPage
from legapp.qt.search_page import SearchPage
from legapp.qt.topic_list_page import TopicListPage
from legapp.qt.topic_page import TopicPage

from .conftest import settle


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_to_a_topic_and_through_the_pages(qtbot, make_window, pack):
    w = make_window()
    home = w.current_page
    assert next(t.accessibleName() for t in home.tiles) == "Learn about your legs"
    click(qtbot, home.tiles[0])
    topics = w.current_page
    assert isinstance(topics, TopicListPage)
    assert [t.accessibleName() for t in topics.tiles] == [t.title for t in pack.topics]

    click(qtbot, topics.tiles[1])
    page = w.current_page
    assert isinstance(page, TopicPage)
    assert page.topic_id == pack.topics[1].id
    assert page.title.text() == pack.topics[1].title
    text = page.text.toPlainText()
    assert pack.topics[1].sections[0].heading in text
    assert "{{" not in text

    click(qtbot, page.next)
    assert page.topic_id == pack.topics[2].id
    click(qtbot, page.previous)
    click(qtbot, page.previous)
    assert page.topic_id == pack.topics[0].id
    assert not page.previous.isEnabled()  # nothing before the first page

    click(qtbot, w.bar.back_button)
    assert page.topic_id == pack.topics[1].id
    click(qtbot, w.bar.home_button)
    assert w.history.current == Route("home")
    assert not w.bar.back_button.isEnabled()


def test_last_topic_has_no_next(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("topic", pack.topics[-1].id))
    assert not w.current_page.next.isEnabled()
    assert w.current_page.previous.isEnabled()


def test_facts_are_shown_as_numbers_with_their_source(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("topic", "how-fast"))
    text = w.current_page.text.toPlainText()
    assert "3 to 8%" in text
    assert "Where this comes from" in text
    assert "Volpi" in text


def test_glossary_word_opens_by_keyboard(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("topic", "balance"))
    page = w.current_page
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # to the first link on the page
    cursor = page.text.textCursor()
    assert cursor.hasSelection()
    anchor = cursor.charFormat().anchorHref()
    assert anchor.startswith("glossary:")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    term = pack.term(anchor.split(":", 1)[1])
    assert term.term in page.dialog.windowTitle()
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.dialog.isVisible())


def test_glossary_dialog_leads_to_the_word_list(qtbot, make_window):
    w = make_window()
    w.go(Route("topic", "bones"))
    page = w.current_page
    page.show_term("osteoporosis")
    qtbot.waitUntil(page.dialog.isVisible)
    ok = page.dialog.ok_button
    all_words = [b for b in page.dialog.findChildren(type(ok)) if b is not ok]
    click(qtbot, all_words[0])
    assert isinstance(w.current_page, GlossaryPage)
    assert w.current_page.text.textCursor().selectedText() == "osteoporosis:"


def test_related_topic_link(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("topic", "balance"))
    related = pack.topic("balance").related[0]
    w.current_page.text.anchorClicked.emit(QUrl(f"topic:{related}"))
    assert w.current_page.topic_id == related


def test_search_by_keyboard_only(qtbot, make_window):
    w = make_window()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = w.current_page
    assert isinstance(page, SearchPage)
    assert QApplication.focusWidget() is page.box
    qtbot.keyClicks(page.box, "protein")
    qtbot.waitUntil(lambda: bool(page.results), timeout=2000)
    assert "results for" in page.status.text()
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.results[0]
    qtbot.keyClick(page.results[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(w.current_page, TopicPage))
    assert w.current_page.topic_id == "protein"
    click(qtbot, w.bar.back_button)  # back to the results, still there
    assert w.current_page is page
    assert page.box.text() == "protein"


def test_search_result_opens_a_question_by_touch(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("search"))
    page = w.current_page
    qtbot.keyClicks(page.box, "gym")
    qtbot.waitUntil(lambda: bool(page.results), timeout=2000)
    tile = next(t for t in page.results if t.accessibleName().startswith("Question"))
    click(qtbot, tile)
    faq = w.current_page
    assert isinstance(faq, FaqPage)
    assert "gym" in faq.text.textCursor().selectedText().lower()


def test_search_that_finds_nothing_says_so_kindly(qtbot, make_window):
    w = make_window()
    w.go(Route("search"))
    page = w.current_page
    qtbot.keyClicks(page.box, "xylophone")
    qtbot.waitUntil(lambda: "Nothing found" in page.status.text(), timeout=2000)
    assert page.results == []


def test_key_points_and_help_tiles(qtbot, make_window):
    w = make_window()
    key_points = next(t for t in w.current_page.tiles if t.accessibleName() == "Key points")
    click(qtbot, key_points)
    assert w.current_page.topic_id == "key-points"
    click(qtbot, w.bar.help_button)
    assert "Text size" in w.current_page.text.toPlainText()


def test_notice_shows_and_closes(qtbot, make_window):
    w = make_window(notices=["The content pack you chose has a problem (facts.yaml, fact 'x'.source)."])
    settle(qtbot)
    assert w.notice.isVisible()
    assert "facts.yaml" in w.notice.label.text()
    click(qtbot, w.notice.close_button)
    assert not w.notice.isVisible()


def test_search_finds_a_check_and_the_protein_guide_and_opens_them(qtbot, make_window, pack):
    w = make_window()
    w.go(Route("search"))
    page = w.current_page
    qtbot.keyClicks(page.box, pack.protocol("chair_stand_30s").title)
    qtbot.waitUntil(lambda: bool(page.results), timeout=2000)
    tile = next(t for t in page.results if t.accessibleName().startswith("Check:"))
    click(qtbot, tile)
    assert w.history.current == Route("test", "chair_stand_30s")
    w.go(Route("search"))
    page = w.current_page
    page.box.clear()
    qtbot.keyClicks(page.box, "protein")
    guide = "Keep your legs strong: How much protein you need"
    qtbot.waitUntil(lambda: any(t.accessibleName() == guide for t in page.results), timeout=2000)
    click(qtbot, next(t for t in page.results if t.accessibleName() == guide))
    assert w.history.current == Route("protein")
