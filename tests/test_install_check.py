"""`legapp check-install` says, check by check, whether a copy of legapp has what it
needs, and fails when something is missing. `make test-dist` runs it from the installed
package; here it runs from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT


def check_install(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "legapp", "check-install", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_every_check_passes_in_a_whole_copy(tmp_path):
    result = check_install(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "all 7 checks passed"
    assert sum(line.startswith("ok: ") for line in lines) == 7
    assert any("Fuerza de las piernas" in line for line in lines)  # the Spanish words were read
    assert any(line.startswith("ok: a report in Spanish written as a PDF") for line in lines)
    assert not list(tmp_path.rglob("*.pdf"))  # it wrote only into a folder it removed


def test_a_missing_voice_is_named_and_fails_the_check(tmp_path):
    result = check_install(tmp_path, "--tts-engine", "nosuchvoice")
    assert result.returncode == 1
    assert "PROBLEM: no 'nosuchvoice' voice" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 of 7 checks failed"  # the others still ran
