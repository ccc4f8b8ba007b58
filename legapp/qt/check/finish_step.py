"""After the timer: the two chair-stand rules (more than halfway up at the end counts;
needing the arms scores 0), the arms question of the five-times test, or a count typed
in by someone who counted by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from legapp.checks.person import check_count
from legapp.qt.widgets import BigButton


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class FinishStep(QWidget):
    done = Signal(dict)  # the answers: {"count": n} and/or {"halfway": bool, "arms": bool}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.count_label = _label("question")
        self.count_box = QLineEdit()
        self.count_box.setObjectName("numberBox")
        self.count_box.setMaxLength(3)
        layout.addWidget(self.count_label)
        layout.addWidget(self.count_box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.questions: dict[str, QLabel] = {}
        self.buttons: dict[str, tuple[BigButton, BigButton]] = {}
        for row, key in enumerate(("halfway", "arms")):
            label = _label("question")
            yes, no = BigButton(self.tr("Yes")), BigButton(self.tr("No"))
            for button, value in ((yes, True), (no, False)):
                button.setObjectName("answer")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, k=key, v=value: self._choose(k, v))
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.questions[key] = label
            self.buttons[key] = (yes, no)
        layout.addLayout(grid)
        self.message = _label("kindMessage")
        layout.addWidget(self.message)
        self.continue_button = BigButton(self.tr("See the result"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.continue_button)
        self.asked: tuple[str, ...] = ()
        self.answers: dict[str, bool] = {}

    def ask(self, *, count: bool, halfway: bool, arms: bool, caregiver: bool) -> None:
        self.answers = {}
        self.message.hide()
        self.asked = tuple(k for k, on in (("halfway", halfway), ("arms", arms)) if on)
        self.count_label.setVisible(count)
        self.count_box.setVisible(count)
        self.count_box.clear()
        who = caregiver
        self.count_label.setText(self.tr("How many times did they stand up all the way?") if who
                                 else self.tr("How many times did you stand up all the way?"))
        self.count_box.setAccessibleName(self.count_label.text())
        texts = {
            "halfway": self.tr("When time ran out, were they more than halfway up?") if who
            else self.tr("When time ran out, were you more than halfway up?"),
            "arms": self.tr("Did they have to push with their arms to stand up?") if who
            else self.tr("Did you have to push with your arms to stand up?"),
        }
        for key, label in self.questions.items():
            shown = key in self.asked
            label.setText(texts[key])
            label.setVisible(shown)
            for button, word in zip(self.buttons[key], (self.tr("Yes"), self.tr("No")), strict=True):
                button.setVisible(shown)
                button.setChecked(False)
                button.setAccessibleName(f"{word}: {texts[key]}")
        self._update()

    def _choose(self, key: str, value: bool) -> None:
        self.answers[key] = value
        yes, no = self.buttons[key]
        yes.setChecked(value)
        no.setChecked(not value)
        self._update()

    def _update(self) -> None:
        self.continue_button.setEnabled(all(k in self.answers for k in self.asked))

    def _continue(self) -> None:
        out: dict = dict(self.answers)
        if self.count_box.isVisible():
            try:
                out["count"] = check_count(self.count_box.text())
            except ValueError as exc:
                self.message.setText(str(exc))
                self.message.setAccessibleName(str(exc))
                self.message.show()
                self.count_box.setFocus()
                return
        self.done.emit(out)

    @property
    def first_control(self) -> QWidget:
        if self.count_box.isVisibleTo(self):
            return self.count_box
        if self.asked:
            return self.buttons[self.asked[0]][0]
        return self.continue_button
