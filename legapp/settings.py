"""The person's settings, kept between runs in a small JSON file (no Qt).

Saving writes a temporary file, flushes it to disk and renames it over the old one,
so a crash mid-write leaves either the old settings or the new, never half a file.
A file that cannot be read is kept aside and the defaults are used.

Settings are read before the first window shows, so this module stays light: a plain
named tuple with its own checks rather than a pydantic model (which costs ~80 ms to import)
or a frozen dataclass (whose generated methods are compiled at every start).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, NamedTuple

from legapp.i18n import LANGUAGES, translate
from legapp.textsize import TEXT_SIZES
from legapp.theme import THEME_CHOICES

SETTINGS_FILE = "settings.json"
MAX_BYTES = 64 * 1024  # the settings take a few hundred bytes; a bigger file is not ours
WEIGHT_UNITS = ("kg", "lb")  # kilograms or pounds, for the protein guide


class _SettingsFields(NamedTuple):
    text_size: int = 0
    language: str = "en"
    caregiver: bool = False  # steps written for a helper ("Ask them to...")
    tts_engine: str = ""  # "" = the system's default speech engine
    active_profile: int = 0  # whose results are kept (an id in the history); 0 = a guest
    theme: str = "auto"  # "auto" follows the system's dark and high-contrast settings
    weight_unit: str = "kg"  # how the person weighs themselves (WEIGHT_UNITS), for the protein guide


class Settings(_SettingsFields):
    """The settings, checked whenever they are made or changed."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Settings:
        settings = super().__new__(cls, *args, **kwargs)
        settings._check()
        return settings

    def _check(self) -> None:
        if type(self.text_size) is not int or not 0 <= self.text_size < len(TEXT_SIZES):
            raise ValueError(f"text_size must be a whole number from 0 to {len(TEXT_SIZES) - 1}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if self.theme not in THEME_CHOICES:
            raise ValueError(f"theme must be one of {', '.join(THEME_CHOICES)}")
        if type(self.caregiver) is not bool:
            raise ValueError("caregiver must be true or false")
        if not isinstance(self.tts_engine, str) or len(self.tts_engine) > 40:
            raise ValueError("tts_engine must be the short name of a speech engine")
        if type(self.active_profile) is not int or self.active_profile < 0:
            raise ValueError("active_profile must be a whole number, 0 for a guest")
        if self.weight_unit not in WEIGHT_UNITS:
            raise ValueError(f"weight_unit must be one of {', '.join(WEIGHT_UNITS)}")

    @classmethod
    def from_dict(cls, data: Any) -> Settings:
        if not isinstance(data, dict):
            raise ValueError("settings must be a JSON object")
        known = {k: v for k, v in data.items() if k in cls._fields}
        return cls(**known)

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with these settings changed, checked as a new one is (an unknown name
        is a TypeError, as for a new one)."""
        return Settings(**{**self._asdict(), **changes})


def private_folder(folder: Path) -> None:
    """The data folder opens for its owner only (0700): a person's results and settings."""
    if os.name == "posix":
        try:
            if folder.stat().st_mode & 0o777 != 0o700:
                os.chmod(folder, 0o700)
        except OSError:
            pass


class SettingsStore:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / SETTINGS_FILE
        self.problem: str | None = None  # set when a damaged file was put aside

    def load(self) -> Settings:
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = translate(
                "Settings", "Your settings could not be read ({why}). Using the defaults."
            ).format(why=exc.strerror or exc)
            return Settings()
        try:
            if len(raw) > MAX_BYTES:
                raise ValueError("far too long for settings")
            # Any damage at all (binary bytes, JSON nested thousands deep) means "damaged".
            return Settings.from_dict(json.loads(raw.decode("utf-8")))
        except (ValueError, TypeError, RecursionError):
            kept = self.path.with_name(f"settings-damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
            try:
                os.replace(self.path, kept)
            except OSError:
                kept = self.path
            self.problem = translate(
                "Settings", "Your saved settings were damaged, so the defaults are used. "
                "The old file was kept as {name}.").format(name=kept.name)
            return Settings()

    def save(self, settings: Settings) -> None:
        """Written whole or not at all; the file readable by its owner only (mkstemp makes
        it 0600), in a folder only its owner can open."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        private_folder(self.data_dir)
        data = json.dumps(settings._asdict(), indent=2).encode("utf-8")
        import tempfile  # only when saving: it costs the first window a few ms to load

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
