"""One timed self-test, start to end: safety check, who is tested, set-up, the run
with voice and big clock, the end questions, the result. Leaving the page, Stop or
Esc end the run at once, and a stopped run never gives a score."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from legapp.assess import score_balance_4stage, score_chair_stand_30s, score_five_times_sts, score_tug
from legapp.checks.explain import explain
from legapp.checks.state import CheckState
from legapp.content.models import ContentPack
from legapp.navigation import Route
from legapp.qt.check.finish_step import FinishStep
from legapp.qt.check.result_view import ResultView
from legapp.qt.check.run_view import RunView
from legapp.qt.check.steps import PersonStep, SafetyStep, SetupStep
from legapp.qt.page import ScrollPage
from legapp.qt.picture import Picture
from legapp.qt.session_runner import SessionRunner
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker
from legapp.qt.widgets import BigButton
from legapp.session import (
    Clock,
    Counted,
    Finished,
    MonotonicClock,
    PhaseStarted,
    Say,
    Session,
    Sound,
    Stopped,
)


class TestPage(ScrollPage):
    __test__ = False  # not a pytest class

    def __init__(self, pack: ContentPack, state: CheckState, speaker: Speaker, sounds: SoundPlayer,
                 clock: Callable[[], Clock] | None, images: Path, time_scale: float = 1.0,
                 parent: QWidget | None = None):
        super().__init__("", parent)
        self.pack, self.state, self.speaker, self.sounds = pack, state, speaker, sounds
        self.make_clock = clock or MonotonicClock
        self.images, self.time_scale = images, time_scale
        self.protocol = None
        self.runner: SessionRunner | None = None
        self.raw: dict | None = None
        self.last_result = None
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps)
        self.add_stretch()

        self.safety = SafetyStep(pack.safety, state)
        self.safety.cleared.connect(self._after_safety)
        self.safety.refused.connect(lambda: self._go(self.refused))
        self.refused = self._refused_view()
        self.person = PersonStep(state)
        self.person.done.connect(self._to_setup)
        self.setups: dict[str, SetupStep] = {}
        self.run = RunView(images)
        self.run.tapped.connect(self._tap)
        self.run.stop.connect(self.stop_run)
        self.run.pause.connect(self._pause)
        self.finish = FinishStep()
        self.finish.done.connect(self._score)
        self.result = ResultView()
        self.result.again.connect(lambda: self.show_item(self.protocol.id))
        self.result.menu.connect(lambda: self.navigate.emit(Route("check")))
        self.result.learn.connect(lambda: self.navigate.emit(Route("topic", self.protocol.topic)))
        for widget in (self.safety, self.refused, self.person, self.run, self.finish, self.result):
            self.steps.addWidget(widget)
        speaker.spoken.connect(self.run.show_caption)
        sounds.flash.connect(self.run.flash)
        self._keys = [QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_run),
                      QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space)]
        for key in self._keys:
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # the steps --------------------------------------------------------------
    def _refused_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(Picture(self.images / "safety-stop.svg", 140))
        title = QLabel(self.pack.safety.stop_title)
        title.setObjectName("resultTitle")
        title.setWordWrap(True)
        text = QLabel(self.pack.safety.stop_text)
        text.setWordWrap(True)
        back = BigButton(self.tr("Back to the checks"))
        back.clicked.connect(lambda: self.navigate.emit(Route("check")))
        for widget in (title, text, back):
            layout.addWidget(widget)
        view.first = back
        return view

    def show_item(self, arg: str) -> None:
        self.stop_run()
        self.protocol = self.pack.protocol(arg)
        self.set_title(self.protocol.title)
        self.raw = None
        self.safety.reset()
        self._go(self.safety)

    def _after_safety(self) -> None:
        if self.protocol.needs_age_sex and (self.state.age is None or self.state.sex is None):
            self.person.reset()
            self._go(self.person)
        else:
            self._to_setup()

    def _to_setup(self) -> None:
        setup = self.setups.get(self.protocol.id)
        if setup is None:
            setup = SetupStep(self.protocol, self.state, self.images)
            setup.start.connect(self.start_run)
            setup.counted_myself.connect(lambda: self._ask_finish(manual=True))
            self.steps.addWidget(setup)
            self.setups[self.protocol.id] = setup
        setup.reset(self._timed_seconds())
        self._go(setup)

    def _timed_seconds(self) -> str:
        timed = next(p for p in self.protocol.phases if p.kind == "timed")
        return f"{timed.seconds:g}"

    def _go(self, widget: QWidget) -> None:
        self.steps.setCurrentWidget(widget)
        self.keep_visible(self.title)
        self.focus_first()

    def first_control(self) -> QWidget:
        current = self.steps.currentWidget()
        if current is self.result:
            return self.result.again_button
        if current is self.run:
            return self.run.tap_button if self.run.tap_button.isVisibleTo(self.run) else self.run.stop_button
        return getattr(current, "first_control", None) or getattr(current, "first", current)

    # the run ----------------------------------------------------------------
    def start_run(self) -> None:
        clock = self.make_clock()
        self.runner = SessionRunner(Session(self.protocol, clock, time_scale=self.time_scale), clock,
                                    parent=self)
        self.runner.event.connect(self._on_event)
        self._go(self.run)
        self.run.show_paused(False)
        self.runner.start()

    def _on_event(self, event) -> None:
        if isinstance(event, PhaseStarted):
            phase = self.runner.session.phase
            text = phase.caregiver_text if self.state.caregiver and phase.caregiver_text else phase.text
            seconds = self._timed_seconds()
            self.run.show_phase(phase.title.replace("{seconds}", seconds), text.replace("{seconds}", seconds),
                                phase.picture, phase.tap_label)
            self.focus_first()
        elif isinstance(event, Say):
            self.speaker.say(event.text)
        elif isinstance(event, Sound):
            self.sounds.play(event.name)
        elif isinstance(event, Finished):
            self._finished(event)
            return
        elif isinstance(event, Stopped):
            return
        self._show_clock()
        if isinstance(event, Counted):
            counted = self.tr("Count: {0}").replace("{0}", str(event.count))
            self.run.tap_button.setAccessibleDescription(counted)

    def _show_clock(self) -> None:
        session = self.runner.session
        phase = session.phase
        if phase is None:
            return
        counting_up = phase.kind == "timed" and (phase.tap == "done" or phase.end_at_count is not None)
        shown = session.elapsed() if counting_up else session.remaining()
        self.run.show_time(shown / session.time_scale, session.count if phase.tap == "count" else None)

    def _tap(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.tap()

    def _space(self) -> None:
        """Space presses the big button of the moment (Stand, Feet moved, Seated...);
        where there is none, Space stops, as Esc does."""
        if self.steps.currentWidget() is not self.run:
            return
        if self.run.tap_button.isVisible():
            self.run.tap_button.animateClick()
        else:
            self.stop_run()

    def _pause(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.toggle_pause()
            self.run.show_paused(self.runner.session.state == "paused")
            if self.runner.session.state == "paused":
                self.speaker.stop()

    def stop_run(self) -> None:
        """Stop at once; nothing half-done is ever scored."""
        if self.runner is not None and self.runner.running:
            self.runner.stop()
            self.speaker.stop()
            self.run.halt()
            self.run.show_caption(self.tr("Stopped. Nothing was scored."))
            self._go(self.setups[self.protocol.id])
        elif self.runner is not None:
            self.runner.stop()

    def hideEvent(self, event) -> None:
        if not event.spontaneous():  # leaving the page (Back, Home) ends the run
            self.stop_run()
        super().hideEvent(event)

    def _finished(self, event: Finished) -> None:
        self.run.halt()
        self.raw = dict(self.runner.session.result or {})
        if self.protocol.scoring == "tug" and event.outcome == "incomplete":
            self._show_message(self.tr("The timer reached its limit before \u201cSeated\u201d was pressed, "
                                       "so there is no score. You can try again."))
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
        raw, scoring, state = dict(self.raw or {}), self.protocol.scoring, self.state
        raw.update({k: v for k, v in answers.items() if k == "count"})
        if scoring == "chair_stand_30s":
            count = 0 if answers.get("arms") else raw["count"] + (1 if answers.get("halfway") else 0)
            result, unit = score_chair_stand_30s(count, state.age, state.sex), self.tr("{score} stands")
        elif scoring == "five_times_sts":
            seconds = None if answers.get("arms") or not raw.get("completed", True) else raw["seconds"]
            result, unit = score_five_times_sts(seconds, age=state.age), self.tr("{score} seconds")
        elif scoring == "tug":
            result, unit = score_tug(raw["seconds"], age=state.age), self.tr("{score} seconds")
        else:
            result, unit = score_balance_4stage(raw["held_seconds"]), self.tr("{score} of 4 positions held")
        explanation = explain(result, self.pack, unit)
        if result.meaning == "not_completed":
            explanation = explain(result, self.pack, self.tr("Not completed"))
        topic = self.pack.topic(self.protocol.topic).title if self.protocol.topic else ""
        self.result.show_explanation(explanation, topic)
        self.last_result = result
        self._go(self.result)

    def _show_message(self, text: str) -> None:
        self.result.score.setText(self.tr("No score"))
        self.result.heading.setText(text)
        for label in (self.result.text, self.result.next_step, self.result.source):
            label.setText("")
        self.result.learn_button.hide()
        self._go(self.result)
