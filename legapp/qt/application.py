"""Starting the Qt application: the look, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from legapp.content.models import ContentPack
from legapp.qt.look import Look
from legapp.qt.main_window import MainWindow
from legapp.settings import Settings, SettingsStore
from legapp.theme import STANDARD


def build_window(app: QApplication, pack: ContentPack, settings: Settings,
                 store: SettingsStore, ui_dir: Path) -> MainWindow:
    look = Look(app, ui_dir, STANDARD, settings.text_size)
    state = {"settings": settings}

    def remember_text_size(index: int) -> None:
        state["settings"] = state["settings"].model_copy(update={"text_size": index})
        try:
            store.save(state["settings"])
        except OSError as exc:
            window.show_notice(
                window.tr("Your text size could not be saved ({0}). It will work until you close the app.")
                .replace("{0}", exc.strerror or str(exc))
            )

    window = MainWindow(pack, look, remember_text_size)
    return window


def run(*, pack: ContentPack, settings: Settings, store: SettingsStore, ui_dir: Path,
        notices: list[str], report_ready: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("legapp")
    app.setApplicationDisplayName("legapp")
    window = build_window(app, pack, settings, store, ui_dir)
    for text in notices:
        window.show_notice(text)
    window.show()
    if report_ready:
        def ready() -> None:
            print("legapp-ready", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()
