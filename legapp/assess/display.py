"""A measured number as it is shown next to its verdict (no Qt).

Rounding must never carry a number across the line it is judged by: a TUG of 11.96 s
is under the 12-second line, so it is shown as 11.96, never as "12 seconds... less than
12 seconds". A number is shown with one decimal, or with as many more as it takes for the
shown number to fall on the same side of every line as the measured one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from legapp.assess.norms import Norms, load_norms

if TYPE_CHECKING:
    from legapp.assess.results import Threshold

__all__ = ["lines_of", "shown_time", "shown_value", "too_fast", "walk_too_fast"]


def shown_value(x: float, rules: Iterable[Threshold], digits: int = 1, most: int = 3) -> float:
    """``x`` rounded to ``digits`` places, or to more (up to ``most``) where fewer would
    put it on the other side of one of ``rules``. Past ``most`` places the measured
    number itself is given back."""
    rules = tuple(rules)
    for places in range(digits, most + 1):
        shown = round(float(x), places)
        if all(rule.met_by(shown) == rule.met_by(x) for rule in rules):
            return shown
    return float(x)


def lines_of(test: str, norms: Norms | None = None) -> tuple[Threshold, ...]:
    """Every line a timed test's seconds are judged by, wherever they are said: the falls
    line and the other cut-offs (TUG), the falls and the low-strength lines (five stands)."""
    n = norms or load_norms()
    if test == "tug":
        return (n.tug.at_risk.threshold(), *(c.threshold() for c in n.tug.other_cutoffs))
    if test == "five_times_sts":
        sts = n.five_times_sts
        return (sts.recurrent_falls.threshold(), sts.low_strength_ewgsop2.threshold())
    return ()


def too_fast(test: str, seconds: float, norms: Norms | None = None) -> bool:
    """A time faster than a person can do ``test``: asked about before it is scored."""
    n = norms or load_norms()
    limit = {"tug": n.tug.ask_if_under_seconds,
             "five_times_sts": n.five_times_sts.ask_if_under_seconds}.get(test)
    return limit is not None and seconds < limit


def walk_too_fast(seconds: float, metres: float, norms: Norms | None = None) -> bool:
    """A walk faster than a usual pace can be: asked about before it counts."""
    n = norms or load_norms()
    return seconds <= 0 or metres / seconds > n.gait_speed.ask_if_faster_than_m_s


def shown_time(test: str, seconds: float) -> float:
    """The seconds of ``test`` as shown: on the same side of every line it is judged by."""
    return shown_value(seconds, lines_of(test))
