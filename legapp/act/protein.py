"""How much protein a day, from a person's weight (no Qt): the range of the fact
``protein_per_kg`` (CLINICAL.md section 10), spread over the day's meals. What a person
types is read kindly: kilograms or pounds, a comma or a point for decimals."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.content.models import Fact

KG_PER_LB = 0.45359237
MIN_KG, MAX_KG = 25.0, 300.0  # a grown-up's weight; outside it, the number was mistyped
# Few grown-ups weigh more than this many kilograms, but many weigh more than this many
# pounds: a number over it typed as kilograms is asked about ("Did you mean pounds?")
# before an answer is given. 154 meant as pounds would otherwise be read as 154 kg.
ASK_POUNDS_OVER_KG = 140.0
Unit = Literal["kg", "lb"]  # as the setting weight_unit keeps it


@dataclass(frozen=True)
class ProteinPlan:
    weight_kg: float
    low_g: int  # grams a day
    high_g: int
    meals: int
    per_meal_low_g: int
    per_meal_high_g: int


def _number(text: str) -> float | None:
    """The number typed (a comma or a point for decimals); None for no number, or one
    that is not finite."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _in_kg(value: float, unit: Unit) -> float:
    return value * KG_PER_LB if unit == "lb" else value


def read_weight(text: str, unit: Unit) -> float:
    """The weight typed, in kilograms, or a ValueError whose words can be shown as they are."""
    if not text.strip():
        raise ValueError(translate("Protein", "Please type your weight, for example 70."))
    value = _number(text)
    if value is None:
        raise ValueError(translate("Protein", "Please type your weight as a number, for example 70."))
    kg = _in_kg(value, unit)
    if not MIN_KG <= kg <= MAX_KG:
        low_lb, high_lb = round(MIN_KG / KG_PER_LB), round(MAX_KG / KG_PER_LB)
        raise ValueError(translate("Protein", "Please check the weight. It should be from {low_kg} to "
                                   "{high_kg} kg ({low_lb} to {high_lb} lb).")
                         .format(low_kg=f"{MIN_KG:g}", high_kg=f"{MAX_KG:g}", low_lb=low_lb, high_lb=high_lb))
    return kg


def may_be_pounds(text: str, unit: Unit) -> bool:
    """A number typed in the kilograms box that is more likely pounds: over
    ASK_POUNDS_OVER_KG, and a grown-up's weight when read as pounds. Ask before answering."""
    value = _number(text)
    return (unit == "kg" and value is not None and value > ASK_POUNDS_OVER_KG
            and MIN_KG <= _in_kg(value, "lb") <= MAX_KG)


def convert_weight(text: str, to: Unit) -> tuple[str, float] | None:
    """The number typed, now in the other unit ``to``: what to show (a whole number: 70 kg
    is 154 pounds) and the exact weight in kilograms, so switching back and forth does not
    drift. None when there is no number to convert (the words typed are then left as they are)."""
    value = _number(text)
    if value is None or value <= 0:
        return None
    kg = _in_kg(value, "kg" if to == "lb" else "lb")
    shown = kg / KG_PER_LB if to == "lb" else kg
    return f"{round(shown):d}", kg


def protein_plan(weight_kg: float, facts: dict[str, Fact], meals: int = 3) -> ProteinPlan:
    if meals not in (3, 4):
        raise ValueError("Spread it over three or four meals.")
    if not MIN_KG <= weight_kg <= MAX_KG:
        raise ValueError(f"the weight must be from {MIN_KG:g} to {MAX_KG:g} kg")
    fact = facts["protein_per_kg"]
    if fact.low is None or fact.high is None:
        raise ValueError("the fact 'protein_per_kg' must be a low-high range")
    low, high = round(weight_kg * fact.low), round(weight_kg * fact.high)
    return ProteinPlan(weight_kg, low, high, meals, round(low / meals), round(high / meals))
