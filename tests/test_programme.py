"""A person's programme, no Qt: steps up in Otago's order and back down, what is offered
after each session's answer, "it hurt" stopping one exercise, the person's session, and
the events kept with their dates in the history store (a schema step of its own)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from legapp.act.programme import (
    Event,
    Programme,
    current,
    declined_event,
    feel_events,
    offer,
    session_for,
    session_minutes,
    start_event,
    step_down,
    step_event,
    step_up,
)
from legapp.track.profiles import Profile
from legapp.track.store import VERSION, HistoryStore

T0 = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def test_steps_up_in_otagos_order_then_back_down():
    p = Programme("gentle", T0.date())
    seen = []
    while (step := step_up(p)) is not None:
        seen.append((step.what, step.to.level, step.to.extra_reps, step.to.support))
        p = step.to
    assert seen[:5] == [("reps", "gentle", 2, 0), ("reps", "gentle", 4, 0), ("support", "gentle", 4, 1),
                        ("support", "gentle", 4, 2), ("level", "standard", 0, 0)]
    assert seen[-1] == ("support", "stronger", 4, 2)
    assert p.level == "stronger"
    assert step_up(p) is None
    down = step_down(p)
    assert (down.what, down.to.extra_reps, down.to.support) == ("reps", 2, 2)


def test_the_seated_level_has_no_hands_free_step():
    p = Programme("seated", T0.date(), extra_reps=4)
    assert step_up(p).what == "level"
    assert step_up(p).to.level == "gentle"
    assert step_down(Programme("seated", T0.date())) is None  # the very start: nothing easier


def _feel(at, feel, exercise=None):
    return feel_events(1, at, feel, exercise)


def test_two_too_easy_in_a_row_offer_the_next_step():
    events = [start_event(1, T0, "gentle")]
    events += _feel(T0 + DAY, "too_easy")
    assert offer(events) is None  # once is not enough
    events += _feel(T0 + 2 * DAY, "about_right")
    events += _feel(T0 + 3 * DAY, "too_easy")
    assert offer(events) is None  # not in a row
    events += _feel(T0 + 4 * DAY, "too_easy")
    step = offer(events)
    assert (step.direction, step.what, step.to.extra_reps) == ("up", "reps", 2)
    assert "two more times" in step.words()


def test_too_hard_offers_an_easier_step_and_declining_is_kept():
    events = [start_event(1, T0, "standard")]
    events += _feel(T0 + DAY, "too_hard")
    step = offer(events)
    assert (step.direction, step.what, step.to.level) == ("down", "level", "gentle")
    events.append(declined_event(1, T0 + DAY, step))
    assert offer(events) is None  # declined: not asked again for the same answer
    assert current(events).level == "standard"  # the person decided to stay


def test_a_step_taken_changes_the_programme_and_counts_afresh():
    events = [start_event(1, T0, "gentle"), *_feel(T0 + DAY, "too_easy"), *_feel(T0 + 2 * DAY, "too_easy")]
    events.append(step_event(1, T0 + 2 * DAY, offer(events)))
    assert current(events).extra_reps == 2
    events += _feel(T0 + 3 * DAY, "too_easy")
    assert offer(events) is None  # one "too easy" since the step


def test_it_hurt_stops_that_exercise_only(pack):
    events = [start_event(1, T0, "gentle"), *_feel(T0 + DAY, "hurt", "heel-raises")]
    p = current(events)
    assert p.paused == frozenset({"heel-raises"})
    assert offer(events) is None
    session = session_for(p, pack.sessions)
    assert "heel-raises" not in [i.exercise for i in session.items]
    assert len(session.items) == 3
    events.append(Event(1, "resumed", T0 + 9 * DAY, {"exercise": "heel-raises"}))
    assert current(events).paused == frozenset()


def test_the_persons_session_grows_with_their_steps(pack):
    exercises = {e.id: e for e in pack.exercises}
    base = next(s for s in pack.sessions if s.level == "gentle")
    mine = session_for(Programme("gentle", T0.date(), extra_reps=4, balance_plus=True), pack.sessions,
                       exercises)
    for before, after in zip(base.items, mine.items, strict=True):
        if before.reps is not None:
            assert after.reps == before.reps + 4
        else:
            assert after.hold_seconds == before.hold_seconds + 4
        assert after.sets == before.sets + (exercises[before.exercise].kind == "balance")
    seated = session_for(Programme("seated", T0.date()), pack.sessions)
    assert [i.exercise for i in seated.items] == ["seated-marching", "seated-knee-extension",
                                                   "supported-standing"]
    strength, balance = session_minutes(seated, exercises)
    assert strength > 0
    assert balance > 0


def test_events_are_checked():
    with pytest.raises(ValueError, match="feel"):
        Event(1, "feel", T0, {"feel": "great"})
    with pytest.raises(ValueError, match="level"):
        Event(1, "start", T0, {"level": "expert"})
    with pytest.raises(ValueError, match="time zone"):
        Event(1, "start", T0.replace(tzinfo=None), {"level": "gentle"})


def test_the_store_keeps_each_change_with_its_date(tmp_path):
    store = HistoryStore(tmp_path)
    ana = store.add_profile(Profile(None, "Ana", 1950, "female"))
    events = [start_event(ana.id, T0, "gentle", suggested="gentle", source="vivifrail"),
              *_feel(T0 + DAY, "too_easy"), *_feel(T0 + 3 * DAY, "too_easy")]
    store.save_programme_events([e.__class__(ana.id, e.kind, e.at, e.data) for e in events])
    back = store.programme_events(ana.id)
    step = offer(back)
    store.save_programme_events([step_event(ana.id, T0 + 3 * DAY, step)])
    store.close()
    again = HistoryStore(tmp_path).programme_events(ana.id)
    assert [(e.kind, e.at) for e in again] == [("start", T0), ("feel", T0 + DAY), ("feel", T0 + 3 * DAY),
                                               ("step", T0 + 3 * DAY)]
    assert current(again).extra_reps == 2
    assert again[0].data["source"] == "vivifrail"


def test_an_older_history_gains_the_programme_table(tmp_path):
    store = HistoryStore(tmp_path)
    store.add_profile(Profile(None, "Ana", 1950, "female"))
    store.db.execute("DROP TABLE programme_events")
    store.db.execute("PRAGMA user_version = 4")  # before the programme's step (5)
    store.close()
    store = HistoryStore(tmp_path)
    assert store.programme_events(1) == []
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
    store.save_programme_events([start_event(1, T0, "seated")])
    assert current(store.programme_events(1)).level == "seated"


def test_a_history_that_cannot_be_written_says_so_plainly(tmp_path):
    store = HistoryStore(tmp_path)
    store.add_profile(Profile(None, "Ana", 1950, "female"))
    other = sqlite3.connect(store.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the file
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            store.save_programme_events([start_event(1, T0, "gentle")])
        assert "another program" in str(info.value)
    finally:
        other.rollback()
        other.close()
    assert store.programme_events(1) == []  # nothing half-written


def test_a_take_home_sheet_of_a_levels_exercises(pack):
    from legapp.act.take_home import sheet_html

    exercises = {e.id: e for e in pack.exercises}
    gentle = next(s for s in pack.sessions if s.level == "gentle")
    sheet = sheet_html("gentle", gentle, exercises, "A <suggestion> & more")
    assert "<h1>My leg exercises: the Gentle level</h1>" in sheet
    assert "A &lt;suggestion&gt; &amp; more" in sheet  # words are escaped, never markup
    for item in gentle.items:
        assert exercises[item.exercise].title in sheet
        assert exercises[item.exercise].safety in sheet
    assert "Stand on one leg (2 x 5 seconds)" in sheet
