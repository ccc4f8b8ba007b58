"""The walking-speed test's two tries and its course (no Qt; CLINICAL.md section 11).

Two tries, the faster counts; a try the timer ended (not completed) has no time. The
course is 4 metres, or 3 where the room is short. An English pack that gives lengths in
feet (a fact in feet) shows the speed in feet a second too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legapp.content.models import ContentPack

COURSES = (4, 3)  # metres: the usual course, and the one for a short room
TRIES = 2
METRES_PER_FOOT = 0.3048


@dataclass
class WalkTries:
    metres: int = COURSES[0]
    walking_aid: bool = False
    tries: list[float | None] = field(default_factory=list)

    def add(self, seconds: float | None) -> None:
        """The time of a try (None: not completed)."""
        if len(self.tries) >= TRIES:
            raise ValueError("the walk has only two tries")
        self.tries.append(None if seconds is None else float(seconds))

    @property
    def done(self) -> bool:
        return len(self.tries) >= TRIES

    @property
    def fastest(self) -> float | None:
        times = [t for t in self.tries if t is not None]
        return min(times) if times else None

    def raw(self) -> dict[str, Any]:
        """What is kept (the record's raw, see notes/interface-18.md)."""
        tries = [*self.tries, *([None] * (TRIES - len(self.tries)))]
        return {"tries": tries, "seconds": self.fastest, "metres": self.metres,
                "walking_aid": self.walking_aid, "helper": True}


def uses_feet(pack: ContentPack) -> bool:
    """An English pack that gives lengths in feet (the TUG line, the walk's course)."""
    return pack.info.locale.startswith("en") and any(f.unit == "feet" for f in pack.facts.values())


def feet_per_second(metres_per_second: float) -> float:
    return metres_per_second / METRES_PER_FOOT


def speed_text(speed_m_s: float, decimal_separator: str = ".") -> str:
    """A speed as it is shown: two decimals ("0.80", "1.00"), or as many more as it takes
    never to be shown across the 0.8 m/s line it is judged by (0.8016 is "0.802")."""
    from legapp.assess import load_norms
    from legapp.assess.display import shown_value
    from legapp.assess.results import Threshold

    line = load_norms().gait_speed.low_performance_ewgsop2.speed_m_s_or_less
    shown = shown_value(speed_m_s, [Threshold(measure="speed_m_s", op="<=", value=line)], digits=2)
    text = f"{shown:.2f}" if round(shown, 2) == shown else f"{shown:g}"
    return text.replace(".", decimal_separator)
