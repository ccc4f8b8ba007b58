"""Text size: applied to every screen at once, by button or key, and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from legapp.navigation import Route
from legapp.settings import SettingsStore
from legapp.textsize import TEXT_SIZES

from .conftest import settle


def body_pt(widget) -> float:
    return widget.font().pointSizeF()


def test_bigger_text_applies_everywhere_at_once(qtbot, make_window):
    w = make_window()
    w.go(Route("topic", "balance"))
    topic = w.current_page
    w.go(Route("topics"))
    tile_labels = w.current_page.tiles[0].findChildren(QLabel)
    assert len(tile_labels) == 2
    before = body_pt(topic.text)
    assert before == TEXT_SIZES[0].body_pt
    qtbot.mouseClick(w.bar.bigger_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert body_pt(topic.text) == TEXT_SIZES[1].body_pt  # a page not on screen follows too
    assert body_pt(w.bar.back_button) > TEXT_SIZES[0].body_pt
    assert body_pt(w.current_page.title) > body_pt(topic.text)
    assert all(body_pt(label) >= TEXT_SIZES[1].body_pt for label in tile_labels)


def test_sizes_stop_at_both_ends(qtbot, make_window):
    w = make_window()
    assert not w.bar.smaller_button.isEnabled()
    for _ in range(len(TEXT_SIZES) + 2):
        if w.bar.bigger_button.isEnabled():
            qtbot.mouseClick(w.bar.bigger_button, Qt.MouseButton.LeftButton)
    assert w.look.size_index == len(TEXT_SIZES) - 1
    assert not w.bar.bigger_button.isEnabled()
    assert QApplication.font().pointSize() == TEXT_SIZES[-1].body_pt == 2 * TEXT_SIZES[0].body_pt
    assert "4 of 4" in w.bar.bigger_button.accessibleDescription()


def test_keyboard_shortcuts_change_size(qtbot, make_window):
    w = make_window()
    qtbot.keyClick(w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert w.look.size_index == 1
    qtbot.keyClick(w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert w.look.size_index == 0


def test_size_is_remembered_between_runs(qtbot, make_window, tmp_path):
    data = tmp_path / "profile"
    first = make_window(data_dir=data)
    qtbot.mouseClick(first.bar.bigger_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.bar.bigger_button, Qt.MouseButton.LeftButton)
    first.close()
    assert SettingsStore(data).load().text_size == 2
    second = make_window(data_dir=data)
    assert second.look.size_index == 2
    assert QApplication.font().pointSize() == TEXT_SIZES[2].body_pt


def test_unsaveable_size_still_applies_and_says_so(qtbot, make_window, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    w = make_window(data_dir=blocked)
    qtbot.mouseClick(w.bar.bigger_button, Qt.MouseButton.LeftButton)
    assert w.look.size_index == 1
    settle(qtbot)
    assert w.notice.isVisible()
    assert "could not be saved" in w.notice.label.text()


@pytest.mark.parametrize(("room", "size", "maximised"), [
    ((1920, 1040), (1280, 860), False),  # a large screen: the default window
    ((1366, 728), (1280, 728), True),  # a 1366x768 laptop less its taskbar: the whole work area
    ((1280, 680), (1280, 680), True),
    ((1024, 600), (1024, 600), True),  # a kiosk panel: and no smallest size taller than it
])
def test_the_window_opens_within_the_screen(make_window, room, size, maximised):
    from legapp.qt.main_window import fit_to_screen

    window = make_window()
    assert fit_to_screen(window, *room) is maximised
    assert (window.width(), window.height()) == size
    assert window.minimumWidth() <= room[0]
    assert window.minimumHeight() <= room[1]
