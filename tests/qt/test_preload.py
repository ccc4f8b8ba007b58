"""Readied while the person reads (legapp/qt/preload.py): after the real start-up, the
first chart's modules are loaded, by the GUI thread and one background thread that makes
no Qt object, and See then builds without importing anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QTimer

from legapp.navigation import Route
from legapp.qt.preload import ChartPreparation, prepare_charts

# legapp started the way `legapp` starts (legapp.app.main), looked at from outside: once the
# preparation says it is done, what it left behind, then See is opened.
LAUNCH = r"""
import gc, json, sys
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-style", "fusion"])
early = {"heavy": None}

def look():
    from legapp.qt.main_window import MainWindow
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None:
        return
    if early["heavy"] is None and window.pack is not None:  # the content is in, not yet prepared
        early["heavy"] = [m for m in ("numpy", "pyqtgraph") if m in sys.modules]
    prep = window.findChild(QObject, "chartPreparation")
    if prep is None or not prep.finished:
        return
    poll.stop()
    report = {
        "heavy_at_content_ready": early["heavy"],
        "error": repr(prep.error),
        "qt_made_in_thread": prep.qt_made_in_thread,
        "loaded": [m for m in ("numpy", "pyqtgraph", "legapp.qt.charts.see_page") if m in sys.modules],
        "qobjects_of_other_threads": [type(o).__name__ for o in shiboken6.Shiboken.getAllValidWrappers()
                                      if isinstance(o, QObject) and o.thread() is not app.thread()],
        "collector_on": gc.isenabled(),
        "switch_interval": sys.getswitchinterval(),
        "timers_running": [t.objectName() for t in window.findChildren(QTimer) if t.isActive()],
        "timings": prep.timings,
    }
    before = set(sys.modules)
    from legapp.navigation import Route
    window.go(Route("see"))
    app.processEvents()
    report["imported_by_see"] = sorted(set(sys.modules) - before)
    report["see_shown"] = window.current_page is window.pages["see"]
    print(json.dumps(report), flush=True)
    app.quit()

poll = QTimer()
poll.timeout.connect(look)
poll.start(5)
from legapp.app import main
sys.exit(main(["--data-dir", sys.argv[1], "--tts-engine", "mock"]))
"""


def test_the_real_start_up_readies_the_first_chart(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "LEGAPP_REPORT_READY"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(tmp_path / "data")], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy_at_content_ready"] == []  # nothing before the content, nor with it
    assert report["error"] == "None"
    assert report["loaded"] == ["numpy", "pyqtgraph", "legapp.qt.charts.see_page"]
    assert report["qt_made_in_thread"] == []  # PySide's lazy types are all made on the GUI thread
    assert report["qobjects_of_other_threads"] == []
    assert report["collector_on"]
    assert report["switch_interval"] == 0.005  # Python's own again
    assert report["timers_running"] == []
    assert report["timings"]["longest_slice_ms"] < 50, report["timings"]
    assert report["see_shown"]
    assert report["imported_by_see"] == []  # the chart is built from what is loaded already


def test_a_preparation_leaves_no_timer_running(make_window, qtbot):
    """In a test process the chart may be loaded already: the preparation then just says
    it is done. The fixture checks no timer is left running."""
    window = make_window()
    preparation = prepare_charts(window, delay_ms=0)
    with qtbot.waitSignal(preparation.done, timeout=10_000):
        pass
    assert preparation.finished
    assert preparation.error is None
    assert "legapp.qt.charts.see_page" in sys.modules
    assert not [t for t in window.findChildren(QTimer) if t.isActive()]
    window.go(Route("see"))
    assert window.current_page is window.pages["see"]


def test_stopping_a_preparation_before_it_starts(make_window, qtbot):
    window = make_window()
    preparation = ChartPreparation(window, delay_ms=10_000)
    preparation.start()
    with qtbot.waitSignal(preparation.done, timeout=1000):
        preparation.stop()
    assert preparation.finished
    assert preparation.timings == {}  # it never ran


def test_a_failing_preparation_stops_quietly_and_puts_things_back(make_window, qtbot, monkeypatch):
    import gc

    from legapp.qt import preload

    monkeypatch.setattr(preload, "QT_MODULES", ("PySide6.QtCore", "PySide6.QtNoSuchModule"))
    monkeypatch.setattr(preload, "BACKGROUND_MODULES", ("json", "legapp_no_such_module"))
    window = make_window()
    preparation = ChartPreparation(window, delay_ms=0)
    preparation.start()
    with qtbot.waitSignal(preparation.done, timeout=10_000):
        pass
    assert isinstance(preparation.error, ModuleNotFoundError)  # told, never raised into the app
    assert gc.isenabled()
    assert sys.getswitchinterval() == 0.005
    assert not [t for t in window.findChildren(QTimer) if t.isActive()]
