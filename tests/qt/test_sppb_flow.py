"""The SPPB on the real window, end to end on a fake clock: one safety check, the balance
test, the walk (two tries) and five chair stands in order, four records kept, and the
total with its three parts and the EWGSOP2 line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .people import THIS_YEAR, click
from .test_walk_flow import walk_once


def kept(person, test=None):
    visit = person.w.visit
    return visit.history.results(visit.who.profile_id, test)


def hold(person, seconds=None):
    person.tap()
    person.wait(3)
    if seconds is None:
        person.wait(10)
    else:
        person.wait(seconds)
        person.tap()


def to_balance(person):
    person.add_person("Ana", str(THIS_YEAR - 75))
    page = person.open("sppb")
    person.safe()
    assert page.protocol.id == "balance_4stage"
    click(person.qtbot, page.setups["balance_4stage"].start_button)
    return page


def walk_part(person, page, first, second, metres=4):
    course = page.walk_steps[0]
    assert page.steps.currentWidget() is course  # straight on to the walk: no second safety check
    click(person.qtbot, course.courses[metres])
    person.wait(0.6)
    click(person.qtbot, course.continue_button)
    click(person.qtbot, page.setups["walk_4m"].start_button)
    walk_once(person, page, first)
    person.wait(0.6)
    click(person.qtbot, page.walk_steps[1].second_button)
    walk_once(person, page, second)


def chair_part(person, page, gaps, arms=False):
    setup = page.setups["five_times_sts"]
    assert page.steps.currentWidget() is setup
    assert "Part 2 of 3 is done" in setup.advice.text()
    click(person.qtbot, setup.start_button)
    person.tap()
    person.wait(3)
    for gap in gaps:
        person.wait(gap)
        person.tap()
    person.answer("arms", arms)
    click(person.qtbot, page.finish.continue_button)


def test_an_sppb_end_to_end_keeps_four_records_and_the_total(person):
    page = to_balance(person)
    hold(person)
    hold(person)
    hold(person, 5)  # tandem 5 s: 3 balance points
    walk_part(person, page, 6.0, 5.5)  # 4 m in 5.5 s: 3 gait points
    chair_part(person, page, (2.5, 2.5, 2.5, 2.5, 2.5))  # 12.5 s: 3 chair points
    assert page.steps.currentWidget() is page.result
    assert page.sppb.total == 9
    assert (page.sppb.balance_points, page.sppb.gait_points, page.sppb.chair_points) == (3, 3, 3)
    assert page.sppb.low_performance is False  # 9 is over 8
    assert page.result.score.text() == "9 of 12 points"
    text = page.result.text.text()
    assert "Balance gave 3, the walk 3 and the chair stands 3" in text
    assert "8 or less" not in text  # not low: the words say more than 8
    assert sorted(r.test for r in kept(person)) == ["balance_4stage", "five_times_sts", "sppb", "walk_4m"]
    [sppb] = kept(person, "sppb")
    assert sppb.score == 9
    assert sppb.raw["balance_held"] == [10, 10, 5]
    assert sppb.raw["gait_seconds"] == 5.5
    assert sppb.raw["gait_metres"] == 4
    assert sppb.raw["chair_seconds"] == 12.5
    assert (sppb.raw["balance_points"], sppb.raw["gait_points"], sppb.raw["chair_points"]) == (3, 3, 3)
    [walk] = kept(person, "walk_4m")
    assert walk.raw["tries"] == [6.0, 5.5]


def test_an_sppb_of_8_is_low_performance(person):
    page = to_balance(person)
    hold(person)
    hold(person)
    hold(person, 2)  # tandem under 3 s: 2 points
    walk_part(person, page, 6.0, 5.5)  # 3 points
    chair_part(person, page, (2.5,) * 5)  # 3 points
    assert page.sppb.total == 8
    assert page.sppb.low_performance is True
    assert "8 or less is low" in page.result.text.text()
    [sppb] = kept(person, "sppb")
    assert sppb.at_risk is True
    assert sppb.meaning == "low_performance"


def test_arms_used_in_the_chair_stands_score_0_for_that_part(person):
    page = to_balance(person)
    for _ in range(3):
        hold(person)
    hold(person, 3)
    walk_part(person, page, 4.0, 4.5)  # 4 points
    chair_part(person, page, (2.0,) * 5, arms=True)  # not completed: 0 points
    assert (page.sppb.balance_points, page.sppb.gait_points, page.sppb.chair_points) == (4, 4, 0)
    assert page.sppb.total == 8


def test_stopped_part_way_the_parts_done_are_kept_and_no_total(person, qtbot):
    page = to_balance(person)
    hold(person)
    hold(person, 4)  # semi-tandem not held: balance ends, 1 point
    assert page.steps.currentWidget() is page.walk_steps[0]
    person.wait(0.6)
    click(qtbot, page.walk_steps[0].continue_button)
    click(qtbot, page.setups["walk_4m"].start_button)
    person.tap()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.sppb is None
    assert [r.test for r in kept(person)] == ["balance_4stage"]
    assert kept(person, "sppb") == []


def test_alone_the_sppb_needs_a_helper(person):
    page = person.open("sppb", company="alone")
    assert page.steps.currentWidget() is page.needs_helper
