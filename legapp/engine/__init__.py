"""Running a timed self-test: the run engine, its clocks and its events (no Qt)."""

from legapp.engine import events
from legapp.engine.clock import Clock, FakeClock, MonotonicClock
from legapp.engine.engine import Run
from legapp.engine.events import *  # noqa: F403 (the event types: the names in events.__all__)
from legapp.engine.result import raw_result

__all__ = ["Clock", "FakeClock", "MonotonicClock", "Run", "raw_result"]
__all__ += events.__all__
