"""The home safety check on the real window, as a person goes through it: from the Check
menu, one question a screen, the list of what to fix with its ticks, kept for a chosen
person (and there again next time), not kept for a guest, never in a kiosk; printed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from legapp.engine import FakeClock
from legapp.kiosk.config import KioskConfig
from legapp.kiosk.pin import hash_pin
from legapp.qt.application import enter_kiosk
from legapp.track.store import FILE_NAME

from .conftest import settle
from .people import THIS_YEAR, Person, click

YES_TO = {"throw_rugs", "grab_bars", "dark_path"}


def open_check(person):
    page = person.open_area("Check your fall risk", "home_safety")
    assert page.steps.currentWidget() is page.asking
    return page


def answer_all(person, page, yes_to=YES_TO):
    for _room, item in page.items:
        assert page.asking.question.text() in (item.question, item.caregiver_question)
        click(person.qtbot, page.asking.yes_button if item.id in yes_to else page.asking.no_button)
    assert page.steps.currentWidget() is page.list


def test_a_person_goes_room_by_room_and_ticks_a_fix_that_is_kept(person, qtbot, tmp_path):
    person.add_person("Ana", str(THIS_YEAR - 75))
    page = open_check(person)
    assert page.asking.progress.text() == f"Floors: question 1 of {len(page.items)}"
    assert page.asking.intro.isVisible()  # what the check is, before the first question
    answer_all(person, page)
    assert page.list.summary.text() == "Still to fix: 3. Tick each one when it is done."
    assert "Kept for Ana" in page.list.kept.text()
    assert set(page.list.rows) == YES_TO
    rugs = page.list.rows["throw_rugs"]
    assert "double-sided tape" in rugs.text.text()
    click(qtbot, rugs.done_button)
    assert rugs.done_button.isChecked()
    assert rugs.done_button.text() == "\u2714 Done"
    assert page.list.summary.text() == "Still to fix: 2. Tick each one when it is done."
    # kept in the history, and there again on the next visit
    kept = person.w.visit.history.home_check(person.w.visit.who.profile_id)
    assert kept.open_hazards == ("grab_bars", "dark_path")
    assert set(kept.fixed) == {"throw_rugs"}
    person.w.go_home()
    page = open_check_again(person)
    assert page.steps.currentWidget() is page.list
    assert page.list.rows["throw_rugs"].done_button.isChecked()
    assert not page.list.rows["grab_bars"].done_button.isChecked()


def open_check_again(person):
    return person.open_area("Check your fall risk", "home_safety")


def test_back_shows_the_answer_given_and_what_to_do(person, qtbot):
    page = open_check(person)
    click(qtbot, page.asking.no_button)
    click(qtbot, page.asking.yes_button)  # loose rugs
    assert page.asking.progress.text().startswith("Floors: question 3 ")
    click(qtbot, page.asking.back_button)
    assert page.asking.yes_button.isChecked()
    assert not page.asking.no_button.isChecked()
    assert page.asking.fix.isVisible()
    assert "tape" in page.asking.fix.text()
    click(qtbot, page.asking.no_button)  # not so after all
    click(qtbot, page.asking.list_button)
    assert page.list.summary.text() == "Nothing to fix was found. Well done!"
    assert page.list.rows == {}


def test_a_double_tap_answers_one_question_only(person, qtbot):
    page = open_check(person)
    person.clock.advance(1)
    qtbot.mouseClick(page.asking.yes_button, Qt.MouseButton.LeftButton)
    # the second tap lands at once on the next question's Yes: not an answer
    qtbot.mouseClick(page.asking.yes_button, Qt.MouseButton.LeftButton)
    assert page.index == 1
    assert dict(page.check.answers) == {"furniture_in_path": True}


def test_a_guest_s_list_is_not_kept(person, qtbot, tmp_path):
    page = open_check(person)
    answer_all(person, page)
    assert "guest" in page.list.kept.text()
    assert not (tmp_path / "data" / FILE_NAME).exists() or _rows(tmp_path / "data" / FILE_NAME) == 0


def _rows(path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT COUNT(*) FROM home_safety").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def test_caregiver_words(person, qtbot):
    person.w.visit.set_caregiver(True)
    page = open_check(person)
    assert page.asking.question.text() == page.items[0][1].caregiver_question
    assert "their home" in page.asking.intro.text()


def test_in_a_kiosk_it_can_be_printed_and_is_never_saved(qtbot, make_window, tmp_path, monkeypatch):
    clock = FakeClock(1000.0)
    window = make_window(clock=clock)
    config = KioskConfig(pin_hash=hash_pin("2468", salt=b"0123456789abcdef", n=2**10), idle_seconds=120,
                         warning_seconds=20, text_size="large", areas=("learn", "check", "act"),
                         centre_name="Maple Street Centre", help_line="Ask at the front desk.")
    controller = enter_kiosk(window, config, clock=clock.now, pin_clock=FakeClock(5.0).now)
    person = Person(qtbot, window, clock)
    try:
        page = open_check(person)
        answer_all(person, page)
        assert "Nothing is kept on this computer" in page.list.kept.text()
        click(qtbot, page.list.rows["grab_bars"].done_button)
        out = tmp_path / "printed.pdf"
        printed = _print_to(monkeypatch, out)
        click(qtbot, page.list.print_button)
        settle(qtbot)
        assert printed == [True]
        assert out.stat().st_size > 0
        assert not (tmp_path / "data" / FILE_NAME).exists()  # nothing written, anywhere
        assert window.visit.history is None
    finally:
        controller.leave()


def _print_to(monkeypatch, path):
    """The printer dialog, chosen as a person would: here a PDF file stands for the paper."""
    from legapp.qt import printing

    chosen = []

    def choose(printer, parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        chosen.append(True)
        return True

    monkeypatch.setattr(printing, "choose_printer", choose)
    return chosen


def test_the_printed_list_has_each_fix_with_its_box(pack):
    import datetime as dt

    from legapp.qt.check.home_print import home_check_document
    from legapp.track.home_safety import HomeCheck

    day = dt.date(2026, 11, 2)
    check = HomeCheck().answer("throw_rugs", True, day).answer("dark_path", True, day).mark_fixed(
        "dark_path", True, day)
    text = home_check_document(pack, check, "Ana", "November 2, 2026").toPlainText()
    assert "For Ana, November 2, 2026" in text
    assert "\u2610 " in text.replace("\t", " ").replace("\n", " ") or "\u2610" in text
    assert "\u2611" in text  # the fix done is ticked
    assert "night-lights" in text
    assert "double-sided tape" in text
    assert "grab bars" not in text  # not answered Yes
    assert "More ways to stay safe" in text


def test_a_history_that_lost_its_table_still_keeps_the_check(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 75))
    history = person.w.visit.history
    history.db.execute("DROP TABLE home_safety")  # a file mended by hand, or half restored
    page = open_check(person)
    assert page.asking.progress.text().startswith("Floors: question 1 ")  # no check yet: the first question
    answer_all(person, page)
    assert "Kept for Ana" in page.list.kept.text()
    assert history.home_check(person.w.visit.who.profile_id).open_hazards == ("throw_rugs", "grab_bars",
                                                                              "dark_path")


def test_a_history_that_cannot_be_written_says_so_and_the_list_stays(person, qtbot, monkeypatch):
    person.add_person("Ana", str(THIS_YEAR - 75))
    history = person.w.visit.history

    def full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(history, "save_home_check", full)
    page = open_check(person)
    answer_all(person, page)
    assert person.w.notice.isVisible()
    assert "could not be saved" in person.w.notice.label.text()
    assert set(page.list.rows) == YES_TO  # still on screen, and printable
