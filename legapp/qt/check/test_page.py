"""One timed self-test, start to end: safety check, who is tested, set-up, the run
with voice and big clock, the end questions, the result. Leaving the page, Stop or
Esc end the run at once, and a stopped run never gives a score."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from legapp.checks.explain import explain, take_home_text
from legapp.checks.scoring import score_run
from legapp.checks.state import CheckState
from legapp.content.models import ContentPack
from legapp.navigation import Route
from legapp.qt.check.finish_step import FinishStep
from legapp.qt.check.result_view import ResultView
from legapp.qt.check.run_panel import RunPanel
from legapp.qt.check.run_view import RunView
from legapp.qt.check.steps import PersonStep, RefusedStep, SafetyStep, SetupStep
from legapp.qt.page import Page
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker
from legapp.session import Clock, Finished, MonotonicClock


class TestPage(Page):
    __test__ = False  # not a pytest class
    caregiver_changed = Signal(bool)

    def __init__(self, pack: ContentPack, state: CheckState, speaker: Speaker, sounds: SoundPlayer,
                 clock: Callable[[], Clock] | None, images: Path, time_scale: float = 1.0,
                 keep: Callable[[object, dict], str] = lambda _result, _raw: "",
                 take_home: bool | None = None, parent: QWidget | None = None):
        """``keep(result, raw)`` keeps a finished result for the person (Track) and says
        what became of it. ``take_home`` (a kiosk): offer a QR code, and printing if True."""
        super().__init__("", parent)
        self.keep, self.take_home = keep, take_home
        self.pack, self.state, self.speaker, self.sounds = pack, state, speaker, sounds
        self.make_clock = clock or MonotonicClock
        self.images, self.time_scale = images, time_scale
        self.protocol = None
        self.raw: dict | None = None
        self.last_result = None
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)

        self.safety = SafetyStep(pack.safety, state)
        self.safety.cleared.connect(self._after_safety)
        self.safety.refused.connect(lambda: self._go(self.refused))
        self.safety.caregiver_changed.connect(self.caregiver_changed)
        self.refused = RefusedStep(pack.safety, images)
        self.refused.back.connect(lambda: self.navigate.emit(Route("check")))
        self.person = PersonStep(state)
        self.person.done.connect(self._to_setup)
        self.setups: dict[str, SetupStep] = {}
        # The running test is not a scrolling step: Stop, the clock and the big button
        # keep their place at every text size.
        self.run = RunView(images)
        self.run.stop.connect(self.stop_run)
        self.panel = RunPanel(self.run, speaker, sounds, self.make_clock, time_scale, lambda: state.caregiver,
                              parent=self)
        self.panel.finished.connect(self._finished)
        self.panel.phase_shown.connect(self.focus_first)
        self.finish = FinishStep()
        self.finish.done.connect(self._score)
        self.result = ResultView()
        self.result.again.connect(lambda: self.show_item(self.protocol.id))
        self.result.menu.connect(lambda: self.navigate.emit(Route("check")))
        self.result.learn.connect(lambda: self.navigate.emit(Route("topic", self.protocol.topic)))
        for widget in (self.safety, self.refused, self.person, self.run, self.finish, self.result):
            self.steps.addWidget(widget)
        for step in (self.safety, self.refused, self.result):  # questions and results can be heard
            step.add_read_aloud(speaker)
        self._keys = [QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_run),
                      QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space)]
        for key in self._keys:
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Space is the big button only while a test runs; on other steps it presses the
        # focused button, as everywhere else (a keyboard user answers Yes/No with it).
        space = self._keys[1]
        space.setEnabled(False)
        self.steps.currentChanged.connect(lambda _i: space.setEnabled(self.steps.currentWidget() is self.run))

    # the steps --------------------------------------------------------------
    def show_item(self, arg: str) -> None:
        self.stop_run()
        self.protocol = self.pack.protocol(arg)
        self.set_title(self.protocol.title)
        self.raw = None
        self.safety.reset()
        self._go(self.safety)

    def _after_safety(self) -> None:
        if self.protocol.needs_age_sex and (self.state.age is None or self.state.sex is None):
            self._ask_person()
        else:
            self._to_setup()

    def _ask_person(self) -> None:
        if self.state.profile_id is not None:  # a saved person: choose someone else instead
            self.navigate.emit(Route("profiles", "check"))
            return
        self.person.reset()
        self._go(self.person)

    def _to_setup(self, notice: str = "") -> None:
        setup = self.setups.get(self.protocol.id)
        if setup is None:
            setup = SetupStep(self.protocol, self.state, self.images, self.pack.safety.helper_advice)
            setup.settle()
            setup.start.connect(self.start_run)
            setup.counted_myself.connect(lambda: self._ask_finish(manual=True))
            setup.change_person.connect(self._ask_person)
            self.steps.addWidget(setup)
            setup.add_read_aloud(self.speaker)  # how to do the test, heard before starting
            self.setups[self.protocol.id] = setup
        setup.reset()
        # Voice and sound load now, while the person reads, not at "Go".
        QTimer.singleShot(0, self.speaker.prepare)
        QTimer.singleShot(0, self.sounds.prepare)
        setup.advice.setText(notice or self.pack.safety.helper_advice)
        setup.advice.setAccessibleName(setup.advice.text())
        self._go(setup)

    def _go(self, widget: QWidget) -> None:
        self.title.setVisible(widget is not self.run)
        self.steps.setCurrentWidget(widget)
        self.focus_first()

    @property
    def running_view(self) -> bool:
        return self.steps.currentWidget() is self.run

    def settle(self) -> None:
        for step in (self.safety, self.refused, self.person, self.run, self.finish, self.result,
                     *self.setups.values()):
            step.settle()

    def first_control(self) -> QWidget:
        if self.running_view:
            return self.run.tap_button if self.run.tap_button.isVisibleTo(self.run) else self.run.stop_button
        return self.steps.currentWidget().first_control

    # the run ----------------------------------------------------------------
    @property
    def runner(self):
        """The runner of the current (or last) run, for tests and the bench."""
        return self.panel.runner

    def start_run(self) -> None:
        self._go(self.run)
        self.panel.start(self.protocol)

    def _space(self) -> None:
        """Space presses the big button of the moment (Stand, Feet moved, Seated...);
        where there is none, Space stops, as Esc does."""
        if self.running_view and not self.panel.space():
            self.stop_run()

    def stop_run(self) -> None:
        """Stop at once; nothing half-done is ever scored."""
        if self.panel.stop():
            self._to_setup(self.tr("You stopped the test, so nothing was scored. "
                                   "You can start again when you are ready."))

    def hideEvent(self, event) -> None:
        if not event.spontaneous():  # leaving the page (Back, Home) ends the run
            self.stop_run()
        super().hideEvent(event)

    def _finished(self, event: Finished) -> None:
        self.raw = dict(self.runner.session.result or {})
        if self.protocol.scoring == "tug" and event.outcome == "incomplete":
            self.result.show_message(self.tr(
                "The timer reached its limit before \u201cSeated\u201d was pressed, "
                "so there is no score. You can try again."))
            self._go(self.result)
            return
        self._ask_finish(manual=False)

    def _ask_finish(self, *, manual: bool) -> None:
        scoring = self.protocol.scoring
        if manual:
            self.raw = {}
        if scoring == "chair_stand_30s":
            self.finish.ask(count=manual, halfway=True, arms=True, caregiver=self.state.caregiver)
        elif scoring == "five_times_sts" and self.raw.get("completed", True):
            self.finish.ask(count=False, halfway=False, arms=True, caregiver=self.state.caregiver)
        else:
            self._score({})
            return
        self._go(self.finish)

    # the result -------------------------------------------------------------
    def _score(self, answers: dict) -> None:
        try:
            result = score_run(self.protocol.scoring, self.raw or {}, answers, self.state.age, self.state.sex)
        except ValueError as exc:  # e.g. a typed count that, with the last half stand, is too many
            self.finish.show_problem(str(exc))
            self._go(self.finish)
            return
        units = {"chair_stand_30s": self.tr("{score} stands"), "five_times_sts": self.tr("{score} seconds"),
                 "tug": self.tr("{score} seconds"), "balance_4stage": self.tr("{score} of 4 positions held")}
        unit = self.tr("Not completed") if result.meaning == "not_completed" else units[result.test]
        topic = self.pack.topic(self.protocol.topic).title if self.protocol.topic else ""
        explanation = explain(result, self.pack, unit)
        self.result.show_explanation(explanation, topic)
        self.result.show_kept(self.keep(result, {**(self.raw or {}), **answers}))
        if self.take_home is not None:
            day = datetime.date.today().isoformat()
            self.result.offer_take_home(take_home_text(self.protocol.title, explanation, day), self.take_home)
        self.last_result = result
        self._go(self.result)
