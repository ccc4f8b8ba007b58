"""Saving the report, the spreadsheet and a chart picture, as a person would: "Save" puts
the file in their (temp) Documents folder under a plain name in their language and says
where, with Open it and Show the folder (the test's opener records what it was asked to
open); "Choose another place" is Qt's own dialog in the app's text size and colours; a
folder that will not take the file says so kindly and nothing there is lost."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit

from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES

from .conftest import settle
from .people import THIS_YEAR, Person, click

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def english_day(day: dt.date) -> str:
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def spanish_day(day: dt.date) -> str:
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def ana_with_results(person):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.chair_stand(11)
    return person.open_results()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_the_report_goes_to_documents_under_a_plain_name_and_says_where(person, qtbot, desk):
    results = ana_with_results(person)
    person.w.set_text_size(len(TEXT_SIZES) - 1)  # the note is below the fold
    today = person.w.visit.today()
    click(qtbot, results.list.report_button)
    pdf = desk.folder / f"legapp report - Ana - {english_day(today)}.pdf"
    assert pdf.exists()
    assert "11 stands" in pdf_text(pdf)
    if os.name == "posix":
        assert pdf.stat().st_mode & 0o777 == 0o600
    note = results.list.note
    assert note.isVisible()
    assert str(desk.folder) in note.text.text()
    assert pdf.name in note.text.text()
    qtbot.waitUntil(note.open_button.hasFocus)  # the keyboard lands on what comes next
    scroll = results.list.scroll  # and it is in sight
    top = note.open_button.mapTo(scroll.widget(), note.open_button.rect().topLeft()).y()
    shown_from = scroll.verticalScrollBar().value()
    assert shown_from <= top <= shown_from + scroll.viewport().height() - note.open_button.height()
    click(qtbot, note.open_button)
    click(qtbot, note.folder_button)
    assert desk.opened == [str(pdf), str(desk.folder)]
    click(qtbot, results.list.report_button)  # again: the first one stays as it was
    second = desk.folder / f"legapp report - Ana - {english_day(today)} (2).pdf"
    assert second.exists()
    assert pdf.exists()
    assert second.name in note.text.text()
    assert leftovers(desk.folder) == []


def test_the_spreadsheet_goes_to_documents_too_and_never_over_another_file(person, qtbot, desk):
    results = ana_with_results(person)
    name = f"legapp results - Ana - {english_day(person.w.visit.today())}"
    (desk.folder / f"{name}.csv").write_text("someone else's file")
    click(qtbot, results.list.export_button)
    assert (desk.folder / f"{name}.csv").read_text() == "someone else's file"
    with (desk.folder / f"{name} (2).csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 3  # a header and the two results
    click(qtbot, results.list.note.folder_button)
    assert desk.opened == [str(desk.folder)]


def test_a_spanish_report_has_a_spanish_name(qtbot, make_window, tmp_path, desk):
    from PySide6.QtCore import QCoreApplication

    clock = FakeClock(500.0)
    english = Person(qtbot, make_window(clock=clock), clock)
    ana_with_results(english)
    english.w.close()
    w = make_window(clock=clock, language="es")  # the same data folder, in Spanish
    w.go(Route("results"))
    results = w.current_page
    click(qtbot, results.list.report_button)
    [saved] = desk.folder.iterdir()
    words = QCoreApplication.translate("ResultsPage", "legapp report")  # "Informe de legapp"
    assert saved.name == f"{words} - Ana - {spanish_day(w.visit.today())}.pdf"
    assert "Ana" in pdf_text(saved)
    assert str(desk.folder) in results.list.note.text.text()


def test_a_missing_documents_folder_gives_a_kind_message_and_makes_nothing(person, qtbot, desk, tmp_path):
    results = ana_with_results(person)
    desk.folder = tmp_path / "no Documents here"
    click(qtbot, results.list.report_button)
    note = results.list.note
    words = note.text.text()
    assert "could not be saved in" in words
    assert str(desk.folder) in words
    assert "the folder is not there" in words
    assert "Traceback" not in words
    assert "Errno" not in words
    assert not desk.folder.exists()
    assert not note.open_button.isVisible()
    assert note.other_button.isVisible()
    qtbot.waitUntil(note.other_button.hasFocus)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder no file can be written in: a read-only mount where the tests run as root
    (root writes through file permissions), else a folder without write permission.
    It holds one earlier report."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.name == "posix" and os.geteuid() == 0:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a folder here: {done.stderr.strip()}")
        (folder / "earlier.pdf").write_bytes(b"%PDF earlier")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        (folder / "earlier.pdf").write_bytes(b"%PDF earlier")
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_a_read_only_documents_folder_gives_a_kind_message_and_loses_nothing(person, qtbot, desk,
                                                                             read_only_folder):
    results = ana_with_results(person)
    desk.folder = read_only_folder
    click(qtbot, results.list.export_button)
    words = results.list.note.text.text()
    assert "The spreadsheet could not be saved in" in words
    assert str(read_only_folder) in words
    assert "does not let files be saved" in words
    assert "Nothing there was changed" in words
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["earlier.pdf"]
    assert (read_only_folder / "earlier.pdf").read_bytes() == b"%PDF earlier"


def test_a_full_disk_gives_a_kind_message_and_leaves_no_half_file(person, qtbot, desk, tiny_disk):
    results = ana_with_results(person)
    (tiny_disk / "earlier.pdf").write_bytes(b"%PDF earlier" * 100)
    (tiny_disk / "filler").write_bytes(b"x" * 50_000)  # a report needs more than is left
    desk.folder = tiny_disk
    click(qtbot, results.list.report_button)
    words = results.list.note.text.text()
    assert "the disk is full" in words
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["earlier.pdf", "filler"]
    assert (tiny_disk / "earlier.pdf").read_bytes() == b"%PDF earlier" * 100


def _the_dialog(qtbot, saver) -> QFileDialog:
    qtbot.waitUntil(lambda: saver.dialog is not None and saver.dialog.isVisible())
    return saver.dialog


def test_choose_another_place_is_qts_own_dialog_in_the_apps_size_and_saves_there(person, qtbot, desk,
                                                                                 tmp_path):
    results = ana_with_results(person)
    person.w.set_text_size(len(TEXT_SIZES) - 1)
    click(qtbot, results.list.report_button)
    click(qtbot, results.list.note.other_button)
    dialog = _the_dialog(qtbot, results.saver)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    name_box = next(box for box in dialog.findChildren(QLineEdit) if box.isVisible())
    assert name_box.text() == f"legapp report - Ana - {english_day(person.w.visit.today())}.pdf"
    assert name_box.font().pointSize() == TEXT_SIZES[-1].body_pt  # the app's largest text
    assert dialog.width() >= person.w.width() * 0.8  # room for the large words
    stick = tmp_path / "usb stick"
    stick.mkdir()
    dialog.selectFile(str(stick / "for the doctor"))
    dialog.accept()
    saved = stick / "for the doctor.pdf"  # the ending is added
    assert saved.exists()
    assert "Ana" in pdf_text(saved)
    assert str(stick) in results.list.note.text.text()
    assert results.saver.dialog is None
    assert saved.stat().st_mode & 0o777 == 0o600
    qtbot.waitUntil(results.list.note.open_button.hasFocus)  # back where the person was


def test_a_folder_that_will_not_take_it_still_offers_another_place(person, qtbot, desk, tmp_path):
    results = ana_with_results(person)
    desk.folder = tmp_path / "gone"
    click(qtbot, results.list.export_button)
    click(qtbot, results.list.note.other_button)
    dialog = _the_dialog(qtbot, results.saver)
    dialog.selectFile(str(tmp_path / "here.csv"))
    dialog.accept()
    assert (tmp_path / "here.csv").exists()
    assert results.list.note.open_button.isVisible()


def test_when_no_program_opens_it_the_note_says_where_it_is(person, qtbot, desk, monkeypatch):
    from legapp.qt import saving

    results = ana_with_results(person)
    monkeypatch.setattr(saving.DESK, "open_url", lambda _url: False)
    click(qtbot, results.list.report_button)
    click(qtbot, results.list.note.open_button)
    assert "No program on this computer opened it" in results.list.note.text.text()


def test_a_chart_picture_goes_to_documents_with_its_name(person, qtbot, desk):
    page = person.open_area("See the numbers")
    today = person.w.visit.today()
    click(qtbot, page.lifetime.save_button)
    picture = desk.folder / f"legapp chart - Muscle with age - {english_day(today)}.png"
    image = QImage(str(picture))
    assert not image.isNull()
    assert image.width() > 300
    if os.name == "posix":
        assert picture.stat().st_mode & 0o777 == 0o600  # it may show a person's results
    assert leftovers(desk.folder) == []
    note = page.lifetime.note
    assert note.isVisible()
    assert picture.name in note.text.text()
    qtbot.waitUntil(note.open_button.hasFocus)
    click(qtbot, page.lifetime.save_button)
    assert (desk.folder / f"legapp chart - Muscle with age - {english_day(today)} (2).png").exists()
    click(qtbot, note.open_button)
    second = desk.folder / f"legapp chart - Muscle with age - {english_day(today)} (2).png"
    assert desk.opened == [str(second)]


def test_my_results_chart_is_named_for_the_person_and_a_failure_is_kind(person, qtbot, desk, tmp_path):
    ana_with_results(person)
    page = person.open_area("See the numbers")
    click(qtbot, page.tab_buttons["results"])
    click(qtbot, page.results.save_button)
    assert (desk.folder / f"legapp chart - Ana - {english_day(person.w.visit.today())}.png").exists()
    desk.folder = tmp_path / "gone"
    click(qtbot, page.results.save_button)
    words = page.results.note.text.text()
    assert "The chart could not be saved in" in words
    assert "the folder is not there" in words
    click(qtbot, page.results.note.other_button)
    dialog = _the_dialog(qtbot, page.results.saver)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: page.results.saver.dialog is None)


def test_a_kiosk_saves_no_picture_and_opens_no_file_dialog(qtbot, make_window, desk):
    from legapp.kiosk.config import KioskConfig
    from legapp.kiosk.pin import hash_pin
    from legapp.qt.application import enter_kiosk

    clock = FakeClock(1000.0)
    window = make_window(clock=clock)
    config = KioskConfig(pin_hash=hash_pin("2468", salt=b"0123456789abcdef"), areas=("learn", "see"))
    controller = enter_kiosk(window, config, clock=clock.now, pin_clock=clock.now)
    try:
        window.go(Route("see"))
        page = window.current_page
        settle(qtbot)
        assert not page.lifetime.save_button.isVisible()
        page.save_picture()  # even if asked some other way
        assert list(desk.folder.iterdir()) == []
        page.lifetime.saver.choose_other()
        assert page.lifetime.saver.dialog is None
        assert not window.findChildren(QFileDialog)
    finally:
        controller.leave()


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_the_saved_notes_are_whole_at_the_largest_text(person, qtbot, desk, screen):
    from legapp.qt.main_window import fit_to_screen

    from .layout_checks import screen_problems

    results = ana_with_results(person)
    person.w.set_text_size(len(TEXT_SIZES) - 1)
    fit_to_screen(person.w, *screen)
    click(qtbot, results.list.report_button)
    settle(qtbot, 60)
    assert not screen_problems(results)
    page = person.open_area("See the numbers")
    click(qtbot, page.lifetime.save_button)
    settle(qtbot, 60)
    for button in (page.lifetime.note.open_button, page.lifetime.note.other_button):
        page.lifetime.words.ensureWidgetVisible(button)
        settle(qtbot, 30)
        assert not screen_problems(page)


def test_documents_is_the_persons_own_or_else_their_home_folder(tmp_path, monkeypatch):
    from legapp.qt.saving import documents_folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # and no user-dirs.dirs: the tests' config folder is empty
    assert documents_folder() == home  # no Documents folder: home, and none is made
    assert sorted(home.iterdir()) == []
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"
