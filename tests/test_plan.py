"""The weekly plan, no Qt: week boundaries (Sunday night and Monday morning), what counts
toward the facts' weekly aims, kind words, typed minutes, and its storage."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from legapp.act.plan import Activity, kind_words, read_minutes, summarize, week_of
from legapp.track.profiles import Profile
from legapp.track.store import HistoryStore


@pytest.fixture(autouse=True)
def amsterdam(monkeypatch):
    """A time zone with summer time, so the week's edges are tested where clocks change."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(*args) -> datetime:
    return datetime(*args).astimezone()  # a naive time taken as local, then made aware


def test_sunday_night_and_monday_morning_are_different_weeks():
    sunday_night = local(2026, 11, 22, 23, 59)  # Sunday 22 November 2026
    monday_morning = local(2026, 11, 23, 0, 1)
    start, end = week_of(sunday_night)
    assert start == local(2026, 11, 16, 0, 0)
    assert end == local(2026, 11, 23, 0, 0)
    assert week_of(monday_morning)[0] == end
    assert start <= sunday_night < end <= monday_morning


def test_a_week_across_the_change_of_clocks_starts_on_local_monday():
    start, end = week_of(local(2026, 3, 30, 12, 0))  # summer time began on Sunday 29 March
    assert (start.hour, start.weekday()) == (0, 0)
    assert end - start == timedelta(days=7)
    start, end = week_of(local(2026, 3, 27, 12, 0))  # the week that holds the change
    assert end - start == timedelta(days=7, hours=-1)  # one hour shorter, Monday to Monday
    assert (end.hour, end.weekday()) == (0, 0)


def test_what_counts_this_week(pack):
    now = local(2026, 11, 22, 20, 0)
    done = [Activity(1, "strength", local(2026, 11, 17, 10, 0)),
            Activity(1, "strength", local(2026, 11, 22, 23, 30)),  # Sunday night: this week
            Activity(1, "strength", local(2026, 11, 16, 0, 0)),  # the first moment of the week
            Activity(1, "strength", local(2026, 11, 15, 23, 59)),  # last week
            Activity(1, "aerobic", local(2026, 11, 18, 9, 0), minutes=40),
            Activity(1, "aerobic", local(2026, 11, 23, 8, 0), minutes=30),  # next week
            Activity(1, "balance", local(2026, 11, 19, 9, 0))]
    week = summarize(done, now, pack.facts, planned_days=(4, 0, 2, 0))
    assert (week.strength, week.aerobic_minutes, week.balance) == (3, 40, 1)
    assert week.strength_goal == (2, 3)  # CLINICAL.md section 10
    assert week.aerobic_goal == 150
    assert week.planned_days == (0, 2, 4)


def test_the_words_are_kind_whatever_was_done(pack):
    now = local(2026, 11, 22, 20, 0)
    nothing = kind_words(summarize([], now, pack.facts))
    assert "great start" in nothing
    assert "should" not in nothing.lower()
    some = kind_words(summarize([Activity(1, "strength", now), Activity(1, "aerobic", now, minutes=100)],
                                now, pack.facts))
    assert "One or two more would reach the aim of 2 to 3" in some
    assert "50 more would reach 150" in some
    two = [Activity(1, "strength", now)] * 2
    met = kind_words(summarize([*two, Activity(1, "aerobic", now, minutes=150)], now, pack.facts))
    assert "Well done" in met
    assert "meets the aim of 150" in met


@pytest.mark.parametrize("text", ["", "0", "-5", "601", "half an hour", "2.5"])
def test_bad_minutes_get_a_kind_message(text):
    with pytest.raises(ValueError, match=r"^Please"):
        read_minutes(text)


@pytest.mark.parametrize("bad", [{"kind": "swim"}, {"minutes": 0}, {"minutes": 601}, {"minutes": None},
                                 {"done_at": datetime(2026, 1, 1)}, {"profile_id": 0}])
def test_bad_activities_cannot_be_made(bad):
    fields = {"profile_id": 1, "kind": "aerobic", "done_at": datetime(2026, 1, 1, tzinfo=UTC), "minutes": 30}
    with pytest.raises(ValueError, match=r"."):
        Activity(**{**fields, **bad})
    with pytest.raises(ValueError, match="only activity"):
        Activity(1, "strength", datetime(2026, 1, 1, tzinfo=UTC), minutes=30)


def test_activities_and_plan_days_are_kept_per_person(tmp_path):
    store = HistoryStore(tmp_path)
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    bo = store.add_profile(Profile(None, "Bo", 1950, "male"))
    now = local(2026, 11, 22, 20, 0)
    store.save_activity(Activity(ana.id, "strength", now))
    store.save_activity(Activity(ana.id, "aerobic", now - timedelta(days=1), minutes=45))
    store.save_activity(Activity(bo.id, "balance", now))
    start, end = week_of(now)
    mine = store.activities(ana.id, start, end)
    assert [(a.kind, a.minutes) for a in mine] == [("aerobic", 45), ("strength", None)]
    assert mine[1].done_at == now
    store.set_plan_days(ana.id, (0, 3, 3))
    store.set_plan_days(ana.id, (1, 4))  # changed their mind
    assert store.plan_days(ana.id) == (1, 4)
    assert store.plan_days(bo.id) == ()
    with pytest.raises(ValueError, match="Monday"):
        store.set_plan_days(ana.id, (7,))
    store.delete_activity(mine[0].id)
    assert len(store.activities(ana.id, start, end)) == 1
    store.delete_profile(ana.id)  # their plan and activities go with them
    assert store.activities(ana.id, start, end) == []
    assert store.plan_days(ana.id) == ()
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o777 == 0o600
    store.close()
