"""The switch "I am helping someone else": on, every step is worded for a helper
("Ask them to..."). It sits on the Check menu and at the start of each test; both show
and change the visit's one setting, which the visit saves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from legapp.qt.widgets import BigButton

if TYPE_CHECKING:
    from legapp.visit import Visit


class HelperToggle(BigButton):
    changed = Signal(bool)

    def __init__(self, visit: Visit, parent: QWidget | None = None):
        super().__init__("", parent)
        self.visit = visit
        self.setObjectName("toggle")
        self.setCheckable(True)
        self.setAccessibleName(self.tr("I am helping someone else"))
        self.toggled.connect(self._set)
        self.refresh()

    def _set(self, on: bool) -> None:
        self.visit.set_caregiver(on)
        self.refresh()
        self.changed.emit(on)

    def refresh(self) -> None:
        """Show the setting as it is now (the other switch may have changed it)."""
        on = self.visit.caregiver
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self.setText(("\u2714 " if on else "") + self.tr("I am helping someone else"))
        self.setAccessibleDescription(
            self.tr("On: the steps are written for a helper") if on else self.tr("Off"))
