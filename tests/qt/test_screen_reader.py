"""What a screen reader gets from the window, through Qt's accessibility interfaces (the
ones its AT-SPI and UI Automation bridges read): page titles are headings, one-of-N
answers are radio buttons in a group named by the question, arrows move within the group,
and the run and the result are announced in the words on screen. The same is read through
the real AT-SPI bus in tests/test_screen_reader_bus.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.qt import accessible

from .conftest import settle
from .people import Person, click

Role = QAccessible.Role


def reader(widget):
    return QAccessible.queryAccessibleInterface(widget)


@pytest.mark.parametrize("route", [Route("home"), Route("topics"), Route("check"), Route("act"),
                                   Route("questionnaire", "stay_independent"), Route("help")],
                         ids=lambda r: r.screen)
def test_the_page_title_is_a_heading(make_window, qtbot, route):
    w = make_window()
    w.go(route)
    settle(qtbot)
    title = reader(w.current_page.title)
    assert title.role() == Role.Heading
    assert title.text(QAccessible.Text.Name) == w.current_page.title.text() != ""


def test_the_safety_answers_are_radio_buttons_grouped_and_named_by_their_question(person, qtbot):
    page = person.open("chair_stand_30s")
    safety = page.safety
    for question, (yes, no) in zip(safety.safety.questions, safety.choices.values(), strict=True):
        for button in (yes, no):
            assert reader(button).role() == Role.RadioButton
            group = reader(button).parent()
            assert group.role() == Role.Grouping
            assert group.text(QAccessible.Text.Name) == question.text
        assert not reader(no).state().checked
    yes, no = next(iter(safety.choices.values()))
    click(qtbot, no)
    assert reader(no).state().checked
    assert not reader(yes).state().checked
    click(qtbot, yes)
    assert reader(yes).state().checked
    assert not reader(no).state().checked


def test_woman_or_man_and_who_is_here_are_named_radio_groups(person, qtbot):
    page = person.open("chair_stand_30s", company=None)
    who = page.who_is_here
    button = who.choices["alone"]
    assert reader(button).role() == Role.RadioButton
    assert reader(button).parent().text(QAccessible.Text.Name) == "Who is here?"
    person.safe()
    female = page.person.female
    assert reader(female).role() == Role.RadioButton
    assert reader(female).parent().text(QAccessible.Text.Name) == "Sex"
    click(qtbot, female)
    assert reader(female).state().checked
    assert not reader(page.person.male).state().checked


def test_arrows_move_within_a_questions_answers_without_answering_it(make_window, qtbot):
    w = make_window()
    w.go(Route("questionnaire", "stay_independent"))
    settle(qtbot)
    page = w.current_page
    first, last = page.answers[0], page.answers[-1]
    assert reader(first).parent().text(QAccessible.Text.Name) == page.run.question.text
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is page.answers[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is first  # round the group, not on to the next control
    qtbot.keyClick(first, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is last
    assert page.run.index == 0  # moving is not answering
    qtbot.wait(650)  # read first: an answer in the question's first 0.6 s is taken for a stray tap
    qtbot.keyClick(last, Qt.Key.Key_Space)
    assert page.run.index == 1  # Space answers


def test_the_run_and_its_result_are_announced(person):
    accessible.said.clear()
    page = person.start("chair_stand_30s")
    person.tap()  # I am ready
    assert ("Ready", False) in accessible.said
    person.wait(3)
    assert accessible.said[-1] == ("Go", True)  # at once: a screen reader stops what it says
    for _ in range(3):
        person.wait(2)
        person.tap()
    assert ("1 stand", False) in accessible.said
    assert ("3 stands", False) in accessible.said
    assert "30 seconds left" not in [text for text, _ in accessible.said]  # "Go" says that
    for _ in range(24):  # second by second, as the clock runs
        person.wait(1)
    assert ("Stop", True) in accessible.said
    said = [text for text, _ in accessible.said]
    assert said.count("20 seconds left") == 1
    assert said.count("10 seconds left") == 1
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    text, assertive = next(said for said in accessible.said if said[0].startswith("3 stands\n"))
    assert not assertive
    assert page.result.heading.text() in text
    assert page.result.text.text() in text
    assert text.startswith("3 stands")
    assert (page.result.kept.text(), False) == accessible.said[-1]  # then whether it was kept


def test_a_clock_counting_up_says_the_time_every_10_seconds(person):
    """A timed-up test (the TUG's helper watches the person, not the screen): the time so
    far, politely, as the clock passes 10 and 20 s, once each."""
    page = person.start("tug", age="81")
    person.tap()  # ready
    person.wait(3)
    accessible.said.clear()
    for _ in range(21):
        person.wait(1)
    said = [(text, assertive) for text, assertive in accessible.said if "second" in text]
    assert said == [("10 seconds so far", False), ("20 seconds so far", False)]
    page.stop_run()


def test_announcements_are_in_the_persons_language(qtbot, make_window):
    clock = FakeClock(500.0)
    person = Person(qtbot, make_window(clock=clock, language="es"), clock)
    person.w.go(Route("test", "chair_stand_30s"))
    settle(qtbot)
    accessible.said.clear()
    page = person.start_shown("chair_stand_30s")
    person.tap()
    person.wait(3)
    person.wait(2)
    person.tap()
    for _ in range(9):
        person.wait(1)
    said = [text for text, _ in accessible.said]
    assert said[:2] == ["Prepárese", "Ya"]
    assert f"1 {page.run.count_unit.text()}" in said
    assert "Quedan 20 segundos" in said  # a sentence, not "20 segundos que quedan"
    assert not any("stand" in text or "seconds" in text for text in said)
    page.stop_run()


def test_a_notice_is_announced(make_window):
    accessible.said.clear()
    w = make_window(notices=["The Spanish words could not be read."])
    assert ("The Spanish words could not be read.", False) in accessible.said
    assert w.notice.isVisible()
