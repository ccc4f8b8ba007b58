"""The number a person reads and the verdict beside it always agree, on screen and in the
report; and what a result also says (EWGSOP2, arms, a fall in the past year, a TUG the
timer stopped) is said in both places."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from legapp import assess
from legapp.checks.explain import explain
from legapp.checks.scoring import score_run
from legapp.track import report as rp
from legapp.track.profiles import Profile
from legapp.track.records import record_of

NEAR = (-0.05, -0.01, 0.0, 0.01, 0.05)
ANA = Profile(1, "Ana", 1950, "female")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _record(result, raw):
    return record_of(result, raw, profile_id=1, content_version=1,
                     taken_at=datetime(2026, 3, 1, 10, 0, tzinfo=UTC), age=76, sex="female")


def _shown(text: str) -> float:
    return float(NUMBER.search(text).group())


def _rules(result):
    rules = [result.threshold]
    rules += [c.threshold for c in getattr(result, "other_cutoffs", ())]
    if getattr(result, "ewgsop2_threshold", None) is not None:
        rules.append(result.ewgsop2_threshold)
    return rules


def _assert_agrees(result, shown: float) -> None:
    for rule in _rules(result):
        assert rule.met_by(shown) == rule.met_by(result.score), (rule, result.score, shown)


# Every line a time is judged by: the TUG's 12 s (and 13.5 s, 20 s), five stands' 15 s.
LINES = [("tug", 12), ("tug", 13.5), ("tug", 20), ("five_times_sts", 15)]
SCORERS = {"tug": assess.score_tug, "five_times_sts": assess.score_five_times_sts}


@pytest.mark.parametrize(("test", "line"), LINES)
@pytest.mark.parametrize("delta", NEAR)
def test_a_time_is_never_shown_across_a_line(pack, test, line, delta):
    result = SCORERS[test](round(line + delta, 2), age=70)
    on_screen = explain(result, pack, "{score} seconds")
    _assert_agrees(result, _shown(on_screen.score_text))
    _assert_agrees(result, _shown(on_screen.text))
    line_in_report = rp.report_line(_record(result, {"seconds": result.score}), pack, ANA)
    _assert_agrees(result, _shown(line_in_report.score_text))


def test_the_reported_cases_read_right(pack):
    tug = explain(assess.score_tug(11.96, age=70), pack, "{score} seconds")
    assert tug.score_text == "11.96 seconds"
    assert "12 seconds" not in tug.text.split(".")[0]  # the time itself is not rounded up to the line
    sts = explain(assess.score_five_times_sts(14.96, age=70), pack, "{score} seconds")
    assert sts.score_text == "14.96 seconds"
    plain = explain(assess.score_tug(9.44, age=70), pack, "{score} seconds")
    assert plain.score_text == "9.4 seconds"  # one decimal where it crosses nothing


def test_every_chair_stand_count_at_each_band_edge_reads_as_scored(pack):
    norms = assess.load_norms()
    for row in norms.chair_stand_30s.below_average.fewer_than:
        for sex, limit in (("male", row.men), ("female", row.women)):
            for count in (limit - 1, limit):
                result = assess.score_chair_stand_30s(count, row.ages[0], sex)
                words = explain(result, pack, "{score} stands")
                assert _shown(words.score_text) == count
                assert result.at_risk is (count < limit)


EWGSOP2 = "low leg strength"


@pytest.mark.parametrize(("seconds", "low_strength", "falls_line"), [
    (14.99, False, False), (15.0, False, True), (15.01, True, True), (22.0, True, True)])
def test_five_stands_over_15_seconds_say_low_leg_strength_apart_from_the_falls_line(
        pack, seconds, low_strength, falls_line):
    result = assess.score_five_times_sts(seconds, age=70)
    assert result.at_risk is falls_line
    on_screen = explain(result, pack, "{score} seconds")
    in_report = rp.report_line(_record(result, {"seconds": seconds}), pack, ANA)
    for text, source in ((on_screen.text, on_screen.source), (in_report.meaning_text, in_report.source)):
        assert (EWGSOP2 in text) is low_strength
        assert ("Cruz-Jentoft" in source) is low_strength


def test_needing_the_arms_is_itself_a_reason_to_see_a_doctor(pack):
    raw, answers = {"count": 9}, {"arms": True, "halfway": False}
    result = score_run("chair_stand_30s", raw, answers, 66, "female")
    assert result.score == 0
    said = "reason by itself to talk to your doctor"
    assert said in explain(result, pack, "{score} stands", {**raw, **answers}).text
    assert said in rp.report_line(_record(result, {**raw, **answers}), pack, ANA).meaning_text
    without = score_run("chair_stand_30s", {"count": 9}, {"arms": False}, 66, "female")
    assert said not in explain(without, pack, "{score} stands", {"count": 9, "arms": False}).text


@pytest.mark.parametrize(("yes", "told"), [
    ({"fallen_past_year"}, True),  # 2 points: under 4, but a fall in the past year
    ({"fallen_past_year", "cane_or_walker"}, False),  # 4 points: at risk already, said by the main line
    ({"cane_or_walker", "worried_about_falling"}, False),  # 3 points, no fall
])
def test_a_checklist_under_4_with_a_fall_in_the_past_year_says_to_talk_to_a_doctor(pack, yes, told):
    answers = {item: item in yes for item in assess.STAY_INDEPENDENT_ITEMS}
    result = assess.score_stay_independent(answers)
    said = "reason enough to talk to your doctor"
    assert (said in explain(result, pack, "{score} of {max} points", {"answers": answers}).text) is told
    assert (said in rp.report_line(_record(result, {"answers": answers}), pack, ANA).meaning_text) is told


def test_a_tug_the_timer_stopped_is_well_past_the_line(pack):
    raw = {"completed": False, "seconds": 120.0, "over_limit": True}
    result = score_run("tug", raw, {}, 81, "male")
    assert result.at_risk is True
    on_screen = explain(result, pack, "{score} seconds", raw)
    assert on_screen.score_text == "More than 120 seconds"
    assert "well past the 12-second line" in on_screen.text
    in_report = rp.report_line(_record(result, raw), pack, ANA)
    assert in_report.score_text == "More than 120 seconds"
    assert "well past the 12-second line" in in_report.meaning_text


def test_a_chart_never_shows_a_time_across_its_line():
    from legapp.charts.words import result_number, results_summary

    assert result_number("tug", 11.9963) == "11.996"
    assert result_number("five_times_sts", 14.996) == "14.996"
    words = results_summary("Timed up and go", "seconds", ["1 Dec 2026"], [11.9963], 12, "above", "tug")
    assert "is 11.996 seconds" in words
    assert "is 12 seconds" not in words
