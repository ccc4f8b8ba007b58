"""What a person's results say together (no Qt), from constructed records: every
combination of findings, fresh and more than six months old, screened at risk or not;
then each line at its edge, the screen's reasons, the newest result winning, and the words."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time

import pytest

from legapp.assess import (
    score_balance_4stage,
    score_chair_stand_30s,
    score_five_times_sts,
    score_gait_speed,
    score_key_questions,
    score_sarc_f,
    score_short_fes_i,
    score_sppb,
    score_stay_independent,
    score_tug,
)
from legapp.assess.norms import SHORT_FES_I_ITEMS, STAY_INDEPENDENT_ITEMS
from legapp.checks.together import KINDS, older_than_retest, what_together
from legapp.checks.together_words import screen_words, together_lines
from legapp.content.loader import load_pack
from legapp.paths import bundled_content_dir
from legapp.track.home_safety import HomeCheck
from legapp.track.records import Record, record_of

TODAY = date(2026, 12, 1)
FRESH = date(2026, 11, 20)
STALE = date(2026, 5, 2)  # more than six months before TODAY


def _at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def _rec(result, raw, day: date, hour: int = 12, age: int | None = None, sex: str | None = None) -> Record:
    return record_of(result, raw, profile_id=1, content_version=1, taken_at=_at(day, hour), age=age, sex=sex)


# -- records as the app keeps them -------------------------------------------------------------------
def chair30(day, count, arms=False, age=72, sex="female"):
    return _rec(score_chair_stand_30s(0 if arms else count, age, sex), {"count": count, "arms": arms}, day,
                age=age, sex=sex)


def five(day, seconds):
    raw = {"seconds": seconds} if seconds is not None else {"completed": False}
    return _rec(score_five_times_sts(seconds), raw, day)


def balance(day, held):
    return _rec(score_balance_4stage(list(held)), {"held_seconds": list(held)}, day)


def tug(day, seconds):
    return _rec(score_tug(seconds), {"seconds": seconds}, day)


def walk(day, seconds, metres=4):
    raw = {"tries": [seconds, None], "seconds": seconds, "metres": metres, "walking_aid": False,
           "helper": True}
    return _rec(score_gait_speed(seconds, metres), raw, day)


def sppb(day, held=(10, 10, 10), gait=5.0, chair_s=12.0):
    result = score_sppb(list(held), gait, 4, chair_s)
    raw = {"balance_held": list(held), "gait_seconds": gait, "gait_metres": 4, "chair_seconds": chair_s,
           "balance_points": result.balance_points, "gait_points": result.gait_points,
           "chair_points": result.chair_points}
    return _rec(result, raw, day)


def sarc_f(day, strength=0, walking=0, chair_rise=0, stairs=0, falls=0):
    answers = {"strength": strength, "walking": walking, "chair_rise": chair_rise, "stairs": stairs,
               "falls": falls}
    return _rec(score_sarc_f(answers), {"answers": answers}, day)


def fes(day, total):
    answers = dict.fromkeys(SHORT_FES_I_ITEMS, 1)
    extra = total - 7
    for item in answers:
        step = min(3, extra)
        answers[item] += step
        extra -= step
    return _rec(score_short_fes_i(answers), {"answers": answers}, day)


def checklist(day, yes=(), hour=12):
    assert set(yes) <= set(STAY_INDEPENDENT_ITEMS)
    answers = {item: item in yes for item in STAY_INDEPENDENT_ITEMS}
    return _rec(score_stay_independent(answers), {"answers": answers}, day, hour)


def key_questions(day, fell=False, unsteady=None, worried=None, hour=12):
    raw = {"fell_past_year": fell, "unsteady": unsteady, "worried": worried}
    return _rec(score_key_questions(raw), raw, day, hour)


def home(day, open_hazard: bool):
    check = HomeCheck().answer("throw_rugs", True, day).answer("grab_bars", open_hazard, day)
    return check.mark_fixed("throw_rugs", True, day)


# One record for each kind: one that finds something, one that does not (the SPPB by its own
# run, so the balance record alone makes no SPPB of the day).
FOUND = {"strength": lambda d: chair30(d, 8), "balance": lambda d: balance(d, (10, 10, 9.5)),
         "walking": lambda d: tug(d, 13.0), "sppb": lambda d: sppb(d, (10, 10, 2), 9.0, 17.0),
         "sarcopenia": lambda d: sarc_f(d, 2, 1, 1), "fear": lambda d: fes(d, 14)}
FINE = {"strength": lambda d: chair30(d, 14), "balance": lambda d: balance(d, (10, 10, 10, 4)),
        "walking": lambda d: tug(d, 9.0), "sppb": lambda d: sppb(d), "sarcopenia": lambda d: sarc_f(d, 1),
        "fear": lambda d: fes(d, 7)}
TEST_OF = {"strength": "chair_stand_30s", "balance": "balance_4stage", "walking": "tug", "sppb": "sppb",
           "sarcopenia": "sarc_f", "fear": "short_fes_i", "home": "home_safety"}
COMBINATIONS = [frozenset(c) for n in range(len(KINDS) + 1) for c in itertools.combinations(KINDS, n)]


@pytest.mark.parametrize("screened", [True, False], ids=["screened", "not-screened"])
@pytest.mark.parametrize("day", [FRESH, STALE], ids=["fresh", "stale"])
@pytest.mark.parametrize("found", COMBINATIONS, ids=lambda c: "+".join(sorted(c)) or "none")
def test_every_combination_of_findings(found, day, screened):
    records = [(FOUND if kind in found else FINE)[kind](day) for kind in FOUND]
    at_risk = ("cane_or_walker", "unsteady_walking", "worried_about_falling")  # 4 points
    records.append(checklist(FRESH, at_risk if screened
                             else ("rushes_to_toilet",)))
    together = what_together(records, home(day, "home" in found), TODAY, tz=UTC)

    assert together.screened_at_risk is screened
    assert together.reasons == (("checklist",) if screened else ())
    assert together.kinds == found
    assert [f.kind for f in together.findings] == [k for k in KINDS if k in found]  # in the page's order
    stale = day == STALE
    for finding in together.findings:
        assert finding.test == TEST_OF[finding.kind]
        assert finding.day == day
        assert finding.stale is stale
        assert ("do the check again" in finding.next_step) is stale
        assert finding.whom or finding.kind == "home"
        assert finding.exercise is (finding.kind in ("strength", "balance", "fear"))
    # the old results that found nothing say "do it again" too
    expected_again = {TEST_OF[k] for k in FOUND if k not in found} if stale else set()
    assert {test for test, _day in together.do_again} == expected_again
    assert all(d == day for _test, d in together.do_again)
    assert together.not_checked == ()
    # never STEADI's levels (their triggers are unverified)
    pack = _pack("en")
    words = " ".join([together.next_step, screen_words(together)] + [
        f"{line.found} {line.next_step} {line.whom}" for line in together_lines(together, pack)]).lower()
    for level in ("low risk", "moderate risk", "high risk"):
        assert level not in words


_packs: dict[str, object] = {}


def _pack(code: str):
    if code not in _packs:
        _packs[code] = load_pack(bundled_content_dir(code))
    return _packs[code]


def _kinds(records, home_check=None, today=TODAY):
    return {(f.kind, f.detail) for f in what_together(records, home_check, today, tz=UTC).findings}


# -- each line at its edge (CLINICAL.md 1-7, 11-14) --------------------------------------------------------

@pytest.mark.parametrize(("seconds", "detail"), [(14.99, None), (15.0, "five_falls"), (15.01, "five_ewgsop2"),
                                                 (None, "five_not_completed")])
def test_five_stands_at_15_seconds_or_more_and_past_the_ewgsop2_line(seconds, detail):
    found = _kinds([five(FRESH, seconds)])
    assert found == (set() if detail is None else {("strength", detail)})


def test_chair_stand_below_average_for_the_age_and_with_the_arms():
    assert _kinds([chair30(FRESH, 9)]) == {("strength", "chair_below_average")}  # women 70-74: fewer than 10
    assert _kinds([chair30(FRESH, 10)]) == set()
    assert _kinds([chair30(FRESH, 12, arms=True)]) == {("strength", "chair_arms")}
    assert _kinds([chair30(FRESH, 3, age=97)]) == set()  # no norm at 97: nothing invented


def test_balance_the_tandem_stance_held_under_10_seconds():
    assert _kinds([balance(FRESH, (10, 10, 9.99))]) == {("balance", "tandem")}
    assert _kinds([balance(FRESH, (10, 4))]) == {("balance", "tandem")}
    assert _kinds([balance(FRESH, (10, 10, 10, 0.5))]) == set()


@pytest.mark.parametrize(("seconds", "found"), [(11.99, False), (12.0, True), (12.01, True)])
def test_tug_12_seconds_or_more(seconds, found):
    assert _kinds([tug(FRESH, seconds)]) == ({("walking", "tug")} if found else set())


@pytest.mark.parametrize(("seconds", "metres", "found"), [(5.0, 4, True), (4.9, 4, False), (3.75, 3, True),
                                                          (3.7, 3, False)])
def test_walking_speed_08_m_s_or_less(seconds, metres, found):
    assert _kinds([walk(FRESH, seconds, metres)]) == ({("walking", "gait_speed")} if found else set())


@pytest.mark.parametrize(("held", "gait", "chair_s", "found"), [
    ((10, 10, 10), 5.0, 12.0, False),  # 4 + 3 + 3 = 10
    ((10, 10, 2), 9.0, 14.0, True),  # 2 + 1 + 2 = 5
    ((10, 10, 10), 9.0, 17.0, True),  # 4 + 1 + 1 = 6
])
def test_sppb_8_or_less(held, gait, chair_s, found):
    assert (("sppb", "sppb") in _kinds([sppb(FRESH, held, gait, chair_s)])) is found


def test_sppb_at_its_edge_and_from_three_parts_the_same_day():
    # 4 (tandem held) + 2 (6.21-8.70 s) + 2 (13.70-16.69 s) = 8: low
    parts = [balance(FRESH, (10, 10, 10)), walk(FRESH, 6.5), five(FRESH, 14.0)]
    assert ("sppb", "sppb") in _kinds(parts)
    # 4 + 3 + 2 = 9: not low
    parts = [balance(FRESH, (10, 10, 10)), walk(FRESH, 5.0), five(FRESH, 14.0)]
    assert ("sppb", "sppb") not in _kinds(parts)
    # a part missing: no total, so no SPPB finding
    assert ("sppb", "sppb") not in _kinds([balance(FRESH, (10, 10, 2)), five(FRESH, 17.0)])


@pytest.mark.parametrize(("answers", "found"),
                         [((1, 1, 1, 0), False), ((2, 1, 1, 0), True), ((2, 2, 2, 2), True)])
def test_sarc_f_4_or_more(answers, found):
    assert _kinds([sarc_f(FRESH, *answers)]) == ({("sarcopenia", "sarc_f")} if found else set())


@pytest.mark.parametrize(("total", "detail"), [(7, None), (8, None), (9, "fear_moderate"),
                                               (13, "fear_moderate"),
                                               (14, "fear_high"), (28, "fear_high")])
def test_fear_of_falling_moderate_or_high(total, detail):
    assert _kinds([fes(FRESH, total)]) == (set() if detail is None else {("fear", detail)})


def test_home_hazards_open_until_each_is_fixed():
    check = HomeCheck().answer("throw_rugs", True, FRESH).answer("dark_path", True, FRESH)
    [finding] = what_together([], check, TODAY, tz=UTC).findings
    assert (finding.kind, finding.value, finding.day) == ("home", 2, FRESH)
    check = check.mark_fixed("throw_rugs", True, TODAY).mark_fixed("dark_path", True, TODAY)
    assert what_together([], check, TODAY, tz=UTC).findings == ()
    assert what_together([], HomeCheck(), TODAY, tz=UTC).findings == ()
    assert what_together([], None, TODAY, tz=UTC).findings == ()


def test_the_latest_result_of_each_test_counts():
    assert _kinds([tug(date(2026, 10, 1), 14.0), tug(FRESH, 9.0)]) == set()
    assert _kinds([tug(date(2026, 10, 1), 9.0), tug(FRESH, 14.0)]) == {("walking", "tug")}
    # both strength tests speak for themselves
    assert _kinds([chair30(FRESH, 8), five(FRESH, 16.0)]) == {("strength", "chair_below_average"),
                                                             ("strength", "five_ewgsop2")}


@pytest.mark.parametrize(("day", "stale"), [
    (date(2026, 6, 1), False),  # six months to the day
    (date(2026, 5, 31), True),
    (date(2026, 11, 30), False),
])
def test_more_than_six_months_old(day, stale):
    assert older_than_retest(day, TODAY) is stale


def test_six_months_before_the_end_of_a_month():
    assert not older_than_retest(date(2026, 2, 28), date(2026, 8, 31))  # no 31 February
    assert older_than_retest(date(2026, 2, 27), date(2026, 8, 31))
    assert not older_than_retest(date(2025, 9, 15), date(2026, 3, 15))  # across the year


# -- the screen (CLINICAL.md 14) -------------------------------------------------------------------------

def test_nothing_answered_is_not_screened_either_way():
    together = what_together([tug(FRESH, 9.0)], None, TODAY, tz=UTC)
    assert together.screened_at_risk is None
    assert together.reasons == ()
    assert "questions about falls" in together.next_step


@pytest.mark.parametrize(("records", "reasons"), [
    ([checklist(FRESH, ("fallen_past_year", "cane_or_walker"))], ("checklist", "fell_past_year")),
    ([checklist(FRESH, ("fallen_past_year",))], ("fell_past_year",)),  # under 4, but a fall
    ([checklist(FRESH, ("unsteady_walking", "worried_about_falling", "rushes_to_toilet"))], ()),  # 3 points
    ([key_questions(FRESH, unsteady=True, worried=False)], ("unsteady",)),
    ([key_questions(FRESH, fell=False, unsteady=False, worried=True)], ("worried",)),
    ([key_questions(FRESH, fell=False)], ()),
    ([checklist(FRESH, ()), sarc_f(FRESH, falls=1)], ("fell_past_year",)),  # SARC-F asks about falls too
    ([checklist(FRESH, ("fallen_past_year",)), sarc_f(FRESH, falls=0)], ("fell_past_year",)),
    # the newest answer about a fall is the one that counts
    ([checklist(FRESH, ("fallen_past_year",), hour=9), key_questions(FRESH, fell=False, hour=15)], ()),
    ([key_questions(FRESH, fell=False, hour=9), checklist(FRESH, ("fallen_past_year",), hour=15)],
     ("fell_past_year",)),
])
def test_screened_at_risk_and_why(records, reasons):
    together = what_together(records, None, TODAY, tz=UTC)
    assert together.screened_at_risk is bool(reasons)
    assert together.reasons == reasons


def test_screened_at_risk_with_nothing_measured_asks_for_the_checks():
    together = what_together([key_questions(FRESH, fell=True)], None, TODAY, tz=UTC)
    assert together.findings == ()
    assert together.not_checked == ("strength", "balance", "walking")
    assert "still missing" in together.next_step
    together = what_together([key_questions(FRESH, fell=True), five(FRESH, 11.0)], None, TODAY, tz=UTC)
    assert together.not_checked == ("balance", "walking")


def test_an_old_screen_says_so():
    together = what_together([checklist(STALE, ("fallen_past_year", "cane_or_walker"))], None, TODAY,
                             tz=UTC)
    assert together.screened_at_risk
    assert together.screen_stale
    assert together.screen_day == STALE


# -- the words -----------------------------------------------------------------------------------------

def test_lines_for_the_page_and_the_report():
    records = [five(FRESH, 16.2), balance(FRESH, (10, 10, 4)), walk(FRESH, 6.0),
               key_questions(FRESH, fell=True)]
    together = what_together(records, home(FRESH, True), TODAY, tz=UTC)
    lines = together_lines(together, _pack("en"))
    assert [line.kind for line in lines] == ["strength", "balance", "walking", "sppb", "home"]
    strength, bal, walking, low_sppb, at_home = lines
    assert strength.found == ("Leg strength: five stands took 16.2 seconds (more than 15 seconds means low "
                              "leg strength, and a higher risk of falls).")
    assert strength.day == FRESH
    assert strength.exercise
    assert "Keep your legs strong" in strength.next_step
    assert strength.whom == ("your doctor, an exercise programme (\u201cKeep your legs strong\u201d in "
                             "this app)")
    assert bal.found == "Balance: the heel-to-toe stance was not held for 10 seconds."
    assert "physical therapist" in bal.whom
    assert walking.found == "Walking: a speed of 0.67 metres a second (0.8 or less is slow walking)."
    assert low_sppb.found.startswith("Legs, balance and walking together (SPPB): ")
    assert at_home.found == "Home safety: still to fix at home: 1."
    assert at_home.whom == ""
    assert screen_words(together).startswith("You may be at risk of falling")
    assert "Why: you fell in the past year." in screen_words(together)
    assert "they fell in the past year" in screen_words(together, caregiver=True)


def test_numbers_are_written_as_the_pack_writes_them():
    together = what_together([five(FRESH, 15.5)], None, TODAY, tz=UTC)
    [line] = together_lines(together, _pack("es"))
    assert "15,5" in line.found


def test_caregiver_words():
    records = [chair30(FRESH, 8), sarc_f(FRESH, 2, 2)]
    mine = what_together(records, None, TODAY, tz=UTC)
    theirs = what_together(records, None, TODAY, tz=UTC, caregiver=True)
    assert [f.kind for f in theirs.findings] == [f.kind for f in mine.findings]
    for a, b in zip(mine.findings, theirs.findings, strict=True):
        assert a.next_step != b.next_step
        assert "their" in b.next_step or "them" in b.next_step
    lines = together_lines(theirs, _pack("en"), caregiver=True)
    assert "their age" in lines[0].found


def test_no_finding():
    records = [chair30(FRESH, 14), balance(FRESH, (10, 10, 10, 3)), tug(FRESH, 8.0), checklist(FRESH, ())]
    together = what_together(records, home(FRESH, False), TODAY, tz=UTC)
    assert together.findings == ()
    assert together.screened_at_risk is False
    assert together.next_step.startswith("Nothing here needs care now")
    assert together_lines(together, _pack("en")) == []
