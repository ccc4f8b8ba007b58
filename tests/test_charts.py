"""Chart numbers, no Qt: checked against CLINICAL.md section 8, with its rates typed here."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from legapp.assess import score_balance_4stage, score_chair_stand_30s, score_five_times_sts
from legapp.charts.disuse import disuse_band, study_points
from legapp.charts.lifetime import lifetime_band
from legapp.charts.results import series
from legapp.charts.words import disuse_summary, lifetime_summary, results_summary
from legapp.track.records import record_of

# CLINICAL.md section 8, suggested bands (% a year): mass 30-60, mass 60+, strength 70+.
MASS_30_60, MASS_60, STRENGTH_70 = (0.3, 0.8), (0.6, 1.0), (2.5, 4.0)


def expected(age: int, kind: str) -> tuple[float, float]:
    low = high = 100.0
    for year in range(30, age):
        rates = MASS_60 if year >= 60 else MASS_30_60
        slow, fast = STRENGTH_70 if kind == "strength" and year >= 70 else rates
        high *= 1 - slow / 100
        low *= 1 - fast / 100
    return low, high


@pytest.mark.parametrize("kind", ["mass", "strength"])
@pytest.mark.parametrize("age", [30, 45, 60, 70, 80, 95])
def test_lifetime_band_matches_the_clinical_rates(pack, kind, age):
    band = lifetime_band(pack.facts, kind)
    assert band.at(age) == pytest.approx(expected(age, kind))


def test_lifetime_band_is_a_band_that_falls_faster_after_60(pack):
    band = lifetime_band(pack.facts)
    assert band.xs[0] == 30
    assert band.xs[-1] == 95
    assert all(lo < hi for lo, hi in zip(band.low[1:], band.high[1:], strict=True))  # never one line
    at60, at80 = band.at(60), band.at(80)
    assert at60 == pytest.approx((78.6, 91.4), abs=0.05)  # 3-8% a decade, compounded
    before = band.at(50)[0] - band.at(60)[0]
    after = band.at(60)[0] - band.at(70)[0]
    assert after > before  # faster after 60
    assert at80[0] < at60[0]


def test_strength_falls_faster_than_mass_after_70(pack):
    mass, strength = lifetime_band(pack.facts, "mass"), lifetime_band(pack.facts, "strength")
    assert mass.at(70) == pytest.approx(strength.at(70))
    assert strength.at(80)[0] < mass.at(80)[0]
    assert strength.at(80)[1] < mass.at(80)[1]
    assert strength.at(95)[1] < mass.at(95)[0]  # by the end the bands no longer overlap


def test_outside_the_chart_is_refused(pack):
    with pytest.raises(ValueError, match="outside"):
        lifetime_band(pack.facts).at(20)


def test_disuse_band_falls_fastest_at_first_and_flattens(pack):
    band = disuse_band(pack.facts)
    assert band.xs == tuple(float(d) for d in range(29))
    assert band.at(0) == (100.0, 100.0)
    first_day = 100 - band.low[1], 100 - band.high[1]
    assert 0.7 < first_day[0] <= 0.8  # the early rate, 0.5-0.8% a day
    assert 0.45 < first_day[1] <= 0.5
    daily = [band.low[i] - band.low[i + 1] for i in range(28)]
    assert all(a > b for a, b in itertools.pairwise(daily))  # a curve that flattens
    assert 100 - band.at(14)[0] == pytest.approx(8.0, abs=0.01)  # meets the meta-analysis at day 14


def test_study_points_are_the_studies_numbers(pack):
    points = {(p.day, p.measure): p.left for p in study_points(pack.facts)}
    assert points == {(5, "muscle size"): 96.5, (14, "muscle size"): 91.6, (10, "strength"): 87,
                      (14, "lean mass"): 92}


def _at(days: int):
    return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=days)


def test_results_series_with_the_risk_line(pack):
    def kept(result, day):
        return record_of(result, {}, profile_id=1, content_version=1, taken_at=_at(day))

    records = [kept(score_chair_stand_30s(9, 72, "female"), 30),
               kept(score_chair_stand_30s(7, 72, "female"), 0),
               kept(score_five_times_sts(None), 5), kept(score_five_times_sts(13.2), 6),
               kept(score_balance_4stage([10, 10, 4]), 7)]
    chair = series(records, "chair_stand_30s")
    assert chair.ys == (7.0, 9.0)  # oldest first
    assert chair.xs == (_at(0).timestamp(), _at(30).timestamp())
    assert (chair.threshold, chair.risk_side) == (10.0, "below")
    sts = series(records, "five_times_sts")
    assert sts.ys == (13.2,)
    assert sts.not_completed == 1
    assert (sts.threshold, sts.risk_side) == (15.0, "above")
    balance = series(records, "balance_4stage")
    assert (balance.ys, balance.threshold, balance.risk_side) == ((2.0,), 3.0, "below")
    assert series(records, "tug").ys == ()


def test_summaries_say_the_same_numbers(pack):
    band = lifetime_band(pack.facts)
    text = lifetime_summary(band, "mass", 72)
    assert "At 60, it is about 79% to 91%." in text
    assert "You are 72" in text
    assert "{" not in text
    assert "one week" in disuse_summary(disuse_band(pack.facts), study_points(pack.facts))
    words = results_summary("Chair stand", "stands", ["1 Jan", "31 Jan"], [7, 9], 10, "below")
    assert words == ("Chair stand: 2 results. The latest, on 31 Jan, is 9 stands. The first, on 1 Jan, "
                     "was 7 stands. A higher risk is below 10 stands.")
    assert "no Chair stand results yet" in results_summary("Chair stand", "stands", [], [], None, None)
