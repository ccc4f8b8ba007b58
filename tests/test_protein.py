"""The protein guide's numbers, no Qt: CLINICAL.md section 10's 1.2-1.6 g per kg a day,
typed here, at both ends of the range and in both units."""

from __future__ import annotations

import pytest

from legapp.act.protein import (
    ASK_POUNDS_OVER_KG,
    KG_PER_LB,
    convert_weight,
    may_be_pounds,
    protein_plan,
    read_weight,
)

LOW, HIGH = 1.2, 1.6  # grams of protein per kg of body weight a day (CLINICAL.md section 10)


@pytest.mark.parametrize("kg", [25, 50, 70, 72.5, 100, 300])
def test_the_range_is_the_clinical_range(pack, kg):
    plan = protein_plan(kg, pack.facts)
    assert (plan.low_g, plan.high_g) == (round(kg * LOW), round(kg * HIGH))


def test_spread_over_three_or_four_meals(pack):
    three = protein_plan(70, pack.facts, meals=3)
    four = protein_plan(70, pack.facts, meals=4)
    assert (three.low_g, three.high_g) == (84, 112)
    assert (three.per_meal_low_g, three.per_meal_high_g) == (28, 37)
    assert (four.per_meal_low_g, four.per_meal_high_g) == (21, 28)
    with pytest.raises(ValueError, match="three or four"):
        protein_plan(70, pack.facts, meals=5)


def test_pounds_become_kilograms():
    assert read_weight("154", "lb") == pytest.approx(154 * KG_PER_LB)
    assert read_weight("70", "kg") == 70
    assert read_weight(" 70,5 ", "kg") == 70.5  # a comma for the decimals works too


def test_both_units_give_the_same_grams(pack):
    by_lb = protein_plan(read_weight("154.3", "lb"), pack.facts)
    by_kg = protein_plan(read_weight("70", "kg"), pack.facts)
    assert (by_lb.low_g, by_lb.high_g) == (by_kg.low_g, by_kg.high_g)


@pytest.mark.parametrize(("text", "unit", "words"), [
    ("", "kg", "type your weight"), ("  ", "lb", "type your weight"), ("seventy", "kg", "as a number"),
    ("0", "kg", "check the weight"), ("700", "kg", "check the weight"), ("-70", "kg", "check the weight"),
    ("30", "lb", "check the weight"), ("inf", "kg", "as a number"), ("nan", "kg", "as a number"),
    ("1e9", "lb", "check the weight"),
])
def test_bad_weights_get_a_kind_message(text, unit, words):
    with pytest.raises(ValueError, match=r"^Please") as info:
        read_weight(text, unit)
    assert words in str(info.value)


def test_switching_the_unit_converts_the_number_typed():
    assert convert_weight("70", "lb") == ("154", pytest.approx(70))  # 70 kg is 154 pounds
    assert convert_weight("154", "kg") == ("70", pytest.approx(154 * KG_PER_LB))
    assert convert_weight(" 72,5 ", "lb") == ("160", pytest.approx(72.5))
    for words in ("", "seventy", "nan", "0", "-70"):  # nothing to convert: left as typed
        assert convert_weight(words, "lb") is None


@pytest.mark.parametrize(("text", "unit", "asked"), [
    ("154", "kg", True),  # 154 pounds, typed in the kilograms box: 70 kg, not 154
    ("200", "kg", True), ("600", "kg", True), ("141", "kg", True),
    (f"{ASK_POUNDS_OVER_KG:g}", "kg", False), ("70", "kg", False), ("154", "lb", False),
    ("700", "kg", False),  # not a grown-up's weight in pounds either: the check's message says so
    ("seventy", "kg", False), ("", "kg", False),
])
def test_a_weight_in_kilograms_that_is_more_likely_pounds_is_asked_about(text, unit, asked):
    assert may_be_pounds(text, unit) is asked
