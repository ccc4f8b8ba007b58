"""Re-tests (no Qt): every 4 weeks (the facts' retest_weeks; StandingTall re-tested
balance monthly, CLINICAL.md 15) the chair stand and the balance test are suggested
again, and the change since the start of the programme is worked out.

A re-test is "done" once both a chair stand and a balance result are in, within a week
of each other; the next one is due ``weeks`` after the start or after the last re-test done."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from legapp.track.records import Record

RETEST_TESTS = ("chair_stand_30s", "balance_4stage")
RETEST_WEEKS = 4


def _days(records: Iterable[Record], test: str) -> set[date]:
    return {r.taken_at.astimezone().date() for r in records if r.test == test}


def retest_days(records: Iterable[Record], within: int = 6) -> list[date]:
    """Days a re-test was done, oldest first: both the chair stand and the balance test,
    on the same day or within ``within`` days of each other (the later day counts)."""
    records = list(records)
    chairs, balances = _days(records, RETEST_TESTS[0]), _days(records, RETEST_TESTS[1])
    done = {max(c, b) for c in chairs for b in balances if abs((c - b).days) <= within}
    return sorted(done)


def next_retest(started: date, records: Iterable[Record], weeks: int = RETEST_WEEKS) -> date:
    """The day the next re-test is due: ``weeks`` after the start, or after the last re-test
    done after the start (a re-test done early moves the next one on)."""
    after = [d for d in retest_days(records) if d > started]
    return (after[-1] if after else started) + timedelta(weeks=weeks)


def schedule(started: date, count: int, weeks: int = RETEST_WEEKS) -> list[date]:
    """The re-test days of a programme kept to time: start + 4 weeks, + 8 weeks, ..."""
    return [started + timedelta(weeks=weeks * n) for n in range(1, count + 1)]


def is_due(started: date, records: Iterable[Record], today: date, weeks: int = RETEST_WEEKS) -> bool:
    return today >= next_retest(started, records, weeks)


@dataclass(frozen=True)
class Change:
    test: str
    start: float  # the result the programme started from (the newest on or before its start)
    now: float  # the newest
    start_day: date
    now_day: date

    @property
    def difference(self) -> float:
        return self.now - self.start


def change_since_start(records: Iterable[Record], started: date) -> list[Change]:
    """For the chair stand (stands) and the balance test (positions held): the result at
    the start and the newest after it; a test with no result since the start is left out."""
    records = sorted((r for r in records if r.score is not None), key=lambda r: r.taken_at)
    out = []
    for test in RETEST_TESTS:
        mine = [r for r in records if r.test == test]
        before = [r for r in mine if r.taken_at.astimezone().date() <= started]
        after = [r for r in mine if r.taken_at.astimezone().date() > started]
        first = before[-1] if before else (after[0] if after else None)
        if first is None or not after or after[-1] is first:
            continue
        last = after[-1]
        out.append(Change(test, float(first.score), float(last.score), first.taken_at.astimezone().date(),
                          last.taken_at.astimezone().date()))
    return out
