"""The weekly dose, re-tests and the Today card, no Qt: weeks that cross a change of
clocks (Europe/Madrid's last Sunday of October, America/New_York's first Sunday of
November), a plan edited in the middle of a week, kind words with no streaks."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from legapp.act.dose import aims, dose_words, week_dose, weeks
from legapp.act.glance import Glance
from legapp.act.plan import Activity
from legapp.act.programme import Event, Programme
from legapp.act.retest import change_since_start, is_due, next_retest, schedule
from legapp.act.today import today
from legapp.assess import score_balance_4stage, score_chair_stand_30s
from legapp.track.records import record_of


@pytest.fixture
def zone(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield use
    monkeypatch.undo()
    time.tzset()


def local(*args) -> datetime:
    return datetime(*args).astimezone()


def session(at: datetime, strength: int, balance: int) -> Event:
    return Event(1, "session", at, {"strength_minutes": strength, "balance_minutes": balance})


@pytest.mark.parametrize(("name", "monday", "sunday_change"), [
    ("Europe/Madrid", (2026, 10, 19), (2026, 10, 25)),  # clocks go back on Sunday 25 October
    ("America/New_York", (2026, 10, 26), (2026, 11, 1)),  # and on Sunday 1 November there
])
def test_a_week_across_the_change_of_clocks_counts_all_of_its_days(zone, name, monday, sunday_change):
    zone(name)
    start = local(*monday, 0, 0)
    sunday_night = local(*sunday_change, 23, 30)  # after the change, still the same week
    next_monday = local(*sunday_change, 0, 0) + timedelta(days=1, hours=1)  # 01:00 local, next week
    acts = [Activity(1, "strength", local(*monday, 9, 0)), Activity(1, "strength", sunday_night),
            Activity(1, "aerobic", local(*sunday_change, 1, 30), minutes=40),  # in the hour that repeats
            Activity(1, "balance", sunday_night, minutes=30),
            Activity(1, "strength", next_monday)]
    sessions = [session(local(*monday, 9, 0), 12, 5), session(sunday_night, 12, 5)]
    week = week_dose(acts, sessions, local(*monday, 12, 0))
    assert week.start == start
    assert week.end - week.start == timedelta(days=7, hours=1)  # the week with the extra hour
    assert (week.strength_sessions, week.strength_minutes, week.balance_minutes, week.activity_minutes) == (
        2, 24, 40, 40)
    assert week_dose(acts, sessions, next_monday).strength_sessions == 1
    series = weeks(acts, sessions, next_monday, count=3)
    assert [w.start.weekday() for w in series] == [0, 0, 0]
    assert [w.start.hour for w in series] == [0, 0, 0]  # local midnight each Monday
    assert [w.strength_sessions for w in series] == [0, 2, 1]


def test_a_plan_edited_mid_week_keeps_what_was_done(zone, pack):
    zone("Europe/Madrid")
    programme = Programme("gentle", date(2026, 10, 1))
    wednesday = date(2026, 10, 14)
    acts = [Activity(1, "strength", local(2026, 10, 12, 10, 0))]  # Monday, on the old plan
    old, new = (0, 2, 4), (1, 3)  # Mon Wed Fri -> Tue Thu, changed on Wednesday
    assert today(programme, old, wednesday, False) is not None
    assert today(programme, new, wednesday, False) is None  # no longer a plan day: nothing shown
    assert today(programme, new, wednesday + timedelta(days=1), False).session
    dose = week_dose(acts, [], local(2026, 10, 14, 12, 0))
    assert dose.strength_sessions == 1  # the Monday session still counts
    glance = Glance("Ana", "Gentle", len(new), dose, False)
    assert glance.words().startswith("1 of 2 planned sessions")


def test_kind_words_never_scold_or_count_streaks(pack):
    a = aims(pack.facts)
    assert (a.strength, a.activity_minutes, a.balance_hours) == ((2, 3), 150, (2, 3))
    empty = week_dose([], [], local(2026, 10, 14, 12, 0))
    words = dose_words(empty, a)
    assert "good day to start" in words
    assert "studies did about 2 to 3 hours a week" in words
    for bad in ("streak", "missed", "failed", "only", "should"):
        assert bad not in words.lower()
    full = week_dose([Activity(1, "strength", local(2026, 10, 13, 9, 0)),
                      Activity(1, "strength", local(2026, 10, 15, 9, 0)),
                      Activity(1, "aerobic", local(2026, 10, 16, 9, 0), minutes=150)], [],
                     local(2026, 10, 14, 12, 0))
    assert "meets the aim of 2 to 3" in dose_words(full, a)
    assert "meets the aim of 150" in dose_words(full, a)


def _chair(count, when):
    r = score_chair_stand_30s(count, 78, "female")
    return record_of(r, {"count": count}, profile_id=1, content_version=1, taken_at=when)


def _balance(held, when):
    r = score_balance_4stage(held)
    return record_of(r, {"held_seconds": held}, profile_id=1, content_version=1, taken_at=when)


def test_re_tests_every_four_weeks_and_the_change_since_the_start(zone):
    zone("Europe/Madrid")
    started = date(2026, 10, 5)
    assert schedule(started, 2) == [date(2026, 11, 2), date(2026, 11, 30)]
    records = [_chair(8, local(2026, 10, 5, 9, 0)), _balance([10, 10, 5], local(2026, 10, 5, 9, 5))]
    assert next_retest(started, records) == date(2026, 11, 2)
    assert not is_due(started, records, date(2026, 11, 1))
    assert is_due(started, records, date(2026, 11, 2))
    # only the chair stand on 2 November: not a whole re-test yet
    records.append(_chair(10, local(2026, 11, 2, 9, 0)))
    assert is_due(started, records, date(2026, 11, 3))
    records.append(_balance([10, 10, 10, 3], local(2026, 11, 3, 9, 0)))
    assert next_retest(started, records) == date(2026, 12, 1)  # four weeks from the re-test done
    changes = {c.test: c for c in change_since_start(records, started)}
    assert (changes["chair_stand_30s"].start, changes["chair_stand_30s"].now) == (8, 10)
    assert changes["balance_4stage"].difference == 1  # one more position held
    assert today(Programme("gentle", started), (), date(2026, 12, 1), True).retest


def test_nothing_on_other_days():
    assert today(None, (0, 1, 2, 3, 4, 5, 6), date(2026, 10, 5), True) is None  # no programme
    p = Programme("gentle", date(2026, 10, 1))
    assert today(p, (2,), date(2026, 10, 5), False) is None  # a Monday, plan on Wednesdays
    card = today(p, (0,), date(2026, 10, 5), False, done_today=True)
    assert "Well done" in card.words("Gentle")
