"""See: the charts checked through their plot items' data (not pixels), driven by keys,
a person's age and their kept results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from legapp.charts.disuse import disuse_band
from legapp.charts.lifetime import lifetime_band
from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES

from .conftest import settle
from .people import THIS_YEAR, click


def open_see(person):
    return person.open_area("See the numbers")


def data(item):
    xs, ys = item.getData()
    return list(xs), list(ys)


def test_muscle_with_age_is_a_band_with_you_are_here(person, qtbot, pack):
    person.add_person("Ana", str(THIS_YEAR - 72))
    page = open_see(person)
    chart = page.lifetime.chart
    band = lifetime_band(pack.facts, "mass")
    assert data(chart.items["top"]) == (list(band.xs), list(band.high))
    assert data(chart.items["bottom"]) == (list(band.xs), list(band.low))
    assert "fill" in chart.items  # a band, never a single line
    assert chart.items["marker"].value() == 72
    assert "You are 72" in page.lifetime.summary.text()
    assert chart.accessibleName() == "Muscle with age"  # its tab's name
    assert chart.accessibleDescription() == page.lifetime.summary.text()
    assert "Sources:" in page.lifetime.caption.text()
    click(qtbot, page.lifetime.strength_button)
    strength = lifetime_band(pack.facts, "strength")
    assert data(chart.items["bottom"])[1] == list(strength.low)
    assert "leg strength" in page.lifetime.summary.text()


def _cited(pack, source_id):
    return pack.sources[source_id].citation()


def test_captions_name_every_source_drawn(person, qtbot, pack):
    """Item 6: the muscle band is drawn from Volpi 2004 (30-60) and Mitchell 2012 (60+),
    the strength band from Goodpaster 2006 (70+); the bed-rest chart from Wall 2014,
    Di Girolamo 2021 and Marusic 2021, with Kortebein 2008's strength loss in words."""
    page = open_see(person)
    caption = page.lifetime.caption.text()
    assert _cited(pack, "volpi2004") in caption
    assert _cited(pack, "mitchell2012") in caption
    click(qtbot, page.lifetime.strength_button)
    caption = page.lifetime.caption.text()
    assert _cited(pack, "goodpaster2006") in caption
    assert _cited(pack, "volpi2004") not in caption  # the mass rates are not drawn for strength
    click(qtbot, page.tab_buttons["disuse"])
    caption = page.disuse.caption.text()
    for source in ("wall2014", "digirolamo2021", "marusic2021", "kortebein2008"):
        assert _cited(pack, source) in caption, source


def test_the_strength_chart_starts_at_70(person, qtbot, pack):
    """Item 6: no strength line from 30 to 70 (CLINICAL.md 8 has no rate there)."""
    person.add_person("Ana", str(THIS_YEAR - 65))
    page = open_see(person)
    click(qtbot, page.lifetime.strength_button)
    chart = page.lifetime.chart
    xs, _ = data(chart.items["top"])
    assert xs[0] == 70
    assert chart.y_label == "% of what you had at 70"
    assert "marker" not in chart.items  # 65 is before the strength chart starts
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.cursor_x == 70
    assert chart.readout.text() == "Age 70: about 100% to 100% of the strength you had at 70 is left."
    click(qtbot, page.lifetime.mass_button)
    assert chart.y_label == "% of what you had at 30"
    assert chart.items["marker"].value() == 65


def test_you_are_here_keeps_its_words_inside_the_chart(person, qtbot):
    person.add_person("Bo", str(THIS_YEAR - 73), "male")
    page = open_see(person)
    chart = page.lifetime.chart
    assert chart.items["marker_text"].anchor.x() > 1  # 73 of 30-95: the words go to its left
    click(qtbot, page.lifetime.strength_button)
    assert chart.items["marker"].value() == 73
    assert chart.items["marker_text"].anchor.x() < 0  # 73 of 70-95: to its right, not off the chart


def test_arrow_keys_move_the_cursor_and_read_the_value_out(person, qtbot, pack):
    page = open_see(person)
    chart = page.lifetime.chart
    chart.setFocus()
    assert chart.cursor_x == 60  # no one chosen: no marker, the cursor starts at 60
    assert "marker" not in chart.items
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.cursor_x == 62
    low, high = lifetime_band(pack.facts).at(62)
    words = f"Age 62: about {round(low)}% to {round(high)}% of the muscle you had at 30 is left."
    assert chart.readout.text() == words
    from PySide6.QtGui import QAccessible

    from legapp.qt import accessible

    read = QAccessible.queryAccessibleInterface(chart)
    assert read.role() == QAccessible.Role.Chart
    assert read.text(QAccessible.Text.Value) == words  # the value under the cursor is the chart's
    assert read.text(QAccessible.Text.Description) == page.lifetime.summary.text()
    assert accessible.said[-1] == (words, False)  # and said as the arrow moves it
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.cursor_x == 95
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # stays at the end
    assert chart.cursor_x == 95
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.cursor_x == 30


def test_weeks_in_bed_shows_the_band_and_the_studies(person, qtbot, pack):
    page = open_see(person)
    click(qtbot, page.tab_buttons["disuse"])
    chart = page.disuse.chart
    band = disuse_band(pack.facts)
    assert data(chart.items["bottom"]) == (list(band.xs), list(band.low))
    assert data(chart.items["top"])[0][-1] == 14  # the studies stop at day 14, and so does the chart
    dots = [chart.items[f"point{i}"].getData() for i in range(3)]
    assert "point3" not in chart.items
    points = sorted((float(xs[0]), float(ys[0])) for xs, ys in dots)
    assert points == [(5, 96.5), (14, 91.6), (14, 92)]  # muscle only: the axis is "% of muscle left"
    labels = [chart.items[f"point{i}_text"].textItem.toPlainText() for i in range(3)]
    assert not any("strength" in words for words in labels)
    assert "13% less strength after 10 days" in page.disuse.summary.text()  # said, not drawn
    assert "illustration" in page.disuse.caption.text()
    for i in range(3):  # the words of a point on the last day go to its left, inside the chart
        x = float(chart.items[f"point{i}"].getData()[0][0])
        assert chart.items[f"point{i}_text"].anchor.x() == (1 if x == 14 else 0)


def test_my_results_over_time_with_the_risk_line(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.chair_stand(11)
    page = open_see(person)
    click(qtbot, page.tab_buttons["results"])
    step = page.results
    assert step.test_buttons["chair_stand_30s"].isVisible()
    assert not step.test_buttons["tug"].isVisible()
    assert data(step.chart.items["series"])[1] == [8.0, 11.0]
    assert step.chart.items["threshold"].value() == 10  # women 70-74: below average under 10
    assert step.chart.items["threshold_text"].textItem.toPlainText() == "Higher risk below this line"
    assert "2 results" in step.summary.text()
    assert "11 stands" in step.chart.readout.text()  # the cursor starts at the latest


def test_no_results_gives_a_friendly_prompt_not_an_empty_frame(person, qtbot):
    page = open_see(person)
    click(qtbot, page.tab_buttons["results"])
    step = page.results
    assert not step.chart.isVisible()
    assert step.prompt_button.isVisible()
    assert "guest" in step.summary.text()
    click(qtbot, step.prompt_button)
    assert person.w.history.current == Route("check")


def _chart_text(chart) -> dict[str, float]:
    """The point sizes of a chart's tick numbers and axis words, as drawn."""
    sizes = {}
    for name in ("left", "bottom"):
        axis = chart.plot.getAxis(name)
        sizes[f"{name} ticks"] = axis.style["tickFont"].pointSizeF()
        sizes[f"{name} words"] = float(axis.labelStyle["font-size"].removesuffix("pt"))
    return sizes


def test_chart_text_follows_the_text_size(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    page = open_see(person)
    click(qtbot, page.tab_buttons["results"])  # a date axis too
    charts = (page.lifetime.chart, page.results.chart)
    small = [_chart_text(chart) for chart in charts]
    person.w.set_text_size(len(TEXT_SIZES) - 1)  # the charts are there already: they grow
    big = [_chart_text(chart) for chart in charts]
    for before, after in zip(small, big, strict=True):
        assert min(before.values()) >= 12
        for part, size in before.items():
            assert after[part] >= size * 1.5, part
    key = page.lifetime.chart.key.rows[0][1]
    assert key.font().pointSize() == TEXT_SIZES[-1].body_pt  # the key's words are the page's


def test_the_axes_start_at_0_or_show_a_break(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    page = open_see(person)
    for kind in ("mass", "strength"):
        page.lifetime.show_kind(kind)
        assert page.lifetime.chart.plot.viewRange()[1][0] == 0
        assert not page.lifetime.chart.plot.getAxis("left").broken
    click(qtbot, page.tab_buttons["results"])
    assert page.results.chart.plot.viewRange()[1][0] == 0
    click(qtbot, page.tab_buttons["disuse"])  # a loss of a few per cent: from 90, with a break
    chart = page.disuse.chart
    settle(qtbot, 50)
    low = chart.plot.viewRange()[1][0]
    assert 0 < low <= min(y for _x, y, *_ in [(p.day, p.left) for p in page.disuse.points])
    axis = chart.plot.getAxis("left")
    assert axis.broken
    # The break is drawn: the axis line is cut near its foot (the chart's background shows).
    picture = chart.plot.grab().toImage()
    view = chart.plot.mapFromScene(chart.plot.getPlotItem().vb.sceneBoundingRect()).boundingRect()
    x = view.left() - 2  # the axis line, just left of the plotted area
    colours = [picture.pixelColor(x, y).name() for y in range(view.bottom() - 40, view.bottom() - 5)]
    surface, ink = person.w.look.theme.surface, person.w.look.theme.text
    assert colours.count(surface) >= 6  # cut...
    assert picture.pixelColor(x, view.bottom() - 100).name() == ink  # ...where it is drawn above


def test_each_band_has_a_key_naming_its_edges(person, qtbot):
    page = open_see(person)
    for step in (page.lifetime, page.disuse):
        person.w.go(Route("see", "lifetime" if step is page.lifetime else "disuse"))
        settle(qtbot)
        assert step.chart.key.isVisible()
        assert step.chart.key.words == ["The usual range", "Its top edge: slower loss",
                                        "Its bottom edge: faster loss"]
    top, bottom = page.lifetime.chart.items["top"], page.lifetime.chart.items["bottom"]
    assert page.lifetime.chart.key.rows[1][0].pen.style() == top.opts["pen"].style()  # solid
    assert page.lifetime.chart.key.rows[2][0].pen.style() == bottom.opts["pen"].style()  # dashed
    assert top.opts["pen"].style() != bottom.opts["pen"].style()
    click(qtbot, page.tab_buttons["results"])
    assert not page.results.chart.key.isVisible()  # no band there


def test_my_results_chart_shows_no_day_after_today(person, qtbot):
    from legapp.charts.results import end_of_day

    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.chair_stand(11)  # both today: the chart used to run on three days past today
    page = open_see(person)
    click(qtbot, page.tab_buttons["results"])
    chart = page.results.chart
    settle(qtbot, 50)
    last = end_of_day(person.w.visit.now().astimezone().date())
    low, high = chart.plot.viewRange()[0]
    assert high <= last
    assert low < min(data(chart.items["series"])[0])  # room before the first
    axis = chart.plot.getAxis("bottom")
    ticks = [v for _spacing, values in axis.tickValues(low, high, axis.width()) for v in values]
    assert ticks
    assert max(ticks) <= last


def test_chart_dates_are_in_the_persons_language(qtbot, make_window):
    from legapp.engine import FakeClock

    from .people import Person

    clock = FakeClock(500.0)
    english = Person(qtbot, make_window(clock=clock), clock)
    english.add_person("Ana", str(THIS_YEAR - 72))
    english.chair_stand(8)
    english.w.close()
    w = make_window(clock=clock, language="es")
    w.go(Route("see", "results"))
    chart = w.current_page.results.chart
    settle(qtbot, 50)
    axis = chart.plot.getAxis("bottom")
    low, high = chart.plot.viewRange()[0]
    shown = [text for spacing, values in axis.tickValues(low, high, axis.width())
             for text in axis.tickStrings(values, 1, spacing)]
    spanish = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
    english_months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    assert any(month in text for text in shown for month in spanish), shown
    assert not any(month in text for text in shown for month in english_months), shown
    assert any(month in chart.readout.text() for month in spanish)  # the value under the cursor too


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_at_the_largest_text_the_chart_keeps_nearly_half_the_page(person, qtbot, screen):
    from legapp.qt.main_window import fit_to_screen

    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.w.set_text_size(len(TEXT_SIZES) - 1)
    fit_to_screen(person.w, *screen)
    for key in ("lifetime", "disuse", "results"):
        person.w.go(Route("see", key))
        settle(qtbot, 60)
        page = person.page
        assert person.w.height() == screen[1]
        tabs = list(page.tab_buttons.values())
        assert len({tab.y() for tab in tabs}) == 1, key  # the three tabs on one line
        plot = page.steps[key].chart.plot
        assert plot.height() >= 0.45 * page.height(), (key, plot.height(), page.height())


def test_the_age_marker_moves_with_the_person(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    page = open_see(person)
    assert page.lifetime.chart.items["marker"].value() == 72
    person.add_person("Bo", str(THIS_YEAR - 81), "male")
    person.w.go(Route("profiles"))
    click(qtbot, next(r for r in person.page.list.rows if r.profile.name == "Bo").use_button)
    page = open_see(person)
    assert page.lifetime.chart.items["marker"].value() == 81


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_the_left_axis_words_are_never_cut_off(qtbot, make_window, language, screen):
    """"% de lo que tenía a los 30" is longer than a short chart is tall (a 1024x600 panel,
    large text): then it goes on two lines, each inside the axis, none of it cut."""
    from legapp.qt.main_window import fit_to_screen

    w = make_window(language=language)
    fit_to_screen(w, *screen)
    w.show()
    two_lines = set()
    for size in range(len(TEXT_SIZES)):
        w.set_text_size(size)
        for key in ("lifetime", "disuse"):
            w.go(Route("see", key))
            settle(qtbot, 60)
            chart = w.current_page.steps[key].chart
            axis = chart.plot.getAxis("left")
            words = axis.label.toPlainText()
            assert " ".join(words.split()) == chart.y_label  # every word, on one line or two
            # the label is drawn turned a quarter: its width runs along the axis
            assert axis.label.boundingRect().width() <= axis.size().height() + 1, (size, key, words)
            if "<br>" in axis.labelText:
                two_lines.add((size, key))
    if screen == (1024, 600):
        assert two_lines, "at 1024x600 the longest words need two lines at the larger sizes"


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_the_studies_words_stay_inside_the_chart(qtbot, make_window, language, screen):
    """Weeks in bed: each study's words beside its point, all of them inside the chart
    ("tamaño del músculo: -3,5 % a los 5 días" ran off its right edge at 1024x600)."""
    from legapp.qt.main_window import fit_to_screen

    w = make_window(language=language)
    fit_to_screen(w, *screen)
    w.show()
    w.go(Route("see", "disuse"))
    for size in range(len(TEXT_SIZES)):
        w.set_text_size(size)
        settle(qtbot, 60)
        chart = w.current_page.steps["disuse"].chart
        inside = chart.plot.getPlotItem().vb.sceneBoundingRect().adjusted(-2, -2, 2, 2)
        texts = [item for key, item in chart.items.items()
                 if key.startswith("point") and key.endswith("_text")]
        assert len(texts) >= 3
        for text in texts:
            assert inside.contains(text.sceneBoundingRect()), (size, text.toPlainText())


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_the_axes_numbers_and_dates_never_run_into_each_other(person, qtbot, screen):
    """My results at the largest text: "30 Nov" ran into "Dec 2026" at 1024x600 (no space
    between them). Every tick's words keep a gap from their neighbours'."""
    from PySide6.QtGui import QPainter, QPixmap

    from legapp.qt.main_window import fit_to_screen

    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(8)
    person.chair_stand(10)
    fit_to_screen(person.w, *screen)
    for size in range(len(TEXT_SIZES)):
        person.w.set_text_size(size)
        for key in ("results", "lifetime", "disuse"):
            person.w.go(Route("see", key))
            settle(qtbot, 60)
            plot = person.page.steps[key].chart.plot
            for name in ("bottom", "left"):
                picture = QPixmap(10, 10)
                painter = QPainter(picture)
                try:
                    _axis, _ticks, texts = plot.getAxis(name).generateDrawSpecs(painter)
                finally:
                    painter.end()
                rects = [rect for rect, _flags, _words in texts]
                assert len(rects) >= 2, (size, key, name)
                for i, rect in enumerate(rects):
                    room = rect.adjusted(-4, 0, 4, 0)  # words that touch read as one ("30 NovDec 2026")
                    clash = [words for other, (_r, _f, words) in zip(rects[:i], texts, strict=False)
                             if other.intersects(room)]
                    assert not clash, (size, key, name, texts[i][2], clash)
