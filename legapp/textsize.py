"""Text sizes the person can choose (no Qt). Body text is never below 16 pt."""

from __future__ import annotations

from typing import NamedTuple


class TextSize(NamedTuple):  # a named tuple: made before the first window (see theme.Theme)
    key: str
    body_pt: int

    # Titles and headings stand out from the text by a ratio at the usual sizes; at the
    # large ones by a fixed step, so that a 1366x768 laptop still has room for the page.
    @property
    def title_pt(self) -> int:
        return round(self.body_pt * 1.6) if self.body_pt <= 20 else self.body_pt + 8

    @property
    def heading_pt(self) -> int:
        return round(self.body_pt * 1.25) if self.body_pt <= 20 else self.body_pt + 5

    @property
    def tile_pt(self) -> int:
        # A tile's title: a heading at the usual size, only a little above the text from
        # the large size on (the tile's frame already sets it apart).
        return self.heading_pt if self.body_pt < 20 else self.body_pt + 2

    @property
    def bar_pt(self) -> int:
        # The bar on every screen grows too, but stops at 24 pt so that Back, Home,
        # text size and Help still fit side by side in a 960 px wide window.
        return min(self.body_pt, 24)

    @property
    def small_pt(self) -> int:
        # Captions: a little smaller, but never below the 16 pt floor of body text.
        return max(16, round(self.body_pt * 0.9))


TEXT_SIZES: tuple[TextSize, ...] = (
    TextSize("normal", 16),
    TextSize("large", 20),
    TextSize("larger", 26),
    TextSize("largest", 32),
)

DEFAULT_TEXT_SIZE = 0


def text_size_index(key: str) -> int:
    for i, size in enumerate(TEXT_SIZES):
        if size.key == key:
            return i
    raise ValueError(f"unknown text size '{key}'; choose one of {', '.join(s.key for s in TEXT_SIZES)}")
