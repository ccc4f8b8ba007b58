"""Readied while the person reads: once the first window is up, its content is in and the
event loop is idle, what the first chart needs is loaded, so See opened a few seconds
after start shows in ~45 ms instead of ~300 ms.

Where the cold first chart's time goes (2-core dev box): importing numpy ~120 ms and
pyqtgraph ~140 ms, of which ~65 ms is PySide making the Python type of every class of
QtCore, QtGui and QtWidgets (pyqtgraph asks for all of them at once); legapp's chart
modules ~12 ms; building and painting the page ~35 ms. The chart's data (legapp.charts)
takes ~0.2 ms and is left to the page; a throwaway chart to warm pyqtgraph up saves
nothing measurable, so none is made: nothing here keeps a widget or grows.

The preparation runs once, on turns of the event loop (one timer, one short-lived thread):

1. GUI thread, slices of about ``SLICE_MS``: make the Python types of the Qt modules
   pyqtgraph uses. PySide makes them lazily, on first use, and that is not safe from two
   threads at once, so it is done here and never in the thread.
2. A background thread: ``import numpy, pyqtgraph`` and, before them, pydantic with the
   content models (~85 ms) that the first check needs. Checked (tests/qt/test_preload.py):
   with step 1 done, the import makes no QObject and no PySide module or type; it makes
   value types (QColor, QPainterPath, QTransform, QLocale, QMutex) and the meta-objects of
   its classes, which belong to no thread. Meanwhile Python switches threads every 1 ms
   rather than 5, so the GUI thread gets the interpreter back soon.
3. GUI thread, one module a turn: legapp's chart modules (and the history's, which See
   opens to show the person's age).
4. The garbage collector: a full collection walks every object, ~30 ms once the content
   is loaded, and the preparation's allocations would set one off inside a slice (or, in
   the thread, holding everyone). So at its start, what exists then (the modules, the
   window, the content) is frozen out of the collector's sight (gc.freeze), and what it
   loaded is frozen at its end: all of it lives as long as the app does, so no later
   full collection walks it again either. Young garbage is collected as usual; garbage
   a freeze caught would be kept for good, and there is none (measured: unfreezing
   after a preparation and collecting finds 0 objects of ~100,000 frozen).

It starts only when its timer is on time (a late one means the event loop was busy: it
waits ``RETRY_MS`` more), gives up after ``GIVE_UP_S``, and never raises into the app: a
failure ends the preparation and the chart then loads the usual way when opened.
application.run starts it, except when the bench's start-up launches quit at "content
ready"; tests build windows without it (tests/qt/test_preload.py starts it on purpose).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

START_DELAY_MS = 250  # after the content is in: its first screen is painted first
SLICE_MS = 8.0  # one GUI-thread slice stops after this (one slow Qt type may run over)
BUSY_MS = 30.0  # the start timer this late means the event loop was busy
RETRY_MS = 100
POLL_MS = 15  # how often the GUI thread looks whether the thread is done
SWITCH_INTERVAL = 0.001  # s, while the thread runs; Python's default is 0.005
GIVE_UP_S = 20.0

QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtOpenGL",
              "PySide6.QtOpenGLWidgets", "PySide6.QtTest")  # what `import pyqtgraph` loads of Qt
# legapp.content.loader brings pydantic and the content models (a pack read back from the
# cache needs neither, legapp.content.pack_cache), which a check's run and its result use.
BACKGROUND_MODULES = ("legapp.content.loader", "legapp.engine", "numpy", "pyqtgraph")
# One a turn, each after what it imports, so that no turn takes long: the report's and the
# history's own parts (the summary, the codes, the plan, the programme) come first.
GUI_MODULES = ("legapp.charts.words", "legapp.charts.results", "legapp.track.codes", "legapp.track.summary",
               "legapp.track.report", "legapp.act.plan", "legapp.act.programme", "legapp.track.store",
               "legapp.qt.charts.chart_view", "legapp.qt.charts.see_page")

log = logging.getLogger("legapp.preload")


class ChartPreparation(QObject):
    """Loads what the first chart needs. ``done`` is emitted once, when all is loaded or
    the preparation stopped (``error`` then says why). ``timings`` (ms): each part's time
    on the GUI thread, the thread's, the longest slice and the whole; ``slices`` lists
    each turn as (part, ms its timer was late, ms it took), a few dozen, once."""

    done = Signal()

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = START_DELAY_MS):
        super().__init__(parent)
        self.setObjectName("chartPreparation")
        self.delay_ms = delay_ms
        self.finished = False
        self.error: BaseException | None = None
        self.timings: dict[str, float] = {}
        self.slices: list[tuple[str, float, float]] = []
        self.qt_made_in_thread: list[str] = []  # PySide modules or types; stays empty (tests check)
        self._timer = QTimer(self)
        self._timer.setObjectName("chartPreparationTimer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._due = 0.0
        self._started_at = 0.0
        self._work: list[tuple[str, Callable[[], bool]]] = []
        self._qt_modules = list(QT_MODULES)
        self._names: list[tuple[object, list[str]]] | None = None
        self._thread: threading.Thread | None = None
        self._thread_error: BaseException | None = None
        self._thread_started = 0.0
        self._qt_before: dict[str, set[str]] = {}
        self._switch_interval: float | None = None

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        if self.finished or self._work:
            return
        self._work = [("qt_types_ms", self._qt_types), ("imports_ms", self._imports),
                      ("chart_modules_ms", self._chart_modules), ("tidy_ms", self._tidy)]
        self._arm(self.delay_ms)

    def stop(self) -> None:
        """End now. A thread already importing finishes on its own; nothing waits for it."""
        self._timer.stop()
        self._restore_switch_interval()
        self._finish()

    def _arm(self, ms: float) -> None:
        self._due = time.perf_counter() + ms / 1000
        self._timer.start(round(ms))

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._due) * 1000
        if not self._started_at:
            if late > BUSY_MS:
                self._arm(RETRY_MS)  # something else just ran: the person goes first
                return
            self._started_at = now
            gc.freeze()  # see _tidy: what exists now stays out of every later collection
        elif now - self._started_at > GIVE_UP_S:
            log.warning("preparing the charts gave up after %.0f s", GIVE_UP_S)
            self.stop()
            return
        name, part = self._work[0]
        try:
            part_done = part()
        except Exception as exc:  # never into the app (a kiosk starts a new visit on errors)
            log.warning("preparing the charts stopped: %r", exc)
            self.error = exc
            self.stop()
            return
        spent = (time.perf_counter() - now) * 1000
        self.slices.append((name, round(late, 1), round(spent, 1)))
        self.timings["longest_slice_ms"] = max(self.timings.get("longest_slice_ms", 0.0), spent)
        if name != "imports_ms":  # that one is the thread's time (see _imports)
            self.timings[name] = self.timings.get(name, 0.0) + spent
        if not part_done:
            self._arm(POLL_MS if self._thread is not None else 0)
            return
        self._work.pop(0)
        if self._work:
            self._arm(0)
        else:
            self._finish()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        self._work = []
        if self._started_at:
            self.timings["total_ms"] = (time.perf_counter() - self._started_at) * 1000
        self.done.emit()

    # -- 1. the Qt types, on the GUI thread --------------------------------------------------
    def _qt_types(self) -> bool:
        if all(name in sys.modules for name in BACKGROUND_MODULES):
            return True  # the chart was opened already: nothing left to do here
        while self._qt_modules:  # first the modules, one a turn (~1 ms each)
            name = self._qt_modules.pop(0)
            if name not in sys.modules:
                with contextlib.suppress(ImportError):  # not installed: pyqtgraph does without it
                    importlib.import_module(name)
                return False
        if self._names is None:
            self._names = [(sys.modules[name], dir(sys.modules[name])) for name in QT_MODULES
                           if name in sys.modules]
        end = time.perf_counter() + SLICE_MS / 1000
        while self._names:
            module, names = self._names[0]
            while names:
                getattr(module, names.pop(), None)
                if time.perf_counter() > end:
                    return False
            self._names.pop(0)
        return True

    # -- 2. the imports, in a thread ---------------------------------------------------------
    def _imports(self) -> bool:
        if self._thread is None:
            if all(name in sys.modules for name in BACKGROUND_MODULES):
                return True
            self._qt_before = _qt_names()
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
            self._thread_started = time.perf_counter()
            self._thread = threading.Thread(target=self._import_in_thread, name="legapp-preload")
            self._thread.start()
            return False
        if self._thread.is_alive():
            return False
        self._thread = None
        self.timings["imports_ms"] = (time.perf_counter() - self._thread_started) * 1000
        self.qt_made_in_thread = sorted(
            f"{module}.{name}" if name else module for module, names in _qt_names().items()
            for name in (names - self._qt_before[module] if module in self._qt_before else {""}))
        self._restore_switch_interval()
        if self._thread_error is not None:
            raise self._thread_error
        return True

    def _import_in_thread(self) -> None:  # the only code that runs off the GUI thread
        try:
            for name in BACKGROUND_MODULES:
                importlib.import_module(name)
        except BaseException as exc:  # handed to the GUI thread, which stops preparing
            self._thread_error = exc

    # -- 3. legapp's chart modules, on the GUI thread ----------------------------------------
    def _chart_modules(self) -> bool:
        for name in GUI_MODULES:
            if name not in sys.modules:
                importlib.import_module(name)
                return False  # one module a turn
        return True

    # -- 4. the collector --------------------------------------------------------------------
    def _tidy(self) -> bool:
        """Freeze what the preparation loaded, as _tick froze all that came before it."""
        gc.freeze()
        return True

    def _restore_switch_interval(self) -> None:
        if self._switch_interval is not None:
            if sys.getswitchinterval() == SWITCH_INTERVAL:  # unless someone changed it since
                sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None


def _qt_names() -> dict[str, set[str]]:
    """The PySide modules loaded and, in each, the names whose Python type is made (PySide
    puts a type in its module's namespace when it makes it)."""
    return {name: set(vars(module)) for name, module in list(sys.modules.items())
            if name.startswith("PySide6.") and module is not None}


def prepare_charts(parent: QObject, *, delay_ms: int = START_DELAY_MS) -> ChartPreparation:
    """Start readying the first chart ``delay_ms`` from now. The preparation is a child of
    ``parent`` (the main window), so it goes with it."""
    preparation = ChartPreparation(parent, delay_ms=delay_ms)
    preparation.start()
    return preparation
