"""YAML files that people write by hand (a content pack, the clinical norms, a kiosk's
settings): reading one and checking it against a pydantic model, with any mistake raised
as one error that names the file and the field in words its author can act on (no Qt).

Each kind of file has its own subclass of :class:`FileError`, so a caller can tell them
apart; the reading, the YAML errors and the wording of pydantic's errors are here once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

# yaml and pydantic are imported where a file is read: FileError and its kinds are
# imported at start-up (a checked pack read back from the cache needs neither).
M = TypeVar("M", bound="BaseModel")


class FileError(ValueError):
    """A file that cannot be used. ``str()`` names the file and the field."""

    def __init__(self, file: str, field: str, problem: str):
        self.file, self.field, self.problem = file, field, problem
        super().__init__(f"{file}, {field}: {problem}" if field else f"{file}: {problem}")


class FieldProblem(ValueError):
    """Raised by a model's own check: a problem with the sub-field it is about (the field
    named in the error is the checked one's, then this sub-field)."""

    def __init__(self, field: str, problem: str):
        self.field, self.problem = field, problem
        super().__init__(problem)


# An anchor starts a node: after a space, a line's start or a flow mark, with a name right after.
_ANCHOR = re.compile(r"(?:^|[\s\[\]{},])&[^\s\[\]{},]")
MAX_BYTES = 2 * 1024 * 1024  # a file of a pack or a setting: the longest bundled one is ~20 KB


def read_text(path: Path, error: type[FileError], name: str, missing: str = "the file is missing") -> str:
    """The text of a file people write, at most ``MAX_BYTES`` (a bigger one is refused
    before it is read: a pack may come from anywhere)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise error(name, "", missing) from None
    except IsADirectoryError:
        raise error(name, "", "this is a folder, not a file") from None
    except OSError as exc:
        raise error(name, "", f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise error(name, "", f"the file is too large (more than {MAX_BYTES // (1024 * 1024)} MB); "
                              "split it or make it shorter") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(name, "", f"this is not plain text: save it as UTF-8 text "
                              f"(an odd byte at position {exc.start})") from None


def parse_yaml(text: str, error: type[FileError], name: str, field: str = "") -> Any:
    """The YAML in ``text``; a mistake is reported at ``field``, or at the line YAML found it.
    Aliases (``&name`` ... ``*name``) are refused before anything is built: a few lines of
    them can stand for billions of values (an "alias bomb")."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if "&" in text and _ANCHOR.search(text):  # no anchor, no alias (an alias to nothing is a
            # YAML error below); "Q&A" and "Smith & Jones" are no anchors and cost nothing
            for event in yaml.parse(text, Loader=loader):
                if isinstance(event, yaml.AliasEvent):
                    where = field or f"line {event.start_mark.line + 1}"
                    raise error(name, where, "aliases ('*name') are not allowed: write the value out in full")
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = field or (f"line {mark.line + 1}" if mark else "")
        problem = getattr(exc, "problem", None) or "check the indentation and the quotes"
        raise error(name, where, f"this is not valid YAML ({problem})") from None
    except RecursionError:
        raise error(name, field, "this is nested too deeply to be read") from None


def read_yaml(path: Path, error: type[FileError], name: str, missing: str = "the file is missing") -> Any:
    return parse_yaml(read_text(path, error, name, missing), error, name)


def _where(loc: tuple, counted: bool) -> str:
    """pydantic's location as a field name. ``counted``: as an author counts, from 1, so
    ("phases", 2, "tap_label") is "phases[3].tap_label"; otherwise "phases.2.tap_label"."""
    text = ""
    for part in loc:
        if counted and isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def describe(error: ValidationError, prefix: str = "", *, counted: bool = True) -> tuple[str, str]:
    """The field and the problem of pydantic's first error, in plain words."""
    first = error.errors()[0]
    loc = _where(first["loc"], counted)
    message = first["msg"].removeprefix("Value error, ")
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, FieldProblem):
        loc = f"{loc}.{cause.field}" if loc else cause.field
        message = cause.problem
    elif first["type"] == "missing":
        message = "this field is required but missing"
    elif first["type"] == "extra_forbidden":
        message = "this field is not known (check its spelling)"
    field = f"{prefix}.{loc}" if prefix and loc else (prefix or loc)
    return field, message


def build(model: type[M], data: Any, error: type[FileError], name: str, prefix: str = "", *,
          counted: bool = True) -> M:
    """``data`` checked as ``model``; a mistake's field is named after ``prefix``."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(name, *describe(exc, prefix, counted=counted)) from None


def load_model(model: type[M], path: Path, error: type[FileError], *, missing: str = "the file is missing",
               not_mapping: str = "expected 'field: value' lines") -> M:
    """A whole file that is one ``model``: named sections at its top, fields named with dots
    and counted from 0 (``tug.age_reference.by_age.1.ci``)."""
    name = str(path)
    data = read_yaml(path, error, name, missing)
    if not isinstance(data, dict):
        raise error(name, "", not_mapping)
    return build(model, data, error, name, counted=False)
