"""The bar on every screen: Back, Home, text size and Help."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from legapp.qt.widgets import BigButton, Strip


class TopBar(Strip):
    back = Signal()
    home = Signal()
    smaller = Signal()
    bigger = Signal()
    help = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("topBar", (16, 10, 16, 10), parent)
        self.setAccessibleName(self.tr("Main controls"))
        layout = self.row
        layout.setSpacing(12)
        self.back_button = BigButton(self.tr("\u25c0 Back"), name=self.tr("Back"))
        self.home_button = BigButton(self.tr("Home"), name=self.tr("Home"))
        self.size_label = QLabel(self.tr("Text size"))
        self.size_label.setObjectName("barLabel")
        self.smaller_button = BigButton("A\u2212", name=self.tr("Smaller text"))
        self.bigger_button = BigButton("A+", name=self.tr("Bigger text"))
        self.help_button = BigButton(self.tr("Help"), name=self.tr("Help"))
        for button in (self.back_button, self.home_button, self.smaller_button,
                       self.bigger_button, self.help_button):
            button.setObjectName("barButton")
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.home)
        self.smaller_button.clicked.connect(self.smaller)
        self.bigger_button.clicked.connect(self.bigger)
        self.help_button.clicked.connect(self.help)
        layout.addWidget(self.back_button)
        layout.addWidget(self.home_button)
        layout.addStretch(1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.bigger_button)
        layout.addSpacing(12)
        layout.addWidget(self.help_button)

    def set_state(self, *, can_go_back: bool, at_home: bool, size: int, sizes: int) -> None:
        self.back_button.setEnabled(can_go_back)
        self.home_button.setEnabled(not at_home)
        self.smaller_button.setEnabled(size > 0)
        self.bigger_button.setEnabled(size < sizes - 1)
        step = self.tr("Text size {0} of {1}").replace("{0}", str(size + 1)).replace("{1}", str(sizes))
        self.smaller_button.setAccessibleDescription(step)
        self.bigger_button.setAccessibleDescription(step)
