"""Help describes the screens as they look: its words about links match how a link is
drawn on a Learn page (its colour in each theme, underlined or not) and name the words
the pages really show, in English and in Spanish."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor

from legapp.navigation import Route
from legapp.theme import HIGH_CONTRAST, STANDARD

from ..conftest import ROOT

# What a person calls a colour, by its hue (0-359) on the colour wheel
COLOUR_NAMES = {"yellow": range(45, 75), "blue": range(195, 255)}


def _colour_name(hex_colour: str) -> str:
    hue = QColor(hex_colour).hue()
    return next(name for name, hues in COLOUR_NAMES.items() if hue in hues)


def _links(document):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                yield it.fragment().text(), fmt
            it += 1
        block = block.next()


def _help_words(window) -> str:
    window.go(Route("help"))
    text = window.current_page.text.toPlainText()
    return text[text.index("Words you do not know"):text.index("Please note")]


@pytest.mark.parametrize("theme", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_help_says_what_a_link_looks_like(make_window, theme):
    window = make_window(theme=theme.name)
    window.go(Route("topic", window.pack.topics[0].id))
    links = list(_links(window.current_page.text.document()))
    assert {fmt.foreground().color().name() for _, fmt in links} == {theme.link}
    underlined = any(fmt.fontUnderline() for _, fmt in links)
    words = window.current_page.text.toPlainText()
    assert "Read next" in words  # the heading the links to other pages stand under
    help_words = _help_words(window)
    assert ("underlined" in help_words.lower()) == underlined
    assert _colour_name(STANDARD.link) in help_words
    assert _colour_name(HIGH_CONTRAST.link) in help_words
    for name in ("Read next", "Read more", "High contrast", "Learn about your legs"):
        assert name in help_words
    window.go(Route("faq"))
    assert next(text for text, _ in _links(window.current_page.text.document())).startswith("Read more")


def _spanish() -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "i18n" / "legapp_es.ts").getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
            for c in root.iter("context") for m in c.iter("message")}


def test_the_spanish_help_says_the_same_of_links():
    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir

    spanish = _spanish()
    words = next(part.body for part in load_pack(bundled_content_dir("es")).help if part.id == "links")
    assert "subrayad" not in words  # links are not underlined
    assert "azul" in words
    assert "amarill" in words
    for context, name in (("TopicPage", "Read next"), ("HomePage", "High contrast"),
                          ("HomePage", "Learn about your legs")):
        assert spanish[(context, name)] in words, name
    assert spanish[("FaqPage", "Read more: {0}")].split("{0}")[0].rstrip(": ") in words
