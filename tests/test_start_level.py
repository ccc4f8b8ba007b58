"""The starting level, no Qt: Vivifrail's bands of the SPPB, the "+" for more balance
work, the app's own rule without an SPPB, and the words that name the source."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from legapp.act.start_level import (
    FallFacts,
    band_of,
    fall_facts,
    from_chair_and_balance,
    from_sppb,
    suggest,
)
from legapp.assess import score_balance_4stage, score_chair_stand_30s, score_sarc_f, score_tug
from legapp.track.records import record_of

T0 = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("total", "band", "level"), [
    (0, "A", "seated"), (3, "A", "seated"), (4, "B", "gentle"), (6, "B", "gentle"),
    (7, "C", "standard"), (9, "C", "standard"), (10, "D", "stronger"), (12, "D", "stronger")])
def test_vivifrail_bands_at_their_edges(total, band, level):
    assert band_of(total) == (band, level)
    s = from_sppb(total)
    assert (s.band, s.level, s.source, s.balance_plus) == (band, level, "vivifrail", False)
    assert s.ask_therapist is (band == "A")


@pytest.mark.parametrize("bad", [-1, 13, 7.5, True, None])
def test_an_sppb_total_outside_0_to_12_is_refused(bad):
    with pytest.raises(ValueError, match="0 to 12"):
        band_of(bad)


@pytest.mark.parametrize(("facts", "reasons"), [
    (FallFacts(falls_past_year=2), ("falls",)),
    (FallFacts(falls_past_year=1), ()),
    (FallFacts(fall_needed_care=True), ("fall_care",)),
    (FallFacts(speed_m_s=0.79), ("slow_walk",)),
    (FallFacts(speed_m_s=0.8), ()),
    (FallFacts(tug_seconds=20.0), ("slow_tug",)),
    (FallFacts(tug_seconds=19.9), ()),
    (FallFacts(falls_past_year=4, speed_m_s=0.5), ("falls", "slow_walk")),
])
def test_the_plus_for_more_balance_work(facts, reasons):
    s = from_sppb(8, facts)
    assert s.plus_reasons == reasons
    assert s.balance_plus is bool(reasons)
    assert s.band == ("C+" if reasons else "C")
    assert s.ask_therapist is bool(reasons)  # a "+" reason is a high risk: ask a therapist first


def test_the_words_name_vivifrail_and_leave_the_choice_to_the_person():
    words = from_sppb(5, FallFacts(tug_seconds=24.0)).words()
    assert "Vivifrail" in words
    assert "level B+" in words
    assert "Gentle" in words
    assert "Timed Up and Go of 20 seconds or more" in words
    assert "physical therapist" in words
    assert words.endswith("you choose the level.")


@pytest.mark.parametrize(("count", "below", "stages", "level"), [
    (0, True, 4, "seated"),  # could not stand without the arms
    (12, False, 0, "seated"),  # feet together not held
    (8, True, 4, "gentle"),  # chair stand below average
    (14, False, 2, "gentle"),  # tandem not held
    (14, False, 3, "standard"),
    (14, False, None, "standard"),  # only the chair stand
    (None, None, 1, "gentle"),  # only the balance test
])
def test_the_apps_own_rule_without_an_sppb(count, below, stages, level):
    s = from_chair_and_balance(count, below, stages)
    assert (s.level, s.source, s.band) == (level, "app_rule", None)
    assert "the app's own rule" in s.words()
    assert "Vivifrail" not in s.words()


def test_no_results_no_suggestion():
    assert from_chair_and_balance(None, None, None) is None
    assert suggest([]) is None


def _rec(result, raw, when=T0):
    return record_of(result, raw, profile_id=1, content_version=1, taken_at=when)


def test_from_stored_results():
    chair = score_chair_stand_30s(9, 78, "female")  # below 10: below average
    balance = score_balance_4stage([10, 10, 10, 4])
    sarc = score_sarc_f([0, 0, 0, 0, 2])  # 4 or more falls in the past year
    records = [_rec(chair, {"count": 9}), _rec(balance, {"held_seconds": [10, 10, 10, 4]}),
               _rec(sarc, {"answers": dict(sarc.answers)})]
    s = suggest(records)
    assert (s.level, s.source, s.balance_plus, s.plus_reasons) == ("gentle", "app_rule", True, ("falls",))
    assert s.day == T0.astimezone().date()
    # with an SPPB total (from legapp.checks.sppb_day once merged) the SPPB decides
    assert suggest(records, sppb_total=10).level == "stronger"
    assert suggest(records, sppb_total=10).band == "D+"
    tug = score_tug(21.0)
    assert fall_facts([_rec(tug, {"seconds": 21.0})]).tug_seconds == 21.0
    assert fall_facts([_rec(sarc, {"answers": {**dict(sarc.answers), "falls": 1}})]).falls_past_year == 1


def _sppb(total_parts, when=T0):
    from legapp.assess import score_sppb

    held, gait, chair_s = total_parts
    result = score_sppb(list(held), gait, 4, chair_s)
    raw = {"balance_held": list(held), "gait_seconds": gait, "gait_metres": 4, "chair_seconds": chair_s,
           "balance_points": result.balance_points, "gait_points": result.gait_points,
           "chair_points": result.chair_points}
    return record_of(result, raw, profile_id=1, content_version=1, taken_at=when), result.total


def test_the_newest_whole_sppb_decides_and_walking_speed_adds_the_plus():
    from legapp.act.start_level import suggestion
    from legapp.assess import score_gait_speed

    record, total = _sppb(([10, 10, 2], 9.0, 20.0))  # a low total
    chair = score_chair_stand_30s(14, 70, "female")
    slow = score_gait_speed(5.5, 4)  # 0.73 m/s
    walk = record_of(slow, {"tries": [5.5, None], "seconds": 5.5, "metres": 4, "walking_aid": False,
                            "helper": True}, profile_id=1, content_version=1, taken_at=T0)
    s = suggestion([record, _rec(chair, {"count": 14}), walk])
    assert s.source == "vivifrail"
    assert s.band[0] == band_of(total)[0]
    assert s.plus_reasons == ("slow_walk",)
    assert s.ask_therapist
    assert suggestion([_rec(chair, {"count": 14})]).source == "app_rule"  # no SPPB: the app's rule
