"""The Qt side of a running test: it owns the timers and hands the engine's events on.

Two timers, no tick counting: a precise single-shot armed for the engine's next
deadline (a prompt or a phase end), so "Go" and "Stop" come when they are due, and a
display tick a few times a second for the big clock. Either one only asks the engine
what is due at the clock's time now.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from legapp.engine import Clock, Finished, Run, Stopped


class RunTimer(QObject):
    event = Signal(object)  # every engine event, in order
    ended = Signal()  # finished or stopped: the timers are off

    def __init__(self, run: Run, clock: Clock, *, tick_ms: int = 100,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.run = run
        self.clock = clock
        self.lateness: list[float] = []  # seconds between a deadline and its handling
        self._due: float | None = None
        self._deadline = QTimer(self)
        self._deadline.setObjectName("deadlineTimer")
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self._on_deadline)
        self._tick = QTimer(self)
        self._tick.setObjectName("displayTimer")
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        return self.run.state in ("running", "paused")

    def start(self) -> None:
        self._play(self.run.start())
        if self.running:
            self._tick.start()

    def tap(self) -> None:
        self._play(self.run.tap())

    def skip(self) -> None:
        self._play(self.run.skip())

    def toggle_pause(self) -> None:
        if self.run.state == "paused":
            self._play(self.run.resume())
            self._tick.start()
        else:
            self._play(self.run.pause())
            self._tick.stop()

    def stop(self) -> None:
        self._play(self.run.stop())
        self._halt()

    def _on_deadline(self) -> None:
        self.update_now()

    def _on_tick(self) -> None:
        self.update_now()

    def update_now(self) -> None:
        """Play out whatever is due at the clock's time now (the timers call this; tests
        and screenshots that move a fake clock call it too). Whichever timer gets to a
        deadline first, how late it was is kept in ``lateness`` (make bench reports it)."""
        now = self.clock.now()
        if self._due is not None and now >= self._due:
            self.lateness.append(now - self._due)
        self._play(self.run.update())

    def _play(self, events: list) -> None:
        for event in events:
            self.event.emit(event)
            if isinstance(event, Finished | Stopped):
                self._halt()
                self.ended.emit()
                return
        self._arm()

    def _arm(self) -> None:
        due = self.run.next_deadline() if self.run.state == "running" else None
        self._due = due
        if due is None:
            self._deadline.stop()
            return
        wait_ms = max(0, math.ceil((due - self.clock.now()) * 1000))
        self._deadline.start(wait_ms)

    def _halt(self) -> None:
        self._deadline.stop()
        self._tick.stop()
        self._due = None
