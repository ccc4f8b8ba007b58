"""My programme driven as a person would: a level suggested from their own results and
chosen by them, a session of their programme ending in "How did that feel?", a step
offered after two "too easy" and taken or declined, "it hurt" stopping one exercise,
Home's Today card on a plan day (and none on other days), and the calendar file saved
into a temp folder and read back by vobject."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import vobject

from legapp.act.programme import current, feel_events
from legapp.assess import score_balance_4stage, score_chair_stand_30s
from legapp.navigation import Route
from legapp.qt.widgets import WrapButton
from legapp.track.records import record_of

from .conftest import settle
from .layout_checks import screen_problems
from .people import THIS_YEAR, click
from .test_act_flow import ACT, _run_to_the_end


def _ana_with_results(person, chair=8, held=(10, 10, 4), days_ago=1):
    person.add_person("Ana", str(THIS_YEAR - 78))
    visit = person.w.visit
    when = datetime.now().astimezone() - timedelta(days=days_ago)
    for result, raw in ((score_chair_stand_30s(chair, 78, "female"), {"count": chair}),
                        (score_balance_4stage(list(held)), {"held_seconds": list(held)})):
        visit.history.save(record_of(result, raw, profile_id=visit.who.profile_id, content_version=1,
                                     taken_at=when))
    return visit


def _open_programme(person):
    return person.open_area(ACT, "programme")


def test_a_suggested_level_chosen_by_the_person(person, qtbot):
    page = _open_programme(person)
    assert page.person_button.isVisible()  # a guest is asked to choose a person first
    visit = _ana_with_results(person)
    page = _open_programme(person)
    words = page.suggestion_text.text()
    assert "this app suggests the Gentle level" in words
    assert "the app's own rule" in words
    assert "you choose the level" in words
    assert page.level_buttons["gentle"].text() == "Gentle (suggested)"
    assert "extra balance practice" not in words
    click(qtbot, page.care_yes)  # a fall that needed a doctor: Vivifrail's "+"
    words = page.suggestion_text.text()
    assert "Because of a fall that needed a doctor or hospital, it adds extra balance practice" in words
    assert "Please ask a physical therapist before you start." in words
    click(qtbot, page.level_buttons["standard"])  # the person chooses otherwise
    assert page.mine.isVisible()
    assert page.level_title.text() == "My level: Standard"
    events = visit.history.programme_events(visit.who.profile_id)
    assert [(e.kind, e.data["level"], e.data["suggested"], e.data["source"], e.data["balance_plus"])
            for e in events] == [("start", "standard", "gentle", "app_rule", True)]
    assert "With extra balance practice." in page.support_text.text()
    click(qtbot, page.change_button)
    click(qtbot, page.level_buttons["gentle"])
    assert current(visit.history.programme_events(visit.who.profile_id)).level == "gentle"


def test_a_session_asks_how_it_felt_and_two_too_easy_offer_a_step(person, qtbot):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["gentle"])
    who = visit.who.profile_id
    visit.history.save_programme_events(feel_events(who, datetime.now().astimezone(), "too_easy"))
    click(qtbot, page.start_button)
    sessions = person.page
    assert sessions.pending.id == "programme"
    person.safe()
    _run_to_the_end(person, sessions)
    assert sessions.steps.currentWidget() is sessions.feel
    assert sessions.feel.question.text() == "How did that feel?"
    click(qtbot, sessions.feel.feel_buttons["too_easy"])
    assert "two more times" in sessions.feel.text.text()  # two "too easy" in a row
    click(qtbot, sessions.feel.take_button)
    assert "Your choice is kept" in sessions.feel.text.text()
    click(qtbot, sessions.feel.done_button)
    assert sessions.steps.currentWidget() is sessions.done
    assert sessions.done.text.text() == ("You finished today's session of your programme. "
                                         "Your legs will thank you.")
    events = visit.history.programme_events(who)
    assert [e.kind for e in events] == ["start", "feel", "session", "feel", "step"]
    assert current(events).extra_reps == 2
    assert events[2].data["strength_minutes"] > 0
    page = _open_programme(person)
    assert "Gentle" in page.level_title.text()
    assert "Week of" in page.chart.readout.text()
    assert page.chart.weeks[-1].strength_sessions == 1


def test_too_hard_offered_an_easier_step_can_be_declined_in_my_programme(person, qtbot):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["standard"])
    visit.history.save_programme_events(feel_events(visit.who.profile_id, datetime.now().astimezone(),
                                                    "too_hard"))
    page = _open_programme(person)
    assert page.offer_box.isVisible()
    assert "An easier step: the Gentle level." in page.offer_text.text()
    click(qtbot, page.stay_button)
    assert not page.offer_box.isVisible()
    events = visit.history.programme_events(visit.who.profile_id)
    assert events[-1].kind == "declined"
    assert current(events).level == "standard"  # the person decided to stay


def test_it_hurt_stops_that_exercise_and_says_whom_to_ask(person, qtbot):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["gentle"])
    sessions = person.w.page("sessions")
    person.w.go(Route("sessions", "programme"))
    person.safe()
    _run_to_the_end(person, sessions)
    click(qtbot, sessions.feel.feel_buttons["hurt"])
    assert sessions.feel.question.text() == "Which exercise hurt?"
    heel = next(b for b in sessions.feel.which.findChildren(WrapButton)
                if b.words() == "Heel raises")
    click(qtbot, heel)
    assert "ask a doctor or a physical therapist" in sessions.feel.text.text()
    programme = current(visit.history.programme_events(visit.who.profile_id))
    assert programme.paused == frozenset({"heel-raises"})
    page = _open_programme(person)
    assert "Stopped for now, because it hurt: Heel raises" in page.paused_text.text()
    person.w.go(Route("sessions", "programme"))
    assert "heel-raises" not in [i.exercise for i in person.page.pending.items]


def test_today_card_on_a_plan_day_and_none_on_other_days(person, qtbot):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["gentle"])
    today = visit.today().weekday()
    visit.history.set_plan_days(visit.who.profile_id, ((today + 1) % 7,))
    person.w.go_home()
    home = person.page
    assert home.today is None or not home.today.isVisible()  # not a plan day, no re-test due
    visit.history.set_plan_days(visit.who.profile_id, (today,))
    person.w.go_home()
    assert home.today.isVisible()
    assert "Today is one of your exercise days: the Gentle session." in home.today.detail_label.text()
    assert home.focusWidget() is home.today or home.first_control() is home.today
    click(qtbot, home.today)
    assert person.page is person.w.page("programme")


def test_put_my_plan_in_my_calendar(person, qtbot, desk):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["gentle"])
    assert not page.calendar_button.isEnabled()  # no days chosen yet
    visit.history.set_plan_days(visit.who.profile_id, (0, 3))
    page = _open_programme(person)
    click(qtbot, page.calendar_button)
    saved = list(desk.folder.glob("*.ics"))
    assert len(saved) == 1
    assert saved[0].name.startswith("legapp exercise days - Ana - ")
    assert "Your plan is saved in the folder" in page.note.text.text()
    cal = vobject.readOne(saved[0].read_text())
    assert sorted(e.rrule.value for e in cal.vevent_list) == ["FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=TH"]
    assert all(e.valarm.trigger.value == timedelta(minutes=-30) for e in cal.vevent_list)
    click(qtbot, page.caregiver_button)  # a caregiver's copy, with Ana's name in each event
    second = next(desk.folder.glob("*caregiver*.ics"))
    assert second.name.startswith("legapp exercise days, caregiver's copy - Ana - ")
    assert vobject.readOne(second.read_text()).vevent.summary.value == "Ana: leg exercises"


def test_a_caregiver_sees_each_persons_week(person, qtbot):
    visit = _ana_with_results(person)
    page = _open_programme(person)
    click(qtbot, page.level_buttons["gentle"])
    visit.history.set_plan_days(visit.who.profile_id, (0, 2, 4))
    person.add_person("Ben", str(THIS_YEAR - 81), "male")
    person.w.visit.use(next(p for p in visit.history.profiles() if p.name == "Ana"))
    page = _open_programme(person)
    assert page.glance_button.isVisible()  # more than one person: everyone's week is offered
    click(qtbot, page.glance_button)
    glance = person.page
    texts = {t.accessibleName(): t.accessibleDescription() for t in glance.tiles}
    assert texts["Ana \u2013 Gentle"].startswith("0 of 3 planned sessions")
    assert texts["Ben"].startswith("0 sessions, no days chosen yet")
    click(qtbot, next(t for t in glance.tiles if t.accessibleName().startswith("Ana")))
    assert visit.who.name == "Ana"
    assert person.page.level_title.text() == "My level: Gentle"


@pytest.mark.parametrize("size", [0, 3])
def test_programme_screens_are_named_big_enough_and_unclipped(person, qtbot, size):
    person.w.set_text_size(size)
    visit = _ana_with_results(person)
    problems = []
    person.w.go(Route("programme"))
    settle(qtbot, 40)
    problems += [f"choose: {p}" for p in screen_problems(person.page)]
    click(qtbot, person.page.level_buttons["gentle"])
    visit.history.set_plan_days(visit.who.profile_id, (0, 3))
    for route in (Route("programme"), Route("glance")):
        person.w.go(route)
        settle(qtbot, 40)
        problems += [f"{route.screen}: {p}" for p in screen_problems(person.page)]
    assert not problems


def test_the_results_chart_shows_the_change_since_the_programme_started(person, qtbot):
    from legapp.act.programme import start_event

    visit = _ana_with_results(person, chair=8)
    who = visit.who.profile_id
    started = datetime.now().astimezone() - timedelta(days=29)
    visit.history.save_programme_events([start_event(who, started, "gentle")])
    for days_ago, count in ((30, 7), (0, 11)):  # the result she started from, and the re-test
        visit.history.save(record_of(score_chair_stand_30s(count, 78, "female"), {"count": count},
                                     profile_id=who, content_version=1,
                                     taken_at=datetime.now().astimezone() - timedelta(days=days_ago)))
    person.w.go(Route("see", "results"))
    step = person.page.results
    step.show_test("chair_stand_30s")
    assert "marker" in step.chart.items
    assert "Since your programme started: from 7 to 11." in step.summary.text()
    step.show_test("balance_4stage")  # no balance re-test since the start: the marker, no change
    assert "marker" in step.chart.items
    assert "Since your programme started" not in step.summary.text()


def test_today_card_says_when_a_re_test_is_due(person, qtbot):
    from legapp.act.programme import start_event

    visit = _ana_with_results(person, days_ago=30)  # the results she started from, a month ago
    who = visit.who.profile_id
    visit.history.save_programme_events([start_event(who, datetime.now().astimezone() - timedelta(days=29),
                                                     "gentle")])
    visit.history.set_plan_days(who, ((visit.today().weekday() + 3) % 7,))  # not today
    person.w.go_home()
    home = person.page
    assert home.today.isVisible()
    words = home.today.detail_label.text()
    assert "time to do the chair stand and balance test again" in words
    assert "exercise days" not in words
    click(qtbot, home.today)
    page = person.page
    assert page.retest_button.isVisible()
    click(qtbot, page.retest_button)
    assert person.page is person.w.page("check")
