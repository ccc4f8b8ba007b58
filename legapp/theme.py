"""Colours and sizes of the look, filled into the Qt stylesheets in ui/ (no Qt).

The stylesheets hold ``{{ token }}`` placeholders; a Theme model and the chosen text
size give their values. An unknown token is an error, not a silent blank.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from legapp.textsize import TextSize

_COLOR = r"^#[0-9a-fA-F]{6}$"
_TOKEN = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


class Theme(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    window: str = Field(pattern=_COLOR)
    text: str = Field(pattern=_COLOR)
    muted_text: str = Field(pattern=_COLOR)
    surface: str = Field(pattern=_COLOR)
    border: str = Field(pattern=_COLOR)
    accent: str = Field(pattern=_COLOR)
    accent_text: str = Field(pattern=_COLOR)
    link: str = Field(pattern=_COLOR)
    focus: str = Field(pattern=_COLOR)
    bar: str = Field(pattern=_COLOR)
    bar_text: str = Field(pattern=_COLOR)
    notice: str = Field(pattern=_COLOR)
    notice_text: str = Field(pattern=_COLOR)

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
)

THEMES = {STANDARD.name: STANDARD}


def stylesheet(template: str, theme: Theme, size: TextSize) -> str:
    values = {
        **theme.model_dump(),
        "body_pt": str(size.body_pt),
        "heading_pt": str(size.heading_pt),
        "title_pt": str(size.title_pt),
        "small_pt": str(size.small_pt),
        # Touch targets stay at least 48 px, and grow with the text.
        "target_px": str(max(48, round(size.body_pt * 3))),
    }

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise KeyError(f"unknown stylesheet token '{m.group(1)}'")
        return str(values[m.group(1)])

    return _TOKEN.sub(fill, template)


def load_stylesheet(ui_dir: Path, theme: Theme, size: TextSize) -> str:
    return stylesheet((ui_dir / "app.qss").read_text(encoding="utf-8"), theme, size)
