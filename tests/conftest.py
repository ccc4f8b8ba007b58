"""Shared test set-up: offscreen Qt, temporary folders only (the Qt fixtures pick the
mock speech engine)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.helpers")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may land in the real user folders: point them all at a temp dir.
_SANDBOX = tempfile.mkdtemp(prefix="legapp-tests-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = os.path.join(_SANDBOX, var.lower())

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pack():
    from legapp.content.loader import load_pack
    from legapp.paths import bundled_content_dir

    return load_pack(bundled_content_dir("en"))


@pytest.fixture
def pack_copy(tmp_path):
    """A writable copy of the bundled pack, for tests that break it on purpose."""
    import shutil

    from legapp.paths import bundled_content_dir

    target = tmp_path / "pack"
    shutil.copytree(bundled_content_dir("en"), target)
    return target


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str):
    """A real disk of ``size`` ("64k") mounted at ``folder`` for a test (CI runs as root);
    the test is skipped where mounting is not allowed."""
    import shutil
    import subprocess

    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small disk needs root")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path):
    """A real, nearly full disk: a 64 KiB tmpfs. Writing more than it holds fails with
    ENOSPC, as on a full laptop disk."""
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        yield disk
