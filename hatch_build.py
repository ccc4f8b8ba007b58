"""Wheel build step: compile i18n/*.ts into resources/i18n/*.qm, so the wheel ships
the Spanish words even when `make` did not run first (pip install . on a fresh clone)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":  # an editable install reads resources/ in place; make builds them
            return
        root = Path(self.root)
        out = root / "resources" / "i18n"
        for ts in sorted((root / "i18n").glob("*.ts")):
            qm = out / (ts.stem + ".qm")
            if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
                continue
            out.mkdir(parents=True, exist_ok=True)
            tool = _lrelease()
            done = tool is not None and subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True).returncode == 0
            if not done:  # an isolated build without PySide6: the app then shows English words
                print(f"legapp: could not compile {ts.name} (needs PySide6's pyside6-lrelease; "
                      "run 'make translations' first)", file=sys.stderr)
