"""The home safety check: one question a screen, room by room, big Yes and No; then the
list of what to fix, each with a "Done" tick, and Print. Kept for a chosen person at
every answer and tick; a guest's, and every kiosk visitor's, only on screen and on paper."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from legapp.qt.accessible import radio, radio_group
from legapp.qt.page import Page, show_step
from legapp.qt.run.run_panel import SETTLE_SECONDS
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, drop, label
from legapp.track.home_safety import HomeCheck, item_ids

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.media import Media
    from legapp.visit import Visit


def _items(pack: ContentPack) -> list[tuple[object, object]]:
    """(room, item) of every question, in order."""
    return [(room, item) for room in pack.home_safety.rooms for item in room.items]


class HomeQuestionStep(StepView):
    """One question of the check, its room above it and its fix under a Yes."""

    answered = Signal(bool)
    previous = Signal()
    to_list = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # The room and how far along, on one line: the question and its answers stay in sight
        # on a small screen at large text.
        self.progress, self.question = self.add_labels("stepNote", "question")
        self.answer_box = ButtonRow()
        self.yes_button = BigButton(self.tr("Yes"), on_click=lambda: self.answered.emit(True))
        self.no_button = BigButton(self.tr("No"), on_click=lambda: self.answered.emit(False))
        self.answers = [self.yes_button, self.no_button]
        for button in self.answers:
            button.setObjectName("answer")
            button.setCheckable(True)
            radio(button)
            self.answer_box.addWidget(button)
        self.body.addWidget(self.answer_box)
        self.back_button = BigButton(self.tr("\u25c0 Previous question"), on_click=self.previous)
        self.list_button = BigButton(self.tr("See what to fix"), on_click=self.to_list)
        # Right under the answers, not in a footer: on a 1024x600 panel at the largest text a
        # footer row took the room of the Yes and No, the step's main buttons. The words about
        # the answer come after them.
        moves = ButtonRow()
        moves.addWidget(self.back_button)
        moves.addWidget(self.list_button)
        self.body.addWidget(moves)
        self.fix = label("", "stepNote")
        self.body.addWidget(self.fix)
        self.intro = label("", "stepNote")
        self.body.addWidget(self.intro)
        self.body.addStretch(1)

    def show_question(self, index: int, total: int, room, item, answer: bool | None, intro: str,
                      caregiver: bool) -> None:
        self.room = room.title
        self.progress.setText(self.tr("{room}: question {0} of {1}").replace("{room}", room.title).replace(
            "{0}", str(index + 1)).replace("{1}", str(total)))
        text = item.caregiver_question if caregiver else item.question
        self.question.setText(text)
        self.question.setAccessibleName(text)
        radio_group(self.answer_box, text)
        for button, value in ((self.yes_button, True), (self.no_button, False)):
            button.setChecked(answer is value)
            button.setAccessibleDescription(text)
        self.fix.setText(self.tr("What to do: {0}").replace("{0}", item.fix))
        self.fix.setVisible(answer is True)
        self.intro.setText(intro)
        self.intro.setVisible(index == 0)
        self.back_button.setVisible(index > 0)
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        return self.yes_button


class FixRow(QWidget):
    """One thing to fix: what to do, and its "Done" tick."""

    ticked = Signal(str, bool)

    def __init__(self, item, done: bool, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self.item_id = item.id
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.text = label(item.fix)
        column.addWidget(self.text)
        self.done_button = BigButton("")
        self.done_button.setObjectName("toggle")
        self.done_button.setCheckable(True)
        self.done_button.setAccessibleDescription(item.fix)
        self.done_button.toggled.connect(self._toggled)
        column.addWidget(self.done_button_row(), 0)
        self._show(done)

    def done_button_row(self) -> QWidget:
        row = ButtonRow()
        row.addWidget(self.done_button)
        row.addStretch(1)
        return row

    def _show(self, done: bool) -> None:
        self.done_button.blockSignals(True)
        self.done_button.setChecked(done)
        self.done_button.blockSignals(False)
        words = self.tr("\u2714 Done") if done else self.tr("Tick when done")
        self.done_button.setText(words)
        self.done_button.setAccessibleName(self.tr("Done") if done else self.tr("Not done yet"))

    def _toggled(self, on: bool) -> None:
        self._show(on)
        self.ticked.emit(self.item_id, on)


class HomeListStep(StepView):
    """What to fix, room by room, each with its tick; then the other tips; Print."""

    scrolls = True
    print_list = Signal()
    change = Signal()
    ticked = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary, self.kept = self.add_labels("question", "stepNote")
        self.rows: dict[str, FixRow] = {}
        self._made: list[QWidget] = []
        self.print_button = BigButton(self.tr("Print"), object_name="primary", on_click=self.print_list)
        self.change_button = BigButton(self.tr("Change the answers"), on_click=self.change)
        self.add_footer(self.print_button, self.change_button)
        self.first_control = self.print_button

    def show_list(self, pack: ContentPack, check: HomeCheck, caregiver: bool, kept: str) -> None:
        for widget in self._made:
            drop(widget)
        self._made, self.rows = [], {}
        self.show_summary(check)
        self.kept.setText(kept)
        self.kept.setVisible(bool(kept))
        at = self.body.indexOf(self.kept) + 1
        for room in pack.home_safety.rooms:
            found = [item for item in room.items if check.answers.get(item.id) is True]
            if not found:
                continue
            heading = label(room.title, "resultTitle")
            self._insert(at, heading)
            at += 1
            for item in found:
                row = FixRow(item, item.id in check.fixed)
                row.ticked.connect(self.ticked)
                self._insert(at, row)
                self.rows[item.id] = row
                at += 1
        if pack.home_safety.also:
            self._insert(at, label(self.tr("More ways to stay safe"), "resultTitle"))
            at += 1
            self._insert(at, label("\n".join("\u2022 " + tip for tip in pack.home_safety.also), "stepNote"))
        self.to_top()

    def show_summary(self, check: HomeCheck) -> None:
        open_count = len(check.open_hazards)
        if not check.started:
            words = self.tr("No questions answered yet.")
        elif not any(check.answers.values()):
            words = self.tr("Nothing to fix was found. Well done!")
        elif open_count:
            words = self.tr("Still to fix: {0}. Tick each one when it is done.").replace(
                "{0}", str(open_count))
        else:
            words = self.tr("Everything found has been fixed. Well done!")
        self.summary.setText(words)

    def _insert(self, at: int, widget: QWidget) -> None:
        self.body.insertWidget(at, widget)
        widget.show()
        self._made.append(widget)


class HomeSafetyPage(Page):
    def __init__(self, pack: ContentPack, visit: Visit, media: Media, parent: QWidget | None = None):
        super().__init__(pack.home_safety.title, parent)
        self.pack, self.visit, self.media = pack, visit, media
        self.clock = media.clock()
        self._asked_at = float("-inf")
        self.items = _items(pack)
        self.check = HomeCheck()
        self._owner: int | None = None  # whose check is on screen (None: a guest's or a visitor's)
        self.index = 0
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.follow_steps(self.steps)
        self.asking = HomeQuestionStep()
        self.asking.answered.connect(self._answer)
        self.asking.previous.connect(self._back)
        self.asking.to_list.connect(self.show_list)
        self.list = HomeListStep()
        self.list.ticked.connect(self._tick)
        self.list.change.connect(lambda: self._ask(0))
        self.list.print_list.connect(self.print_list)
        self.steps.addWidget(self.asking)
        self.steps.addWidget(self.list)
        self.asking.add_read_aloud(media.speaker)
        self.list.add_read_aloud(media.speaker)
        self.show_listen_of(self.steps.currentWidget())

    def settle(self) -> None:
        self.asking.settle()
        self.list.settle()

    def first_control(self) -> QWidget:
        return self.steps.currentWidget().first_control

    # -- whose check ------------------------------------------------------------------------
    def _keeps(self) -> bool:
        return self.visit.history is not None and self.visit.who.profile_id is not None

    def show_item(self, arg: str) -> None:
        who = self.visit.who.profile_id if self._keeps() else None
        if who != self._owner or who is not None:
            self.check, self._owner = HomeCheck(), who
            if who is not None:
                try:
                    self.check = (self.visit.history.home_check(who) or HomeCheck()).only(
                        item_ids(self.pack.home_safety))
                except (sqlite3.Error, OSError) as exc:
                    self.visit.notify(self.tr("Your home safety check could not be read ({0}).").replace(
                        "{0}", str(exc)))
        unanswered = [i for i, (_room, item) in enumerate(self.items) if item.id not in self.check.answers]
        if self.check.started and not unanswered:
            self.show_list()
        else:
            self._ask(unanswered[0] if unanswered else 0)

    def _save(self) -> None:
        if self._owner is None or not self._keeps() or self.visit.who.profile_id != self._owner:
            return  # a guest's or a kiosk visitor's check is never written
        try:
            self.visit.history.save_home_check(self._owner, self.check)
        except (sqlite3.Error, OSError) as exc:
            self.visit.notify(self.tr("Your home safety check could not be saved ({0}). It stays on the "
                                      "screen until you leave it.").replace("{0}", str(exc)))

    # -- the questions ----------------------------------------------------------------------
    def _ask(self, index: int) -> None:
        self.index = index
        room, item = self.items[index]
        caregiver = self.visit.caregiver
        intro = self.pack.home_safety.caregiver_intro if caregiver else self.pack.home_safety.intro
        self.asking.show_question(index, len(self.items), room, item, self.check.answers.get(item.id),
                                  intro, caregiver)
        show_step(self.steps, self.asking)
        self._asked_at = self.clock.now()
        self.focus_first()

    def _answer(self, yes: bool) -> None:
        # The next question's Yes and No appear under the finger: a second tap of a double
        # tap is not an answer to it.
        if self.clock.now() - self._asked_at < SETTLE_SECONDS * self.media.time_scale:
            self._ask(self.index)  # (the pressed look of the button goes again)
            return
        _room, item = self.items[self.index]
        self.check = self.check.answer(item.id, yes, self.visit.today())
        self._save()
        if self.index + 1 < len(self.items):
            self._ask(self.index + 1)
        else:
            self.show_list()

    def _back(self) -> None:
        if self.index > 0:
            self._ask(self.index - 1)

    # -- the list -----------------------------------------------------------------------------
    def _kept_words(self) -> str:
        if self.visit.take_home is not None:
            return self.tr("Nothing is kept on this computer. Print the list to take it home.")
        if self._owner is None:
            return self.tr("You are a guest, so this list is not kept. Print it to keep it.")
        return self.tr("Kept for {0}. Come back to tick each fix when it is done.").replace(
            "{0}", self.visit.who.name)

    def show_list(self) -> None:
        self.list.show_list(self.pack, self.check, self.visit.caregiver, self._kept_words())
        show_step(self.steps, self.list)
        self.focus_first()

    def _tick(self, item: str, done: bool) -> None:
        self.check = self.check.mark_fixed(item, done, self.visit.today())
        self._save()
        self.list.show_summary(self.check)

    def print_list(self) -> None:
        from legapp.qt.check.home_print import print_home_check

        day = QLocale().toString(self.visit.today(), QLocale.FormatType.LongFormat)
        if print_home_check(self.pack, self.check, self.visit.who.name, day, self):
            self.visit.notify(self.tr("The list was sent to the printer."))
