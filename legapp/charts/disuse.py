"""What days in bed or in a cast do: from day 0 to the last day the studies measured (day
14), as a band that falls fastest at first and then flattens (Marusic 2021), with the
studies' own numbers of muscle as marked points. Nothing is drawn past the studies' end.

The chart's axis is the muscle left, so only muscle (size, lean mass) is drawn on it. A
strength loss (Kortebein 2008) is not muscle: it is said in words beside the chart
(``strength_findings``), never plotted as muscle.

The band's start is the early loss of the facts (``disuse_early_loss_per_day``, low and
high). Its bend is the one that lets the steeper edge meet the meta-analysis's loss at its
last day (``bed_rest_meta_mass_loss`` at ``bed_rest_meta_days``): the curve is drawn from
the facts, with nothing typed in here. It is an illustration of the pattern, and is said
to be one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from legapp.charts.lifetime import Band, _range, _value
from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.content.models import Fact


@dataclass(frozen=True)
class StudyPoint:
    day: float
    left: float  # % of muscle (or, for a strength finding, of strength) left
    measure: str  # "muscle size", "lean mass" or "strength", in the person's language
    fact: str  # the fact that holds the number (and so its source)


def last_day(facts: dict[str, Fact]) -> int:
    """The last day the studies drawn measured: the chart stops there."""
    _, meta_day = _range(facts, "bed_rest_meta_days")
    return int(max(meta_day, _value(facts, "cast_days_long")))


def _loss(rate: float, tau: float, day: float) -> float:
    """% lost by ``day``: starting at ``rate`` % a day, slowing with time constant ``tau``."""
    return rate * tau * (1 - math.exp(-day / tau))


def bend(facts: dict[str, Fact]) -> float:
    """The time constant (days) that makes the steeper edge meet the meta-analysis point."""
    _, fast = _range(facts, "disuse_early_loss_per_day")
    _, last_day = _range(facts, "bed_rest_meta_days")
    target = _value(facts, "bed_rest_meta_mass_loss")
    if not 0 < target < fast * last_day:
        raise ValueError("the meta-analysis loss must be below a straight line at the early rate")
    low, high = 0.1, 10_000.0
    for _ in range(200):  # the loss by last_day grows with tau: halve the interval
        mid = (low + high) / 2
        if _loss(fast, mid, last_day) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def disuse_band(facts: dict[str, Fact], days: int | None = None) -> Band:
    slow, fast = _range(facts, "disuse_early_loss_per_day")
    tau = bend(facts)
    xs = tuple(float(d) for d in range((last_day(facts) if days is None else days) + 1))
    low = tuple(100 - _loss(fast, tau, d) for d in xs)
    high = tuple(100 - _loss(slow, tau, d) for d in xs)
    return Band(xs, low, high, ("disuse_early_loss_per_day", "bed_rest_meta_mass_loss", "bed_rest_meta_days"))


def study_points(facts: dict[str, Fact]) -> tuple[StudyPoint, ...]:
    """The studies' own numbers of muscle, drawn on the chart; what each measured is named
    in the person's language, as the chart's labels and its summary show it."""
    _, meta_day = _range(facts, "bed_rest_meta_days")
    size = translate("Disuse", "muscle size")
    return (
        StudyPoint(_value(facts, "cast_days_short"), 100 - _value(facts, "cast_short_size_loss"),
                   size, "cast_short_size_loss"),
        StudyPoint(_value(facts, "cast_days_long"), 100 - _value(facts, "cast_long_size_loss"),
                   size, "cast_long_size_loss"),
        StudyPoint(meta_day, 100 - _value(facts, "bed_rest_meta_mass_loss"), translate("Disuse", "lean mass"),
                   "bed_rest_meta_mass_loss"),
    )


def strength_findings(facts: dict[str, Fact]) -> tuple[StudyPoint, ...]:
    """What bed rest did to strength: said beside the chart, not drawn on its muscle axis."""
    return (
        StudyPoint(_value(facts, "bed_rest_days_older"), 100 - _value(facts, "bed_rest_strength_loss"),
                   translate("Disuse", "strength"), "bed_rest_strength_loss"),
    )


def disuse_facts(band: Band, points: tuple[StudyPoint, ...]) -> tuple[str, ...]:
    """Every fact the chart and its words use, for the sources its caption names."""
    return tuple(dict.fromkeys((*band.facts, *(p.fact for p in points))))
