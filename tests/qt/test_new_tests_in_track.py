"""The new tests' results where a person looks for them, on the real window: My results,
the chart over time, the spreadsheet and the report (and in Spanish); the SPPB of three
parts done the same day on their own, and only the parts when one is missing."""

from __future__ import annotations

import csv

from .people import THIS_YEAR, click
from .test_see_flow import data, open_see
from .test_sppb_flow import hold
from .test_walk_flow import choose, second_try, to_course, walk_once


def walk(person, first, second):
    page = to_course(person)
    choose(person, page)
    walk_once(person, page, first)
    second_try(person, page)
    walk_once(person, page, second)
    return page


def fes(person, answers):
    page = person.open("short_fes_i")
    for answer in answers:
        click(person.qtbot, page.answers[answer - 1])
    return page


def balance(person, tandem):
    page = person.start("balance_4stage")
    hold(person)
    hold(person)
    hold(person, tandem)
    return page


def five_stands(person, gap):
    page = person.start("five_times_sts")
    person.tap()
    person.wait(3)
    for _ in range(5):
        person.wait(gap)
        person.tap()
    person.answer("arms", False)
    person.see_result()
    return page


def rows(person):
    results = person.open_results()
    return results, [row.text.text() for row in results.list.rows]


def section_words(results) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [w.text() for w in results.list._made if isinstance(w, QLabel)]


def test_a_walk_and_a_fes_i_in_my_results_the_chart_and_the_files(person, qtbot, desk):
    person.add_person("Ana", str(THIS_YEAR - 72))
    walk(person, 5.6, 5.0)
    fes(person, [2, 2, 2, 2, 2, 2, 2])
    results, texts = rows(person)
    assert any("0.80 metres per second. A slow walking speed." in t for t in texts)
    assert any("14 of 28 points. A lot of worry about falling." in t for t in texts)
    words = section_words(results)
    assert "Walking speed" in words
    assert "A higher risk: 0.8 metres per second or less." in words
    assert "Worry about falling" in words
    click(qtbot, results.list.export_button)
    [saved] = list(desk.folder.glob("*.csv"))
    with open(saved, encoding="utf-8-sig") as f:
        tests = {row[1] for row in csv.reader(f)}
    assert {"walk_4m", "short_fes_i"} <= tests
    report = results._report()
    assert {"walk_4m", "short_fes_i"} <= {s.test for s in report.sections}

    see = open_see(person)
    click(qtbot, see.tab_buttons["results"])
    step = see.results
    assert step.test_buttons["walk_4m"].isVisible()
    click(qtbot, step.test_buttons["walk_4m"])
    assert data(step.chart.items["series"])[1] == [0.8]
    assert step.chart.items["threshold"].value() == 0.8
    assert step.chart.items["threshold_text"].textItem.toPlainText() == "Higher risk below this line"
    click(qtbot, step.test_buttons["short_fes_i"])
    assert data(step.chart.items["series"])[1] == [14.0]


def test_three_parts_the_same_day_give_an_sppb_in_my_results(person):
    person.add_person("Ana", str(THIS_YEAR - 72))
    balance(person, 5)  # 3 points
    page = walk(person, 5.6, 5.0)  # 3 points
    assert "SPPB score is" not in page.result.text.text()  # two parts only so far
    page = five_stands(person, 2.0)  # 10 s: 4 points
    assert "the SPPB score is 10 of 12 points (balance 3, walking 3, chair stands 4)" in \
        page.result.text.text()
    results, _texts = rows(person)
    words = " ".join(section_words(results))
    assert "Three tests together (SPPB)" in words
    assert "10 of 12 points (balance 3, walking 3, chair stands 4)" in words


def test_a_part_missing_shows_the_parts_and_no_total(person):
    person.add_person("Ana", str(THIS_YEAR - 72))
    balance(person, 5)
    walk(person, 5.6, 5.0)
    results, _texts = rows(person)
    words = " ".join(section_words(results))
    assert "balance: 3 of 4 points; walking: 3 of 4 points" in words
    assert "The total needs all three tests on the same day" in words
    assert "of 12 points" not in words


def test_the_walk_in_spanish(qtbot, make_window):
    from legapp.engine import FakeClock

    from .people import Person

    clock = FakeClock(500.0)
    person = Person(qtbot, make_window(clock=clock, language="es"), clock)
    page = person.page
    person.w.go_home()
    from legapp.navigation import Route

    person.w.go(Route("test", "walk_4m"))
    page = person.page
    person.who_is_here("helped")
    person.safe()
    choose(person, page)
    person.tap()
    person.wait(3)
    person.wait(1)
    person.tap()
    person.wait(4.0)
    person.tap()
    person.wait(0.6)
    click(qtbot, page.walk_steps[1].enough_button)
    text = page.result.score.text() + " " + page.result.text.text()
    assert "1,00" in text
    assert "metros" in text
