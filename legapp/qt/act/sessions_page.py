"""Exercise sessions: the three ready-made ones, or "build my own" from the library; then
the session itself, guided by the same voice, clock and Stop as the self-tests, after the
safety check once a day. A finished session is noted in the person's week."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from legapp.act.plan import Activity
from legapp.act.routines import own_session, routine
from legapp.checks.state import CheckState
from legapp.content.models import ContentPack
from legapp.qt.check.run_panel import RunPanel
from legapp.qt.check.run_view import RunView
from legapp.qt.check.steps import RefusedStep, SafetyStep
from legapp.qt.page import Page
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker
from legapp.qt.step_view import ButtonRow, StepView, label
from legapp.qt.widgets import BigButton, Tile
from legapp.session import Clock, MonotonicClock


class ChooseStep(StepView):
    """The ready-made sessions as tiles, and the library's exercises to build one's own."""

    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.body.addWidget(label(self.tr(
            "Each session starts with a warm-up and ends with a cool-down. The app tells you what to "
            "do, counts with you, and waits for you. Keep a sturdy chair close by."), "stepNote"))
        self.tiles: dict[str, Tile] = {}
        for session in pack.sessions:
            tile = Tile(session.title, session.summary)
            self.body.addWidget(tile)
            self.tiles[session.id] = tile
        self.body.addWidget(label(self.tr("Or build your own: choose the exercises."), "question"))
        self.picks = ButtonRow()
        self.pick_buttons: dict[str, BigButton] = {}
        for exercise in pack.exercises:
            button = BigButton(exercise.title)
            button.setObjectName("toggle")
            button.setCheckable(True)
            self.picks.addWidget(button)
            self.pick_buttons[exercise.id] = button
        self.body.addWidget(self.picks)
        self.message = label("", "kindMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        self.own_button = BigButton(self.tr("Start my own session"))
        self.body.addWidget(self.own_button)
        self.body.addStretch(1)

    @property
    def chosen(self) -> list[str]:
        return [eid for eid, button in self.pick_buttons.items() if button.isChecked()]

    @property
    def first_control(self) -> QWidget:
        return next(iter(self.tiles.values()))


class DoneStep(StepView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = label("", "bigScore")
        self.text = label("", "resultText")
        self.kept = label("", "resultNote")
        for widget in (self.heading, self.text, self.kept):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.back_button = BigButton(self.tr("Back to the sessions"))
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)

    @property
    def first_control(self) -> QWidget:
        return self.back_button


class SessionsPage(Page):
    def __init__(self, pack: ContentPack, state: CheckState, speaker: Speaker, sounds: SoundPlayer,
                 clock: Callable[[], Clock] | None, images: Path, time_scale: float,
                 note_done: Callable[[], str], parent: QWidget | None = None):
        """``note_done()`` notes a finished session in the person's week; it returns what to say."""
        super().__init__(self.tr("Exercise sessions"), parent)
        self.pack, self.state, self.note_done = pack, state, note_done
        self.exercises = {e.id: e for e in pack.exercises}
        self.safe_on: datetime.date | None = None  # the safety check is asked once a day
        self.pending = None
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.choose = ChooseStep(pack)
        sessions = {s.id: s for s in pack.sessions}
        for sid, tile in self.choose.tiles.items():
            tile.clicked.connect(lambda _=False, i=sid: self._begin(sessions[i]))
        self.choose.own_button.clicked.connect(self._own)
        self.safety = SafetyStep(pack.safety, state)
        self.safety.cleared.connect(self._cleared)
        self.safety.refused.connect(lambda: self._go(self.refused))
        self.refused = RefusedStep(pack.safety, images)
        self.refused.back.connect(lambda: self._go(self.choose))
        self.run = RunView(images)
        self.run.count_unit.setText(self.tr("times"))
        self.run.stop.connect(self.stop_run)
        self.panel = RunPanel(self.run, speaker, sounds, clock or MonotonicClock, time_scale,
                              lambda: False, parent=self)
        self.panel.say_counts = True
        self.panel.finished.connect(self._finished)
        self.panel.phase_shown.connect(self.focus_first)
        self.done = DoneStep()
        self.done.back_button.clicked.connect(lambda: self._go(self.choose))
        for step in (self.choose, self.safety, self.refused, self.run, self.done):
            self.steps.addWidget(step)
        self._keys = [QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_run),
                      QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space)]
        for key in self._keys:
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Space is the big button only while a test runs; on other steps it presses the
        # focused button, as everywhere else (a keyboard user answers Yes/No with it).
        space = self._keys[1]
        space.setEnabled(False)
        self.steps.currentChanged.connect(lambda _i: space.setEnabled(self.steps.currentWidget() is self.run))

    def settle(self) -> None:
        for step in (self.choose, self.safety, self.refused, self.run, self.done):
            step.settle()

    def show_item(self, arg: str) -> None:
        self.stop_run()
        self._go(self.choose)

    def first_control(self) -> QWidget:
        if self.steps.currentWidget() is self.run:
            return self.run.tap_button if self.run.tap_button.isVisibleTo(self.run) else self.run.stop_button
        return self.steps.currentWidget().first_control

    def _go(self, step: QWidget) -> None:
        self.title.setVisible(step is not self.run)
        self.steps.setCurrentWidget(step)
        self.focus_first()

    def _own(self) -> None:
        try:
            session = own_session(self.choose.chosen, self.exercises)
        except ValueError as exc:
            self.choose.message.setText(str(exc))
            self.choose.message.setAccessibleName(str(exc))
            self.choose.message.show()
            return
        self.choose.message.hide()
        self._begin(session)

    def _begin(self, session) -> None:
        self.pending = session
        QTimer.singleShot(0, self.panel.speaker.prepare)
        QTimer.singleShot(0, self.panel.sounds.prepare)
        if self.safe_on == datetime.date.today():
            self._start()
        else:
            self.safety.reset()
            self._go(self.safety)

    def _cleared(self) -> None:
        self.safe_on = datetime.date.today()
        self._start()

    def _start(self) -> None:
        self.set_title(self.pending.title)
        self._go(self.run)
        self.panel.start(routine(self.pending, self.exercises))

    @property
    def runner(self):
        return self.panel.runner

    def _space(self) -> None:
        if self.steps.currentWidget() is self.run and not self.panel.space():
            self.stop_run()

    def stop_run(self) -> None:
        if self.panel.stop():
            self.set_title(self.tr("Exercise sessions"))
            self._go(self.choose)

    def hideEvent(self, event) -> None:
        if not event.spontaneous():
            self.stop_run()
        super().hideEvent(event)

    def _finished(self, _event) -> None:
        self.done.heading.setText(self.tr("Well done!"))
        self.done.text.setText(self.tr("You finished the {0} session. Your legs will thank you.").replace(
            "{0}", self.pending.title.lower() if self.pending.id != "own" else self.tr("your own")))
        kept = self.note_done()
        self.done.kept.setText(kept)
        self.done.kept.setVisible(bool(kept))
        for widget in (self.done.heading, self.done.text, self.done.kept):
            widget.setAccessibleName(widget.text())
        self.set_title(self.tr("Exercise sessions"))
        self._go(self.done)


def note_session(history, state: CheckState) -> str:
    """A finished session counts as a strength session in the person's week."""
    if history is None or state.profile_id is None:
        return ""
    try:
        history.save_activity(Activity(state.profile_id, "strength", datetime.datetime.now().astimezone()))
    except Exception as exc:  # a full disk: say so, the session still counted for the body
        return f"It could not be noted in your week ({exc})."
    return f"It is noted in {state.name}'s week as a strength session."
