"""The new tests' results in the report lines, the spreadsheet and the charts over time
(no Qt): walking speed, the SPPB, the Short FES-I and the key questions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from legapp import assess
from legapp.charts.results import UNITS, series
from legapp.track import export
from legapp.track import report as rp
from legapp.track.profiles import Profile
from legapp.track.records import record_of

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
ANA = Profile(1, "Ana", 1954, "female")
NEW = ("walk_4m", "sppb", "short_fes_i", "key_questions")


def rec(result, raw, day):
    return record_of(result, raw, profile_id=1, content_version=1, taken_at=T0 + timedelta(days=day))


def walk(seconds, day, metres=4):
    raw = {"tries": [seconds + 0.4, seconds], "seconds": seconds, "metres": metres, "walking_aid": False,
           "helper": True}
    return rec(assess.score_gait_speed(seconds, metres), raw, day)


def sppb(day, held=(10, 10, 10), gait=5.0, chair=12.0):
    result = assess.score_sppb(list(held), gait, 4, chair)
    raw = {"balance_held": list(held), "gait_seconds": gait, "gait_metres": 4, "chair_seconds": chair,
           "balance_points": result.balance_points, "gait_points": result.gait_points,
           "chair_points": result.chair_points}
    return rec(result, raw, day)


def fes(answers, day):
    by_id = dict(zip(assess.SHORT_FES_I_ITEMS, answers, strict=True))
    return rec(assess.score_short_fes_i(by_id), {"answers": by_id}, day)


def key(day, fell, unsteady=None, worried=None):
    raw = {"fell_past_year": fell, "unsteady": unsteady, "worried": worried}
    return rec(assess.score_key_questions(raw), raw, day)


def records():
    return [walk(5.0, 1), walk(4.0, 8), sppb(2), sppb(9, held=(10, 10, 2)), fes([2, 3, 2, 4, 2, 1, 1], 3),
            fes([1] * 7, 10), key(4, False, True, False), key(11, True)]


@pytest.fixture
def report(pack):
    return rp.build_report(ANA, records(), pack, date(2026, 4, 1))


def section(report, test):
    return next(s for s in report.sections if s.test == test)


def test_the_new_tests_have_sections_in_the_menu_order(report, pack):
    order = [s.test for s in report.sections]
    assert order == [t for t in rp.menu_order(pack) if t in NEW]
    assert rp.menu_order(pack).index("walk_4m") < rp.menu_order(pack).index("sppb") \
        < rp.menu_order(pack).index("stay_independent")
    assert section(report, "sppb").title == "Short Physical Performance Battery (SPPB)"  # its standard name


def test_walk_lines(report):
    walk_section = section(report, "walk_4m")
    assert walk_section.latest.score_text == "1.00 metres per second"  # 4 m in 4.0 s
    assert walk_section.previous.score_text == "0.80 metres per second"
    assert walk_section.previous.meaning_title == "A slow walking speed"
    assert walk_section.latest.threshold == "0.8 metres per second or less"
    assert "You walked 4 metres in 5 seconds" in walk_section.previous.meaning_text
    assert "scores 3 of 4 points" in walk_section.previous.meaning_text  # the SPPB gait points
    assert "EWGSOP2" in walk_section.latest.source


def test_walk_speed_is_never_shown_across_the_line(pack):
    line = rp.report_line(walk(4.99, 1), pack)  # 0.8016 m/s: not low, so not "0.8"
    assert line.score_text == "0.802 metres per second"
    assert line.meaning_title == "Your walking speed is not slow"


def test_sppb_lines(report):
    s = section(report, "sppb")
    assert s.latest.score_text == "8 of 12 points"  # tandem 2 s: 2, 5 s walk: 3, 12 s chair: 3
    assert s.latest.threshold == "8 points or less (out of 12)"
    assert "Balance gave" in s.latest.meaning_text
    assert "0 to 4 points each" in s.measures_note


def test_fes_and_key_question_lines(report):
    f = section(report, "short_fes_i")
    assert f.latest.score_text == "7 of 28 points"
    assert f.latest.meaning_title == "Little worry about falling"
    assert f.previous.meaning_title == "A lot of worry about falling"
    assert "Scores go from 7 to 28" in f.latest.meaning_text
    k = section(report, "key_questions")
    assert k.latest.score_text == "Yes: 1 of 1 asked"  # only the fall question, after a checklist
    assert k.previous.score_text == "Yes: 1 of 3 asked"
    assert k.latest.threshold == "1 or more yes answers"


def test_no_steadi_levels_anywhere(report):
    import dataclasses

    def strings(value):
        if isinstance(value, str):
            return [value]
        if dataclasses.is_dataclass(value):
            return [s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name))]
        if isinstance(value, tuple | list):
            return [s for item in value for s in strings(item)]
        return []

    text = " ".join(strings(report)).lower()
    for level in ("low risk", "moderate risk", "high risk"):
        assert level not in text


def test_csv_rows_for_the_new_tests(pack):
    rows = export.csv_rows(records(), pack)
    tests = [row[1] for row in rows[1:]]
    assert set(tests) == set(NEW)
    walk_row = next(row for row in rows if row[1] == "walk_4m")
    assert walk_row[2] == "Walking speed"
    assert walk_row[6] == "speed_m_s <= 0.8"
    sppb_row = next(row for row in rows if row[1] == "sppb")
    assert sppb_row[2] == "Short Physical Performance Battery (SPPB)"


def test_chart_series_for_the_new_tests():
    data = records()
    w = series(data, "walk_4m")
    assert w.ys == (0.8, 1.0)
    assert (w.threshold, w.risk_side) == (0.8, "below")
    s = series(data, "sppb")
    assert (s.threshold, s.risk_side) == (8.0, "below")
    f = series(data, "short_fes_i")
    assert f.ys == (15.0, 7.0)
    assert (f.threshold, f.risk_side) == (8.0, "above")
    for test in NEW:
        assert UNITS[test]


def test_spanish_words_for_the_new_tests():
    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir

    es = load_pack(bundled_content_dir("es"))
    line = rp.report_line(walk(5.0, 1), es)
    assert "0,8" in line.meaning_text
    assert "Usted caminó 4 metros en 5 segundos" in line.meaning_text
    assert es.questionnaire("short_fes_i").questions[0].options[0].label == "Nada"
