"""The core's own words go through legapp.i18n.translate, no Qt: with a (fake) translator
installed, the sentences the core builds come out translated, placeholders filled after
translating, and with none installed they are English again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from legapp import i18n
from legapp.act.plan import WeekSummary, kind_words
from legapp.act.routines import routine
from legapp.assess import score_chair_stand_30s
from legapp.charts.results import UNITS
from legapp.charts.words import results_summary
from legapp.checks.person import check_age
from legapp.track import export
from legapp.track.profiles import Profile, check_profile
from legapp.track.records import record_of
from legapp.track.report import report_line

# A few whole sentences as a Spanish translation would give them, words in their own order;
# everything else is marked with its context, so a test sees which module's words it got.
SPANISH = {
    ("Report", "{score} stands"): "{score} levantadas",
    ("Report", "fewer than {value} stands"): "menos de {value} levantadas",
    ("Report", "{rule}, for women aged {ages}"): "para mujeres de {ages} años: {rule}",
    ("Plan", "You practised your balance once."): "Practicó su equilibrio una vez.",
    ("Person", "Please check the age. It should be from {youngest} to {oldest} years."):
        "Revise la edad. Debe estar entre {youngest} y {oldest} años.",
}


def fake(context: str, text: str, _disambiguation: str | None = None, _n: int = -1) -> str:
    return SPANISH.get((context, text), f"[{context}] {text}")


@pytest.fixture
def translated():
    before = i18n._translator  # a Qt test may have installed Qt's; it is put back after
    i18n.install(fake)
    try:
        yield
    finally:
        i18n.install(before)


def test_a_routines_words_are_translated(pack, translated):
    exercises = {e.id: e for e in pack.exercises}
    gentle = next(s for s in pack.sessions if s.id == "gentle")
    phases = routine(gentle, exercises).phases
    assert phases[0].title == "[Routines] Warm up"
    assert phases[0].prompts[0].say == "[Routines] Warm up"
    titles = " ".join(p.title for p in phases)
    both_legs = exercises[gentle.items[1].exercise].title  # sit to stand
    assert f"[Routines] {both_legs}: set 1 of " in titles  # filled after translating
    one_leg = exercises[gentle.items[0].exercise].title  # one leg at a time
    assert f"[Routines] {one_leg}, right leg: set 1 of " in titles
    assert "[Routines] Now the left leg" in titles
    assert phases[-1].title == "[Routines] Cool down"


def test_the_weekly_plan_summary_is_translated(translated):
    week = WeekSummary(start=datetime(2026, 3, 2, tzinfo=UTC), strength=1, aerobic_minutes=40, balance=1,
                       strength_goal=(2, 3), aerobic_goal=150, planned_days=())
    words = kind_words(week)
    assert words.startswith("[Plan] You did 1 strength session this week.")
    assert "[Plan] You were active for 40 minutes. 110 more would reach 150." in words
    assert words.endswith("Practicó su equilibrio una vez.")


def test_a_report_line_is_translated(pack, translated):
    record = record_of(score_chair_stand_30s(9, 72, "female"), {"count": 9}, profile_id=1, content_version=1,
                       taken_at=datetime(2026, 3, 1, 10, tzinfo=UTC), age=72, sex="female")
    line = report_line(record, pack, Profile(1, "Ana", 1954, "female"))
    assert line.score_text == "9 levantadas"
    assert line.threshold.startswith("para mujeres de ")  # the group first, as the translation puts it
    assert line.threshold.endswith(" años: menos de 10 levantadas")


def test_input_checks_are_translated(translated):
    with pytest.raises(ValueError, match=r"^Revise la edad\. Debe estar entre 18 y 110 años\.$"):
        check_age("7")
    with pytest.raises(ValueError, match=r"^\[Person\] Please type the age in years"):
        check_age(" ")
    with pytest.raises(ValueError, match=r"^\[Profiles\] Please choose woman or man\.$"):
        check_profile("Ana", "1954", None, 2026)


def test_a_chart_summary_and_its_unit_are_translated(translated):
    words = results_summary("Chair stand", UNITS["chair_stand_30s"], ["1 Jan", "31 Jan"], [7, 9], 10, "below")
    assert words.startswith("[ChartWords] Chair stand: 2 results.")
    assert "is 9 [ChartResults] stands." in words
    assert words.endswith("[ChartWords] A higher risk is below 10 [ChartResults] stands.")


def test_the_csv_headings_are_translated_and_english_comes_back(pack, translated):
    assert export.csv_rows([], pack)[0][:3] == ["[Export] date", "[Export] test", "[Export] test name"]
    i18n.install(None)  # the core alone speaks English
    assert export.csv_rows([], pack)[0] == list(export.COLUMNS)
    assert check_profile("Ana", "1954", "female", 2026).sex == "female"
    with pytest.raises(ValueError, match=r"^Please choose woman or man\.$"):
        check_profile("Ana", "1954", None, 2026)
