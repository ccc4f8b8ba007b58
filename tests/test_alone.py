"""A test done with nobody to tap, without Qt: the runs made for a person alone keep the
pack's seconds and prompts (the halfway prompt 15 s into the 30 s of standing, however the
count-in went), the balance answers give the raw result the protocol's stopping rule
gives, "Who is here?" is kept for the visit, and the report says how each result was
counted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from legapp import assess
from legapp.checks import alone as solo
from legapp.checks.scoring import score_run
from legapp.content.loader import load_pack
from legapp.engine import FakeClock, Finished, PhaseStarted, PromptDue, Run
from legapp.paths import bundled_content_dir
from legapp.settings import Settings
from legapp.track import report as rp
from legapp.track.profiles import Profile
from legapp.track.records import record_of
from legapp.visit import Visit

PACKS = {lang: load_pack(bundled_content_dir(lang)) for lang in ("en", "es")}


def chair(lang: str = "en", *, alone: bool = False):
    protocol = PACKS[lang].protocol("chair_stand_30s")
    return solo.alone_chair_stand(protocol) if alone else protocol


def said_at(run: Run, clock: FakeClock, until: float, step: float = 0.25) -> list[tuple[float, str]]:
    """(clock time, words) of every prompt, moving the clock in steps up to ``until``."""
    out = []
    while clock.now() < until:
        clock.advance(step)
        out += [(clock.now(), e.say) for e in run.update() if isinstance(e, PromptDue) and e.say]
    return out


# -- the halfway prompt -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("alone", [False, True])
def test_the_halfway_prompt_is_15_s_into_the_30_s_of_standing_not_earlier(lang, alone):
    protocol = chair(lang, alone=alone)
    halfway = next(p.say for p in protocol.phases[-1].prompts if p.at == 15)
    clock = FakeClock(100.0)
    run = Run(protocol, clock)
    run.start()
    clock.advance(7.3)  # as long as getting ready takes
    run.tap()  # I am ready: the count-in starts now
    ready_at = clock.now()
    clock.advance(3.0)  # the count-in: "Ready", then "Go"
    events = run.update()
    go, = [e for e in events if isinstance(e, PhaseStarted)]
    assert go.kind == "timed"
    began = go.deadline - go.seconds
    assert began == pytest.approx(ready_at + 3.0)  # the standing starts as the count-in ends, and not before
    clock.set(began + 14.99)
    assert halfway not in [e.say for e in run.update() if isinstance(e, PromptDue)]  # not earlier
    assert run.remaining() == pytest.approx(15.01)
    clock.set(began + 15.0)
    assert halfway in [e.say for e in run.update() if isinstance(e, PromptDue)]  # 15 s in, 15 s left
    assert run.remaining() == pytest.approx(15.0)
    clock.set(began + 30.0)
    assert any(isinstance(e, Finished) for e in run.update())


def test_the_halfway_prompt_waits_for_a_pause_in_the_count_in_and_in_the_standing():
    clock = FakeClock(0.0)
    run = Run(chair(), clock)
    run.start()
    run.tap()  # I am ready at 0
    clock.advance(1)
    run.pause()  # during the count-in
    clock.advance(20)
    run.resume()
    assert said_at(run, clock, 23.0) == [(23.0, "Go")]  # 3 s of count-in, the 20 s paused left out
    clock.advance(5)
    run.update()
    run.pause()  # 5 s into the standing
    clock.advance(60)
    run.resume()
    heard = said_at(run, clock, 98.5)
    assert (98.0, "Halfway there. Keep going.") in heard
    assert all(t >= 98.0 for t, _ in heard)  # not a moment earlier


# -- the runs for a person alone -------------------------------------------------------------------

def test_the_chair_stand_alone_has_nothing_to_tap_while_standing_and_keeps_the_pack_timing():
    pack_run, alone_run = chair(), chair(alone=True)
    assert [p.kind for p in alone_run.phases] == [p.kind for p in pack_run.phases]
    for mine, theirs in zip(alone_run.phases[1:], pack_run.phases[1:], strict=True):
        assert mine.seconds == theirs.seconds
        assert (mine.prompts, mine.on_timeout) == (theirs.prompts, theirs.on_timeout)
    assert [p.tap for p in alone_run.phases] == ["next", "none", "none"]  # "I am ready" may start it sooner
    assert alone_run.phases[0].seconds == solo.GET_READY_SECONDS  # ... but nothing needs a tap
    assert not any("Tap Stand" in p.text for p in alone_run.phases)
    clock = FakeClock(0.0)
    run = Run(alone_run, clock)
    said = [e.say for e in run.start() if isinstance(e, PromptDue)]
    clock.advance(solo.GET_READY_SECONDS + 3 + 10)
    said += [e.say for e in run.update() if isinstance(e, PromptDue)]
    assert said == ["Ready", "Go"]  # the count-in and "Go" came by themselves
    assert run.tap() == []  # a tap while standing does nothing
    clock.advance(20)
    said += [e.say for e in run.update() if isinstance(e, PromptDue)]
    assert said[-2:] == ["Halfway there. Keep going.", "Stop"]
    assert run.result == {"count": 0}  # which the page never keeps: it asks


def test_a_balance_position_alone_is_held_without_a_tap_and_ends_for_the_question():
    protocol = PACKS["en"].protocol("balance_4stage")
    for index in range(4):
        stage = solo.alone_balance_stage(protocol, index)
        assert [p.kind for p in stage.phases] == ["prepare", "count_in", "timed"]
        hold = stage.phases[-1]
        assert (hold.seconds, hold.tap, hold.on_timeout) == (10, "none", "finish")
        assert hold.prompts == protocol.phases[3 * index + 2].prompts
        clock = FakeClock(0.0)
        run = Run(stage, clock)
        run.start()
        run.tap()  # Ready
        clock.advance(13)
        assert any(isinstance(e, Finished) for e in run.update())


@pytest.mark.parametrize(("answers", "held", "stages_held", "at_risk"), [
    ([False], [0.0], 0, True),
    ([True, False], [10.0, 0.0], 1, True),
    ([True, True, False], [10.0, 10.0, 0.0], 2, True),
    ([True, True, True, False], [10.0, 10.0, 10.0, 0.0], 3, False),
    ([True, True, True, True], [10.0, 10.0, 10.0, 10.0], 4, False),
])
def test_balance_answers_stop_at_the_first_no_as_the_protocol_says(answers, held, stages_held, at_risk):
    protocol = PACKS["en"].protocol("balance_4stage")
    for partial in range(1, len(answers)):
        assert solo.balance_held(protocol, answers[:partial]) is None  # still going
    raw = solo.balance_held(protocol, answers)
    assert raw == {"held_seconds": held}
    result = score_run("balance_4stage", raw, {}, None, None)
    assert (result.score, result.at_risk) == (stages_held, at_risk)


def test_only_the_tests_that_need_someone_to_stop_the_clock_are_not_offered_alone():
    assert [p.id for p in PACKS["en"].protocols if not solo.can_do_alone(p.scoring)] == \
        ["five_times_sts", "tug", "walk_4m"]


# -- who is here, once a visit ----------------------------------------------------------------------

def test_who_is_here_is_kept_for_the_visit_and_agrees_with_the_helper_switch():
    visit = Visit(Settings())
    assert visit.company is None
    visit.set_company("alone")
    assert (visit.company, visit.caregiver) == ("alone", False)
    visit.set_company("helping")
    assert (visit.company, visit.caregiver) == ("helping", True)  # the helper's words
    visit.set_caregiver(False)  # the switch turned off: who is helping whom is asked again
    assert visit.company is None
    visit.set_caregiver(True)
    assert visit.company == "helping"
    with pytest.raises(ValueError, match="unknown answer"):
        visit.set_company("nobody")
    assert visit.fresh().company == "helping"  # the switch is a saved setting: it still says so
    visit.set_company("alone")
    assert visit.fresh().company is None  # a new visit (the next person) is asked again


# -- how it was counted, in the report ---------------------------------------------------------------

ANA = Profile(1, "Ana", 1954, "female")


def _record(raw, day):
    result = assess.score_chair_stand_30s(raw["count"], 72, "female")
    return record_of(result, raw, profile_id=1, content_version=1,
                     taken_at=datetime(2026, 3, day, 10, tzinfo=UTC), age=72, sex="female")


def test_the_report_says_how_each_result_was_counted():
    records = [_record({"count": 9, "counted_by": "helper"}, 1),
               _record({"count": 12, "counted_by": "typed"}, 2)]
    section, = rp.build_report(ANA, records, PACKS["en"], date(2026, 4, 1)).sections
    assert section.latest.counted == ("The number of stands was typed in afterwards, "
                                      "not tapped during the test.")
    assert section.previous.counted == "Counted by a helper, who tapped the screen during the test."
    balance = assess.score_balance_4stage([10.0, 0.0])
    raw = {"held_seconds": [10.0, 0.0], "counted_by": "self_answered"}
    line = rp.report_line(record_of(balance, raw, profile_id=1, content_version=1,
                                    taken_at=datetime(2026, 3, 3, tzinfo=UTC)), PACKS["en"])
    assert line.counted.startswith("Done alone: after each position the person said whether they held")
    older = rp.report_line(_record({"count": 9}, 4), PACKS["en"])  # kept before this was
    assert older.counted == ""
