"""Where a person is in an exercise session, and what they did (no Qt): the numbers of
"Exercise 3 of 8 - about 12 minutes left", worked out from the phases still to come, and
the exercises done so far when a session ends or is stopped. The screen words them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from legapp.content.check_models import Routine, RoutineStep
    from legapp.engine.events import PhaseRecord


@dataclass(frozen=True, slots=True)
class Where:
    exercise: int  # 1 for the first exercise; 0 in the warm-up or the cool-down
    exercises: int  # how many the session has
    seconds_left: float  # the rest of this phase and all the phases after it
    skip: bool  # this phase can be skipped (the warm-up, the cool-down)

    @property
    def minutes_left(self) -> int:
        """``seconds_left`` in whole minutes, for "about N minutes left" (never 0: the
        last half minute is still "about 1 minute")."""
        return max(1, math.floor(self.seconds_left / 60 + 0.5))


def _left_in(step: RoutineStep, elapsed: float, count: int) -> float:
    """How long the phase of ``step`` likely still takes: the repetitions not yet done
    at the usual pace, or its time not yet run."""
    done = count * step.rep_seconds if step.work == "reps" else elapsed
    return max(step.seconds - done, 0.0)


def where(routine: Routine, index: int, elapsed: float, count: int) -> Where:
    """At phase ``index``, ``elapsed`` real seconds into it, ``count`` taps counted."""
    steps = routine.steps
    step = steps[index]
    left = _left_in(step, elapsed, count) + sum(s.seconds for s in steps[index + 1:])
    return Where(step.exercise, routine.exercises, left, step.skip)


@dataclass(frozen=True, slots=True)
class Done:
    """One exercise of a session as far as it went: repetitions counted, holds held."""

    title: str
    reps: int = 0
    holds: int = 0


def done_so_far(routine: Routine, records: Sequence[PhaseRecord]) -> list[Done]:
    """Each exercise with something done, in session order. Every repetition tapped
    counts (a stopped set too); a hold counts when it ran its time or the person ended it
    ("I had to stop"), not when the session was stopped in the middle of it."""
    by_id = {phase.id: step for phase, step in zip(routine.phases, routine.steps, strict=True)}
    done: dict[int, Done] = {}
    for record in records:
        step = by_id.get(record.phase_id)
        if step is None or not step.work:
            continue
        so_far = done.get(step.exercise, Done(step.title))
        if step.work == "reps":
            so_far = Done(so_far.title, so_far.reps + record.count, so_far.holds)
        elif record.ended_by in ("timeout", "tap"):
            so_far = Done(so_far.title, so_far.reps, so_far.holds + 1)
        done[step.exercise] = so_far
    return [d for _n, d in sorted(done.items()) if d.reps or d.holds]
