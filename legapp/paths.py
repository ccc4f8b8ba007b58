"""Where legapp finds its shipped files and keeps the user's own."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # In a wheel the folders are copied inside the package; in a checkout they sit
    # beside it, at the top of the repository.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def ui_dir() -> Path:
    return _shipped("ui")


def bundled_content_dir(locale: str) -> Path:
    return resources_dir() / "content" / locale


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("legapp", appauthor=False))
