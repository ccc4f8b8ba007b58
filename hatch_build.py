"""Wheel build step: compile i18n/*.ts into resources/i18n/*.qm, so the wheel ships
the Spanish words even when `make` did not run first (pip install . on a fresh clone)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease is needed to build the translations (pip install PySide6)")
    return [found]


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        out = root / "resources" / "i18n"
        for ts in sorted((root / "i18n").glob("*.ts")):
            qm = out / (ts.stem + ".qm")
            if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
                continue
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
