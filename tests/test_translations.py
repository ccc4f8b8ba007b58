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
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}")


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_word_has_a_finished_translation():
    unfinished = [(ctx, m.findtext("source")) for ctx, m in _messages(TS)
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or "").strip()]
    assert len(list(_messages(TS))) > 400
    assert not unfinished


def test_placeholders_match():
    differ = [(ctx, m.findtext("source")) for ctx, m in _messages(TS)
              if sorted(PLACEHOLDER.findall(m.findtext("source")))
              != sorted(PLACEHOLDER.findall(m.findtext("translation") or ""))]
    assert not differ


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


def test_spanish_is_compiled_for_the_app():
    assert (ROOT / "resources" / "i18n" / "legapp_es.qm").exists()  # made by `make` (and the wheel build)
