"""Exercise sessions, no Qt: the ready-made sessions of the pack, the phases the engine
runs for them, a session run to its end on a fake clock, and a broken sessions file."""

from __future__ import annotations

import re

import pytest

from legapp.act.routines import own_session, routine
from legapp.content.loader import ContentError, load_pack
from legapp.engine import FakeClock, Run


def test_three_ready_made_sessions_of_rising_effort(pack):
    sessions = {s.id: s for s in pack.sessions}
    assert list(sessions) == ["gentle", "standard", "stronger"]
    ids = {e.id for e in pack.exercises}
    for session in sessions.values():
        assert {item.exercise for item in session.items} <= ids
    reps = {sid: sum((item.reps or 0) * item.sets for item in s.items) for sid, s in sessions.items()}
    assert reps["gentle"] < reps["standard"] < reps["stronger"]


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
    assert [p.seconds for p in holds] == [5, 5]  # two sets of five seconds on one leg
    assert [pr.say for pr in holds[0].prompts] == ["Go", "Stop"]
    rests = [p for p in phases if p.id.startswith("rest")]
    assert len(rests) == 4  # after every set but the last one
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
    assert result["reps"] == sum((i.reps or 0) * i.sets for i in standard.items)


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
