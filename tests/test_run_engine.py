"""The run engine on a fake clock: deadlines that never drift, taps, pause, stop, results."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from legapp.content.check_models import Phase, Prompt, Protocol, SetupStep
from legapp.engine import (
    Counted,
    FakeClock,
    Finished,
    MonotonicClock,
    Paused,
    PhaseRecord,
    PhaseStarted,
    PromptDue,
    Resumed,
    Run,
    Stopped,
    Tick,
)

# -- small protocols, built here so the tests do not depend on the content pack -------------


def protocol(scoring: str, *phases: Phase) -> Protocol:
    return Protocol(id=scoring.replace("_", "-"), title="T", summary="S", measures="M", scoring=scoring,
                    setup=(SetupStep(text="Chair against a wall."),), instructions=("Do it.",),
                    phases=phases, source="test")


def prepare(pid: str = "ready", seconds: float = 5) -> Phase:
    return Phase(id=pid, kind="prepare", seconds=seconds, tap="next", tap_label="I am ready")


def count_in(pid: str = "count-in", seconds: float = 3) -> Phase:
    return Phase(id=pid, kind="count_in", seconds=seconds,
                 prompts=(Prompt(at=0, say="Ready"), Prompt(at=seconds, say="Go", sound="start")))


CHAIR = protocol(
    "chair_stand_30s", prepare(), count_in(),
    Phase(id="stands", kind="timed", seconds=30, tap="count", tap_label="Stand", on_timeout="finish",
          prompts=(Prompt(at=30, sound="end", say="Stop"), Prompt(at=15, say="Halfway"))))

STS = protocol(
    "five_times_sts", count_in(),
    Phase(id="stands", kind="timed", seconds=60, tap="count", tap_label="Stand", end_at_count=5,
          on_timeout="incomplete"))

TUG = protocol(
    "tug", count_in(),
    Phase(id="walk", kind="timed", seconds=120, tap="done", tap_label="Seated", on_timeout="incomplete"))


def _stage(n: int) -> tuple[Phase, Phase]:
    last = n == 4
    return (prepare(f"get-into-{n}", 20),
            Phase(id=f"stage-{n}", kind="timed", seconds=10, tap="fail", tap_label="Moved",
                  on_timeout="finish" if last else "next",
                  prompts=(Prompt(at=0, say="Ready, begin"), Prompt(at=10, say="Stop"))))


BALANCE = protocol("balance_4stage", *(phase for n in range(1, 5) for phase in _stage(n)))


def run(proto: Protocol, start: float = 0.0, scale: float = 1.0) -> tuple[Run, FakeClock, list]:
    clock = FakeClock(start)
    session = Run(proto, clock, time_scale=scale)
    return session, clock, session.start()


def at(session: Run, clock: FakeClock, t: float, action: str = "update") -> list:
    clock.set(t)
    return getattr(session, action)()


def no_ticks(events: list) -> list:
    return [e for e in events if not isinstance(e, Tick)]


# -- clocks ----------------------------------------------------------------------------------


def test_fake_clock_moves_only_forward():
    clock = FakeClock(5.0)
    assert clock.now() == 5.0
    assert clock.advance(2.5) == 7.5
    assert clock.set(1000.0) == 1000.0
    assert clock.advance(0) == 1000.0
    with pytest.raises(ValueError, match="back"):
        clock.set(999.0)
    with pytest.raises(ValueError, match="back"):
        clock.advance(-0.1)
    with pytest.raises(ValueError, match="finite"):
        clock.set(float("nan"))
    assert clock.now() == 1000.0


def test_monotonic_clock_does_not_go_back():
    clock = MonotonicClock()
    first = clock.now()
    assert clock.now() >= first


# -- the 30-second chair stand -----------------------------------------------------------------


def test_chair_stand_full_run():
    session, clock, events = run(CHAIR, start=100.0)
    assert session.state == "running"
    assert events == [PhaseStarted("ready", 0, "prepare", 5, 105.0)]
    assert at(session, clock, 101.0, "tap") == [PhaseStarted("count-in", 1, "count_in", 3, 104.0),
                                                 PromptDue("count-in", say="Ready")]
    # update() 300 ms late: the timed phase still starts at the count-in's deadline
    events = at(session, clock, 104.3)
    assert events[:2] == [PromptDue("count-in", say="Go", sound="start"),
                          PhaseStarted("stands", 2, "timed", 30, 134.0)]
    assert events[2] == Tick("stands", pytest.approx(0.3), pytest.approx(29.7))
    assert len(events) == 3
    assert session.elapsed() == pytest.approx(0.3)
    counted = [at(session, clock, t, "tap") for t in (106.0, 108.5, 111.0, 113.2)]
    assert counted == [[Counted("stands", n)] for n in (1, 2, 3, 4)]
    assert at(session, clock, 119.0) == [PromptDue("stands", say="Halfway"), Tick("stands", 15.0, 15.0)]
    assert [at(session, clock, t, "tap") for t in (120.0, 125.5)] == [[Counted("stands", 5)],
                                                                         [Counted("stands", 6)]]
    assert session.count == 6
    assert session.next_deadline() == 134.0
    events = at(session, clock, 134.0)
    assert events[:1] == [PromptDue("stands", say="Stop", sound="end")]
    assert isinstance(events[1], Finished)
    assert events[1].outcome == "complete"
    assert len(events) == 2
    assert session.state == "finished"
    assert session.result == {"count": 6}
    stands = session.records[-1]
    assert stands == PhaseRecord("stands", "timed", 104.0, 134.0, 30.0, 6, "timeout")
    assert [r.ended_by for r in session.records] == ["tap", "timeout", "timeout"]
    assert events[1].records == session.records
    # a tap after the buzzer is not a stand
    assert at(session, clock, 134.1, "tap") == []
    assert session.result == {"count": 6}


def test_taps_are_ignored_in_the_count_in():
    session, clock, _ = run(CHAIR)
    at(session, clock, 1.0, "tap")
    assert session.phase.id == "count-in"
    assert at(session, clock, 2.0, "tap") == []
    assert session.count == 0
    assert session.phase.id == "count-in"
    at(session, clock, 10.0)
    assert session.records[1].count == 0
    assert session.records[1].ended_by == "timeout"
    assert session.phase.id == "stands"


def test_a_tap_just_after_a_deadline_belongs_to_the_next_phase():
    session, clock, _ = run(CHAIR)
    at(session, clock, 1.0, "tap")
    # the count-in ended at 4.0 but nothing called update(): the tap at 4.2 counts a stand
    events = at(session, clock, 4.2, "tap")
    assert events == [PromptDue("count-in", say="Go", sound="start"),
                      PhaseStarted("stands", 2, "timed", 30, 34.0), Counted("stands", 1)]


def test_late_irregular_updates_never_drift():
    session, clock, _ = run(CHAIR, start=7.0)
    at(session, clock, 9.0, "tap")  # ready ends at 9.0, count-in runs 9.0-12.0, stands 12.0-42.0
    starts = []
    for t in (9.9, 12.73, 12.74, 13.9, 20.001, 33.5, 41.999):
        events = at(session, clock, t)
        starts += [e for e in events if isinstance(e, PhaseStarted)]
        assert len([e for e in events if isinstance(e, Tick)]) == 1
    assert starts == [PhaseStarted("stands", 2, "timed", 30, 42.0)]
    assert session.state == "running"
    assert at(session, clock, 43.7)[-1].outcome == "complete"
    rec = session.records
    assert [(r.started_at, r.ended_at) for r in rec] == [(7.0, 9.0), (9.0, 12.0), (12.0, 42.0)]


def test_phase_ends_are_start_plus_the_sum_of_durations():
    proto = protocol("five_times_sts", prepare("a", 7.25), count_in("b", 3.5),
                     Phase(id="c", kind="timed", seconds=12.75, on_timeout="next"),
                     Phase(id="d", kind="timed", seconds=4, on_timeout="incomplete"))
    session, clock, _ = run(proto, start=50.0)
    t = 50.0
    while session.state == "running":
        t += 0.37  # a busy machine: updates at an awkward, late cadence
        at(session, clock, t)
    ends = [r.ended_at for r in session.records]
    assert ends == [57.25, 60.75, 73.5, 77.5]
    assert [r.elapsed for r in session.records] == [7.25, 3.5, 12.75, 4.0]
    assert session.outcome == "incomplete"


def test_one_update_after_a_huge_clock_jump_plays_everything_in_order():
    session, clock, _ = run(BALANCE)
    events = at(session, clock, 1e6)  # the machine slept
    started = [e.phase_id for e in events if isinstance(e, PhaseStarted)]
    assert started == [p.id for p in BALANCE.phases][1:]
    said = [(e.phase_id, e.say) for e in events if isinstance(e, PromptDue) and e.say]
    assert said == [(f"stage-{n}", word) for n in range(1, 5) for word in ("Ready, begin", "Stop")]
    assert not any(isinstance(e, Tick) for e in events)
    assert events[-1].outcome == "complete"
    assert session.records[-1].ended_at == 4 * 30.0
    assert session.result == {"held_seconds": [10, 10, 10, 10]}
    assert session.update() == []


def test_update_twice_at_the_same_time_gives_nothing_new():
    session, clock, _ = run(CHAIR)
    assert session.update() == []  # same time as start(): PhaseStarted said it all
    assert at(session, clock, 2.0) == [Tick("ready", 2.0, 3.0)]
    assert session.update() == []
    events = at(session, clock, 8.0)
    assert len(no_ticks(events)) == 4  # count-in starts, "Ready", "Go" with its tone, stands start
    assert session.update() == []


def test_next_deadline_points_at_each_prompt_and_phase_end():
    session, clock, _ = run(CHAIR, start=10.0)
    assert session.next_deadline() == 15.0
    at(session, clock, 15.0)
    assert session.next_deadline() == 18.0  # "Go" at the count-in's end; "Ready" already said
    at(session, clock, 18.0)
    assert session.next_deadline() == 33.0  # "Halfway"
    at(session, clock, 33.0)
    assert session.next_deadline() == 48.0  # "Stop", the same moment as the end
    at(session, clock, 48.0)
    assert session.next_deadline() is None
    assert Run(CHAIR, clock).next_deadline() is None


def test_a_timer_armed_at_each_deadline_runs_the_whole_test():
    session, clock, _ = run(BALANCE)
    calls = 0
    while (deadline := session.next_deadline()) is not None:
        calls += 1
        clock.set(deadline)
        session.update()
    assert session.outcome == "complete"
    # 4 x (the prepare's end, with the stage start and its "Ready, begin"; the stage's "Stop"
    # and end, which fall at the same moment)
    assert calls == 8


# -- pause, stop ---------------------------------------------------------------------------


def test_pause_freezes_elapsed_and_shifts_deadlines():
    session, clock, _ = run(CHAIR)
    at(session, clock, 1.0, "tap")
    at(session, clock, 10.0)  # stands run 4.0-34.0
    assert at(session, clock, 12.0, "pause") == [Paused()]
    assert session.state == "paused"
    assert session.next_deadline() is None
    clock.set(70.0)
    assert session.elapsed() == 8.0
    assert session.remaining() == 22.0
    assert session.update() == []
    assert session.tap() == []
    assert session.pause() == []
    assert session.resume() == [Resumed()]
    assert session.elapsed() == 8.0
    assert session.next_deadline() == 19.0 + 58.0  # "Halfway" at 4 + 15, moved by the pause
    at(session, clock, 71.0, "tap")
    events = at(session, clock, 92.0)
    assert events[-1].outcome == "complete"
    rec = session.records[-1]
    assert (rec.started_at, rec.ended_at, rec.elapsed, rec.count) == (4.0, 92.0, 30.0, 1)


def test_pause_after_a_missed_deadline_plays_it_first():
    session, clock, _ = run(CHAIR)
    events = at(session, clock, 6.0, "pause")
    assert events == [PhaseStarted("count-in", 1, "count_in", 3, 8.0), PromptDue("count-in", say="Ready"),
                      Paused()]
    at(session, clock, 9.0, "resume")
    assert session.next_deadline() == 11.0


def test_stop_mid_phase_gives_no_result():
    session, clock, _ = run(CHAIR)
    at(session, clock, 1.0, "tap")
    at(session, clock, 6.0, "tap")
    at(session, clock, 7.0, "tap")
    assert at(session, clock, 9.5, "stop") == [Stopped()]
    assert session.state == "stopped"
    assert session.result is None
    assert session.outcome is None
    assert session.phase is None
    assert session.records[-1] == PhaseRecord("stands", "timed", 4.0, 9.5, 5.5, 2, "stop")
    for name in ("update", "tap", "pause", "resume", "stop"):
        assert at(session, clock, 50.0, name) == []
    assert session.next_deadline() is None
    with pytest.raises(RuntimeError):
        session.start()


def test_stop_while_paused_leaves_out_the_pause():
    session, clock, _ = run(TUG)
    at(session, clock, 5.0, "pause")
    at(session, clock, 40.0, "stop")
    assert session.records[-1] == PhaseRecord("walk", "timed", 3.0, 40.0, 2.0, 0, "stop")
    assert session.result is None


def test_stop_before_start():
    session = Run(CHAIR, FakeClock())
    assert session.stop() == [Stopped()]
    assert session.state == "stopped"
    assert session.records == ()


# -- five times sit-to-stand, TUG ------------------------------------------------------------------


def test_five_times_sts_ends_at_the_fifth_stand():
    session, clock, _ = run(STS, start=20.0)
    at(session, clock, 23.4)  # stands from 23.0
    for t in (25.1, 27.0, 29.2, 31.6):
        at(session, clock, t, "tap")
    events = at(session, clock, 34.3, "tap")
    assert events[0] == Counted("stands", 5)
    assert isinstance(events[1], Finished)
    assert events[1].outcome == "complete"
    assert session.records[-1].ended_by == "count"
    assert session.result == {"seconds": 11.3}


def test_five_times_sts_too_slow_is_incomplete():
    session, clock, _ = run(STS)
    for t in (10.0, 20.0, 30.0):
        at(session, clock, t, "tap")
    events = at(session, clock, 200.0)
    assert events[-1].outcome == "incomplete"
    assert session.records[-1] == PhaseRecord("stands", "timed", 3.0, 63.0, 60.0, 3, "timeout")
    assert session.result == {"completed": False}


def test_tug_done_tap_records_the_time():
    session, clock, _ = run(TUG)
    events = at(session, clock, 12.85, "tap")
    assert events[:2] == [PromptDue("count-in", say="Go", sound="start"),
                          PhaseStarted("walk", 1, "timed", 120, 123.0)]
    assert events[2].outcome == "complete"
    assert session.records[-1] == PhaseRecord("walk", "timed", 3.0, 12.85, pytest.approx(9.85), 0, "tap")
    assert session.result == {"seconds": 9.85}


def test_tug_timeout_is_incomplete():
    session, clock, _ = run(TUG)
    at(session, clock, 123.0)
    assert session.outcome == "incomplete"
    assert session.result == {"completed": False}


# -- balance ----------------------------------------------------------------------------------


def test_balance_all_four_stages_held():
    session, clock, _ = run(BALANCE)
    t = 0.0
    for _stage_n in range(4):
        t += 2.0
        at(session, clock, t, "tap")  # ready after 2 s
        t += 10.0
        at(session, clock, t + 0.05)
    assert session.outcome == "complete"
    assert session.result == {"held_seconds": [10, 10, 10, 10]}


def test_balance_fail_at_stage_three():
    session, clock, _ = run(BALANCE)
    at(session, clock, 1.0, "tap")  # stage 1: 1-11
    at(session, clock, 14.0, "tap")  # stage 2: 14-24
    at(session, clock, 25.0, "tap")  # stage 3 from 25
    assert session.phase.id == "stage-3"
    events = at(session, clock, 29.2, "tap")
    assert len(events) == 1
    assert isinstance(events[0], Finished)
    assert events[0].outcome == "failed_stage"
    assert session.records[-1] == PhaseRecord("stage-3", "timed", 25.0, 29.2, pytest.approx(4.2), 0, "fail")
    assert session.result == {"held_seconds": [10, 10, 4.2]}
    assert "get-into-4" not in [r.phase_id for r in session.records]
    assert at(session, clock, 500.0) == []


# -- time_scale ----------------------------------------------------------------------------------


@pytest.mark.parametrize("scale", [0, -1, -0.01, float("nan"), float("inf")])
def test_time_scale_must_be_positive(scale):
    with pytest.raises(ValueError, match="time_scale"):
        Run(CHAIR, FakeClock(), time_scale=scale)


def _play(proto: Protocol, scale: float, taps: list[float], end: float) -> Run:
    """Taps at real-time moments ``taps``, on a clock running ``scale`` times real time."""
    session, clock, _ = run(proto, start=1000.0, scale=scale)
    for t in taps:
        at(session, clock, 1000.0 + t * scale, "tap")
    at(session, clock, 1000.0 + end * scale)
    return session


@pytest.mark.parametrize(("proto", "taps", "expected"), [
    (CHAIR, [1.0, 6.0, 7.5, 9.0], {"count": 3}),
    (STS, [5.0, 7.0, 9.0, 11.0, 14.1], {"seconds": 11.1}),
    (STS, [5.0], {"completed": False}),
    (TUG, [12.3], {"seconds": 9.3}),
    (BALANCE, [1.0, 13.0, 25.0, 29.2], {"held_seconds": [10, 10, 4.2]}),
    (BALANCE, [1.0, 13.0, 25.0, 37.0], {"held_seconds": [10, 10, 10, 10]}),
])
@pytest.mark.parametrize("scale", [1.0, 0.01, 0.37])
def test_a_shortened_run_gives_the_same_result_in_real_seconds(proto, taps, expected, scale):
    session = _play(proto, scale, taps, end=1000.0)
    assert session.result == expected


def test_time_scale_shortens_phases_and_prompts():
    session, clock, events = run(CHAIR, scale=0.01)
    assert events == [PhaseStarted("ready", 0, "prepare", 0.05, 0.05)]
    at(session, clock, 0.05)
    assert session.next_deadline() == pytest.approx(0.08)
    assert session.remaining() == pytest.approx(0.03)


# -- every method in every state -------------------------------------------------------------------


def test_start_twice_raises():
    session, _, _ = run(CHAIR)
    with pytest.raises(RuntimeError, match="already"):
        session.start()


def test_before_start_nothing_happens():
    session = Run(CHAIR, FakeClock())
    assert session.state == "ready"
    for name in ("update", "tap", "pause", "resume"):
        assert getattr(session, name)() == []
    assert (session.phase, session.count, session.elapsed(), session.remaining()) == (None, 0, 0.0, 0.0)
    assert (session.result, session.next_deadline(), session.records) == (None, None, ())


def test_after_finish_nothing_happens():
    session, clock, _ = run(TUG)
    at(session, clock, 10.0, "tap")
    assert session.state == "finished"
    for name in ("update", "tap", "pause", "resume", "stop"):
        assert at(session, clock, 11.0, name) == []
    assert session.state == "finished"
    assert session.result == {"seconds": 7.0}
    assert (session.phase, session.elapsed(), session.remaining()) == (None, 0.0, 0.0)


def test_display_values_stay_in_bounds_when_update_is_late():
    session, clock, _ = run(TUG)
    clock.set(500.0)  # nobody has called update() yet
    assert session.elapsed() == 3.0
    assert session.remaining() == 0.0


# -- the property: any update schedule gives the records of a perfect one -------------------------

PROTOCOLS = [CHAIR, STS, TUG, BALANCE]


def _drive(proto: Protocol, actions: list[tuple[float, str]], extra_updates: list[float] | None):
    """Run ``actions`` (time, "tap" | "pause" | "resume") in order. With ``extra_updates``,
    also call update() at those times; without, call it exactly at every deadline."""
    session, clock, events = run(proto)
    steps = sorted([*actions, *((t, "update") for t in extra_updates or ())], key=lambda s: s[0])
    for t, action in [*steps, (10_000.0, "update")]:
        if extra_updates is None:
            while (deadline := session.next_deadline()) is not None and deadline <= t:
                events += at(session, clock, deadline)
        events += at(session, clock, t, action)
    return session, no_ticks(events)


@settings(max_examples=150, deadline=None)
@given(proto=st.sampled_from(PROTOCOLS),
       taps=st.lists(st.floats(0, 200, allow_nan=False), max_size=12),
       updates=st.lists(st.floats(0, 200, allow_nan=False), max_size=30),
       pause=st.none() | st.tuples(st.floats(0, 150), st.floats(0, 60)))
def test_any_update_schedule_gives_the_same_records(proto, taps, updates, pause):
    actions = [(t, "tap") for t in taps]
    if pause is not None:
        actions += [(pause[0], "pause"), (pause[0] + pause[1], "resume")]
    actions.sort(key=lambda a: a[0])
    perfect, perfect_events = _drive(proto, actions, None)
    sloppy, sloppy_events = _drive(proto, actions, updates)
    assert sloppy.records == perfect.records
    assert sloppy_events == perfect_events
    assert sloppy.state == perfect.state == "finished"
    assert sloppy.result == perfect.result
    ends = [r.ended_at for r in perfect.records]
    assert ends == sorted(ends)
    for before, after in zip(perfect.records, perfect.records[1:], strict=False):
        assert after.started_at == before.ended_at


# -- the bundled protocols, when the content pack has them --------------------------------------

PROTOCOL_DIR = Path(__file__).resolve().parent.parent / "resources" / "content" / "en" / "protocols"


def _bundled(name: str) -> Protocol:
    path = PROTOCOL_DIR / f"{name}.yaml"
    if not path.is_file():
        pytest.skip(f"no {path.name} in the content pack yet")
    return Protocol.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("name", "taps", "expected"), [
    ("chair-stand-30s", [2.0, 7.0, 9.0, 11.0], {"count": 3}),
    ("five-times-sts", [2.0, 6.0, 7.0, 8.0, 9.0, 10.5], {"seconds": 5.5}),
    ("five-times-sts", [2.0, 6.0], {"completed": False}),
    ("tug", [2.0, 14.5], {"seconds": 9.5}),
    ("balance-4stage", [2.0, 16.0, 30.0, 37.2], {"held_seconds": [10, 10, 4.2]}),
    ("balance-4stage", [2.0, 16.0, 30.0, 44.0], {"held_seconds": [10, 10, 10, 10]}),
])
@pytest.mark.parametrize("scale", [1.0, 0.01])
def test_the_bundled_protocols_run(name, taps, expected, scale):
    session = _play(_bundled(name), scale, taps, end=2000.0)
    assert session.state == "finished"
    assert session.result == expected


def test_getting_ready_waits_for_the_tap_however_long_it_takes():
    """A prepare phase with no seconds never times out: the test cannot start by itself
    while someone is still getting into position."""
    waiting = protocol("tug", Phase(id="ready", kind="prepare", tap="next", tap_label="Ready"), count_in(),
                       Phase(id="walk", kind="timed", seconds=120, tap="done", tap_label="Seated",
                             on_timeout="incomplete"))
    clock = FakeClock()
    session = Run(waiting, clock)
    session.start()
    assert session.next_deadline() is None
    clock.advance(3600)
    session.update()
    assert session.phase.id == "ready"
    session.tap()
    assert session.phase.id == "count-in"
    assert session.next_deadline() == 3603.0  # "Ready" was said at the tap; "Go" 3 s on


def test_only_a_prepare_phase_may_have_no_limit():
    with pytest.raises(ValueError, match="only a prepare phase"):
        Phase(id="x", kind="timed", tap="count", tap_label="Stand")
    with pytest.raises(ValueError, match="only a prepare phase"):
        Phase(id="x", kind="prepare")
