"""The wheel carries resources/ and ui/, and the installed app runs from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    (path,) = out.glob("legapp-*.whl")
    return path


def test_wheel_holds_content_stylesheet_and_entry_point(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "legapp/resources/content/en/pack.yaml" in names
    assert "legapp/resources/content/en/topics/01-leg-muscles.md" in names
    assert "legapp/ui/app.qss" in names
    assert "legapp/ui/high-contrast.qss" in names
    assert "legapp/resources/content/es/pack.yaml" in names
    assert "legapp/resources/i18n/legapp_es.qm" in names  # compiled from i18n/legapp_es.ts
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text
    assert "legapp = legapp.app:main" in text


def test_installed_app_runs_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import legapp.paths as p, legapp.app as a; "
            "print(p.resources_dir()); raise SystemExit(a.main(['--data-dir', 'data']))")
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "LEGAPP_REPORT_READY": "1"}
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(site))  # content found inside the install
    assert "legapp-ready" in result.stdout
