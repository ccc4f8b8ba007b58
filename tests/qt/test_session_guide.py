"""A guided exercise session at the real window, on a fake clock, as a person does it: it
says where they are and how long is left, lets them skip the warm-up and cool-down (and
nothing else), takes one leg at a time, asks before it stops and then says what was done,
and no stray Space, Enter or tap ever ends it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from .people import click

ACT = "Keep your legs strong"


def start_gentle(person):
    page = person.open_area(ACT, "sessions")
    said = []
    page.panel.speaker.spoken.connect(said.append)
    click(person.qtbot, page.choose.tiles["gentle"])
    person.safe()
    assert page.running_view
    return page, said


def phase(page):
    return page.runner.run.phase


def skip(person, page):
    """As a person does: wait for the moment a new step takes no press, then Skip."""
    person.wait(0.6)
    click(person.qtbot, page.run.skip_button)


def go_on_until(person, page, phase_id: str):
    """Do the session as asked until the step ``phase_id`` is on screen."""
    for _ in range(200):
        now = phase(page)
        if now.id == phase_id:
            return now
        if now.tap == "count":
            for _ in range(now.end_at_count - page.runner.run.count):
                person.wait(3)
                person.tap()
        elif now.kind == "prepare":
            person.tap()
        elif now.id in ("warm-up", "cool-down"):
            skip(person, page)
        else:
            person.wait(now.seconds)
    raise AssertionError(f"never reached {phase_id}")


def hold_space(qtbot, page, repeats: int = 8):
    """Space held down: one press, the key's auto-repeat presses to whatever has focus, a release."""
    qtbot.keyPress(page.focusWidget(), Qt.Key.Key_Space)
    for _ in range(repeats):
        QApplication.sendEvent(page.focusWidget(), QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True))
    qtbot.keyRelease(page.focusWidget(), Qt.Key.Key_Space)


def test_it_says_which_exercise_of_how_many_and_about_how_many_minutes_are_left(person):
    page, _ = start_gentle(person)
    progress = page.run.progress
    assert progress.isVisible()
    # The warm-up: the whole session ahead, 651 seconds at a steady pace.
    assert progress.text() == "About 11 minutes left"
    person.wait(60)
    assert progress.text() == "About 10 minutes left"  # it counts down as the clock runs
    go_on_until(person, page, "ready-2")
    # Heel raises, then standing on one leg with each leg in turn, then the cool-down:
    # 302 seconds at a steady pace (tests/test_routines.py works them out).
    assert progress.text() == "Exercise 3 of 4 \u2013 about 5 minutes left"
    go_on_until(person, page, "cool-down")
    person.wait(100)
    assert progress.text() == "About 1 minute left"  # one minute, said as one


def test_skip_is_on_the_warm_up_and_the_cool_down_only(person):
    page, _ = start_gentle(person)
    assert page.run.skip_button.text() == "Skip the warm-up"
    click(person.qtbot, page.run.skip_button)  # at once: a double tap from the step before
    assert phase(page).id == "warm-up"  # takes no press for a moment
    skip(person, page)
    assert phase(page).id == "ready-0"
    seen = set()
    for _ in range(200):
        now = phase(page)
        if now.id == "cool-down":
            break
        assert not page.run.skip_button.isVisible(), f"Skip on {now.id}"
        seen.add(now.id.split("-")[0])
        if now.tap == "count":
            for _ in range(now.end_at_count):
                person.wait(3)
                person.tap()
        elif now.kind == "prepare":
            person.tap()
        else:
            person.wait(now.seconds)
    assert seen == {"ready", "reps", "rest", "switch", "hold"}  # no Skip on any of them
    assert page.run.skip_button.text() == "Skip the cool-down"
    skip(person, page)
    assert page.steps.currentWidget() is page.done  # the exercises were done: well done
    assert page.done.heading.text() == "Well done!"


def test_one_leg_at_a_time_right_then_left_and_the_change_is_said(person):
    page, said = start_gentle(person)
    skip(person, page)
    person.tap()  # ready
    assert page.run.phase_title.text() == "Seated knee straightening, right leg: set 1 of 1"
    assert "8 times with the right leg" in page.run.text.text()
    assert "Right leg. Go" in said
    for _ in range(8):
        person.wait(3)
        person.tap()
    assert page.run.phase_title.text() == "Now the left leg"
    assert said[-1] == "Now the left leg"
    person.wait(30)
    assert page.run.phase_title.text() == "Seated knee straightening, left leg: set 1 of 1"
    assert "8 times with the left leg" in page.run.text.text()
    assert page.runner.run.count == 0  # the left leg counts its own eight


def test_stop_asks_no_carries_on_with_the_clock_as_it_was_yes_shows_what_was_done(person, qtbot):
    page, _ = start_gentle(person)
    skip(person, page)
    go_on_until(person, page, "reps-1-1")  # sit to stand
    for _ in range(3):
        person.wait(3)
        person.tap()
    person.wait(2)
    page.runner.update_now()
    before = page.runner.run.elapsed()
    click(qtbot, page.run.stop_button)
    assert page.steps.currentWidget() is page.asking
    assert page.asking.question.text() == "Stop the session?"
    assert page.focusWidget() is page.asking.no_button  # a stray Enter or Space carries on
    for button in (page.asking.no_button, page.asking.yes_button):
        assert button.height() >= 48
    person.wait(45)  # however long the person takes to answer
    click(qtbot, page.asking.no_button)
    assert page.running_view
    assert page.runner.run.state == "running"
    assert page.runner.run.elapsed() == before  # the clock stood still while asked
    assert page.runner.run.count == 3
    person.tap()
    assert page.runner.run.count == 4
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)  # Esc asks too
    assert page.steps.currentWidget() is page.asking
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)  # a stray Enter: No
    qtbot.waitUntil(lambda: page.running_view)
    click(qtbot, page.run.stop_button)
    click(qtbot, page.asking.yes_button)
    assert page.steps.currentWidget() is page.done
    assert page.done.heading.text() == "You stopped the session"
    assert page.done.did.text() == "\u2022 Seated knee straightening: 16 times\n\u2022 Sit to stand: 4 times"
    assert not page.done.kept.isVisible()  # a stopped session is not noted in the week


def test_a_held_space_never_ends_the_session(person, qtbot):
    page, _ = start_gentle(person)
    person.wait(0.6)
    hold_space(qtbot, page)  # the warm-up has no big button: Space does nothing
    assert page.running_view
    assert phase(page).id == "warm-up"
    skip(person, page)
    person.tap()  # ready: the first set of repetitions
    person.wait(3)
    hold_space(qtbot, page)
    assert page.runner.run.count == 1  # held down, it counts one, not one a repeat
    go_on_until(person, page, "rest-0-1-left")
    for _ in range(3):
        person.wait(1)
        hold_space(qtbot, page)
        assert page.running_view  # a rest has no big button: Space never stops it
    click(qtbot, page.run.stop_button)
    hold_space(qtbot, page)  # asked, a held Space leaves the question up, or answers No
    assert page.steps.currentWidget() in (page.asking, page.run)
    assert page.runner.running


def test_no_paused_words_while_the_clock_runs(person, qtbot):
    page, _ = start_gentle(person)
    paused = "Paused. The clock waits until you press Go on."
    click(qtbot, page.run.pause_button)
    assert page.run.caption.text() == paused
    click(qtbot, page.run.pause_button)  # Go on
    assert page.run.caption.text() != paused
    left = page.runner.run.remaining()
    person.wait(5)
    assert page.runner.run.remaining() == left - 5  # it runs, and says nothing of waiting
    assert page.run.pause_button.text() == "Pause"
    click(qtbot, page.run.stop_button)
    click(qtbot, page.asking.no_button)
    assert page.run.caption.text() != paused
    assert page.run.pause_button.text() == "Pause"
    assert page.runner.run.state == "running"


def test_a_set_of_repetitions_shows_the_count_and_a_hold_shows_the_seconds(person):
    page, _ = start_gentle(person)
    skip(person, page)
    person.tap()
    for _ in range(3):
        person.wait(3)
        person.tap()
    view = page.run
    assert view.count.isVisible()
    assert view.count.text() == "3"
    assert view.count_unit.text() == "times"
    assert not view.clock.isVisible()  # no "9 seconds" beside three times
    assert not view.clock_unit.isVisible()
    assert not view.caption.text().strip().isdigit()  # the count said aloud is not shown twice
    go_on_until(person, page, "hold-3-1-right")
    person.wait(2)
    assert view.clock.isVisible()
    assert view.clock.text() == "3"
    assert view.clock_unit.text() == "seconds left"
    assert not view.count.isVisible()


def test_stop_tells_a_screen_reader_that_it_asks_first(person):
    page, _ = start_gentle(person)
    assert page.run.stop_button.accessibleName() == "Stop"
    assert page.run.stop_button.accessibleDescription().startswith("Asks first")
