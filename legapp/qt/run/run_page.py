"""The frame of a page that runs something with the voice and the big clock (a timed
self-test, an exercise session): its steps one at a time, the run view and its panel,
Esc to stop and Space for the big button, and a run that ends when the page is left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from legapp.qt.page import Page, show_step
from legapp.qt.run.run_panel import RunPanel
from legapp.qt.run.run_view import RunView

if TYPE_CHECKING:
    from legapp.qt.media import Media


class RunPage(Page):
    def __init__(self, title: str, media: Media, caregiver: Callable[[], bool],
                 parent: QWidget | None = None):
        """``caregiver()``: whether the run's words are for a helper right now."""
        super().__init__(title, parent)
        self.media = media
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.follow_steps(self.steps)
        # The running view is not a scrolling step: Stop, the clock and the big button
        # keep their place at every text size.
        self.run = RunView(media.images)
        self.run.stop.connect(self.stop_asked)
        self.panel = RunPanel(self.run, media, caregiver, parent=self)
        self.panel.finished.connect(self.run_finished)
        self.panel.phase_shown.connect(self.focus_first)
        self.steps.addWidget(self.run)
        self._keys = [QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_asked),
                      QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space)]
        for key in self._keys:
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.setAutoRepeat(False)  # a Space held down is one press, not a stream of them
        # Space is the big button only while a run is on screen; on other steps it presses
        # the focused button, as everywhere else (a keyboard user answers Yes/No with it).
        space = self._keys[1]
        space.setEnabled(False)
        self.steps.currentChanged.connect(lambda _i: space.setEnabled(self.running_view))

    def add_steps(self, *steps: QWidget) -> None:
        for step in steps:
            self.steps.addWidget(step)

    def go(self, step: QWidget) -> None:
        self.heading.setVisible(step is not self.run)
        show_step(self.steps, step)
        self.show_listen_of(step)
        self.focus_first()

    @property
    def running_view(self) -> bool:
        return self.steps.currentWidget() is self.run

    @property
    def runner(self):
        """The runner of the current (or last) run, for tests and the bench."""
        return self.panel.runner

    def settle(self) -> None:
        for index in range(self.steps.count()):
            self.steps.widget(index).settle()

    def first_control(self) -> QWidget:
        if self.running_view:
            return self.run.tap_button if self.run.tap_button.isVisibleTo(self.run) else self.run.stop_button
        return self.steps.currentWidget().first_control

    def prepare_media(self) -> None:
        """Voice and sound load now, while the person reads, not at "Go"."""
        QTimer.singleShot(0, self.media.speaker.prepare)
        QTimer.singleShot(0, self.media.sounds.prepare)

    def start(self, protocol) -> None:
        self.go(self.run)
        self.panel.start(protocol)

    # Space where the step has no big button: it stops, as Esc does (a page may say no:
    # an exercise session, where a stray press must never end it).
    space_stops = True

    def _space(self) -> None:
        """Space presses the big button of the moment (Stand, Feet moved, Seated...);
        where there is none, Space stops, as Esc does (see space_stops)."""
        if self.running_view and not self.panel.settling and not self.panel.space() and self.space_stops:
            self.stop_asked()

    def stop_asked(self) -> None:
        """Stop or Esc: stop at once (a page may ask first)."""
        self.stop_run()

    def stop_run(self) -> None:
        """Stop at once; nothing half-done is ever scored or kept."""
        if self.panel.stop():
            self.run_stopped()

    def run_stopped(self) -> None:
        """What the page shows after Stop (each page says)."""

    def run_finished(self, event) -> None:
        """What the page does when the run reaches its end (each page says)."""

    def hideEvent(self, event) -> None:
        if not event.spontaneous():  # leaving the page (Back, Home) ends the run
            self.stop_run()
        super().hideEvent(event)
