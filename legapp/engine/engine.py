"""The run engine: runs a self-test protocol, phase by phase, on an injected clock (no Qt).

It is a plain state machine. Nothing in it waits or counts ticks: every deadline is worked
out from the start of its phase, and each phase starts at the exact moment the one before
it ended (its scheduled deadline, or the clock time of the tap that ended it). However late
``update()`` is called, a 30-second phase lasts 30 seconds, and one late call that spans
several deadlines reports every event they produced, in time order.

The Qt side calls ``update()`` from a timer (for the display) and arms a single-shot timer
for ``next_deadline()`` (for the prompts and phase ends), and plays out the events returned.

States: "ready" -> "running" <-> "paused" -> "finished" (the test ran to an end, see
:data:`~legapp.engine.events.Outcome`) or "stopped" (``stop()``; never gives a result).
Every public method may be called in any state and returns [] when it has nothing to do,
except ``start()``, which raises RuntimeError when the run has already been started.

Times are clock seconds throughout (events, records, ``elapsed()``, ``remaining()``), so with
``time_scale=0.01`` a 30 s phase runs 0.3 s. Only :attr:`Run.result` is in real seconds.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from legapp.engine.events import (
    Counted,
    EndedBy,
    Event,
    Finished,
    Outcome,
    Paused,
    PhaseRecord,
    PhaseStarted,
    PromptDue,
    Resumed,
    State,
    Stopped,
    Tick,
)
from legapp.engine.result import raw_result

if TYPE_CHECKING:
    from legapp.content.check_models import Phase, Prompt, Protocol, Routine
    from legapp.engine.clock import Clock


class Run:
    """One run of ``protocol`` timed by ``clock``.

    ``time_scale`` multiplies every phase duration and prompt time (tests and the kiosk
    soak use e.g. 0.01 to run a test in a hundredth of the time); it must be more than 0.
    """

    def __init__(self, protocol: Protocol | Routine, clock: Clock, *, time_scale: float = 1.0) -> None:
        if (isinstance(time_scale, bool) or not isinstance(time_scale, int | float)
                or not math.isfinite(time_scale) or time_scale <= 0):
            raise ValueError(f"time_scale must be a number more than 0, not {time_scale!r}")
        self._protocol = protocol
        self._clock = clock
        self._scale = float(time_scale)
        self._state: State = "ready"
        self._outcome: Outcome | None = None
        self._records: list[PhaseRecord] = []
        self._index: int | None = None  # the current phase
        self._started_at = 0.0  # clock time the current phase began
        self._paused_total = 0.0  # seconds paused so far in the current phase
        self._paused_at: float | None = None
        self._prompts: tuple[Prompt, ...] = ()  # of the current phase, in time order
        self._next_prompt = 0  # index of the first prompt not yet given
        self._count = 0
        self._latest = -math.inf  # the latest clock time seen
        self._ticked: tuple[int, float] | None = None  # (phase, time) of the last Tick

    # -- what the screen shows -------------------------------------------------------------

    @property
    def protocol(self) -> Protocol | Routine:
        return self._protocol

    @property
    def time_scale(self) -> float:
        return self._scale

    @property
    def state(self) -> State:
        return self._state

    @property
    def outcome(self) -> Outcome | None:
        """How the test ended; None unless finished."""
        return self._outcome

    @property
    def records(self) -> tuple[PhaseRecord, ...]:
        """One record for each phase that has ended, in order."""
        return tuple(self._records)

    @property
    def phase_index(self) -> int | None:
        """The index of the current phase in ``protocol.phases`` (None unless running or paused)."""
        return self._index if self._state in ("running", "paused") else None

    @property
    def phase(self) -> Phase | None:
        """The current phase (None unless running or paused)."""
        index = self.phase_index
        return None if index is None else self._protocol.phases[index]

    @property
    def count(self) -> int:
        """Taps counted in the current phase (0 when there is none)."""
        return self._count if self.phase is not None else 0

    def elapsed(self) -> float:
        """Seconds the current phase has run, paused time left out (counts up to its limit)."""
        phase = self.phase
        if phase is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else max(self._clock.now(), self._latest)
        return min(max(now - self._started_at - self._paused_total, 0.0), self._limit(phase))

    def remaining(self) -> float:
        """Seconds left before the current phase reaches its limit (counts down to 0)."""
        phase = self.phase
        return 0.0 if phase is None else max(self._limit(phase) - self.elapsed(), 0.0)

    def next_deadline(self) -> float | None:
        """The absolute clock time of the next prompt or phase end; None unless running,
        and None while a phase with no time limit waits for its tap."""
        if self._state != "running":
            return None
        if self._next_prompt < len(self._prompts):
            return self._at(self._prompts[self._next_prompt].at)
        deadline = self._deadline()
        return None if math.isinf(deadline) else deadline

    @property
    def result(self) -> dict[str, Any] | None:
        """The raw values scoring needs, in real (unscaled) seconds; None unless finished.

        See :func:`legapp.engine.result.raw_result` for the shape of each test's result.
        """
        if self._state != "finished" or self._outcome is None:
            return None
        return raw_result(self._protocol, self._records, self._outcome, self._scale)

    # -- what the person (or the timer) does -----------------------------------------------

    def start(self) -> list[Event]:
        """Begin phase 0 now: PhaseStarted and the prompts at 0. Raises RuntimeError if the
        run has been started (or stopped) before."""
        if self._state != "ready":
            raise RuntimeError(f"the run has already been started (it is {self._state})")
        now = self._now()
        self._state = "running"
        events = self._begin(0, now)
        events += self._advance(now)
        self._ticked = (0, now)
        return events

    def update(self) -> list[Event]:
        """Everything due up to now, in time order, then at most one Tick for the current phase."""
        if self._state != "running":
            return []
        now = self._now()
        events = self._advance(now)
        if self._state == "running" and self._ticked != (self._index, now):
            self._ticked = (self._index, now)
            phase = self._current()
            events.append(Tick(phase.id, self.elapsed(), self.remaining()))
        return events

    def tap(self) -> list[Event]:
        """The big button, meaning what the current phase's ``tap`` says (see Phase).

        Whatever was due before the tap happens first, so a tap just after a phase ended
        belongs to the next phase. A tap that ends a phase ends it at the clock time of the
        call, and the next phase starts then. Ignored unless running, and in "none" phases.
        """
        return self._at_once(self._tap_now)

    def _tap_now(self, now: float) -> list[Event]:
        phase = self._current()
        events: list[Event] = []
        if phase.tap == "count":
            self._count += 1
            events.append(Counted(phase.id, self._count))
            if phase.end_at_count is not None and self._count >= phase.end_at_count:
                events += self._end_phase(now, "count")
        elif phase.tap in ("next", "done"):
            events += self._end_phase(now, "tap")
        elif phase.tap == "fail":
            events += self._end_phase(now, "fail")
        return events

    def _at_once(self, act) -> list[Event]:
        """What was due before now, then ``act(now)`` (a tap, a skip), then what that makes
        due; nothing unless running (nor when what was due ended the run)."""
        if self._state != "running":
            return []
        now = self._now()
        events = self._advance(now)
        if self._state != "running":
            return events
        return events + act(now) + self._advance(now)

    def skip(self) -> list[Event]:
        """End the current phase now, recorded as ended_by "skip", and go on to the next
        (after the last, the run is finished, complete): an exercise session's Skip on its
        warm-up or cool-down. What was due before comes first. Only when running."""
        return self._at_once(lambda now: self._end_phase(now, "skip"))

    def pause(self) -> list[Event]:
        """Freeze time (after what was due): elapsed stops, deadlines wait. Only when running."""
        if self._state != "running":
            return []
        now = self._now()
        events = self._advance(now)
        if self._state == "running":
            self._state = "paused"
            self._paused_at = now
            events.append(Paused())
        return events

    def resume(self) -> list[Event]:
        """Run again; every pending deadline moves on by the time paused. Only when paused."""
        if self._state != "paused" or self._paused_at is None:
            return []
        now = self._now()
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self._state = "running"
        return [Resumed(), *self._advance(now)]

    def stop(self) -> list[Event]:
        """End the run as "stopped": no result. What was due before the stop happens
        first (a test that had already ended stays finished). The interrupted phase is
        recorded with ended_by "stop"."""
        if self._state == "ready":
            self._state = "stopped"
            return [Stopped()]
        if self._state not in ("running", "paused"):
            return []
        now = self._now()
        events = self._advance(now)
        if self._state == "running":
            events += self._end_phase(now, "stop")
        elif self._state == "paused" and self._paused_at is not None:
            events += self._end_phase(now, "stop", self._paused_at - self._started_at - self._paused_total)
        return events

    # -- the machinery -----------------------------------------------------------------------

    def _now(self) -> float:
        """The clock's time, never earlier than a time already seen (a guard against a clock
        that steps back; the real one does not)."""
        self._latest = max(float(self._clock.now()), self._latest)
        return self._latest

    def _current(self) -> Phase:
        assert self._index is not None
        return self._protocol.phases[self._index]

    def _limit(self, phase: Phase) -> float:
        """The phase's length in clock seconds; infinite for a prepare phase with none."""
        return math.inf if phase.seconds is None else phase.seconds * self._scale

    def _at(self, offset: float) -> float:
        """The clock time ``offset`` (unscaled) seconds into the current phase."""
        return self._started_at + self._paused_total + offset * self._scale

    def _deadline(self) -> float:
        seconds = self._current().seconds
        return math.inf if seconds is None else self._at(seconds)

    def _begin(self, index: int, at: float) -> list[Event]:
        phase = self._protocol.phases[index]
        self._index = index
        self._started_at = at
        self._paused_total = 0.0
        self._paused_at = None
        self._prompts = tuple(sorted(phase.prompts, key=lambda p: p.at))
        self._next_prompt = 0
        self._count = 0
        return [PhaseStarted(phase.id, index, phase.kind, self._limit(phase), self._deadline())]

    def _advance(self, now: float) -> list[Event]:
        """Every prompt and phase end due at or before ``now``, in time order. A prompt due at
        the very moment its phase ends comes before the end."""
        events: list[Event] = []
        while self._state == "running":
            phase = self._current()
            prompt = self._prompts[self._next_prompt] if self._next_prompt < len(self._prompts) else None
            if prompt is not None and self._at(prompt.at) <= now:
                self._next_prompt += 1
                events.append(PromptDue(phase.id, say=prompt.say or "", sound=prompt.sound or ""))
                continue
            deadline = self._deadline()
            if deadline > now:
                break
            events += self._end_phase(deadline, "timeout", self._limit(phase))
        return events

    def _end_phase(self, at: float, ended_by: EndedBy, elapsed: float | None = None) -> list[Event]:
        """Record the current phase as ended at ``at``, then go on: the next phase starting
        at ``at``, or the end of the test. The prompts of a phase ended early are dropped."""
        phase = self._current()
        if elapsed is None:
            elapsed = at - self._started_at - self._paused_total
        self._records.append(PhaseRecord(phase.id, phase.kind, self._started_at, at,
                                         min(max(elapsed, 0.0), self._limit(phase)), self._count, ended_by))
        self._prompts, self._next_prompt = (), 0
        if ended_by == "stop":
            return self._close("stopped", None, [Stopped()])
        if ended_by == "fail":
            return self._finish("failed_stage")
        if ended_by == "timeout" and phase.on_timeout != "next":
            return self._finish("complete" if phase.on_timeout == "finish" else "incomplete")
        assert self._index is not None
        if self._index + 1 < len(self._protocol.phases):
            return self._begin(self._index + 1, at)
        return self._finish("complete")

    def _finish(self, outcome: Outcome) -> list[Event]:
        return self._close("finished", outcome, [Finished(outcome, tuple(self._records))])

    def _close(self, state: State, outcome: Outcome | None, events: list[Event]) -> list[Event]:
        self._state = state
        self._outcome = outcome
        self._index = None
        self._paused_at = None
        self._count = 0
        return events

    def __repr__(self) -> str:
        phase = self.phase
        where = f", phase={phase.id!r}" if phase is not None else ""
        return f"<Run {self._protocol.id!r} {self._state}{where}>"
