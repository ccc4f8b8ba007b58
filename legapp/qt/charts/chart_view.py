"""One chart, drawn with pyqtgraph (imported here, so only when a chart is first shown):
a band or a series, markers with words on them, a cursor moved by the arrow keys, a
mouse or a finger, a large readout of the value under it, and a text summary beside it
that screen readers are given too.

Colours come from the Okabe-Ito set (safe for colour-blind readers), and nothing is
told by colour alone: the band's edges are a solid and a dashed line, points have their
own shapes and labels, and the risk line says in words which side is the risk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from legapp.qt.accessible import announce, ask_for
from legapp.qt.widgets import drop

if TYPE_CHECKING:
    from legapp.charts.lifetime import Band
    from legapp.theme import Theme

SYMBOLS = ("o", "t", "s", "d", "star")


def escape(words: str) -> str:
    """Words as an axis label's HTML shows them (the html module's escape costs ~3 ms to
    import, inside a slice of the chart preparation)."""
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _ApartWords:
    """An axis whose tick words never run into each other: pyqtgraph draws each level of
    ticks by how full the axis is, not by where the words fall, so at large text on a
    small screen "30 nov" ran into "dic 2026". A word that would touch one already placed
    (the coarser levels come first) is left out."""

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        kept: list = []
        for rect, flags, words in texts:
            room = rect.adjusted(-6, 0, 6, 0)  # a little space between two words
            if not any(room.intersects(other) for other, _flags, _words in kept):
                kept.append((rect, flags, words))
        return axis, ticks, kept


class _NumberAxis(_ApartWords, pg.AxisItem):
    """Tick numbers with the language's decimal point: "0,5" in Spanish. ``broken``: the
    axis does not start at 0, and says so with a break drawn across its foot."""

    broken = False
    break_colours = ("#000000", "#ffffff")  # the break's lines, and the gap between them

    def tickStrings(self, values, scale, spacing):
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in super().tickStrings(values, scale, spacing)]

    def paint(self, p, opt, widget):
        super().paint(p, opt, widget)
        if not (self.broken and self.orientation == "left"):
            return
        # Two slanted lines across the axis line near its foot, the axis cut between them.
        line_at = self.mapRectFromParent(self.geometry())  # where the axis line is drawn
        x, foot = line_at.right() - 1, line_at.bottom() - 22
        line, gap = self.break_colours
        p.setPen(pg.mkPen(gap, width=12))
        p.drawLine(QPointF(x, foot - 7), QPointF(x, foot + 7))
        p.setPen(pg.mkPen(line, width=3))
        for dy in (-7, 7):
            p.drawLine(QPointF(x - 12, foot + dy + 6), QPointF(x + 12, foot + dy - 6))


class _DateAxis(_ApartWords, pg.DateAxisItem):
    """Dates in the person's language ("3 dic 2026"), not the C library's English."""

    def tickStrings(self, values, scale, spacing):
        day = 86400
        pattern = ("yyyy" if spacing >= 300 * day else "MMM yyyy" if spacing >= 25 * day
                   else "d MMM" if spacing >= day else "d MMM HH:mm")
        locale = QLocale()
        return [locale.toString(QDateTime.fromSecsSinceEpoch(int(v)), pattern) for v in values]


class _Sample(QWidget):
    """What a line of the band looks like, for its key: a line in its pen, or the shade."""

    def __init__(self, pen=None, brush=None, edge=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.pen, self.brush, self.edge = pen, brush, edge

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(round(height * 2.2), height)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if self.brush is not None:
            p.setPen(pg.mkPen(self.edge, width=2) if self.edge is not None else Qt.PenStyle.NoPen)
            p.setBrush(self.brush)
            p.drawRect(QRectF(2, height * 0.2, width - 4, height * 0.6))
        if self.pen is not None:
            p.setPen(self.pen)
            p.drawLine(QPointF(2, height / 2), QPointF(width - 2, height / 2))
        p.end()


class BandKey(QWidget):
    """The key to a band, beside the chart (on it, large words would cover the data):
    the shaded usual range, its top edge and its bottom edge, each with its line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartKey")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.rows: list[tuple[_Sample, QLabel]] = []
        self.hide()

    def show_rows(self, rows: list[tuple[_Sample, str]]) -> None:
        for sample, words in self.rows:  # gone now, not drawn under the new ones until later
            drop(sample)
            drop(words)
        self.rows = []
        for i, (sample, text) in enumerate(rows):
            words = QLabel(text)
            words.setWordWrap(True)
            words.setObjectName("stepNote")
            self.grid.addWidget(sample, i, 0, Qt.AlignmentFlag.AlignTop)  # beside its first line
            self.grid.addWidget(words, i, 1)
            self.rows.append((sample, words))
        self.grid.setColumnStretch(1, 1)
        self.setAccessibleName(" ".join(text for _sample, text in rows))
        self.show()

    @property
    def words(self) -> list[str]:
        return [words.text() for _sample, words in self.rows]


class ChartView(QWidget):
    """``readout(x)`` gives the words for the cursor at ``x`` (the caller knows what the
    numbers mean); ``step`` is how far one arrow key moves the cursor."""

    cursor_moved = Signal(float)

    def __init__(self, theme: Theme, x_label: str, y_label: str, readout: Callable[[float], str],
                 step: float = 1.0, date_axis: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme, self.readout_of, self.step = theme, readout, step
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("chart")
        ask_for(self, "chart")  # the chart role: its name, its summary, the value under the cursor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        axes = {"left": _NumberAxis(orientation="left"),
                "bottom": _DateAxis(orientation="bottom") if date_axis else _NumberAxis(orientation="bottom")}
        # No right-click menus. Asked for at construction, the view's menu (a QMenu with a
        # dozen widgets) is not even built: built and then switched off, it cost ~4 ms a chart.
        self.plot = pg.PlotWidget(axisItems=axes, background=theme.surface, enableMenu=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart is the one stop, named
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(160)
        self.x_label, self.y_label = x_label, y_label
        layout.addWidget(self.plot, 1)
        # The value under the cursor, in large type; the page puts it beside the chart.
        self.readout = QLabel()
        self.readout.setObjectName("chartReadout")
        self.readout.setWordWrap(True)
        self.cursor = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(theme.text, width=2, style=Qt.PenStyle.DotLine))
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._mouse)
        self.x_range = (0.0, 1.0)
        self.key = BandKey()  # what the band's edges are; the page puts it beside the chart
        self.items: dict[str, object] = {}  # what is drawn, by name, for tests and updates
        self._point_words: list[tuple[pg.TextItem, float, float, float]] = []  # (words, x, y, up/down)
        self._fonts()
        self.plot.getPlotItem().vb.sigResized.connect(self._place_point_words)

    # -- what is drawn ----------------------------------------------------------------------
    def clear(self) -> None:
        for item in self.items.values():
            self.plot.removeItem(item)
        self.items = {}
        self._point_words = []
        self.key.hide()

    def show_band(self, band: Band, name: str) -> None:
        colour = self.theme.chart_line
        top_pen = pg.mkPen(colour, width=3)
        bottom_pen = pg.mkPen(colour, width=3, style=Qt.PenStyle.DashLine)
        top = pg.PlotDataItem(band.xs, band.high, pen=top_pen, name=f"{name}: best")
        bottom = pg.PlotDataItem(band.xs, band.low, pen=bottom_pen, name=f"{name}: worst")
        shade = pg.mkBrush(self._see_through(self.theme.chart_band, 110))
        fill = pg.FillBetweenItem(top, bottom, brush=shade)
        for key, item in (("fill", fill), ("top", top), ("bottom", bottom)):
            self.plot.addItem(item)
            self.items[key] = item
        self.set_x_range(band.xs[0], band.xs[-1])
        self._band_legend(top_pen, bottom_pen, shade)

    def _band_legend(self, top_pen, bottom_pen, shade) -> None:
        """What the band's edges are, in words, in the key beside the chart."""
        self.key.show_rows([
            (_Sample(brush=shade, edge=self.theme.chart_line), self.tr("The usual range")),
            (_Sample(pen=top_pen), self.tr("Its top edge: slower loss")),
            (_Sample(pen=bottom_pen), self.tr("Its bottom edge: faster loss"))])

    def show_points(self, points: Sequence[tuple[float, float, str]]) -> None:
        """Study results: each its own shape, with its words beside it."""
        low_x, high_x = self.x_range
        gap = (high_x - low_x) * 0.015
        for i, (x, y, words) in enumerate(points):
            dot = pg.ScatterPlotItem([x], [y], symbol=SYMBOLS[i % len(SYMBOLS)], size=18,
                                     brush=pg.mkBrush(self.theme.chart_mark),
                                     pen=pg.mkPen(self.theme.text, width=1.5))
            # Two studies on the same day: the lower one's words go under it, the other's above.
            lower = any(px == x and py > y for px, py, _ in points)
            higher = any(px == x and py < y for px, py, _ in points)
            # Words go on the side of the point with room, so a point at the chart's end
            # (the studies' last day) keeps its words inside the chart; once the chart has
            # its size, _place_point_words checks they fit there (a 1024x600 screen, Spanish).
            left = x > (low_x + high_x) / 2
            vertical = 0 if lower else 1 if higher else 0.5
            text = pg.TextItem(words, color=self.theme.text, anchor=(1 if left else 0, vertical))
            text.setPos(x - gap if left else x + gap, y)
            text.setFont(self._font(0.8))
            for key, item in ((f"point{i}", dot), (f"point{i}_text", text)):
                self.plot.addItem(item)
                self.items[key] = item
            self._point_words.append((text, x, y, vertical))
        self._place_point_words()

    def _place_point_words(self, *_args) -> None:
        """Each study's words inside the chart: beside its point, on the side that has room
        for them (the right first, for a point in the chart's left half); where neither has,
        slid along until they fit, above or below the point rather than over it; on two
        lines where they are wider than the whole chart (the largest text on a small screen)."""
        view = self.plot.getPlotItem().vb
        box = view.sceneBoundingRect()
        if box.width() <= 0 or self._placing:
            return  # not laid out yet (sigResized calls again), or placing them now
        self._placing = True
        try:
            self._place_each(view, box)
        finally:
            self._placing = False

    _placing = False

    def _place_each(self, view, box: QRectF) -> None:
        low_x, high_x = self.x_range
        gap = (high_x - low_x) * 0.015
        for text, x, y, vertical in self._point_words:
            at = view.mapViewToScene(QPointF(x, y))
            gap_px = view.mapViewToScene(QPointF(x + gap, y)).x() - at.x()
            words = text.textItem.document()
            natural = QFontMetricsF(text.textItem.font()).horizontalAdvance(text.toPlainText()) \
                + 2 * words.documentMargin() + 2
            wrap = box.width() - 4 if natural > box.width() - 4 else -1
            if text.textItem.textWidth() != wrap:  # changed only when it must be
                text.setTextWidth(wrap)
            width = text.textItem.boundingRect().width()
            sides = [(box.right() - at.x() - gap_px, x + gap, 0.0),  # (room, where, anchor): right
                     (at.x() - box.left() - gap_px, x - gap, 1.0)]  # left
            if x > (low_x + high_x) / 2:
                sides.reverse()
            place = next(((pos_x, across) for room, pos_x, across in sides if width <= room), None)
            if place is None:  # no side has room: centred on the point, moved in from the edge
                start = min(max(at.x() - width / 2, box.left()), box.right() - width)
                place = (x, (at.x() - start) / width)
                vertical = 1.3 if vertical == 0.5 else vertical  # above the point, not over it
            height = text.textItem.boundingRect().height()
            top = min(max(at.y() - vertical * height, box.top()), box.bottom() - height)
            anchor = (place[1], (at.y() - top) / height)
            if (text.pos().x(), text.pos().y()) != (place[0], y):
                text.setPos(place[0], y)
            if (text.anchor.x(), text.anchor.y()) != anchor:
                text.setAnchor(anchor)

    def show_series(self, xs: Sequence[float], ys: Sequence[float], labels: Sequence[str]) -> None:
        """A line through the results, each with its words (call ``set_x_range`` first)."""
        line = pg.PlotDataItem(list(xs), list(ys), pen=pg.mkPen(self.theme.chart_line, width=3), symbol="o",
                               symbolSize=16, symbolBrush=pg.mkBrush(self.theme.chart_line),
                               symbolPen=pg.mkPen(self.theme.text))
        self.plot.addItem(line)
        self.items["series"] = line
        low_x, high_x = self.x_range  # set first: words near an end go inwards, inside the chart
        span = (high_x - low_x) or 1.0
        for i, (x, y, words) in enumerate(zip(xs, ys, labels, strict=True)):
            # Labels take turns above and below their points, so results close in time
            # (two tries in a day) do not write over each other.
            across = 1.0 if x > low_x + 0.75 * span else 0.0 if x < low_x + 0.25 * span else 0.5
            text = pg.TextItem(words, color=self.theme.text, anchor=(across, 1.2 if i % 2 else -0.2))
            text.setFont(self._font(0.8))
            text.setPos(x, y)
            self.plot.addItem(text)
            self.items[f"label{i}"] = text

    @staticmethod
    def _see_through(colour: str, alpha: int) -> QColor:
        shade = QColor(colour)
        shade.setAlpha(alpha)
        return shade

    def show_threshold(self, value: float, side: str, words: str) -> None:
        """The risk line, dashed, with the risk side shaded and said in words."""
        line = pg.InfiniteLine(pos=value, angle=0, movable=False,
                               pen=pg.mkPen(self.theme.chart_risk, width=3, style=Qt.PenStyle.DashLine))
        low, high = self.plot.viewRange()[1]
        span = max(abs(value) * 2, high - low, 1.0)
        zone = pg.LinearRegionItem(values=(value - span, value) if side == "below" else (value, value + span),
                                   orientation="horizontal", movable=False,
                                   brush=pg.mkBrush(self._see_through(self.theme.chart_risk, 45)),
                                   pen=pg.mkPen(None))
        text = pg.TextItem(words, color=self.theme.text, anchor=(1, 1.1 if side == "above" else -0.1))
        text.setFont(self._font(0.8))
        text.setPos(self.x_range[1], value)  # at the right end, away from the first results
        for key, item in (("risk_zone", zone), ("threshold", line), ("threshold_text", text)):
            self.plot.addItem(item, ignoreBounds=key == "risk_zone")
            self.items[key] = item

    def show_marker(self, x: float, words: str) -> None:
        """"You are here": a thick orange line with its words."""
        line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                               pen=pg.mkPen(self.theme.chart_mark, width=4, style=Qt.PenStyle.DashDotLine))
        # The words go on the side of the line with more room, so they are never cut off.
        right = x < sum(self.x_range) / 2
        text = pg.TextItem(words, color=self.theme.text, anchor=(-0.05 if right else 1.05, 0),
                           fill=pg.mkBrush(self.theme.surface))
        text.setFont(self._font(0.9))
        top = self.plot.viewRange()[1][1]
        text.setPos(x, top)
        for key, item in (("marker", line), ("marker_text", text)):
            self.plot.addItem(item, ignoreBounds=True)
            self.items[key] = item

    def set_x_range(self, low: float, high: float, until: float | None = None) -> None:
        """Show ``low`` to ``high``, with a little room either side; never past ``until``
        (the end of today, on a chart of dates: no future days)."""
        if until is not None:
            high = min(high, until)
        self.x_range = (float(low), float(high))
        pad = (high - low) * 0.02 or 1.0
        self.plot.setXRange(low - pad, high + pad if until is None else min(high + pad, until), padding=0)

    def set_y_label(self, words: str) -> None:
        """What the left axis measures; it may change with what is shown."""
        self.y_label = words
        self._fonts()

    def set_y_range(self, low: float, high: float) -> None:
        """From ``low`` exactly (0 where it can be: the axis starts at 0), with room above
        ``high``. An axis that starts above 0 is drawn with a break at its foot."""
        self.plot.setYRange(low, high + (high - low) * 0.05, padding=0)
        axis = self.plot.getAxis("left")
        axis.broken = low > 0
        axis.break_colours = (self.theme.text, self.theme.surface)
        axis.update()

    # -- the cursor ---------------------------------------------------------------------------
    @property
    def cursor_x(self) -> float:
        return float(self.cursor.value())

    def move_cursor(self, x: float) -> None:
        x = min(max(x, self.x_range[0]), self.x_range[1])
        self.cursor.setValue(x)
        words = self.readout_of(x)
        self.readout.setText(words)
        self._live_value(x, words)
        self.cursor_moved.emit(x)

    def _live_value(self, x: float, words: str) -> None:
        """The value under the cursor is the chart's value for a screen reader: its words,
        and where the cursor stands (told to the bus as a value change)."""
        low, high = self.x_range
        for name, value in (("accessibleValueText", words), ("accessibleValue", x),
                            ("accessibleMinimum", low), ("accessibleMaximum", high)):
            self.setProperty(name, value)
        from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, x))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: self.cursor_x - self.step, Qt.Key.Key_Right: self.cursor_x + self.step,
                 Qt.Key.Key_Home: self.x_range[0], Qt.Key.Key_End: self.x_range[1]}
        if key in moves:
            self.move_cursor(moves[key])
            announce(self, self.readout.text())  # moved by the person: said as it changes
            return
        super().keyPressEvent(event)

    def _mouse(self, pos) -> None:
        view = self.plot.getPlotItem().vb
        if self.plot.sceneBoundingRect().contains(pos):
            x = view.mapSceneToView(pos).x()
            self.move_cursor(round(x / self.step) * self.step)

    def mousePressEvent(self, event) -> None:  # a tap on a touch screen moves the cursor too
        self.setFocus()
        super().mousePressEvent(event)

    # -- text size -----------------------------------------------------------------------------
    def _font(self, scale: float = 1.0) -> QFont:
        """Chart text: three quarters of the body text, so it grows with the app's text size,
        from 12 pt up to 22 pt (larger would leave no room for the chart itself)."""
        font = QFont(self.font())
        font.setPointSizeF(min(22.0, max(12.0, font.pointSizeF() * 0.75 * scale)))
        return font

    def _fonts(self) -> None:
        """Axis text follows the app's text size."""
        font = self._font()
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setStyle(tickFont=font, tickTextOffset=8)
            axis.setPen(pg.mkPen(self.theme.text, width=2))
            axis.setTextPen(pg.mkPen(self.theme.text))
        self._axis_words("bottom", escape(self.x_label))
        self._axis_words("left", self._y_lines())

    def _axis_words(self, axis_name: str, html: str) -> None:
        axis = self.plot.getAxis(axis_name)
        axis.setLabel(html, **{"font-size": f"{self._font().pointSizeF():g}pt", "color": self.theme.text})

    def _y_lines(self) -> str:
        """The left axis's words (as the label's HTML): on one line where the chart is tall
        enough, else broken at the space nearest their middle, so that none is cut off."""
        words = self.y_label
        # The left axis is the plot's height less the bottom axis (its numbers and words).
        room = self.plot.height() - 3 * QFontMetrics(self._font()).height()
        if room <= 0 or " " not in words or QFontMetrics(self._font()).horizontalAdvance(words) <= room - 8:
            return escape(words)
        spaces = [i for i, ch in enumerate(words) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - len(words) / 2))
        return escape(words[:cut]) + "<br>" + escape(words[cut + 1:])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # the plot has its new size already (the layout saw it first)
        lines = self._y_lines()  # a short chart (a 1024x600 screen) breaks them in two
        if lines != self.plot.getAxis("left").labelText:  # the same words: nothing moves
            self._axis_words("left", lines)
        for item in self.items.values():
            if isinstance(item, pg.TextItem):
                item.setFont(self._font(0.8))
        if getattr(self, "_point_words", None):
            self._place_point_words()  # larger words may need the other side

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts()
        super().changeEvent(event)
