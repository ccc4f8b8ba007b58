"""The exercise library and one exercise's page, built directly from the bundled pack:
tiles grouped by kind in order, a tile opens its exercise, the exercise page shows every
part of it, Previous and Next walk the library, and nothing is cut at the largest text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from legapp.content.act_loader import load_exercises
from legapp.content.model_methods import in_library_order
from legapp.content.render import fill_facts
from legapp.navigation import Route
from legapp.paths import bundled_content_dir, resources_dir
from legapp.qt.act.library_page import ExerciseLibraryPage, ExercisePage
from legapp.qt.picture import svg_title
from legapp.qt.widgets import Tile
from legapp.textsize import TEXT_SIZES

from .conftest import settle
from .layout_checks import controls, cut_off, unnamed

IMAGES = resources_dir() / "images"
LARGEST = len(TEXT_SIZES) - 1


@pytest.fixture(scope="module")
def exercises(pack):
    return load_exercises(bundled_content_dir("en"), pack.sources, pack.facts)


@pytest.fixture
def library(qtbot, pack, exercises):
    page = ExerciseLibraryPage(exercises, IMAGES, pack.facts, pack.info)
    qtbot.addWidget(page)
    page.settle()
    return page


@pytest.fixture
def exercise_page(qtbot, pack, exercises):
    page = ExercisePage(exercises, IMAGES, pack.facts, pack.info, pack.sources)
    qtbot.addWidget(page)
    page.settle()
    return page


def _text(pack, words: str) -> str:
    return fill_facts(words, pack.facts, pack.info)


# --- the library -----------------------------------------------------------------------

def test_library_lists_every_exercise_under_its_kind_in_order(library, exercises):
    assert library.accessibleName() == "Exercises for your legs"
    assert list(library.headings) == ["strength", "balance", "aerobic"]
    assert [h.text() for h in library.headings.values()] == ["Strength", "Balance", "Warm up and move"]
    for kind, tiles in library.tiles_by_kind.items():
        wanted = [e for e in sorted(exercises, key=lambda e: (e.order, e.id)) if e.kind == kind]
        assert [t.accessibleName() for t in tiles] == [e.title for e in wanted]
        assert all(isinstance(t, Tile) for t in tiles)
    assert [t.exercise_id for t in library.tiles] == [e.id for e in in_library_order(exercises)]
    assert len(library.tiles) == len(exercises)


def test_headings_come_before_their_tiles(library):
    body = library.body
    position = {body.itemAt(i).widget(): i for i in range(body.count()) if body.itemAt(i).widget()}
    assert position[library.intro] == 0
    previous_last = 0
    for kind, heading in library.headings.items():
        tiles = library.tiles_by_kind[kind]
        assert previous_last < position[heading] < position[tiles[0]]
        previous_last = position[tiles[-1]]


def test_library_intro_gives_the_guidance_from_the_facts(library):
    intro = library.intro.text()
    assert "2 to 3 times a week" in intro
    assert "150 minutes a week" in intro
    assert "{{" not in intro
    assert library.intro.wordWrap()


def test_tiles_show_summary_and_picture(library, pack, exercises):
    by_id = {e.id: e for e in exercises}
    for tile in library.tiles:
        exercise = by_id[tile.exercise_id]
        assert tile.accessibleDescription() == _text(pack, exercise.summary)
        assert "{{" not in tile.accessibleDescription()
        assert tile.picture.accessibleName() == svg_title(IMAGES / exercise.picture)
        labels = tile.findChildren(QLabel)
        assert labels
        assert all(label.wordWrap() for label in labels)


def test_clicking_a_tile_asks_for_its_exercise(qtbot, library):
    for tile in (library.tiles[0], library.tiles_by_kind["balance"][1]):
        with qtbot.waitSignal(library.navigate) as signal:
            qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert signal.args == [Route("exercise", tile.exercise_id)]


def test_a_press_on_the_tile_picture_opens_it_too(qtbot, library):
    library.resize(1200, 800)
    library.show()
    tile = library.tiles[2]
    with qtbot.waitSignal(library.navigate) as signal:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.picture.geometry().center())
    assert signal.args == [Route("exercise", tile.exercise_id)]


def test_enter_on_a_tile_opens_it(qtbot, library):
    library.show()
    tile = library.tiles[0]
    tile.setFocus()
    with qtbot.waitSignal(library.navigate) as signal:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert signal.args == [Route("exercise", tile.exercise_id)]
    assert tile.exercise_id == "seated-marching"  # the library's first: the seated level's


# --- one exercise ----------------------------------------------------------------------

def test_exercise_page_shows_every_part(exercise_page, pack, exercises):
    page = exercise_page
    heel = next(e for e in exercises if e.id == "heel-raises")
    page.show_item("heel-raises")
    assert page.title.text() == "Heel raises"
    assert page.accessibleName() == "Heel raises"
    assert page.summary.text() == _text(pack, heel.summary)
    steps = [label.text() for label in page.step_labels if label.objectName() == "stepText"]
    numbers = [label.text() for label in page.step_labels if label.objectName() == "stepNumber"]
    assert steps == list(heel.steps)
    assert numbers == [f"{i}." for i in range(1, len(heel.steps) + 1)]
    assert page.muscles_heading.text() == "Which muscles"
    assert page.muscles.text() == heel.muscles
    assert page.easier_heading.text() == "To make it easier"
    assert page.easier.text() == heel.easier
    assert page.harder_heading.text() == "To make it harder"
    assert page.harder.text() == heel.harder
    assert page.safety.objectName() == "safetyAdvice"
    assert heel.safety in page.safety.text()
    assert page.dose.text() == "How many: 10 times"
    assert "2 to 3 sessions a week" in page.how_often.text()
    assert pack.sources[heel.source].title in page.source.text()
    for label in page.findChildren(QLabel):
        assert "{{" not in label.text()
        if label.objectName() != "stepNumber":
            assert label.wordWrap(), label.text()


def test_the_picture_is_named_by_its_drawing(exercise_page, exercises):
    for exercise in exercises:
        exercise_page.show_item(exercise.id)
        assert exercise_page.picture.path == IMAGES / exercise.picture
        assert exercise_page.picture.accessibleName() == svg_title(IMAGES / exercise.picture)
        assert exercise_page.picture.height() == 220


@pytest.mark.parametrize(("exercise_id", "dose"), [
    ("sit-to-stand", "How many: 10 times"),
    ("side-leg-raise", "How many: 10 times with each leg"),
    ("single-leg-stand", "How long: hold for 10 seconds on each leg"),
    ("marching-in-place", "How many: 20 times with each leg"),
])
def test_how_many_or_how_long(exercise_page, exercise_id, dose):
    exercise_page.show_item(exercise_id)
    assert exercise_page.dose.text() == dose


def test_how_often_follows_the_kind(exercise_page):
    exercise_page.show_item("marching-in-place")
    assert "most days" in exercise_page.how_often.text()
    assert "150 minutes a week" in exercise_page.summary.text()
    assert "150 minutes a week" not in exercise_page.how_often.text()  # said once is enough
    exercise_page.show_item("back-leg-raise")
    assert "2 to 3 sessions a week" in exercise_page.how_often.text()
    exercise_page.show_item("single-leg-stand")
    assert "every day" in exercise_page.how_often.text()
    assert exercise_page.how_often.isVisibleTo(exercise_page)


def test_fewer_steps_leave_no_old_step_behind(qtbot, exercise_page):
    exercise_page.show_item("heel-to-toe-walk")  # five steps
    assert len(exercise_page.step_labels) == 10
    exercise_page.show_item("toe-raises")  # four steps
    assert len(exercise_page.step_labels) == 8
    qtbot.wait(10)
    shown = [w for w in exercise_page.steps_box.findChildren(QLabel) if w.objectName() == "stepText"]
    assert len(shown) == 4


def test_previous_and_next_walk_the_library_order(qtbot, exercise_page, exercises):
    page = exercise_page
    order = [e.id for e in in_library_order(exercises)]
    page.navigate.connect(lambda route: page.show_item(route.arg))
    page.show_item(order[0])
    assert not page.previous_button.isEnabled()
    assert page.previous_button.accessibleName() == "Previous exercise: none"
    seen = [page.exercise.id]
    while page.next_button.isEnabled():
        following = order[len(seen)]
        title = next(e.title for e in exercises if e.id == following)
        assert page.next_button.accessibleName() == f"Next exercise: {title}"
        with qtbot.waitSignal(page.navigate) as signal:
            qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert signal.args == [Route("exercise", following)]
        seen.append(page.exercise.id)
    assert seen == order
    assert page.next_button.accessibleName() == "Next exercise: none"
    with qtbot.waitSignal(page.navigate) as signal:
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert signal.args == [Route("exercise", order[-2])]


def test_all_exercises_goes_back_to_the_library(qtbot, exercise_page):
    with qtbot.waitSignal(exercise_page.navigate) as signal:
        qtbot.mouseClick(exercise_page.all_button, Qt.MouseButton.LeftButton)
    assert signal.args == [Route("exercises")]


def test_an_unknown_id_shows_the_first_exercise(exercise_page, exercises):
    exercise_page.show_item("no-such-move")
    assert exercise_page.exercise == in_library_order(exercises)[0]


# --- in the real window: focus, keys, names, nothing cut ------------------------------

def _in_window(qtbot, make_window, page, size=0):
    w = make_window()
    page.navigate.connect(lambda route: page.show_item(route.arg) if route.screen == "exercise" else None)
    w.stack.addWidget(page)
    w.stack.setCurrentWidget(page)
    w.set_text_size(size)
    settle(qtbot, 60)
    return w


def _unnamed(w) -> list[str]:
    tab_stops = controls(w)
    assert len(tab_stops) >= 3
    return unnamed(tab_stops)


@pytest.mark.parametrize("size", [0, LARGEST])
def test_library_fits_and_is_named_at_every_size(qtbot, make_window, library, size):
    w = _in_window(qtbot, make_window, library, size)
    assert not _unnamed(w)
    assert not cut_off(w)
    bar = library.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the last tiles too
    settle(qtbot)
    assert not cut_off(w)


@pytest.mark.parametrize("size", [0, LARGEST])
def test_every_exercise_fits_and_is_named_at_every_size(qtbot, make_window, exercise_page, exercises, size):
    w = _in_window(qtbot, make_window, exercise_page, size)
    for exercise in exercises:
        exercise_page.show_item(exercise.id)
        settle(qtbot, 40)
        assert not _unnamed(w), exercise.id
        assert not cut_off(w), exercise.id
        for button in (exercise_page.previous_button, exercise_page.all_button, exercise_page.next_button):
            assert button.isVisible()
            assert button.height() >= 48


def test_the_buttons_stack_in_a_narrow_window_rather_than_cut(qtbot, make_window, exercise_page):
    w = _in_window(qtbot, make_window, exercise_page, LARGEST)
    w.resize(w.minimumSize())
    settle(qtbot, 60)
    assert not cut_off(w)


def test_library_opens_at_the_top_with_focus_on_the_first_tile(qtbot, make_window, library):
    w = _in_window(qtbot, make_window, library, LARGEST)
    library.focus_first()
    assert QApplication.focusWidget() is library.tiles[0]
    assert library.scroll.verticalScrollBar().value() == 0
    qtbot.keyClick(library.tiles[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.tiles[1]
    assert w.isVisible()


def test_exercise_focus_starts_on_the_way_on_and_page_keys_scroll(qtbot, make_window, exercise_page,
                                                                   exercises):
    _in_window(qtbot, make_window, exercise_page, LARGEST)
    order = in_library_order(exercises)
    exercise_page.show_item(order[0].id)
    exercise_page.focus_first()
    assert QApplication.focusWidget() is exercise_page.next_button
    bar = exercise_page.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == 0
    qtbot.keyClick(exercise_page.next_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(exercise_page.next_button, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    exercise_page.show_item(order[-1].id)
    exercise_page.focus_first()
    assert QApplication.focusWidget() is exercise_page.all_button


def test_showing_another_exercise_scrolls_back_to_the_top(qtbot, make_window, exercise_page):
    _in_window(qtbot, make_window, exercise_page, LARGEST)
    bar = exercise_page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    exercise_page.show_item("toe-raises")
    assert bar.value() == 0


def test_a_pack_without_a_guidance_fact_leaves_that_sentence_out(qtbot, pack, exercises):
    facts = {k: v for k, v in pack.facts.items() if k != "strength_sessions_per_week"}
    library = ExerciseLibraryPage(exercises, IMAGES, facts, pack.info)
    page = ExercisePage(exercises, IMAGES, facts, pack.info)
    qtbot.addWidget(library)
    qtbot.addWidget(page)
    assert "Strong legs" in library.intro.text()
    assert "times a week" not in library.intro.text()
    assert "{{" not in library.intro.text()
    page.show_item("sit-to-stand")
    assert not page.how_often.isVisibleTo(page)
    assert not page.source.isVisibleTo(page)  # no sources given: no empty line either
    page.show_item("single-leg-stand")
    assert page.how_often.isVisibleTo(page)
