"""Running a timed self-test: the session engine, its clocks and its events (no Qt)."""

from legapp.session.clock import Clock, FakeClock, MonotonicClock
from legapp.session.engine import Session
from legapp.session.events import (
    Counted,
    EndedBy,
    Event,
    Finished,
    Outcome,
    Paused,
    PhaseRecord,
    PhaseStarted,
    Resumed,
    Say,
    Sound,
    State,
    Stopped,
    Tick,
)
from legapp.session.result import raw_result

__all__ = [
    "Clock",
    "Counted",
    "EndedBy",
    "Event",
    "FakeClock",
    "Finished",
    "MonotonicClock",
    "Outcome",
    "Paused",
    "PhaseRecord",
    "PhaseStarted",
    "Resumed",
    "Say",
    "Session",
    "Sound",
    "State",
    "Stopped",
    "Tick",
    "raw_result",
]
