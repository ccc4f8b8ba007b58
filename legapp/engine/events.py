"""What a run reports as it goes (no Qt): events, phase records and their words.

All times here are clock seconds, as the run ran them: with a ``time_scale`` of 0.01 a
30-second phase lasts 0.3 clock seconds. Only :attr:`Run.result` is in real seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Counted",
    "EndedBy",
    "Event",
    "Finished",
    "Outcome",
    "Paused",
    "PhaseRecord",
    "PhaseStarted",
    "PromptDue",
    "Resumed",
    "State",
    "Stopped",
    "Tick",
]

State = Literal["ready", "running", "paused", "finished", "stopped"]
PhaseKind = Literal["prepare", "count_in", "timed"]
EndedBy = Literal["timeout", "tap", "count", "fail", "stop", "skip"]
Outcome = Literal["complete", "incomplete", "failed_stage"]
"""How a finished test ended.

complete      it ran to its end: the time ran out on a phase whose ``on_timeout`` is
              "finish" (or "next" on the last phase), or a tap ended the last phase
              ("done", "next", or the count reached).
incomplete    the time ran out on a phase whose ``on_timeout`` is "incomplete": too slow,
              not finished (five times sit-to-stand, TUG). Scored as "not completed".
failed_stage  a "fail" tap: a balance stage was not held, so the test ends there. This is
              a valid, complete result for scoring, not a failure of the run.
"""


@dataclass(frozen=True, slots=True)
class PromptDue:
    """A prompt of the phase ``phase_id`` is due: play ``sound`` ("start", "end" or "tick")
    if there is one, then speak (and caption) ``say`` if there is one."""

    phase_id: str
    say: str = ""
    sound: str = ""


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """Phase number ``index`` began; ``seconds`` is its (scaled) limit and ``deadline`` the
    absolute clock time it ends at that limit (a pause moves it: ask ``next_deadline()``)."""

    phase_id: str
    index: int
    kind: PhaseKind
    seconds: float
    deadline: float


@dataclass(frozen=True, slots=True)
class Tick:
    """The time of the current phase, for the big display (at most one per ``update()``)."""

    phase_id: str
    elapsed: float
    remaining: float


@dataclass(frozen=True, slots=True)
class Counted:
    """A counting tap: ``count`` taps so far in ``phase_id``."""

    phase_id: str
    count: int


@dataclass(frozen=True, slots=True)
class Paused:
    """The run is paused: time stands still until ``resume()``."""


@dataclass(frozen=True, slots=True)
class Resumed:
    """The run goes on again; every pending deadline moved by the time paused."""


@dataclass(frozen=True, slots=True)
class Stopped:
    """The run was stopped: it gives no result."""


@dataclass(frozen=True, slots=True)
class PhaseRecord:
    """How one phase went. ``started_at``/``ended_at`` are clock times; ``elapsed`` is the
    time it ran, paused time left out; ``count`` the taps counted in it."""

    phase_id: str
    kind: PhaseKind
    started_at: float
    ended_at: float
    elapsed: float
    count: int
    ended_by: EndedBy


@dataclass(frozen=True, slots=True)
class Finished:
    """The test is over; ``outcome`` says how (see :data:`Outcome`)."""

    outcome: Outcome
    records: tuple[PhaseRecord, ...]


Event = PromptDue | PhaseStarted | Tick | Counted | Paused | Resumed | Stopped | Finished
