"""Colours and sizes of the look, filled into the Qt stylesheets in ui/ (no Qt).

The stylesheets hold ``{{ token }}`` placeholders; a Theme model and the chosen text
size give their values. An unknown token is an error, not a silent blank.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from legapp.textsize import TextSize

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TOKEN = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


@dataclass(frozen=True)
class Theme:
    """Colours as #rrggbb. A dataclass, not pydantic: it is needed before the first
    window shows, and importing pydantic would slow that down."""

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

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name != "name" and not _COLOR.match(getattr(self, f.name)):
                raise ValueError(f"theme {self.name}: {f.name} must be a colour like #1a2b3c")

    def colours(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if k != "name"}

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every text colour on the background it is drawn on, for contrast checks."""
        return {
            "body": (self.text, self.window),
            "muted": (self.muted_text, self.window),
            "card": (self.text, self.surface),
            "link": (self.link, self.window),
            "button": (self.accent_text, self.accent),
            "bar": (self.bar_text, self.bar),
            "notice": (self.notice_text, self.notice),
            "stop": (self.danger_text, self.danger),
            "answer": (self.link, self.surface),
        }


STANDARD = Theme(
    name="standard",
    window="#fbfaf7",
    text="#1a1a1a",
    muted_text="#4a4a4a",
    surface="#ffffff",
    border="#6b6b6b",
    accent="#1d4f91",
    accent_text="#ffffff",
    link="#0b4a9e",
    focus="#c75000",
    bar="#12335e",
    bar_text="#ffffff",
    notice="#fff1c2",
    notice_text="#1a1a1a",
    danger="#a4161a",
    danger_text="#ffffff",
)

THEMES = {STANDARD.name: STANDARD}


def stylesheet(template: str, theme: Theme, size: TextSize, min_target: int = 48) -> str:
    """``min_target``: the smallest touch target in px (48; a kiosk's touch screen, 60)."""
    values = {
        **theme.colours(),
        "body_pt": str(size.body_pt),
        "heading_pt": str(size.heading_pt),
        "title_pt": str(size.title_pt),
        "small_pt": str(size.small_pt),
        "bar_pt": str(size.bar_pt),
        # Touch targets stay at least 48 px, and grow with the text.
        "target_px": str(max(min_target, round(size.body_pt * 3))),
    }

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise KeyError(f"unknown stylesheet token '{m.group(1)}'")
        return str(values[m.group(1)])

    return _TOKEN.sub(fill, template)


def load_stylesheet(ui_dir: Path, theme: Theme, size: TextSize) -> str:
    return stylesheet((ui_dir / "app.qss").read_text(encoding="utf-8"), theme, size)
