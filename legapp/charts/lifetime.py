"""Muscle over a lifetime: how much of the muscle a person had at 30 (or of the leg strength
they had at 70) is left at each age, as a low-high band, never one line (CLINICAL.md
section 8).

Each year after the start age loses a share of what is left, at the rates of the facts.
Muscle: from ``loss_start_age``, ``band_mass_30_60`` until ``faster_loss_age`` and
``band_mass_60_plus`` after it. Strength: CLINICAL.md gives a yearly rate only from age 70
(``band_strength_70_plus``), so its band starts at ``strength_band_start_age``; a strength
rate for younger ages would be invented, and the mass rates are not strength rates. The
top of the band loses at the low rate every year, the bottom at the high rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from legapp.content.models import Fact

Kind = Literal["mass", "strength"]
END_AGE = 95


@dataclass(frozen=True)
class Band:
    xs: tuple[float, ...]
    low: tuple[float, ...]
    high: tuple[float, ...]
    facts: tuple[str, ...]  # the facts it is drawn from, for its sources

    def at(self, x: float) -> tuple[float, float]:
        """(low, high) at ``x``, read straight along the band between its points."""
        if not self.xs[0] <= x <= self.xs[-1]:
            raise ValueError(f"{x} is outside the chart ({self.xs[0]:g} to {self.xs[-1]:g})")
        for i in range(1, len(self.xs)):
            if x <= self.xs[i]:
                x0, x1 = self.xs[i - 1], self.xs[i]
                t = 0.0 if x1 == x0 else (x - x0) / (x1 - x0)
                return (self.low[i - 1] + t * (self.low[i] - self.low[i - 1]),
                        self.high[i - 1] + t * (self.high[i] - self.high[i - 1]))
        return self.low[0], self.high[0]


def _value(facts: dict[str, Fact], fact_id: str) -> float:
    fact = facts[fact_id]
    if fact.value is None:
        raise ValueError(f"the fact '{fact_id}' must be one number")
    return fact.value


def _range(facts: dict[str, Fact], fact_id: str) -> tuple[float, float]:
    fact = facts[fact_id]
    if fact.low is None or fact.high is None:
        raise ValueError(f"the fact '{fact_id}' must be a low-high range")
    return fact.low, fact.high


# The facts each band is drawn from (and so the sources its caption names).
BAND_FACTS: dict[str, tuple[str, ...]] = {
    "mass": ("loss_start_age", "faster_loss_age", "band_mass_30_60", "band_mass_60_plus"),
    "strength": ("strength_band_start_age", "band_strength_70_plus"),
}


def start_age(facts: dict[str, Fact], kind: Kind) -> int:
    """The age a band starts at, where it is 100% of what the person had."""
    return int(_value(facts, "loss_start_age" if kind == "mass" else "strength_band_start_age"))


def yearly_rates(facts: dict[str, Fact], kind: Kind, age: int) -> tuple[float, float]:
    """(low, high) % lost in the year from ``age`` to ``age + 1``."""
    if age < start_age(facts, kind):
        raise ValueError(f"there is no {kind} rate before age {start_age(facts, kind)}")
    if kind == "strength":
        return _range(facts, "band_strength_70_plus")
    if age >= _value(facts, "faster_loss_age"):
        return _range(facts, "band_mass_60_plus")
    return _range(facts, "band_mass_30_60")


def lifetime_band(facts: dict[str, Fact], kind: Kind = "mass", end_age: int = END_AGE) -> Band:
    start = start_age(facts, kind)
    xs, low, high = [float(start)], [100.0], [100.0]
    for age in range(start, end_age):
        slow, fast = yearly_rates(facts, kind, age)
        high.append(high[-1] * (1 - slow / 100))
        low.append(low[-1] * (1 - fast / 100))
        xs.append(float(age + 1))
    return Band(tuple(xs), tuple(low), tuple(high), BAND_FACTS[kind])


def band_sources(facts: dict[str, Fact], band: Band) -> tuple[str, ...]:
    """The source ids of every fact a band is drawn from, in the order first used."""
    return tuple(dict.fromkeys(facts[fact_id].source for fact_id in band.facts))
