"""A person's results over time as a picture for the printed report: the same look as
See's chart, drawn off screen at print resolution (pyqtgraph loads only when a report has one).

On paper nothing may cover anything else:
- results on the same day are drawn side by side (in the order they were taken), so two
  tries in a day are two points, each with its own number right above it;
- each number goes above its point, or below where that would run into another number or
  off the chart; a number that would still cover another is left out (the latest never:
  it is also in the words under the chart);
- the date axis names the days results were taken, never two dates on top of each other;
- the value axis starts at 0 and reaches past the highest number and its label.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QImage

from legapp.charts.words import result_number

if TYPE_CHECKING:
    from legapp.charts.results import Series
    from legapp.theme import Theme

WIDTH, HEIGHT = 600, 240  # on paper about 16 by 6 cm; drawn at three times that for print
SCALE = 3
GAP = 4.0  # pixels between a point and its number, and between numbers


def _day(x: float):
    return datetime.fromtimestamp(x).date()


def spread(xs: tuple[float, ...], apart: float) -> list[float]:
    """``xs`` with the results of one day side by side, ``apart`` seconds from each other
    and centred on their times, in the order they were taken."""
    out = list(xs)
    days: dict[object, list[int]] = {}
    for i, x in enumerate(xs):
        days.setdefault(_day(x), []).append(i)
    for group in days.values():
        if len(group) > 1:
            centre = sum(xs[i] for i in group) / len(group)
            for k, i in enumerate(sorted(group, key=lambda j: xs[j])):
                out[i] = centre + (k - (len(group) - 1) / 2) * apart
    return out


def place_labels(points: list[tuple[float, float]], sizes: list[tuple[float, float]],
                 area: QRectF, keep: int, taken: tuple[QRectF, ...] = ()) -> list[str | None]:
    """For each point (in pixels) and its label's (width, height): "above", "below" or None
    (left out: it would cover another label, the ``taken`` boxes, or leave ``area``).
    Point ``keep`` is placed first."""
    placed: list[QRectF] = list(taken)
    where: list[str | None] = [None] * len(points)
    order = [keep, *(i for i in range(len(points)) if i != keep)]
    for i in order:
        (x, y), (w, h) = points[i], sizes[i]
        for side in ("above", "below"):
            top = y - GAP - h if side == "above" else y + GAP
            box = QRectF(x - w / 2, top, w, h)
            clear = not any(box.adjusted(-GAP, -GAP, GAP, GAP).intersects(p) for p in placed)
            if area.contains(box) and clear:
                placed.append(box)
                where[i] = side
                break
    return where


def date_ticks(xs: list[float], days: list[float], min_apart: float, to_px) -> list[tuple[float, str]]:
    """A tick under each day a result was taken (``xs`` where it is drawn, ``days`` its time),
    with the date as the person writes it; one too close to the last one kept is left out."""
    locale = QLocale()
    ticks: list[tuple[float, str]] = []
    last_px = None
    seen = set()
    for x, t in sorted(zip(xs, days, strict=True)):
        day = _day(t)
        if day in seen:
            continue
        seen.add(day)
        px = to_px(x)
        if last_px is not None and px - last_px < min_apart:
            continue
        ticks.append((x, locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")))
        last_px = px
    return ticks


def results_image(data: Series, theme: Theme, risk_words: str, test: str | None = None,
                  until: float | None = None) -> QImage:
    """``until``: the end of the day the report is made (no days after it are drawn)."""
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter

    from legapp.qt.charts.chart_view import ChartView

    words = QCoreApplication.translate  # the axis words of See's chart, in the person's language
    chart = ChartView(theme, words("ResultsStep", "Date"), words("ResultsStep", "Result"), lambda _x: "",
                      date_axis=True)
    chart.plot.removeItem(chart.cursor)  # no cursor on paper
    item = chart.plot.getPlotItem()
    # Never shown, so never laid out by a window: give the plot its size on paper directly.
    item.setGeometry(QRectF(0, 0, WIDTH, HEIGHT))
    item.layout.setContentsMargins(2, 12, 12, 2)  # the top tick's number and the last date never cut
    font = chart._font(0.8)
    metrics = QFontMetricsF(font)
    labels = [result_number(test, y) for y in data.ys]
    sizes = [(metrics.horizontalAdvance(text) + 2, metrics.height()) for text in labels]
    tick_width = metrics.horizontalAdvance("00 MMM 0000") + 16  # a date under the axis
    values = [*data.ys, *([data.threshold] if data.threshold is not None else [])]
    top = max(values) if max(values) > 0 else 1.0
    # Room above the highest value for its number (about a fifth of the height).
    chart.set_y_range(min(0.0, min(values)), top * 1.3 + 0.5)
    view = item.vb
    span = (data.xs[-1] - data.xs[0]) if len(data.xs) > 1 else 0.0
    view_width = WIDTH * 0.85
    for _ in range(2):  # once to lay the plot out, once with the width it then has
        # room at each end for half a date and the points spread around their day
        pad = max(span * (tick_width / 2 + 30) / max(view_width - tick_width - 60, 1.0), 2 * 86400.0)
        low_x, high_x = data.xs[0] - pad, data.xs[-1] + pad
        if until is not None:
            high_x = max(min(high_x, until), data.xs[-1] + pad / 2)
        chart.set_x_range(low_x, high_x)
        item.layout.activate()
        view_width = max(view.width(), 1.0)
    x_low, x_high = view.viewRange()[0]
    seconds_per_px = (x_high - x_low) / view_width
    apart = (max(w for w, _ in sizes) + 2 * GAP) * seconds_per_px
    xs = spread(data.xs, apart)

    def to_px(x: float, y: float = 0.0) -> QPointF:
        return view.mapViewToScene(QPointF(x, y)) - view.sceneBoundingRect().topLeft()

    line = pg.PlotDataItem(xs, list(data.ys), pen=pg.mkPen(theme.chart_line, width=3), symbol="o",
                           symbolSize=14, symbolBrush=pg.mkBrush(theme.chart_line),
                           symbolPen=pg.mkPen(theme.text))
    chart.plot.addItem(line)
    chart.items["series"] = line
    area = QRectF(0, 0, view.width(), view.height())
    points = [(to_px(x, y).x(), to_px(x, y).y()) for x, y in zip(xs, data.ys, strict=True)]
    taken = []
    if data.threshold is not None and data.risk_side is not None:  # the risk line's words, at its right end
        right, at = to_px(chart.x_range[1], data.threshold).x(), to_px(0, data.threshold).y()
        w, h = metrics.horizontalAdvance(risk_words), metrics.height()
        taken.append(QRectF(right - w, at - 1.1 * h if data.risk_side == "above" else at + 0.1 * h, w, h))
    sides = place_labels(points, sizes, area, keep=len(points) - 1, taken=tuple(taken))
    per_px = _units_per_px_y(view)
    for i, (x, y, text, side) in enumerate(zip(xs, data.ys, labels, sides, strict=True)):
        if side is None:
            continue
        # anchored by its bottom edge (above the point) or its top edge (below), GAP pixels away
        label = pg.TextItem(text, color=theme.text, anchor=(0.5, 1.0 if side == "above" else 0.0))
        label.setFont(font)
        label.setPos(x, y + (GAP if side == "above" else -GAP) * per_px)
        chart.plot.addItem(label)
        chart.items[f"label{i}"] = label
    axis = chart.plot.getAxis("bottom")
    axis.setTicks([date_ticks(xs, list(data.xs), tick_width, lambda x: to_px(x).x()), []])
    if data.threshold is not None and data.risk_side is not None:
        chart.show_threshold(data.threshold, data.risk_side, risk_words)
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = WIDTH * SCALE
    image = exporter.export(toBytes=True)
    chart.deleteLater()
    return image


def _units_per_px_y(view) -> float:
    y_low, y_high = view.viewRange()[1]
    return (y_high - y_low) / max(view.height(), 1.0)
