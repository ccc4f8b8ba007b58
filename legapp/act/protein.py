"""How much protein a day, from a person's weight (no Qt): the range of the fact
``protein_per_kg`` (CLINICAL.md section 10), spread over the day's meals. What a person
types is read kindly: kilograms or pounds, a comma or a point for decimals."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from legapp.content.models import Fact
from legapp.i18n import translate

KG_PER_LB = 0.45359237
MIN_KG, MAX_KG = 25.0, 300.0  # a grown-up's weight; outside it, the number was mistyped
Unit = Literal["kg", "lb"]


@dataclass(frozen=True)
class ProteinPlan:
    weight_kg: float
    low_g: int  # grams a day
    high_g: int
    meals: int
    per_meal_low_g: int
    per_meal_high_g: int


def read_weight(text: str, unit: Unit) -> float:
    """The weight typed, in kilograms, or a ValueError whose words can be shown as they are."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(translate("Protein", "Please type your weight, for example 70."))
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan  # told below, as a number that is not finite is
    if not math.isfinite(value):
        raise ValueError(translate("Protein", "Please type your weight as a number, for example 70."))
    kg = value * KG_PER_LB if unit == "lb" else value
    if not MIN_KG <= kg <= MAX_KG:
        low_lb, high_lb = round(MIN_KG / KG_PER_LB), round(MAX_KG / KG_PER_LB)
        raise ValueError(translate("Protein", "Please check the weight. It should be from {low_kg} to "
                                   "{high_kg} kg ({low_lb} to {high_lb} lb).")
                         .format(low_kg=f"{MIN_KG:g}", high_kg=f"{MAX_KG:g}", low_lb=low_lb, high_lb=high_lb))
    return kg


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
