"""The themes: every text colour on every background it is drawn on meets WCAG
contrast (4.5:1 standard, 7:1 high contrast; 3:1 for lines, rings and chart marks),
and the stylesheets take every colour from the theme model, none typed in."""

from __future__ import annotations

import re

import pytest

from legapp.paths import ui_dir
from legapp.textsize import TEXT_SIZES
from legapp.theme import (
    HIGH_CONTRAST,
    STANDARD,
    THEMES,
    Theme,
    contrast_ratio,
    pick_theme,
    stylesheet,
    template,
)

TEXT_MINIMUM = {"standard": 4.5, "high-contrast": 7.0}  # WCAG 2 AA body text; AAA for high contrast
GRAPHIC_MINIMUM = 3.0  # WCAG 1.4.11, non-text contrast


def test_the_contrast_formula_matches_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the known AA grey
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_every_text_pair_is_readable(theme):
    pairs = theme.text_pairs()
    assert len(pairs) >= 20
    weak = {name: round(contrast_ratio(*pair), 2) for name, pair in pairs.items()
            if contrast_ratio(*pair) < TEXT_MINIMUM[theme.name]}
    assert not weak, f"{theme.name}: below {TEXT_MINIMUM[theme.name]}:1: {weak}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_lines_rings_and_chart_marks_stand_out(theme):
    weak = {name: round(contrast_ratio(*pair), 2) for name, pair in theme.graphic_pairs().items()
            if contrast_ratio(*pair) < GRAPHIC_MINIMUM}
    assert not weak


def test_the_check_can_fail():
    grey = Theme(**{**STANDARD._asdict(), "name": "grey", "muted_text": "#999999"})
    assert contrast_ratio(*grey.text_pairs()["muted"]) < 4.5


def test_high_contrast_is_higher_and_heavier():
    body = contrast_ratio(*HIGH_CONTRAST.text_pairs()["body"])
    assert body > contrast_ratio(*STANDARD.text_pairs()["body"])
    assert HIGH_CONTRAST.border_px > STANDARD.border_px
    assert HIGH_CONTRAST.focus_px > STANDARD.focus_px


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_the_stylesheets_type_no_colour_of_their_own(theme):
    sheet = template(ui_dir(), theme)
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b|rgb\(", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
    filled = stylesheet(sheet, theme, TEXT_SIZES[-1])
    assert "{{" not in filled
    assert theme.text in filled
    assert theme.focus in filled


def test_every_colour_of_a_theme_is_used_by_a_stylesheet_or_chart():
    charts = ui_dir().parent / "legapp" / "qt" / "charts" / "chart_view.py"
    sheet = template(ui_dir(), HIGH_CONTRAST) + charts.read_text()
    unused = [name for name in HIGH_CONTRAST.colours() if name not in sheet and f"theme.{name}" not in sheet]
    assert not unused


@pytest.mark.parametrize(("choice", "dark", "high", "expected"), [
    ("auto", False, False, "standard"), ("auto", True, False, "high-contrast"),
    ("auto", False, True, "high-contrast"), ("standard", True, True, "standard"),
    ("high-contrast", False, False, "high-contrast")])
def test_auto_follows_the_system(choice, dark, high, expected):
    assert pick_theme(choice, system_dark=dark, system_high_contrast=high).name == expected


def test_a_bad_colour_is_refused():
    with pytest.raises(ValueError, match="colour"):
        Theme(**{**STANDARD._asdict(), "text": "black"})
