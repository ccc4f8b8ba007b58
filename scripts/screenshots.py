"""Render every screen offscreen into screenshots/*.png so a person can look at them:
English at the default and the largest text size, Spanish (-es) and high contrast (-hc)
likewise, in a 1280x860 window; then in the windows people really have (a maximised
window on a 1366x768 laptop, a 1280x720 one, a 1024x600 kiosk panel: -1366x768 ...).
Run with `make screenshots`; `make screenshots ARGS="en-standard-3"` renders one
variant only, `ARGS="en-standard-3-1366x768"` one at a screen size."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tour import WINDOWS, every_screen, kiosk_screens  # noqa: E402

from legapp.content.loader import load_pack  # noqa: E402
from legapp.engine import FakeClock  # noqa: E402
from legapp.paths import bundled_content_dir, ui_dir  # noqa: E402
from legapp.qt.application import build_window  # noqa: E402
from legapp.qt.main_window import fit_to_screen  # noqa: E402
from legapp.settings import Settings, SettingsStore  # noqa: E402
from legapp.textsize import TEXT_SIZES  # noqa: E402

LARGEST = len(TEXT_SIZES) - 1
LARGER = LARGEST - 1
DEFAULT_WINDOW = (1280, 860)
# (language, theme, text size index, window); the screen sizes' windows are what a
# maximised window leaves of the screen (a 32 px panel; see WINDOWS in tour.py)
VARIANTS = [("en", "standard", 0, DEFAULT_WINDOW), ("en", "standard", LARGEST, DEFAULT_WINDOW),
            ("es", "standard", 0, DEFAULT_WINDOW), ("es", "standard", LARGEST, DEFAULT_WINDOW),
            ("en", "high-contrast", 0, DEFAULT_WINDOW), ("en", "high-contrast", LARGEST, DEFAULT_WINDOW),
            ("es", "high-contrast", LARGEST, DEFAULT_WINDOW),
            ("en", "standard", 0, WINDOWS["1366x768"]), ("en", "standard", LARGEST, WINDOWS["1366x768"]),
            ("es", "standard", LARGEST, WINDOWS["1366x768"]),
            ("en", "high-contrast", LARGEST, WINDOWS["1366x768"]),
            ("en", "standard", LARGEST, WINDOWS["1280x720"]),
            ("es", "standard", LARGEST, WINDOWS["1280x720"]),
            ("en", "standard", 0, WINDOWS["1024x600"]), ("en", "standard", LARGER, WINDOWS["1024x600"]),
            ("es", "standard", LARGER, WINDOWS["1024x600"]), ("en", "standard", LARGEST, WINDOWS["1024x600"])]


def screen_name(window: tuple[int, int]) -> str:
    return next((name for name, size in WINDOWS.items() if size == window), "")


def full_screen(window: tuple[int, int]) -> tuple[int, int]:
    """A kiosk's window: the whole screen."""
    name = screen_name(window)
    return tuple(int(n) for n in name.split("x")) if name else window


def suffix(language: str, theme: str, size_index: int, window: tuple[int, int] = DEFAULT_WINDOW) -> str:
    return "-".join(p for p in (TEXT_SIZES[size_index].key, "" if language == "en" else language,
                                "hc" if theme == "high-contrast" else "", screen_name(window)) if p)


def main(argv: list[str]) -> int:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    packs = {lang: load_pack(bundled_content_dir(lang)) for lang in ("en", "es")}
    chosen = [v for v in VARIANTS if not argv or "-".join(filter(None, (*map(str, v[:3]), screen_name(v[3]))))
              in argv]

    def save(widget, name: str, tail: str) -> None:
        for _ in range(3):  # new widgets settle their layout over a couple of passes
            app.processEvents()
        path = out / f"{name}-{tail}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    with tempfile.TemporaryDirectory() as tmp:
        for language, theme, size_index, size in chosen:
            tail = suffix(language, theme, size_index, size)
            clock = FakeClock(1000.0)
            data = Path(tmp) / tail  # each variant starts with no one saved
            settings = Settings(text_size=size_index, tts_engine="mock", language=language, theme=theme)
            window = build_window(app, packs[language], settings, SettingsStore(data), ui_dir(),
                                  clock=lambda c=clock: c)
            fit_to_screen(window, *size)  # as the app opens on that screen (maximised there)
            window.resize(*size)
            window.show()
            for name, widget in every_screen(window, clock):
                save(widget, name, tail)
                first = (language, theme, size_index, size) == ("en", "standard", 0, DEFAULT_WINDOW)
                if name == "home" and first:
                    widget.grab().save(str(out / "README-home.png"))  # the one the README shows
                if name == "term-dialog":
                    widget.close()
            window.go_home()
            for name, widget in kiosk_screens(app, packs[language], size_index, Path(tmp) / f"kiosk-{tail}",
                                              language, theme, full_screen(size)):
                save(widget, name, tail)
            window.close()
            window.deleteLater()
            # Deleted now: outside an event loop deleteLater waits for ever, and every window
            # left alive is styled again by each later window's new stylesheet.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
