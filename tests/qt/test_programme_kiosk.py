"""My programme in a kiosk: nothing personal (no level kept, no weeks, no calendar), but a
level can be chosen and its exercises printed on a sheet to take home."""

from __future__ import annotations

import pytest

from legapp.navigation import Route

from .people import click
from .test_kiosk import DialogWatch, kiosk  # noqa: F401  (kiosk: the fixture)


def test_a_kiosk_keeps_nothing_but_prints_a_take_home_sheet(kiosk, qtbot):  # noqa: F811
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QFileDialog

    person = kiosk
    act = person.open_area("Keep your legs strong")
    click(qtbot, act.tiles["programme"])
    page = person.page
    assert page.who.text().startswith("Nothing is kept here.")
    assert "the app's own rule" in page.suggestion_text.text()
    for hidden in (page.mine, page.person_button, page.checks_button, page.care_question):
        assert not hidden.isVisible()
    assert not page.print_button.isVisible()  # a level first
    click(qtbot, page.level_buttons["seated"])
    assert page.print_button.isVisible()
    sheet = page.sheet()
    for words in ("the Seated and supported level", "Seated marching (1 x 6 times)",
                  "Stand while holding a chair (2 x 10 seconds)", "Easier:", "Safety:"):
        assert words in sheet
    assert person.w.visit.history is None  # nothing was kept
    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    watch = DialogWatch(QPrintDialog, QFileDialog)
    try:
        click(qtbot, page.print_button)
    finally:
        watch.stop()
    assert watch.seen == []  # no printer: no dialog, and never a file
    assert "No printer is ready" in person.w.notice.label.text()
    person.w.go(Route("glance"))  # everyone's week: no one, in a kiosk
    assert person.page.tiles == []
