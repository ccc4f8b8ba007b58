"""A timed test with nobody to tap, on the real window: "Who is here?" once a visit; the
chair stand alone run by the voice and the clock, the number of stands asked afterwards
(never 0 unasked); the balance alone, asked after each position; the TUG and the five
times sit-to-stand alone, which need someone to time them; how each result was counted,
kept with it; and where focus lands when a run ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from legapp.navigation import Route

from .people import THIS_YEAR, click
from .test_kiosk import kiosk  # noqa: F401 (the kiosk fixture)


def kept_raws(person) -> list[dict]:
    visit = person.w.visit
    return [r.raw for r in visit.history.results(visit.who.profile_id)]


def with_ana(person):
    person.add_person("Ana", str(THIS_YEAR - 72))


def alone_to_the_count(person, check_id: str = "chair_stand_30s"):
    """A saved person alone: "Just me", the safety questions, Start, "I am ready", and the
    whole 30 seconds with nothing tapped."""
    page = person.open(check_id, company="alone")
    person.safe()
    if page.steps.currentWidget() is page.person:  # a guest: their age and sex
        person.about_me("72")
    click(person.qtbot, page.setups[check_id].start_button)
    person.tap()  # I am ready: before the arms are crossed
    person.wait(3)
    return page


# -- the chair stand alone ---------------------------------------------------------------------

def test_a_chair_stand_alone_is_run_by_the_voice_and_clock_and_asks_the_count(person, qtbot):
    with_ana(person)
    said = []
    page = person.open("chair_stand_30s", company=None)
    assert page.steps.currentWidget() is page.who_is_here
    person.who_is_here("alone")
    person.safe()
    setup = page.setups["chair_stand_30s"]
    assert setup.alone_note.isVisible()
    assert "nothing to tap" in setup.alone_note.text()
    assert setup.company.text() == "Who is here: Just me"
    page.media.speaker.spoken.connect(said.append)
    click(qtbot, setup.start_button)  # and from here on, nobody taps anything
    assert "starts by itself in 10 seconds" in page.run.text.text()
    person.wait(9.9)
    assert page.runner.run.phase.kind == "prepare"  # time to sit down and cross the arms
    person.wait(0.1)
    assert page.run.caption.text() == "Ready"
    person.wait(3)
    assert page.run.caption.text() == "Go"
    assert not page.run.tap_button.isVisible()  # nothing to tap while standing
    assert not page.run.count.isVisible()
    assert page.run.stop_button.isVisible()  # Stop is always there
    person.wait(30)
    assert said == ["Ready", "Go", "Halfway there. Keep going.", "Stop"]
    assert page.steps.currentWidget() is page.finish
    assert page.finish.count.isVisible()  # asked, never saved as 0
    assert page.last_result is None
    assert kept_raws(person) == []
    qtbot.keyClicks(page.finish.count_box, "12")
    person.answer("halfway", True)
    person.answer("arms", False)
    person.see_result()
    assert page.last_result.score == 13  # the half stand at the end counts
    assert kept_raws(person) == [{"count": 12, "halfway": True, "arms": False, "counted_by": "typed"}]


def test_a_chair_stand_alone_never_saves_0_unasked(person, qtbot):
    with_ana(person)
    page = alone_to_the_count(person)
    person.wait(30)
    person.answer("halfway", False)
    person.answer("arms", False)
    click(qtbot, page.finish.continue_button)  # no number given
    assert page.steps.currentWidget() is page.finish
    assert page.finish.message.isVisible()
    assert page.last_result is None
    assert kept_raws(person) == []
    qtbot.keyClicks(page.finish.count_box, "0")  # a 0 the person gives is theirs
    person.see_result()
    assert kept_raws(person)[0]["count"] == 0
    assert kept_raws(person)[0]["counted_by"] == "typed"


def test_a_helper_run_with_no_stand_tapped_asks_instead_of_saving_0(person, qtbot):
    with_ana(person)
    page = person.start("chair_stand_30s")  # "Someone is helping me"
    person.tap()
    person.wait(33)
    assert page.raw == {"count": 0}
    assert page.finish.count.isVisible()
    assert page.finish.count_label.text().startswith("No stand was tapped.")
    assert kept_raws(person) == []
    qtbot.keyClicks(page.finish.count_box, "9")
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    assert kept_raws(person) == [{"count": 9, "halfway": False, "arms": False, "counted_by": "typed"}]


def test_a_run_a_helper_tapped_is_kept_as_counted_by_a_helper(person):
    with_ana(person)
    page = person.start("chair_stand_30s")
    person.stands(11)
    assert not page.finish.count.isVisible()
    assert kept_raws(person) == [{"count": 11, "halfway": False, "arms": False, "counted_by": "helper"}]


# -- the number of stands --------------------------------------------------------------------------

def test_plus_and_minus_go_one_at_a_time_from_0_to_60(person, qtbot):
    page = alone_to_the_count(person)
    person.wait(30)
    entry = page.finish.count
    for button in (entry.minus_button, entry.plus_button):
        assert min(button.width(), button.height()) >= 48
    click(qtbot, entry.minus_button)  # nothing typed is 0: it goes no lower
    assert entry.text() == "0"
    assert page.finish.message.isVisible()
    qtbot.mousePress(entry.plus_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1500)  # held down well past any repeat delay
    qtbot.mouseRelease(entry.plus_button, Qt.MouseButton.LeftButton)
    assert entry.text() == "1"  # one press, one step
    assert not page.finish.message.isVisible()
    for _ in range(3):
        click(qtbot, entry.plus_button)
    assert entry.text() == "4"
    entry.box.setText("60")
    click(qtbot, entry.plus_button)
    assert entry.text() == "60"
    assert "0 to 60" in page.finish.message.text()
    for bad in ("75", "abc"):
        entry.box.setText(bad)
        click(qtbot, entry.plus_button)
        assert entry.text() == bad  # a number that will not do changes nothing
        assert page.finish.message.isVisible()
        assert page.finish.message.text().startswith("Please")
    page.stop_run()


def test_the_count_buttons_are_60_px_in_a_kiosk(kiosk, qtbot):  # noqa: F811
    person = kiosk
    page = person.open("chair_stand_30s", company="alone")
    person.safe()
    person.about_me("72")
    click(qtbot, page.setups["chair_stand_30s"].start_button)
    person.tap()
    person.wait(33)
    entry = page.finish.count
    assert min(entry.minus_button.height(), entry.plus_button.height(), entry.box.height()) >= 60
    assert min(entry.minus_button.width(), entry.plus_button.width()) >= 60
    qtbot.waitUntil(person.controller.pad.isVisible)  # the number pad serves the box too
    assert person.controller.pad.target is entry.box


# -- the balance test alone ----------------------------------------------------------------------

def hold_a_position(person, page):
    person.tap()  # Ready: steady, holding the chair
    person.wait(3)
    assert page.runner.run.phase.kind == "timed"
    assert not page.run.tap_button.isVisible()  # nothing to tap while holding still
    person.wait(10)
    assert page.steps.currentWidget() is page.held


def test_the_balance_alone_asks_after_each_position_and_stops_at_the_first_no(person, qtbot):
    with_ana(person)
    page = person.open("balance_4stage", company="alone")
    person.safe()
    click(qtbot, page.setups["balance_4stage"].start_button)
    titles = []
    for answer in (True, True, False):
        hold_a_position(person, page)
        titles.append(page.held.position.text())
        assert page.last_result is None
        click(qtbot, page.held.yes if answer else page.held.no)
    assert titles == ["First position: feet side by side", "Second position: one foot a little forward",
                      "Third position: one foot in front of the other"]
    assert page.steps.currentWidget() is page.result  # the fourth position is not tried
    assert page.last_result.stages_held == 2
    assert page.last_result.at_risk is True  # the tandem stance was not held
    assert kept_raws(person) == [{"held_seconds": [10.0, 10.0, 0.0], "counted_by": "self_answered"}]


def test_the_balance_alone_held_all_through(person, qtbot):
    page = person.open("balance_4stage", company="alone")
    person.safe()
    click(qtbot, page.setups["balance_4stage"].start_button)
    for _ in range(4):
        hold_a_position(person, page)
        click(qtbot, page.held.yes)
    assert page.last_result.stages_held == 4
    assert page.last_result.at_risk is False


# -- the tests someone must time -----------------------------------------------------------------

@pytest.mark.parametrize(("check_id", "why"), [("tug", "sit down"), ("five_times_sts", "fifth stand")])
def test_a_test_someone_must_time_says_why_alone_and_offers_the_chair_stand(person, qtbot, check_id, why):
    page = person.open(check_id, company="alone")
    assert page.steps.currentWidget() is page.needs_helper
    words = page.needs_helper.why.text()
    assert "Someone else has to stop the clock" in words
    assert why in words
    assert not page.running_view
    click(qtbot, page.needs_helper.chair_button)
    assert person.w.history.current == Route("test", "chair_stand_30s")
    assert person.page.steps.currentWidget() is person.page.safety  # "Just me" is remembered


def test_someone_here_after_all_can_do_the_tug(person, qtbot):
    page = person.open("tug", company="alone")
    click(qtbot, page.needs_helper.helper_button)
    assert page.steps.currentWidget() is page.who_is_here
    person.who_is_here("helping")
    assert page.steps.currentWidget() is page.safety
    assert person.w.visit.caregiver is True  # the helper's words, as the switch gives them
    assert page.safety.helper.isChecked()


# -- once a visit -----------------------------------------------------------------------------------

def test_who_is_here_is_asked_once_a_visit_and_can_be_changed(person, qtbot):
    page = person.open("balance_4stage", company="alone")
    person.safe()
    person.w.go(Route("check"))
    page = person.open("chair_stand_30s", company=None)
    assert page.steps.currentWidget() is page.safety  # not asked again
    person.safe()
    person.about_me("72")
    setup = page.setups["chair_stand_30s"]
    assert setup.company.text() == "Who is here: Just me"
    click(qtbot, setup.company_button)
    assert page.who_is_here.choices["alone"].isChecked()  # the answer so far
    person.who_is_here("helping")
    assert page.steps.currentWidget() is setup  # the safety answers stand
    assert setup.instructions_title.text() == "Read these steps to them:"
    assert not setup.alone_note.isVisible()
    assert person.w.visit.caregiver is True


# -- focus when a run ends --------------------------------------------------------------------------

def focused():
    return QApplication.focusWidget()


def test_after_the_chair_stand_focus_is_on_a_harmless_control(person, qtbot):
    page = person.start("chair_stand_30s")
    person.tap()
    person.wait(3)
    for _ in range(5):
        person.wait(2)
        person.tap()
    person.wait(30)
    assert page.steps.currentWidget() is page.finish
    qtbot.waitUntil(lambda: focused() is page.finish.read_aloud.listen_button)
    halfway_yes = page.finish.buttons["halfway"][0]
    assert focused() not in (halfway_yes, page.run.stop_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # a Space still meant for the big button
    assert page.finish.answers == {}  # answered nothing
    assert not halfway_yes.isChecked()
    assert page.steps.currentWidget() is page.finish
    page.media.speaker.stop_reading(page.finish.read_aloud)


def test_after_a_balance_run_the_result_has_focus_on_listen_not_do_it_again(person, qtbot):
    page = person.start("balance_4stage")
    person.tap()
    person.wait(3)
    person.wait(4)
    person.tap()  # feet moved: the run ends, straight to the result
    assert page.steps.currentWidget() is page.result
    qtbot.waitUntil(lambda: focused() is page.result.read_aloud.listen_button)
    assert focused() is not page.result.again_button


def test_after_the_chair_stand_alone_focus_is_in_the_number_box(person, qtbot):
    page = alone_to_the_count(person)
    person.wait(30)
    qtbot.waitUntil(lambda: focused() is page.finish.count_box)
    page.stop_run()


# -- the report a doctor reads -------------------------------------------------------------------

def test_the_report_on_paper_says_how_each_result_was_counted(person, qtbot):
    from legapp.qt.report_pdf import report_html

    with_ana(person)
    page = alone_to_the_count(person)
    person.wait(30)
    qtbot.keyClicks(page.finish.count_box, "12")
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    html = report_html(person.open_results()._report())  # what Print and Save put on paper
    assert "The number of stands was typed in afterwards, not tapped during the test." in html
    page = person.open("chair_stand_30s")
    person.safe()
    setup = page.setups["chair_stand_30s"]
    click(qtbot, setup.company_button)  # someone came to help
    person.who_is_here("helped")
    click(qtbot, setup.start_button)
    person.stands(10)
    html = report_html(person.open_results()._report())
    assert "Counted by a helper, who tapped the screen during the test." in html  # the latest
    assert "typed in afterwards" in html  # the time before


# -- the halfway prompt on screen ------------------------------------------------------------------

@pytest.mark.parametrize("company", ["helped", "alone"])
def test_halfway_is_said_and_shown_as_the_clock_reaches_15_not_before(person, company):
    page = person.open("chair_stand_30s", company=company)
    person.safe()
    person.about_me("72")
    click(person.qtbot, page.setups["chair_stand_30s"].start_button)
    person.tap()  # I am ready: the count-in
    person.wait(3)
    assert page.run.caption.text() == "Go"
    person.wait(14.99)
    assert page.run.caption.text() == "Go"  # not a moment early
    assert page.run.clock.text() == "16"  # 15.01 s left, shown rounded up
    person.wait(0.01)
    assert page.run.caption.text() == "Halfway there. Keep going."
    assert page.run.clock.text() == "15"
    page.stop_run()
