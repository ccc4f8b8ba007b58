"""Every screen, at the default and the largest text size: names for screen readers,
big enough targets, nothing clipped, everything reachable by keyboard, focus visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTextBrowser

from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES

from .conftest import settle
from .layout_checks import controls, cut_off, unnamed

SCREENS = [Route("home"), Route("topics"), Route("topic", "leg-muscles"), Route("topic", "key-points"),
           Route("faq"), Route("glossary"), Route("search"), Route("help")]
SIZES = [0, len(TEXT_SIZES) - 1]


def _open(qtbot, w, route, size):
    w.set_text_size(size)
    w.go(route)
    if route.screen == "search":
        w.current_page.box.setText("balance")
        w.current_page.run_search()
    settle(qtbot, 60)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("route", SCREENS, ids=lambda r: f"{r.screen}-{r.arg}".strip("-"))
def test_every_control_has_an_accessible_name(qtbot, make_window, route, size):
    w = make_window()
    _open(qtbot, w, route, size)
    tab_stops = controls(w)
    assert len(tab_stops) >= 3
    assert not unnamed(tab_stops)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("route", SCREENS, ids=lambda r: f"{r.screen}-{r.arg}".strip("-"))
def test_targets_are_big_and_nothing_is_clipped(qtbot, make_window, route, size):
    w = make_window()
    _open(qtbot, w, route, size)
    assert not cut_off(w)


def test_the_bar_fits_at_the_largest_size_in_the_smallest_window(qtbot, make_window):
    w = make_window()
    w.resize(w.minimumSize())
    w.set_text_size(len(TEXT_SIZES) - 1)
    settle(qtbot, 60)
    assert w.width() == w.minimumWidth()
    for button in w.bar.findChildren(QAbstractButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert w.bar.size_label.width() >= w.bar.size_label.sizeHint().width()


def test_tab_reaches_every_control_on_home(qtbot, make_window):
    w = make_window()
    settle(qtbot)
    expected = {c for c in controls(w) if c.isEnabled()}
    reached = set()
    for _ in range(len(expected) + 5):
        focus = QApplication.focusWidget()
        reached.add(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert expected <= reached


def test_tiles_open_with_enter_and_space(qtbot, make_window):
    w = make_window()
    tile = w.current_page.tiles[0]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.history.current == Route("topics"))
    w.go_home()
    tile = next(t for t in w.current_page.tiles if t.title_label.text() == "Questions and answers")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.history.current == Route("faq"))


@pytest.mark.parametrize("kind", ["tile", "bar", "text"])
def test_focus_ring_is_visible(qtbot, make_window, kind):
    w = make_window()
    w.go(Route("topic", "balance") if kind == "text" else Route("home"))
    settle(qtbot)
    widget = {"tile": lambda: w.pages["home"].tiles[1], "bar": lambda: w.bar.help_button,
              "text": lambda: w.current_page.text}[kind]()
    w.bar.home_button.setFocus() if kind != "bar" else w.pages["home"].tiles[0].setFocus()
    settle(qtbot)
    unfocused = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle(qtbot)
    focused = widget.grab().toImage()
    assert focused != unfocused


def test_pages_start_with_focus_at_the_top(qtbot, make_window):
    w = make_window()
    w.go(Route("topics"))
    assert QApplication.focusWidget() is w.current_page.tiles[0]
    w.go(Route("topic", "balance"))
    assert isinstance(QApplication.focusWidget(), QTextBrowser)
