"""What the screens that speak, sound and show pictures share: one voice, one set of
tones, the drawings' folder and the clock every run is timed by. Built once by the
application and handed to the screens through their constructors; never changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from legapp.engine import Clock
    from legapp.qt.sound import SoundPlayer
    from legapp.qt.speech import Speaker


class Media(NamedTuple):  # a named tuple: made before the first window (see theme.Theme)
    speaker: Speaker
    sounds: SoundPlayer
    images: Path
    make_clock: Callable[[], Clock] | None = None  # tests and the bench pass a fake; None: the real one
    time_scale: float = 1.0  # tests and the kiosk soak shorten every protocol with this

    def clock(self) -> Clock:
        """A fresh clock for one run (the engine is not loaded before the first run)."""
        if self.make_clock is not None:
            return self.make_clock()
        from legapp.engine import MonotonicClock

        return MonotonicClock()
