"""Page one of the report, the doctor's summary (core, no Qt): a row per test with its
standard name, the age on the day (a birthday not yet reached counted right; with the
birth year only, both ages it may be), the value and unit, the cut-off and its source,
the flag and how it was done; and the person's own answers about falls, apart."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from legapp import assess
from legapp.track import report as rp
from legapp.track import summary
from legapp.track.profiles import Profile
from legapp.track.records import record_of

from .test_fhir import ROSA, every_kind

SIX = ("chair_stand_30s", "balance_4stage", "tug", "five_times_sts", "stay_independent", "sarc_f")


def _chair(day: datetime, count=9, **raw):
    return record_of(assess.score_chair_stand_30s(count, 74, "female"), {"count": count, **raw}, profile_id=1,
                     content_version=1, taken_at=day, age=None, sex="female")


@pytest.fixture
def rows(pack):
    kept = [r for r in every_kind() if r.test in SIX]
    return {row.test: row for row in rp.build_report(ROSA, kept, pack, date(2026, 4, 1)).summary}


def test_one_row_per_test_with_its_standard_name(rows):
    assert list(rows) == ["chair_stand_30s", "balance_4stage", "tug", "five_times_sts", "stay_independent",
                          "sarc_f"]
    names = [row.name for row in rows.values()]
    assert names == ["CDC STEADI 30-Second Chair Stand", "4-Stage Balance Test (CDC STEADI)",
                     "Timed Up and Go (TUG)", "Five Times Sit-to-Stand (5xSTS)",
                     "CDC STEADI Stay Independent checklist", "SARC-F"]


def test_each_row_is_the_latest_result_in_clinical_words(rows):
    chair = rows["chair_stand_30s"]  # the latest: arms used, so 0 (CDC)
    assert (chair.value, chair.flag, chair.at_risk) == ("0 stands", "Below average for age", True)
    assert chair.cutoff == "< 10 stands (women 70 to 74); CDC STEADI"
    assert chair.how == "helper tapped each stand; arms used: scored 0"
    assert rows["balance_4stage"].value == "2 of 4 positions (tandem 4.5 s)"
    assert rows["balance_4stage"].how == "alone, holds self-reported"
    assert rows["balance_4stage"].cutoff == "tandem < 10 s; CDC STEADI"
    tug = rows["tug"]
    assert (tug.value, tug.cutoff, tug.how) == ("30 s or more (timer ran out)", "\u2265 12 s; CDC STEADI",
                                                "timed by a helper")
    five = rows["five_times_sts"]
    assert (five.value, five.flag, five.cutoff) == ("Not completed", "Counted as at risk",
                                                    "\u2265 15 s; Buatois 2008")
    assert five.how == "timed by a helper; arms used"
    assert (rows["stay_independent"].value, rows["stay_independent"].how) == ("4 of 14", "self-report")
    assert rows["stay_independent"].flag == "Positive: fall risk"
    assert rows["sarc_f"].cutoff == "\u2265 4 points; Malmstrom 2013"
    for row in rows.values():
        assert "you" not in f"{row.value} {row.flag} {row.cutoff} {row.how}".lower().split()


def test_age_on_the_day_counts_a_birthday_not_yet_reached(pack):
    # Rosa was born on 20 June 1951: 74 on 19 June 2026, 75 on 20 June.
    before, on = datetime(2026, 6, 19, 12, tzinfo=UTC), datetime(2026, 6, 20, 12, tzinfo=UTC)
    assert summary.age_on_the_day(_chair(before), ROSA) == "74"
    assert summary.age_on_the_day(_chair(on), ROSA) == "75"
    # With the year alone it may be either: both are said, none is guessed
    year_only = Profile(1, "Rosa", 1951, "female")
    assert summary.age_on_the_day(_chair(before), year_only) == "74 or 75"
    # the month alone tells in any other month
    june = Profile(1, "Rosa", 1951, "female", 6)
    assert summary.age_on_the_day(_chair(datetime(2026, 5, 1, tzinfo=UTC)), june) == "74"
    assert summary.age_on_the_day(_chair(on), june) == "74 or 75"
    # the person's own answer kept with the result, where the date cannot tell
    assert summary.age_on_the_day(dataclasses.replace(_chair(on), age=75), year_only) == "75"


def test_the_persons_own_answers_about_falls_are_kept_apart(pack):
    kept = [r for r in every_kind() if r.test in SIX]
    report = rp.build_report(ROSA, kept, pack, date(2026, 4, 1))
    checklist = {q.id: q.text for q in pack.questionnaire("stay_independent").questions}
    sarc = next(q for q in pack.questionnaire("sarc_f").questions if q.id == "falls")
    assert report.falls == ((checklist["fallen_past_year"], "Yes"),
                            (checklist["worried_about_falling"], "Yes"),
                            (checklist["unsteady_walking"], "Yes"),
                            (sarc.text, next(o.label for o in sarc.options if o.value == 1)))
    assert rp.build_report(ROSA, kept[:3], pack, date(2026, 4, 1)).falls == ()  # no questionnaire: none


def test_how_it_was_done_when_nothing_was_kept(pack):
    tug = record_of(assess.score_tug(9.0, 74), {"seconds": 9.0}, profile_id=1, content_version=1,
                    taken_at=datetime(2026, 3, 1, tzinfo=UTC))
    row = summary.summary_rows({"tug": tug}, ROSA, pack)[0]
    assert (row.how, row.flag) == ("not recorded", "Not flagged")


def test_the_new_tests_have_rows_too(pack):
    latest = {r.test: r for r in every_kind() if r.test not in SIX}
    rows = {row.test: row for row in summary.summary_rows(latest, ROSA, pack)}
    assert list(rows) == ["walk_4m", "sppb", "short_fes_i", "key_questions"]
    assert (rows["walk_4m"].value, rows["walk_4m"].how) == ("0.82 m/s", "timed by a helper; walking aid")
    assert rows["walk_4m"].cutoff == "\u2264 0.8 m/s; EWGSOP2"
    assert (rows["sppb"].value, rows["sppb"].flag) == ("8 of 12", "Low physical performance")
    assert rows["short_fes_i"].flag == "High concern about falling"
    assert rows["key_questions"].flag == "Screened at risk"


def test_short_sources():
    assert summary.short_source("CDC STEADI. Assessment: Timed Up & Go (TUG). cdc.gov/steadi") == "CDC STEADI"
    assert summary.short_source("Cruz-Jentoft AJ, et al. Sarcopenia (EWGSOP2). Age and Ageing (2019)") == \
        "EWGSOP2"
    assert summary.short_source("Buatois S, et al. Five times sit to stand (2008)") == "Buatois 2008"


def test_the_together_section_speaks_of_the_person_with_clinical_suggestions(pack):
    report = rp.build_report(ROSA, every_kind(), pack, date(2026, 4, 1))
    together = report.together
    assert together.screen.startswith("They may be at risk of falling")
    kinds = [row.found.split(":")[0] for row in together.rows]
    assert kinds[:3] == ["Leg strength", "Leg strength", "Balance"]
    assert all(row.note.startswith("Suggested: ") for row in together.rows)
    assert "medical review" in together.rows[0].note
    for row in together.rows:
        assert "you" not in row.found.lower().split()
    assert rp.build_report(ROSA, [], pack, date(2026, 4, 1)).together is None  # nothing to say


def test_an_old_result_says_to_do_it_again(pack):
    late = rp.build_report(ROSA, every_kind(), pack, date(2027, 1, 1))  # ten months on
    balance = [row for row in late.together.rows if row.found.startswith("Balance")]
    assert len(balance) == 1
    assert "to be done again" in balance[0].note
    fresh = rp.build_report(ROSA, every_kind(), pack, date(2026, 4, 1))
    assert not any("to be done again" in row.note for row in fresh.together.rows)


def test_a_walking_speed_is_never_rounded_across_its_line(pack):
    walk = record_of(assess.score_gait_speed(4.99, 4), {"seconds": 4.99, "metres": 4}, profile_id=1,
                     content_version=1, taken_at=datetime(2026, 3, 1, tzinfo=UTC))
    assert walk.score > 0.8  # 0.8016 m/s: not low
    row = summary.summary_rows({"walk_4m": walk}, ROSA, pack)[0]
    assert (row.value, row.flag) == ("0.802 m/s", "Not flagged")
