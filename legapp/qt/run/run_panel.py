"""A run on screen: the RunView (clock, words, big button, Stop) driven by one
SessionRunner, with the voice and the tones. Shared by the self-tests and the exercise
sessions, so both sound, count and stop the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from legapp.content.check_models import Phase, Protocol, Routine
from legapp.qt.media import Media
from legapp.qt.run.run_view import RunView
from legapp.qt.run.runner import SessionRunner
from legapp.session import Counted, Finished, PhaseStarted, Say, Session, Sound, Stopped


def clock_mode(phase: Phase) -> str:
    """What the big clock shows: nothing while getting ready (that takes as long as it
    takes), the time so far where a tap stops the clock (the five stands, "Seated"),
    otherwise the seconds left."""
    if phase.kind == "prepare":
        return ""
    if phase.kind == "timed" and (phase.tap == "done" or phase.end_at_count is not None):
        return "up"
    return "down"


class RunPanel(QObject):
    finished = Signal(object)  # the Finished event: the run reached its end
    phase_shown = Signal()  # a new phase is on screen (focus may move to its button)

    def __init__(self, view: RunView, media: Media, caregiver: Callable[[], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.view, self.media, self.caregiver = view, media, caregiver
        self.speaker, self.sounds = media.speaker, media.sounds
        self.runner: SessionRunner | None = None
        self.protocol: Protocol | Routine | None = None
        self.say_counts = False  # exercise sessions count each repetition aloud
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
        session = Session(protocol, clock, time_scale=self.media.time_scale)
        self.runner = SessionRunner(session, clock, parent=self)
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

    def stop(self) -> bool:
        """Stop at once; True if a run was going (nothing half-done is ever kept)."""
        if not self.running:
            return False
        self.runner.stop()
        self.speaker.stop()
        self.view.halt()
        return True

    def tap(self) -> None:
        if self.running:
            self.runner.tap()

    def space(self) -> bool:
        """Space presses the big button of the moment; False where there is none."""
        if self.view.tap_button.isVisible():
            self.view.tap_by_key()
            return True
        return False

    def pause(self) -> None:
        if self.running:
            self.runner.toggle_pause()
            paused = self.runner.session.state == "paused"
            self.view.show_paused(paused)
            if paused:
                self.speaker.stop()

    def _on_event(self, event) -> None:
        if isinstance(event, PhaseStarted):
            # From the event, not the session: a late update may have run past this
            # phase already, and its events are played out in order.
            phase = self.protocol.phases[event.index]
            text = phase.caregiver_text if self.caregiver() and phase.caregiver_text else phase.text
            self.view.show_phase(phase.title, text, phase.picture, phase.tap_label, clock=clock_mode(phase))
            self.phase_shown.emit()
        elif isinstance(event, Say):
            self.speaker.say(event.text)
        elif isinstance(event, Sound):
            self.sounds.play(event.name)
        elif isinstance(event, Counted) and self.say_counts:
            self.speaker.say(str(event.count))
        elif isinstance(event, Finished):
            self.view.halt()
            self.finished.emit(event)
            return
        elif isinstance(event, Stopped):
            return
        self._show_clock()

    def _show_clock(self) -> None:
        session = self.runner.session
        phase = session.phase
        if phase is None or not clock_mode(phase):
            return
        shown = session.elapsed() if clock_mode(phase) == "up" else session.remaining()
        self.view.show_time(shown / session.time_scale, session.count if phase.tap == "count" else None)
