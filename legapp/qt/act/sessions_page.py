"""Exercise sessions: the three ready-made ones, or "build my own" from the library; then
the session itself, guided by the same voice and clock as the self-tests, after the
safety check once a day. It says where the person is ("Exercise 3 of 8 - about 12
minutes left"), lets them skip the warm-up and cool-down, and asks before it stops: a
stray tap, Enter or Space never ends a session. At the end, or after Stop, it shows what
was done. A finished session is noted in the person's week."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from legapp.act.routines import own_session, routine
from legapp.act.session_progress import done_so_far, where
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

    scrolls = True  # a list of sessions and moves

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


class StopStep(StepView):
    """"Stop the session?" on the page itself, the clock standing still meanwhile: a big
    No (where focus starts, so a stray Enter or Space carries on) and a big Yes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question, self.detail = self.add_labels("resultTitle", "resultText")
        for widget, words in ((self.question, self.tr("Stop the session?")), (self.detail, self.tr(
                "The clock waits while you choose. If you carry on, you go on from where you were."))):
            widget.setText(words)
            widget.setAccessibleName(words)
        self.no_button = BigButton(self.tr("No, carry on"), object_name="primary")
        self.yes_button = BigButton(self.tr("Yes, stop"), object_name="dangerButton")
        self.body.addStretch(1)
        for button in (self.no_button, self.yes_button):  # the same size: both easy to hit
            self.footer.addWidget(button, 1)
        self.first_control = self.no_button


class DoneStep(StepView):
    """The end of a session, finished or stopped: what was done, exercise by exercise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading, self.text, self.did, self.kept = self.add_labels(
            "bigScore", "resultText", "resultText", "resultNote")
        self.back_button = BigButton(self.tr("Back to the sessions"))
        self.add_footer(self.back_button)
        self.first_control = self.back_button

    def _line(self, done) -> str:
        # One and many as two sentences, so English needs no plural forms of its own.
        if done.reps:
            return self.tr("{0}: 1 time") if done.reps == 1 else self.tr("{0}: {1} times")
        return self.tr("{0}: held once") if done.holds == 1 else self.tr("{0}: held {1} times")

    def show_done(self, heading: str, text: str, done, kept: str = "") -> None:
        """``done``: the exercises done so far (legapp.act.session_progress.Done)."""
        lines = [self._line(d).replace("{0}", d.title).replace("{1}", str(d.reps or d.holds)) for d in done]
        self.heading.setText(heading)
        self.text.setText(text)
        self.did.setText("\n".join(f"\u2022 {line}" for line in lines))
        self.did.setVisible(bool(lines))
        self.kept.setText(kept)
        self.kept.setVisible(bool(kept))
        for widget in (self.heading, self.text, self.did, self.kept):
            widget.setAccessibleName(widget.text())


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
        self.panel.count_only = True  # a set shows how many times, not "8 seconds" beside them
        self.run.skip.connect(self._skip)
        self.run.stop_button.setAccessibleDescription(
            self.tr("Asks first, then stops the session. Esc does the same."))
        self.routine = None
        self._was_running = False
        self._shown = None  # what the progress line and Skip last showed
        self.asking = StopStep()
        self.asking.no_button.clicked.connect(self._carry_on)
        self.asking.yes_button.clicked.connect(self.stop_run)
        self.done = DoneStep()
        self.done.back_button.clicked.connect(lambda: self.go(self.choose))
        from legapp.qt.act.feel_step import FeelStep

        self.feel = FeelStep(visit)  # after a session of the person's programme
        self.feel.finished.connect(lambda: self.go(self.done))
        self.add_steps(self.choose, self.safety, self.refused, self.asking, self.done, self.feel)

    def show_item(self, arg: str) -> None:
        self.stop_run()
        self.go(self.choose)
        if arg == "programme":  # "Start my session" in My programme
            session = self._programme_session()
            if session is not None:
                self._begin(session)

    def _programme(self):
        """The person's programme (legapp.act.programme), or None."""
        history, who = self.visit.history, self.visit.who.profile_id
        if history is None or who is None:
            return None
        from legapp.act.programme import current

        try:
            return current(history.programme_events(who))
        except Exception:  # the history cannot be read now: a session without a programme
            return None

    def _programme_session(self):
        from legapp.act.programme import session_for

        programme = self._programme()
        return None if programme is None else session_for(programme, self.pack.sessions, self.exercises)

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
        self.routine = routine(self.pending, self.exercises)
        self._shown = None
        self.start(self.routine)
        self.runner.event.connect(self._show_where)
        self._show_where()

    def _show_where(self, _event=None) -> None:
        """The line that says where the person is, and Skip where a step may be skipped."""
        run = self.runner.run if self.runner is not None else None
        index = run.phase_index if run is not None else None
        if index is None:
            return
        at = where(self.routine, index, run.elapsed() / run.time_scale, run.count)
        # One minute and many as two sentences each, so English needs no plural forms of its own.
        one = at.minutes_left == 1
        if at.exercise:
            text = (self.tr("Exercise {0} of {1} \u2013 about 1 minute left") if one
                    else self.tr("Exercise {0} of {1} \u2013 about {2} minutes left"))
        else:
            text = self.tr("About 1 minute left") if one else self.tr("About {2} minutes left")
        text = text.replace("{0}", str(at.exercise)).replace("{1}", str(at.exercises)).replace(
            "{2}", str(at.minutes_left))
        skip = ("" if not at.skip else self.tr("Skip the warm-up") if index == 0
                else self.tr("Skip the cool-down"))
        if self._shown != (text, skip):
            self._shown = (text, skip)
            self.run.show_progress(text)
            self.run.show_skip(skip)

    def _skip(self) -> None:
        self.panel.skip()

    # Space in a warm-up, a rest or a cool-down does nothing: a stray press never stops a
    # session (Stop and Esc ask first).
    space_stops = False

    def stop_asked(self) -> None:
        """Stop or Esc: the clock stands still and the person is asked."""
        if self.running_view and self.panel.running:
            self._was_running = self.panel.hold()
            self.go(self.asking)

    def _carry_on(self) -> None:
        self.go(self.run)
        self.panel.carry_on(self._was_running)

    def _done_so_far(self):
        return done_so_far(self.routine, self.runner.run.records) if self.routine and self.runner else []

    def run_stopped(self) -> None:
        self.set_title(self.tr("Exercise sessions"))
        done = self._done_so_far()
        self.done.show_done(
            self.tr("You stopped the session"),
            self.tr("Here is what you did. Every bit counts.") if done else
            self.tr("You stopped before the first exercise. You can start again whenever you like."), done)
        self.go(self.done)

    def run_finished(self, _event) -> None:
        text = self.tr("You finished the {0} session. Your legs will thank you.").replace(
            "{0}", self.pending.title.lower() if self.pending.id != "own" else self.tr("your own"))
        if self.pending.id == "programme":
            text = self.tr("You finished today's session of your programme. Your legs will thank you.")
        self.done.show_done(self.tr("Well done!"), text, self._done_so_far(), self.visit.note_session())
        self.set_title(self.tr("Exercise sessions"))
        if self._ask_feel():
            return
        self.go(self.done)

    def _ask_feel(self) -> bool:
        """For a person with a programme: the session's minutes are kept, then "How did that
        feel?" is asked (after it, the summary of what was done)."""
        if self._programme() is None:
            return False
        from legapp.act.programme import Event, session_minutes

        strength, balance = session_minutes(self.pending, self.exercises)
        try:
            self.visit.history.save_programme_events([Event(
                self.visit.who.profile_id, "session", self.visit.now().astimezone(),
                {"session": self.pending.id, "strength_minutes": strength, "balance_minutes": balance})])
        except Exception as exc:  # a full disk: the session still counted for the body
            self.visit.notify(getattr(exc, "words", None) or str(exc))
        self.feel.ask([(i.exercise, self.exercises[i.exercise].title) for i in self.pending.items])
        self.go(self.feel)
        return True
