"""From a finished run (and the questions asked after it) to a scored result (no Qt).

The rules of counting that CLINICAL.md gives live here, once:
- 30-second chair stand: a stand more than halfway up when time runs out counts; a
  person who needed their arms to stand scores 0.
- Five times sit-to-stand: arms used, or the time limit reached, means not completed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from legapp.assess import (
    Result,
    gait_not_completed,
    score_balance_4stage,
    score_chair_stand_30s,
    score_five_times_sts,
    score_gait_speed,
    score_tug,
)
from legapp.i18n import translate


def score_run(scoring: str, raw: Mapping[str, Any], answers: Mapping[str, Any],
              age: int | None, sex: str | None) -> Result:
    """``raw`` is what the run engine gave (legapp.engine.result.raw_result), or {}
    when the count was typed in; ``answers`` what was asked after: "count" (typed in),
    "halfway" and "arms" (yes or no). Raises ValueError with a message to show."""
    if scoring == "chair_stand_30s":
        if age is None or sex is None:
            raise ValueError(translate("CheckScoring", "Please give the age and sex first."))
        count = answers["count"] if "count" in answers else raw["count"]
        if answers.get("arms"):
            count = 0
        elif answers.get("halfway"):
            count += 1
        return score_chair_stand_30s(count, age, sex)
    if scoring == "five_times_sts":
        completed = raw.get("completed", True) and not answers.get("arms")
        return score_five_times_sts(raw["seconds"] if completed else None, age=age)
    if scoring == "tug":
        return score_tug(raw["seconds"], age=age)
    if scoring == "balance_4stage":
        return score_balance_4stage(raw["held_seconds"])
    if scoring == "walk_4m":  # the faster of the tries (legapp.checks.walk)
        if raw.get("seconds") is None:
            return gait_not_completed(raw["metres"])
        return score_gait_speed(raw["seconds"], raw["metres"])
    raise ValueError(f"unknown test '{scoring}'")
