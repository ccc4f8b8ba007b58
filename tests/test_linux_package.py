"""The Linux package's own files (packaging/): the menu entry and the AppStream data pass
their validators and say what they should, the screenshots they name are screens the app
has, the PyInstaller spec keeps what legapp loads by name and leaves out nothing it
imports, the kiosk unit starts the installed command, and the icon renders at each size.
The build itself, and installing it, run in `make test-dist` (scripts/test_dist.sh)."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT

DEBIAN = ROOT / "packaging" / "debian"
DESKTOP = DEBIAN / "org.legapp.legapp.desktop"
METAINFO = DEBIAN / "org.legapp.legapp.metainfo.xml"
SPEC = ROOT / "packaging" / "legapp.spec"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        why = f"{name} is not installed (../shared/ci-apt.txt)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(why)
        pytest.skip(why)
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_passes_desktop_file_validate():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # not even a hint


def test_the_menu_entry_starts_the_installed_command_with_its_icon_in_both_languages():
    entry = desktop_entry()
    assert entry["Exec"] == "legapp"
    assert entry["Icon"] == "legapp"
    assert entry["Terminal"] == "false"
    assert "Comment[es]" in entry
    assert "GenericName[es]" in entry


def test_the_appstream_data_passes_appstreamcli_validate():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def _screens_the_tour_shows() -> set[str]:
    names = set(re.findall(r'yield "([a-z0-9-]+)"', (ROOT / "scripts" / "tour.py").read_text()))
    assert len(names) > 20
    return names


def test_the_appstream_data_names_the_launcher_and_real_screenshots_with_captions():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == "org.legapp.legapp"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "legapp"
    assert [p.text for p in root.iter("p")], "a plain description"
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 3
    screens = _screens_the_tour_shows() | {"README"}
    for shot in shots:
        assert (shot.findtext("caption") or "").strip()
        name = shot.findtext("image").rsplit("/", 1)[1]
        # each is one `make screenshots` writes: screenshots/<screen>-normal.png (the home one for the README)
        screen = "README" if name == "README-home.png" else name.removesuffix("-normal.png")
        assert screen in screens, name
    assert (ROOT / "screenshots" / "README-home.png").exists()


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in {SPEC}")


def _module_tuple(path, name: str) -> tuple[str, ...]:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in {path}")


def test_the_spec_bundles_every_module_the_app_loads_by_name():
    """legapp/qt/preload.py imports these with importlib, where PyInstaller cannot see them."""
    preload = ROOT / "legapp" / "qt" / "preload.py"
    by_name = {*_module_tuple(preload, "QT_MODULES"), *_module_tuple(preload, "BACKGROUND_MODULES"),
               *_module_tuple(preload, "GUI_MODULES")}
    assert by_name - set(_spec_list("hiddenimports")) == set()


def test_the_spec_leaves_out_nothing_legapp_imports():
    excluded = set(_spec_list("excludes"))
    imported = set()
    for path in (ROOT / "legapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
    assert {name for name in imported if name in excluded or name.split(".")[0] in excluded} == set()
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excluded


def test_the_spec_ships_the_resources_where_legapp_paths_looks_in_an_install():
    text = SPEC.read_text()
    assert '(str(ROOT / "resources"), "legapp/resources")' in text
    assert '(str(ROOT / "ui"), "legapp/ui")' in text


def test_the_kiosk_unit_starts_the_installed_command_and_waits_to_be_enabled():
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str
    unit.read(DEBIAN / "legapp-kiosk.service", encoding="utf-8")
    assert unit["Service"]["ExecStart"] == "/usr/bin/legapp --kiosk --kiosk-config /etc/legapp/kiosk.yaml"
    assert unit["Service"]["Restart"] == "always"
    assert unit["Unit"]["ConditionPathExists"] == "/etc/legapp/kiosk.yaml"  # no settings: it does not start
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    # nothing enables it on install: no maintainer scripts at all
    assert not any((DEBIAN / name).exists() for name in ("postinst", "preinst", "prerm", "postrm"))
    launcher = (DEBIAN / "legapp").read_text()
    assert 'exec /opt/legapp/legapp "$@"' in launcher


def test_the_icon_renders_at_every_menu_size(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "render_icons.py"), str(tmp_path)], check=True,
                   env=env, capture_output=True, timeout=60)
    from PySide6.QtGui import QImage

    for size in (48, 64, 128, 256):
        image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / "legapp.png"))
        assert (image.width(), image.height()) == (size, size)
        middle = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert middle.alpha() == 255  # drawn
        assert corner.alpha() == 0  # on a rounded, transparent tile


def test_shibokens_support_modules_are_written_compiled_for_the_bundle(tmp_path):
    """packaging/shiboken_files.py, run by the spec: shiboken's support modules as files
    (files.dir), each with a .pyc that is used as it is, without its date being checked."""
    import importlib.util

    out = tmp_path / "files.dir"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "shiboken_files.py"), str(out)], check=True,
                   capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    for module in ("loader", "parser", "mapping", "layout"):
        source = out / "shibokensupport" / "signature" / f"{module}.py"
        assert source.is_file(), module
        compiled = Path(importlib.util.cache_from_source(str(source))).read_bytes()
        assert compiled[:4] == importlib.util.MAGIC_NUMBER
        assert int.from_bytes(compiled[4:8], "little") == 0b01  # a hash-based .pyc, never checked
    assert '"shiboken6/files.dir"' in SPEC.read_text()


def test_the_runtime_hooks_left_out_serve_nothing_legapp_does():
    """The spec drops PyInstaller's hooks for inspect.getsource, pkgutil.iter_modules and
    multiprocessing's child processes (~20 ms a start): legapp must not need them."""
    assert set(_spec_list("_IDLE_HOOKS")) == {"pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing"}
    for path in (ROOT / "legapp").rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = {node.module.split(".")[0]}
                if node.module == "inspect":
                    names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "inspect":
                names = {node.attr}
            else:
                continue
            needs = names & {"pkgutil", "multiprocessing", "getsource", "getsourcefile", "getsourcelines",
                             "findsource", "getfile"}
            assert not needs, f"{path.relative_to(ROOT)} uses {needs}: put its run-time hook back in the spec"
