"""Every screen of the tour (scripts/tour.py) in the windows people really have: maximised
on a 1366x768 laptop and a 1280x720 one at every text size, and on a 1024x600 kiosk panel
up to the "larger" size. On each, the title, the whole of the step on screen (every
question with its answers, the clock, the count, the big button) and the main button are
in sight without scrolling, and nothing is drawn over anything else. At 1024x600 and the
largest size a step may scroll, but its main button stays in sight."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QScrollArea

from legapp.engine import FakeClock
from legapp.qt.main_window import fit_to_screen
from legapp.textsize import TEXT_SIZES

from ..conftest import ROOT
from .conftest import settle
from .layout_checks import out_of_sight, overlapping

sys.path.insert(0, str(ROOT / "scripts"))
from tour import WINDOWS, every_screen

LARGEST = len(TEXT_SIZES) - 1
CASES = [("en", screen, size) for screen in ("1366x768", "1280x720") for size in range(len(TEXT_SIZES))]
CASES += [("en", "1024x600", size) for size in range(LARGEST + 1)]
# Spanish, whose words run about a fifth longer: the laptop and the panel at each size
CASES += [("es", screen, size) for screen in ("1366x768", "1024x600") for size in range(LARGEST + 1)]
READING = {"topic-first", "topic-how-fast", "topic-key-points", "faq", "glossary", "help"}


def _lines_in_sight(page) -> float:
    text = page.text
    return text.viewport().height() / text.fontMetrics().lineSpacing()


def walk(qtbot, window, clock: FakeClock, screen: str, size: int) -> dict[str, list[str]]:
    whole = not (screen == "1024x600" and size == LARGEST)  # there a step may scroll
    problems: dict[str, list[str]] = {}
    for name, widget in every_screen(window, clock):
        if name == "term-dialog":
            widget.close()
            continue
        settle(qtbot, 20)
        page = window.current_page
        found = out_of_sight(page, whole_step=whole) + overlapping(page)
        if name in READING and screen == "1366x768" and _lines_in_sight(page) < 8:
            found.append(f"only {_lines_in_sight(page):.1f} lines of text in sight")
        if name == "home" and screen == "1366x768" and size <= 1:
            bars = [s.verticalScrollBar() for s in page.findChildren(QScrollArea)]
            if any(bar.isVisible() and bar.maximum() > 0 for bar in bars):
                found.append("Home needs scrolling")
        if found:
            problems[name] = found
    window.start_visit()
    return problems


@pytest.mark.parametrize(("language", "screen", "size"), CASES,
                         ids=[f"{lang}-{s}-{TEXT_SIZES[i].key}" for lang, s, i in CASES])
def test_every_step_is_in_sight_on_real_screens(qtbot, make_window, language, screen, size):
    clock = FakeClock(1000.0)
    window = make_window(clock=clock, language=language)
    fit_to_screen(window, *WINDOWS[screen])  # as the app opens on that screen: maximised
    window.resize(*WINDOWS[screen])
    window.set_text_size(size)
    settle(qtbot, 30)
    assert walk(qtbot, window, clock, screen, size) == {}
