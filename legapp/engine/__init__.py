"""Running a timed self-test: the session engine, its clocks and its events (no Qt)."""

from legapp.session import events
from legapp.session.clock import Clock, FakeClock, MonotonicClock
from legapp.session.engine import Session
from legapp.session.events import *  # noqa: F403 (the event types: the names in events.__all__)
from legapp.session.result import raw_result

__all__ = ["Clock", "FakeClock", "MonotonicClock", "Session", "raw_result"]
__all__ += events.__all__
