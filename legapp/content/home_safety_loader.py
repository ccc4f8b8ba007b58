"""Reading the home safety check (home_safety.yaml); a problem is a ContentError naming
the file and the field. A centre's pack made before the check was content has no such
file: the built-in one of its language stands in (as for help.yaml)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from legapp.content.errors import ContentError
from legapp.content.home_safety_models import HomeSafety
from legapp.content.yaml_io import build, read_yaml
from legapp.paths import bundled_content_dir

FILE = "home_safety.yaml"


def load_home_safety(folder: Path, locale: str, sources: Collection[str]) -> HomeSafety:
    path = folder / FILE
    if not path.exists():
        path = bundled_content_dir(locale.split("_")[0]) / FILE
    check = build(HomeSafety, read_yaml(path, path.parent), FILE, "")
    if check.source not in sources:
        raise ContentError(FILE, "source", f"unknown source id '{check.source}'")
    return check
