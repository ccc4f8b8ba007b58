"""The report's chart on paper: results on one day side by side in the order taken, each
number beside its own point and never over another or off the chart, one date per day
and never two dates on top of each other."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF

from legapp.charts.results import Series
from legapp.qt.charts import report_chart as rc
from legapp.theme import STANDARD

DAY = 86400.0
T = datetime(2026, 3, 1, 9, 0).timestamp()  # local time: 9 and 11 o'clock are the same day


def test_two_results_on_one_day_are_side_by_side_in_the_order_taken():
    xs = (T, T + 2 * 3600, T + 10 * DAY)
    spread = rc.spread(xs, apart=DAY)
    assert spread[0] < spread[1]  # the earlier one on the left
    assert spread[1] - spread[0] == DAY
    assert (spread[0] + spread[1]) / 2 == (xs[0] + xs[1]) / 2  # centred on their times
    assert spread[2] == xs[2]  # a day of its own stays where it is
    assert rc.spread((T, T + DAY), apart=DAY / 2) == [T, T + DAY]


def test_numbers_never_cover_each_other_or_leave_the_chart():
    area = QRectF(0, 0, 500, 200)
    points = [(100, 100), (110, 100), (120, 100), (490, 5), (250, 195)]  # close together, at the edges
    sizes = [(20, 14)] * len(points)
    sides = rc.place_labels(points, sizes, area, keep=4)
    assert sides[4] == "above"  # the latest is always shown
    assert sides[3] == "below"  # at the top edge: under its point
    boxes = []
    for (x, y), (w, h), side in zip(points, sizes, sides, strict=True):
        if side is None:
            continue
        box = QRectF(x - w / 2, y - rc.GAP - h if side == "above" else y + rc.GAP, w, h)
        assert area.contains(box)
        assert not any(box.intersects(other) for other in boxes)
        boxes.append(box)
    assert len(boxes) >= 4  # of three points 10 px apart, two still have their numbers (above, below)


def test_the_risk_lines_words_are_kept_clear():
    area = QRectF(0, 0, 500, 200)
    words = QRectF(300, 90, 190, 20)
    sides = rc.place_labels([(400, 120)], [(20, 14)], area, keep=0, taken=(words,))
    assert sides == ["below"]  # above would run into the risk line's words


def test_one_date_per_day_never_two_on_top_of_each_other():
    xs = [T, T + 3600, T + DAY, T + 30 * DAY]
    ticks = rc.date_ticks(xs, xs, min_apart=100, to_px=lambda x: (x - T) / DAY * 20)  # 20 px a day
    assert [x for x, _ in ticks] == [T, T + 30 * DAY]  # the second day is too close to the first
    assert all(text.endswith("2026") for _, text in ticks)


def test_a_chart_with_two_results_on_one_day_is_drawn(qapp):
    data = Series("chair_stand_30s", (T, T + 3600, T + 20 * DAY), (9.0, 11.0, 0.0), 10.0, "below", 0)
    image = rc.results_image(data, STANDARD, "Higher risk below this line", "chair_stand_30s")
    assert image.width() == rc.WIDTH * rc.SCALE
    assert 2 < image.width() / image.height() < 3
