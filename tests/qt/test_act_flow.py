"""Act driven as a person would: from Home to the protein guide, typing a weight in
kilograms or pounds, and being told kindly when it cannot be right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from legapp.act.plan import week_of
from legapp.navigation import Route

from .conftest import settle
from .layout_checks import screen_problems
from .people import THIS_YEAR, Person, click

ACT = "Keep your legs strong"


def open_protein(person):
    return person.open_area(ACT, "protein")


def type_weight(person, page, text):
    page.weight.clear()
    person.qtbot.keyClicks(page.weight, text)


def test_protein_for_a_weight_in_kilograms_and_in_pounds(person, qtbot):
    page = open_protein(person)
    assert "1.2 to 1.6 grams for each kilogram" in page.intro.text()
    assert "kidney disease" in page.kidney.text()
    assert page.source.text().startswith("Source:")
    type_weight(person, page, "70")
    click(qtbot, page.work_button)
    assert page.result.text() == "84 to 112 grams of protein a day"
    assert page.per_meal.text() == "That is about 28 to 37 grams at each of your 3 meals."
    click(qtbot, page.four)
    assert page.per_meal.text() == "That is about 21 to 28 grams at each of your 4 meals."
    click(qtbot, page.lb_button)  # the number is converted, not read again as pounds
    assert page.weight.text() == "154"
    assert page.result.text() == "84 to 112 grams of protein a day"


@pytest.mark.parametrize("text", ["", "0", "700", "seventy"])
def test_a_weight_that_cannot_be_right_gets_a_kind_message(person, qtbot, text):
    page = open_protein(person)
    type_weight(person, page, "70")
    click(qtbot, page.work_button)
    type_weight(person, page, text)
    click(qtbot, page.work_button)
    assert page.message.isVisible()
    assert page.message.text().startswith("Please")
    assert not page.result.isVisible()  # the old answer is not left beside the new weight


def test_my_week_for_a_saved_person(person, qtbot, tmp_path):
    page = _open_plan(person)
    assert page.person_button.isVisible()  # a guest is asked to choose a person first
    assert not page.strength_button.isVisible()
    person.add_person("Ana", str(THIS_YEAR - 70))
    page = _open_plan(person)
    assert page.who.text() == "The week of Ana"
    click(qtbot, page.day_buttons[0])
    click(qtbot, page.day_buttons[3])
    assert person.w.visit.history.plan_days(person.w.visit.who.profile_id) == (0, 3)
    click(qtbot, page.strength_button)
    assert "You did 1 strength session this week" in page.summary.text()
    page.minutes.clear()
    qtbot.keyClicks(page.minutes, "half an hour")
    click(qtbot, page.minutes_button)
    assert page.message.text().startswith("Please")
    page.minutes.clear()
    qtbot.keyClicks(page.minutes, "40")
    click(qtbot, page.minutes_button)
    assert "active for 40 minutes" in page.summary.text()
    assert page.minutes.text() == ""
    click(qtbot, page.balance_button)
    assert "You practised your balance once." in page.summary.text()
    qtbot.keyClicks(page.minutes, "45")
    click(qtbot, page.class_button)  # a tai chi class: balance practice, in minutes
    assert "You practised your balance 2 times." in page.summary.text()
    assert "active for 40 minutes" in page.summary.text()  # not counted as walking
    visit = person.w.visit
    kept = visit.history.activities(visit.who.profile_id, *week_of(visit.now().astimezone()))
    assert [(a.kind, a.minutes) for a in kept if a.kind == "balance"] == [("balance", None), ("balance", 45)]


def _open_plan(person):
    return person.open_area(ACT, "plan")


def _open_sessions(person):
    return person.open_area(ACT, "sessions")


def _run_to_the_end(person, page, taps_per_set=None):
    """Play the part of the person: tap when asked, let the clock run otherwise."""
    for _ in range(500):
        if page.steps.currentWidget() is not page.run:
            return
        phase = page.runner.run.phase
        if phase.kind == "prepare":
            person.tap()
        elif phase.tap == "count":
            for _ in range(phase.end_at_count):
                person.wait(3)
                person.tap()
        else:
            person.wait(phase.seconds)
    raise AssertionError("the session did not end")


def test_a_gentle_session_guided_to_the_end_and_noted_in_the_week(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 70))
    page = _open_sessions(person)
    said = []
    page.panel.speaker.spoken.connect(said.append)
    click(qtbot, page.choose.tiles["gentle"])
    assert page.steps.currentWidget() is page.safety  # the safety check comes first
    person.safe()
    assert page.steps.currentWidget() is page.run
    assert page.run.phase_title.text() == "Warm up"
    _run_to_the_end(person, page)
    assert page.steps.currentWidget() is page.done
    assert "Well done" in page.done.heading.text()
    assert "noted in Ana's week" in page.done.kept.text()
    assert [w for w in said if w.isdigit()][:8] == ["1", "2", "3", "4", "5", "6", "7", "8"]  # counted aloud
    assert "Rest" in said
    click(qtbot, page.done.back_button)
    click(qtbot, page.choose.tiles["gentle"])
    assert page.steps.currentWidget() is page.run  # the safety check is asked once a day
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert page.steps.currentWidget() is page.asking  # Esc asks before it stops
    click(qtbot, page.asking.yes_button)
    assert page.steps.currentWidget() is page.done
    click(qtbot, page.done.back_button)
    assert page.steps.currentWidget() is page.choose
    week = _open_plan(person)
    assert "You did 1 strength session this week" in week.summary.text()


def test_the_safety_check_is_asked_of_each_person_once_a_day(person, qtbot):
    """A second person at home is asked for themselves, not let through on the first's answers."""
    person.add_person("Ana", str(THIS_YEAR - 70))
    page = _open_sessions(person)
    click(qtbot, page.choose.tiles["gentle"])
    person.safe()
    page.stop_run()
    people = person.add_person("Bob", str(THIS_YEAR - 75), "male")
    bob = next(r for r in people.list.rows if "Bob" in r.use_button.accessibleName())
    click(qtbot, bob.use_button)
    assert person.w.visit.who.name == "Bob"
    page = _open_sessions(person)
    click(qtbot, page.choose.tiles["gentle"])
    assert page.steps.currentWidget() is page.safety


def test_a_yes_in_the_safety_check_stops_the_session_in_its_own_words(person, qtbot, pack):
    page = _open_sessions(person)
    click(qtbot, page.choose.tiles["gentle"])
    yes, _no = next(iter(page.safety.choices.values()))
    click(qtbot, yes)
    for _other_yes, no in list(page.safety.choices.values())[1:]:
        click(qtbot, no)
    click(qtbot, page.safety.continue_button)
    assert page.steps.currentWidget() is page.refused
    assert page.refused.title.text() == pack.safety.session_stop_title
    assert "session" in page.refused.title.text()
    assert "test" not in page.refused.text.text()
    assert page.refused.back_button.text() == "Back to the exercises"
    click(qtbot, page.refused.back_button)
    assert page.steps.currentWidget() is page.choose


def test_build_my_own_session(person, qtbot):
    page = _open_sessions(person)
    click(qtbot, page.choose.own_button)
    assert page.choose.message.text() == "Please choose at least one exercise."
    click(qtbot, page.choose.pick_buttons["heel-raises"])
    click(qtbot, page.choose.own_button)
    person.safe()
    titles = [p.title for p in page.panel.protocol.phases]
    assert titles[0] == "Warm up"
    assert any(t.startswith("Heel raises: set 1 of 2") or "set 1 of 2" in t for t in titles)
    assert titles[-1] == "Cool down"
    click(qtbot, page.run.stop_button)
    click(qtbot, page.asking.yes_button)
    assert page.steps.currentWidget() is page.done
    assert page.done.heading.text() == "You stopped the session"


@pytest.mark.parametrize("size", [0, 3])
def test_act_screens_are_named_big_enough_and_unclipped(person, qtbot, size):
    person.w.set_text_size(size)
    person.add_person("Ana Maria", str(THIS_YEAR - 70))
    problems = []
    for route in (Route("act"), Route("sessions"), Route("plan"), Route("protein")):
        person.w.go(route)
        settle(qtbot, 40)
        problems += [f"{route.screen}: {problem}" for problem in screen_problems(person.page)]
    assert not problems


# -- the unit: chosen first, remembered, converting what is typed ---------------------------

def test_the_unit_comes_before_the_weight_and_is_remembered(person, qtbot, make_window, tmp_path):
    page = open_protein(person)
    below = lambda w: w.mapTo(page, w.rect().topLeft()).y()  # noqa: E731
    assert below(page.kg_button) < below(page.weight)
    assert below(page.lb_button) < below(page.weight)
    assert page.kg_button.isChecked()
    assert page.unit_shown.text() == "kg"
    click(qtbot, page.lb_button)
    assert person.w.visit.settings.weight_unit == "lb"
    assert page.unit_shown.text() == "pounds"
    assert page.weight.accessibleName() == "Your weight in pounds"
    again = Person(qtbot, make_window(tmp_path / "data"), None)  # the next day: the same choice
    page = open_protein(again)
    assert page.lb_button.isChecked()
    assert not page.kg_button.isChecked()
    type_weight(again, page, "154")
    click(qtbot, page.work_button)
    assert page.result.text() == "84 to 112 grams of protein a day"


def test_switching_the_unit_converts_the_number_and_back(person, qtbot):
    page = open_protein(person)
    type_weight(person, page, "72,5")
    click(qtbot, page.lb_button)
    assert page.weight.text() == "160"  # 72.5 kg in pounds
    click(qtbot, page.work_button)
    assert page.result.text() == "87 to 116 grams of protein a day"  # from 72.5 kg exactly
    click(qtbot, page.kg_button)
    assert page.weight.text() == "72,5"  # what was typed comes back, not 73
    type_weight(person, page, "a lot")
    click(qtbot, page.lb_button)
    assert page.weight.text() == "a lot"  # no number to convert: left to be told about
    click(qtbot, page.work_button)
    assert page.message.text().startswith("Please")


def test_a_big_number_in_kilograms_asks_did_you_mean_pounds(person, qtbot):
    page = open_protein(person)
    type_weight(person, page, "154")
    click(qtbot, page.work_button)
    assert page.question.isVisible()
    assert page.question.text().startswith("Did you mean pounds?")
    assert not page.result.isVisible()  # no answer yet: 154 kg would be 185 to 246 g
    assert page.pounds_button.text() == "Yes, 154 pounds"
    click(qtbot, page.pounds_button)
    assert not page.question.isVisible()
    assert page.weight.text() == "154"  # the number kept, now in pounds
    assert page.lb_button.isChecked()
    assert person.w.visit.settings.weight_unit == "lb"
    assert page.result.text() == "84 to 112 grams of protein a day"


def test_no_it_is_kilograms_gives_the_answer_and_is_not_asked_again(person, qtbot):
    page = open_protein(person)
    type_weight(person, page, "150")
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    assert page.question.isVisible()
    assert page.keep_kg_button.text() == "No, 150 kg"
    click(qtbot, page.keep_kg_button)
    assert page.kg_button.isChecked()
    assert page.result.text() == "180 to 240 grams of protein a day"
    click(qtbot, page.four)  # the answer is worked out again, and not asked about again
    assert not page.question.isVisible()
    assert page.per_meal.text() == "That is about 45 to 60 grams at each of your 4 meals."
    type_weight(person, page, "160")  # a new number: asked again; the unit row answers it too
    click(qtbot, page.work_button)
    assert page.question.isVisible()
    click(qtbot, page.lb_button)
    assert not page.question.isVisible()
    assert page.weight.text() == "160"
    assert page.result.text() == "87 to 116 grams of protein a day"


def test_a_number_converted_to_kilograms_is_not_asked_about(person, qtbot):
    page = open_protein(person)
    click(qtbot, page.lb_button)
    type_weight(person, page, "340")
    click(qtbot, page.work_button)
    click(qtbot, page.kg_button)
    assert page.weight.text() == "154"  # 340 pounds in kg: the app's own number, not a slip
    assert not page.question.isVisible()
    assert page.result.text() == "185 to 247 grams of protein a day"
