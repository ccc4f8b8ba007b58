"""See: the charts checked through their plot items' data (not pixels), driven by keys,
a person's age and their kept results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from legapp.charts.disuse import disuse_band
from legapp.charts.lifetime import lifetime_band
from legapp.navigation import Route
from legapp.textsize import TEXT_SIZES

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
    assert chart.accessibleName() == page.lifetime.summary.text()
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
    assert chart.accessibleDescription() == words
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


def test_save_as_picture(person, qtbot, tmp_path, monkeypatch):
    page = open_see(person)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "chart"), ""))
    click(qtbot, page.lifetime.save_button)
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull()
    assert image.width() > 300
    assert (tmp_path / "chart.png").stat().st_mode & 0o777 == 0o600  # it can show a person's results
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("chart")) == ["chart.png"]


def test_chart_text_follows_the_text_size(person):
    page = open_see(person)
    axis = page.lifetime.chart.plot.getAxis("bottom")
    small = axis.style["tickFont"].pointSizeF()
    person.w.set_text_size(len(TEXT_SIZES) - 1)
    big = page.lifetime.chart.plot.getAxis("bottom").style["tickFont"].pointSizeF()
    assert big > small
    assert small >= 12


def test_the_age_marker_moves_with_the_person(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    page = open_see(person)
    assert page.lifetime.chart.items["marker"].value() == 72
    person.add_person("Bo", str(THIS_YEAR - 81), "male")
    person.w.go(Route("profiles"))
    click(qtbot, next(r for r in person.page.list.rows if r.profile.name == "Bo").use_button)
    page = open_see(person)
    assert page.lifetime.chart.items["marker"].value() == 81
