"""Chart numbers, no Qt: checked against CLINICAL.md section 8, with its rates typed here."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from legapp.assess import score_balance_4stage, score_chair_stand_30s, score_five_times_sts
from legapp.charts.disuse import disuse_band, disuse_facts, strength_findings, study_points
from legapp.charts.lifetime import band_sources, lifetime_band, yearly_rates
from legapp.charts.results import series
from legapp.charts.words import disuse_summary, lifetime_summary, results_summary
from legapp.track.records import record_of

# CLINICAL.md section 8, suggested bands (% a year): mass 30-60, mass 60+, strength 70+.
# It gives no strength rate before 70: the strength band starts there (issue item 6).
MASS_30_60, MASS_60, STRENGTH_70 = (0.3, 0.8), (0.6, 1.0), (2.5, 4.0)
START = {"mass": 30, "strength": 70}


def expected(age: int, kind: str) -> tuple[float, float]:
    low = high = 100.0
    for year in range(START[kind], age):
        slow, fast = STRENGTH_70 if kind == "strength" else MASS_60 if year >= 60 else MASS_30_60
        high *= 1 - slow / 100
        low *= 1 - fast / 100
    return low, high


@pytest.mark.parametrize(("kind", "age"), [("mass", 30), ("mass", 45), ("mass", 60), ("mass", 70),
                                           ("mass", 80), ("mass", 95), ("strength", 70), ("strength", 75),
                                           ("strength", 80), ("strength", 95)])
def test_lifetime_band_matches_the_clinical_rates(pack, kind, age):
    band = lifetime_band(pack.facts, kind)
    assert band.at(age) == pytest.approx(expected(age, kind))


def test_the_strength_band_starts_at_70_with_no_invented_rate_before(pack):
    """Item 6: from 30 to 70 the strength line used the mass rates. CLINICAL.md 8 gives a
    strength rate only for 70+ (-2.5 to -4%/yr), so nothing is drawn before 70."""
    band = lifetime_band(pack.facts, "strength")
    assert band.xs[0] == 70
    assert band.xs[-1] == 95
    assert band.at(70) == (100.0, 100.0)
    with pytest.raises(ValueError, match="outside"):
        band.at(60)
    with pytest.raises(ValueError, match="no strength rate"):
        yearly_rates(pack.facts, "strength", 69)
    for age in range(70, 95):
        assert yearly_rates(pack.facts, "strength", age) == STRENGTH_70
    assert "band_mass_30_60" not in band.facts
    assert "band_mass_60_plus" not in band.facts


@pytest.mark.parametrize(("kind", "sources"), [("mass", ("volpi2004", "mitchell2012")),
                                               ("strength", ("goodpaster2006",))])
def test_each_band_names_the_sources_of_its_numbers(pack, kind, sources):
    """Item 6: the caption names every source drawn: Volpi 2004 (30-60), Mitchell 2012
    (60+), Goodpaster 2006 (strength 70+)."""
    assert band_sources(pack.facts, lifetime_band(pack.facts, kind)) == sources


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

    def share_since_70(band, age):  # what is left at ``age`` of what there was at 70
        return tuple(band.at(age)[i] / band.at(70)[i] * 100 for i in (0, 1))

    assert share_since_70(strength, 80)[0] < share_since_70(mass, 80)[0]
    assert share_since_70(strength, 80)[1] < share_since_70(mass, 80)[1]
    assert share_since_70(strength, 95)[1] < share_since_70(mass, 95)[0]  # the bands no longer overlap


def test_outside_the_chart_is_refused(pack):
    with pytest.raises(ValueError, match="outside"):
        lifetime_band(pack.facts).at(20)


def test_disuse_band_falls_fastest_at_first_and_flattens(pack):
    band = disuse_band(pack.facts)
    assert band.at(0) == (100.0, 100.0)
    first_day = 100 - band.low[1], 100 - band.high[1]
    assert 0.7 < first_day[0] <= 0.8  # the early rate, 0.5-0.8% a day
    assert 0.45 < first_day[1] <= 0.5
    daily = [band.low[i] - band.low[i + 1] for i in range(len(band.xs) - 1)]
    assert all(a > b for a, b in itertools.pairwise(daily))  # a curve that flattens
    assert 100 - band.at(14)[0] == pytest.approx(8.0, abs=0.01)  # meets the meta-analysis at day 14


def test_the_bed_rest_chart_stops_at_day_14_where_the_studies_stop(pack):
    """Item 6: the studies (Wall 2014, Di Girolamo 2021) end at day 14; nothing is drawn after."""
    band = disuse_band(pack.facts)
    assert band.xs == tuple(float(d) for d in range(15))
    assert max(p.day for p in study_points(pack.facts)) == band.xs[-1]


def test_study_points_are_the_studies_numbers_of_muscle_only(pack):
    """Item 6: Kortebein's -13% is knee-extensor strength, not muscle: it is not a point on
    the "% of muscle left" axis, it is said in words (and cited: Kortebein 2008)."""
    points = {(p.day, p.measure): p.left for p in study_points(pack.facts)}
    assert points == {(5, "muscle size"): 96.5, (14, "muscle size"): 91.6, (14, "lean mass"): 92}
    assert all(p.measure != "strength" for p in study_points(pack.facts))
    strength = strength_findings(pack.facts)
    assert [(p.day, p.measure, p.left) for p in strength] == [(10, "strength", 87)]
    assert pack.facts[strength[0].fact].source == "kortebein2008"
    facts = disuse_facts(disuse_band(pack.facts), (*study_points(pack.facts), *strength))
    sources = {pack.facts[f].source for f in facts}
    assert sources == {"wall2014", "digirolamo2021", "marusic2021", "kortebein2008"}


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
    said = (*study_points(pack.facts), *strength_findings(pack.facts))
    disuse = disuse_summary(disuse_band(pack.facts), said)
    assert "one week" in disuse
    assert "up to 14 days" in disuse
    assert "A study found 13% less strength after 10 days." in disuse  # in words, not drawn
    strength = lifetime_summary(lifetime_band(pack.facts, "strength"), "strength", 65)
    assert "the leg strength you had at 70" in strength
    assert "At 60" not in strength  # no strength number before 70
    assert "You are" not in strength  # 65 is not on the strength chart
    assert "You are 72" in lifetime_summary(lifetime_band(pack.facts, "strength"), "strength", 72)
    words = results_summary("Chair stand", "stands", ["1 Jan", "31 Jan"], [7, 9], 10, "below")
    assert words == ("Chair stand: 2 results. The latest, on 31 Jan, is 9 stands. The first, on 1 Jan, "
                     "was 7 stands. A higher risk is below 10 stands.")
    assert "no Chair stand results yet" in results_summary("Chair stand", "stands", [], [], None, None)
