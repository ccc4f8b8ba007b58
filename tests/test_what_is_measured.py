"""A pack of one's own may change a test's words, pictures and order, never what it
measures: a hostile pack that lengthens the chair stand, shortens the five stands or a
balance position, or scores the answers otherwise is refused, naming the file and the
field, and the built-in pack is used (with the notice that says so). The Spanish pack
measures exactly what the English one does, and the English one what CLINICAL.md says.
Core only: no Qt."""

from __future__ import annotations

import re
import shutil

import pytest

from legapp.app import content_loader
from legapp.checks.questionnaire import QuestionnaireRun
from legapp.content.errors import ContentError
from legapp.content.loader import load_pack
from legapp.content.measured import FREE, differences, reference
from legapp.content.pack_cache import load_with_fallback
from legapp.paths import bundled_content_dir

from .conftest import SHARED
from .helpers import assert_plain, replace_once

CHAIR = "protocols/chair-stand-30s.yaml"
FIVE = "protocols/five-times-sts.yaml"
BALANCE = "protocols/balance-4stage.yaml"
CHECKLIST = "questionnaires/stay-independent.yaml"
SARC_F = "questionnaires/sarc-f.yaml"


def _chair_of_sixty_seconds(pack):
    # The "30-second" chair stand timed for 60 s, its cues moved to match: twice the stands.
    path = pack / CHAIR
    replace_once(path, "seconds: 30", "seconds: 60", after="- id: stands")
    replace_once(path, "{at: 30,", "{at: 60,", after="- id: stands")  # "Stop"
    replace_once(path, "{at: 15,", "{at: 30,", after="- id: stands")  # "Halfway there"


def _three_stands_for_five(pack):
    replace_once(pack / FIVE, "end_at_count: 5", "end_at_count: 3")


def _tandem_held_five_seconds(pack):
    # Stage 3 (tandem) decides the risk: held 5 s instead of 10, "Stop" said at 5 s.
    path = pack / BALANCE
    replace_once(path, "seconds: 10", "seconds: 5", after="- id: stage3_hold")
    replace_once(path, "{at: 10, say: Stop", "{at: 5, say: Stop", after="- id: stage3_hold")


def _yes_worth_nothing(pack):
    # "Have you fallen in the past year?" - Yes recorded as no: 0 points instead of 2.
    replace_once(pack / CHECKLIST, '{value: true, label: "Yes"}', '{value: false, label: "Yes"}')
    replace_once(pack / CHECKLIST, '{value: false, label: "No"}', '{value: true, label: "No"}')


def _sarc_f_reversed(pack):
    path = pack / SARC_F
    text = path.read_text()
    swaps = (("{value: 0,", "{value: X,"), ("{value: 2,", "{value: 0,"), ("{value: X,", "{value: 2,"))
    for old, new in swaps:
        text = text.replace(old, new)
    path.write_text(text)


def _stop_said_early(pack):
    # The seconds kept, but "Stop" said at 5 s of the first position's 10: a 5 s hold.
    replace_once(pack / BALANCE, "{at: 10, say: Stop", "{at: 5, say: Stop", after="- id: stage1_hold")


def _yes_of_one(pack):
    # 1 == True in Python: a "Yes" of value 1 is still not the built-in "Yes".
    replace_once(pack / CHECKLIST, '{value: true, label: "Yes"}', '{value: 1, label: "Yes"}')


def _tug_without_helper(pack):
    replace_once(pack / "protocols/tug.yaml", "helper_runs: true", "helper_runs: false")


ATTACKS = [  # what is done, the file, the field named, what the built-in one has
    pytest.param(_chair_of_sixty_seconds, CHAIR, "phases[3].seconds", "30",
                 id="a-60-s-thirty-second-chair-stand"),
    pytest.param(_three_stands_for_five, FIVE, "phases[3].end_at_count", "5",
                 id="three-stands-for-five-times"),
    pytest.param(_tandem_held_five_seconds, BALANCE, "phases[9].seconds", "10", id="a-balance-stage-of-5-s"),
    pytest.param(_yes_worth_nothing, CHECKLIST, "questions[1].options[1].value", "true",
                 id="a-checklist-yes-worth-0-points"),
    pytest.param(_sarc_f_reversed, SARC_F, "questions[1].options[1].value", "0", id="sarc-f-values-reversed"),
    pytest.param(_stop_said_early, BALANCE, "phases[3].prompts[2].at", "10", id="stop-said-at-5-s-of-10"),
    pytest.param(_yes_of_one, CHECKLIST, "questions[1].options[1].value", "true", id="a-yes-of-value-1"),
    pytest.param(_tug_without_helper, "protocols/tug.yaml", "helper_runs", "true", id="a-tug-with-no-helper"),
]


NUMBERS = [  # the numbers in a test's words: what is done, the file, the field named, the built-in one
    pytest.param(lambda pack: replace_once(pack / "facts.yaml", "value: 10", "value: 3",
                                           after="- id: tug_line_feet"),
                 "facts.yaml", "fact 'tug_line_feet'.value", "(10 here in the built-in pack)",
                 id="a-tug-line-of-3-feet"),
    pytest.param(lambda pack: replace_once(pack / "facts.yaml", "unit: feet", "unit: metres",
                                           after="- id: tug_line_feet"),
                 "facts.yaml", "fact 'tug_line_feet'.unit", "(feet here in the built-in pack)",
                 id="a-tug-line-of-10-metres"),
    pytest.param(lambda pack: replace_once(pack / "protocols/tug.yaml", "{{tug_line_feet}}", "3 feet"),
                 "protocols/tug.yaml", "setup[2].text", "'3'", id="a-distance-typed-in-the-words"),
    pytest.param(lambda pack: replace_once(pack / SARC_F, "{{sarc_f_lift_pounds}}", "{{tug_line_feet}}"),
                 SARC_F, "questions[1].text", "only the facts the built-in test names",
                 id="sarc-f-lifting-a-fact-of-another-test"),
]


@pytest.mark.parametrize(("attack", "file", "field", "words"), NUMBERS)
def test_a_number_the_words_of_a_test_give_is_held_to_the_built_in_one(pack_copy, attack, file, field, words):
    attack(pack_copy)
    with pytest.raises(ContentError) as refused:
        load_pack(pack_copy, origin=str(pack_copy))
    assert_plain(refused.value, file, field, [words])
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert (loaded.origin, problem) == ("bundled", str(refused.value))
    assert loaded.facts["tug_line_feet"].value == 10


def _chair_seconds(pack):
    chair = next(p for p in pack.protocols if p.id == "chair_stand_30s")
    return next(ph.seconds for ph in chair.phases if ph.kind == "timed")


@pytest.mark.parametrize(("attack", "file", "field", "built_in"), ATTACKS)
def test_a_pack_that_changes_what_is_measured_is_refused_and_the_built_in_one_used(
        pack_copy, tmp_path, attack, file, field, built_in):
    attack(pack_copy)
    with pytest.raises(ContentError) as refused:
        load_pack(pack_copy, origin=str(pack_copy))
    assert_plain(refused.value, file, field, ["not what is measured", f"({built_in} here in the built-in"])

    # As the app loads it (kept in a cache folder): the built-in pack, and why.
    loaded, problem = load_with_fallback(pack_copy, "en", where=tmp_path / "cache")
    assert loaded.origin == "bundled"
    assert problem == str(refused.value)
    assert loaded == load_pack(bundled_content_dir("en"))  # every test and question as built in
    assert _chair_seconds(loaded) == 30


def test_the_person_is_told_the_built_in_content_is_shown_and_why(pack_copy):
    _chair_of_sixty_seconds(pack_copy)
    pack, notice = content_loader(pack_copy)("en")
    assert pack.origin == "bundled"
    assert _chair_seconds(pack) == 30
    assert notice.startswith("The content pack you chose has a problem, so the built-in content is shown")
    assert "protocols/chair-stand-30s.yaml, phases[3].seconds" in notice


def _answered_by_label(questionnaire, labels):
    """A person's run: for each question the answer whose words start with the given ones."""
    run = QuestionnaireRun(questionnaire)
    for question in questionnaire.questions:
        wanted = labels.get(question.id, labels["*"])
        run.answer(next(o.value for o in question.options if o.label.startswith(wanted)))
    return run.result()


@pytest.mark.parametrize(("attack", "qid", "labels", "total"), [
    # fell in the past year and uses a walker: 2 + 2 points, "may be at risk" at 4
    pytest.param(_yes_worth_nothing, "stay_independent",
                 {"fallen_past_year": "Yes", "cane_or_walker": "Yes", "*": "No"}, 4, id="checklist"),
    # a lot of difficulty lifting and walking: 2 + 2 points, "likely sarcopenia" at 4
    pytest.param(_sarc_f_reversed, "sarc_f",
                 {"strength": "A lot", "walking": "A lot", "*": "No"}, 4, id="sarc-f"),
])
def test_the_same_person_picking_the_same_answers_is_still_at_risk(pack_copy, attack, qid, labels, total):
    attack(pack_copy)
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert problem is not None
    result = _answered_by_label(next(q for q in loaded.questionnaires if q.id == qid), labels)
    assert (result.score, result.at_risk) == (total, True)


def test_a_pack_that_changes_only_words_pictures_and_order_is_used(pack_copy, tmp_path):
    chair, tug = pack_copy / CHAIR, pack_copy / "protocols/tug.yaml"
    replace_once(chair, "title: Chair stand", "title: Stand up from a chair")
    replace_once(chair, "tap_label: Stand", "tap_label: Up!", after="- id: stands")
    replace_once(chair, "say: Halfway there. Keep going.", "say: Half done. Well done.")
    replace_once(chair, "picture: chair-stand.svg", "picture: setup-helper.svg", after="- id: stands")
    replace_once(chair, "order: 1", "order: 9")  # shown after the TUG and the walk now
    replace_once(chair, "  - picture: setup-clear-floor.svg\n", "  - picture: setup-helper.svg\n")
    replace_once(tug, "  - You may use your cane or walker if you usually do.\n", "")  # one instruction fewer
    replace_once(pack_copy / SARC_F, "label: No difficulty}", "label: Not hard at all}")
    replace_once(pack_copy / CHECKLIST, "text: Are you worried about falling?", "text: Do you fear a fall?")
    replace_once(pack_copy / CHECKLIST, "source: cdc-steadi", "source: rubenstein2011")
    replace_once(pack_copy / "sources.yaml", "\n- id: cdc-steadi",
                 "\n- id: rubenstein2011\n  title: A self-rated fall risk questionnaire\n"
                 "  authors: Rubenstein LZ et al.\n  year: 2011\n  publication: J Safety Res 42:493-499\n"
                 "\n- id: cdc-steadi")

    loaded, problem = load_with_fallback(pack_copy, "en", where=tmp_path / "cache")
    assert problem is None
    assert loaded.origin == str(pack_copy)
    chair_stand = next(p for p in loaded.protocols if p.id == "chair_stand_30s")
    assert chair_stand.title == "Stand up from a chair"
    assert chair_stand.phases[2].tap_label == "Up!"
    assert chair_stand.phases[2].picture == "setup-helper.svg"
    assert [p.id for p in loaded.protocols][-1] == "chair_stand_30s"
    assert "Not hard at all" in [o.label for o in loaded.questionnaires[1].questions[0].options] + \
        [o.label for o in loaded.questionnaires[0].questions[0].options]


def test_the_spanish_pack_measures_what_the_english_one_does(pack):
    spanish = load_pack(bundled_content_dir("es"))
    built_in = reference()
    for item in (*spanish.protocols, *spanish.questionnaires):
        assert differences(item.model_dump(), built_in[item.id].model_dump()) is None, item.id
    assert {p.id for p in spanish.protocols} | {q.id for q in spanish.questionnaires} == set(built_in)


def test_a_spanish_pack_of_ones_own_is_held_to_the_same_tests(tmp_path):
    copy = tmp_path / "paquete"
    shutil.copytree(bundled_content_dir("es"), copy)
    as_built, problem = load_with_fallback(copy, "es")  # the Spanish words, facts and units
    assert (as_built.origin, problem) == (str(copy), None)
    _chair_of_sixty_seconds(copy)
    loaded, problem = load_with_fallback(copy, "es")
    assert loaded.origin == "bundled"
    assert loaded.info.locale.startswith("es")
    assert problem.startswith("protocols/chair-stand-30s.yaml, phases[3].seconds:")
    assert _chair_seconds(loaded) == 30


def test_the_comparison_sees_every_fixed_field():
    # Each field a model has is either free (words, pictures, order) or compared: a
    # field added to the models is fixed unless it is named free on purpose.
    from legapp.content.check_models import AnswerOption, Phase, Prompt, Protocol, Question, Questionnaire

    models = (Protocol, Phase, Prompt, Questionnaire, Question, AnswerOption)
    fields = set().union(*(m.model_fields for m in models))
    fixed = fields - FREE
    assert fixed == {"id", "helper_runs", "needs_age_sex", "scoring", "phases", "kind", "seconds", "tap",
                     "end_at_count", "on_timeout", "prompts", "at", "sound", "questions", "options", "value"}
    assert fields >= FREE  # nothing named free that is not a field


# --- the tests every pack is held to are the ones CLINICAL.md describes -----------------

@pytest.fixture(scope="module")
def clinical():
    """CLINICAL.md by section number: the text under each '## N.' heading."""
    text = (SHARED / "CLINICAL.md").read_text(encoding="utf-8")
    parts = re.split(r"^## (\d+)\. ", text, flags=re.M)
    return {int(number): body for number, body in zip(parts[1::2], parts[2::2], strict=True)}


def _number(pattern, text):
    found = re.search(pattern, text)
    assert found, f"CLINICAL.md no longer says {pattern!r}"
    return float(found.group(1))


def _timed_phases(protocol):
    return [ph for ph in protocol.phases if ph.kind == "timed"]


def _said_at(phase, words):
    return [p.at for p in phase.prompts if p.say == words]


def test_the_chair_stand_held_to_is_clinical_section_one(clinical):
    seconds = _number(r"Keep doing this for (\d+) seconds", clinical[1])
    (stands,) = _timed_phases(reference()["chair_stand_30s"])
    assert (stands.seconds, stands.tap, stands.on_timeout) == (seconds, "count", "finish")
    assert stands.end_at_count is None  # as many stands as the time allows
    assert _said_at(stands, "Go") == [0]
    assert _said_at(stands, "Stop") == [seconds]


def test_the_balance_test_held_to_is_clinical_section_two(clinical):
    hold = _number(r"Four positions, each held (\d+) s", clinical[2])
    assert _number(r'"Stop" at (\d+) s', clinical[2]) == hold
    holds = _timed_phases(reference()["balance_4stage"])
    assert [h.seconds for h in holds] == [hold] * 4
    assert [h.tap for h in holds] == ["fail"] * 4  # feet moved or support needed: the test stops there
    assert [h.on_timeout for h in holds] == ["next", "next", "next", "finish"]  # held: on to the next
    for h in holds:
        assert (_said_at(h, "Begin"), _said_at(h, "Stop")) == ([0], [hold])


def test_the_tug_held_to_is_clinical_section_three(clinical):
    assert "caregiver-run" in clinical[3].splitlines()[0]
    assert 'Time from "Go" until seated' in clinical[3]
    tug = reference()["tug"]
    (walk,) = _timed_phases(tug)
    assert tug.helper_runs
    assert (walk.tap, walk.on_timeout) == ("done", "incomplete")  # "Seated" stops the clock
    assert _said_at(walk, "Go") == [0]


def test_the_five_stands_held_to_are_clinical_section_four(clinical):
    stands = _number(r"stand up and sit down (\d+) times", clinical[4])
    (timed,) = _timed_phases(reference()["five_times_sts"])
    assert (timed.tap, timed.end_at_count, timed.on_timeout) == ("count", stands, "incomplete")


def test_the_checklist_held_to_is_clinical_section_five(clinical):
    assert "Yes scores the points shown, No scores 0" in clinical[5]
    rows = re.findall(r"^\| (\d+) \|", clinical[5], flags=re.M)
    questions = reference()["stay_independent"].questions
    assert len(questions) == len(rows) == 12
    for question in questions:  # "Yes" is the answer that scores
        assert [(o.label, o.value) for o in question.options] == [("Yes", True), ("No", False)], question.id


def test_sarc_f_held_to_is_clinical_section_six(clinical):
    assert "Each item scores 0, 1 or 2" in clinical[6]
    rows = re.findall(r"^\| (Strength|Assistance in walking|Rise from a chair|Climb stairs|Falls) \|",
                      clinical[6], flags=re.M)
    questions = reference()["sarc_f"].questions
    assert len(questions) == len(rows) == 5
    for question in questions:  # none scores 0, some 1, a lot (or unable, or 4 falls and more) 2
        options = question.options
        assert [o.value for o in options] == [0, 1, 2], question.id
        assert options[0].label in ("No difficulty", "None"), question.id
        assert options[2].label.startswith("A lot") or options[2].label.endswith("or more falls"), question.id
