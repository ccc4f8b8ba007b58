"""Performance figures for legapp. Run with `make bench`; writes .bench/results.json.

startup_ms          median of cold launches of legapp until its first window is shown,
                    measured from outside as a whole process
content_ready_ms    the same launches, until the content pack is loaded and checked (it is
                    read just after the first window shows)
bare_startup_ms     the same for a bare PySide6 QMainWindow script, launched the same way
startup_ratio       startup_ms / bare_startup_ms (target: at most 1.5)
content_ready_ratio content_ready_ms / bare_startup_ms (target: at most 2.5)
rss_mb, bare_rss_mb peak resident memory of each process
page_switch_p95_ms  opening every topic page in turn, 20 rounds, 95th percentile (target: 16)
content_load_ms     loading and validating the content pack, median
timer_max_error_ms  a real-time run of the 30-s chair stand through the real window and
                    its Qt runner, someone tapping Stand every 2.3 s: the largest gap
                    between when a step change or prompt was due and when it fired (target: 5)
timer_deadlines     how many deadlines that run had (prompts and step changes)
history_load_ms     listing one person's 10,000 stored results of mixed tests, newest first, from
                    the history database (HistoryStore.results), median of 7 (target: 100)
chart_first_show_ms opening the first chart (See) in a running app, the import of pyqtgraph
                    and numpy included, median of 5 fresh processes (target: 600)
chart_first_show_warm_ms  the same, opened 3 s after the app was launched the real way (legapp's
                    own start-up, with the preparation that readies the first chart while the person
                    reads, legapp/qt/preload.py), median of 5 fresh processes (target: 120)
page_switch_during_preload_max_ms  in the same kind of launch, switching pages over and over from the
                    moment the content is ready until the preparation is done: the longest a switch
                    waited and took (its timer's lateness, which a slice of the preparation or the
                    thread holding Python shows up in, plus the switch and its paint), median of 5
                    processes' longest (target: 50); page_switch_during_preload_worst_ms is the
                    longest of all 5; page_switch_after_preload_max_ms the same as the first for the
                    1 s after the preparation, for comparison; page_switches_during_preload (fewest
                    of the 5), preload_ms (how long the preparation took, median) and
                    preload_slice_max_ms (its longest slice on the GUI thread, worst)
chart_update_p95_ms moving the chart's cursor one step with an arrow key, redrawn (target: 16)
soak_rss_growth_pct a kiosk's day in fast motion, 500 cycles in one process (every area, the chair
                    stand on a fast clock, the checklist, the charts, idle and wiped): growth of
                    resident memory from cycle 50 to the last (target: 2); also soak_cycles
bundle_mb           the size of the PyInstaller bundle `make dist` built (build/pyinstaller/dist/legapp,
                    or /opt/legapp where the .deb is installed); bundle_startup_ms its launches until
                    the first window is shown, median, against the bare window launched the same way
                    (bundle_startup_ratio, target: at most 1.5); skipped, saying so, with no bundle
report_pdf_ms       building the report for a person with 50 results and writing it as a PDF,
                    median of 5, the first (which loads the fonts) included (target: 1000)

`scripts/bench.py KEY...` measures only the figures named (a key or its group, e.g.
`chart_first_show_warm_ms` or `startup_ratio`), prints them and writes .bench/selected.json;
with no names it measures everything and writes .bench/results.json.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LAUNCHES = 15  # this machine is shared: a median of 7 launches moved by ~10% from run to run

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
window.show()
def ready():
    print("legapp-ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def launch(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Ms until the process says its window is shown, ms until its content is ready
    (the same for the bare script), and its peak RSS in MB."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    shown = content = None
    for line in proc.stdout:
        if line.strip() == "legapp-ready":
            shown = content = time.perf_counter() - start
        elif line.strip() == "legapp-content-ready":
            content = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if shown is None or proc.returncode != 0:
        raise RuntimeError(f"{args[:3]} did not start: rc={proc.returncode}\n{err}")
    return shown * 1000, content * 1000, usage.ru_maxrss / 1024


def startup_figures() -> dict[str, float]:
    # As installed (pip compiles every module): with PYTHONDONTWRITEBYTECODE set, as on
    # this project's machines, a checkout would otherwise compile legapp's changed
    # modules again at every launch and the figure would measure the compiler.
    compileall.compile_dir(ROOT / "legapp", quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "LEGAPP_REPORT_READY": "1"}
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "legapp", "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        launch(app_cmd, env)  # one launch each to fill the disk cache, not counted
        launch(bare_cmd, env)
        app_runs, bare_runs = [], []
        for _ in range(LAUNCHES):  # interleaved, so both see the same machine load
            app_runs.append(launch(app_cmd, env))
            bare_runs.append(launch(bare_cmd, env))
    startup = statistics.median(t for t, _, _ in app_runs)
    bare = statistics.median(t for t, _, _ in bare_runs)
    return {
        "startup_ms": round(startup, 1),
        "content_ready_ms": round(statistics.median(c for _, c, _ in app_runs), 1),
        "bare_startup_ms": round(bare, 1),
        "startup_ratio": round(startup / bare, 3),
        "content_ready_ratio": round(statistics.median(c for _, c, _ in app_runs) / bare, 3),
        "rss_mb": round(max(m for _, _, m in app_runs), 1),
        "bare_rss_mb": round(max(m for _, _, m in bare_runs), 1),
    }


BUNDLES = (Path("/opt/legapp/legapp"), ROOT / "build" / "pyinstaller" / "dist" / "legapp" / "legapp")


def bundle_figures() -> dict[str, float]:
    """The bundle's size and start against the bare window, as startup_figures does."""
    program = next((p for p in BUNDLES if p.is_file()), None)
    if program is None:
        print("bundle_figures: skipped, no bundle was built (make dist builds one)")
        return {}
    folder = program.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "LEGAPP_REPORT_READY": "1"}
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [str(program), "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        launch(app_cmd, env)  # to fill the disk cache and the content pack's cache, not counted
        launch(bare_cmd, env)
        app_runs, bare_runs = [], []
        for _ in range(LAUNCHES):
            app_runs.append(launch(app_cmd, env))
            bare_runs.append(launch(bare_cmd, env))
    startup = statistics.median(t for t, _, _ in app_runs)
    bare = statistics.median(t for t, _, _ in bare_runs)
    print(f"bundle_figures: {program}")
    return {"bundle_mb": round(size / 1e6, 1), "bundle_startup_ms": round(startup, 1),
            "bundle_bare_startup_ms": round(bare, 1), "bundle_startup_ratio": round(startup / bare, 3)}


def content_load_ms() -> float:
    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir

    times = []
    for _ in range(20):
        start = time.perf_counter()
        load_pack(bundled_content_dir("en"))
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@contextlib.contextmanager
def app_window(clock=None):
    """The real main window on a temporary data folder, with the bundled pack and the mock
    voice (and ``clock`` for every run, if given), shown; yields (app, window) and closes it after."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir, ui_dir
    from legapp.qt.application import build_window
    from legapp.settings import Settings, SettingsStore

    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    with tempfile.TemporaryDirectory() as data:
        window = build_window(app, pack, Settings(tts_engine="mock"), SettingsStore(Path(data)), ui_dir(),
                              clock=None if clock is None else (lambda: clock))
        window.show()
        try:
            yield app, window
        finally:
            window.close()


def page_switch_p95_ms() -> float:
    from legapp.navigation import Route

    with app_window() as (app, window):
        topics = window.pack.topics
        app.processEvents()
        window.go(Route("topic", topics[0].id))  # the first visit builds the page
        app.processEvents()
        times = []
        for _ in range(20):
            for topic in topics:
                start = time.perf_counter()
                window.go(Route("topic", topic.id))
                window.repaint()  # include laying out and painting the new page
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
    return round(p95(times), 2)


def timer_figures() -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from legapp.navigation import Route

    with app_window() as (app, window):
        window.go(Route("test", "chair_stand_30s"))
        page = window.current_page
        for _yes, no in page.safety.choices.values():
            no.click()
        page.safety.continue_button.click()
        page.person.age.setText("72")
        page.person.female.click()
        page.person.continue_button.click()
        page.setups["chair_stand_30s"].start_button.click()
        app.processEvents()
        ready = QEventLoop()
        QTimer.singleShot(700, ready.quit)  # the new step's button takes no press for 0.6 s
        ready.exec()
        page.run.tap_button.click()  # I am ready: "Ready", then "Go" 3 s later
        stands = QTimer()
        stands.setInterval(2300)
        stands.timeout.connect(page.run.tap_button.click)
        stands.start()
        done = QEventLoop()
        page.runner.ended.connect(done.quit)
        done.exec()
        stands.stop()
        lateness = list(page.runner.lateness)
    return {"timer_max_error_ms": round(max(lateness) * 1000, 2), "timer_deadlines": len(lateness)}


def _mixed_records(profile_id: int, count: int) -> list:
    """``count`` results of every kind, one a day going back from 2026, as a long history has."""
    from datetime import UTC, datetime, timedelta

    from legapp.assess import (
        SARC_F_ITEMS,
        STAY_INDEPENDENT_ITEMS,
        score_balance_4stage,
        score_chair_stand_30s,
        score_five_times_sts,
        score_sarc_f,
        score_stay_independent,
        score_tug,
    )
    from legapp.track.records import record_of

    checklist = {item: i % 4 == 0 for i, item in enumerate(STAY_INDEPENDENT_ITEMS)}
    sarc = dict(zip(SARC_F_ITEMS, [1, 0, 2, 1, 0], strict=True))
    kinds = [
        lambda i: (score_chair_stand_30s(4 + i % 16, 72, "female"), {"count": 4 + i % 16}),
        lambda i: (score_balance_4stage([10, 10, 2.0 + i % 9]), {"held_seconds": [10, 10, 2.0 + i % 9]}),
        lambda i: (score_five_times_sts(9 + i % 10 * 0.9, 72), {"seconds": 9 + i % 10 * 0.9}),
        lambda i: (score_tug(7 + i % 8 * 0.8, 72), {"seconds": 7 + i % 8 * 0.8}),
        lambda i: (score_stay_independent(checklist), {"answers": checklist}),
        lambda i: (score_sarc_f(sarc), {"answers": sarc}),
    ]
    start = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)
    records = []
    for i in range(count):
        result, raw = kinds[i % len(kinds)](i)
        records.append(record_of(result, raw, profile_id=profile_id, content_version=1,
                                 taken_at=start - timedelta(days=i), age=72, sex="female"))
    return records


def history_load_ms() -> float:
    from legapp.track.profiles import Profile
    from legapp.track.store import HistoryStore

    with tempfile.TemporaryDirectory() as data:
        store = HistoryStore(Path(data))
        person = store.add_profile(Profile(None, "Ana", 1954, "female"))
        # Saved the app's way, one transaction each, but without waiting for the disk on each
        # (10,000 waits would take minutes); the timing below is read-only.
        store.db.execute("PRAGMA synchronous = OFF")
        for record in _mixed_records(person.id, 10_000):
            store.save(record)
        store.db.execute("PRAGMA synchronous = FULL")
        assert len(store.results(person.id)) == 10_000
        times = []
        for _ in range(7):
            start = time.perf_counter()
            store.results(person.id)
            times.append((time.perf_counter() - start) * 1000)
        store.close()
    return round(statistics.median(times), 2)


def report_pdf_ms() -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir
    from legapp.qt.report_pdf import write_pdf
    from legapp.track.profiles import Profile
    from legapp.track.report import build_report

    QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    person = Profile(1, "Ana", 1954, "female")
    records = _mixed_records(person.id, 50)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(5):
            start = time.perf_counter()
            write_pdf(build_report(person, records, pack, date(2026, 1, 2)), Path(folder) / "report.pdf")
            times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


FIRST_CHART = """
import sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from legapp.content.loader import load_pack
from legapp.navigation import Route
from legapp.paths import bundled_content_dir, ui_dir
from legapp.qt.application import build_window
from legapp.settings import Settings, SettingsStore
pack = load_pack(bundled_content_dir("en"))
with tempfile.TemporaryDirectory() as data:
    window = build_window(app, pack, Settings(tts_engine="mock"), SettingsStore(Path(data)), ui_dir())
    window.show()
    app.processEvents()
    assert "pyqtgraph" not in sys.modules, "pyqtgraph was loaded before the first chart"
    start = time.perf_counter()
    window.go(Route("see"))
    window.repaint()
    app.processEvents()
    print((time.perf_counter() - start) * 1000)
"""


def chart_first_show_ms() -> float:
    """Median of 5 fresh processes: opening See in a running app, pyqtgraph's import included."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", FIRST_CHART], capture_output=True, text=True, env=env,
                             check=True, timeout=120).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return round(statistics.median(times), 1)


# legapp started its own way (legapp.app.main, as `legapp` does), with timers set up before it
# that look in from outside: "warm" opens See 3 s after launch; "switch" switches pages over
# and over from the moment the content is ready until the preparation is done, then 1 s more.
LAUNCHED = """
import json, sys, tempfile, time
START = time.perf_counter()
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-style", "fusion"])  # as legapp.qt.application.run makes it
MODE = sys.argv[1]
found = {}

def window():
    if found.get("window") is None:
        from legapp.qt.main_window import MainWindow
        found["window"] = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    return found["window"]

def preparation():
    return window().findChild(QObject, "chartPreparation")

def show_see():
    from legapp.navigation import Route
    w, prep = window(), preparation()
    was_ready = prep is not None and prep.finished and "pyqtgraph" in sys.modules
    start = time.perf_counter()
    w.go(Route("see"))
    w.repaint()
    app.processEvents()
    ms = (time.perf_counter() - start) * 1000
    print(json.dumps({"ms": ms, "at_s": start - START, "prepared": was_ready,
                      "timings": prep.timings if prep is not None else None}), flush=True)
    app.quit()

state = {"phase": "wait", "due": 0.0, "during": [], "after": [], "i": 0}

def switch():
    from legapp.navigation import Route
    now = time.perf_counter()
    late = (now - state["due"]) * 1000 if state["due"] else 0.0
    w = window()
    if w is None or w.pack is None:
        state["due"] = time.perf_counter() + 0.001
        return
    if state["phase"] == "wait":  # the content is in: the preparation starts a moment later
        topics = w.pack.topics
        state["routes"] = [Route("topics"), Route("topic", topics[0].id), Route("faq"),
                           Route("topic", topics[-1].id)]
        state["phase"] = "during"
        state["ready_at"] = now
    prep = preparation()
    if state["phase"] == "during" and prep is not None and prep.finished:
        state["phase"], state["done_at"] = "after", now
    if state["phase"] == "after" and now - state["done_at"] > 1.0:
        ticker.stop()
        print(json.dumps({"during": state["during"], "after": state["after"],
                          "preload_s": state["done_at"] - state["ready_at"],
                          "timings": prep.timings, "error": repr(prep.error),
                          "qt_made_in_thread": prep.qt_made_in_thread, "slices": prep.slices}), flush=True)
        app.quit()
        return
    route = state["routes"][state["i"] % len(state["routes"])]
    state["i"] += 1
    first_visit = route.screen not in w.pages or (route.arg and state["i"] <= len(state["routes"]))
    start = time.perf_counter()
    w.go(route)
    w.repaint()
    app.processEvents()
    took = (time.perf_counter() - start) * 1000
    if not first_visit:  # a page's first visit builds it: that is no part of the preparation
        state[state["phase"]].append(late + took)
    state["due"] = time.perf_counter() + 0.001

ticker = QTimer()
ticker.setTimerType(Qt.TimerType.PreciseTimer)
if MODE == "warm":
    ticker.setSingleShot(True)
    ticker.timeout.connect(show_see)
    ticker.start(max(0, round(3000 - (time.perf_counter() - START) * 1000)))
else:
    ticker.setInterval(1)
    ticker.timeout.connect(switch)
    ticker.start()
from legapp.app import main
with tempfile.TemporaryDirectory() as data:
    rc = main(["--data-dir", data, "--tts-engine", "mock"])
sys.exit(rc)
"""


def _launched(mode: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "LEGAPP_REPORT_READY"}
    env.update({"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)})
    out = subprocess.run([sys.executable, "-c", LAUNCHED, mode], capture_output=True, text=True, env=env,
                         check=True, timeout=120).stdout
    return json.loads(out.strip().splitlines()[-1])


def chart_first_show_warm_ms() -> float:
    """Median of 5 fresh launches: See opened 3 s after launch, once the preparation is done."""
    times = []
    for _ in range(5):
        run = _launched("warm")
        if not run["prepared"]:
            raise RuntimeError(f"the first chart was not prepared 3 s after launch: {run}")
        times.append(run["ms"])
    return round(statistics.median(times), 1)


def preload_figures() -> dict[str, float]:
    """Page switches while the preparation runs, in 5 fresh launches: the longest in each
    launch, median of the 5 (and the worst of all, which a busy machine can push up)."""
    runs = [_launched("switch") for _ in range(5)]
    for run in runs:
        if run["error"] != "None" or run["qt_made_in_thread"] or not run["during"]:
            raise RuntimeError(f"the preparation did not run as it should: {run}")
    return {
        "page_switch_during_preload_max_ms": round(statistics.median(max(r["during"]) for r in runs), 1),
        "page_switch_during_preload_worst_ms": round(max(max(r["during"]) for r in runs), 1),
        "page_switch_after_preload_max_ms": round(statistics.median(max(r["after"]) for r in runs), 1),
        "page_switches_during_preload": min(len(r["during"]) for r in runs),
        "preload_ms": round(statistics.median(r["preload_s"] * 1000 for r in runs), 1),
        "preload_slice_max_ms": round(max(r["timings"]["longest_slice_ms"] for r in runs), 1),
    }


def chart_update_p95_ms() -> float:
    """Moving the cursor with the arrow keys along the whole lifetime chart, 5 rounds: each
    move redraws the cursor, the readout and its description."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from legapp.navigation import Route

    with app_window() as (app, window):
        window.go(Route("see"))
        app.processEvents()
        chart = window.current_page.lifetime.chart
        times = []
        for _ in range(5):
            for key in [Qt.Key.Key_Home] + [Qt.Key.Key_Right] * 65:
                start = time.perf_counter()
                app.sendEvent(chart, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
                window.repaint()
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
    return round(p95(times), 2)


def _rss_mb() -> float:
    """The resident memory of this process now (not its peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def soak_figures(cycles: int = 500) -> dict[str, float]:
    """A kiosk's day in fast motion: each cycle a stranger visits every area, does the chair
    stand on a fast clock, answers the checklist, opens the charts, goes idle and is wiped.
    Growth of resident memory from cycle 50 to the last."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from legapp.engine import FakeClock
    from legapp.kiosk.config import KioskConfig
    from legapp.kiosk.pin import hash_pin
    from legapp.navigation import Route
    from legapp.qt.application import enter_kiosk

    clock = FakeClock(1000.0)
    config = KioskConfig(pin_hash=hash_pin("2468"), idle_seconds=120, warning_seconds=20)
    with app_window(clock) as (app, window):
        kiosk = enter_kiosk(window, config, clock=clock.now, pin_clock=clock.now)
        rss = []
        for _ in range(cycles):
            for route in (Route("topics"), Route("topic", "balance"), Route("faq"), Route("glossary"),
                          Route("search"), Route("act"), Route("protein"), Route("exercises"),
                          Route("exercise", "heel-raises"), Route("see")):
                window.go(route)
            window.current_page.show_item("disuse")
            window.go(Route("test", "chair_stand_30s"))
            page = window.current_page
            for _yes, no in page.safety.choices.values():
                no.click()
            page.safety.continue_button.click()
            page.person.age.setText("75")
            page.person.female.click()
            page.person.continue_button.click()
            page.setups["chair_stand_30s"].start_button.click()
            clock.advance(0.6)  # the new step's button takes no press for a moment
            page.run.tap_button.click()
            clock.advance(3)
            page.runner.update_now()
            for _ in range(9):
                clock.advance(2)
                page.run.tap_button.click()
            clock.advance(30)
            page.runner.update_now()
            for key in ("halfway", "arms"):
                page.finish.buttons[key][1].click()
            page.finish.continue_button.click()
            window.go(Route("questionnaire", "stay_independent"))
            checklist = window.current_page
            for _ in range(12):
                clock.advance(0.6)  # read, then answered (a tap sooner is taken for a stray one)
                checklist.answers[1].click()
            clock.advance(config.idle_seconds + config.warning_seconds)
            kiosk.check_now()  # idle: the visit is wiped
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
            rss.append(_rss_mb())
        kiosk.leave()
    start = rss[min(49, len(rss) - 1)]
    return {"soak_cycles": cycles, "soak_rss_growth_pct": round((rss[-1] - start) / start * 100, 2),
            "soak_rss_mb": round(rss[-1], 1)}


FIGURES = {  # each measurement, the keys it gives
    startup_figures: ("startup_ms", "content_ready_ms", "bare_startup_ms", "startup_ratio",
                      "content_ready_ratio", "rss_mb", "bare_rss_mb"),
    content_load_ms: ("content_load_ms",),
    page_switch_p95_ms: ("page_switch_p95_ms",),
    timer_figures: ("timer_max_error_ms", "timer_deadlines"),
    history_load_ms: ("history_load_ms",),
    report_pdf_ms: ("report_pdf_ms",),
    chart_first_show_ms: ("chart_first_show_ms",),
    chart_first_show_warm_ms: ("chart_first_show_warm_ms",),
    preload_figures: ("page_switch_during_preload_max_ms", "page_switch_during_preload_worst_ms",
                      "page_switch_after_preload_max_ms", "page_switches_during_preload", "preload_ms",
                      "preload_slice_max_ms"),
    chart_update_p95_ms: ("chart_update_p95_ms",),
    soak_figures: ("soak_cycles", "soak_rss_growth_pct", "soak_rss_mb"),
    bundle_figures: ("bundle_mb", "bundle_startup_ms", "bundle_bare_startup_ms", "bundle_startup_ratio"),
}
TARGETS = {"startup_ratio": 1.5, "content_ready_ratio": 2.5, "page_switch_p95_ms": 16,
           "timer_max_error_ms": 5, "history_load_ms": 100, "report_pdf_ms": 1000, "chart_first_show_ms": 600,
           "chart_first_show_warm_ms": 120, "page_switch_during_preload_max_ms": 50,
           "chart_update_p95_ms": 16, "soak_rss_growth_pct": 2, "bundle_startup_ratio": 1.5}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="legapp's performance figures")
    parser.add_argument("names", nargs="*", metavar="KEY",
                        help="only these figures (a key or a measurement's name); default: all")
    names = parser.parse_args(argv).names
    chosen = [measure for measure, keys in FIGURES.items()
              if not names or measure.__name__ in names or set(keys) & set(names)]
    unknown = set(names) - {m.__name__ for m in FIGURES} - {k for keys in FIGURES.values() for k in keys}
    if unknown or not chosen:
        parser.error(f"no such figure: {', '.join(sorted(unknown)) or names}")
    compileall.compile_dir(ROOT / "legapp", quiet=1)  # as installed: see startup_figures
    results = {}
    for measure in chosen:
        value = measure()
        results.update(value if isinstance(value, dict) else {measure.__name__: value})
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / ("selected.json" if names else "results.json")).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    for key, limit in TARGETS.items():
        if key in results:
            verdict = "ok" if results[key] <= limit else "OVER TARGET"
            print(f"{key}: {results[key]} (target <= {limit}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
