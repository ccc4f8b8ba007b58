"""A community centre's kiosk settings (no Qt): a small YAML file checked by pydantic;
a mistake is reported with the field that is wrong, and the kiosk does not start with it.
``write_config`` saves it readable by its owner only, replacing the old file in one step."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from legapp.kiosk.pin import is_pin_hash
from legapp.textsize import TEXT_SIZES
from legapp.yaml_file import FileError, load_model

AREAS = ("learn", "check", "see", "act")


# Kept as the default, it is shown in the kiosk's language (legapp.qt.home_page.show_centre).
DEFAULT_HELP_LINE = "Please ask a member of staff if you need help."


class KioskConfigError(FileError):
    """A config that cannot be used; ``str()`` names the file and the field."""


class KioskConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    centre_name: str = Field(default="", max_length=80)
    help_line: str = Field(default=DEFAULT_HELP_LINE, max_length=200)
    idle_seconds: int = Field(default=120, ge=30, le=3600)
    warning_seconds: int = Field(default=20, ge=5, le=120)
    pin_hash: str
    language: Literal["en", "es"] = "en"
    text_size: Literal[tuple(s.key for s in TEXT_SIZES)] = "large"  # type: ignore[valid-type]
    areas: tuple[Literal[AREAS], ...] = AREAS  # type: ignore[valid-type]
    printing: bool = True

    @field_validator("pin_hash")
    @classmethod
    def _hashed(cls, value: str) -> str:
        if not is_pin_hash(value):
            raise ValueError("must be a PIN hash written by 'legapp kiosk-setup', never the PIN itself")
        return value

    @field_validator("areas")
    @classmethod
    def _some_area(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("offer at least one area")
        return tuple(dict.fromkeys(value))


def load_config(path: Path) -> KioskConfig:
    return load_model(KioskConfig, Path(path), KioskConfigError,
                      missing="the file is missing (make it with 'legapp kiosk-setup')")


def write_config(path: Path, config: KioskConfig) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
    fd, tmp = tempfile.mkstemp(prefix=".kiosk-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# legapp kiosk settings, written by 'legapp kiosk-setup'.\n" + text)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
