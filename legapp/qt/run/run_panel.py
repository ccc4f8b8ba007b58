"""A run on screen: the RunView (clock, words, big button, Stop) driven by one
RunTimer, with the voice and the tones. Shared by the self-tests and the exercise
sessions, so both sound, count and stop the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from legapp.engine import Counted, Finished, PhaseStarted, PromptDue, Run, Stopped
from legapp.qt.accessible import announce
from legapp.qt.run.runner import RunTimer

if TYPE_CHECKING:
    from legapp.content.check_models import Phase, Protocol, Routine
    from legapp.qt.media import Media
    from legapp.qt.run.run_view import RunView


def clock_mode(phase: Phase) -> str:
    """What the big clock shows: nothing while getting ready (that takes as long as it
    takes), the time so far where a tap stops the clock (the five stands, "Seated"),
    otherwise the seconds left."""
    if phase.kind == "prepare":
        return ""
    if phase.kind == "timed" and (phase.tap == "done" or phase.end_at_count is not None):
        return "up"
    return "down"


# After a step changes, its big button (and Space) ignore input this long: a Space held
# a little long on "Start", or a double tap, must not count or end anything. Not for a
# "fail" tap (feet moved, needed support): that is never a stray press, and losing it
# would count a stage not held as held.
SETTLE_SECONDS = 0.6


class RunPanel(QObject):
    finished = Signal(object)  # the Finished event: the run reached its end
    phase_shown = Signal()  # a new phase is on screen (focus may move to its button)

    def __init__(self, view: RunView, media: Media, caregiver: Callable[[], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.view, self.media, self.caregiver = view, media, caregiver
        self.speaker, self.sounds = media.speaker, media.sounds
        self.runner: RunTimer | None = None
        self.protocol: Protocol | Routine | None = None
        self.say_counts = False  # exercise sessions count each repetition aloud
        self.count_only = False  # exercise sessions: a set of repetitions shows its count, no seconds
        self._taps_from = 0.0  # on the run's clock: taps before this are a stray press, ignored
        self._settled = QTimer(self)
        self._settled.setObjectName("tapSettleTimer")
        self._settled.setSingleShot(True)
        self._settled.timeout.connect(self._allow_taps)
        view.tapped.connect(self.tap)
        view.pause.connect(self.pause)
        self.speaker.spoken.connect(view.show_caption)
        self.sounds.flash.connect(view.flash)

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    def start(self, protocol: Protocol | Routine) -> None:
        self.drop()
        self.protocol = protocol
        clock = self.media.clock()
        self.runner = RunTimer(Run(protocol, clock, time_scale=self.media.time_scale), clock, parent=self)
        self.runner.event.connect(self._on_event)
        self.view.show_paused(False)
        self.runner.start()

    def drop(self) -> None:
        """One runner a run: the last one goes, so a kiosk running for weeks does not grow."""
        if self.runner is not None:
            self.runner.event.disconnect(self._on_event)
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None
        self._end_hold()

    def stop(self) -> bool:
        """Stop at once; True if a run was going (nothing half-done is ever kept)."""
        if not self.running:
            return False
        self.runner.stop()
        self.speaker.stop()
        self._end_hold()
        self.view.halt()
        return True

    def tap(self) -> None:
        if self.running and not self._settling():
            self.runner.tap()

    @property
    def settling(self) -> bool:
        """A new step's moment: its button and Space take no press yet."""
        return self.running and self._settling()

    def _settling(self) -> bool:
        return self.runner.clock.now() < self._taps_from - 1e-9  # a hair early is on time

    def _hold_taps(self) -> None:
        """A new step: its button looks and is off for a moment (see SETTLE_SECONDS)."""
        wait = SETTLE_SECONDS * self.media.time_scale
        self._taps_from = self.runner.clock.now() + wait
        self.view.show_settling(True)
        self._settled.start(min(50, round(wait * 1000)))

    def _allow_taps(self) -> None:
        """Light the button again once the run's clock has passed the moment."""
        if self.running and self._settling():
            self._settled.start(50)
            return
        self.view.show_settling(False)

    def _end_hold(self) -> None:
        self._settled.stop()
        self.view.show_settling(False)

    def space(self) -> bool:
        """Space presses the big button of the moment; False where there is none."""
        if self.view.tap_button.isVisible():
            self.view.tap_by_key()
            return True
        return False

    def skip(self) -> None:
        """On to the next step (a session's warm-up or cool-down); not in a new step's moment."""
        if self.running and not self._settling():
            self.runner.skip()

    def hold(self) -> bool:
        """Freeze the run while the person is asked something (Stop the session?), with no
        "Paused" on screen; True if it was running, for ``carry_on``."""
        if not self.running:
            return False
        was_running = self.runner.run.state == "running"
        if was_running:
            self.runner.toggle_pause()
        self.speaker.stop()
        return was_running

    def carry_on(self, was_running: bool) -> None:
        """Back from the question: the clock goes on from where it stood (or stays paused,
        if the person had paused it), and the big button waits its moment again."""
        if not self.running:
            return
        if was_running and self.runner.run.state == "paused":
            self.runner.toggle_pause()
        self._hold_taps()

    def pause(self) -> None:
        if self.running:
            self.runner.toggle_pause()
            paused = self.runner.run.state == "paused"
            self.view.show_paused(paused)
            if paused:
                self.speaker.stop()

    def _on_event(self, event) -> None:
        if isinstance(event, PhaseStarted):
            # From the event, not the run: a late update may have run past this
            # phase already, and its events are played out in order.
            phase = self.protocol.phases[event.index]
            text = phase.caregiver_text if self.caregiver() and phase.caregiver_text else phase.text
            self.view.show_phase(phase.title, text, phase.picture, phase.tap_label,
                                 clock=self._clock_mode(phase))
            if phase.tap == "fail":
                self._end_hold()
            else:
                self._hold_taps()
            self.phase_shown.emit()
        elif isinstance(event, PromptDue):
            if event.sound:
                self.sounds.play(event.sound)
            if event.say:
                self.speaker.say(event.say)
                # and to a screen reader: "Go" and "Stop" (the start and end sounds) at once
                announce(self.view, event.say, assertive=event.sound in ("start", "end"))
        elif isinstance(event, Counted) and self.say_counts:
            self.speaker.say(str(event.count))
        elif isinstance(event, Finished):
            self._end_hold()
            self.view.halt()
            self.finished.emit(event)
            return
        elif isinstance(event, Stopped):
            return
        self._show_clock()

    def _clock_mode(self, phase: Phase) -> str:
        return "count" if self.count_only and phase.tap == "count" else clock_mode(phase)

    def _show_clock(self) -> None:
        run = self.runner.run
        phase = run.phase
        if phase is None or not clock_mode(phase):
            return
        shown = run.elapsed() if clock_mode(phase) == "up" else run.remaining()
        self.view.show_time(shown / run.time_scale, run.count if phase.tap == "count" else None)
