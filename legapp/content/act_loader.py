"""Reading the exercise library of a pack: ``exercises/*.yaml``, one exercise a file.

Problems are ContentErrors naming the file and the field, as for the rest of a pack.
This module must not import legapp.content.loader (which calls it from load_pack).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from legapp.content.act_models import Exercise
from legapp.content.check_loader import _picture_exists
from legapp.content.errors import ContentError
from legapp.content.placeholders import check_placeholders
from legapp.content.yaml_io import build, read_yaml

FOLDER = "exercises"


def load_exercises(folder: Path, sources: Mapping[str, Any],
                   facts: Mapping[str, Any]) -> tuple[Exercise, ...]:
    """Every exercise of the pack in ``folder``, sorted by ``order`` (then id).
    Raises ContentError on the first problem."""
    folder = Path(folder)
    files = sorted((folder / FOLDER).glob("*.yaml"))
    if not files:
        raise ContentError(FOLDER, "", "no exercises (*.yaml) were found")
    found: dict[str, tuple[Exercise, str]] = {}
    for path in files:
        file = str(path.relative_to(folder))
        data = read_yaml(path, folder)
        if not isinstance(data, dict):
            raise ContentError(file, "", "expected 'field: value' lines, one exercise a file")
        exercise = build(Exercise, data, file, "")
        if exercise.id in found:
            raise ContentError(file, "id", f"'{exercise.id}' is also used in {found[exercise.id][1]}")
        if exercise.source not in sources:
            raise ContentError(file, "source", f"unknown source id '{exercise.source}'")
        if not _picture_exists(folder, exercise.picture):
            raise ContentError(file, "picture", f"no picture called '{exercise.picture}' in images/")
        for field, text in exercise.texts():
            check_placeholders(text, facts, file, field)
        found[exercise.id] = (exercise, file)
    return tuple(sorted((e for e, _ in found.values()), key=lambda e: (e.order, e.id)))
