"""See: three charts that make the numbers felt. Muscle (or strength) over a lifetime with
"you are here", what weeks in bed do, and the person's own results over time. Each has a
text summary made from the same numbers, and can be saved as a picture."""

from __future__ import annotations

import datetime
import math
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QLocale, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from legapp.charts.disuse import disuse_band, disuse_facts, strength_findings, study_points
from legapp.charts.lifetime import Kind, band_sources, lifetime_band
from legapp.charts.results import UNITS, end_of_day, series
from legapp.charts.words import disuse_summary, lifetime_summary, result_number, results_summary
from legapp.content.render import fill_facts
from legapp.i18n import number, percent
from legapp.navigation import Route
from legapp.qt.accessible import radio_buttons
from legapp.qt.charts.chart_view import ChartView
from legapp.qt.page import Page, show_step
from legapp.qt.saving import SaveJob, SaveNote, Saver, plain_name, shown
from legapp.qt.widgets import BigButton, ButtonRow, WrapButton, label
from legapp.textsize import TextSize
from legapp.track.report import menu_order, title_of

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.theme import Theme
    from legapp.visit import Visit


def _pct(x: float) -> str:
    return percent(x)


def _choice(text: str) -> WrapButton:
    button = WrapButton(text)
    button.setObjectName("toggle")
    button.setCheckable(True)
    return button


def _source(pack: ContentPack, fact_id: str) -> str:
    return pack.sources[pack.facts[fact_id].source].citation()


def _sources(pack: ContentPack, fact_ids: tuple[str, ...]) -> str:
    """The citation of every source behind ``fact_ids``, each once, in the order first used."""
    ids = dict.fromkeys(pack.facts[fact_id].source for fact_id in fact_ids)
    return "; ".join(pack.sources[source].citation() for source in ids)


class ChartStep(QWidget):
    """A chart with its choices above it, its summary and caption beside it (they scroll
    on their own when the text is large), and "Save as picture" below."""

    save = Signal()

    def __init__(self, chart: ChartView, parent: QWidget | None = None, *, kiosk: bool = False):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.chart = chart
        row.addWidget(chart, 3)
        # Beside the chart, all the words, so the chart keeps its height at every text size:
        # the value under the cursor, the choices, the summary, the sources.
        words = QWidget()
        words.setObjectName("pageBody")
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        column.addWidget(chart.readout)
        column.addWidget(chart.key)
        self.choices = ButtonRow()
        column.addWidget(self.choices)
        self.summary = label("", "stepNote")
        self.caption = label("", "resultSource")
        # Named for this class: self.tr would look the words up under each subclass's name.
        self.save_button = WrapButton(QCoreApplication.translate("ChartStep", "Save as picture"))
        self.save_button.clicked.connect(self.save)
        column.addWidget(self.summary)
        column.addWidget(self.caption)
        column.addWidget(self.save_button)
        # A kiosk keeps no stranger's chart on its disk: no "Save as picture" there.
        self.save_button.setVisible(not kiosk)
        self.kiosk = kiosk
        self.note = SaveNote(kiosk)  # where the picture was saved
        column.addWidget(self.note)
        self.saver = Saver(self.note)
        self.extra = column  # a step may add a button under its words
        column.addStretch(1)
        self.words = QScrollArea()
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setWidget(words)
        row.addWidget(self.words, 2)

    def settle(self) -> None:
        from PySide6.QtCore import Qt

        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def say(self, summary: str, caption: str = "") -> None:
        self.summary.setText(summary)
        self.chart.setAccessibleDescription(summary)  # after its name: what the chart shows
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    @property
    def first_control(self) -> QWidget:
        return self.chart


class LifetimeStep(ChartStep):
    def __init__(self, pack: ContentPack, theme: Theme, parent: QWidget | None = None, *,
                 kiosk: bool = False):
        self.pack, self.kind, self.age = pack, "mass", None
        self.bands = {kind: lifetime_band(pack.facts, kind) for kind in ("mass", "strength")}
        chart = ChartView(theme, self.tr("Age (years)"), self._y_words("mass"), self._readout)
        super().__init__(chart, parent, kiosk=kiosk)
        self.mass_button, self.strength_button = _choice(self.tr("Muscle")), _choice(self.tr("Strength"))
        for button, kind in ((self.mass_button, "mass"), (self.strength_button, "strength")):
            button.clicked.connect(lambda _=False, k=kind: self.show_kind(k))
            self.choices.addWidget(button)
        self.choices.addStretch(1)
        radio_buttons(self.choices, self.tr("Show muscle or strength"),
                      (self.mass_button, self.strength_button))

    def show_kind(self, kind: Kind, age: int | None = None) -> None:
        self.kind = kind
        if age is not None:
            self.age = age
        self.mass_button.setChecked(kind == "mass")
        self.strength_button.setChecked(kind == "strength")
        band = self.bands[kind]
        chart = self.chart
        chart.clear()
        chart.set_y_label(self._y_words(kind))
        chart.show_band(band, self.tr("Muscle") if kind == "mass" else self.tr("Strength"))
        chart.set_y_range(0, 100)  # from 0: the loss is seen at its true size
        shown_age = self.age if self.age is not None and band.xs[0] <= self.age <= band.xs[-1] else None
        if shown_age is not None:
            chart.show_marker(shown_age, self.tr("You are here: {0}").replace("{0}", str(shown_age)))
        training = fill_facts(self.tr(
            "Strength training {{strength_sessions_per_week}} slows this loss, and can win some of "
            "it back, at any age."), self.pack.facts, self.pack.info)
        # Every source whose numbers the band is drawn from, then the training advice's.
        drawn = "; ".join(self.pack.sources[s].citation() for s in band_sources(self.pack.facts, band))
        caption = (training + " " + self.tr("Sources: {0}; {1}.").replace("{0}", drawn).replace(
            "{1}", _source(self.pack, "strength_sessions_per_week")))
        self.say(lifetime_summary(band, kind, shown_age), caption)
        chart.move_cursor(shown_age if shown_age is not None else 60)

    def _y_words(self, kind: Kind) -> str:
        start = int(self.bands[kind].xs[0])  # muscle from 30, strength from 70 (CLINICAL.md 8)
        return self.tr("% of what you had at {0}").replace("{0}", str(start))

    def _readout(self, x: float) -> str:
        band = self.bands[self.kind]
        low, high = band.at(round(x))
        what = self.tr("muscle") if self.kind == "mass" else self.tr("strength")
        return (self.tr("Age {0}: about {1} to {2} of the {3} you had at {4} is left.")
                .replace("{0}", str(round(x))).replace("{1}", _pct(low)).replace("{2}", _pct(high))
                .replace("{3}", what).replace("{4}", str(int(band.xs[0]))))


class DisuseStep(ChartStep):
    def __init__(self, pack: ContentPack, theme: Theme, parent: QWidget | None = None, *,
                 kiosk: bool = False):
        self.pack = pack
        self.band = disuse_band(pack.facts)
        self.points = study_points(pack.facts)  # muscle only: the axis is the muscle left
        strength = strength_findings(pack.facts)  # said beside the chart, not drawn
        chart = ChartView(theme, self.tr("Days in bed or in a cast"), self.tr("% of muscle left"),
                          self._readout)
        super().__init__(chart, parent, kiosk=kiosk)
        self.choices.hide()
        chart.show_band(self.band, self.tr("Muscle"))
        chart.show_points([(p.day, p.left, self.tr("{0}: -{1}% after {2} days").replace(
            "{0}", p.measure).replace("{1}", number(100 - p.left)).replace("{2}", number(p.day)))
            for p in self.points])
        # A loss of a few per cent would be a thin line from 0: the axis starts just under
        # the lowest point, on a round number, and is drawn with a break at its foot.
        chart.set_y_range(5 * math.floor((min(p.left for p in self.points) - 1) / 5), 100)
        caption = (self.tr("The band is an illustration of the pattern: the loss is fastest at first, then "
                           "slows. The marked points are what each study measured.") + " "
                   + self.tr("Sources: {0}.").replace(
                       "{0}", _sources(pack, disuse_facts(self.band, (*self.points, *strength)))))
        self.say(disuse_summary(self.band, (*self.points, *strength)), caption)
        chart.move_cursor(7)

    def _readout(self, x: float) -> str:
        low, high = self.band.at(round(x))
        return (self.tr("Day {0}: about {1} to {2} of the muscle is left.")
                .replace("{0}", str(round(x))).replace("{1}", _pct(low)).replace("{2}", _pct(high)))


class ResultsStep(ChartStep):
    go_check = Signal()

    def __init__(self, pack: ContentPack, visit: Visit, theme: Theme, parent: QWidget | None = None):
        self.pack, self.visit, self.test = pack, visit, None
        kiosk = visit.take_home is not None
        self.locale = QLocale(pack.info.locale)
        self.points: list[tuple[float, float, str]] = []
        chart = ChartView(theme, self.tr("Date"), self.tr("Result"), self._readout, step=1.0, date_axis=True)
        super().__init__(chart, parent, kiosk=kiosk)
        self.test_buttons: dict[str, BigButton] = {}
        for test in menu_order(pack):
            button = _choice(title_of(test, pack))
            button.clicked.connect(lambda _=False, t=test: self.show_test(t))
            self.choices.addWidget(button)
            self.test_buttons[test] = button
        self.choices.addStretch(1)
        radio_buttons(self.choices, self.tr("Which check's results"), self.test_buttons.values())
        self.prompt_button = WrapButton(self.tr("Do a check"))
        self.prompt_button.clicked.connect(self.go_check)
        self.extra.insertWidget(self.extra.indexOf(self.save_button), self.prompt_button)
        self.records = []

    def refresh(self) -> None:
        who, history = self.visit.who, self.visit.history
        try:
            self.records = history.results(who.profile_id) if history and who.profile_id is not None else []
        except (sqlite3.Error, OSError) as exc:  # the history cannot be opened now: say so, show none
            self.records = []
            self.visit.notify(getattr(exc, "words", None) or str(exc))
        tests = {r.test for r in self.records}
        for test, button in self.test_buttons.items():
            button.setVisible(test in tests)
        first = next((t for t in menu_order(self.pack) if t in tests), None)
        self.show_test(self.test if self.test in tests else first)

    def _date(self, stamp: float) -> str:
        day = datetime.datetime.fromtimestamp(stamp).date()
        return self.locale.toString(day, "d MMM yyyy")  # "1 Dec 2026": not 12/1/26, read as January

    def show_test(self, test: str | None) -> None:
        self.test = test
        for name, button in self.test_buttons.items():
            button.setChecked(name == test)
        chart = self.chart
        chart.clear()
        self.points = []
        has = test is not None
        chart.setVisible(has)
        self.prompt_button.setVisible(not has)
        self.save_button.setVisible(has and not self.kiosk)
        self.note.hide()
        if not has:
            who = self.visit.who.name
            self.say(self.tr("No results to show yet. Do a check while {0} is chosen, and the results will "
                             "show here over time.").replace("{0}", who) if who else self.tr(
                "No results to show: you are a guest, and a guest's results are not kept. Choose a "
                "person in My results, then do a check."))
            return
        data = series(self.records, test)
        unit = UNITS[test]
        dates = [self._date(x) for x in data.xs]
        shown = [result_number(test, y) for y in data.ys]
        self.points = [(x, y, f"{d}: {v} {unit}")
                       for x, y, d, v in zip(data.xs, data.ys, dates, shown, strict=True)]
        low_x, high_x = (data.xs[0], data.xs[-1]) if data.xs else (0.0, 1.0)
        pad = max((high_x - low_x) * 0.1, 3 * 86400.0)  # at least a few days either side
        chart.set_x_range(low_x - pad, high_x + pad, until=end_of_day(self.visit.now().astimezone().date()))
        chart.show_series(data.xs, data.ys, [f"{d}: {v}" for d, v in zip(dates, shown, strict=True)])
        chart.step = max((high_x - low_x) / 50, 3600.0)
        values = [*data.ys, *([data.threshold] if data.threshold is not None else [])] or [0.0]
        chart.set_y_range(min(0.0, min(values)), max(values) * 1.25 + 1)
        if data.threshold is not None and data.risk_side is not None:
            words = (self.tr("Higher risk below this line") if data.risk_side == "below"
                     else self.tr("Higher risk at or above this line"))
            chart.show_threshold(data.threshold, data.risk_side, words)
        summary = results_summary(title_of(test, self.pack), unit, dates, list(data.ys), data.threshold,
                                  data.risk_side, test)
        summary += self._since_programme(test, chart)
        if data.not_completed:
            summary += " " + self.tr("{0} not completed (not shown).").replace("{0}", str(data.not_completed))
        self.say(summary)
        chart.move_cursor(data.xs[-1] if data.xs else low_x)

    def _since_programme(self, test: str, chart) -> str:
        """The start of the person's programme on the chart of the re-tests (chair stand,
        balance), and the change since then in words."""
        from legapp.act.programme import current
        from legapp.act.retest import RETEST_TESTS, change_since_start

        history, who = self.visit.history, self.visit.who.profile_id
        if test not in RETEST_TESTS or history is None or who is None:
            return ""
        try:
            programme = current(history.programme_events(who))
        except (sqlite3.Error, OSError):
            return ""
        if programme is None:
            return ""
        day = programme.started
        chart.show_marker(datetime.datetime(day.year, day.month, day.day).timestamp(),
                          self.tr("Programme start"))
        change = next((c for c in change_since_start(self.records, day) if c.test == test), None)
        if change is None:
            return ""
        return " " + self.tr("Since your programme started: from {0} to {1}.").replace(
            "{0}", result_number(test, change.start)).replace("{1}", result_number(test, change.now))

    def _readout(self, x: float) -> str:
        if not self.points:
            return ""
        return min(self.points, key=lambda p: abs(p[0] - x))[2]


class SeePage(Page):
    """Each chart is built when its tab is first shown, not all three up front: a chart
    costs ~20 ms to build, and See opens on one of them."""

    def __init__(self, pack: ContentPack, visit: Visit, theme: Theme, parent: QWidget | None = None):
        super().__init__(self.tr("See the numbers"), parent)
        self.pack, self.visit, self.theme = pack, visit, theme
        self.kiosk = visit.take_home is not None  # a kiosk saves no pictures
        self._settled = False
        self.steps: dict[str, ChartStep] = {}
        self.tabs = ButtonRow()
        self.outer.addWidget(self.tabs)
        self.stack = QStackedWidget()
        self.outer.addWidget(self.stack, 1)
        self.tab_buttons: dict[str, BigButton] = {}
        for key, words in (("lifetime", self.tr("Muscle with age")), ("disuse", self.tr("Weeks in bed")),
                           ("results", self.tr("My results"))):
            button = _choice(words)
            button.clicked.connect(lambda _=False, k=key: self.show_item(k))
            self.tabs.addWidget(button)
            self.tab_buttons[key] = button
        self.tabs.addStretch(1)
        radio_buttons(self.tabs, self.tr("Which chart"), self.tab_buttons.values())
        self._tabs_pt = 0
        self._size_tabs()

    def _size_tabs(self) -> None:
        """The tabs' words grow with the text size as far as the top bar's do (24 pt): the
        three stay on one line in a 1024 px window and the chart keeps its height (at the
        largest text, on two lines, they took 192 px of a 520 px page). Their height is the
        app's touch target still (a kiosk's larger one too)."""
        body = QApplication.font().pointSize()
        points = TextSize("", body).bar_pt
        if points != self._tabs_pt:
            self._tabs_pt = points
            self.tabs.setStyleSheet(f"QPushButton {{ font-size: {points}pt; }}" if points < body else "")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # the person changed the text size
            self._size_tabs()
        super().changeEvent(event)

    def step(self, key: str) -> ChartStep:
        """The chart step ``key`` ("lifetime", "disuse", "results"), built on first use."""
        if key not in self.steps:
            if key == "lifetime":
                step = LifetimeStep(self.pack, self.theme, kiosk=self.kiosk)
            elif key == "disuse":
                step = DisuseStep(self.pack, self.theme, kiosk=self.kiosk)
            else:
                step = ResultsStep(self.pack, self.visit, self.theme)
                step.go_check.connect(lambda: self.navigate.emit(Route("check")))
            step.save.connect(self.save_picture)
            step.chart.setAccessibleName(self.tab_buttons[key].words())  # the chart's name: its tab's
            if self._settled:
                step.settle()
            self.stack.addWidget(step)
            self.steps[key] = step
        return self.steps[key]

    @property
    def lifetime(self) -> LifetimeStep:
        return self.step("lifetime")

    @property
    def disuse(self) -> DisuseStep:
        return self.step("disuse")

    @property
    def results(self) -> ResultsStep:
        return self.step("results")

    def settle(self) -> None:
        self._settled = True
        for step in self.steps.values():
            step.settle()

    def show_item(self, arg: str) -> None:
        key = arg if arg in self.tab_buttons else "lifetime"
        for name, button in self.tab_buttons.items():
            button.setChecked(name == key)
        step = self.step(key)
        if key == "lifetime":
            step.show_kind(step.kind, self.visit.who.age)
        elif key == "results":
            step.refresh()
        show_step(self.stack, step)
        self.focus_first()

    def first_control(self) -> QWidget:
        return next(b for b in self.tab_buttons.values() if b.isChecked())

    def save_picture(self) -> None:
        """The chart on screen as a PNG picture in Documents (never in a kiosk)."""
        key = next(k for k, step in self.steps.items() if step is self.stack.currentWidget())
        step = self.steps[key]
        if step.kiosk:
            return
        # Whose results, or which chart: "legapp chart - Ana - December 1, 2026.png".
        what = self.visit.who.name if key == "results" else self.tab_buttons[key].words()
        picture = step.chart.grab()

        def write(path) -> None:
            from legapp.track.export import private_output

            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not picture.save(buffer, "PNG"):
                raise OSError(self.tr("The picture could not be made."))
            with private_output(path) as temp, open(temp, "wb") as out:  # a full disk raises here
                out.write(bytes(buffer.data()))

        step.saver.save(SaveJob(
            plain_name(self.tr("legapp chart"), what, self.visit.today(), QLocale(self.pack.info.locale),
                       "png"),
            write,
            lambda path, _none: self.tr("The chart is saved in the folder {0}, named “{1}”.").replace(
                "{0}", shown(path.parent)).replace("{1}", path.name),
            lambda folder, why: self.tr(
                "The chart could not be saved in {0}: {1}. Nothing there was changed. You can choose "
                "another place.").replace("{0}", shown(folder)).replace("{1}", why),
            self.tr("Save the chart as a picture"), self.tr("Pictures (*.png)")))
        self._focus_soon(step.note.first_control)  # the window scrolls it into sight
