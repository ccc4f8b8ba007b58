"""Walking speed, the SPPB, the Short FES-I and STEADI's screen, against CLINICAL.md 11-14.

The cut-offs here are typed from CLINICAL.md, NOT read from norms.yaml, so a wrong number
in the norms file fails these tests. No Qt.
"""

from __future__ import annotations

import itertools
import math
import re

import pytest

from legapp.assess import (
    MEANINGS,
    SHORT_FES_I_ITEMS,
    load_norms,
    score_gait_speed,
    score_key_questions,
    score_short_fes_i,
    score_sppb,
    steadi_screen,
)

from .conftest import SHARED

# CLINICAL.md 11: SPPB gait points by seconds, 4 m course and 3 m course (time, points).
GAIT_4M = [(3.0, 4), (4.81, 4), (4.82, 3), (5.5, 3), (6.20, 3), (6.21, 2), (8.69, 2), (8.70, 2),
           (8.71, 1), (30.0, 1)]
GAIT_3M = [(2.0, 4), (3.62, 4), (3.63, 3), (4.65, 3), (4.66, 2), (6.52, 2), (6.53, 1), (20.0, 1)]
# CLINICAL.md 12: chair-stand points, five rises.
CHAIR = [(8.0, 4), (11.19, 4), (11.20, 3), (13.69, 3), (13.70, 2), (16.69, 2), (16.70, 1), (59.99, 1),
         (60.0, 1), (60.01, 0), (120.0, 0)]
# CLINICAL.md 2: SPPB balance points for held seconds.
BALANCE = [([9.9], 0), ([10, 9.9], 1), ([10, 10, 2.9], 2), ([10, 10, 3], 3), ([10, 10, 9.99], 3),
           ([10, 10, 10], 4)]


# --- walking speed (CLINICAL.md 11) -----------------------------------------------------------


@pytest.mark.parametrize(("seconds", "metres", "low"), [
    (5.0, 4, True),        # 0.8 m/s exactly: low (0.8 or less)
    (5.01, 4, True),       # a hair slower
    (4.99, 4, False),      # a hair faster
    (3.75, 3, True),       # 0.8 m/s on the 3 m course
    (3.74, 3, False),
    (20.0, 4, True),
    (2.0, 4, False),
])
def test_gait_speed_ewgsop2_line(seconds, metres, low):
    result = score_gait_speed(seconds, metres)
    assert result.speed_m_s == pytest.approx(metres / seconds)
    assert result.score == pytest.approx(metres / seconds)
    assert result.low_performance is low
    assert result.at_risk is low
    assert result.meaning == ("low_performance" if low else "no_low_performance")
    assert result.test == "walk_4m"
    assert result.status == "verified"
    assert "EWGSOP2" in result.source


@pytest.mark.parametrize(("seconds", "points"), GAIT_4M)
def test_gait_points_4m_table(seconds, points):
    assert score_gait_speed(seconds, 4).sppb_points == points


@pytest.mark.parametrize(("seconds", "points"), GAIT_3M)
def test_gait_points_3m_table(seconds, points):
    assert score_gait_speed(seconds, 3).sppb_points == points


def test_gait_points_either_side_of_8_70_by_a_hundredth():
    assert score_gait_speed(8.70 - 0.01, 4).sppb_points == 2
    assert score_gait_speed(8.70, 4).sppb_points == 2
    assert score_gait_speed(8.70 + 0.01, 4).sppb_points == 1


def test_gait_times_between_the_hundredths_go_to_the_nearer_hundredth():
    """The tables are in hundredths: 6.204 s is 6.20 (3 points), 6.205 s is 6.21 (2 points)."""
    assert score_gait_speed(6.204, 4).sppb_points == 3
    assert score_gait_speed(6.205, 4).sppb_points == 2
    assert score_gait_speed(4.8149, 4).sppb_points == 4
    assert score_gait_speed(4.815, 4).sppb_points == 3


@pytest.mark.parametrize("metres", [2, 5, 6.1, 10])
def test_gait_points_none_for_another_course(metres):
    result = score_gait_speed(4.0, metres)
    assert result.sppb_points is None
    assert result.sppb_source is None
    assert result.speed_m_s == pytest.approx(metres / 4.0)


@pytest.mark.parametrize("seconds", [0, -1, -0.01, math.nan, math.inf, -math.inf, None, "5", True, 601, 1e9])
def test_bad_gait_time(seconds):
    with pytest.raises(ValueError, match=r"^The time "):
        score_gait_speed(seconds, 4)


@pytest.mark.parametrize("metres", [0, -4, math.nan, math.inf, None, "4", False, 51, 1000])
def test_bad_gait_length(metres):
    with pytest.raises(ValueError, match=r"^The length of the walk "):
        score_gait_speed(5.0, metres)


# --- SPPB (CLINICAL.md 12) ----------------------------------------------------------------------


@pytest.mark.parametrize(("seconds", "points"), CHAIR)
def test_sppb_chair_points(seconds, points):
    result = score_sppb([10, 10, 10], 4.0, 4, seconds)
    assert result.chair_points == points
    assert result.total == 8 + points


@pytest.mark.parametrize(("held", "points"), BALANCE)
def test_sppb_balance_points(held, points):
    assert score_sppb(held, 4.0, 4, 10.0).balance_points == points


@pytest.mark.parametrize(("seconds", "points"), GAIT_4M)
def test_sppb_gait_points_4m(seconds, points):
    assert score_sppb([10, 10, 10], seconds, 4, 10.0).gait_points == points


@pytest.mark.parametrize(("seconds", "points"), GAIT_3M)
def test_sppb_gait_points_3m(seconds, points):
    assert score_sppb([10, 10, 10], seconds, 3, 10.0).gait_points == points


def test_sppb_none_means_could_not_do_it():
    result = score_sppb(None, None, 4, None)
    assert (result.total, result.balance_points, result.gait_points, result.chair_points) == (0, 0, 0, 0)
    assert score_sppb([], 4.0, 4, 10.0).balance_points == 0
    assert score_sppb([10, 10, 10], None, 4, 10.0).gait_points == 0
    assert score_sppb([10, 10, 10], 4.0, 4, None).chair_points == 0


@pytest.mark.parametrize(("held", "gait", "chair", "total", "low"), [
    ([10, 10, 10], 4.0, 10.0, 12, False),
    ([10, 10, 10], 5.0, 12.0, 10, False),   # 4 + 3 + 3
    ([10, 10, 5], 5.0, 12.0, 9, False),     # 3 + 3 + 3: 9 is not low
    ([10, 10, 2], 5.0, 12.0, 8, True),      # 2 + 3 + 3: 8 or less is low
    ([10, 9], 7.0, 15.0, 5, True),          # 1 + 2 + 2
    ([5], 10.0, 70.0, 1, True),             # 0 + 1 + 0
])
def test_sppb_totals_and_the_ewgsop2_line(held, gait, chair, total, low):
    result = score_sppb(held, gait, 4, chair)
    assert result.total == total == result.score
    assert result.total == result.balance_points + result.gait_points + result.chair_points
    assert result.low_performance is low
    assert result.at_risk is low
    assert result.meaning == ("low_performance" if low else "no_low_performance")
    assert result.max_score == 12
    assert "EWGSOP2" in result.source
    assert result.status == "verified"


def test_sppb_every_total_from_0_to_12_against_the_line():
    seen = set()
    for held, gait, chair in itertools.product(
            [[5], [10, 5], [10, 10, 2], [10, 10, 5], [10, 10, 10]], [None, 10.0, 7.0, 5.0, 4.0],
            [None, 20.0, 15.0, 12.0, 10.0]):
        result = score_sppb(held, gait, 4, chair)
        seen.add(result.total)
        assert result.low_performance is (result.total <= 8)
    assert seen == set(range(13))


@pytest.mark.parametrize("metres", [2, 5, 10])
def test_sppb_needs_a_4_or_3_metre_walk(metres):
    with pytest.raises(ValueError, match="4 or 3 metres"):
        score_sppb([10, 10, 10], 4.0, metres, 10.0)


@pytest.mark.parametrize(("held", "gait", "chair"), [
    ([10, 10, 10], -1, 10.0), ([10, 10, 10], math.nan, 10.0), ([10, 10, 10], 4.0, -3),
    ([10, 10, 10], 4.0, math.inf), ([10, 10, 10], 4.0, 10_000), ([10, -1], 4.0, 10.0), ("10", 4.0, 10.0),
    ([10, 10, 10, 10, 10], 4.0, 10.0), ([9, 10], 4.0, 10.0),
])
def test_bad_sppb_input(held, gait, chair):
    with pytest.raises(ValueError, match=r"\w"):
        score_sppb(held, gait, 4, chair)


# --- Short FES-I (CLINICAL.md 13) ---------------------------------------------------------------


def test_short_fes_i_items():
    assert SHORT_FES_I_ITEMS == ("dressing", "bathing", "chair", "stairs", "reaching", "slope",
                                 "social_event")


@pytest.mark.parametrize(("total", "concern"), [
    (7, "low"), (8, "low"), (9, "moderate"), (13, "moderate"), (14, "high"), (28, "high")])
def test_short_fes_i_bands_at_every_edge(total, concern):
    answers = [1] * 7
    extra = total - 7
    for i in range(7):
        step = min(3, extra)
        answers[i] += step
        extra -= step
    result = score_short_fes_i(answers)
    assert result.total == total == result.score
    assert result.concern == concern
    assert result.meaning == f"{concern}_concern"
    assert result.at_risk is (concern != "low")
    assert (result.min_score, result.max_score) == (7, 28)


def test_short_fes_i_every_total():
    for total in range(7, 29):
        answers = [1 + min(3, max(0, total - 7 - 3 * i)) for i in range(7)]
        assert sum(answers) == total
        concern = score_short_fes_i(answers).concern
        assert concern == ("low" if total <= 8 else "moderate" if total <= 13 else "high")


def test_short_fes_i_by_item_id():
    answers = dict(zip(SHORT_FES_I_ITEMS, [1, 2, 3, 4, 1, 2, 3], strict=True))
    result = score_short_fes_i(answers)
    assert result.total == 16
    assert result.answers == tuple(answers.items())


@pytest.mark.parametrize(("answers", "message"), [
    ([1] * 6, "needs 7 answers"), ([1] * 8, "needs 7 answers"), ([], "needs 7 answers"),
    ([0, 1, 1, 1, 1, 1, 1], "from 1 to 4"), ([5, 1, 1, 1, 1, 1, 1], "from 1 to 4"),
    ([1.5, 1, 1, 1, 1, 1, 1], "from 1 to 4"), ([True, 1, 1, 1, 1, 1, 1], "from 1 to 4"),
    ([None, 1, 1, 1, 1, 1, 1], "from 1 to 4"), ({"dressing": 1}, "missing answers"),
    ({**dict.fromkeys(SHORT_FES_I_ITEMS, 1), "cooking": 2}, "Unknown"), ("1111111", "must be a list"),
])
def test_bad_short_fes_i(answers, message):
    with pytest.raises(ValueError, match=message):
        score_short_fes_i(answers)


# --- STEADI's screen and its three key questions (CLINICAL.md 14) -------------------------------

ANSWERS = (None, False, True)


@pytest.mark.parametrize(("checklist", "fell", "unsteady", "worried"),
                         list(itertools.product([None, 0, 3, 4, 14], ANSWERS, ANSWERS, ANSWERS)))
def test_steadi_screen_every_combination(checklist, fell, unsteady, worried):
    screen = steadi_screen(checklist, fell, unsteady, worried)
    expected = ((["checklist"] if checklist is not None and checklist >= 4 else [])
                + [name for name, value in (("fell_past_year", fell), ("unsteady", unsteady),
                                            ("worried", worried)) if value is True])
    assert screen.reasons == tuple(expected)
    assert screen.at_risk is bool(expected)
    assert screen.screened is (checklist is not None or any(v is not None for v in (fell, unsteady, worried)))
    assert screen.ask_fall_question is (checklist is not None and checklist < 4 and fell is None)


def test_steadi_screen_has_no_risk_levels():
    """Low/moderate/high levels: UNVERIFIED triggers (CLINICAL.md 14), so none are given."""
    screen = steadi_screen(14, True, True, True)
    assert not {"level", "risk_level", "low", "moderate", "high"} & set(type(screen).model_fields)
    assert not re.search(r"\b(low|moderate|high)\b", repr(screen))


@pytest.mark.parametrize(("args", "message"), [
    ((-1, None, None, None), "checklist total"), ((15, None, None, None), "checklist total"),
    ((2.5, None, None, None), "checklist total"), ((True, None, None, None), "checklist total"),
    ((None, "yes", None, None), "fell_past_year"), ((None, None, 1, None), "unsteady"),
    ((None, None, None, 0), "worried"),
])
def test_bad_steadi_screen(args, message):
    with pytest.raises(ValueError, match=message):
        steadi_screen(*args)


@pytest.mark.parametrize(("answers", "yes", "at_risk"), [
    ([False, False, False], 0, False), ([True, False, False], 1, True), ([False, True, False], 1, True),
    ([False, False, True], 1, True), ([True, True, True], 3, True), ([True, None, None], 1, True),
    ([False, None, None], 0, False),
])
def test_key_questions(answers, yes, at_risk):
    result = score_key_questions(answers)
    assert result.score == yes
    assert result.at_risk is at_risk
    assert result.meaning == ("screened_at_risk" if at_risk else "not_screened_at_risk")
    assert result.test == "key_questions"


def test_key_questions_need_the_fall_question():
    with pytest.raises(ValueError, match="fall in the past year"):
        score_key_questions([None, True, True])
    with pytest.raises(ValueError, match="needs 3 answers"):
        score_key_questions([True, False])


# --- the records' meanings and the norms file ---------------------------------------------------


def test_meanings_of_the_new_tests():
    assert MEANINGS["walk_4m"] == ("low_performance", "no_low_performance", "not_completed")
    assert MEANINGS["sppb"] == ("low_performance", "no_low_performance")
    assert MEANINGS["short_fes_i"] == ("low_concern", "moderate_concern", "high_concern")
    assert MEANINGS["key_questions"] == ("screened_at_risk", "not_screened_at_risk")
    assert score_gait_speed(5, 4).meaning in MEANINGS["walk_4m"]
    assert score_sppb(None, None, 4, None).meaning in MEANINGS["sppb"]
    assert score_short_fes_i([4] * 7).meaning in MEANINGS["short_fes_i"]
    assert score_key_questions([False, False, False]).meaning in MEANINGS["key_questions"]


def test_norms_cite_a_source_and_status_for_each_new_number():
    n = load_norms()
    for cited in (n.gait_speed.low_performance_ewgsop2, *n.gait_speed.sppb_points, n.sppb.chair_points,
                  n.sppb.low_performance_ewgsop2, n.short_fes_i, n.short_fes_i.concern, n.steadi_screen):
        assert cited.source in n.sources
        assert cited.status in ("verified", "2nd-hand", "derived")
    # Only the EWGSOP2 lines are verified (CLINICAL.md 7, 11, 12); the tables are 2nd-hand.
    assert n.gait_speed.low_performance_ewgsop2.status == "verified"
    assert n.sppb.low_performance_ewgsop2.status == "verified"
    assert {t.status for t in n.gait_speed.sppb_points} == {"2nd-hand"}
    assert n.short_fes_i.concern.status == "2nd-hand"


def test_the_tables_here_match_clinical_md():
    clinical = SHARED / "CLINICAL.md"
    if not clinical.exists():
        pytest.skip("CLINICAL.md is not beside the repository")
    text = " ".join(clinical.read_text().split())
    for words in ("unable = 0; > 8.70 s = 1; 6.21-8.70 s = 2; 4.82-6.20 s = 3; < 4.82 s = 4",
                  "unable = 0; > 6.52 s = 1; 4.66-6.52 s = 2; 3.63-4.65 s = 3; <= 3.62 s = 4",
                  "unable or > 60 s = 0; >= 16.70 s = 1; 13.70-16.69 s = 2; 11.20-13.69 s = 3; "
                  "<= 11.19 s = 4",
                  "7-8 low concern, 9-13 moderate, 14-28 high", "Gait speed <= 0.8 m/s", "SPPB <= 8"):
        assert words in text, words


def test_broken_new_norms_name_the_field(tmp_path):
    from legapp.assess.norms import default_norms_path

    good = default_norms_path().read_text()
    for old, new, field in [
        ("- {points: 3, seconds_at_most: 6.20}", "- {points: 3, seconds_at_most: 4.00}",
         "gait_speed.sppb_points.0.rules.1.seconds_at_most"),
        ("  low_up_to: 8", "  low_up_to: 20", "short_fes_i.concern"),
        ("  key_questions: [fell_past_year, unsteady, worried]", "  key_questions: [fell_past_year]",
         "steadi_screen.key_questions"),
    ]:
        assert old in good, old
        path = tmp_path / "norms.yaml"
        path.write_text(good.replace(old, new, 1))
        with pytest.raises(ValueError, match=re.escape(field)):
            load_norms(path)
