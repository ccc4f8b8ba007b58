"""What a scored self-test gives back: frozen models the UI turns into plain words.

``meaning`` is a stable key (see ``MEANINGS``); the UI maps it to a sentence. ``at_risk``
is None only when no norm applies (for example a chair-stand age outside 60-94).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "MEANINGS",
    "AgeReference",
    "BalanceResult",
    "Band",
    "ChairStandResult",
    "FiveTimesStsResult",
    "GaitSpeedResult",
    "KeyQuestionsResult",
    "OtherCutoff",
    "Result",
    "SarcFResult",
    "ShortFesIResult",
    "SppbResult",
    "StayIndependentResult",
    "SteadiScreen",
    "Threshold",
    "TugResult",
]

Status = Literal["verified", "2nd-hand", "derived"]
Op = Literal["<", "<=", ">", ">="]

# Every meaning key each test can give, so the UI can check it has words for all.
MEANINGS: dict[str, tuple[str, ...]] = {
    "chair_stand_30s": ("below_average", "average_or_better", "no_norm_for_age"),
    "balance_4stage": ("increased_risk", "no_increased_risk"),
    "tug": ("increased_risk", "no_increased_risk"),
    "five_times_sts": ("increased_risk", "no_increased_risk", "not_completed"),
    "stay_independent": ("may_be_at_risk", "below_threshold"),
    "sarc_f": ("likely_sarcopenia", "below_threshold"),
    "walk_4m": ("low_performance", "no_low_performance", "not_completed"),
    "sppb": ("low_performance", "no_low_performance"),
    "short_fes_i": ("low_concern", "moderate_concern", "high_concern"),
    "key_questions": ("screened_at_risk", "not_screened_at_risk"),
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Threshold(_Frozen):
    """A rule "measure op value"; it is met (the finding applies) when the comparison is true."""

    measure: str
    op: Op
    value: int | float

    def met_by(self, x: float) -> bool:
        v = self.value
        return {"<": x < v, "<=": x <= v, ">": x > v, ">=": x >= v}[self.op]

    def __str__(self) -> str:
        return f"{self.measure} {self.op} {self.value:g}"


class Result(_Frozen):
    """Fields every test result has."""

    test: str
    at_risk: bool | None
    score: int | float | None
    threshold: Threshold | None  # the rule for at_risk; None when no norm applies
    meaning: str
    source: str  # citation of the norm used for at_risk
    status: Status


class Band(_Frozen):
    """Where a count falls in a normal range (both ends included)."""

    ages: tuple[int, int]
    low: int
    high: int
    position: Literal["below", "within", "above"]
    source: str
    status: Status


class AgeReference(_Frozen):
    """An age-group reference time. ``worse_than_average`` = time above ``worse_than_average_above``."""

    ages: tuple[int, int]
    mean: float | None = None  # TUG only
    ci_low: float | None = None  # TUG only: 95% confidence interval of the mean
    ci_high: float | None = None
    worse_than_average_above: float
    worse_than_average: bool
    source: str
    status: Status


class OtherCutoff(_Frozen):
    """A cut-off from another source, to mention only with that source."""

    id: str
    threshold: Threshold
    reached: bool
    source: str
    status: Status


class ChairStandResult(Result):
    age: int
    sex: Literal["male", "female"]
    age_band: tuple[int, int] | None
    band: Band | None  # Rikli & Jones normal range; None outside its ages


class BalanceResult(Result):
    held_seconds: tuple[float, ...]
    stages_held: int  # stages held the full time, counted from stage 1 (this is the score)
    sppb_points: int
    sppb_source: str
    sppb_status: Status


class TugResult(Result):
    age: int | None
    age_reference: AgeReference | None
    other_cutoffs: tuple[OtherCutoff, ...]


class FiveTimesStsResult(Result):
    completed: bool
    age: int | None
    low_strength_ewgsop2: bool
    ewgsop2_threshold: Threshold
    ewgsop2_source: str
    ewgsop2_status: Status
    age_reference: AgeReference | None


class StayIndependentResult(Result):
    yes_items: tuple[str, ...]
    max_score: int


class SarcFResult(Result):
    answers: tuple[tuple[str, int], ...]  # (item id, points) in the questionnaire's order
    max_score: int


class GaitSpeedResult(Result):
    """The usual-pace walk: ``score`` is the speed in metres a second."""

    seconds: float
    metres: float
    speed_m_s: float
    low_performance: bool  # speed at or under the EWGSOP2 line (``threshold``)
    sppb_points: int | None  # None for a course with no SPPB table (neither 4 m nor 3 m)
    sppb_source: str | None
    sppb_status: Status | None


class SppbResult(Result):
    """The SPPB: ``score`` is the total (0-12) of its three parts."""

    total: int
    balance_points: int
    gait_points: int
    chair_points: int
    max_score: int
    low_performance: bool  # total at or under the EWGSOP2 line (``threshold``)
    points_source: str
    points_status: Status


class ShortFesIResult(Result):
    """Fear of falling: ``score`` is the total (7-28); at risk = moderate or high concern."""

    total: int
    concern: Literal["low", "moderate", "high"]
    answers: tuple[tuple[str, int], ...]  # (item id, answer 1-4) in the questionnaire's order
    min_score: int
    max_score: int
    bands_source: str
    bands_status: Status


class KeyQuestionsResult(Result):
    """STEADI's three key questions: ``score`` is the number of yes answers; any yes = at risk.
    A question not asked (after a checklist under 4, only the fall question is) is None."""

    answers: tuple[tuple[str, bool | None], ...]
    yes_items: tuple[str, ...]


class SteadiScreen(_Frozen):
    """STEADI's screen from the checklist and the key questions (CLINICAL.md section 14).

    ``reasons`` name what put the person at risk: "checklist" (a total at the line or
    more) and any of "fell_past_year", "unsteady", "worried" answered yes. ``screened``
    is False when nothing was answered at all (then ``at_risk`` is False too).
    ``ask_fall_question`` is True when the checklist is under the line and the fall
    question has no answer yet. STEADI's low/moderate/high levels are not given: their
    triggers are unverified.
    """

    at_risk: bool
    reasons: tuple[str, ...]
    screened: bool
    ask_fall_question: bool
    source: str
    status: Status
