"""Clocks for the run engine: seconds on a monotonic scale (no Qt).

The engine never counts ticks: it asks a clock for the time and works out every deadline
from a phase's start. Production uses :class:`MonotonicClock`; tests, the kiosk soak test
and the bench drive runs fast with :class:`FakeClock`.
"""

from __future__ import annotations

import math
import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Anything with ``now()``: seconds as a float that never goes backwards."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: ``time.monotonic()``, unaffected by changes to the wall clock."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: ``advance(seconds)`` or ``set(t)``.

    It may jump forward as far as you like (a machine waking from sleep); it never goes
    back, so ``advance`` with a negative number or ``set`` to an earlier time raise ValueError.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._t = self._finite(start, "start")

    @staticmethod
    def _finite(value: float, what: str) -> float:
        value = float(value)
        if not math.isfinite(value):
            raise ValueError(f"{what} must be a finite number of seconds, not {value}")
        return value

    def now(self) -> float:
        return self._t

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (0 or more); returns the new time."""
        seconds = self._finite(seconds, "seconds")
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self._t += seconds
        return self._t

    def set(self, t: float) -> float:
        """Jump to the time ``t`` (not earlier than now); returns it."""
        t = self._finite(t, "t")
        if t < self._t:
            raise ValueError(f"a monotonic clock cannot go back (from {self._t} to {t})")
        self._t = t
        return self._t

    def __repr__(self) -> str:
        return f"FakeClock({self._t!r})"
