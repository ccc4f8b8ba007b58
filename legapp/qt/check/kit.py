"""What the Check screens share, built once by the application and handed to them.
Built before the first window shows, so it imports nothing heavy (no engine, no pydantic)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from legapp.checks.state import CheckState
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker


@dataclass
class CheckKit:
    speaker: Speaker
    sounds: SoundPlayer
    images: Path
    state: CheckState = field(default_factory=CheckState)
    clock: Callable[[], object] | None = None  # makes the clock of a run; None: the real one
    time_scale: float = 1.0  # tests and the kiosk soak shorten every protocol with this
    on_caregiver: Callable[[bool], None] = lambda _on: None
