"""The Check area driven the way a person (or their helper) drives it: clicks and keys on
the real main window. Timed runs use a fake clock moved by the test, except one that lets
Qt's own timers run a shortened protocol in real time. The window fixture fails a test that
leaves a timer running."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.qt.check.questionnaire_page import QuestionnairePage
from legapp.textsize import TEXT_SIZES

from .conftest import settle
from .layout_checks import screen_problems
from .people import Person, click


def shown(page) -> str:
    r = page.result
    return " ".join(label.text() for label in (r.score, r.heading, r.text, r.next_step, r.source, r.note))


# -- 30-second chair stand ------------------------------------------------------------------

def test_chair_stand_counts_each_tap_and_scores_against_the_cdc_table(person, qtbot):
    page = person.start("chair_stand_30s", age="72", sex="female")
    assert page.run.tap_button.text() == "I am ready"
    assert not page.run.clock_frame.isVisible()  # getting ready is not timed
    person.tap()
    assert page.run.caption.text() == "Ready"
    person.wait(3)
    assert page.run.caption.text() == "Go"
    assert page.run.tap_button.text() == "Stand"
    for _ in range(9):
        person.wait(2.5)
        person.tap()
    assert page.run.count.text() == "9"
    assert page.run.clock.text() == "8"  # 22.5 s gone: 7.5 s left, shown rounded up
    person.wait(7.4)
    assert page.running_view  # 0.1 s still to go
    person.wait(0.1)
    assert page.steps.currentWidget() is page.finish
    assert page.raw == {"count": 9}
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    text = shown(page)
    assert "9 stands" in text
    assert "fewer than 10 is below average" in text  # women 70-74: below average under 10
    assert "70 to 74" in text
    assert "10 to 15" in text
    assert "not a diagnosis" in text
    assert "CDC STEADI" in text
    assert page.last_result.at_risk is True


def test_a_stand_more_than_halfway_up_at_the_end_counts(person):
    page = person.start("chair_stand_30s", age="72", sex="female")
    person.stands(9, gap=3, halfway=True)
    assert page.last_result.score == 10
    assert page.last_result.at_risk is False  # 10 is not below 10


def test_needing_the_arms_scores_zero(person):
    page = person.start("chair_stand_30s", age="80", sex="male")
    person.stands(12, halfway=True, arms=True)
    assert page.last_result.score == 0
    assert "0 stands" in shown(page)


def test_getting_ready_takes_as_long_as_it_takes(person):
    page = person.start("balance_4stage")
    person.wait(3600)
    assert page.run.tap_button.text() == "Ready"
    assert page.runner.run.phase.kind == "prepare"
    assert not page.runner._deadline.isActive()  # nothing is due until the tap
    page.stop_run()


def test_see_the_result_waits_for_both_answers(person):
    page = person.start("chair_stand_30s")
    person.tap()
    person.wait(33)
    assert not page.finish.continue_button.isEnabled()
    person.answer("halfway", False)
    assert not page.finish.continue_button.isEnabled()
    person.answer("arms", False)
    assert page.finish.continue_button.isEnabled()


def test_space_taps_the_big_button(person, qtbot):
    page = person.start("chair_stand_30s")
    person.wait(0.6)
    qtbot.keyClick(page.run.tap_button, Qt.Key.Key_Space)  # I am ready
    person.wait(3)
    for _ in range(4):
        person.wait(1)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.run.tap_button.isDown())
    assert page.runner.run.count == 4


def test_a_count_typed_in_afterwards_is_checked_kindly(person, qtbot):
    page = person.open("chair_stand_30s")
    person.safe()
    person.about_me("68", "male")
    click(qtbot, page.setups["chair_stand_30s"].manual_button)
    box = page.finish.count_box
    assert box.isVisible()
    assert "How many times" in page.finish.count_label.text()
    person.answer("halfway", False)
    person.answer("arms", False)
    for bad in ("-3", "abc", "61", ""):
        box.clear()
        qtbot.keyClicks(box, bad)
        click(qtbot, page.finish.continue_button)
        assert page.steps.currentWidget() is page.finish
        assert page.finish.message.isVisible()
        assert page.finish.message.text().startswith("Please")
        assert page.last_result is None
    box.clear()
    qtbot.keyClicks(box, "11")
    person.see_result()
    assert page.last_result.score == 11
    assert page.last_result.at_risk is True  # men 65-69: below average under 12


def test_age_out_of_range_is_refused_kindly_and_kept_out(person, qtbot):
    page = person.open("chair_stand_30s")
    person.safe()
    for bad in ("200", "12", "7x", ""):
        person.about_me(bad)
        assert page.steps.currentWidget() is page.person
        assert page.person.message.isVisible()
        assert page.visit.who.age is None
    assert "18 to 110" in page.person.message.text() or "age" in page.person.message.text()
    person.about_me("101")
    assert page.visit.who.age == 101


def test_no_norm_outside_60_to_94_says_so(person):
    page = person.start("chair_stand_30s", age="45", sex="male")
    person.stands(1, gap=0)  # one stand straight after "Go"
    assert page.last_result.at_risk is None
    assert "does not give a number" in shown(page)


# -- 4-stage balance ------------------------------------------------------------------------

def hold(person, seconds=None):
    """Get into position (Ready), the count-in, then hold for ``seconds`` (the full time if None)."""
    person.tap()
    person.wait(3)
    assert person.page.run.caption.text() == "Begin"
    if seconds is None:
        person.wait(10)
    else:
        person.wait(seconds)
        person.tap()  # Feet moved / needed support


def test_balance_stops_at_the_first_position_not_held(person):
    page = person.start("balance_4stage")
    assert page.run.picture.path.name == "balance-1-side-by-side.svg"
    hold(person)
    assert page.run.picture.path.name == "balance-2-semi-tandem.svg"
    hold(person)
    assert page.run.picture.path.name == "balance-3-tandem.svg"
    assert page.run.phase_title.text().startswith("Third position")
    hold(person, 4.2)
    assert page.steps.currentWidget() is page.result
    assert page.raw == {"held_seconds": [10, 10, 4.2]}
    assert page.last_result.at_risk is True
    assert "2 of 4 positions held" in shown(page)
    assert "tai chi" in shown(page).lower()


def test_balance_held_all_the_way(person):
    page = person.start("balance_4stage")
    for _ in range(3):
        hold(person)
    hold(person, 6)
    assert page.raw == {"held_seconds": [10, 10, 10, 6]}
    assert page.last_result.at_risk is False
    assert page.last_result.sppb_points == 4


# -- five times sit-to-stand and timed up and go --------------------------------------------

def test_five_times_sit_to_stand_stops_the_clock_at_the_fifth_stand(person):
    page = person.start("five_times_sts", age="75")
    person.tap()
    person.wait(3)
    for gap in (2.1, 2.4, 2.2, 2.5, 2.3):
        assert page.run.clock_unit.text() == "seconds"  # counts up
        person.wait(gap)
        person.tap()
    assert page.raw == {"seconds": 11.5}
    person.answer("arms", False)
    person.see_result()
    assert "11.5 seconds" in shown(page)
    assert page.last_result.at_risk is False


def test_five_times_sit_to_stand_with_the_arms_is_not_completed(person):
    page = person.start("five_times_sts", age="75")
    person.tap()
    person.wait(3)
    for _ in range(5):
        person.wait(3.2)
        person.tap()
    person.answer("arms", True)
    person.see_result()
    assert page.last_result.meaning == "not_completed"
    assert "Not completed" in shown(page)


def test_timed_up_and_go_is_timed_from_go_to_seated(person):
    page = person.start("tug", age="81", sex="male")
    assert page.run.tap_button.text() == "They are ready"
    person.tap()
    person.wait(3)
    assert page.run.caption.text() == "Go"
    person.wait(13.2)
    assert page.run.clock.text() == "14"  # counts up, rounded up to the whole second
    person.tap()  # Seated
    assert page.steps.currentWidget() is page.result
    assert "13.2 seconds" in shown(page)
    assert page.last_result.at_risk is True  # 12 s or more


def test_timed_up_and_go_that_runs_out_is_well_past_the_line_not_no_score(person):
    """A TUG still going when the 2-minute timer ends is at least 120 s: far past 12 s."""
    page = person.start("tug", age="81")
    person.tap()
    person.wait(3)
    person.wait(120)
    assert page.steps.currentWidget() is page.result
    assert page.result.score.text() == "More than 120 seconds"
    assert page.last_result.at_risk is True
    assert "well past the 12-second line" in page.result.text.text()


def test_a_press_just_after_a_step_changes_counts_for_nothing_and_the_button_shows_it(person, qtbot):
    """A Space held a little long on "Start", or a finger resting on the screen: for 0.6 s
    after each new step the big button takes no press, by key or by touch, and looks it."""
    page = person.start("chair_stand_30s")
    button = page.run.tap_button
    assert button.property("settling") is True
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.runner.run.phase.id == "get_ready"  # "I am ready" was not taken
    assert button.hasFocus()  # it keeps focus: nothing else is pressed by the next key
    person.wait(0.59)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.runner.run.phase.id == "get_ready"
    person.wait(0.01)
    qtbot.waitUntil(lambda: not button.property("settling"), timeout=1000)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.runner.run.phase.id != "get_ready"
    person.wait(3)  # "Go": a new step, and a stand pressed with it is not counted
    assert page.run.tap_button.text() == "Stand"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.runner.run.count == 0
    person.wait(1)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.runner.run.count == 1
    page.stop_run()


# -- stopping, pausing, leaving ----------------------------------------------------------------

def test_esc_stops_at_once_and_nothing_is_scored(person, qtbot):
    page = person.start("chair_stand_30s")
    person.tap()
    person.wait(3)
    for _ in range(5):
        person.wait(2)
        person.tap()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert not page.running_view
    setup = page.setups["chair_stand_30s"]
    assert page.steps.currentWidget() is setup
    assert "nothing was scored" in setup.advice.text()
    assert page.runner.run.state == "stopped"
    assert page.runner.run.result is None
    assert page.last_result is None


@pytest.mark.parametrize(("check_id", "seconds", "press"), [
    ("balance_4stage", 5, lambda page, window: page.run.stop_button),
    ("tug", 4, lambda page, window: window.bar.home_button),  # leaving the page mid-test
], ids=["the-stop-button-stops-too", "leaving-the-page-mid-test-stops-it"])
def test_stop_or_leaving_ends_the_run_unscored(person, qtbot, check_id, seconds, press):
    page = person.start(check_id)
    person.tap()
    person.wait(seconds)
    click(qtbot, press(page, person.w))
    assert page.runner.run.state == "stopped"
    assert page.last_result is None


def test_pause_holds_the_clock(person, qtbot):
    page = person.start("chair_stand_30s")
    person.tap()
    person.wait(3)
    person.wait(10)
    click(qtbot, page.run.pause_button)
    assert page.run.pause_button.text() == "Go on"
    person.wait(300)
    assert page.runner.run.state == "paused"
    click(qtbot, page.run.pause_button)
    person.wait(0)
    assert page.run.clock.text() == "20"
    person.wait(20)
    assert page.steps.currentWidget() is page.finish


# -- real timers ------------------------------------------------------------------------------

def test_qt_timers_run_a_shortened_test_on_their_own(qtbot, make_window):
    """No fake clock: the runner's own timers end the count-in and the 30 seconds
    (shortened to 0.6 s), with the prompts in order."""
    w = make_window(time_scale=0.02)
    person = Person(qtbot, w, None)
    page = person.start("chair_stand_30s")
    said = []
    page.media.speaker.spoken.connect(said.append)
    person.tap()
    qtbot.waitUntil(lambda: page.run.tap_button.text() == "Stand", timeout=3000)
    for _ in range(3):
        person.tap()
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.finish, timeout=5000)
    assert said == ["Ready", "Go", "Halfway there. Keep going.", "Stop"]
    assert page.raw == {"count": 3}
    assert not page.runner._deadline.isActive()
    assert not page.runner._tick.isActive()


@pytest.mark.parametrize(("check_id", "taps", "expected"), [
    ("balance_4stage", ["Ready", "Ready", "Ready", "Ready"], {"held_seconds": [10, 10, 10, 10]}),
    ("five_times_sts", ["I am ready", "Stand", "Stand", "Stand", "Stand", "Stand"], None),
    ("tug", ["They are ready", "Seated"], None),
])
def test_qt_timers_run_every_shortened_test_to_its_end(qtbot, make_window, check_id, taps, expected):
    """Each protocol in real time at a hundredth of its length: the person taps when the
    big button says so, and Qt's own timers do the rest."""
    w = make_window(time_scale=0.01)
    person = Person(qtbot, w, None)
    page = person.start(check_id, age="70")
    for label in taps:
        qtbot.waitUntil(lambda label=label: page.run.tap_button.isVisible()
                        and page.run.tap_button.text() == label, timeout=3000)
        person.tap()
    if page.steps.currentWidget() is page.time_check:  # a hundredth of the time is very fast
        click(qtbot, page.time_check.right_button)
    if page.steps.currentWidget() is page.finish:
        person.answer("arms", False)
        person.see_result()
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    assert page.last_result is not None
    if expected is not None:
        assert page.raw == expected
    else:
        assert 0 < page.raw["seconds"] < 5  # real seconds, scaled back from the short run


# -- questionnaires ---------------------------------------------------------------------------

def test_checklist_one_question_a_screen_with_back(person, qtbot):
    person.open("stay_independent")
    page = person.page
    assert isinstance(page, QuestionnairePage)
    answers = {True: 0, False: 1}  # button index of Yes and No
    assert page.asking.progress.text() == "Question 1 of 12"
    click(qtbot, page.answers[answers[True]])   # fallen in the past year: 2 points
    click(qtbot, page.answers[answers[True]])   # cane or walker: 2 points
    click(qtbot, page.asking.back_button)       # changed their mind
    assert page.asking.progress.text() == "Question 2 of 12"
    assert page.answers[answers[True]].isChecked()
    click(qtbot, page.answers[answers[False]])
    for yes in (False, False, True, False, False, False, False, False, False, True):
        click(qtbot, page.answers[answers[yes]])
    assert page.steps.currentWidget() is page.result
    assert page.result.score.text() == "4 of 14 points"
    assert page.run.result().at_risk is True  # 4 or more


def test_sarc_f_totals_the_points(person, qtbot):
    person.open("sarc_f")
    page = person.page
    for points in (1, 0, 1, 1, 0):
        click(qtbot, page.answers[points])
    assert page.result.score.text() == "3 of 10 points"
    assert page.run.result().at_risk is False  # under 4


# -- safety, helper wording, speech -----------------------------------------------------------

def test_any_red_flag_means_no_test_today(person, qtbot, pack):
    page = person.open("chair_stand_30s")
    yes, _ = page.safety.choices["dizziness"]
    for qid, (_yes, no) in page.safety.choices.items():
        click(qtbot, yes if qid == "dizziness" else no)
    click(qtbot, page.safety.continue_button)
    assert page.steps.currentWidget() is page.refused
    assert page.refused.title.text() == pack.safety.stop_title
    assert "doctor" in page.refused.text.text()
    click(qtbot, page.refused.back_button)
    assert person.w.history.current == Route("check")


def test_helper_wording_is_offered_at_the_start_and_remembered(qtbot, make_window, tmp_path, pack):
    clock = FakeClock()
    w = make_window(clock=clock)
    person = Person(qtbot, w, clock)
    page = person.open("chair_stand_30s")
    first = page.safety.questions[0]
    assert first.text() == pack.safety.questions[0].text
    click(qtbot, page.safety.helper)
    assert first.text() == pack.safety.questions[0].caregiver_text
    saved = json.loads((tmp_path / "data" / "settings.json").read_text())
    assert saved["caregiver"] is True
    person.safe()
    person.about_me("79", "male")
    assert page.setups["chair_stand_30s"].instructions_title.text() == "Read these steps to them:"
    click(qtbot, page.setups["chair_stand_30s"].start_button)
    assert page.run.text.text().startswith("Help them sit")
    w.go(Route("check"))
    assert w.current_page.helper_button.isChecked()


def test_without_a_speech_engine_the_captions_carry_on(qtbot, make_window):
    clock = FakeClock()
    w = make_window(clock=clock, tts_engine="no-such-engine")
    person = Person(qtbot, w, clock)
    page = person.start("chair_stand_30s")
    person.tap()
    person.wait(3)
    assert page.run.caption.text() == "Go"
    assert page.media.speaker.available is False
    assert "no-such-engine" in page.media.speaker.problem
    person.wait(31)
    assert page.steps.currentWidget() is page.finish


def test_mock_engine_speaks(person):
    page = person.start("chair_stand_30s")
    person.tap()
    assert page.media.speaker.available is True
    assert page.media.speaker._engine().engine() == "mock"


def test_no_audio_device_flashes_the_clock_instead(person, monkeypatch):
    page = person.start("chair_stand_30s")
    monkeypatch.setattr(page.media.sounds, "_audio", False)
    person.tap()
    person.wait(3)  # "Go" and the start sound
    assert page.run.clock_frame.property("flash") is True


@pytest.mark.parametrize("size", [0, len(TEXT_SIZES) - 1])
def test_every_check_step_is_named_big_enough_and_unclipped(person, qtbot, size):
    """The accessibility walk of the Learn screens, over every step of a test and a
    questionnaire, at the default and the largest text size."""
    person.w.set_text_size(size)
    problems, seen = [], []

    def walk():
        settle(qtbot, 40)
        problems.extend(screen_problems(person.page))
        seen.append(person.page.steps.currentWidget())

    page = person.open("chair_stand_30s", company=None)
    walk()  # Who is here?
    person.who_is_here("helped")
    walk()
    person.safe()
    walk()
    person.about_me("70")
    walk()
    click(qtbot, page.setups["chair_stand_30s"].start_button)
    walk()
    person.tap()
    person.wait(3)
    walk()
    person.wait(30)
    walk()  # no stand was tapped: the number is asked
    qtbot.keyClicks(page.finish.count_box, "9")
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    walk()
    page = person.open("sarc_f")
    walk()
    for _ in range(5):
        click(qtbot, page.answers[2])
    walk()
    assert len(set(seen)) == 9
    assert not problems


def test_age_and_sex_are_asked_once_and_can_be_changed(person, qtbot):
    page = person.open("chair_stand_30s")
    person.safe()
    person.about_me("72", "female")
    setup = page.setups["chair_stand_30s"]
    assert setup.who.text() == "For: a woman aged 72"
    page = person.open("five_times_sts")
    person.safe()
    assert page.steps.currentWidget() is page.setups["five_times_sts"]  # not asked again
    click(qtbot, page.setups["five_times_sts"].change_button)
    assert page.steps.currentWidget() is page.person
    assert page.person.age.text() == "72"
    person.about_me("68", "male")
    assert page.setups["five_times_sts"].who.text() == "For: a man aged 68"
    assert (page.visit.who.age, page.visit.who.sex) == (68, "male")


def test_the_flash_really_changes_the_clock_frame(person, monkeypatch, qtbot):
    page = person.start("chair_stand_30s")
    frame = page.run.clock_frame
    person.tap()
    settle(qtbot)
    calm = frame.grab().toImage().pixelColor(6, frame.height() // 2)
    monkeypatch.setattr(page.media.sounds, "_audio", False)
    person.wait(3)  # "Go": a sound no one can hear, so the frame lights up
    settle(qtbot)
    lit = frame.grab().toImage().pixelColor(6, frame.height() // 2)
    assert lit != calm


@pytest.mark.parametrize(("check_id", "taps_after_go"), [("tug", 1), ("five_times_sts", 5)])
def test_a_time_faster_than_a_person_can_do_it_is_asked_about_not_scored(person, qtbot, check_id,
                                                                        taps_after_go):
    page = person.start(check_id, age="75")
    person.tap()
    person.wait(3)
    for _ in range(taps_after_go):
        person.wait(3.5 / taps_after_go)
        person.tap()  # 3.5 s for the whole walk, or for five stands: not a real time
    assert page.steps.currentWidget() is page.time_check
    assert "3.5 seconds" in page.time_check.question.text()
    assert page.last_result is None
    # Focus on Listen: a press still meant for the big button neither keeps nor drops the time.
    assert page.time_check.first_control is page.time_check.read_aloud.listen_button
    click(qtbot, page.time_check.again_button)
    assert page.steps.currentWidget() is page.setups[check_id]
    assert "not scored" in page.setups[check_id].advice.text()
    assert page.last_result is None


def test_a_fast_time_that_was_right_is_scored(person, qtbot):
    page = person.start("tug", age="75")
    person.tap()
    person.wait(3)
    person.wait(3.9)
    person.tap()
    assert page.steps.currentWidget() is page.time_check
    click(qtbot, page.time_check.right_button)
    assert page.steps.currentWidget() is page.result
    assert page.last_result.score == pytest.approx(3.9)
    person.w.go(person.w.history.home())


# -- the way to the exercises ---------------------------------------------------------------

def test_a_result_that_suggests_exercises_opens_them(person, qtbot):
    page = person.chair_stand(8)  # below average at 72
    assert "“Keep your legs strong”" in page.result.next_step.text()
    button = page.result.exercises_button
    assert button.isVisible()
    click(qtbot, button)
    assert person.w.history.current == Route("act")
    assert person.page.accessibleName() == "Keep your legs strong"


def test_a_result_that_does_not_suggest_them_has_no_such_button(person, qtbot):
    page = person.start("balance_4stage")
    for _ in range(3):
        hold(person)
    hold(person, 6)
    assert page.steps.currentWidget() is page.result
    assert not page.result.exercises_button.isVisible()


def test_the_questionnaires_offer_the_exercises_where_their_result_suggests_them(person, qtbot):
    person.open("sarc_f")
    page = person.page
    for points in (2, 2, 1, 1, 0):  # 6 of 10: signs of muscle loss
        click(qtbot, page.answers[points])
    assert page.result.exercises_button.isVisible()
    click(qtbot, page.result.exercises_button)
    assert person.w.history.current == Route("act")
    person.open("sarc_f")
    page = person.page
    for points in (0, 0, 0, 0, 0):
        click(qtbot, page.answers[points])
    assert not page.result.exercises_button.isVisible()


def test_feet_moved_at_once_still_ends_the_stage(person):
    """A "feet moved" tap is never a stray press: even a moment after the hold began it
    counts, or a stage not held would count as held."""
    page = person.start("balance_4stage")
    hold(person, 0.3)
    assert page.steps.currentWidget() is page.result
    assert page.raw == {"held_seconds": [0.3]}
    assert page.last_result.at_risk is True


def test_a_space_held_or_pressed_twice_on_ready_does_not_stop_the_test(person, qtbot):
    """The count-in has no button, where Space means Stop: a second press in the moment
    after "I am ready" (or the key repeating) does nothing."""
    page = person.start("chair_stand_30s")
    person.wait(0.6)
    qtbot.keyClick(page.run.tap_button, Qt.Key.Key_Space)  # I am ready
    assert not page.run.tap_button.isVisible()  # the count-in
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the same Space again, a moment later
    assert page.running_view
    assert page.panel.running
    assert not page._keys[1].autoRepeat()
    page.stop_run()


def test_a_double_tap_on_an_answer_answers_one_question_only(qtbot, make_window):
    """The next question's answers appear under the finger: the second tap of a double tap
    (within 0.6 s of the new question) is not taken as its answer; a tap after is."""
    clock = FakeClock(100.0)
    w = make_window(clock=clock)
    w.go(Route("questionnaire", "stay_independent"))
    settle(qtbot)
    page = w.current_page
    clock.advance(1.0)  # the first question read
    qtbot.mouseClick(page.answers[0], Qt.MouseButton.LeftButton)
    assert page.run.index == 1
    clock.advance(0.2)  # the second tap of a double tap lands on the next question's Yes
    qtbot.mouseClick(page.answers[0], Qt.MouseButton.LeftButton)
    assert page.run.index == 1
    assert page.run.answer_of(page.run.question.id) is None
    clock.advance(0.6)  # read, then answered
    qtbot.mouseClick(page.answers[0], Qt.MouseButton.LeftButton)
    assert page.run.index == 2
