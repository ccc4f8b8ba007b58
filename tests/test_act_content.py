"""The exercise library of the English pack (Act): every move loads with its own drawing,
reads at grade 7 or below, is written anew, types no figure (facts come through
{{placeholders}}), is done holding a chair or counter, and says when to stop. Broken
exercise files get one plain ContentError naming the file and the field. Core only: no Qt."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
import textstat
from pydantic import ValidationError

from legapp.content.act_loader import load_exercises
from legapp.content.act_models import Exercise
from legapp.content.errors import ContentError
from legapp.content.model_methods import KINDS, in_library_order
from legapp.content.placeholders import PLACEHOLDER
from legapp.content.render import fill_facts
from legapp.paths import bundled_content_dir, resources_dir

from .conftest import SHARED
from .helpers import SEED_RUN, Cut, Replace, assert_plain, copied_from_seeds, raised, replace_once

MAX_GRADE = 7.0  # Flesch-Kincaid, textstat 0.7.4, as for the Learn and Check words
WANTED = ("sit-to-stand", "heel-raises", "toe-raises", "seated-knee-extension", "side-leg-raise",
          "back-leg-raise", "marching-in-place", "single-leg-stand", "heel-to-toe-walk")
SEATED = {"sit-to-stand", "seated-knee-extension"}  # done in a chair, not standing free
COLOURS = {"#1d4f91", "#e8eef7", "#1a1a1a", "#c75000", "#ffffff"}  # the drawings' palette
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def exercises(pack):
    return load_exercises(bundled_content_dir("en"), pack.sources, pack.facts)


def _by_id(exercises) -> dict[str, Exercise]:
    return {e.id: e for e in exercises}


def _load(folder, pack):
    return load_exercises(folder, pack.sources, pack.facts)


def _error(folder, pack) -> ContentError:
    return raised(_load, folder, pack)


# --- 1. the bundled library ------------------------------------------------------------

def test_the_bundled_exercises_load_in_order(exercises):
    ids = [e.id for e in exercises]
    assert set(WANTED) <= set(ids)
    assert len(ids) == len(set(ids))
    orders = [(e.order, e.id) for e in exercises]
    assert orders == sorted(orders)


def test_every_kind_has_moves_and_the_library_order_groups_them(exercises):
    kinds = {e.kind for e in exercises}
    assert kinds == set(KINDS)
    shown = in_library_order(reversed(exercises))
    assert [e.kind for e in shown] == sorted((e.kind for e in exercises), key=KINDS.index)
    assert set(shown) == set(exercises)
    by = _by_id(exercises)
    assert by["single-leg-stand"].kind == by["heel-to-toe-walk"].kind == "balance"
    assert by["marching-in-place"].kind == "aerobic"
    strength = {"sit-to-stand", "heel-raises", "toe-raises", "seated-knee-extension", "side-leg-raise",
                "back-leg-raise"}
    assert {e.id for e in exercises if e.kind == "strength"} >= strength


def test_each_move_says_how_many_times_or_how_long(exercises):
    for exercise in exercises:
        assert (exercise.reps is None) != (exercise.hold_seconds is None), exercise.id
    by = _by_id(exercises)
    assert by["single-leg-stand"].hold_seconds == 10
    assert by["single-leg-stand"].each_side
    for move in ("sit-to-stand", "heel-raises", "toe-raises"):
        assert by[move].reps == 10
        assert not by[move].each_side
    for move in ("side-leg-raise", "back-leg-raise", "seated-knee-extension"):
        assert by[move].each_side, move


def test_every_move_has_steps_and_easier_and_harder_ways(exercises):
    for exercise in exercises:
        assert len(exercise.steps) >= 2
        assert exercise.easier
        assert exercise.harder
        assert exercise.muscles
        assert exercise.easier != exercise.harder


def test_every_picture_exists_and_says_what_it_shows(exercises):
    for exercise in exercises:
        path = resources_dir() / "images" / exercise.picture
        assert path.is_file(), exercise.picture
        assert exercise.picture == f"exercise-{exercise.id}.svg"
        root = ET.parse(path).getroot()
        assert root.get("viewBox"), exercise.picture
        title = root.find(f"{SVG}title")
        desc = root.find(f"{SVG}desc")
        assert title is not None, exercise.picture
        assert (title.text or "").strip().endswith("."), exercise.picture
        assert desc is not None, exercise.picture
        assert len((desc.text or "").split()) >= 15, exercise.picture


def test_the_drawings_keep_the_house_colours_and_show_the_movement(exercises):
    for exercise in exercises:
        text = (resources_dir() / "images" / exercise.picture).read_text()
        colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", text)}
        assert colours <= COLOURS, (exercise.picture, colours - COLOURS)
        assert "#c75000" in colours, f"{exercise.picture}: no arrow showing the movement"
        assert "#1d4f91" in colours, f"{exercise.picture}: no person"
        assert "<image" not in text  # drawn, not pasted in
        assert "href" not in text


def test_every_source_is_known(pack, exercises):
    for exercise in exercises:
        assert exercise.source in pack.sources
        assert exercise.source in ("acsm", "seed-leg-muscle-loss")


# --- 2. plain words, written anew, numbers through facts -------------------------------

def _rendered(exercise, pack) -> list[str]:
    return [fill_facts(text, pack.facts, pack.info) for _, text in exercise.texts()]


def test_every_exercise_reads_at_grade_seven_or_below(pack, exercises):
    grades = {}
    for exercise in exercises:
        texts = _rendered(exercise, pack)
        # the title has no full stop: give it one, so it is not read as part of the next sentence
        joined = "\n".join(t if t.endswith((".", "!", "?")) else t + "." for t in texts)
        grades[exercise.id] = textstat.flesch_kincaid_grade(joined)
    too_hard = {k: g for k, g in grades.items() if g > MAX_GRADE}
    assert not too_hard, f"above grade {MAX_GRADE}: {too_hard}"


def test_the_grade_measure_can_fail():
    seed = (SHARED / "seeds" / "000_06f0b2c8a885d615.txt").read_text()
    assert textstat.flesch_kincaid_grade(seed) > MAX_GRADE + 3


def test_no_run_of_seven_words_is_copied_from_the_seeds(pack, exercises):
    copied = copied_from_seeds((e.id, text) for e in exercises for text in _rendered(e, pack))
    assert not copied, f"runs of {SEED_RUN} words copied from the seeds: {copied}"


def test_no_digit_is_typed_in_the_words(exercises):
    # Figures come through {{facts}}; how many times lives in reps / hold_seconds.
    typed = {}
    for exercise in exercises:
        for field, text in exercise.texts():
            digits = re.findall(r"\S*\d\S*", PLACEHOLDER.sub("", text))
            if digits:
                typed[f"{exercise.id}.{field}"] = digits
    assert not typed, f"numbers typed instead of facts or reps: {typed}"


def test_guidance_figures_come_from_the_facts(pack, exercises):
    marching = _by_id(exercises)["marching-in-place"]
    assert "{{aerobic_minutes_per_week}}" in marching.summary
    assert "150 minutes a week" in fill_facts(marching.summary, pack.facts, pack.info)


# --- 3. safety ---------------------------------------------------------------------------

def test_every_safety_note_says_when_to_stop_and_to_ask_a_doctor(exercises):
    for exercise in exercises:
        note = exercise.safety.lower()
        assert "stop" in note, exercise.id
        assert re.search(r"\bpain\b|hurts", note), exercise.id
        assert "dizz" in note, exercise.id
        assert "chest pain" in note, exercise.id
        assert "doctor" in note, exercise.id
        assert "surgery" in note, exercise.id
        assert "fall" in note, exercise.id


def test_every_standing_move_is_done_holding_a_chair_or_counter(exercises):
    for exercise in exercises:
        words = " ".join([exercise.summary, *exercise.steps]).lower()
        assert "sturdy chair" in words or "counter" in words, exercise.id
        if exercise.id not in SEATED:
            first = exercise.steps[0].lower()
            assert "hold" in first, exercise.id
            assert "chair" in first or "counter" in first, exercise.id


def test_the_harder_ways_never_let_go_of_support(exercises):
    for exercise in exercises:
        assert "let go" not in exercise.harder.lower(), exercise.id
        assert "eyes closed" not in exercise.harder.lower(), exercise.id


# --- 4. the model ---------------------------------------------------------------------

def _raw(**changes):
    data = {"id": "a-move", "title": "A move", "summary": "Move.", "kind": "strength",
            "picture": "exercise-heel-raises.svg", "steps": ["One.", "Two."], "easier": "Less.",
            "harder": "More.", "safety": "Stop if it hurts.", "muscles": "Calves.", "order": 1,
            "source": "acsm", "reps": 10}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_the_model_wants_reps_or_a_hold_not_both():
    assert Exercise.model_validate(_raw()).reps == 10
    assert Exercise.model_validate(_raw(reps=None, hold_seconds=10)).hold_seconds == 10
    with pytest.raises(ValidationError, match="not both"):
        Exercise.model_validate(_raw(hold_seconds=10))
    with pytest.raises(ValidationError, match="give reps"):
        Exercise.model_validate(_raw(reps=None))


@pytest.mark.parametrize("changes", [{"reps": 0}, {"reps": 31}, {"reps": None, "hold_seconds": 0},
                                     {"steps": ["Only one."]}, {"steps": ["One.", ""]},
                                     {"kind": "stretching"}, {"id": "Sit To Stand"}, {"colour": "red"}])
def test_the_model_refuses_bad_values(changes):
    with pytest.raises(ValidationError):
        Exercise.model_validate(_raw(**changes))


def test_the_model_is_frozen():
    exercise = Exercise.model_validate(_raw())
    with pytest.raises(ValidationError):
        exercise.reps = 12


# --- 5. broken exercise files: one plain message naming the file and the field ---------

FILE = "exercises/heel-raises.yaml"


def test_bad_yaml_is_named(pack, pack_copy):
    path = pack_copy / FILE
    path.write_text(path.read_text().replace("title: Heel raises", "title: [Heel raises", 1))
    err = _error(pack_copy, pack)
    assert err.file == FILE
    assert err.field.startswith("line ")
    assert "not valid YAML" in err.problem
    assert "\n" not in str(err)


BROKEN = [  # what is done to FILE, the field named, words of the problem
    pytest.param(Cut("steps:", "easier:"), "steps", ["required"], id="missing-steps"),
    pytest.param(Cut("  - Slowly rise up", "easier:"), "steps", ["at least 2"], id="a-single-step"),
    pytest.param(Replace("reps: 10\n", "reps: 10\nhold_seconds: 5\n"), "hold_seconds", ["not both"],
                 id="both-reps-and-a-hold"),
    pytest.param(Replace("reps: 10\n", ""), "hold_seconds", ["reps"], id="neither-reps-nor-a-hold"),
    pytest.param(Replace("picture: exercise-heel-raises.svg", "picture: exercise-heel-lifts.svg"), "picture",
                 ["exercise-heel-lifts.svg"], id="an-unknown-picture"),
    pytest.param(Replace("source: seed-leg-muscle-loss", "source: nobody2020"), "source", ["nobody2020"],
                 id="an-unknown-source"),
    pytest.param(Replace("  - Stay at the top for a moment.",
                         "  - Stay at the top for {{heel_raise_seconds}}."),
                 "steps[3]", ["heel_raise_seconds"], id="an-unknown-fact-named-with-its-step"),
    pytest.param(Replace("harder:", "colour: red\nharder:"), "colour", ["not known"], id="an-unknown-field"),
]


@pytest.mark.parametrize(("damage", "field", "words"), BROKEN)
def test_a_broken_exercise_file_is_named(pack, pack_copy, damage, field, words):
    damage(pack_copy / FILE)
    assert_plain(_error(pack_copy, pack), FILE, field, words)


def test_a_picture_in_the_packs_own_images_folder_is_found(pack, pack_copy):
    (pack_copy / "images").mkdir()
    drawing = resources_dir() / "images" / "exercise-heel-raises.svg"
    shutil.copy(drawing, pack_copy / "images" / "our-heels.svg")
    replace_once(pack_copy / FILE, "picture: exercise-heel-raises.svg", "picture: our-heels.svg")
    assert _by_id(_load(pack_copy, pack))["heel-raises"].picture == "our-heels.svg"


def test_an_unknown_fact_form_is_named(pack, pack_copy):
    replace_once(pack_copy / "exercises" / "marching-in-place.yaml", "{{aerobic_minutes_per_week}}",
           "{{aerobic_minutes_per_week|middle}}")
    err = _error(pack_copy, pack)
    assert_plain(err, "exercises/marching-in-place.yaml", "summary")
    assert "|middle" in err.problem


def test_a_known_fact_is_accepted_anywhere(pack, pack_copy):
    replace_once(pack_copy / FILE, "easier: Rise up only a little way.",
           "easier: Rise up only a little way, {{strength_sessions_per_week}}.")
    heel = _by_id(_load(pack_copy, pack))["heel-raises"]
    assert "2 to 3 sessions a week" in fill_facts(heel.easier, pack.facts, pack.info)


def test_a_duplicate_id_names_both_files(pack, pack_copy):
    shutil.copy(pack_copy / FILE, pack_copy / "exercises" / "zz-heel-raises-again.yaml")
    err = _error(pack_copy, pack)
    assert_plain(err, "exercises/zz-heel-raises-again.yaml", "id")
    assert "heel-raises" in err.problem
    assert FILE in err.problem


def test_a_file_that_is_not_an_exercise_is_named(pack, pack_copy):
    (pack_copy / FILE).write_text("- just\n- a list\n")
    err = _error(pack_copy, pack)
    assert_plain(err, FILE, "")


def test_a_pack_without_exercises_is_named(pack, pack_copy):
    shutil.rmtree(pack_copy / "exercises")
    err = _error(pack_copy, pack)
    assert_plain(err, "exercises", "")
    assert "no exercises" in err.problem
