"""Performance figures for legapp. Run with `make bench`; writes .bench/results.json.

startup_ms          median of cold launches of legapp until its first window is shown,
                    measured from outside as a whole process
content_ready_ms    the same launches, until the content pack is loaded and checked (it is
                    read just after the first window shows)
bare_startup_ms     the same for a bare PySide6 QMainWindow script, launched the same way
startup_ratio       startup_ms / bare_startup_ms (target: at most 1.5)
rss_mb, bare_rss_mb peak resident memory of each process
page_switch_p95_ms  opening every topic page in turn, 20 rounds, 95th percentile (target: 16)
content_load_ms     loading and validating the content pack, median
timer_max_error_ms  a real-time run of the 30-s chair stand through the real window and
                    its Qt runner, someone tapping Stand every 2.3 s: the largest gap
                    between when a step change or prompt was due and when it fired (target: 5)
timer_deadlines     how many deadlines that run had (prompts and step changes)
"""

from __future__ import annotations

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
LAUNCHES = 7

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
        "rss_mb": round(max(m for _, _, m in app_runs), 1),
        "bare_rss_mb": round(max(m for _, _, m in bare_runs), 1),
    }


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


def page_switch_p95_ms() -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from legapp.content.loader import load_pack
    from legapp.navigation import Route
    from legapp.paths import bundled_content_dir, ui_dir
    from legapp.qt.application import build_window
    from legapp.settings import Settings, SettingsStore

    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    with tempfile.TemporaryDirectory() as data:
        window = build_window(app, pack, Settings(), SettingsStore(Path(data)), ui_dir())
        window.show()
        app.processEvents()
        window.go(Route("topic", pack.topics[0].id))  # the first visit builds the page
        app.processEvents()
        times = []
        for _ in range(20):
            for topic in pack.topics:
                start = time.perf_counter()
                window.go(Route("topic", topic.id))
                window.repaint()  # include laying out and painting the new page
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
        window.close()
    return round(p95(times), 2)


def timer_figures() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from legapp.content.loader import load_pack
    from legapp.navigation import Route
    from legapp.paths import bundled_content_dir, ui_dir
    from legapp.qt.application import build_window
    from legapp.settings import Settings, SettingsStore

    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    with tempfile.TemporaryDirectory() as data:
        window = build_window(app, pack, Settings(tts_engine="mock"), SettingsStore(Path(data)), ui_dir())
        window.show()
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
        window.close()
    return {"timer_max_error_ms": round(max(lateness) * 1000, 2), "timer_deadlines": len(lateness)}


def main() -> int:
    results = {**startup_figures(), "content_load_ms": content_load_ms(),
               "page_switch_p95_ms": page_switch_p95_ms(), **timer_figures()}
    targets = {"startup_ratio": 1.5, "page_switch_p95_ms": 16, "timer_max_error_ms": 5}
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    for key, limit in targets.items():
        verdict = "ok" if results[key] <= limit else "OVER TARGET"
        print(f"{key}: {results[key]} (target <= {limit}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
