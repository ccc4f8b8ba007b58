"""Qt fixtures: the real main window, built the way the app builds it, on a temp folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from legapp.engine import FakeClock
from legapp.paths import ui_dir
from legapp.qt.application import build_window
from legapp.settings import SettingsStore

from .people import Person


def checked_before(locale: str):
    """The bundled pack as a start after the first reads it: checked once, kept, and read
    back from the cache as plain records (legapp.content.pack_cache), without pydantic's
    models. The screens' tests run on these, as most starts do."""
    import tempfile
    from pathlib import Path

    from legapp.content import pack_cache
    from legapp.paths import bundled_content_dir

    where = Path(tempfile.mkdtemp(prefix="legapp-pack-cache-"))
    pack_cache.checked(bundled_content_dir(locale), "bundled", where)  # checked and kept
    plain = pack_cache.read(bundled_content_dir(locale), "bundled", where)
    assert plain is not None
    assert isinstance(plain, pack_cache.Record)
    return plain


class Desk:
    """The person's Documents folder and programs, for the tests: a temp folder, and a
    list of what was asked to be opened (no program is started)."""

    def __init__(self, folder):
        self.folder = folder
        self.opened = []

    def open_url(self, url) -> bool:
        self.opened.append(url.toLocalFile())
        return True


@pytest.fixture(autouse=True)
def desk(tmp_path_factory, monkeypatch):
    """Every Qt test saves into a temp "Documents" and opens nothing (legapp.qt.saving.DESK)."""
    from legapp.qt import saving

    fake = Desk(tmp_path_factory.mktemp("Documents"))
    monkeypatch.setattr(saving, "DESK", saving.Desk(documents=lambda: fake.folder, open_url=fake.open_url))
    return fake


@pytest.fixture(autouse=True)
def english_after():
    """After each test, once pytest-qt has closed its windows: delete them now (outside an
    event loop a deleteLater waits for ever, so every old window was still there to be
    polished again by the next window's style sheet: slow, and a crash once), and leave
    the words in English, as the next test expects (a Spanish window's translators are the
    whole application's, and a page built alone would speak them)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale

    if QCoreApplication.instance() is None:  # a test that made no window (it ran a process)
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if QLocale().language() != QLocale.Language.English:
        from legapp.qt.translation import use_language

        use_language("en")


@pytest.fixture(scope="session")
def pack():
    return checked_before("en")


@pytest.fixture
def make_window(qtbot, tmp_path, pack):
    windows = []

    def make(data_dir=None, notices=(), the_pack=None, *, clock=None, time_scale=1.0, tts_engine="mock",
             language=None, theme=None):
        """``clock``: a FakeClock every timed run uses (default: the real clock).
        ``language`` and ``theme``: as chosen in the settings (default: as saved)."""
        store = SettingsStore(data_dir or tmp_path / "data")
        settings = store.load().with_changes(tts_engine=tts_engine)
        if language is not None:
            settings = settings.with_changes(language=language)
        if theme is not None:
            settings = settings.with_changes(theme=theme)
        if the_pack is None and settings.language != "en":
            the_pack = spanish_pack()
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
        no_timer_left(window)


def no_timer_left(*holders) -> None:
    """Fail if a timer under any of ``holders`` is still running."""
    running = [t for holder in holders for t in holder.findChildren(QTimer) if t.isActive()]
    assert not running, f"timers left running: {[t.objectName() or t for t in running]}"


@pytest.fixture
def person(qtbot, make_window):
    """Someone at the real window, its timed runs on a fake clock they move."""
    clock = FakeClock(500.0)
    return Person(qtbot, make_window(clock=clock), clock)


_packs = {}


def spanish_pack():
    if "es" not in _packs:
        _packs["es"] = checked_before("es")
    return _packs["es"]


def settle(qtbot, ms: int = 30) -> None:
    """Let freshly shown widgets finish their layout (it takes a couple of passes)."""
    qtbot.wait(ms)
