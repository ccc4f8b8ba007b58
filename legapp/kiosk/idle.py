"""When a kiosk visit has gone idle (no Qt): after ``idle_seconds`` without a touch,
key or mouse, "Are you still there?" shows; ``warning_seconds`` later, with no answer,
the visit is wiped. Deadlines come from the last activity on an injected clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Stage = Literal["active", "asking", "reset"]


class IdleWatch:
    def __init__(self, idle_seconds: float, warning_seconds: float, clock: Callable[[], float]):
        if idle_seconds <= 0 or warning_seconds <= 0:
            raise ValueError("idle and warning times must be more than 0 seconds")
        self.idle_seconds, self.warning_seconds, self.clock = idle_seconds, warning_seconds, clock
        self.last = clock()

    def touched(self) -> None:
        """Any touch, key or mouse: the person is still there."""
        self.last = self.clock()

    def stage(self) -> Stage:
        quiet = self.clock() - self.last
        if quiet < self.idle_seconds:
            return "active"
        if quiet < self.idle_seconds + self.warning_seconds:
            return "asking"
        return "reset"

    def seconds_left(self) -> float:
        """While asking: the seconds before the wipe (for the big countdown)."""
        return max(0.0, self.last + self.idle_seconds + self.warning_seconds - self.clock())

    def next_change(self) -> float:
        """The clock time of the next change of stage (to arm one timer, not to poll)."""
        if self.stage() == "active":
            return self.last + self.idle_seconds
        return self.last + self.idle_seconds + self.warning_seconds

    def wiped(self) -> None:
        """After the wipe, a fresh visit starts its own count."""
        self.last = self.clock()
