"""Starting the Qt application: the look, the main window, the event loop.

The first window appears before the content pack is read: loading and validating it
(with pydantic) runs on the next turn of the event loop, so the person sees the home
screen at once. A tap made in between is kept and honoured when the content arrives.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from legapp.paths import resources_dir
from legapp.qt.accessible import install as install_accessible
from legapp.qt.look import Look
from legapp.qt.main_window import MainWindow
from legapp.qt.media import Media
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker
from legapp.qt.translation import use_language
from legapp.settings import Settings, SettingsStore
from legapp.theme import STANDARD, THEMES
from legapp.visit import Visit

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.engine.clock import Clock
    from legapp.kiosk.config import KioskConfig


def _bundled(locale: str) -> tuple[ContentPack, str | None]:
    from legapp.content.loader import load_with_fallback

    return load_with_fallback(None, locale)


def build_window(app: QApplication, pack: ContentPack | None, settings: Settings,
                 store: SettingsStore, ui_dir: Path, *, time_scale: float = 1.0,
                 clock: Callable[[], Clock] | None = None,
                 load_content: Callable[[str], tuple[ContentPack, str | None]] = _bundled,
                 accessible_now: bool = True) -> MainWindow:
    """The main window, the visit and the media its screens share. ``time_scale``
    shortens every timed test and ``clock`` makes the clock of each run (tests and
    screenshots pass a fake one; the default is the real monotonic clock).
    ``load_content`` gives the pack of a language when the person changes language."""
    words_problem = use_language(settings.language)  # before any widget is made: they read it
    # "auto" starts standard: asking the system (Qt's enum namespace, ~23 ms) waits until
    # the first window is up; Look.watch_system then applies what the system prefers.
    theme = STANDARD if settings.theme == "auto" else THEMES[settings.theme]
    look = Look(app, ui_dir, theme, settings.text_size, settings.theme)
    # The history opens when a screen first needs it.
    visit = Visit(settings, store=store, history_dir=store.data_dir)
    media = Media(speaker=Speaker(settings.tts_engine, settings.language),
                  sounds=SoundPlayer(resources_dir() / "sounds"), images=resources_dir() / "images",
                  make_clock=clock, time_scale=time_scale)
    if accessible_now:  # headings, radio groups (legapp.qt.accessible); the app's start does it
        install_accessible()  # once the first window is up
    window = MainWindow(pack, look, visit, media, load_content)
    media.speaker.setParent(window)
    media.sounds.setParent(window)
    if words_problem:
        window.show_notice(words_problem)
    return window


def enter_kiosk(window: MainWindow, config: KioskConfig, *, clock: Callable[[], float] = time.monotonic,
                pin_clock: Callable[[], float] = time.monotonic):
    """Turn ``window`` into a kiosk: nothing kept, 60 px targets, the centre's areas and
    text size, idle wipes, staff exit with the PIN. Each person gets a new visit with the
    centre's settings, saved nowhere. Returns the KioskController."""
    from legapp.qt.kiosk import KioskController
    from legapp.textsize import text_size_index

    centre = Settings(language=config.language, text_size=text_size_index(config.text_size),
                      theme=window.visit.settings.theme, tts_engine=window.visit.settings.tts_engine)
    window.make_visit = lambda: Visit(centre, take_home=config.printing)  # nothing personal is kept
    window.look.min_target = 60
    window.look.apply(window.look.size_index)  # 60 px targets now, whatever the text size

    def centre_home(home) -> None:
        home.offer(set(config.areas))
        home.show_centre(config.centre_name, config.help_line)

    window.home_setup.append(centre_home)
    centre_home(window.page("home"))
    window.start_visit(keep_notice=True)  # a notice from starting up (a damaged file) stays
    return KioskController(window, config, clock, pin_clock)


def _log_errors(path: Path) -> None:
    """Kiosk errors go to a small log beside the settings (no personal data: see on_error)."""
    import logging
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=256_000, backupCount=2, encoding="utf-8")
        if os.name == "posix":
            os.chmod(path, 0o600)  # like every file legapp writes: its owner's only
    except OSError:
        return  # no disk to write to: the error still resets the visit
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger("legapp.kiosk").addHandler(handler)


def run(*, settings: Settings, store: SettingsStore, ui_dir: Path,
        load_content: Callable[[str], tuple[ContentPack, str | None]],
        notices: list[str], report_ready: bool = False, kiosk: KioskConfig | None = None) -> int:
    # Fusion from the start, chosen by Qt itself: asking for the app's style from Python
    # makes PySide build a dozen QStyle enums before the first window (~10 ms), and a
    # Python handle on a style that a new stylesheet replaces can crash (seen in tests).
    app = QApplication.instance() or QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName("legapp")
    app.setApplicationDisplayName("legapp")
    window = build_window(app, None, settings, store, ui_dir, load_content=load_content, accessible_now=False)
    for text in notices:
        window.show_notice(text)
    # Within the screen's work area: a 1366x768 laptop or a 1024x600 panel gets the window
    # maximised (or a kiosk full screen), never a window, or a smallest size, taller than it.
    from legapp.qt.main_window import fit_to_screen

    room = app.primaryScreen().availableGeometry()
    maximise = fit_to_screen(window, room.width(), room.height())
    if kiosk is not None:
        from PySide6.QtCore import Qt

        window.kiosk = enter_kiosk(window, kiosk)
        _log_errors(store.data_dir / "kiosk-errors.log")
        sys.excepthook = window.kiosk.on_error  # an error starts a fresh visit, never a dead window
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    elif maximise:
        window.showMaximized()
    else:
        window.show()

    def say(line: str) -> None:
        if report_ready:
            print(line, flush=True)

    def content() -> None:
        from legapp.content.errors import ContentError

        try:
            pack, problem = load_content(window.language)
        except ContentError as exc:  # the built-in pack itself is damaged: nothing to show
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "legapp", QCoreApplication.translate(
                "Application", "legapp cannot start: its built-in content is damaged ({0}). "
                "Please reinstall it."
            ).replace("{0}", str(exc)))
            app.exit(2)
            return
        install_accessible()  # after the first window: PySide's QAccessible types cost ~10 ms
        window.set_pack(pack)
        if problem:
            window.show_notice(problem)
        say("legapp-content-ready")
        if report_ready:
            app.quit()
        else:  # preload: ready the first chart while the person reads (legapp/qt/preload.py)
            from legapp.qt.preload import prepare_charts

            prepare_charts(window)

    QTimer.singleShot(0, lambda: say("legapp-ready"))
    QTimer.singleShot(0, content)
    return app.exec()
