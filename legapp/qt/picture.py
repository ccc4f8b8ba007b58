"""A drawing from resources/images, scaled to a fixed height, read by screen readers
as an image, named by the drawing's own <title> and described by its <desc>."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget


def svg_words(path: Path, tag: str = "title") -> str:
    """The drawing's first <title> (what it shows) or <desc> (how it looks), "" for none."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return ""
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == tag and element.text:
            return " ".join(element.text.split())
    return ""


def svg_title(path: Path) -> str:
    return svg_words(path, "title")


class Picture(QSvgWidget):
    def __init__(self, path: Path, height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture_height = height
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.show_file(path)

    def set_height(self, height: int) -> None:
        if height != self.picture_height:
            self.picture_height = height
            self.show_file(self.path)

    def show_file(self, path: Path) -> None:
        """Show another drawing at the same height, its own width (drawings differ in shape)."""
        self.path = Path(path)
        self.load(str(path))
        box = self.renderer().viewBoxF()
        ratio = box.width() / box.height() if box.height() > 0 else 1.0
        self.setFixedSize(round(self.picture_height * ratio), self.picture_height)
        from legapp.qt.accessible import image

        # a screen reader says the image role, then its name and its description
        image(self, svg_title(self.path) or self.path.stem.replace("-", " "), svg_words(self.path, "desc"))
