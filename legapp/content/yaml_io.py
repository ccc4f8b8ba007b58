"""Reading YAML files of a pack and checking them against their models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from legapp.content.errors import ContentError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, folder: Path) -> Any:
    name = str(path.relative_to(folder))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(name, "", "the file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(name, "", f"the file cannot be read ({exc})") from None
    try:
        return yaml.load(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ContentError(name, where, f"this is not valid YAML ({problem})") from None


def _where(loc: tuple) -> str:
    """pydantic's location as an author counts: ("phases", 2, "tap_label") is
    "phases[3].tap_label", the third phase, as the picture checks count too."""
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def describe(error: ValidationError, prefix: str) -> tuple[str, str]:
    first = error.errors()[0]
    loc = _where(first["loc"])
    field = f"{prefix}.{loc}" if prefix and loc else (prefix or loc)
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "missing":
        message = "this field is required but missing"
    elif first["type"] == "extra_forbidden":
        message = "this field is not known (check its spelling)"
    return field, message


def build(model: type[BaseModel], data: Any, file: str, prefix: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ContentError(file, *describe(exc, prefix)) from None


