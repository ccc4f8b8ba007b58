"""A measured number as it is shown next to its verdict (no Qt).

Rounding must never carry a number across the line it is judged by: a TUG of 11.96 s
is under the 12-second line, so it is shown as 11.96, never as "12 seconds... less than
12 seconds". A number is shown with one decimal, or with as many more as it takes for the
shown number to fall on the same side of every line as the measured one.
"""

from __future__ import annotations

from collections.abc import Iterable

from legapp.assess.results import Threshold

__all__ = ["shown_value"]


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
