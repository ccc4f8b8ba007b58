"""Exercise sessions, no Qt: the ready-made sessions of the pack, the phases the engine
runs for them, a session run to its end on a fake clock, and a broken sessions file."""

from __future__ import annotations

import re

import pytest

from legapp.act.routines import own_session, routine
from legapp.content.loader import ContentError, load_pack
from legapp.engine import FakeClock, Run


def test_four_ready_made_sessions_of_rising_effort(pack):
    sessions = {s.id: s for s in pack.sessions}
    assert list(sessions) == ["seated", "gentle", "standard", "stronger"]
    assert [s.level for s in sessions.values()] == list(sessions)  # one session for each level
    ids = {e.id for e in pack.exercises}
    for session in sessions.values():
        assert {item.exercise for item in session.items} <= ids
    reps = {sid: sum((item.reps or 0) * item.sets for item in s.items) for sid, s in sessions.items()}
    assert reps["seated"] < reps["gentle"] < reps["standard"] < reps["stronger"]


def test_a_session_as_phases(pack):
    exercises = {e.id: e for e in pack.exercises}
    gentle = next(s for s in pack.sessions if s.id == "gentle")
    phases = routine(gentle, exercises).phases
    assert phases[0].id == "warm-up"
    assert phases[-1].id == "cool-down"
    assert phases[-1].on_timeout == "finish"
    sit = [p for p in phases if p.title.startswith(exercises["sit-to-stand"].title + ": set")]
    assert [p.end_at_count for p in sit] == [5]  # one set of five, at the person's own pace
    assert sit[0].tap == "count"
    holds = [p for p in phases if p.id.startswith("hold")]
    assert [p.seconds for p in holds] == [5, 5, 5, 5]  # two sets of five seconds on each leg
    assert [pr.say for pr in holds[0].prompts] == ["Right leg. Go", "Stop"]
    assert [p.id for p in phases if p.id.startswith("rest")] == [
        "rest-0-1-left", "rest-1-1", "rest-2-1", "rest-3-1-right", "rest-3-1-left"]  # after every set
    # but the last; between the right leg's last set and the left's first, changing legs is the rest
    assert [p.id for p in phases if p.id.startswith("switch")] == ["switch-0", "switch-3"]
    prepares = [p for p in phases if p.kind == "prepare"]
    assert len(prepares) == len(gentle.items)  # a pause to get ready before each exercise
    assert all(p.seconds is None for p in prepares)  # that waits as long as it takes


def test_a_session_runs_to_its_end_on_a_fake_clock(pack):
    exercises = {e.id: e for e in pack.exercises}
    standard = next(s for s in pack.sessions if s.id == "standard")
    clock = FakeClock()
    session = Run(routine(standard, exercises), clock)
    session.start()
    for _ in range(1000):
        if session.state != "running":
            break
        phase = session.phase
        if phase.kind == "prepare":
            session.tap()
        elif phase.tap == "count":
            for _ in range(phase.end_at_count):
                clock.advance(2.5)
                session.tap()
        else:
            clock.advance(phase.seconds)
            session.update()
    assert session.outcome == "complete"
    result = session.result
    assert result["completed"] is True
    both_legs = {e.id for e in pack.exercises if e.each_side}
    assert result["reps"] == sum((i.reps or 0) * i.sets * (2 if i.exercise in both_legs else 1)
                                 for i in standard.items)


def test_build_my_own_uses_each_exercises_usual_amount(pack):
    exercises = {e.id: e for e in pack.exercises}
    mine = own_session(["heel-raises", "single-leg-stand"], exercises)
    assert [(i.exercise, i.sets) for i in mine.items] == [("heel-raises", 2), ("single-leg-stand", 2)]
    assert mine.items[0].reps == exercises["heel-raises"].reps
    assert mine.items[1].hold_seconds == exercises["single-leg-stand"].hold_seconds
    with pytest.raises(ValueError, match="at least one"):
        own_session([], exercises)


def test_a_session_naming_an_unknown_exercise_is_refused(pack_copy):
    path = pack_copy / "sessions.yaml"
    path.write_text(path.read_text().replace("exercise: heel-raises, sets: 1", "exercise: hops, sets: 1", 1))
    with pytest.raises(ContentError) as info:
        load_pack(pack_copy)
    assert info.value.file == "sessions.yaml"
    assert info.value.field == "session 'gentle'.items[3].exercise"
    assert "hops" in info.value.problem


def test_a_session_with_both_reps_and_a_hold_is_refused(pack_copy):
    path = pack_copy / "sessions.yaml"
    path.write_text(path.read_text().replace("reps: 8, rest_seconds: 30}", "reps: 8, hold_seconds: 5}", 1))
    with pytest.raises(ContentError, match="not both"):
        load_pack(pack_copy)


TAPPED = re.compile(r"\b[Tt](?:ap|oque) “([^”]+)”")  # Tap “Done one” / Toque “Hice una”


def test_the_words_of_a_step_name_its_button_as_it_reads(pack):
    """"Tap Done" when the button says "Done one" sends a person looking for a button
    that is not there: a step's words name its big button exactly."""
    exercises = {e.id: e for e in pack.exercises}
    told = 0
    for session in pack.sessions:
        for phase in routine(session, exercises).phases:
            named = TAPPED.findall(phase.text)
            if re.search(r"\b[Tt]ap\b", phase.text):
                assert named, f"{phase.id}: says tap, but not which button: {phase.text}"
            assert all(name == phase.tap_label for name in named), (phase.id, phase.text, phase.tap_label)
            told += bool(named)
    assert told  # the sets of repetitions say which button to tap


def test_the_spanish_words_name_the_button_as_it_reads():
    import xml.etree.ElementTree as ET

    from legapp.act.routines import WORDS

    from .conftest import ROOT

    spanish = {m.findtext("source"): m.findtext("translation")
               for c in ET.parse(ROOT / "i18n" / "legapp_es.ts").getroot().iter("context")
               if c.findtext("name") == "Routines" for m in c.iter("message")}
    reps_text, rep_tap = spanish.get(WORDS["reps_text"]), spanish.get(WORDS["rep_tap"])
    assert reps_text, "the Spanish words of a set are missing from i18n/legapp_es.ts"
    assert rep_tap, "the Spanish words of the button are missing from i18n/legapp_es.ts"
    assert TAPPED.findall(reps_text) == [rep_tap]


# -- one leg at a time, where the person is, Skip, what was done ------------------------------

def _gentle(pack):
    exercises = {e.id: e for e in pack.exercises}
    return routine(next(s for s in pack.sessions if s.id == "gentle"), exercises), exercises


def test_an_each_side_exercise_is_done_right_then_left_and_the_switch_is_said(pack):
    gentle, exercises = _gentle(pack)
    knee = exercises["seated-knee-extension"]
    assert knee.each_side
    mine = [p for p, s in zip(gentle.phases, gentle.steps, strict=True) if s.exercise == 1]
    assert [p.title for p in mine] == [
        f"Get ready: {knee.title}",
        f"{knee.title}, right leg: set 1 of 1",
        "Now the left leg",
        f"{knee.title}, left leg: set 1 of 1",
        "Rest"]
    right, switch, left = mine[1], mine[2], mine[3]
    assert right.text.startswith("Do it 8 times with the right leg")
    assert left.text.startswith("Do it 8 times with the left leg")
    assert (right.end_at_count, left.end_at_count) == (8, 8)  # each leg counts its own eight
    assert [p.say for p in switch.prompts] == ["Now the left leg"]  # said as it starts
    assert (switch.kind, switch.seconds) == ("count_in", 30)  # the item's rest, to change legs
    assert [p.say for p in left.prompts] == ["Left leg. Go"]
    sit = [p for p, s in zip(gentle.phases, gentle.steps, strict=True) if s.exercise == 2]
    assert "leg" not in " ".join(p.title for p in sit)  # both legs at once: one run


def test_where_the_person_is_exercise_3_of_4_and_the_minutes_left(pack):
    from legapp.act.session_progress import where

    gentle, _ = _gentle(pack)
    assert gentle.exercises == 4
    third = next(i for i, s in enumerate(gentle.steps) if s.exercise == 3)
    assert gentle.phases[third].id == "ready-2"
    at = where(gentle, third, 0, 0)
    assert (at.exercise, at.exercises, at.skip) == (3, 4, False)
    # Getting ready 20 s, 8 heel raises at 4 s, rest 30; then getting ready 20, two holds of
    # 5 s on each leg, two rests of 20 and 20 to change legs; the cool-down 120.
    assert at.seconds_left == 20 + 8 * 4 + 30 + 20 + 4 * 5 + 2 * 20 + 20 + 120 == 302
    assert at.minutes_left == 5
    raises = third + 1
    assert where(gentle, raises, 9.0, 0).seconds_left == 282  # the reps not yet done, not the time
    assert where(gentle, raises, 9.0, 5).seconds_left == 282 - 5 * 4
    start = where(gentle, 0, 0, 0)
    assert (start.exercise, start.skip) == (0, True)
    assert start.seconds_left == sum(s.seconds for s in gentle.steps)
    assert where(gentle, 0, 60, 0).seconds_left == start.seconds_left - 60
    end = where(gentle, len(gentle.phases) - 1, 100, 0)
    assert (end.exercise, end.skip, end.seconds_left, end.minutes_left) == (0, True, 20, 1)


def test_skip_ends_the_warm_up_and_the_cool_down_and_is_not_counted_as_done(pack):
    gentle, _ = _gentle(pack)
    clock = FakeClock()
    session = Run(gentle, clock)
    session.start()
    clock.advance(10)
    session.skip()
    assert session.phase.id == "ready-0"
    assert session.records[0].ended_by == "skip"
    assert session.records[0].elapsed == 10
    while session.phase.id != "cool-down":
        phase = session.phase
        if phase.tap == "count":
            for _ in range(phase.end_at_count):
                clock.advance(3)
                session.tap()
        elif phase.kind == "prepare":
            session.tap()
        else:
            clock.advance(phase.seconds)
            session.update()
    session.skip()
    assert session.state == "finished"
    assert session.outcome == "complete"
    timed = [r for r in session.records if r.kind == "timed"]
    assert session.result["steps_done"] == len(timed) - 2  # the warm-up and cool-down were skipped


def test_what_was_done_when_a_session_is_stopped(pack):
    from legapp.act.session_progress import Done, done_so_far

    gentle, exercises = _gentle(pack)
    clock = FakeClock()
    session = Run(gentle, clock)
    session.start()
    assert done_so_far(gentle, session.records) == []
    session.skip()  # the warm-up
    for _ in range(60):
        phase = session.phase
        if phase.id == "hold-3-2-right":  # stopped halfway through the second hold
            clock.advance(2)
            session.stop()
            break
        if phase.tap == "count":
            for _ in range(phase.end_at_count if phase.id != "reps-1-1" else 3):  # 3 of 5 stands
                clock.advance(3)
                session.tap()
            if phase.id == "reps-1-1":
                clock.advance(phase.seconds)
                session.update()
        elif phase.kind == "prepare":
            session.tap()
        else:
            clock.advance(phase.seconds)
            session.update()
    assert session.state == "stopped"
    assert done_so_far(gentle, session.records) == [
        Done(exercises["seated-knee-extension"].title, reps=16),  # 8 with each leg
        Done(exercises["sit-to-stand"].title, reps=3),
        Done(exercises["heel-raises"].title, reps=8),
        Done(exercises["single-leg-stand"].title, holds=1)]  # the stopped hold is not counted
