"""The focus ring is thicker than a plain edge, but a control is the same size focused or
not: nothing moves as Tab goes along a row, and no layout is left a few pixels short (a
focused "Add a person" was once cut at the largest text)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES

from .conftest import settle


@pytest.mark.parametrize("theme", ["standard", "high-contrast"])
def test_focus_does_not_change_a_controls_size(qtbot, make_window, theme):
    w = make_window(theme=theme)
    w.set_text_size(len(TEXT_SIZES) - 1)
    checked = 0
    for route in (Route("home"), Route("profiles"), Route("check"), Route("protein")):
        w.go(route)
        settle(qtbot)
        controls = [c for kind in (QPushButton, QLineEdit) for c in w.findChildren(kind)
                    if c.isVisible() and c.isEnabled()]
        for control in controls:
            before = control.sizeHint()
            control.setFocus()
            QApplication.processEvents()
            assert control.hasFocus() or not w.isActiveWindow()
            assert control.sizeHint() == before, (control.objectName(), control.accessibleName())
            checked += 1
    assert checked > 30
