"""The Check area's core, no Qt: the counting rules applied after a run, what a person
types about themselves, and a questionnaire answered with Back."""

from __future__ import annotations

import pytest

from legapp.checks.person import check_age, check_count
from legapp.checks.questionnaire import QuestionnaireRun
from legapp.checks.scoring import score_run
from legapp.content.check_models import Protocol

# -- 30-second chair stand: the two rules of CLINICAL.md section 1 -------------------------

def test_a_stand_more_than_halfway_up_at_the_end_counts():
    def stands(halfway: bool) -> int:
        answers = {"halfway": halfway, "arms": False}
        return score_run("chair_stand_30s", {"count": 9}, answers, 72, "female").score

    assert stands(halfway=True) == 10
    assert stands(halfway=False) == 9


def test_using_the_arms_scores_zero_whatever_was_counted():
    result = score_run("chair_stand_30s", {"count": 14}, {"halfway": True, "arms": True}, 66, "male")
    assert result.score == 0
    assert result.at_risk is True


def test_a_typed_count_replaces_the_tapped_one():
    result = score_run("chair_stand_30s", {}, {"count": 12, "halfway": False, "arms": False}, 66, "male")
    assert result.score == 12
    assert result.at_risk is False  # men 65-69: below average under 12


def test_a_typed_60_with_a_last_half_stand_is_refused_kindly():
    with pytest.raises(ValueError, match="whole number from 0 to 60"):
        score_run("chair_stand_30s", {}, {"count": 60, "halfway": True, "arms": False}, 70, "male")


def test_chair_stand_needs_age_and_sex():
    with pytest.raises(ValueError, match="age and sex"):
        score_run("chair_stand_30s", {"count": 9}, {}, None, None)


# -- the others -------------------------------------------------------------------------------

def test_five_times_sit_to_stand():
    assert score_run("five_times_sts", {"seconds": 14.99}, {"arms": False}, 70, None).at_risk is False
    assert score_run("five_times_sts", {"seconds": 15.0}, {"arms": False}, 70, None).at_risk is True
    with_arms = score_run("five_times_sts", {"seconds": 9.0}, {"arms": True}, 70, None)
    assert with_arms.meaning == "not_completed"
    too_slow = score_run("five_times_sts", {"completed": False}, {}, 70, None)
    assert too_slow.meaning == "not_completed"


def test_tug_and_balance():
    assert score_run("tug", {"seconds": 11.99}, {}, 80, None).at_risk is False
    assert score_run("tug", {"seconds": 12.0}, {}, 80, None).at_risk is True
    assert score_run("balance_4stage", {"held_seconds": [10, 10, 9.9]}, {}, None, None).at_risk is True
    assert score_run("balance_4stage", {"held_seconds": [10, 10, 10, 0.5]}, {}, None, None).at_risk is False


def test_unknown_test():
    with pytest.raises(ValueError, match="unknown test"):
        score_run("hop", {}, {}, None, None)


# -- what a person types ----------------------------------------------------------------------

BAD = [*((check_age, text) for text in ["200", "17", "111", "-3", "7.5", "abc", "", "  ", "7²", "seventy"]),
       *((check_count, text) for text in ["-3", "61", "1e3", "x", "", "3.5", "²"])]
GOOD = [(check_age, " 72 ", 72), (check_age, "18", 18), (check_age, "110", 110),
        (check_age, "٧٢", 72),  # digits of another script are still the age typed
        (check_count, "0", 0), (check_count, "60", 60)]


@pytest.mark.parametrize(("check", "text"), BAD, ids=lambda v: getattr(v, "__name__", repr(v)))
def test_bad_ages_and_counts_get_a_kind_message(check, text):
    with pytest.raises(ValueError, match=r"^Please"):
        check(text)


@pytest.mark.parametrize(("check", "text", "number"), GOOD, ids=lambda v: getattr(v, "__name__", repr(v)))
def test_good_ages_and_counts(check, text, number):
    assert check(text) == number


# -- a questionnaire ----------------------------------------------------------------------------

def test_questionnaire_back_keeps_answers_and_scores_the_last_choice(pack):
    run = QuestionnaireRun(pack.questionnaire("sarc_f"))
    run.answer(2)
    run.answer(2)
    assert run.back()
    assert run.answer_of(run.question.id) == 2
    run.answer(0)
    for points in (0, 1, 1):
        run.answer(points)
    assert run.complete
    result = run.result()
    assert result.score == 4
    assert result.at_risk is True


def test_questionnaire_refuses_an_answer_it_does_not_offer(pack):
    run = QuestionnaireRun(pack.questionnaire("stay_independent"))
    with pytest.raises(ValueError, match="not one of the answers"):
        run.answer(1)  # 1 is not True
    with pytest.raises(ValueError, match="every question"):
        run.result()
    assert not run.back()


# -- {seconds} in a protocol's words ---------------------------------------------------------

def _protocol(**changes) -> dict:
    data = {
        "id": "p", "title": "Stand for {seconds} seconds", "summary": "S", "measures": "M",
        "scoring": "chair_stand_30s", "source": "s",
        "setup": [{"text": "A chair."}], "instructions": ["Keep going for {seconds} seconds."],
        "phases": [{"id": "go", "kind": "timed", "seconds": 30, "tap": "count", "tap_label": "Stand",
                    "prompts": [{"at": 0, "say": "Go, {seconds} seconds"}]}],
    }
    data.update(changes)
    return data


def test_seconds_are_filled_from_the_timed_phase():
    protocol = Protocol.model_validate(_protocol())
    assert protocol.title == "Stand for 30 seconds"
    assert protocol.instructions == ("Keep going for 30 seconds.",)
    assert protocol.phases[0].prompts[0].say == "Go, 30 seconds"


def test_another_placeholder_is_refused():
    with pytest.raises(ValueError, match=r"unknown \{count\}"):
        Protocol.model_validate(_protocol(summary="You did {count}"))
