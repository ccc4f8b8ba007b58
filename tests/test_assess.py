"""Scoring of the self-tests, checked against CLINICAL.md's tables copied by hand below.

The tables here are typed from CLINICAL.md (sections 1-7 and 9), NOT read from norms.yaml,
so a wrong number in the norms file fails these tests. No Qt is used.
"""

from __future__ import annotations

import math
import re
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legapp.assess import (
    MEANINGS,
    SARC_F_ITEMS,
    STAY_INDEPENDENT_ITEMS,
    NormsError,
    Threshold,
    load_norms,
    score_balance_4stage,
    score_chair_stand_30s,
    score_five_times_sts,
    score_sarc_f,
    score_stay_independent,
    score_tug,
)
from legapp.assess.norms import default_norms_path

from .conftest import SHARED

# CLINICAL.md section 1: "below average" (a fall risk) when count < value. (men, women)
CDC_BELOW_AVERAGE = {
    (60, 64): (14, 12),
    (65, 69): (12, 11),
    (70, 74): (12, 10),
    (75, 79): (11, 10),
    (80, 84): (10, 9),
    (85, 89): (8, 8),
    (90, 94): (7, 4),
}
# CLINICAL.md section 9: Rikli & Jones 25th-75th percentile, ((men), (women)).
RIKLI_JONES = {
    (60, 64): ((14, 19), (12, 17)),
    (65, 69): ((12, 18), (11, 16)),
    (70, 74): ((12, 17), (10, 15)),
    (75, 79): ((11, 17), (10, 15)),
    (80, 84): ((10, 15), (9, 14)),
    (85, 89): ((8, 14), (8, 13)),
    (90, 94): ((7, 12), (4, 11)),
}
# CLINICAL.md section 3: Bohannon 2006 TUG, age band: (mean, ci low, ci high).
TUG_BOHANNON = {(60, 69): (8.1, 7.1, 9.0), (70, 79): (9.2, 8.2, 10.2), (80, 99): (11.3, 10.0, 12.7)}
# CLINICAL.md section 4: Bohannon 2006 5xSTS, slower than this = worse than average.
STS_BOHANNON = {(60, 69): 11.4, (70, 79): 12.6, (80, 89): 14.8}
# CLINICAL.md section 5: points for Yes, in the brochure's order.
STAY_POINTS = {
    "fallen_past_year": 2, "cane_or_walker": 2, "unsteady_walking": 1, "holds_furniture": 1,
    "worried_about_falling": 1, "pushes_up_from_chair": 1, "trouble_with_curb": 1,
    "rushes_to_toilet": 1, "lost_feeling_in_feet": 1, "medicine_light_headed": 1,
    "medicine_sleep_mood": 1, "sad_or_depressed": 1,
}
SARC_ITEMS = ("strength", "walking", "chair_rise", "stairs", "falls")

SEXES = {"male": 0, "female": 1}
CELLS = [(ages, sex, values[i]) for ages, values in CDC_BELOW_AVERAGE.items() for sex, i in SEXES.items()]


def _sppb_reference(times: list[float]) -> int:
    """SPPB balance points as CLINICAL.md section 2 words them."""
    side, semi, tandem = ([*times, 0.0, 0.0, 0.0])[:3]
    if side < 10:
        return 0
    if semi < 10:
        return 1
    if tandem < 3:
        return 2
    return 3 if tandem < 10 else 4


# --- 30-Second Chair Stand -----------------------------------------------------------------

@pytest.mark.parametrize(("ages", "sex", "value"), CELLS)
def test_chair_stand_every_cell_both_sides(ages, sex, value):
    for age in range(ages[0], ages[1] + 1):
        below = score_chair_stand_30s(value - 1, age, sex)
        assert (below.at_risk, below.meaning) == (True, "below_average")
        at = score_chair_stand_30s(value, age, sex)
        assert (at.at_risk, at.meaning) == (False, "average_or_better")
        assert at.threshold == Threshold(measure="count", op="<", value=value)
        assert str(at.threshold) == f"count < {value}"
        assert at.age_band == ages
        assert at.test == "chair_stand_30s"
        assert at.score == value
        assert "STEADI" in at.source


@pytest.mark.parametrize(("age", "band"), [(60, (60, 64)), (64, (60, 64)), (65, (65, 69)), (94, (90, 94))])
def test_chair_stand_band_edges(age, band):
    for sex, i in SEXES.items():
        result = score_chair_stand_30s(CDC_BELOW_AVERAGE[band][i], age, sex)
        assert result.age_band == band
        assert result.at_risk is False


def test_chair_stand_64_and_65_use_different_rows():
    assert score_chair_stand_30s(13, 64, "male").at_risk is True
    assert score_chair_stand_30s(13, 65, "male").at_risk is False


@pytest.mark.parametrize("age", [18, 59, 95, 110])
@pytest.mark.parametrize("sex", ["male", "female"])
def test_chair_stand_no_norm_outside_60_to_94(age, sex):
    for count in (0, 10, 60):
        result = score_chair_stand_30s(count, age, sex)
        assert result.at_risk is None
        assert result.meaning == "no_norm_for_age"
        assert result.threshold is None
        assert result.band is None
        assert result.age_band is None
        assert result.score == count


@pytest.mark.parametrize(("ages", "sex", "value"), CELLS)
def test_chair_stand_zero_is_below_average(ages, sex, value):
    result = score_chair_stand_30s(0, ages[0], sex)
    assert result.at_risk is True
    assert result.band.position == "below"


@pytest.mark.parametrize("ages", list(RIKLI_JONES))
@pytest.mark.parametrize("sex", ["male", "female"])
def test_rikli_jones_bands(ages, sex):
    low, high = RIKLI_JONES[ages][SEXES[sex]]
    for age in ages:
        expect = {low - 1: "below", low: "within", high: "within", high + 1: "above"}
        for count, position in expect.items():
            band = score_chair_stand_30s(count, age, sex).band
            assert (band.low, band.high, band.position, band.ages) == (low, high, position, ages)
            assert "Rikli" in band.source


def test_chair_stand_accepts_whole_float_age():
    assert score_chair_stand_30s(12, 70.0, "male").age == 70


@given(age=st.integers(60, 94), sex=st.sampled_from(["male", "female"]),
       a=st.integers(0, 60), b=st.integers(0, 60))
def test_chair_stand_at_risk_is_monotone_in_count(age, sex, a, b):
    low, high = sorted((a, b))
    if score_chair_stand_30s(high, age, sex).at_risk:
        assert score_chair_stand_30s(low, age, sex).at_risk


# --- 4-Stage Balance -----------------------------------------------------------------------

BALANCE_CASES = [  # (times, stages held, at risk, SPPB points)
    ([0], 0, True, 0),
    ([9.99], 0, True, 0),
    ([10, 0], 1, True, 1),
    ([10, 9.99], 1, True, 1),
    ([10, 10, 0], 2, True, 2),
    ([10, 10, 2.99], 2, True, 2),
    ([10, 10, 3], 2, True, 3),
    ([10, 10, 9.99], 2, True, 3),
    ([10, 10, 10], 3, False, 4),
    ([10, 10, 10, 0], 3, False, 4),
    ([10, 10, 10, 9.99], 3, False, 4),
    ([10, 10, 10, 10], 4, False, 4),
    ([12.5, 10.01, 10], 3, False, 4),
]


@pytest.mark.parametrize(("times", "held", "at_risk", "points"), BALANCE_CASES)
def test_balance_patterns(times, held, at_risk, points):
    result = score_balance_4stage(times)
    assert (result.stages_held, result.score) == (held, held)
    assert (result.at_risk, result.sppb_points) == (at_risk, points)
    assert result.meaning == ("increased_risk" if at_risk else "no_increased_risk")
    assert result.sppb_points == _sppb_reference(times)
    assert str(result.threshold) == "tandem_seconds < 10"
    assert result.held_seconds == tuple(float(t) for t in times)


def test_balance_tandem_edge():
    assert score_balance_4stage([10, 10, 9.99]).at_risk is True
    assert score_balance_4stage([10, 10, 10]).at_risk is False


valid_balance = st.integers(0, 3).flatmap(lambda held: st.tuples(
    st.just([10.0] * held),
    st.floats(0, 9.99) if held < 3 else st.one_of(st.none(), st.floats(0, 30)),
)).map(lambda parts: parts[0] + ([] if parts[1] is None else [parts[1]]))


@given(valid_balance)
def test_balance_matches_clinical_wording(times):
    result = score_balance_4stage(times)
    assert result.sppb_points == _sppb_reference(times)
    assert result.at_risk is (len(times) < 3 or times[2] < 10)


# --- Timed Up and Go -----------------------------------------------------------------------

def test_tug_cut_off():
    assert score_tug(11.99).at_risk is False
    for t in (12.0, 12):
        result = score_tug(t)
        assert result.at_risk is True
        assert result.meaning == "increased_risk"
        assert str(result.threshold) == "seconds >= 12"
    assert score_tug(11.99).meaning == "no_increased_risk"


@pytest.mark.parametrize("ages", list(TUG_BOHANNON))
def test_tug_age_reference(ages):
    mean, low, high = TUG_BOHANNON[ages]
    for age in ages:
        ref = score_tug(high, age).age_reference
        assert (ref.ages, ref.mean, ref.ci_low, ref.ci_high) == (ages, mean, low, high)
        assert ref.worse_than_average is False
        assert "Bohannon" in ref.source
        assert score_tug(high + 0.01, age).age_reference.worse_than_average is True


@pytest.mark.parametrize("age", [None, 18, 59, 100, 110])
def test_tug_no_age_reference(age):
    assert score_tug(10, age).age_reference is None


def test_tug_other_cut_offs():
    def reached(t):
        return {c.id: c.reached for c in score_tug(t).other_cutoffs}

    assert reached(13.49) == {"fall_risk_shumway_cook": False, "low_physical_performance_ewgsop2": False}
    assert reached(13.5) == {"fall_risk_shumway_cook": True, "low_physical_performance_ewgsop2": False}
    assert reached(19.99)["low_physical_performance_ewgsop2"] is False
    assert reached(20)["low_physical_performance_ewgsop2"] is True
    sources = {c.id: c.source for c in score_tug(5).other_cutoffs}
    assert "Shumway-Cook" in sources["fall_risk_shumway_cook"]
    assert "EWGSOP2" in sources["low_physical_performance_ewgsop2"]


# --- Five Times Sit-to-Stand ---------------------------------------------------------------

@pytest.mark.parametrize(("seconds", "at_risk", "low_strength"),
                         [(14.99, False, False), (15.0, True, False), (15, True, False), (15.01, True, True)])
def test_five_times_sts_edges(seconds, at_risk, low_strength):
    result = score_five_times_sts(seconds)
    assert (result.at_risk, result.low_strength_ewgsop2) == (at_risk, low_strength)
    assert result.meaning == ("increased_risk" if at_risk else "no_increased_risk")
    assert str(result.threshold) == "seconds >= 15"
    assert str(result.ewgsop2_threshold) == "seconds > 15"
    assert "Buatois" in result.source
    assert "EWGSOP2" in result.ewgsop2_source
    assert result.completed is True
    assert result.score == seconds


def test_five_times_sts_not_completed():
    result = score_five_times_sts(None, 75)
    assert (result.completed, result.score, result.at_risk) == (False, None, True)
    assert result.meaning == "not_completed"
    assert result.low_strength_ewgsop2 is True
    assert result.age_reference.worse_than_average is True


@pytest.mark.parametrize("ages", list(STS_BOHANNON))
def test_five_times_sts_age_reference(ages):
    limit = STS_BOHANNON[ages]
    for age in ages:
        ref = score_five_times_sts(limit, age).age_reference
        assert (ref.ages, ref.worse_than_average_above, ref.worse_than_average) == (ages, limit, False)
        assert score_five_times_sts(limit + 0.01, age).age_reference.worse_than_average is True


@pytest.mark.parametrize("age", [None, 59, 90, 110])
def test_five_times_sts_no_age_reference(age):
    assert score_five_times_sts(12, age).age_reference is None


# --- Stay Independent checklist ------------------------------------------------------------

def test_checklist_item_ids_and_order():
    assert tuple(STAY_POINTS) == STAY_INDEPENDENT_ITEMS


@pytest.mark.parametrize("item", list(STAY_POINTS))
def test_checklist_each_item_alone(item):
    answers = [name == item for name in STAY_POINTS]
    result = score_stay_independent(answers)
    assert result.score == STAY_POINTS[item]
    assert result.yes_items == (item,)
    assert result.at_risk is False
    assert result.meaning == "below_threshold"
    assert score_stay_independent({name: name == item for name in STAY_POINTS}) == result


@pytest.mark.parametrize(("yes", "total", "at_risk"), [
    ({"fallen_past_year", "unsteady_walking"}, 3, False),
    ({"fallen_past_year", "unsteady_walking", "holds_furniture"}, 4, True),
    ({"unsteady_walking", "holds_furniture", "rushes_to_toilet"}, 3, False),
    ({"unsteady_walking", "holds_furniture", "rushes_to_toilet", "sad_or_depressed"}, 4, True),
    ({"fallen_past_year", "cane_or_walker"}, 4, True),
    (set(), 0, False),
    (set(STAY_POINTS), 14, True),
])
def test_checklist_totals(yes, total, at_risk):
    result = score_stay_independent({name: name in yes for name in STAY_POINTS})
    assert (result.score, result.at_risk, result.max_score) == (total, at_risk, 14)
    assert result.meaning == ("may_be_at_risk" if at_risk else "below_threshold")
    assert str(result.threshold) == "total >= 4"


@given(st.lists(st.booleans(), min_size=12, max_size=12))
def test_checklist_total_is_sum_of_yes_points(answers):
    result = score_stay_independent(answers)
    expected = sum(points for points, yes in zip(STAY_POINTS.values(), answers, strict=True) if yes)
    assert result.score == expected
    assert result.at_risk is (expected >= 4)


# --- SARC-F --------------------------------------------------------------------------------

def test_sarc_f_items():
    assert SARC_ITEMS == SARC_F_ITEMS


@pytest.mark.parametrize(("answers", "total", "at_risk"), [
    ([0, 0, 0, 0, 0], 0, False),
    ([2, 1, 0, 0, 0], 3, False),
    ([1, 1, 1, 0, 0], 3, False),
    ([2, 2, 0, 0, 0], 4, True),
    ([1, 1, 1, 1, 0], 4, True),
    ([2, 2, 2, 2, 2], 10, True),
])
def test_sarc_f_totals(answers, total, at_risk):
    result = score_sarc_f(answers)
    assert (result.score, result.at_risk, result.max_score) == (total, at_risk, 10)
    assert result.meaning == ("likely_sarcopenia" if at_risk else "below_threshold")
    assert score_sarc_f(dict(zip(SARC_ITEMS, answers, strict=True))) == result
    assert result.answers == tuple(zip(SARC_ITEMS, answers, strict=True))


@given(st.lists(st.integers(0, 2), min_size=5, max_size=5))
def test_sarc_f_total_is_sum(answers):
    result = score_sarc_f(answers)
    assert result.score == sum(answers)
    assert result.at_risk is (sum(answers) >= 4)


# --- Bad input -----------------------------------------------------------------------------

NOT_WHOLE = [12.5, True, False, "12", None, math.nan, math.inf, [12]]


@pytest.mark.parametrize("age", [17, 111, 0, -70, 70.5, *NOT_WHOLE])
def test_bad_age(age):
    with pytest.raises(ValueError, match="Age must be a whole number from 18 to 110"):
        score_chair_stand_30s(10, age, "male")
    if age is not None:
        with pytest.raises(ValueError, match="Age"):
            score_tug(10, age)
        with pytest.raises(ValueError, match="Age"):
            score_five_times_sts(10, age)


@pytest.mark.parametrize("sex", ["Male", "m", "", None, "other", "women", True])
def test_bad_sex(sex):
    with pytest.raises(ValueError, match='Sex must be "male" or "female"'):
        score_chair_stand_30s(10, 70, sex)


@pytest.mark.parametrize("count", [-1, 61, *NOT_WHOLE])
def test_bad_count(count):
    with pytest.raises(ValueError, match="number of stands must be a whole number from 0 to 60"):
        score_chair_stand_30s(count, 70, "female")


BAD_TIMES = [-1, -0.01, math.nan, math.inf, -math.inf, True, "12", [12]]


@pytest.mark.parametrize("seconds", [*BAD_TIMES, 0, None])
def test_bad_tug_time(seconds):
    with pytest.raises(ValueError, match="time"):
        score_tug(seconds)


@pytest.mark.parametrize("seconds", [*BAD_TIMES, 0])
def test_bad_five_times_sts_time(seconds):
    with pytest.raises(ValueError, match="time"):
        score_five_times_sts(seconds)


@pytest.mark.parametrize("times", [[-1], [10, math.nan], [10, 10, math.inf], [True], ["10"], [10, None]])
def test_bad_balance_time(times):
    with pytest.raises(ValueError, match="time for stage"):
        score_balance_4stage(times)


@pytest.mark.parametrize(("times", "message"), [
    ([], "1 to 4 stages"),
    ([10, 10, 10, 10, 10], "1 to 4 stages"),
    ([5, 3], "no time for stage 2"),
    ([9.99, 0], "no time for stage 2"),
    ([10, 5, 3], "no time for stage 3"),
    ([10, 10, 5, 3], "no time for stage 4"),
    ([10], "give the time for stage 2"),
    ([10, 10], "give the time for stage 3"),
    (10, "must be a list"),
    ("10,10", "must be a list"),
    (None, "must be a list"),
])
def test_bad_balance_sequence(times, message):
    with pytest.raises(ValueError, match=message):
        score_balance_4stage(times)


@pytest.mark.parametrize(("answers", "message"), [
    ([False] * 11, "needs 12 answers, not 11"),
    ([False] * 13, "needs 12 answers, not 13"),
    ([], "needs 12 answers, not 0"),
    ([0] * 12, "True .yes. or False .no."),
    ([False] * 11 + [1], "sad_or_depressed"),
    ([None] * 12, "True .yes."),
    (["yes"] * 12, "True .yes."),
    ({**dict.fromkeys(STAY_POINTS, False), "fell_over": True}, "Unknown checklist item: fell_over"),
    ({k: False for k in list(STAY_POINTS)[1:]}, "missing answers for: fallen_past_year"),
    ("y" * 12, "must be a list"),
    (None, "must be a list"),
    (12, "must be a list"),
])
def test_bad_checklist(answers, message):
    with pytest.raises(ValueError, match=message):
        score_stay_independent(answers)


@pytest.mark.parametrize(("answers", "message"), [
    ([0] * 4, "needs 5 answers, not 4"),
    ([0] * 6, "needs 5 answers, not 6"),
    ([3, 0, 0, 0, 0], '"strength" must be 0, 1 or 2'),
    ([0, -1, 0, 0, 0], '"walking" must be 0, 1 or 2'),
    ([0, 0, True, 0, 0], '"chair_rise" must be 0, 1 or 2'),
    ([0, 0, 0, 1.0, 0], '"stairs" must be 0, 1 or 2'),
    ([0, 0, 0, 0, "1"], '"falls" must be 0, 1 or 2'),
    ([0, 0, 0, 0, None], '"falls" must be 0, 1 or 2'),
    ({**dict.fromkeys(SARC_ITEMS, 0), "grip": 1}, "Unknown SARC-F item: grip"),
    ({"strength": 0}, "missing answers for: walking, chair_rise, stairs, falls"),
    ("01201", "must be a list"),
])
def test_bad_sarc_f(answers, message):
    with pytest.raises(ValueError, match=message):
        score_sarc_f(answers)


# --- norms.yaml agrees with CLINICAL.md -----------------------------------------------------

def test_norms_file_matches_clinical_tables():
    norms = load_norms()
    cs = norms.chair_stand_30s
    assert {r.ages: (r.men, r.women) for r in cs.below_average.fewer_than} == CDC_BELOW_AVERAGE
    assert {r.ages: (r.men, r.women) for r in cs.normal_range.ranges} == RIKLI_JONES
    bal = norms.balance_4stage
    assert (bal.hold_seconds, bal.risk_if_not_held_stage, len(bal.stages)) == (10, 3, 4)
    assert bal.stages[2] == "tandem"
    assert [(r.points, r.stage, r.seconds_from, r.seconds_below) for r in bal.sppb_points.rules] == [
        (0, 1, 0, 10), (1, 2, 0, 10), (2, 3, 0, 3), (3, 3, 3, 10), (4, 3, 10, None)]
    tug = norms.tug
    assert (tug.at_risk.seconds_or_more, tug.at_risk.more_than_seconds) == (12, None)
    assert {r.ages: (r.mean, *r.ci) for r in tug.age_reference.by_age} == TUG_BOHANNON
    assert {c.id: str(c.threshold()) for c in tug.other_cutoffs} == {
        "fall_risk_shumway_cook": "seconds >= 13.5", "low_physical_performance_ewgsop2": "seconds >= 20"}
    sts = norms.five_times_sts
    assert str(sts.recurrent_falls.threshold()) == "seconds >= 15"
    assert str(sts.low_strength_ewgsop2.threshold()) == "seconds > 15"
    assert {r.ages: r.worse_than_average_above for r in sts.age_reference.by_age} == STS_BOHANNON
    si = norms.stay_independent
    assert si.points_for_yes == STAY_POINTS
    assert list(si.points_for_yes) == list(STAY_POINTS)
    assert (si.at_risk_total_or_more, si.max_total) == (4, 14)
    sarc = norms.sarc_f
    assert (sarc.items, sarc.item_max, sarc.likely_sarcopenia_total_or_more, sarc.max_total) == (
        SARC_ITEMS, 2, 4, 10)


def test_norms_statuses_and_sources():
    norms = load_norms()
    assert norms.chair_stand_30s.below_average.status == "2nd-hand"
    assert norms.balance_4stage.status == "2nd-hand"
    assert norms.stay_independent.status == "2nd-hand"
    for source in norms.sources.values():
        assert len(source.citation) > 20


def test_table_in_this_file_matches_clinical_md():
    clinical = SHARED / "CLINICAL.md"
    if not clinical.exists():
        pytest.skip("CLINICAL.md is not beside the repository")
    text = clinical.read_text()
    section1 = text.split("## 1.")[1].split("## 2.")[0]
    rows = re.findall(r"^\| (\d+)-(\d+) +\| +(\d+) \| +(\d+) \|$", section1, re.MULTILINE)
    assert {(int(a), int(b)): (int(m), int(w)) for a, b, m, w in rows} == CDC_BELOW_AVERAGE
    section9 = text.split("## 9.")[1].split("## 10.")[0]
    rows = re.findall(r"^\| (\d+)-(\d+) \| (\d+)-(\d+) \| (\d+)-(\d+) \|$", section9, re.MULTILINE)
    table = {(int(r[0]), int(r[1])): ((int(r[2]), int(r[3])), (int(r[4]), int(r[5]))) for r in rows}
    assert table == RIKLI_JONES


def test_norms_are_cached_and_frozen():
    assert load_norms() is load_norms()
    with pytest.raises(Exception, match="frozen"):
        load_norms().tug.at_risk.seconds_or_more = 99  # type: ignore[misc]


def test_meanings_cover_every_result():
    assert MEANINGS["chair_stand_30s"] == ("below_average", "average_or_better", "no_norm_for_age")
    assert score_sarc_f([0] * 5).meaning in MEANINGS["sarc_f"]


def test_explicit_norms_argument(tmp_path):
    path = tmp_path / "norms.yaml"
    text = default_norms_path().read_text().replace("seconds_or_more: 12\n", "seconds_or_more: 11\n")
    path.write_text(text)
    custom = load_norms(path)
    assert score_tug(11.5, norms=custom).at_risk is True
    assert score_tug(11.5).at_risk is False


# --- A broken norms file --------------------------------------------------------------------

@pytest.fixture
def norms_copy(tmp_path):
    path = tmp_path / "norms.yaml"
    shutil.copy(default_norms_path(), path)
    return path


def _damage(path, old, new):
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(("old", "new", "field"), [
    ("{ages: 65-69, men: 12, women: 11}", "{ages: 66-69, men: 12, women: 11}",
     "chair_stand_30s.below_average.fewer_than.1.ages"),
    ("{ages: 65-69, men: 12, women: 11}", "{ages: 69-65, men: 12, women: 11}",
     "chair_stand_30s.below_average.fewer_than.1.ages"),
    ("{ages: 60-64, men: 14, women: 12}", "{ages: 60-64, men: 15, women: 12}",
     "chair_stand_30s.below_average.fewer_than.0.men"),
    ("{ages: 60-64, men: 14-19, women: 12-17}", "{ages: 60-64, men: 14-19, women: 17-12}",
     "chair_stand_30s.normal_range.ranges.0.women"),
    ("      - {ages: 90-94, men: 7-12, women: 4-11}\n", "", "chair_stand_30s.normal_range.ranges"),
    ("men: 10, women: 9}", "men: ten, women: 9}", "chair_stand_30s.below_average.fewer_than.4.men"),
    ("  hold_seconds: 10\n", "  hold_seconds: 0\n", "balance_4stage.hold_seconds"),
    ("{points: 3, stage: 3, seconds_from: 3,", "{points: 3, stage: 3, seconds_from: 4,",
     "balance_4stage.sppb_points.rules.3"),
    ("    fallen_past_year: 2\n", "", "stay_independent.points_for_yes"),
    ("    sad_or_depressed: 1\n", "    sad_or_depressed: 0\n",
     "stay_independent.points_for_yes.sad_or_depressed"),
    ("  max_total: 14\n", "  max_total: 15\n", "stay_independent.max_total"),
    ("  max_total: 10\n", "  max_total: 12\n", "sarc_f.max_total"),
    ("{ages: 70-79, mean: 9.2, ci: 8.2-10.2}", "{ages: 70-79, mean: 9.2, ci: 8.2 to 10.2}",
     "tug.age_reference.by_age.1.ci"),
    ("    seconds_or_more: 12\n", "    seconds_or_more: 12\n    more_than_seconds: 12\n", "tug.at_risk"),
    ("  status: 2nd-hand\n  # Yes scores", "  status: maybe\n  # Yes scores", "stay_independent.status"),
    ("  source: sarc_f\n", "  source: sarc_f_2013\n", "sarc_f.source"),
    ("  item_max: 2\n", "  item_max: 2\n  colour: red\n", "sarc_f.colour"),
])
def test_broken_norms_name_the_field(norms_copy, old, new, field):
    _damage(norms_copy, old, new)
    with pytest.raises(ValueError, match=re.escape(f"norms.yaml, {field}: ")) as info:
        load_norms(norms_copy)
    assert isinstance(info.value, NormsError)
    assert info.value.field == field
    assert str(norms_copy) in str(info.value)


def test_broken_norms_bad_yaml_and_missing(norms_copy, tmp_path):
    _damage(norms_copy, "  item_max: 2\n", "  item_max: [2\n")
    with pytest.raises(NormsError, match="not valid YAML"):
        load_norms(norms_copy)
    with pytest.raises(NormsError, match="missing"):
        load_norms(tmp_path / "nowhere.yaml")
    (tmp_path / "list.yaml").write_text("- 1\n- 2\n")
    with pytest.raises(NormsError, match="named sections"):
        load_norms(tmp_path / "list.yaml")
