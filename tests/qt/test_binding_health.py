"""Guard against the PySide6 6.12.0 bug that drops a reference to None on every call
returning nothing: on Python 3.11 it crashes a long-running app ("none_dealloc")."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_do_not_eat_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.setToolTip("x")
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before > -100
