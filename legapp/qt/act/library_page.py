"""The exercise library: every move as a large tile with its picture, under Strength,
Balance and Warm up and move; and one move's own page, with its picture, the muscles it
works, numbered steps, easier and harder ways, a safety note, and Previous / Next."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from legapp.content.model_methods import KINDS, in_library_order
from legapp.content.placeholders import PLACEHOLDER
from legapp.content.render import fill_facts, format_number
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.picture import Picture
from legapp.qt.widgets import BigButton, ButtonRow, Tile, drop, label

if TYPE_CHECKING:
    from legapp.content.act_models import Exercise
    from legapp.content.models import Fact, PackInfo, Source

PICTURE_HEIGHT = 220  # the drawing on an exercise's page
THUMB_HEIGHT = 96  # the small drawing on its tile


def filled(text: str, facts: Mapping[str, Fact], info: PackInfo) -> str:
    """``text`` with its facts written in; empty if it names a fact this pack lacks (a
    custom pack may leave one out: the app's own sentence is then left out, not broken)."""
    if any(m.group(1) not in facts for m in PLACEHOLDER.finditer(text)):
        return ""
    return fill_facts(text, facts, info)


def _named(widget: QLabel, text: str) -> QLabel:
    widget.setText(text)
    widget.setAccessibleName(text)
    return widget


def _section(text: str) -> QLabel:
    """A part's title on the page: a heading of level 2 for a screen reader."""
    from legapp.qt.accessible import section

    return section(_named(label("", "resultTitle"), text))


class ExerciseTile(Tile):
    """A Tile with the exercise's drawing on its left, the words beside it."""

    def __init__(self, exercise: Exercise, detail: str, images_dir: Path, parent: QWidget | None = None):
        super().__init__(exercise.title, detail, parent)
        self.exercise_id = exercise.id
        # The Tile's column of words becomes a row: drawing, then the words. removeWidget
        # (not takeAt) deletes each label's old layout item, so a new text size still
        # reaches the layout that holds it now, and the tile grows with its words.
        box: QBoxLayout = self.layout()
        labels = [box.itemAt(i).widget() for i in range(box.count()) if box.itemAt(i).widget() is not None]
        for widget in labels:
            box.removeWidget(widget)
        words = QVBoxLayout()
        words.setSpacing(box.spacing())
        for widget in labels:
            words.addWidget(widget)
        words.addStretch(1)  # in a row of taller tiles, the words stay at the top
        box.setDirection(QBoxLayout.Direction.LeftToRight)
        box.setSpacing(20)
        self.picture = Picture(images_dir / exercise.picture, THUMB_HEIGHT)
        box.insertWidget(0, self.picture, 0, Qt.AlignmentFlag.AlignTop)
        box.insertLayout(1, words, 1)
        box.setStretch(2, 0)  # the Tile's own stretch, now last in the row: it takes no room


class ExerciseLibraryPage(ScrollPage):
    """Every exercise of the pack as a tile, grouped by kind; a tile opens its page."""

    def __init__(self, exercises: Iterable[Exercise], images_dir: Path, facts: Mapping[str, Fact],
                 info: PackInfo, parent: QWidget | None = None):
        super().__init__(self.tr("Exercises for your legs"), parent)
        self.exercises = in_library_order(exercises)
        sentences = [
            self.tr("Strong legs help you stand up, walk and stay steady."),
            self.tr("Try to do the strength moves {{strength_sessions_per_week|bare}} times a week, add "
                    "some balance practice, and build up to {{aerobic_minutes_per_week}} of brisk "
                    "movement."),
            self.tr("Keep a sturdy chair or counter close by, and stop if anything hurts."),
        ]
        intro = " ".join(s for s in (filled(x, facts, info) for x in sentences) if s)
        self.intro = _named(label("", "pageIntro"), intro)
        self.body.addWidget(self.intro)
        headings = {"strength": self.tr("Strength"), "balance": self.tr("Balance"),
                    "aerobic": self.tr("Warm up and move")}
        self.headings: dict[str, QLabel] = {}
        self.tiles_by_kind: dict[str, list[Tile]] = {}
        self.tiles: list[Tile] = []  # in library order, as shown
        for kind in KINDS:
            group = [e for e in self.exercises if e.kind == kind]
            if not group:
                continue
            self.headings[kind] = _section(headings[kind])
            self.body.addWidget(self.headings[kind])
            self.tiles_by_kind[kind] = []
            for exercise in group:
                tile = ExerciseTile(exercise, filled(exercise.summary, facts, info), images_dir)
                tile.clicked.connect(
                    lambda _=False, e=exercise.id: self.navigate.emit(Route("exercise", e)))
                self.body.addWidget(tile)
                self.tiles_by_kind[kind].append(tile)
                self.tiles.append(tile)
        self.add_stretch()

    def first_control(self) -> QWidget | None:
        return self.tiles[0] if self.tiles else None

    def focus_first(self) -> None:
        # Focus on the first tile, but open at the top: the title and the few words above
        # the tiles are read first (at the largest text the first tile is then mostly, not
        # wholly, in sight; Tab scrolls to each tile).
        super().focus_first()
        self.scroll.verticalScrollBar().setValue(0)


class ExercisePage(ScrollPage):
    """One exercise. ``show_item(id)`` shows it; Previous and Next walk the library order."""

    def __init__(self, exercises: Iterable[Exercise], images_dir: Path, facts: Mapping[str, Fact],
                 info: PackInfo, sources: Mapping[str, Source] | None = None,
                 parent: QWidget | None = None):
        super().__init__("", parent)
        self.exercises = in_library_order(exercises)
        self.images_dir = Path(images_dir)
        self.facts, self.info, self.sources = facts, info, sources or {}
        self.exercise: Exercise | None = None

        self.summary = label("", "pageIntro")
        self.body.addWidget(self.summary)
        # The drawing, and beside it how many times, how often and which muscles.
        top = QHBoxLayout()
        top.setSpacing(24)
        first = self.exercises[0].picture if self.exercises else ""
        self.picture = Picture(self.images_dir / first, PICTURE_HEIGHT)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        facts_column = QVBoxLayout()
        facts_column.setSpacing(10)
        self.dose = label("", "question")
        self.how_often = label("")
        self.muscles_heading = _section(self.tr("Which muscles"))
        self.muscles = label("")
        for widget in (self.dose, self.how_often, self.muscles_heading, self.muscles):
            facts_column.addWidget(widget)
        facts_column.addStretch(1)
        top.addLayout(facts_column, 1)
        self.body.addLayout(top)

        self.steps_heading = _section(self.tr("How to do it"))
        self.body.addWidget(self.steps_heading)
        self.steps_box = QWidget()
        self.steps_grid = QGridLayout(self.steps_box)
        self.steps_grid.setContentsMargins(0, 0, 0, 0)
        self.steps_grid.setHorizontalSpacing(12)
        self.steps_grid.setVerticalSpacing(10)
        self.steps_grid.setColumnStretch(1, 1)
        self.body.addWidget(self.steps_box)
        self.step_labels: list[QLabel] = []

        self.easier_heading = _section(self.tr("To make it easier"))
        self.easier = label("")
        self.harder_heading = _section(self.tr("To make it harder"))
        self.harder = label("")
        self.safety = label("", "safetyAdvice")
        self.source = label("", "resultSource")
        for widget in (self.easier_heading, self.easier, self.harder_heading, self.harder,
                       self.safety, self.source):
            self.body.addWidget(widget)
        self.add_stretch()

        # Previous / All / Next stay below the scrolling words, side by side while they fit.
        self.footer = ButtonRow()
        self.previous_button = BigButton(self.tr("\u25c0 Previous"))
        self.all_button = BigButton(self.tr("All exercises"), name=self.tr("All exercises"))
        self.next_button = BigButton(self.tr("Next \u25b6"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(+1))
        self.all_button.clicked.connect(lambda: self.navigate.emit(Route("exercises")))
        self.footer.addWidget(self.previous_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.all_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.next_button)
        self.outer.addWidget(self.footer)
        if self.exercises:
            self.show_exercise(self.exercises[0].id)

    # --- what is shown -----------------------------------------------------------------
    def show_item(self, arg: str) -> None:
        self.show_exercise(arg)

    def show_exercise(self, exercise_id: str) -> None:
        """Show the exercise with this id (the first one if there is none: a route kept
        from another pack must not leave an empty page)."""
        if not self.exercises:
            return
        exercise = next((e for e in self.exercises if e.id == exercise_id), self.exercises[0])
        self.exercise = exercise
        text = lambda words: fill_facts(words, self.facts, self.info)  # noqa: E731
        self.set_title(exercise.title)
        self.setAccessibleDescription(text(exercise.summary))
        _named(self.summary, text(exercise.summary))
        self.picture.show_file(self.images_dir / exercise.picture)
        _named(self.dose, self.dose_text(exercise))
        how_often = self.how_often_text(exercise)
        _named(self.how_often, how_often)
        self.how_often.setVisible(bool(how_often))
        _named(self.muscles, text(exercise.muscles))
        self._show_steps([text(step) for step in exercise.steps])
        _named(self.easier, text(exercise.easier))
        _named(self.harder, text(exercise.harder))
        _named(self.safety, self.tr("Stay safe: ") + text(exercise.safety))
        source = self.sources.get(exercise.source)
        _named(self.source, self.tr("Where this comes from: ") + source.citation() if source else "")
        self.source.setVisible(source is not None)
        self._update_steps()
        self.scroll.verticalScrollBar().setValue(0)

    def dose_text(self, exercise: Exercise) -> str:
        """How many times, or how long to hold, in words: "How many: 10 times with each leg"."""
        if exercise.reps is not None:
            return (self.tr("How many: %n time(s) with each leg", "", exercise.reps) if exercise.each_side
                    else self.tr("How many: %n time(s)", "", exercise.reps))
        seconds = format_number(exercise.hold_seconds or 0, self.info)
        words = (self.tr("How long: hold for {0} seconds on each leg") if exercise.each_side
                 else self.tr("How long: hold for {0} seconds"))
        return words.replace("{0}", seconds)

    def how_often_text(self, exercise: Exercise) -> str:
        words = {
            "strength": self.tr("How often: {{strength_sessions_per_week}}, with a day of rest in between."),
            "balance": self.tr("How often: a little every day, or on most days."),
            # the weekly total is in the library's intro (and in the marching summary)
            "aerobic": self.tr("How often: on most days. A few minutes at a time all add up."),
        }[exercise.kind]
        return filled(words, self.facts, self.info)

    def _show_steps(self, steps: list[str]) -> None:
        for widget in self.step_labels:
            drop(widget)
        self.step_labels = []
        for row, step in enumerate(steps):
            number = QLabel(f"{row + 1}.")
            number.setObjectName("stepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            number.setAccessibleName(self.tr("Step {0}").replace("{0}", str(row + 1)))
            words = _named(label("", "stepText"), step)
            words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.steps_grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self.steps_grid.addWidget(words, row, 1)
            self.step_labels += [number, words]

    # --- moving on ----------------------------------------------------------------------
    def _index(self) -> int:
        return self.exercises.index(self.exercise) if self.exercise in self.exercises else 0

    def _update_steps(self) -> None:
        i = self._index()
        for button, j, word in ((self.previous_button, i - 1, self.tr("Previous exercise")),
                                (self.next_button, i + 1, self.tr("Next exercise"))):
            has = 0 <= j < len(self.exercises)
            # A disabled button keeps the row still, as on the Learn pages.
            button.setEnabled(has)
            title = self.exercises[j].title if has else self.tr("none")
            button.setAccessibleName(f"{word}: {title}")
            button.setToolTip(title)

    def _step(self, delta: int) -> None:
        i = self._index() + delta
        if 0 <= i < len(self.exercises):
            self.navigate.emit(Route("exercise", self.exercises[i].id))

    def first_control(self) -> QWidget | None:
        # Focus starts on the way on; Page Up and Page Down scroll the words from there.
        return self.next_button if self.next_button.isEnabled() else self.all_button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The buttons pass on keys they do not use: Page Up / Page Down scroll the page.
        actions = {Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
                   Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub}
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        self.scroll.verticalScrollBar().triggerAction(action)
