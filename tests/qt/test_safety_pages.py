"""The safety questions on a small screen at large text: one a screen, Next waits for an
answer and says why, a double tap never answers the next question, and a disabled button
looks it (flat, no dashed edge that reads as a focus ring)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from legapp.engine import FakeClock
from legapp.qt.main_window import fit_to_screen
from legapp.textsize import TEXT_SIZES

from ..conftest import ROOT
from .conftest import settle
from .layout_checks import fully_in_sight
from .people import Person, click

sys.path.insert(0, str(ROOT / "scripts"))
from tour import WINDOWS


def _open(qtbot, make_window, screen: str | None, size: int):
    clock = FakeClock(500.0)
    window = make_window(clock=clock)
    if screen:
        fit_to_screen(window, *WINDOWS[screen])
        window.resize(*WINDOWS[screen])
    window.set_text_size(size)
    person = Person(qtbot, window, clock)
    page = person.open("chair_stand_30s")  # "Who is here?" answered: someone is helping
    settle(qtbot, 60)
    return person, page.safety


def test_one_question_a_screen_where_four_do_not_fit(qtbot, make_window):
    person, safety = _open(qtbot, make_window, "1366x768", len(TEXT_SIZES) - 1)
    assert safety.one_at_a_time
    # the start: the helper switch and why the questions are asked, and Next
    assert safety.helper.isVisible()
    assert safety.intro.isVisible()
    assert not any(b.isVisible() for pair in safety.choices.values() for b in pair)
    click(qtbot, safety.next_button)
    yes, no = safety.choices["chest_pain"]
    assert fully_in_sight(yes)
    assert fully_in_sight(no)
    assert not safety.next_button.isEnabled()  # waits for an answer, and says why
    assert safety.waiting_note.isVisible()
    assert "Answer this question" in safety.waiting_note.text()
    assert safety.next_button.accessibleDescription() == safety.waiting_note.text()
    # a double tap on No answers this question only: answering never moves on by itself
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)  # a double tap: two taps in a moment
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert no.isChecked()
    assert len(safety.answers) == 1
    assert safety.next_button.isEnabled()
    assert not safety.waiting_note.isVisible()
    click(qtbot, safety.next_button)
    second_yes, _ = list(safety.choices.values())[1]
    assert second_yes.isVisible()
    assert not any(b.isChecked() for b in list(safety.choices.values())[1])
    click(qtbot, safety.back_button)  # Previous: the answer given is still there
    assert no.isChecked()
    for _ in range(len(safety.choices) - 1):
        click(qtbot, safety.next_button)
        _yes, later_no = list(safety.choices.values())[safety.at]
        click(qtbot, later_no)
    assert safety.continue_button.isEnabled()
    click(qtbot, safety.continue_button)
    assert person.page.steps.currentWidget() is not safety  # cleared: on to the test


def test_all_four_on_one_screen_where_they_fit_and_continue_says_what_is_missing(qtbot, make_window):
    _person, safety = _open(qtbot, make_window, None, 0)
    assert not safety.one_at_a_time
    assert all(b.isVisible() for pair in safety.choices.values() for b in pair)
    assert not safety.continue_button.isEnabled()
    assert safety.waiting_note.text() == "Answer all 4 questions to go on."
    for _yes, no in list(safety.choices.values())[:3]:
        click(qtbot, no)
    assert not safety.continue_button.isEnabled()
    click(qtbot, list(safety.choices.values())[3][1])
    assert safety.continue_button.isEnabled()
    assert not safety.waiting_note.isVisible()


def test_a_disabled_button_is_flat_not_dashed(qtbot, make_window):
    window = make_window()
    sheet = window.look.app.styleSheet()
    disabled = sheet[sheet.index("QPushButton:disabled"):]
    disabled = disabled[:disabled.index("}")]
    assert "dashed" not in disabled
    assert "dashed" not in sheet  # nowhere: a dashed edge reads as a focus ring or "tap here"
