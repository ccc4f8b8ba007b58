"""A person's results over time as a picture for the printed report: the same chart as
See's, drawn off screen at print resolution (pyqtgraph loads only when a report has one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage

from legapp.charts.words import result_number

if TYPE_CHECKING:
    from legapp.charts.results import Series
    from legapp.theme import Theme

WIDTH, HEIGHT = 600, 240  # on paper about 16 by 6 cm; drawn at three times that for print
SCALE = 3


def results_image(data: Series, theme: Theme, risk_words: str, test: str | None = None,
                  until: float | None = None) -> QImage:
    """``until``: the end of the day the report is made (no days after it are drawn)."""
    from pyqtgraph.exporters import ImageExporter

    from legapp.qt.charts.chart_view import ChartView

    words = QCoreApplication.translate  # the axis words of See's chart, in the person's language
    chart = ChartView(theme, words("ResultsStep", "Date"), words("ResultsStep", "Result"), lambda _x: "",
                      date_axis=True)
    chart.plot.removeItem(chart.cursor)  # no cursor on paper
    # Never shown, so never laid out by a window: give the plot its size on paper directly.
    chart.plot.getPlotItem().setGeometry(QRectF(0, 0, WIDTH, HEIGHT))
    # On paper the dates are on the axis and in the words under the chart: the points
    # carry their values, short enough not to run off the edges.
    pad = max((data.xs[-1] - data.xs[0]) * 0.15, 3 * 86400.0)
    chart.set_x_range(data.xs[0] - pad, data.xs[-1] + pad, until=until)
    chart.show_series(data.xs, data.ys, [result_number(test, y) for y in data.ys])
    values = [*data.ys, *([data.threshold] if data.threshold is not None else [])]
    chart.set_y_range(min(0.0, min(values)), max(values) * 1.25 + 1)
    if data.threshold is not None and data.risk_side is not None:
        chart.show_threshold(data.threshold, data.risk_side, risk_words)
    exporter = ImageExporter(chart.plot.getPlotItem())
    exporter.parameters()["width"] = WIDTH * SCALE
    image = exporter.export(toBytes=True)
    chart.deleteLater()
    return image
