"""The raw values a finished test hands to scoring (legapp.assess.scoring), from its records.

Seconds are real seconds: a phase's clock time divided by the run's ``time_scale``, so
a run shortened for tests or the kiosk soak (``time_scale=0.01``) gives the same values as a
real one. They are rounded to the microsecond to drop floating-point dust (a 15 s time must
not come out as 14.999999999998 s and miss the 15 s cut-off).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from legapp.content.check_models import Protocol, Routine

if TYPE_CHECKING:
    from legapp.engine.events import Outcome, PhaseRecord


def real_seconds(clock_seconds: float, time_scale: float) -> float:
    return round(clock_seconds / time_scale, 6)


def raw_result(protocol: Protocol | Routine, records: Sequence[PhaseRecord], outcome: Outcome,
               time_scale: float) -> dict[str, Any]:
    """What ``protocol.scoring`` needs:

    chair_stand_30s  {"count": taps counted in the timed phase(s)}
    five_times_sts   {"seconds": time from the timed phase's start to the tap that reached
                     ``end_at_count``}, or {"completed": False} when it timed out
    tug              {"seconds": time from the timed phase's start to the "done" tap}, or
                     {"completed": False} when it timed out
    balance_4stage   {"held_seconds": [time held in each timed stage reached, in order]}; a
                     stage held to its limit counts its full, unscaled ``seconds``
    """
    timed = [r for r in records if r.kind == "timed"]
    if isinstance(protocol, Routine):  # an exercise session: how much of it was done
        return {"completed": outcome == "complete", "steps_done": sum(r.ended_by != "skip" for r in timed),
                "reps": sum(r.count for r in timed)}
    if protocol.scoring == "chair_stand_30s":
        return {"count": sum(r.count for r in timed)}
    if protocol.scoring == "balance_4stage":
        limits = {p.id: p.seconds for p in protocol.phases}
        return {"held_seconds": [limits[r.phase_id] if r.ended_by == "timeout"
                                 else real_seconds(r.elapsed, time_scale) for r in timed]}
    ended_by = "count" if protocol.scoring == "five_times_sts" else "tap"
    done = next((r for r in timed if r.ended_by == ended_by), None)
    if outcome != "complete" or done is None:
        return {"completed": False}
    return {"seconds": real_seconds(done.elapsed, time_scale)}
