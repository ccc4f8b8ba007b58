"""Every screen of the tour (scripts/tour.py), at the largest text size (200%), in
English, in Spanish, in a pseudo-language whose every word is 40% longer, and in high
contrast: no label, button or list item is cut off (its size hint fits its geometry).
Walking the Spanish tour also proves every word on screen has a Spanish translation."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from legapp.engine import FakeClock
from legapp.paths import resources_dir
from legapp.textsize import TEXT_SIZES

from ..conftest import ROOT
from .conftest import settle
from .layout_checks import settled_cut_off

sys.path.insert(0, str(ROOT / "scripts"))
from tour import every_screen, kiosk_screens

LARGEST = len(TEXT_SIZES) - 1


PYQTGRAPH_CONTEXTS = {"Form", "GraphicsScene", "PlotItem", "ViewBox", "AxisItem", "ViewBoxMenu",
                      "ImageExporter", "Exporter", "ExportDialog", "PlotROI", "LegendItem"}


class Recorder(QTranslator):
    """Sees every word the screens ask to translate, then lets the real translators
    answer (returning None passes the question on)."""

    def __init__(self, real: QTranslator, same_in_both: set[str]):
        super().__init__()
        self.real = real
        # Words written alike in both languages ("No", "kg"): PySide, finding the Spanish
        # equal to the English, asks again under each base class's name; that is no gap.
        self.same_in_both = same_in_both
        self.missing: set[tuple[str, str]] = set()
        self.seen: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        # Qt's own words (QDialogButtonBox...) and pyqtgraph's right-click menus are theirs
        # (a chart's menu is not offered: see chart_view.py).
        qt_own = re.match(r"^Q[A-Z]", context or "") or context in PYQTGRAPH_CONTEXTS
        self.seen.add((context, source))
        if not qt_own and source not in self.same_in_both and re.search(r"[A-Za-z]{2}", source) \
                and not self.real.translate(context, source):
            self.missing.add((context, source))
        return None


def tour_problems(qtbot, window, clock: FakeClock) -> dict[str, list[str]]:
    """Walk every screen; what is cut off on each. The screens go afterwards, and their
    timers with them."""
    problems = {}
    for name, widget in every_screen(window, clock):
        found = settled_cut_off(qtbot, widget)
        if found:
            problems[name] = found
        if name == "term-dialog":
            widget.close()
    window.start_visit()
    return problems


@pytest.mark.parametrize(("language", "theme"), [("en", "standard"), ("es", "standard"),
                                                  ("en", "high-contrast")])
def test_nothing_is_cut_off_at_the_largest_size(qtbot, make_window, language, theme):
    clock = FakeClock(1000.0)
    window = make_window(clock=clock, language=language, theme=theme)
    window.set_text_size(LARGEST)
    assert not tour_problems(qtbot, window, clock)


def test_nothing_is_cut_off_in_a_language_forty_percent_longer(qtbot, make_window):
    from legapp.qt.translation import pseudo, use_pseudo

    assert len(pseudo("Check your fall risk")) >= 1.35 * len("Check your fall risk")
    clock = FakeClock(1000.0)
    window = make_window(clock=clock)
    use_pseudo()
    window.change_language("en", window.pack)  # screens are rebuilt: their words now come from pseudo
    window.set_text_size(LARGEST)
    assert window.current_page.title.text() == pseudo("Strong legs, steady steps")
    assert not tour_problems(qtbot, window, clock)


def test_every_word_of_the_spanish_screens_is_translated(qtbot, make_window, app_translator_es, tmp_path):
    import xml.etree.ElementTree as ET

    ts = ET.parse(ROOT / "i18n" / "legapp_es.ts").getroot()
    alike = {m.findtext("source") for m in ts.iter("message")
             if m.findtext("source") == m.findtext("translation")}
    clock = FakeClock(1000.0)
    window = make_window(clock=clock, language="es")
    app = QCoreApplication.instance()
    recorder = Recorder(app_translator_es, alike)
    app.installTranslator(recorder)
    try:
        window.change_language("es", window.pack)  # every screen made again, words asked for again
        tour_problems(qtbot, window, clock)
        for _name, widget in kiosk_screens(QApplication.instance(), window.pack, 0, tmp_path / "kiosk", "es"):
            settle(qtbot, 10)
            kiosk_window = widget
        kiosk_window.close()
    finally:
        app.removeTranslator(recorder)
        window.start_visit()
    assert len(recorder.seen) > 300  # it did see the screens' words
    assert not sorted(recorder.missing)


@pytest.fixture
def app_translator_es():
    translator = QTranslator()
    assert translator.load("legapp_es", str(resources_dir() / "i18n"))
    return translator
