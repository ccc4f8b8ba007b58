"""Colours and sizes of the look, filled into the Qt stylesheets in ui/ (no Qt).

The stylesheets hold ``{{ token }}`` placeholders; a Theme model and the chosen text
size give their values. An unknown token is an error, not a silent blank.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from legapp.textsize import TextSize

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TOKEN = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
TEXT, GRAPHIC = "text", "graphic"  # what a colour pair is drawn as (Theme.contrast_pairs)


class _ThemeFields(NamedTuple):
    """Colours as #rrggbb. A named tuple, not pydantic or a dataclass: it is made before
    the first window shows, and pydantic's import (~80 ms) or a frozen dataclass's
    generated methods (~1 ms each class, compiled at every start) would slow that down."""

    name: str
    window: str
    text: str
    muted_text: str
    surface: str
    border: str
    accent: str
    accent_text: str
    link: str
    focus: str
    bar: str
    bar_text: str
    notice: str
    notice_text: str
    danger: str  # the Stop button
    danger_text: str
    bar_focus: str  # the focus ring on the dark top bar
    pressed: str  # a button while pressed
    pressed_text: str
    flash: str  # the clock's frame as it flashes, and a tile while pressed
    disabled: str  # the flat face of a button that cannot be pressed yet
    bar_muted: str  # the words of a top-bar button that cannot be pressed (Back at the start)
    # Charts: drawn on ``surface``. Lines and marks need 3:1 against it (WCAG 1.4.11).
    chart_line: str  # the usual range, the person's own results
    chart_band: str  # the shaded range between best and worst (drawn see-through)
    chart_mark: str  # a point to look at: "you are here", the end of bed rest
    chart_risk: str  # the risk line
    # The look's weight: borders and focus rings are thicker in high contrast.
    border_px: int = 2
    focus_px: int = 4
    extra_qss: str = ""  # a stylesheet in ui/ laid over app.qss (high contrast)


_NOT_COLOURS = ("name", "extra_qss", "border_px", "focus_px")


class Theme(_ThemeFields):
    """A look's colours and weights, checked when it is made: every colour is #rrggbb."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs) -> Theme:
        theme = super().__new__(cls, *args, **kwargs)
        for name, value in zip(theme._fields, theme, strict=True):
            if name not in _NOT_COLOURS and not (isinstance(value, str) and _COLOR.match(value)):
                raise ValueError(f"theme {theme.name}: {name} must be a colour like #1a2b3c")
        return theme

    def colours(self) -> dict[str, str]:
        return {k: v for k, v in self._asdict().items()
                if isinstance(v, str) and k not in _NOT_COLOURS}

    def contrast_pairs(self) -> dict[str, tuple[str, str, str]]:
        """Every colour on what it is drawn over, and what it is: TEXT needs the contrast of
        text (4.5:1, more in high contrast); GRAPHIC, a line, ring or mark, 3:1 (WCAG 1.4.11)."""
        return {
            "body": (TEXT, self.text, self.window),
            "muted": (TEXT, self.muted_text, self.window),
            "card": (TEXT, self.text, self.surface),
            "link": (TEXT, self.link, self.window),
            "button": (TEXT, self.accent_text, self.accent),
            "bar": (TEXT, self.bar_text, self.bar),
            "notice": (TEXT, self.notice_text, self.notice),
            "stop": (TEXT, self.danger_text, self.danger),
            "answer": (TEXT, self.link, self.surface),
            "tile title": (TEXT, self.link, self.surface),
            "caption": (TEXT, self.link, self.window),
            "clock unit": (TEXT, self.muted_text, self.surface),
            "pressed button": (TEXT, self.pressed_text, self.pressed),
            "disabled button": (TEXT, self.muted_text, self.disabled),
            "disabled bar button": (TEXT, self.bar_muted, self.bar),
            "flashing clock": (TEXT, self.text, self.flash),
            "flashing count": (TEXT, self.link, self.flash),
            "flashing clock unit": (TEXT, self.muted_text, self.flash),
            "pressed tile": (TEXT, self.text, self.flash),
            "pressed tile title": (TEXT, self.link, self.flash),
            "selected text": (TEXT, self.accent_text, self.accent),
            "dialog": (TEXT, self.text, self.surface),
            "focus ring on page": (GRAPHIC, self.focus, self.window),
            "focus ring on card": (GRAPHIC, self.focus, self.surface),
            "focus ring on bar": (GRAPHIC, self.bar_focus, self.bar),
            "focus ring on a flashing clock": (GRAPHIC, self.focus, self.flash),
            "border": (GRAPHIC, self.border, self.surface),
            "chart line": (GRAPHIC, self.chart_line, self.surface),
            "chart mark": (GRAPHIC, self.chart_mark, self.surface),
            "chart risk line": (GRAPHIC, self.chart_risk, self.surface),
            "chart axis": (GRAPHIC, self.text, self.surface),
        }

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every text colour on the background it is drawn on, for contrast checks."""
        return self._pairs(TEXT)

    def graphic_pairs(self) -> dict[str, tuple[str, str]]:
        """Lines, rings and marks on what they are drawn over: they need 3:1, not 4.5:1."""
        return self._pairs(GRAPHIC)

    def _pairs(self, kind: str) -> dict[str, tuple[str, str]]:
        return {name: (fg, bg) for name, (k, fg, bg) in self.contrast_pairs().items() if k == kind}


# Each colour of both themes side by side: (standard, high contrast). High contrast is
# white and yellow on black with thick borders, for low vision (WCAG AAA, 7:1 for text);
# the standard chart colours are Okabe-Ito's, told apart with colour-blindness too.
# A colour added here has to be given for both, so neither theme can lack it.
_COLOURS: dict[str, tuple[str, str]] = {
    "window": ("#fbfaf7", "#000000"),
    "text": ("#1a1a1a", "#ffffff"),
    "muted_text": ("#4a4a4a", "#e0e0e0"),
    "surface": ("#ffffff", "#000000"),
    "border": ("#6b6b6b", "#ffffff"),
    "accent": ("#1d4f91", "#ffff00"),
    "accent_text": ("#ffffff", "#000000"),
    "link": ("#0b4a9e", "#ffff00"),
    "focus": ("#c75000", "#00ffff"),
    "bar": ("#12335e", "#1c1c1c"),
    "bar_text": ("#ffffff", "#ffffff"),
    "notice": ("#fff1c2", "#ffff00"),
    "notice_text": ("#1a1a1a", "#000000"),
    "danger": ("#a4161a", "#ff9e9e"),
    "danger_text": ("#ffffff", "#000000"),
    "bar_focus": ("#ffb000", "#00ffff"),
    "pressed": ("#12335e", "#ffffff"),
    "pressed_text": ("#ffffff", "#000000"),
    "flash": ("#fff1c2", "#333300"),
    "disabled": ("#e4e2dc", "#000000"),
    "bar_muted": ("#b9c6d8", "#bdbdbd"),
    "chart_line": ("#0072b2", "#56b4e9"),
    "chart_band": ("#56b4e9", "#56b4e9"),
    "chart_mark": ("#d55e00", "#ff9e40"),
    "chart_risk": ("#b35900", "#ffff00"),
}

STANDARD = Theme(name="standard", **{token: pair[0] for token, pair in _COLOURS.items()})
HIGH_CONTRAST = Theme(name="high-contrast", **{token: pair[1] for token, pair in _COLOURS.items()},
                      border_px=3, focus_px=6, extra_qss="high-contrast.qss")

THEMES = {STANDARD.name: STANDARD, HIGH_CONTRAST.name: HIGH_CONTRAST}
THEME_CHOICES = ("auto", *THEMES)  # "auto": follow the system's contrast and dark settings


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21."""

    def luminance(colour: str) -> float:
        channels = []
        for i in (1, 3, 5):
            c = int(colour[i:i + 2], 16) / 255
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pick_theme(choice: str, *, system_dark: bool = False, system_high_contrast: bool = False) -> Theme:
    """The theme for a setting: a named one, or for "auto" what the system asks for
    (a dark or high-contrast system gets high contrast, the one dark theme here)."""
    if choice == "auto":
        return HIGH_CONTRAST if system_dark or system_high_contrast else STANDARD
    return THEMES[choice]


def stylesheet(template: str, theme: Theme, size: TextSize, min_target: int = 48) -> str:
    """``min_target``: the smallest touch target in px (48; a kiosk's touch screen, 60)."""
    values = {
        **theme.colours(),
        "body_pt": str(size.body_pt),
        "heading_pt": str(size.heading_pt),
        "tile_pt": str(size.tile_pt),
        "title_pt": str(size.title_pt),
        "small_pt": str(size.small_pt),
        "bar_pt": str(size.bar_pt),
        # Touch targets stay at least 48 px (60 in a kiosk) and grow with the text: a line
        # of it and its padding, no more, so that the step above a button has room.
        "target_px": str(max(min_target, round(size.body_pt * 2))),
        # The top bar's buttons: as tall as a finger needs, no taller (its words stop growing at 24 pt).
        "bar_target_px": str(max(min_target, round(size.bar_pt * 2))),
        "border_px": str(theme.border_px),
        "focus_px": str(theme.focus_px),
        # Room kept around an edge for the thicker focus ring, so a control is the same size
        # focused or not: nothing moves, and no layout is left a few pixels short.
        "ring_room_px": str(max(0, theme.focus_px - theme.border_px)),
        # The top bar has no room to spare: there the ring takes it from the padding.
        "bar_focus_pad_v_px": str(max(0, 4 - (theme.focus_px - theme.border_px))),
        "bar_focus_pad_h_px": str(max(0, 18 - (theme.focus_px - theme.border_px))),
    }

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise KeyError(f"unknown stylesheet token '{m.group(1)}'")
        return str(values[m.group(1)])

    return _TOKEN.sub(fill, template)


def template(ui_dir: Path, theme: Theme) -> str:
    """app.qss, with the theme's own sheet laid over it (later rules win)."""
    text = (ui_dir / "app.qss").read_text(encoding="utf-8")
    if theme.extra_qss:
        text += "\n" + (ui_dir / theme.extra_qss).read_text(encoding="utf-8")
    return text


def load_stylesheet(ui_dir: Path, theme: Theme, size: TextSize) -> str:
    return stylesheet(template(ui_dir, theme), theme, size)
