"""The Check part of the English pack: timed self-tests, questionnaires, the safety check
and the meaning of each result. Broken check content gets one plain ContentError naming
the file and the field; the bundled words follow CLINICAL.md, read at grade 7 or below,
are written anew and speak to a helper in caregiver mode. Core only: no Qt."""

from __future__ import annotations

import re

import pytest
import textstat

from legapp.content.check_models import SINGLE_BRACE
from legapp.content.loader import load_pack, load_with_fallback

from .conftest import SHARED
from .helpers import (
    SEED_RUN,
    Cut,
    Replace,
    assert_plain,
    copied_from_seeds,
    raised,
    replace_once,
    typed_numbers,
)

MAX_GRADE = 7.0  # Flesch-Kincaid, textstat 0.7.4 (pinned in the dev extra), as for the Learn pages


def _protocol(pack, pid):
    return next(p for p in pack.protocols if p.id == pid)


def _questionnaire(pack, qid):
    return next(q for q in pack.questionnaires if q.id == qid)


# --- 1. broken check content: one plain message naming the file and the field -----------

BROKEN = [  # the file, what is done to it, the field named (None: not checked), words of the problem
    pytest.param("protocols/chair-stand-30s.yaml",
                 Replace("picture: chair-stand.svg", "picture: chair-stand-old.svg", after="- id: stands"),
                 "phases[3].picture", ["chair-stand-old.svg"], id="a-phase-picture-that-does-not-exist"),
    pytest.param("protocols/tug.yaml", Replace("picture: setup-clear-floor.svg", "picture: setup-floor.svg"),
                 "setup[2].picture", ["setup-floor.svg"], id="a-setup-picture-that-does-not-exist"),
    pytest.param("protocols/chair-stand-30s.yaml",
                 Replace("you hear Stop, after {seconds} seconds", "you hear Stop, after {count} seconds"),
                 None, ["{count}", "{seconds}"],  # says what may be used instead
                 id="an-unknown-placeholder-in-a-protocol"),
    pytest.param("protocols/tug.yaml", Replace("source: cdc-steadi", "source: nobody2020"),
                 "source", ["nobody2020"], id="an-unknown-source-id"),
    pytest.param("questionnaires/sarc-f.yaml", Replace("source: malmstrom2013", "source: nobody2020"),
                 "source", ["nobody2020"], id="an-unknown-source-id-in-a-questionnaire"),
    pytest.param("protocols/balance-4stage.yaml", Replace("topic: balance", "topic: no-such-topic"),
                 "topic", ["no-such-topic"], id="an-unknown-topic-id"),
    pytest.param("questionnaires/sarc-f.yaml", Cut("  - id: falls"), "questions", ["falls"],
                 id="a-missing-question"),
    pytest.param("results.yaml", Cut("  no_norm_for_age:", "\nbalance_4stage:"),
                 "chair_stand_30s.no_norm_for_age", ["missing"], id="a-missing-result-meaning"),
    pytest.param("results.yaml",
                 Replace("You took {seconds} seconds.", "You stood up {count} times.", after="\ntug:"),
                 "tug.increased_risk.text", ["{count}", "can use: {seconds}, {threshold}"],  # what it may use
                 id="a-result-placeholder-the-test-cannot-use"),
    pytest.param("safety.yaml", Cut("stop_text:", "helper_advice:"), "stop_text", ["required"],
                 id="safety-without-stop-text"),
    pytest.param("protocols/tug.yaml", Replace("{{tug_line_feet}}", "{{tug_line_yards}}"),
                 "setup[2].text", ["tug_line_yards"], id="an-unknown-fact-in-a-protocol"),
    pytest.param("questionnaires/sarc-f.yaml", Replace("{{sarc_f_stairs}}", "{{sarc_f_steps}}"),
                 "questions[4].text", ["sarc_f_steps"], id="an-unknown-fact-in-a-question"),
    pytest.param("protocols/tug.yaml", Replace("    tap_label: Seated\n", ""),
                 "phases[3]", ["tap_label"],  # the third phase ("walk"), counted as the pictures are
                 id="a-phase-with-taps-but-no-button-label"),
]


@pytest.mark.parametrize(("file", "damage", "field", "words"), BROKEN)
def test_broken_check_content_is_named(pack_copy, file, damage, field, words):
    damage(pack_copy / file)
    assert_plain(raised(load_pack, pack_copy), file, field, words)


def test_a_missing_protocol_file_is_named(pack_copy):
    (pack_copy / "protocols" / "tug.yaml").unlink()
    assert_plain(raised(load_pack, pack_copy), "protocols", words=["'tug'", "missing"])


def test_the_seconds_placeholder_alone_is_accepted(pack_copy):
    # The other side of the rule above: {seconds} in a new place is fine and gets filled.
    path = pack_copy / "protocols" / "tug.yaml"
    replace_once(path, "title: Up and go", "title: Up and go, at most {seconds} seconds")
    loaded = load_pack(pack_copy)
    walk = next(ph for ph in _protocol(loaded, "tug").phases if ph.id == "walk")
    assert walk.title == "Up and go, at most 120 seconds"


def test_questions_in_the_wrong_order_are_refused(pack_copy):
    path = pack_copy / "questionnaires" / "stay-independent.yaml"
    replace_once(path, "- id: unsteady_walking", "- id: TEMP")
    replace_once(path, "- id: holds_furniture", "- id: unsteady_walking")
    replace_once(path, "- id: TEMP", "- id: holds_furniture")
    assert_plain(raised(load_pack, pack_copy), "questionnaires/stay-independent.yaml", "questions",
                 ["unsteady_walking, holds_furniture"])  # tells the right order


def test_a_broken_custom_check_pack_falls_back_to_the_bundled_one(pack_copy):
    (pack_copy / "protocols" / "tug.yaml").unlink()
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert loaded.origin == "bundled"
    assert "tug" in {p.id for p in loaded.protocols}
    assert problem is not None
    assert problem.startswith("protocols")
    assert "'tug'" in problem


# --- 2. the bundled protocols follow CLINICAL.md ---------------------------------------

def _timed(protocol):
    return [i for i, ph in enumerate(protocol.phases) if ph.kind == "timed"]


def _says(phase):
    return [(p.at, p.say) for p in phase.prompts if p.say]


def test_bundled_pack_has_the_five_tests_and_four_questionnaires(pack):
    assert {p.id for p in pack.protocols} == {"chair_stand_30s", "balance_4stage", "five_times_sts", "tug",
                                              "walk_4m"}
    assert {q.id for q in pack.questionnaires} == {"stay_independent", "sarc_f", "short_fes_i",
                                                   "key_questions"}
    for protocol in pack.protocols:
        assert protocol.scoring == protocol.id
        assert protocol.source in pack.sources


def test_chair_stand_is_one_timed_phase_of_thirty_seconds(pack):
    protocol = _protocol(pack, "chair_stand_30s")
    timed = _timed(protocol)
    assert len(timed) == 1
    stands = protocol.phases[timed[0]]
    assert stands.seconds == 30
    assert stands.tap == "count"
    assert stands.end_at_count is None
    assert stands.on_timeout == "finish"
    assert timed[0] > 0
    count_in = protocol.phases[timed[0] - 1]
    assert count_in.kind == "count_in"
    assert "Ready" in [say for _, say in _says(count_in)]
    assert (0, "Go") in _says(stands)
    assert (30, "Stop") in _says(stands)
    assert protocol.needs_age_sex
    assert not protocol.helper_runs


def test_chair_stand_words_keep_the_counting_rules(pack):
    protocol = _protocol(pack, "chair_stand_30s")
    for lines in (protocol.instructions, protocol.caregiver_instructions):
        words = " ".join(lines).lower()
        assert "30 seconds" in words  # {seconds} filled with the timed phase
        assert "halfway" in words  # more than halfway up at the end counts
        assert "arms" in words  # arms used: stop, record 0
        assert "zero" in words
    setup = " ".join(s.text for s in protocol.setup)
    assert "17 inches" in setup
    assert "43 cm" in setup
    assert "no arm rests" in setup


def test_balance_is_four_holds_of_ten_seconds_in_order(pack):
    protocol = _protocol(pack, "balance_4stage")
    timed = _timed(protocol)
    assert len(timed) == 4
    for stage, i in enumerate(timed, start=1):
        hold = protocol.phases[i]
        assert hold.seconds == 10
        assert hold.tap == "fail"
        assert hold.picture.startswith(f"balance-{stage}-")
        assert i >= 2
        prepare, count_in = protocol.phases[i - 2], protocol.phases[i - 1]
        assert prepare.kind == "prepare"
        assert prepare.tap == "next"
        assert prepare.picture == hold.picture  # the position is shown before it is held
        assert count_in.kind == "count_in"
        assert [say for _, say in _says(count_in)] == ["Ready"]
        assert _says(hold) == [(0, "Begin"), (10, "Stop")]
        assert hold.on_timeout == ("finish" if stage == 4 else "next")
    assert len(protocol.phases) == 12  # prepare, count-in and hold, four times
    assert protocol.phases[timed[-1]] is protocol.phases[-1]


def test_balance_words_keep_the_rules(pack):
    protocol = _protocol(pack, "balance_4stage")
    words = " ".join(protocol.instructions).lower()
    assert "10 seconds" in words
    assert "eyes open" in words
    assert "cane or walker" in words
    assert "arms" in words  # arms may move, feet may not
    assert "feet" in words


def test_five_times_sit_to_stand_ends_at_the_fifth_stand(pack):
    protocol = _protocol(pack, "five_times_sts")
    timed = _timed(protocol)
    assert len(timed) == 1
    stands = protocol.phases[timed[0]]
    assert stands.tap == "count"
    assert stands.end_at_count == 5
    assert stands.on_timeout == "incomplete"
    assert (0, "Go") in _says(stands)
    assert protocol.phases[timed[0] - 1].kind == "count_in"


def test_tug_is_run_by_a_helper_and_timed_until_seated(pack):
    protocol = _protocol(pack, "tug")
    assert protocol.helper_runs
    timed = _timed(protocol)
    assert len(timed) == 1
    walk = protocol.phases[timed[0]]
    assert walk.tap == "done"
    assert walk.on_timeout == "incomplete"
    assert (0, "Go") in _says(walk)
    setup = " ".join(s.text for s in protocol.setup)
    assert "10 feet" in setup
    assert "3 metres" in setup


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _strings(item)


@pytest.mark.parametrize("pid", ["chair_stand_30s", "balance_4stage", "five_times_sts", "tug"])
def test_no_brace_is_left_in_a_protocol(pack, pid):
    left = [s for s in _strings(_protocol(pack, pid).model_dump()) if "{" in s or "}" in s]
    assert not left


@pytest.mark.parametrize("qid", ["stay_independent", "sarc_f"])
def test_no_brace_is_left_in_a_questionnaire(pack, qid):
    left = [s for s in _strings(_questionnaire(pack, qid).model_dump()) if "{" in s or "}" in s]
    assert not left


# Fields that name things (files, sounds, ids) rather than say words to the person.
_NAMING = {"id", "picture", "source", "scoring", "topic", "tap", "kind", "on_timeout", "sound"}


def _said(node, where=""):
    """Every string of a YAML file the person reads or hears, with where it is."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in _NAMING:
                yield from _said(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _said(value, f"{where}[{i + 1}]")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_check_words_never_type_a_number(lang):
    """Item 8: "17 in / 43 cm", "10 ft / 3 m", "10 pounds", "10 stairs", "1-3 falls" come
    from facts ({{fact}}), as the Learn pages' numbers do; {seconds} is the phase's own."""
    import yaml

    from legapp.paths import bundled_content_dir

    folder = bundled_content_dir(lang)
    texts = []
    for path in [*sorted((folder / "protocols").glob("*.yaml")),
                 *sorted((folder / "questionnaires").glob("*.yaml")), folder / "safety.yaml"]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [(f"{path.relative_to(folder)} {where}", SINGLE_BRACE.sub("", text))
                  for where, text in _said(data)]
    typed = typed_numbers(texts)
    assert not typed, f"numbers typed instead of facts: {typed}"


def test_seconds_is_filled_from_the_first_timed_phase(pack):
    assert _protocol(pack, "balance_4stage").summary.endswith("for 10 seconds each.")
    assert "after 60 seconds" in " ".join(_protocol(pack, "five_times_sts").caregiver_instructions)


# --- 3. the safety check ---------------------------------------------------------------

RED_FLAGS = {  # CLINICAL.md, "Safety rules for every self-test"
    "chest pain": [r"chest pain"],
    "dizziness": [r"dizz"],
    "recent fracture": [r"fractur|broken a bone|broke a bone|broken bone", r"recent"],
    "recent surgery": [r"surgery|operation", r"recent"],
    "doctor said not to exercise": [r"doctor", r"not to exercise|no exercise"],
}


@pytest.mark.parametrize("flag", sorted(RED_FLAGS))
def test_safety_check_asks_about_each_red_flag(pack, flag):
    asked = [q for q in pack.safety.questions
             if all(re.search(p, q.text.lower()) for p in RED_FLAGS[flag])]
    assert asked, f"no safety question asks about {flag}"
    for question in asked:
        assert all(re.search(p, question.caregiver_text.lower()) for p in RED_FLAGS[flag])


def test_safety_stop_text_says_to_ask_a_doctor(pack):
    sentences = re.split(r"(?<=[.!?])\s+", pack.safety.stop_text.lower())
    whom = [x for x in sentences if re.search(r"\b(talk to|ask|see) (your |a )?doctor\b", x)]
    assert whom, "stop_text must tell them to talk to a doctor"
    assert "today" in pack.safety.stop_title.lower() or "not" in pack.safety.stop_title.lower()


def test_safety_advice_names_helper_chair_floor_and_stop(pack):
    advice = pack.safety.helper_advice.lower()
    for word in ("helper", "chair", "wall", "floor", "stop", "esc"):
        assert word in advice, word


# --- 4. questionnaires -----------------------------------------------------------------

def test_stay_independent_is_twelve_yes_no_questions(pack):
    questionnaire = _questionnaire(pack, "stay_independent")
    assert len(questionnaire.questions) == 12
    for question in questionnaire.questions:
        values = [o.value for o in question.options]
        assert all(isinstance(v, bool) for v in values), question.id  # not 0 and 1
        assert set(values) == {True, False}
        assert len(values) == 2


def test_sarc_f_is_five_questions_scored_zero_one_two(pack):
    questionnaire = _questionnaire(pack, "sarc_f")
    assert len(questionnaire.questions) == 5
    for question in questionnaire.questions:
        values = [o.value for o in question.options]
        assert all(type(v) is int for v in values), question.id  # not True/False
        assert values == [0, 1, 2]


def test_time_windows_are_kept(pack):
    first = _questionnaire(pack, "stay_independent").questions[0]
    falls = next(q for q in _questionnaire(pack, "sarc_f").questions if q.id == "falls")
    for question in (first, falls):
        assert "past year" in question.text.lower(), question.id
        assert "past year" in question.caregiver_text.lower(), question.id


def test_sarc_f_keeps_its_amounts(pack):
    questions = {q.id: q for q in _questionnaire(pack, "sarc_f").questions}
    assert "10 pounds" in questions["strength"].text
    assert "10 stairs" in questions["stairs"].text
    falls = [o.label for o in questions["falls"].options]
    assert "1 to 3" in falls[1]
    assert "4 or more" in falls[2]


# --- 5. plain words --------------------------------------------------------------------

def _protocol_words(protocol) -> list[str]:
    words = [*protocol.instructions, *protocol.caregiver_instructions]
    words += [t for step in protocol.setup for t in (step.text, step.caregiver_text) if t]
    words += [t for phase in protocol.phases for t in (phase.text, phase.caregiver_text) if t]
    return words


def _safety_words(safety) -> list[str]:
    words = [safety.intro, safety.stop_text, safety.helper_advice]
    return words + [t for q in safety.questions for t in (q.text, q.caregiver_text)]


def _reading_sets(pack):
    for protocol in pack.protocols:
        yield f"protocol {protocol.id}", _protocol_words(protocol)
    for questionnaire in pack.questionnaires:
        words = [questionnaire.summary, questionnaire.intro]
        yield f"questionnaire {questionnaire.id}", words + [q.text for q in questionnaire.questions]
    yield "safety.yaml", _safety_words(pack.safety)
    for test, meanings in pack.results.items():
        for meaning, r in meanings.items():
            yield f"results.yaml {test}.{meaning}", [r.text, r.next_step]


def test_check_words_read_at_grade_seven_or_below(pack):
    grades = {where: textstat.flesch_kincaid_grade("\n".join(words)) for where, words in _reading_sets(pack)}
    assert len(grades) == 5 + 4 + 1 + sum(len(m) for m in pack.results.values())
    too_hard = {where: g for where, g in grades.items() if g > MAX_GRADE}
    assert not too_hard, f"above grade {MAX_GRADE}: {too_hard}"


def test_the_grade_measure_can_fail():
    # The same measure on the seed article is well above the bar.
    seed = (SHARED / "seeds" / "000_06f0b2c8a885d615.txt").read_text()
    assert textstat.flesch_kincaid_grade(seed) > MAX_GRADE + 3


def _all_check_prose(pack):
    for protocol in pack.protocols:
        yield f"protocol {protocol.id}", [protocol.title, protocol.summary, protocol.measures,
                                          *_protocol_words(protocol)]
    for questionnaire in pack.questionnaires:
        words = [questionnaire.title, questionnaire.summary, questionnaire.intro]
        words += [t for q in questionnaire.questions for t in (q.text, q.caregiver_text)]
        words += [o.label for q in questionnaire.questions for o in q.options]
        yield f"questionnaire {questionnaire.id}", words
    yield "safety.yaml", [pack.safety.stop_title, *_safety_words(pack.safety)]
    for test, meanings in pack.results.items():
        for meaning, r in meanings.items():
            yield f"results.yaml {test}.{meaning}", [r.title, r.text, r.next_step]


def test_no_sentence_is_copied_from_the_seeds(pack):
    copied = copied_from_seeds((where, text) for where, texts in _all_check_prose(pack) for text in texts)
    assert not copied, f"runs of {SEED_RUN} words copied from the seeds: {copied}"


def test_result_words_never_type_a_number(pack):
    typed = {}
    for test, meanings in pack.results.items():
        for meaning, r in meanings.items():
            for name in ("title", "text", "next_step"):
                digits = re.findall(r"\S*\d\S*", SINGLE_BRACE.sub("", getattr(r, name)))
                if digits:
                    typed[f"{test}.{meaning}.{name}"] = digits
    assert not typed, f"numbers typed in results.yaml instead of placeholders: {typed}"


def test_every_result_says_whom_to_talk_to_or_what_to_do(pack):
    for test, meanings in pack.results.items():
        for meaning, r in meanings.items():
            if meaning in {"below_average", "increased_risk", "may_be_at_risk", "likely_sarcopenia",
                           "not_completed", "no_norm_for_age"}:
                assert "doctor" in r.next_step.lower(), f"{test}.{meaning}"


# --- 6. caregiver wording --------------------------------------------------------------

HELPER_WORDS = re.compile(r"\b(they|them|their|themselves)\b", re.IGNORECASE)
# A setup step is about the room, not the person: it may instead start with one of these.
SETUP_VERBS = ("Put", "Clear", "Mark")
PERSON_WORDS = re.compile(r"\b(your|yourself)\b", re.IGNORECASE)


def _caregiver_lines(pack):
    for protocol in pack.protocols:
        for i, line in enumerate(protocol.caregiver_instructions):
            yield f"{protocol.id} caregiver_instructions[{i + 1}]", line
        for i, step in enumerate(protocol.setup):
            yield f"{protocol.id} setup[{i + 1}]", step.caregiver_text
        for phase in protocol.phases:
            yield f"{protocol.id} {phase.id}", phase.caregiver_text
    for questionnaire in pack.questionnaires:
        for question in questionnaire.questions:
            yield f"{questionnaire.id} {question.id}", question.caregiver_text
    for question in pack.safety.questions:
        yield f"safety {question.id}", question.caregiver_text


def test_every_caregiver_line_addresses_a_helper(pack):
    lines = list(_caregiver_lines(pack))
    assert len(lines) > 60
    missing = [where for where, line in lines if not line]
    assert not missing, f"no caregiver words: {missing}"
    to_person = {where: line for where, line in lines if line and not HELPER_WORDS.search(line)
                 and not (" setup[" in where and line.startswith(SETUP_VERBS))}
    assert not to_person, f"caregiver lines that do not speak to a helper: {to_person}"


def test_no_caregiver_line_talks_to_the_person(pack):
    # "your arms", "your helper": words for the person, not for the one helping.
    to_person = {where: line for where, line in _caregiver_lines(pack) if PERSON_WORDS.search(line)}
    assert not to_person, to_person


def test_caregiver_words_differ_where_the_person_is_spoken_to(pack):
    # Where the person's words say "you", the helper gets words of their own.
    same = []
    for protocol in pack.protocols:
        pairs = [(f"setup[{i + 1}]", s.text, s.caregiver_text) for i, s in enumerate(protocol.setup)]
        pairs += [(p.id, p.text, p.caregiver_text) for p in protocol.phases]
        same += [f"{protocol.id} {where}" for where, text, caregiver in pairs
                 if re.search(r"\byou(r)?\b", text, re.IGNORECASE) and text == caregiver]
    assert not same, same
