"""Exercise sessions: the three ready-made ones, or "build my own" from the library; then
the session itself, guided by the same voice, clock and Stop as the self-tests, after the
safety check once a day. A finished session is noted in the person's week."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.act.routines import own_session, routine
from legapp.qt.run.run_page import RunPage
from legapp.qt.run.safety_step import RefusedStep, SafetyStep
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, Message, Tile, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.media import Media
    from legapp.visit import Visit


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
        self.message = Message()
        self.own_button = BigButton(self.tr("Start my own session"))
        self.add_to_body(self.picks, self.message, self.own_button)
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
        self.heading, self.text, self.kept = self.add_labels("bigScore", "resultText", "resultNote")
        self.back_button = BigButton(self.tr("Back to the sessions"))
        self.add_footer(self.back_button)
        self.first_control = self.back_button


class SessionsPage(RunPage):
    def __init__(self, pack: ContentPack, visit: Visit, media: Media, parent: QWidget | None = None):
        super().__init__(self.tr("Exercise sessions"), media, lambda: False, parent)
        self.pack, self.visit = pack, visit
        self.exercises = {e.id: e for e in pack.exercises}
        self.pending = None
        self.choose = ChooseStep(pack)
        sessions = {s.id: s for s in pack.sessions}
        for sid, tile in self.choose.tiles.items():
            tile.clicked.connect(lambda _=False, i=sid: self._begin(sessions[i]))
        self.choose.own_button.clicked.connect(self._own)
        self.safety = SafetyStep(pack.safety, visit)
        self.safety.cleared.connect(self._cleared)
        self.safety.refused.connect(lambda: self.go(self.refused))
        self.refused = RefusedStep(pack.safety.session_stop_title, pack.safety.session_stop_text,
                                   self.tr("Back to the exercises"), media.images)
        self.refused.back.connect(lambda: self.go(self.choose))
        self.run.counting = "times"
        self.panel.say_counts = True
        self.done = DoneStep()
        self.done.back_button.clicked.connect(lambda: self.go(self.choose))
        self.add_steps(self.choose, self.safety, self.refused, self.done)

    def show_item(self, arg: str) -> None:
        self.stop_run()
        self.go(self.choose)

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
        self.prepare_media()
        if self.visit.safety_cleared_today:  # asked once a day for each person
            self._start()
        else:
            self.safety.reset()
            self.go(self.safety)

    def _cleared(self) -> None:
        self.visit.clear_safety()
        self._start()

    def _start(self) -> None:
        self.set_title(self.pending.title)
        self.start(routine(self.pending, self.exercises))

    def run_stopped(self) -> None:
        self.set_title(self.tr("Exercise sessions"))
        self.go(self.choose)

    def run_finished(self, _event) -> None:
        self.done.heading.setText(self.tr("Well done!"))
        self.done.text.setText(self.tr("You finished the {0} session. Your legs will thank you.").replace(
            "{0}", self.pending.title.lower() if self.pending.id != "own" else self.tr("your own")))
        kept = self.visit.note_session()
        self.done.kept.setText(kept)
        self.done.kept.setVisible(bool(kept))
        for widget in (self.done.heading, self.done.text, self.done.kept):
            widget.setAccessibleName(widget.text())
        self.set_title(self.tr("Exercise sessions"))
        self.go(self.done)
