"""The SPPB of a day: from its own run, or from its three parts done the same local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from legapp.assess import score_balance_4stage, score_five_times_sts, score_gait_speed, score_sppb
from legapp.checks.sppb_day import latest_sppb, parts_of_day
from legapp.track.records import Record, record_of

MADRID = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))


def _at(day: int, hour: int = 10, tz=UTC) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=tz).astimezone(UTC)


def balance(taken_at, held=(10, 10, 10)) -> Record:
    return record_of(score_balance_4stage(list(held)), {"held_seconds": list(held)}, profile_id=1,
                     content_version=1, taken_at=taken_at)


def walk(taken_at, seconds=5.0, metres=4) -> Record:
    raw = {"tries": [seconds, None], "seconds": seconds, "metres": metres, "walking_aid": False,
           "helper": True}
    return record_of(score_gait_speed(seconds, metres), raw, profile_id=1, content_version=1,
                     taken_at=taken_at)


def chair(taken_at, seconds: float | None = 12.0) -> Record:
    raw = {"seconds": seconds} if seconds is not None else {"completed": False}
    return record_of(score_five_times_sts(seconds), raw, profile_id=1, content_version=1, taken_at=taken_at)


def sppb(taken_at, held=(10, 10, 10), gait=5.0, metres=4, chair_s=12.0) -> Record:
    result = score_sppb(list(held), gait, metres, chair_s)
    raw = {"balance_held": list(held), "gait_seconds": gait, "gait_metres": metres, "chair_seconds": chair_s,
           "balance_points": result.balance_points, "gait_points": result.gait_points,
           "chair_points": result.chair_points}
    return record_of(result, raw, profile_id=1, content_version=1, taken_at=taken_at)


def test_three_parts_the_same_day_make_a_total():
    records = [balance(_at(3, 9)), walk(_at(3, 11), seconds=5.0), chair(_at(3, 15), seconds=12.0)]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert day.day == date(2026, 3, 3)
    assert (day.result.balance_points, day.result.gait_points, day.result.chair_points) == (4, 3, 3)
    assert day.result.total == 10
    assert sorted(r.test for r in day.parts) == sorted(r.test for r in records)
    assert all(r in records for r in day.parts)


def test_a_part_missing_gives_no_total_but_its_parts():
    records = [balance(_at(3)), walk(_at(3))]
    assert latest_sppb(records, UTC) is None
    parts = parts_of_day(records, date(2026, 3, 3), UTC)
    assert not parts.complete
    assert parts.chair is None
    assert parts.points == {"balance": 4, "gait": 3, "chair": None}


def test_parts_on_different_days_do_not_add_up():
    records = [balance(_at(3)), walk(_at(4)), chair(_at(5))]
    assert latest_sppb(records, UTC) is None
    assert parts_of_day(records, date(2026, 3, 4), UTC).points == {"balance": None, "gait": 3, "chair": None}


def test_the_day_is_the_local_day():
    """23:30 and 00:30 in Madrid are two days there, though the same UTC day (and the other way)."""
    late = datetime(2026, 3, 3, 23, 30, tzinfo=MADRID)
    early = datetime(2026, 3, 4, 0, 30, tzinfo=MADRID)
    records = [balance(late), walk(late), chair(early)]
    assert latest_sppb(records, UTC) is not None  # 22:30 and 23:30 UTC: one UTC day
    assert latest_sppb(records, MADRID) is None
    evening = datetime(2026, 3, 3, 20, 0, tzinfo=NEW_YORK)  # 01:00 UTC the next day
    records = [balance(evening), walk(evening - timedelta(hours=2)), chair(evening - timedelta(hours=10))]
    assert latest_sppb(records, UTC) is None
    found = latest_sppb(records, NEW_YORK)
    assert found is not None
    assert found.day == date(2026, 3, 3)


def test_an_sppb_run_counts_and_comes_first_on_its_day():
    run = sppb(_at(3, 10), held=(10, 10, 2), gait=9.0, chair_s=20.0)
    records = [balance(_at(3, 9)), walk(_at(3, 9)), chair(_at(3, 9)), run]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert day.parts == (run,)
    assert day.result.total == 2 + 1 + 1


def test_the_newest_whole_day_wins_and_an_incomplete_newer_day_is_passed_over():
    old = [balance(_at(1)), walk(_at(1), seconds=8.0), chair(_at(1), seconds=15.0)]
    newer = [sppb(_at(2), gait=4.0, chair_s=10.0)]
    newest_incomplete = [balance(_at(5)), walk(_at(5))]
    day = latest_sppb(old + newer + newest_incomplete, UTC)
    assert day is not None
    assert day.day == date(2026, 3, 2)
    assert day.result.total == 12
    day = latest_sppb(old + newest_incomplete, UTC)
    assert day is not None
    assert day.day == date(2026, 3, 1)
    assert day.result.total == 4 + 2 + 2


def test_the_newest_record_of_a_part_on_a_day_is_used():
    records = [balance(_at(3, 9), held=(5,)), balance(_at(3, 12)), walk(_at(3)), chair(_at(3))]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert day.result.balance_points == 4


def test_not_completed_parts_score_0():
    records = [balance(_at(3), held=(10, 10, 10)), walk(_at(3)), chair(_at(3), seconds=None)]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert day.result.chair_points == 0
    assert day.result.total == 7


def test_a_3_metre_walk_uses_the_3_metre_table():
    records = [balance(_at(3)), walk(_at(3), seconds=3.6, metres=3), chair(_at(3), seconds=11.0)]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert day.result.gait_points == 4


@pytest.mark.parametrize("records", [[], [chair(_at(3))]])
def test_nothing_to_add_up(records):
    assert latest_sppb(records, UTC) is None


def test_other_tests_are_left_out():
    from legapp.assess import score_tug

    tug = record_of(score_tug(9.0), {"seconds": 9.0}, profile_id=1, content_version=1, taken_at=_at(3))
    records = [tug, balance(_at(3)), walk(_at(3)), chair(_at(3))]
    day = latest_sppb(records, UTC)
    assert day is not None
    assert tug not in day.parts
