"""What to do next after a result points somewhere the person can find: a place named in
a result's words is named as the screen calls it ("Keep your legs strong", where the
exercises are), never "Learn", where they are not. English and Spanish."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from legapp.content.loader import load_pack
from legapp.paths import bundled_content_dir

from .conftest import ROOT

QUOTED = re.compile(r"“([^”]+)”")
EXERCISES_AREA = "Keep your legs strong"  # the Act area's title, on Home and on its page
LEARN = {"en": re.compile(r"\b(in|see) Learn\b"), "es": re.compile(r"\b(en|de|Vea) Aprender\b")}


def _area_title(language: str) -> str:
    if language == "en":
        return EXERCISES_AREA
    root = ET.parse(ROOT / "i18n" / f"legapp_{language}.ts").getroot()
    return next(m.findtext("translation") for c in root.iter("context") if c.findtext("name") == "ActPage"
                for m in c.iter("message") if m.findtext("source") == EXERCISES_AREA)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_next_step_names_the_place_of_the_exercises_as_the_screen_does(language):
    pack = load_pack(bundled_content_dir(language))
    area = _area_title(language)
    pointing = []
    for test, meanings in pack.results.items():
        for meaning, words in meanings.items():
            where = f"{language}: {test}.{meaning}"
            assert not LEARN[language].search(words.next_step), f"{where} sends the person to Learn"
            for place in QUOTED.findall(words.next_step):
                assert place == area, f"{where} names “{place}”, which no screen is called"
                pointing.append(where)
            # the result screen's button to the exercises goes with words that point to them
            assert words.exercises == bool(QUOTED.findall(words.next_step)), where
    assert len(pointing) >= 6  # the chair stand, the five stands, the timed up and go, SARC-F
