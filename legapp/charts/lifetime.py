"""Muscle over a lifetime: how much of the muscle (or the strength) a person had at 30 is
left at each age, as a low-high band, never one line (CLINICAL.md section 8).

Each year after the start age loses a share of what is left, at the rates of the facts:
``band_mass_30_60`` until ``faster_loss_age``, ``band_mass_60_plus`` after it, and for
strength ``band_strength_70_plus`` from ``strength_band_start_age``. The top of the band
loses at the low rate every year, the bottom at the high rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


def yearly_rates(facts: dict[str, Fact], kind: Kind, age: int) -> tuple[float, float]:
    """(low, high) % lost in the year from ``age`` to ``age + 1``."""
    if kind == "strength" and age >= _value(facts, "strength_band_start_age"):
        return _range(facts, "band_strength_70_plus")
    if age >= _value(facts, "faster_loss_age"):
        return _range(facts, "band_mass_60_plus")
    return _range(facts, "band_mass_30_60")


def lifetime_band(facts: dict[str, Fact], kind: Kind = "mass", end_age: int = END_AGE) -> Band:
    start = int(_value(facts, "loss_start_age"))
    xs, low, high = [float(start)], [100.0], [100.0]
    for age in range(start, end_age):
        slow, fast = yearly_rates(facts, kind, age)
        high.append(high[-1] * (1 - slow / 100))
        low.append(low[-1] * (1 - fast / 100))
        xs.append(float(age + 1))
    used = ["loss_start_age", "faster_loss_age", "band_mass_30_60", "band_mass_60_plus"]
    if kind == "strength":
        used += ["strength_band_start_age", "band_strength_70_plus"]
    return Band(tuple(xs), tuple(low), tuple(high), tuple(used))
