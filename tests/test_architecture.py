"""The shape of the code: Qt only in legapp/qt, heavy imports kept off the start-up path."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "legapp"
QT_NAMES = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_only_the_qt_folder_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "qt":
            continue
        offenders += [f"{rel}: {name}" for name in _imports(path) if name.split(".")[0] in QT_NAMES]
    assert not offenders


def test_every_core_module_is_under_the_import_contract():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contract = config["tool"]["importlinter"]["contracts"][0]
    sources = set(contract["source_modules"])
    top_level = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
                 if (p.suffix == ".py" or (p / "__init__.py").exists()) and p.name != "__init__.py"}
    core = {f"legapp.{name}" for name in top_level} - {"legapp.qt", "legapp.__main__"}
    assert core <= sources, f"add to the import-linter contract: {sorted(core - sources)}"


def _run_app(tmp_path, *args, env_extra=None):
    code = (
        "import sys\n"
        "from legapp.app import main\n"
        f"rc = main({list(args)!r})\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'pyqtgraph')"
        " or 'QtMultimedia' in m or 'QtTextToSpeech' in m)\n"
        "print('rc', rc, 'heavy', heavy)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEGAPP_REPORT_READY": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)


def test_app_starts_without_heavy_imports(tmp_path):
    result = _run_app(tmp_path, "--data-dir", str(tmp_path / "data"))
    assert "legapp-ready" in result.stdout, result.stderr
    assert "rc 0 heavy []" in result.stdout, result.stdout


def test_the_first_window_waits_for_nothing_it_does_not_show(tmp_path):
    """At the moment the first window is up, the modules only later screens need are not
    loaded yet: the content model, the charts, and the stdlib parts whose import or use
    costs the start (a frozen dataclass compiles its methods at every start)."""
    code = (
        "import builtins, os, sys\n"
        "say = builtins.print\n"
        "def seen(*args, **kw):\n"
        "    if args == ('legapp-ready',):\n"
        "        loaded = sorted({m.split('.')[0] for m in sys.modules} & {'dataclasses', 'datetime',"
        " 'pydantic', 'yaml', 'numpy', 'pyqtgraph', 'sqlite3'})\n"
        "        say('loaded', loaded, flush=True)\n"
        "        os._exit(0)\n"
        "    say(*args, **kw)\n"
        "builtins.print = seen\n"
        "from legapp.app import main\n"
        f"main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEGAPP_REPORT_READY": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120)
    assert "loaded []" in result.stdout.splitlines(), result.stdout + result.stderr


def test_app_starts_with_a_broken_pack_and_no_warnings(tmp_path):
    broken = tmp_path / "pack"
    broken.mkdir()
    (broken / "pack.yaml").write_text("locale: en\nname: [oops\n")
    result = _run_app(tmp_path, "--data-dir", str(tmp_path / "data"), "--content-dir", str(broken))
    assert "legapp-ready" in result.stdout, result.stderr
    assert "rc 0" in result.stdout
    assert "Warning" not in result.stderr, result.stderr
    assert "Error" not in result.stderr, result.stderr


def test_text_size_option_is_remembered(tmp_path):
    from legapp.settings import SettingsStore

    data = tmp_path / "data"
    _run_app(tmp_path, "--data-dir", str(data), "--text-size", "larger")
    assert SettingsStore(data).load().text_size == 2
    _run_app(tmp_path, "--data-dir", str(data))  # no option: the remembered size stays
    assert SettingsStore(data).load().text_size == 2


def test_speech_engine_option_is_remembered(tmp_path):
    from legapp.settings import SettingsStore

    data = tmp_path / "data"
    _run_app(tmp_path, "--data-dir", str(data), "--tts-engine", "mock")
    assert SettingsStore(data).load().tts_engine == "mock"
