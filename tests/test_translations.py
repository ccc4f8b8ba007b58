"""The Spanish words of the screens: every one translated, with the same placeholders,
and the .ts file up to date with the code (run `make ts` after changing words)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT

TS = ROOT / "i18n" / "legapp_es.ts"
EN_PLURALS = ROOT / "i18n" / "legapp_en.ts"  # English: only the plural forms ("1 result", "2 results")
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}")


def _texts(message) -> list[str]:
    """What a message is translated as: one text, or one per plural form."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("ts", [TS, EN_PLURALS], ids=["es", "en-plurals"])
def test_every_word_has_a_finished_translation(ts):
    unfinished = [(ctx, m.findtext("source")) for ctx, m in _messages(ts)
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(text.strip() for text in _texts(m))]
    assert len(list(_messages(ts))) > (400 if ts is TS else 5)
    assert not unfinished


@pytest.mark.parametrize("ts", [TS, EN_PLURALS], ids=["es", "en-plurals"])
def test_placeholders_match(ts):
    differ = [(ctx, m.findtext("source")) for ctx, m in _messages(ts)
              if any(sorted(PLACEHOLDER.findall(m.findtext("source"))) != sorted(PLACEHOLDER.findall(text))
                     for text in _texts(m))]
    assert not differ


def test_every_plural_has_its_forms_in_both_languages():
    """A count is said with the right form: "1 result", "2 results"; "1 resultado", "2 resultados"."""
    plurals = {(ctx, m.findtext("source")): _texts(m) for ctx, m in _messages(TS)
               if m.get("numerus") == "yes"}
    english = {(ctx, m.findtext("source")): _texts(m) for ctx, m in _messages(EN_PLURALS)}
    assert plurals.keys() == english.keys()
    assert len(plurals) >= 8
    for key, forms in english.items():
        assert len(forms) == 2
        assert "(s)" not in " ".join(forms), key
        assert len(plurals[key]) == 2, key


def test_the_ts_file_holds_every_word_of_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not beside this Python")
    files = subprocess.run(["git", "ls-files", "legapp/*.py"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    in_code = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh)}
    in_ts = {(ctx, m.findtext("source")) for ctx, m in _messages(TS)}
    assert in_code - in_ts == set(), "run `make ts` and translate the new words"
    assert in_ts - in_code == set(), "run `make ts`: these words are gone from the code"
    plural_in_code = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh) if m.get("numerus") == "yes"}
    plural_in_ts = {(ctx, m.findtext("source")) for ctx, m in _messages(EN_PLURALS)}
    assert plural_in_code == plural_in_ts, "run `make ts`"


def test_spanish_and_the_english_plurals_are_compiled_for_the_app():
    for name in ("legapp_es.qm", "legapp_en.qm"):  # made by `make` (and the wheel build)
        assert (ROOT / "resources" / "i18n" / name).exists()
