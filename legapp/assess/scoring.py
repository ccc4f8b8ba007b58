"""Scoring the self-tests against the clinical norms (CLINICAL.md sections 1-7 and 9).

Every number comes from norms.yaml; this module holds only the rules of each test.
Bad input raises ValueError with a plain message the UI can show as it is.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from legapp.assess.norms import Cited, Norms, find_band, load_norms
from legapp.assess.results import (
    AgeReference,
    BalanceResult,
    Band,
    ChairStandResult,
    FiveTimesStsResult,
    OtherCutoff,
    SarcFResult,
    StayIndependentResult,
    Threshold,
    TugResult,
)
from legapp.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "score_balance_4stage",
    "score_chair_stand_30s",
    "score_five_times_sts",
    "score_sarc_f",
    "score_stay_independent",
    "score_tug",
]

MIN_AGE, MAX_AGE = 18, 110
MAX_CHAIR_STANDS = 60


def _norms(norms: Norms | None) -> Norms:
    return load_norms() if norms is None else norms


def _cited(norms: Norms, cited: Cited) -> dict[str, Any]:
    return {"source": norms.citation(cited), "status": cited.status}


# Whole numbers out of range, in words a person may see: a typed count of stands that,
# with the last half stand added, is one too many reaches the screen.
_NOT_WHOLE = {
    "age": QT_TRANSLATE_NOOP("Scoring", "Age must be a whole number from {low} to {high}."),
    "stands": QT_TRANSLATE_NOOP(
        "Scoring", "The number of stands must be a whole number from {low} to {high}."),
}


def _whole(value: object, what: str, low: int, high: int) -> int:
    """``value`` as a whole number from ``low`` to ``high``; ``what`` is a key of ``_NOT_WHOLE``."""
    ok = not isinstance(value, bool) and (
        isinstance(value, numbers.Integral)
        or (isinstance(value, float) and math.isfinite(value) and value.is_integer()))
    if not ok or not low <= int(value) <= high:  # type: ignore[call-overload]
        raise ValueError(translate("Scoring", _NOT_WHOLE[what]).format(low=low, high=high))
    return int(value)  # type: ignore[call-overload]


def _age(age: object) -> int:
    return _whole(age, "age", MIN_AGE, MAX_AGE)


def _sex(sex: object) -> str:
    if sex not in ("male", "female"):
        raise ValueError('Sex must be "male" or "female".')
    return str(sex)


def _seconds(value: object, what: str = "The time", *, zero_ok: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{what} must be a number of seconds.")
    seconds = float(value)
    if not math.isfinite(seconds):
        raise ValueError(f"{what} must be a number of seconds.")
    if seconds < 0 or (seconds == 0 and not zero_ok):
        raise ValueError(f"{what} must be more than 0 seconds." if not zero_ok
                         else f"{what} cannot be less than 0 seconds.")
    return seconds


def _answers(answers: object, items: Sequence[str], what: str, check: Callable[[str, object], None]) -> list:
    """The answers in item order, from a list in that order or a dict by item id."""
    if isinstance(answers, Mapping):
        unknown = [str(key) for key in answers if key not in items]
        if unknown:
            raise ValueError(f"Unknown {what} item: {', '.join(unknown)}.")
        missing = [item for item in items if item not in answers]
        if missing:
            raise ValueError(f"The {what} is missing answers for: {', '.join(missing)}.")
        values = [answers[item] for item in items]
    elif isinstance(answers, Sequence) and not isinstance(answers, str | bytes):
        values = list(answers)
        if len(values) != len(items):
            raise ValueError(f"The {what} needs {len(items)} answers, not {len(values)}.")
    else:
        raise ValueError(f"The {what} answers must be a list, or a dict by item id.")
    for item, value in zip(items, values, strict=True):
        check(item, value)
    return values


def score_chair_stand_30s(count: int, age: int, sex: str, *, norms: Norms | None = None) -> ChairStandResult:
    """30-Second Chair Stand: below average (a fall risk) when the count is under the CDC number.

    ``count`` is the number of full stands in 30 s (0 if the arms were needed).
    Outside the ages of the CDC table there is no norm: at_risk is None.
    """
    count = _whole(count, "stands", 0, MAX_CHAIR_STANDS)
    age, sex = _age(age), _sex(sex)
    n = _norms(norms)
    table = n.chair_stand_30s
    common = {"test": "chair_stand_30s", "score": count, "age": age, "sex": sex,
              **_cited(n, table.below_average)}
    row = find_band(table.below_average.fewer_than, age)
    ranges = find_band(table.normal_range.ranges, age)
    if row is None or ranges is None:
        return ChairStandResult(at_risk=None, threshold=None, meaning="no_norm_for_age", age_band=None,
                                band=None, **common)
    key = "men" if sex == "male" else "women"
    threshold = Threshold(measure="count", op="<", value=getattr(row, key))
    at_risk = threshold.met_by(count)
    low, high = getattr(ranges, key)
    position = "below" if count < low else "above" if count > high else "within"
    band = Band(ages=ranges.ages, low=low, high=high, position=position, **_cited(n, table.normal_range))
    return ChairStandResult(at_risk=at_risk, threshold=threshold, age_band=row.ages, band=band,
                            meaning="below_average" if at_risk else "average_or_better", **common)


def score_balance_4stage(held_seconds: Sequence[float], *, norms: Norms | None = None) -> BalanceResult:
    """4-Stage Balance Test: increased risk when the tandem stance (stage 3) is not held 10 s.

    ``held_seconds`` are the seconds held in stages 1, 2, 3, 4, in order. The test stops at the
    first stage not held 10 s, so the list ends there. After a stage held 10 s the next stage
    must follow (give 0 if it was not tried), except after stage 3: stage 4 may be left out.
    """
    n = _norms(norms)
    bal = n.balance_4stage
    hold = bal.hold_seconds
    if isinstance(held_seconds, str | bytes) or not isinstance(held_seconds, Sequence):
        raise ValueError("The balance times must be a list of seconds, one for each stage.")
    if not 1 <= len(held_seconds) <= len(bal.stages):
        raise ValueError(f"Give the seconds held for 1 to {len(bal.stages)} stages, in order.")
    times = tuple(_seconds(t, f"The time for stage {i}", zero_ok=True) for i, t in enumerate(held_seconds, 1))
    failed = next((i for i, t in enumerate(times, 1) if t < hold), None)
    if failed is not None and failed < len(times):
        raise ValueError(f"Stage {failed} was held less than {hold:g} seconds, so the test stopped there: "
                         f"there can be no time for stage {failed + 1}.")
    needed = max(bal.risk_if_not_held_stage, bal.sppb_points.last_stage)
    if failed is None and len(times) < needed:
        raise ValueError(f"Stage {len(times)} was held {hold:g} seconds, so the test goes on: give the time "
                         f"for stage {len(times) + 1} (0 if it was not tried).")
    stages_held = len(times) if failed is None else failed - 1
    risk_stage = bal.risk_if_not_held_stage
    threshold = Threshold(measure=f"{bal.stages[risk_stage - 1]}_seconds", op="<", value=hold)
    at_risk = stages_held < risk_stage
    sppb_stage = min(failed or needed, bal.sppb_points.last_stage)
    sppb_time = times[sppb_stage - 1]
    rule = next(r for r in bal.sppb_points.rules if r.stage == sppb_stage and r.seconds_from <= sppb_time
                and (r.seconds_below is None or sppb_time < r.seconds_below))
    sppb = _cited(n, bal.sppb_points)
    return BalanceResult(test="balance_4stage", at_risk=at_risk, score=stages_held, threshold=threshold,
                         meaning="increased_risk" if at_risk else "no_increased_risk", held_seconds=times,
                         stages_held=stages_held, sppb_points=rule.points, sppb_source=sppb["source"],
                         sppb_status=sppb["status"], **_cited(n, bal))


def score_tug(seconds: float, age: int | None = None, *, norms: Norms | None = None) -> TugResult:
    """Timed Up and Go: at risk for falling at 12 s or more (STEADI).

    With ``age``, also the Bohannon 2006 reference for the age group (worse than average =
    slower than the top of the 95% confidence interval), when one covers that age.
    """
    seconds = _seconds(seconds)
    age = None if age is None else _age(age)
    n = _norms(norms)
    tug = n.tug
    threshold = tug.at_risk.threshold()
    at_risk = threshold.met_by(seconds)
    reference = None
    row = None if age is None else find_band(tug.age_reference.by_age, age)
    if row is not None:
        reference = AgeReference(ages=row.ages, mean=row.mean, ci_low=row.ci[0], ci_high=row.ci[1],
                                 worse_than_average_above=row.ci[1], worse_than_average=seconds > row.ci[1],
                                 **_cited(n, tug.age_reference))
    others = tuple(OtherCutoff(id=c.id, threshold=c.threshold(), reached=c.threshold().met_by(seconds),
                               **_cited(n, c)) for c in tug.other_cutoffs)
    return TugResult(test="tug", at_risk=at_risk, score=seconds, threshold=threshold,
                     meaning="increased_risk" if at_risk else "no_increased_risk", age=age,
                     age_reference=reference, other_cutoffs=others, **_cited(n, tug.at_risk))


def score_five_times_sts(seconds: float | None, age: int | None = None, *,
                         norms: Norms | None = None) -> FiveTimesStsResult:
    """Five Times Sit-to-Stand: higher risk of recurrent falls at 15 s or more (Buatois 2008).

    ``seconds`` is the time from "Go" to the 5th stand, or None when the test was not
    completed (the arms were used, or it was stopped). Not completed counts as slower than
    any time: at risk, low strength (EWGSOP2) and, with an age reference, worse than average.
    """
    completed = seconds is not None
    time = _seconds(seconds) if completed else math.inf
    age = None if age is None else _age(age)
    n = _norms(norms)
    sts = n.five_times_sts
    threshold, ewgsop2 = sts.recurrent_falls.threshold(), sts.low_strength_ewgsop2.threshold()
    at_risk = threshold.met_by(time)
    reference = None
    row = None if age is None else find_band(sts.age_reference.by_age, age)
    if row is not None:
        limit = row.worse_than_average_above
        reference = AgeReference(ages=row.ages, worse_than_average_above=limit,
                                 worse_than_average=time > limit, **_cited(n, sts.age_reference))
    meaning = "not_completed" if not completed else "increased_risk" if at_risk else "no_increased_risk"
    low = _cited(n, sts.low_strength_ewgsop2)
    return FiveTimesStsResult(test="five_times_sts", at_risk=at_risk, score=None if not completed else time,
                              threshold=threshold, meaning=meaning, completed=completed, age=age,
                              low_strength_ewgsop2=ewgsop2.met_by(time), ewgsop2_threshold=ewgsop2,
                              ewgsop2_source=low["source"], ewgsop2_status=low["status"],
                              age_reference=reference, **_cited(n, sts.recurrent_falls))


def _yes_or_no(item: str, value: object) -> None:
    if not isinstance(value, bool):
        raise ValueError(f'The answer to "{item}" must be True (yes) or False (no).')


def score_stay_independent(answers: Sequence[bool] | Mapping[str, bool], *,
                           norms: Norms | None = None) -> StayIndependentResult:
    """The "Check Your Risk for Falling" checklist: may be at risk at 4 points or more (of 14).

    ``answers``: 12 booleans in the brochure's order (STAY_INDEPENDENT_ITEMS), or a dict by item id.
    """
    n = _norms(norms)
    si = n.stay_independent
    items = tuple(si.points_for_yes)
    values = _answers(answers, items, "checklist", _yes_or_no)
    yes = tuple(item for item, value in zip(items, values, strict=True) if value)
    total = sum(si.points_for_yes[item] for item in yes)
    threshold = Threshold(measure="total", op=">=", value=si.at_risk_total_or_more)
    at_risk = threshold.met_by(total)
    return StayIndependentResult(test="stay_independent", at_risk=at_risk, score=total, threshold=threshold,
                                 meaning="may_be_at_risk" if at_risk else "below_threshold", yes_items=yes,
                                 max_score=si.max_total, **_cited(n, si))


def score_sarc_f(answers: Sequence[int] | Mapping[str, int], *, norms: Norms | None = None) -> SarcFResult:
    """SARC-F: likely sarcopenia at 4 points or more (of 10).

    ``answers``: 5 whole numbers 0-2 in the order of SARC_F_ITEMS, or a dict by item id.
    """
    n = _norms(norms)
    sarc = n.sarc_f
    allowed = [str(p) for p in range(sarc.item_max + 1)]
    allowed_text = f"{', '.join(allowed[:-1])} or {allowed[-1]}"

    def check(item: str, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) \
                or not 0 <= int(value) <= sarc.item_max:
            raise ValueError(f'The answer to "{item}" must be {allowed_text}.')

    values = [int(v) for v in _answers(answers, sarc.items, "SARC-F", check)]
    total = sum(values)
    threshold = Threshold(measure="total", op=">=", value=sarc.likely_sarcopenia_total_or_more)
    at_risk = threshold.met_by(total)
    return SarcFResult(test="sarc_f", at_risk=at_risk, score=total, threshold=threshold,
                       meaning="likely_sarcopenia" if at_risk else "below_threshold",
                       answers=tuple(zip(sarc.items, values, strict=True)), max_score=sarc.max_total,
                       **_cited(n, sarc))
