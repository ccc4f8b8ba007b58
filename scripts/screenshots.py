"""Render every screen offscreen into screenshots/*.png, at the default and the largest
text size, so a person can look at them. Run with `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from legapp.content.loader import load_pack  # noqa: E402
from legapp.navigation import Route  # noqa: E402
from legapp.paths import bundled_content_dir, ui_dir  # noqa: E402
from legapp.qt.application import build_window  # noqa: E402
from legapp.settings import Settings, SettingsStore  # noqa: E402
from legapp.textsize import TEXT_SIZES  # noqa: E402

SCREENS = [
    ("home", Route("home")),
    ("topics", Route("topics")),
    ("topic-first", Route("topic", "leg-muscles")),
    ("topic-how-fast", Route("topic", "how-fast")),
    ("topic-key-points", Route("topic", "key-points")),
    ("faq", Route("faq")),
    ("glossary", Route("glossary", "sarcopenia")),
    ("search", Route("search")),
    ("help", Route("help")),
]


def main() -> int:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    with tempfile.TemporaryDirectory() as tmp:
        for size_index in (0, len(TEXT_SIZES) - 1):
            size = TEXT_SIZES[size_index]
            window = build_window(app, pack, Settings(text_size=size_index), SettingsStore(Path(tmp)),
                                  ui_dir())
            window.resize(1280, 860)
            window.show()
            for name, route in SCREENS:
                window.go(route)
                if name == "search":
                    window.current_page.box.setText("balance")
                    window.current_page.run_search()
                for _ in range(3):  # new widgets settle their layout over a couple of passes
                    app.processEvents()
                path = out / f"{name}-{size.key}.png"
                window.grab().save(str(path))
                print(path.relative_to(ROOT))
            if size_index == 0:
                window.go(Route("topic", "balance"))
                window.current_page.show_term("proprioception")
                app.processEvents()
                dialog = window.current_page.dialog
                path = out / f"term-dialog-{size.key}.png"
                dialog.grab().save(str(path))
                print(path.relative_to(ROOT))
                dialog.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
