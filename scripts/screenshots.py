"""Render every screen offscreen into screenshots/*.png so a person can look at them:
English at the default and the largest text size, Spanish (-es) and high contrast (-hc)
likewise. Run with `make screenshots`; `make screenshots ARGS="en-standard-3"` renders
one variant only."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from tour import every_screen, kiosk_screens  # noqa: E402

from legapp.content.loader import load_pack  # noqa: E402
from legapp.engine import FakeClock  # noqa: E402
from legapp.paths import bundled_content_dir, ui_dir  # noqa: E402
from legapp.qt.application import build_window  # noqa: E402
from legapp.settings import Settings, SettingsStore  # noqa: E402
from legapp.textsize import TEXT_SIZES  # noqa: E402

LARGEST = len(TEXT_SIZES) - 1
# (language, theme, text size index)
VARIANTS = [("en", "standard", 0), ("en", "standard", LARGEST), ("es", "standard", 0),
            ("es", "standard", LARGEST), ("en", "high-contrast", 0), ("en", "high-contrast", LARGEST),
            ("es", "high-contrast", LARGEST)]


def suffix(language: str, theme: str, size_index: int) -> str:
    return "-".join(p for p in (TEXT_SIZES[size_index].key, "" if language == "en" else language,
                                "hc" if theme == "high-contrast" else "") if p)


def main(argv: list[str]) -> int:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    packs = {lang: load_pack(bundled_content_dir(lang)) for lang in ("en", "es")}
    chosen = [v for v in VARIANTS if not argv or f"{v[0]}-{v[1]}-{v[2]}" in argv]

    def save(widget, name: str, tail: str) -> None:
        for _ in range(3):  # new widgets settle their layout over a couple of passes
            app.processEvents()
        path = out / f"{name}-{tail}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    with tempfile.TemporaryDirectory() as tmp:
        for language, theme, size_index in chosen:
            tail = suffix(language, theme, size_index)
            clock = FakeClock(1000.0)
            data = Path(tmp) / tail  # each variant starts with no one saved
            settings = Settings(text_size=size_index, tts_engine="mock", language=language, theme=theme)
            window = build_window(app, packs[language], settings, SettingsStore(data), ui_dir(),
                                  clock=lambda c=clock: c)
            window.resize(1280, 860)
            window.show()
            for name, widget in every_screen(window, clock):
                save(widget, name, tail)
                if name == "home" and (language, theme, size_index) == ("en", "standard", 0):
                    widget.grab().save(str(out / "README-home.png"))  # the one the README shows
                if name == "term-dialog":
                    widget.close()
            window.go_home()
            for name, widget in kiosk_screens(app, packs[language], size_index, Path(tmp) / f"kiosk-{tail}",
                                              language, theme):
                save(widget, name, tail)
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
