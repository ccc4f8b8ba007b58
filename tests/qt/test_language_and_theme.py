"""Spanish and high contrast from the home screen, from the command line and from the
system; both remembered; nothing a person saved is touched by either."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from legapp.navigation import Route
from legapp.settings import SettingsStore

from ..conftest import ROOT
from .conftest import settle


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_language_switch_on_home_changes_every_word_and_the_content(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    w = make_window(data_dir=data)
    home = w.current_page
    assert home.title.text() == "Strong legs, steady steps"
    click(qtbot, home.language_buttons["es"])
    settle(qtbot)
    home = w.current_page
    assert home.title.text() == "Piernas fuertes, pasos firmes"
    assert w.bar.back_button.text() == "\u25c0 Atrás"
    assert home.language_buttons["es"].isChecked()
    w.go(Route("topic", "balance"))
    assert w.current_page.title.text() == w.pack.topic("balance").title
    assert w.pack.info.locale == "es"
    assert "equilibrio" in w.current_page.text.toPlainText().lower()
    assert SettingsStore(data).load().language == "es"
    w.close()
    again = make_window(data_dir=data, language=None)  # the next start speaks Spanish at once
    assert again.current_page.title.text() == "Piernas fuertes, pasos firmes"
    click(qtbot, again.current_page.language_buttons["en"])
    assert again.current_page.title.text() == "Strong legs, steady steps"


def test_language_switch_by_keyboard(qtbot, make_window):
    w = make_window()
    button = w.current_page.language_buttons["es"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.language == "es")
    assert QApplication.focusWidget() is not None


def test_a_spanish_check_ends_in_a_spanish_result(qtbot, make_window):
    sys.path.insert(0, str(ROOT / "scripts"))
    from tour import check_screens

    from legapp.engine import FakeClock

    clock = FakeClock(1000.0)
    w = make_window(language="es", clock=clock)
    for name, _widget in check_screens(w, clock):
        if name == "check-result":
            break
    result = w.current_page.result
    words = " ".join(label.text() for label in result.labels)
    assert "diagnóstico" in words
    assert " the " not in words
    assert " your " not in words
    assert result.read_aloud.listen_button.text().endswith("Escuchar")
    w.current_page.stop_run()


def test_high_contrast_from_home_is_applied_and_remembered(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    w = make_window(data_dir=data)
    before = w.pages["home"].tiles[0].grab().toImage()
    click(qtbot, w.current_page.contrast_button)
    settle(qtbot)
    assert w.look.theme.name == "high-contrast"
    assert QApplication.palette().window().color().name() == "#000000"
    assert "#ffff00" in QApplication.instance().styleSheet()
    assert w.pages["home"].tiles[0].grab().toImage() != before
    assert SettingsStore(data).load().theme == "high-contrast"
    w.go(Route("see"))
    assert w.current_page.lifetime.chart.theme.name == "high-contrast"  # charts draw in it too
    w.go_home()
    click(qtbot, w.current_page.contrast_button)
    assert w.look.theme.name == "standard"
    assert SettingsStore(data).load().theme == "standard"


def test_a_chart_built_before_the_switch_is_drawn_again_in_the_new_colours(qtbot, make_window):
    w = make_window()
    w.go(Route("see"))
    old = w.current_page
    w.go_home()
    click(qtbot, w.current_page.contrast_button)
    w.go(Route("see"))
    assert w.current_page is not old
    assert w.current_page.lifetime.chart.theme.name == "high-contrast"


def _system(monkeypatch, dark: bool, high: bool = False):
    """The desktop changes its mind (the offscreen platform cannot: its signal is sent
    by hand, and what it reports is set here)."""
    import legapp.qt.look

    monkeypatch.setattr(legapp.qt.look, "system_preference",
                        lambda _app: {"system_dark": dark, "system_high_contrast": high})
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)


def test_auto_follows_a_dark_or_high_contrast_system(qtbot, make_window, monkeypatch):
    w = make_window(theme="auto")
    assert w.look.theme.name == "standard"
    _system(monkeypatch, dark=True)
    assert w.look.theme.name == "high-contrast"
    assert w.pages["home"].contrast_button.isChecked()
    _system(monkeypatch, dark=False)
    assert w.look.theme.name == "standard"
    _system(monkeypatch, dark=False, high=True)
    assert w.look.theme.name == "high-contrast"


def test_a_chosen_theme_ignores_the_system(qtbot, make_window, monkeypatch):
    w = make_window(theme="standard")
    _system(monkeypatch, dark=True)
    assert w.look.theme.name == "standard"


def test_lang_and_theme_on_the_command_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEGAPP_REPORT_READY": "1"}
    run = subprocess.run([sys.executable, "main.py", "--data-dir", str(tmp_path), "--lang", "es",
                          "--theme", "high-contrast"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "legapp-content-ready" in run.stdout
    saved = SettingsStore(tmp_path).load()
    assert (saved.language, saved.theme) == ("es", "high-contrast")
    bad = subprocess.run([sys.executable, "main.py", "--lang", "xx"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert bad.returncode == 2
    assert "es (Español)" in bad.stderr or "invalid choice" in bad.stderr


def test_missing_spanish_words_are_told_and_english_is_shown(qtbot, tmp_path):
    from legapp.qt.translation import use_language

    problem = use_language("es", tmp_path / "nowhere")
    try:
        assert "missing" in problem
    finally:
        use_language("en")


def test_auto_on_a_dark_system_starts_in_high_contrast(qtbot, make_window, monkeypatch):
    import legapp.qt.look

    monkeypatch.setattr(legapp.qt.look, "system_preference",
                        lambda _app: {"system_dark": True, "system_high_contrast": False})
    w = make_window(theme="auto")
    assert w.look.theme.name == "high-contrast"  # asked once the window is up, not before
    assert w.pages["home"].contrast_button.isChecked()


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 result for", "2 results for"), ("es", "1 resultado para", "2 resultados para")])
def test_a_count_is_said_with_the_right_form(qtbot, make_window, language, one, two):
    """No "1 results": Qt's plural forms, in English too."""
    from PySide6.QtCore import QCoreApplication

    w = make_window(language=language)
    words = "%n result(s) for \u201c{0}\u201d"
    assert QCoreApplication.translate("SearchPage", words, None, 1).startswith(one)
    assert QCoreApplication.translate("SearchPage", words, None, 2).startswith(two)
    from legapp.qt.run.run_view import RunView

    view = RunView(w.media.images)
    view.show_time(10, 1)
    singular = view.count_unit.text()
    view.show_time(10, 2)
    assert singular != view.count_unit.text()
    view.deleteLater()


def test_qt_s_own_dialog_words_are_spanish(make_window):
    from PySide6.QtCore import QCoreApplication

    make_window(language="es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"


def test_spanish_charts_write_numbers_and_dates_the_spanish_way(qtbot, make_window):
    """A decimal comma ("3,5 %"), Spanish month names on a date axis, Spanish axis words."""
    from legapp import i18n
    from legapp.charts.words import disuse_summary
    from legapp.qt.charts.chart_view import _DateAxis, _NumberAxis

    w = make_window(language="es")
    assert i18n.percent(3.5, 1) == "3,5\u00a0%"  # a space that never breaks the number from its sign
    assert i18n.number(0.5) == "0,5"
    december = 1796083200  # 1 December 2026, 00:00 UTC
    assert _DateAxis(orientation="bottom").tickStrings([december + 43200], 1, 30 * 86400) == ["dic 2026"]
    assert _NumberAxis(orientation="left").tickStrings([0.5, 1.0], 1, 0.5) == ["0,5", "1,0"]
    w.go(Route("see"))
    page = w.current_page
    page.show_item("disuse")
    axis = page.disuse.chart.plot.getAxis("bottom")
    assert axis.labelText
    assert axis.labelText != "Days in bed or in a cast"
    from legapp.charts.disuse import disuse_band, study_points

    text = disuse_summary(disuse_band(w.pack.facts), study_points(w.pack.facts))
    assert "3,5\u00a0%" in text  # Wall 2014: 3.5% less muscle after 5 days in a cast
    assert not re.search(r"\d\.\d", text)  # no decimal point anywhere
