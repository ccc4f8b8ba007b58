"""Each drawing is named and described to a screen reader in the screen's language: its
own <title> and <desc>, in English and, marked xml:lang="es", in Spanish."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from legapp.paths import resources_dir
from legapp.qt.picture import Picture, svg_words
from legapp.qt.translation import use_language

IMAGES = resources_dir() / "images"
DRAWINGS = sorted(IMAGES.glob("*.svg"))
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("path", DRAWINGS, ids=[p.stem for p in DRAWINGS])
def test_every_drawing_says_what_it_shows_in_english_and_spanish(path, qapp):
    root = ET.parse(path).getroot()
    for tag in ("title", "desc"):
        words = {e.get(LANG): " ".join((e.text or "").split()) for e in root
                 if e.tag.rsplit("}", 1)[-1] == tag}
        assert set(words) == {None, "es"}, (path.name, tag)  # English unmarked, first; Spanish marked
        english, spanish = words[None], words["es"]
        assert english, (path.name, tag)
        assert spanish not in ("", english), (path.name, tag)
        assert spanish.endswith("."), (path.name, tag)  # read as a sentence of its own
        assert svg_words(path, tag) == english  # no language asked for: the English one
        assert svg_words(path, tag, "es") == spanish
        assert svg_words(path, tag, "fr") == english  # a language it does not have: English


def test_a_picture_is_named_in_the_language_of_the_screen(qtbot):
    path = IMAGES / "chair-stand.svg"
    english = Picture(path, 120)
    qtbot.addWidget(english)
    assert english.accessibleName() == svg_words(path, "title")
    assert english.accessibleDescription() == svg_words(path, "desc")
    use_language("es")
    spanish = Picture(path, 120)
    qtbot.addWidget(spanish)
    assert spanish.accessibleName() == svg_words(path, "title", "es")
    assert spanish.accessibleDescription() == svg_words(path, "desc", "es")
    assert spanish.accessibleName() != english.accessibleName()
