"""A drawing from resources/images, scaled to a fixed height, read by screen readers
as an image, named by the drawing's own <title> and described by its <desc>."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def svg_words(path: Path, tag: str = "title", language: str | None = None) -> str:
    """The drawing's <title> (what it shows) or <desc> (how it looks), "" for none: the one
    in ``language`` (its xml:lang, e.g. <title xml:lang="es">) where the drawing has it,
    else its first, the English one."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return ""
    found = [element for element in root if element.tag.rsplit("}", 1)[-1] == tag and element.text]
    chosen = next((e for e in found if language and e.get(_LANG) == language), found[0] if found else None)
    return " ".join(chosen.text.split()) if chosen is not None else ""


def svg_title(path: Path, language: str | None = None) -> str:
    return svg_words(path, "title", language)


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
        from PySide6.QtCore import QLocale

        from legapp.qt.accessible import image

        # a screen reader says the image role, then its name and its description, in the
        # language of the screen (each page is built anew when the person changes language)
        language = QLocale().name().split("_")[0]
        image(self, svg_title(self.path, language) or self.path.stem.replace("-", " "),
              svg_words(self.path, "desc", language))
