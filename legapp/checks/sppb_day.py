"""The SPPB of a day, from its own run or from its three parts done the same day (no Qt).

CLINICAL.md 12: the total needs all three parts (balance, the walk, five chair stands)
from the same day; with a part missing, show the parts, never a total. A day is the
person's local day (the records keep UTC).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

from legapp.assess import SppbResult, score_balance_4stage, score_gait_speed, score_sppb
from legapp.track.records import Record

PART_TESTS = ("balance_4stage", "walk_4m", "five_times_sts")  # in the order the SPPB runs them


def local_day(record: Record, tz: tzinfo | None = None) -> date:
    """The day ``record`` was taken on, in ``tz`` (default: this computer's time zone)."""
    return record.taken_at.astimezone(tz).date()


@dataclass(frozen=True)
class SppbParts:
    """The newest record of each SPPB part on ``day`` (None where that part was not done)."""

    day: date
    balance: Record | None
    walk: Record | None
    chair: Record | None

    @property
    def records(self) -> tuple[Record, ...]:
        return tuple(r for r in (self.balance, self.walk, self.chair) if r is not None)

    @property
    def complete(self) -> bool:
        return len(self.records) == 3

    @property
    def points(self) -> dict[str, int | None]:
        """SPPB points of each part done ("balance", "gait", "chair"); None for a part not done
        (or a walk on a course with no SPPB table). A part to show on its own, never summed
        unless ``complete``."""
        return {"balance": None if self.balance is None else _balance_points(self.balance),
                "gait": None if self.walk is None else _gait_points(self.walk),
                "chair": None if self.chair is None else _chair_points(self.chair)}


@dataclass(frozen=True)
class SppbDay:
    day: date
    result: SppbResult
    parts: tuple[Record, ...]  # the "sppb" record, or the three part records used


def _balance_points(record: Record) -> int:
    return score_balance_4stage(record.raw["held_seconds"]).sppb_points


def _walk_seconds(record: Record) -> float | None:
    seconds = record.raw.get("seconds")
    return None if record.meaning == "not_completed" or seconds is None else float(seconds)


def _gait_points(record: Record) -> int | None:
    seconds = _walk_seconds(record)
    if seconds is None:
        return 0
    return score_gait_speed(seconds, record.raw["metres"]).sppb_points


def _chair_seconds(record: Record) -> float | None:
    return None if record.score is None or record.meaning == "not_completed" else float(record.score)


def _chair_points(record: Record) -> int:
    seconds = _chair_seconds(record)
    return score_sppb(None, None, 4, seconds).chair_points


def _newest(records: Iterable[Record], test: str) -> Record | None:
    return max((r for r in records if r.test == test), key=lambda r: r.taken_at, default=None)


def parts_of_day(records: Iterable[Record], day: date, tz: tzinfo | None = None) -> SppbParts:
    """Which SPPB parts were done on ``day`` (the newest of each), from separate records or
    an SPPB run's own part records."""
    same_day = [r for r in records if r.test in PART_TESTS and local_day(r, tz) == day]
    return SppbParts(day=day, balance=_newest(same_day, "balance_4stage"), walk=_newest(same_day, "walk_4m"),
                     chair=_newest(same_day, "five_times_sts"))


def _from_sppb_record(record: Record) -> SppbResult:
    raw = record.raw
    return score_sppb(raw.get("balance_held") or None, raw.get("gait_seconds"), raw["gait_metres"],
                      raw.get("chair_seconds"))


def _from_parts(parts: SppbParts) -> SppbResult | None:
    walk = parts.walk
    if not parts.complete or walk is None or parts.balance is None or parts.chair is None:
        return None
    metres = walk.raw.get("metres")
    if metres not in (3, 4, 3.0, 4.0):
        return None  # a walk on a course the SPPB has no points for
    return score_sppb(parts.balance.raw["held_seconds"], _walk_seconds(walk), metres,
                      _chair_seconds(parts.chair))


def latest_sppb(records: Iterable[Record], tz: tzinfo | None = None) -> SppbDay | None:
    """The newest day with a whole SPPB: an "sppb" record (its newest that day), or a
    balance_4stage, a walk_4m and a five_times_sts record from that same local day.
    None when no day has all three parts."""
    records = list(records)
    days = sorted({local_day(r, tz) for r in records if r.test in ("sppb", *PART_TESTS)}, reverse=True)
    for day in days:
        run = _newest((r for r in records if r.test == "sppb" and local_day(r, tz) == day), "sppb")
        if run is not None:
            return SppbDay(day=day, result=_from_sppb_record(run), parts=(run,))
        parts = parts_of_day(records, day, tz)
        result = _from_parts(parts)
        if result is not None:
            return SppbDay(day=day, result=result, parts=parts.records)
    return None
