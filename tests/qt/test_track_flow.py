"""Track driven as a person would: add someone, do checks as them, see and delete their
results, come back another day, lose a damaged file without losing the app."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtWidgets import QLabel

from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES
from legapp.track.store import FILE_NAME

from .conftest import settle
from .layout_checks import screen_problems
from .people import THIS_YEAR, Person, click


def test_a_person_is_added_with_kind_checks_and_becomes_the_one_checked(person, qtbot):
    people = person.add_person("Ana", "50")  # two numbers only
    assert people.steps.currentWidget() is people.editor
    assert "four numbers" in people.editor.message.text()
    people.editor.year.clear()
    qtbot.keyClicks(people.editor.year, str(THIS_YEAR - 200))
    click(qtbot, people.editor.save_button)
    assert "18 to 110" in people.editor.message.text()
    people.editor.year.clear()
    qtbot.keyClicks(people.editor.year, str(THIS_YEAR - 74))
    click(qtbot, people.editor.save_button)
    assert people.steps.currentWidget() is people.list
    [row] = people.list.rows
    assert row.use_button.isChecked()  # the first person added is the one checking
    assert person.w.visit.who.age == 74
    assert person.w.visit.who.sex == "female"
    person.w.go(Route("check"))
    assert "Checking: Ana" in person.page.who_button.accessibleName()


def test_results_of_a_saved_person_are_kept_and_listed_newest_first(person, qtbot, tmp_path):
    person.add_person("Ana", str(THIS_YEAR - 72))
    page = person.chair_stand(8)
    assert page.steps.currentWidget() is page.result
    assert page.result.kept.text() == "Kept in Ana's results."
    page = person.open("chair_stand_30s")
    person.safe()
    assert page.steps.currentWidget() is page.setups["chair_stand_30s"]  # age and sex from Ana
    assert page.setups["chair_stand_30s"].who.text() == "For: Ana, a woman aged 72"
    person.chair_stand(11)
    person.open("sarc_f")
    for points in (1, 0, 1, 1, 0):
        click(qtbot, person.page.answers[points])
    assert person.page.result.kept.text() == "Kept in Ana's results."

    results = person.open_results()
    texts = [row.text.text() for row in results.list.rows]
    assert len(texts) == 3
    assert "11 stands. Average or better for your age." in texts[0]
    assert "8 stands. Below average for your age." in texts[1]
    assert "3 of 10 points" in texts[2]
    shown = " ".join(w.text() for w in results.list.findChildren(QLabel) if w.isVisible())
    assert "A higher risk: fewer than 10 stands, for women aged 70 to 74." in shown
    assert "A higher risk: 4 points or more (out of 10)." in shown
    db = sqlite3.connect(tmp_path / "data" / FILE_NAME)
    raws = [json.loads(r) for (r,) in db.execute("SELECT raw FROM results ORDER BY id")]
    db.close()
    assert raws[0] == {"count": 8, "halfway": False, "arms": False, "counted_by": "helper"}
    assert raws[2] == {"answers": {"strength": 1, "walking": 0, "chair_rise": 1, "stairs": 1, "falls": 0}}


def test_deleting_one_result_asks_first(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.chair_stand(9)
    results = person.open_results()
    first = results.list.rows[0]
    click(qtbot, first.delete_button)
    assert results.steps.currentWidget() is results.confirm
    assert "cannot be undone" in results.confirm.detail.text()
    click(qtbot, results.confirm.no_button)  # changed their mind
    assert len(results.list.rows) == 2
    click(qtbot, results.list.rows[0].delete_button)
    click(qtbot, results.confirm.yes_button)
    assert [row.record.score for row in results.list.rows] == [8]


def test_deleting_a_person_takes_their_results_after_a_clear_question(person, qtbot):
    people = person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.add_person("Bo", str(THIS_YEAR - 80), "male")
    person.w.go(Route("profiles"))
    people = person.page
    ana = next(r for r in people.list.rows if r.profile.name == "Ana")
    click(qtbot, ana.delete_button)
    assert people.confirm.question.text() == "Delete Ana and all their results?"
    assert "deletes 1 saved result too" in people.confirm.detail.text()  # one, not "1 results"
    click(qtbot, people.confirm.yes_button)
    assert [r.profile.name for r in people.list.rows] == ["Bo"]
    assert person.w.visit.history.results(ana.profile.id) == []


def test_a_guest_is_never_kept(person):
    page = person.chair_stand(8)
    assert "guest" in page.result.kept.text()
    results = person.open_results()
    assert results.list.rows == []
    assert "guest" in results.list.who.text()
    assert not results.list.report_button.isVisible()


def test_the_person_is_remembered_next_time(qtbot, make_window, tmp_path):
    clock = FakeClock()
    first = Person(qtbot, make_window(clock=clock), clock)
    first.add_person("Ana", str(THIS_YEAR - 66))
    first.w.close()
    second = Person(qtbot, make_window(clock=clock), clock)  # same data folder
    second.w.go(Route("check"))
    assert "Checking: Ana" in second.page.who_button.accessibleName()
    assert (second.w.visit.who.age, second.w.visit.who.sex) == (66, "female")


def test_a_damaged_history_is_kept_aside_and_the_app_goes_on(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_bytes(b"not a database at all" * 50)
    clock = FakeClock()
    person = Person(qtbot, make_window(clock=clock), clock)
    person.open_results()
    assert person.w.notice.isVisible()
    assert "kept as history-kept-" in person.w.notice.label.text()
    person.add_person("Ana", str(THIS_YEAR - 70))
    assert [p.name for p in person.w.visit.history.profiles()] == ["Ana"]
    kept = list(data.glob("history-kept-*.sqlite3"))
    assert kept[0].read_bytes() == b"not a database at all" * 50


def test_delete_all_my_data(person, qtbot, tmp_path):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.w.go(Route("profiles"))
    people = person.page
    click(qtbot, people.list.delete_all_button)
    click(qtbot, people.confirm.yes_button)
    assert people.list.rows == []
    assert person.w.visit.who.profile_id is None
    assert not (tmp_path / "data" / FILE_NAME).exists()
    person.open_results()  # looking at the empty lists makes no new file
    assert not (tmp_path / "data" / FILE_NAME).exists()


@pytest.mark.parametrize("size", [0, len(TEXT_SIZES) - 1])
def test_track_screens_are_named_big_enough_and_unclipped(person, qtbot, size):
    person.w.set_text_size(size)
    person.add_person("Ana Maria", str(THIS_YEAR - 72))
    person.chair_stand(8)
    problems = []

    def walk():
        settle(qtbot, 40)
        problems.extend(screen_problems(person.page))

    results = person.open_results()
    walk()
    click(qtbot, results.list.rows[0].delete_button)
    walk()
    person.w.go(Route("profiles"))
    walk()
    click(qtbot, person.page.list.rows[0].edit_button)
    walk()
    assert not problems


def test_a_person_saved_with_the_year_alone_is_asked_their_month_once(person, qtbot):
    """Before the birthday a person is a year younger than this year less the year of
    birth: a profile without the month is asked, never guessed, and the month is kept."""
    import datetime as dt

    today = dt.date.today()
    other = 1 if today.month != 1 else 2  # a month that is not this one: the month alone tells
    person.add_person("Bob", str(THIS_YEAR - 70), "male", month=None, day="")
    page = person.open("chair_stand_30s")
    person.safe()
    assert page.steps.currentWidget() is page.birthday
    assert page.birthday.month.isVisible()
    click(qtbot, page.birthday.continue_button)  # nothing answered: asked kindly, not guessed
    assert page.steps.currentWidget() is page.birthday
    assert "birthday" in page.birthday.message.text()
    click(qtbot, page.birthday.month.buttons[other - 1])
    click(qtbot, page.birthday.continue_button)
    setup = page.setups["chair_stand_30s"]
    assert page.steps.currentWidget() is setup
    age = 70 if today.month > other else 69
    assert setup.who.text() == f"For: Bob, a man aged {age}"
    assert person.w.visit.history.profile(person.w.visit.who.profile_id).birth_month == other
    page = person.open("chair_stand_30s")  # the next check: not asked again
    person.safe()
    assert page.steps.currentWidget() is page.setups["chair_stand_30s"]


@pytest.mark.parametrize("way", ["this month", "rather not say"])
def test_the_birthday_question_comes_only_where_the_month_cannot_tell(person, qtbot, way):
    import datetime as dt

    today = dt.date.today()
    person.add_person("Bob", str(THIS_YEAR - 70), "male", month=None, day="")
    page = person.open("chair_stand_30s")
    person.safe()
    step = page.birthday
    assert step.yes.isHidden()  # not asked before it is needed
    if way == "this month":
        click(qtbot, step.month.buttons[today.month - 1])  # born this month: the month cannot tell
    else:
        click(qtbot, step.not_say_button)
    assert not step.yes.isHidden()
    click(qtbot, step.no)  # not yet had the birthday this year
    click(qtbot, step.continue_button)
    assert page.steps.currentWidget() is page.setups["chair_stand_30s"]
    assert person.w.visit.who.age == 69


def test_a_kind_warning_goes_as_soon_as_it_is_answered_and_delete_all_only_with_something_saved(
        person, qtbot):
    people = person.open_results()
    click(qtbot, people.list.person_button)
    people = person.page
    assert not people.list.delete_all_button.isVisible()  # nothing saved: nothing to delete
    click(qtbot, people.list.add_button)
    click(qtbot, people.editor.save_button)  # no name yet
    assert people.editor.message.isVisible()
    qtbot.keyClicks(people.editor.name, "A")
    assert not people.editor.message.isVisible()
    person.fill_in(people.editor, "Ana", str(THIS_YEAR - 70))
    assert people.list.delete_all_button.isVisible()
