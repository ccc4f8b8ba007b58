"""The person's settings, kept between runs in a small JSON file (no Qt).

Saving writes a temporary file, flushes it to disk and renames it over the old one,
so a crash mid-write leaves either the old settings or the new, never half a file.
A file that cannot be read is kept aside and the defaults are used.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from legapp.textsize import TEXT_SIZES

SETTINGS_FILE = "settings.json"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    text_size: int = Field(default=0, ge=0, le=len(TEXT_SIZES) - 1)
    language: Literal["en"] = "en"


class SettingsStore:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / SETTINGS_FILE
        self.problem: str | None = None  # set when a damaged file was put aside

    def load(self) -> Settings:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = f"Your settings could not be read ({exc.strerror}). Using the defaults."
            return Settings()
        try:
            return Settings.model_validate(json.loads(raw))
        except (ValueError, ValidationError):
            kept = self.path.with_name(f"settings-damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
            try:
                os.replace(self.path, kept)
            except OSError:
                kept = self.path
            self.problem = (
                f"Your saved settings were damaged, so the defaults are used. "
                f"The old file was kept as {kept.name}."
            )
            return Settings()

    def save(self, settings: Settings) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        data = settings.model_dump_json(indent=2).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.data_dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
