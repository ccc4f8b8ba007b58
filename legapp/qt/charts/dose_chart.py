"""The weekly dose as a chart: for each of the last 8 weeks, minutes of strength and of
balance practice (two bars, solid and hatched, told apart by pattern as well as colour)
and the minutes of walking or other activity (a line with points). The cursor and its
readout say each week in words; nothing is told by colour alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from legapp.qt.charts.chart_view import ChartView

if TYPE_CHECKING:
    from legapp.act.dose import WeekDose
    from legapp.theme import Theme


# The words are looked up under "DoseChart", named at each call: self.tr in a Python subclass
# looks its words up under ChartView, and lupdate finds only literal translate() calls.


class DoseChart(ChartView):
    def __init__(self, theme: Theme, locale: QLocale, parent=None):
        super().__init__(theme, "", "", self._week_words, step=1.0, parent=parent)
        self.locale = locale
        self.weeks: list[WeekDose] = []
        self.set_y_label(QCoreApplication.translate("DoseChart", "Minutes"))

    def _label(self, week: WeekDose) -> str:
        return self.locale.toString(week.start.date(), "d MMM")

    def _week_words(self, x: float) -> str:
        if not self.weeks:
            return ""
        week = self.weeks[min(max(round(x), 0), len(self.weeks) - 1)]
        words = QCoreApplication.translate(
            "DoseChart",
            "Week of {0}: {1} minutes of strength, {2} minutes of balance, {3} minutes of activity.")
        return (words.replace("{0}", self._label(week)).replace("{1}", str(week.strength_minutes))
                .replace("{2}", str(week.balance_minutes)).replace("{3}", str(week.activity_minutes)))

    def show_weeks(self, weeks: Sequence[WeekDose]) -> None:
        self.clear()
        self.weeks = list(weeks)
        xs = list(range(len(self.weeks)))
        strength = pg.BarGraphItem(x=[x - 0.18 for x in xs], height=[w.strength_minutes for w in self.weeks],
                                   width=0.34, brush=pg.mkBrush(self.theme.chart_line),
                                   pen=pg.mkPen(self.theme.text, width=1),
                                   name=QCoreApplication.translate("DoseChart", "Strength"))
        hatched = pg.mkBrush(self.theme.chart_mark, style=Qt.BrushStyle.BDiagPattern)
        balance = pg.BarGraphItem(x=[x + 0.18 for x in xs], height=[w.balance_minutes for w in self.weeks],
                                  width=0.34, brush=hatched, pen=pg.mkPen(self.theme.chart_mark, width=2),
                                  name=QCoreApplication.translate("DoseChart", "Balance"))
        active = pg.PlotDataItem(xs, [w.activity_minutes for w in self.weeks],
                                 pen=pg.mkPen(self.theme.text, width=2, style=Qt.PenStyle.DashLine),
                                 symbol="s", symbolSize=10, symbolBrush=pg.mkBrush(self.theme.surface),
                                 symbolPen=pg.mkPen(self.theme.text, width=2))
        for key, item in (("strength", strength), ("balance", balance), ("activity", active)):
            self.plot.addItem(item)
            self.items[key] = item
        ticks = [(x, self._label(w)) for x, w in zip(xs, self.weeks, strict=True)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.set_x_range(-0.5, len(xs) - 0.5)
        top = max([1, *(max(w.strength_minutes, w.balance_minutes, w.activity_minutes) for w in self.weeks)])
        self.set_y_range(0, top * 1.15)
        self.move_cursor(len(xs) - 1)

    def key_words(self) -> str:
        return QCoreApplication.translate("DoseChart", "Solid bars: strength. Hatched bars: balance. "
                       "Dashed line: walking and other activity.")
