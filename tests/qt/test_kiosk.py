"""Kiosk mode on the real window: a stranger's visit is wiped after the idle time and
nothing of theirs can be reached; the window cannot be closed; staff leave with the PIN.
The idle clock and the PIN lock's clock are fake clocks moved by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from legapp.engine import FakeClock
from legapp.kiosk.config import KioskConfig
from legapp.kiosk.pin import hash_pin
from legapp.navigation import HOME, Route
from legapp.qt.application import enter_kiosk

from .conftest import settle
from .people import Person, click

PIN = "2468"
HASH = hash_pin(PIN, salt=b"0123456789abcdef", n=2**10)  # cheap: these tests try many PINs


@pytest.fixture
def kiosk(qtbot, make_window, tmp_path):
    clock, pin_clock = FakeClock(1000.0), FakeClock(50.0)
    window = make_window(clock=clock)
    config = KioskConfig(pin_hash=HASH, idle_seconds=120, warning_seconds=20, text_size="large",
                         areas=("learn", "check", "act"), centre_name="Maple Street Centre",
                         help_line="Ask at the front desk for help.")
    controller = enter_kiosk(window, config, clock=clock.now, pin_clock=pin_clock.now)
    person = Person(qtbot, window, clock)
    person.controller, person.pin_clock = controller, pin_clock
    yield person
    if window.locked:
        controller.leave()  # stops its timers, as staff would


def go_idle(person, seconds):
    person.clock.advance(seconds)
    person.controller.check_now()


def test_an_idle_visit_is_wiped_and_nothing_of_it_can_be_reached(kiosk, qtbot):
    person = kiosk
    person.w.set_text_size(3)  # the visitor made the text larger
    page = person.chair_stand(6, age="77", sex="male")
    assert page.steps.currentWidget() is page.result
    assert page.result.kept.text() == ""  # nothing is kept in a kiosk, and nothing is said of it
    person.open("stay_independent")
    click(qtbot, person.page.answers[0])  # "Yes, I have fallen in the past year"
    person.w.go(Route("search"))
    person.page.box.setText("falls")
    go_idle(person, 119)
    assert not person.controller.overlay.isVisible()
    go_idle(person, 1)
    assert person.controller.overlay.isVisible()
    assert person.controller.overlay.question.text() == "Are you still there?"
    assert person.controller.overlay.countdown.text() == "20"
    go_idle(person, 20)
    w = person.w
    assert not person.controller.overlay.isVisible()
    assert w.history.current == HOME
    assert not w.history.can_go_back
    assert list(w.pages) == ["home"]  # every screen that held an answer is gone
    assert w.visit.who.age is None
    assert w.visit.who.sex is None
    assert w.look.size_index == 1  # the centre's text size again
    typed = [e.text() for e in w.findChildren(QLineEdit) if e.text()]
    assert typed == []
    language = w.pages["home"].language_buttons["en"]  # the centre's language shows as chosen
    pressed = [b for b in w.findChildren(QAbstractButton) if b.isCheckable() and b.isChecked()]
    assert pressed == [language]
    # The next person starts afresh: the test asks who they are, the checklist starts at 1.
    page = person.open("chair_stand_30s")
    person.safe()
    assert page.steps.currentWidget() is page.person
    assert page.person.age.text() == ""
    person.open("stay_independent")
    assert person.page.asking.progress.text() == "Question 1 of 12"
    assert not any(b.isChecked() for b in person.page.answers)
    assert w.visit.history_dir is None  # and no history was ever opened
    assert w.visit.history is None


def test_a_touch_while_asking_keeps_the_visit(kiosk, qtbot):
    person = kiosk
    person.w.go(Route("topics"))
    go_idle(person, 125)
    assert person.controller.overlay.isVisible()
    click(qtbot, person.controller.overlay.yes_button)
    assert not person.controller.overlay.isVisible()
    go_idle(person, 100)  # the count started again from the touch
    assert person.w.history.current == Route("topics")


def test_the_window_cannot_be_closed_or_quit(kiosk, qtbot):
    w = kiosk.w
    w.close()
    assert w.isVisible()
    qtbot.keyClick(w.current_page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert w.isVisible()


def test_staff_leave_with_the_pin_after_a_long_press_in_the_corner(kiosk, qtbot):
    person = kiosk
    w, pin = person.w, person.controller.pin
    qtbot.mousePress(w.bar, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(pin.isVisible, timeout=5000)  # held for three seconds
    qtbot.mouseRelease(w.bar, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    for _ in range(5):
        for digit in "1111":
            click(qtbot, next(b for b in pin.findChildren(QAbstractButton) if b.text() == digit))
        click(qtbot, pin.ok_button)
    assert pin.message.text().startswith("Locked for 1 minute")  # ("1 minute." once legapp_en.ts has it)
    pin.box.setText(PIN)
    click(qtbot, pin.ok_button)
    assert w.isVisible()  # still locked
    person.pin_clock.advance(60)
    pin.box.setText(PIN)
    click(qtbot, pin.ok_button)
    assert not w.isVisible()
    assert not w.locked


def test_only_the_centres_areas_and_big_targets(kiosk, qtbot):
    w = kiosk.w
    settle(qtbot, 40)
    shown = [t.accessibleName() for t in w.pages["home"].tiles if t.isVisible()]
    assert "See the numbers" not in shown  # not chosen by this centre
    assert "My results" not in shown  # nothing is kept in a kiosk
    assert "Check your fall risk" in shown
    assert w.pages["home"].centre.text() == "Maple Street Centre. Ask at the front desk for help."
    small = [b.text() for b in w.findChildren(QAbstractButton)
             if b.isVisible() and min(b.width(), b.height()) < 60]
    assert small == []


def test_an_unexpected_error_starts_again_and_logs_no_personal_data(kiosk, qtbot, caplog):
    person = kiosk
    person.open("stay_independent")
    click(qtbot, person.page.answers[0])
    try:
        raise RuntimeError("typed by the visitor: Ana, 1 Main Street")
    except RuntimeError as exc:
        person.controller.on_error(type(exc), exc, exc.__traceback__)
    w = person.w
    assert list(w.pages) == ["home"]
    assert "Let's start again" in w.notice.label.text()
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged
    assert "Main Street" not in logged
    assert "test_kiosk.py" in logged  # where it happened


def test_a_number_pad_where_a_number_is_asked(kiosk, qtbot):
    person = kiosk
    page = person.open("chair_stand_30s")
    person.safe()
    pad = person.controller.pad
    qtbot.waitUntil(pad.isVisible)  # the age box has focus: its pad is up
    assert pad.target is page.person.age
    for key in "7", "9", "<", "8":
        click(qtbot, pad.keys[key])
    assert page.person.age.text() == "78"
    click(qtbot, page.person.female)
    click(qtbot, pad.keys[">"])  # OK: as Enter in the box
    assert page.steps.currentWidget() is page.setups["chair_stand_30s"]
    qtbot.waitUntil(lambda: not pad.isVisible())
    assert min(b.height() for b in pad.keys.values()) >= 60


def test_a_result_goes_home_as_a_qr_code(kiosk, qtbot):
    person = kiosk
    person.open("sarc_f")
    for points in (1, 0, 1, 1, 0):
        click(qtbot, person.page.answers[points])
    view = person.page.result
    assert view.qr.isVisible()
    assert not view.qr.pixmap().isNull()
    assert view.print_button.isVisible()  # this centre allows printing
    assert "SARC-F" in view.take_home_text
    assert "3 of 10 points" in view.take_home_text
    assert "not a diagnosis" in view.take_home_text


def test_a_kiosk_has_60_px_targets_and_keeps_a_starting_notice_from_the_first_visitor(qtbot, make_window):
    """Even when the centre's text size is the one the app started with (nothing else to
    apply), the kiosk's larger targets are in force; a notice from starting up stays."""
    window = make_window(notices=["Your saved settings were damaged."])
    config = KioskConfig(pin_hash=HASH, text_size="normal")
    controller = enter_kiosk(window, config, clock=FakeClock(1.0).now, pin_clock=FakeClock(1.0).now)
    try:
        assert "min-height: 60px" in QApplication.instance().styleSheet()
        assert window.notice.isVisible()
        assert "damaged" in window.notice.label.text()
    finally:
        controller.leave()


def test_a_kiosk_offers_no_way_to_keep_a_person(kiosk, qtbot):
    """Nothing personal is kept: no "choose a person" on the Check menu, no "Add a person"
    on the people screen (once a traceback that wiped the visit)."""
    person = kiosk
    person.w.go(Route("check"))
    assert not person.page.who_button.isVisible()
    person.w.go(Route("profiles", "check"))
    assert not person.page.list.add_button.isVisible()


def test_the_wipe_empties_the_clipboard_and_the_selection(kiosk, qtbot):
    from PySide6.QtGui import QClipboard

    person = kiosk
    person.w.go(Route("search"))
    box = person.page.box
    qtbot.keyClicks(box, "my knee hurts")
    box.selectAll()
    box.copy()  # what the visitor copied
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "my knee hurts"
    if clipboard.supportsSelection():
        clipboard.setText("my knee hurts", QClipboard.Mode.Selection)
    go_idle(person, 120)
    go_idle(person, 20)  # wiped for the next person
    assert clipboard.text() == ""
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == ""


def test_a_minimised_kiosk_comes_back_full_screen(kiosk, qtbot):
    w = kiosk.w
    w.showMinimized()
    qtbot.waitUntil(lambda: not w.isMinimized(), timeout=3000)
    assert w.isVisible()
    assert w.windowState() & Qt.WindowState.WindowFullScreen


def test_wrong_pins_lock_the_prompt_longer_each_time(kiosk, qtbot):
    person = kiosk
    pin = person.controller.pin
    pin.open_prompt()
    said = []
    for _ in range(3):
        for _ in range(5):
            pin.box.setText("1111")
            click(qtbot, pin.ok_button)
        said.append(pin.message.text())
        person.pin_clock.advance(pin.guard.locked_for())
    # (the English plural comes from legapp_en.ts: "1 minute.", "5 minutes." once it has it)
    assert [words.split(" minute")[0] for words in said] == ["Locked for 1", "Locked for 5", "Locked for 15"]
    pin.close_prompt()


class DialogWatch:
    """Looks at each dialog of ``kinds`` that opens (a modal one blocks the click that
    opened it) and closes it after 2 s at most, so a test that fails does not hang."""

    def __init__(self, *kinds):
        from PySide6.QtCore import QTimer

        self.kinds, self.seen, self.started = kinds, [], {}
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self):
        import time

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, self.kinds) and widget.isVisible():
                if widget not in self.started:
                    self.started[widget] = time.monotonic()
                    self.seen.append(describe(widget))
                if time.monotonic() - self.started[widget] > 2:
                    widget.reject()

    def stop(self):
        self.timer.stop()


def describe(dialog):
    """What a person could choose in a dialog: its lists' entries and the buttons in sight."""
    from PySide6.QtWidgets import QComboBox

    lists = {box.objectName(): [box.itemText(i) for i in range(box.count())]
             for box in dialog.findChildren(QComboBox)}
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    return {"kind": type(dialog).__name__, "lists": lists, "buttons": buttons}


def _result_to_print(person, qtbot):
    person.open("sarc_f")
    for points in (1, 0, 1, 1, 0):
        click(qtbot, person.page.answers[points])
    view = person.page.result
    assert view.print_button.isVisible()  # this centre allows printing
    return view


def test_printing_in_a_kiosk_with_no_printer_says_so_and_opens_no_dialog(kiosk, qtbot):
    """Qt, with no printer on the machine, offers only "Print to File (PDF)" and its file
    dialog: a kiosk says there is no printer instead."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QFileDialog

    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    person = kiosk
    view = _result_to_print(person, qtbot)
    watch = DialogWatch(QPrintDialog, QFileDialog)
    try:
        click(qtbot, view.print_button)
        settle(qtbot)
    finally:
        watch.stop()
    assert watch.seen == []
    assert person.w.notice.isVisible()
    assert "No printer is ready" in person.w.notice.label.text()


def test_printing_in_a_kiosk_offers_printers_only_never_a_file(kiosk, qtbot, monkeypatch, tmp_path):
    """With a printer to offer, the dialog lists no "Print to File" (so no button for a
    file dialog either); and a choice that would still end in a PDF prints nothing."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QDialog

    # A printer for the app to find (this machine has none, so what the dialog itself
    # lists is Qt's own: no printer, and in a kiosk no file).
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))
    monkeypatch.chdir(tmp_path)
    person = kiosk
    view = _result_to_print(person, qtbot)
    watch = DialogWatch(QDialog)  # any dialog: the printer's, a file's, a question's

    def press_print():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]
        dialog = shown[0] if shown else None
        if dialog is None:
            return False
        watch.look()
        button = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Print")
        button.click()
        return True

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: press_print() and timer.stop())
    timer.start()
    try:
        click(qtbot, view.print_button)
        settle(qtbot)
    finally:
        timer.stop()
        watch.stop()
    assert [d["kind"] for d in watch.seen] == ["QPrintDialog"]  # the printer dialog, no other
    shown = watch.seen[0]
    assert "Print to File (PDF)" not in shown["lists"]["printers"]
    assert not any("..." in text for text in shown["buttons"])  # no "choose a file" button
    assert "No printer is ready" in person.w.notice.label.text()  # no file was made instead
    assert list(tmp_path.iterdir()) == []


def test_a_file_dialog_that_opens_in_a_kiosk_is_closed_at_once(kiosk, qtbot):
    import time

    from PySide6.QtWidgets import QFileDialog

    watch = DialogWatch(QFileDialog)
    start = time.monotonic()
    try:
        chosen, _ = QFileDialog.getSaveFileName(kiosk.w, "Save", "", "")
    finally:
        watch.stop()
    assert chosen == ""
    assert time.monotonic() - start < 1  # closed by the kiosk, not by the watch after 2 s
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # none it cannot see
    kiosk.controller.leave()
    assert not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # as it was
