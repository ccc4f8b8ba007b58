"""Reading YAML files of a pack and checking them against their models: the reader in
legapp.yaml_file, with file names relative to the pack's folder and every mistake a
ContentError whose field counts as an author counts ("phases[3].tap_label")."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from legapp import yaml_file
from legapp.content.errors import ContentError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path, folder: Path) -> Any:
    return yaml_file.read_yaml(path, ContentError, str(path.relative_to(folder)))


def build(model: type[M], data: Any, file: str, prefix: str) -> M:
    return yaml_file.build(model, data, ContentError, file, prefix)
