"""Qt fixtures: the real main window, built the way the app builds it, on a temp folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from legapp.paths import ui_dir
from legapp.qt.application import build_window
from legapp.settings import SettingsStore


@pytest.fixture
def make_window(qtbot, tmp_path, pack):
    windows = []

    def make(data_dir=None, notices=(), the_pack=None, *, clock=None, time_scale=1.0, tts_engine="mock"):
        """``clock``: a FakeClock every timed run uses (default: the real clock)."""
        store = SettingsStore(data_dir or tmp_path / "data")
        settings = store.load().with_changes(tts_engine=tts_engine)
        window = build_window(QApplication.instance(), the_pack or pack, settings, store, ui_dir(),
                              time_scale=time_scale, clock=None if clock is None else (lambda: clock))
        for text in notices:
            window.show_notice(text)
        qtbot.addWidget(window)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        running = [t for t in window.findChildren(QTimer) if t.isActive()]
        assert not running, f"timers left running: {[t.objectName() or t for t in running]}"


def settle(qtbot, ms: int = 30) -> None:
    """Let freshly shown widgets finish their layout (it takes a couple of passes)."""
    qtbot.wait(ms)
