"""The clinical norms file (resources/clinical/norms.yaml) as frozen models, checked on load.

A broken file raises NormsError (a ValueError) naming the file and the field.
"""

from __future__ import annotations

import decimal
import functools
import itertools
import re
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

import pydantic as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator

from legapp.assess.results import Status, Threshold
from legapp.paths import resources_dir
from legapp.yaml_file import FieldProblem, FileError, load_model

STAY_INDEPENDENT_ITEMS = (
    "fallen_past_year", "cane_or_walker", "unsteady_walking", "holds_furniture",
    "worried_about_falling", "pushes_up_from_chair", "trouble_with_curb", "rushes_to_toilet",
    "lost_feeling_in_feet", "medicine_light_headed", "medicine_sleep_mood", "sad_or_depressed",
)
SARC_F_ITEMS = ("strength", "walking", "chair_rise", "stairs", "falls")
SHORT_FES_I_ITEMS = ("dressing", "bathing", "chair", "stairs", "reaching", "slope", "social_event")
KEY_QUESTIONS = ("fell_past_year", "unsteady", "worried")

Id = Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*$")


class NormsError(FileError):
    """A norms file that cannot be used. ``str()`` names the file and the field."""


def _split(value: Any) -> Any:
    if isinstance(value, str):
        match = _RANGE.match(value)
        if not match:
            raise ValueError(f"write a range as low-high, for example 60-64 (not {value!r})")
        return match.group(1), match.group(2)
    return value


def _ordered(pair: tuple[Any, Any]) -> tuple[Any, Any]:
    if pair[0] > pair[1]:
        raise ValueError(f"the low end ({pair[0]}) is greater than the high end ({pair[1]})")
    return pair



IntRange = Annotated[tuple[int, int], pd.BeforeValidator(_split), pd.AfterValidator(_ordered)]
FloatRange = Annotated[tuple[float, float], pd.BeforeValidator(_split), pd.AfterValidator(_ordered)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Source(_Frozen):
    citation: str = Field(min_length=1)


class Cited(_Frozen):
    source: Id
    status: Status


class AgeRow(_Frozen):
    ages: IntRange

    def covers(self, age: int) -> bool:
        return self.ages[0] <= age <= self.ages[1]


R = TypeVar("R", bound=AgeRow)


def _contiguous(rows: tuple[R, ...]) -> tuple[R, ...]:
    for i in range(1, len(rows)):
        end, start = rows[i - 1].ages[1], rows[i].ages[0]
        if start != end + 1:
            raise FieldProblem(f"{i}.ages", "age bands must follow on with no gap or overlap: the band "
                               f"before ends at {end}, so this one must start at {end + 1}")
    return rows


Bands = Annotated[tuple[R, ...], Field(min_length=1), pd.AfterValidator(_contiguous)]


def find_band(rows: tuple[R, ...], age: int) -> R | None:
    """The row whose age band holds ``age``, or None."""
    return next((row for row in rows if row.covers(age)), None)


class CutRow(AgeRow):
    men: int = Field(ge=0)
    women: int = Field(ge=0)


class RangeRow(AgeRow):
    men: IntRange
    women: IntRange


class BelowAverage(Cited):
    fewer_than: Bands[CutRow]


class NormalRange(Cited):
    ranges: Bands[RangeRow]


class ChairStandNorms(_Frozen):
    below_average: BelowAverage
    normal_range: NormalRange

    @model_validator(mode="after")
    def _tables_agree(self) -> ChairStandNorms:
        cuts, ranges = self.below_average.fewer_than, self.normal_range.ranges
        if [r.ages for r in cuts] != [r.ages for r in ranges]:
            raise FieldProblem("normal_range.ranges", "the age bands must be the same as in below_average")
        for i, (cut, rng) in enumerate(zip(cuts, ranges, strict=True)):
            for sex in ("men", "women"):
                if getattr(cut, sex) != getattr(rng, sex)[0]:
                    raise FieldProblem(f"below_average.fewer_than.{i}.{sex}",
                                       "must equal the low end of the normal range for the same band")
        return self


class SppbRule(_Frozen):
    points: int = Field(ge=0)
    stage: int = Field(ge=1)
    seconds_from: float = Field(ge=0)
    seconds_below: float | None = None


class SppbPoints(Cited):
    rules: tuple[SppbRule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _cover_every_time(self) -> SppbPoints:
        rules = self.rules
        for i, rule in enumerate(rules):
            if (rule.seconds_below is None) != (i == len(rules) - 1):
                raise FieldProblem(f"rules.{i}.seconds_below", "every rule but the last needs seconds_below")
            if rule.seconds_below is not None and rule.seconds_below <= rule.seconds_from:
                raise FieldProblem(f"rules.{i}.seconds_below", "must be more than seconds_from")
            prev = rules[i - 1] if i else None
            if prev is None:
                expected = (1, 0.0)
            elif rule.stage == prev.stage:
                expected = (prev.stage, prev.seconds_below)
            else:
                expected = (prev.stage + 1, 0.0)
            if (rule.stage, rule.seconds_from) != expected:
                raise FieldProblem(f"rules.{i}", f"expected stage {expected[0]} from {expected[1]:g} s: "
                                   "rules go stage by stage, each starting where the one before ended")
            if prev is not None and rule.points <= prev.points:
                raise FieldProblem(f"rules.{i}.points", "points must rise from one rule to the next")
        return self

    @property
    def last_stage(self) -> int:
        return self.rules[-1].stage


class BalanceNorms(Cited):
    stages: tuple[Id, ...] = Field(min_length=1)
    hold_seconds: float = Field(gt=0)
    risk_if_not_held_stage: int = Field(ge=1)
    sppb_points: SppbPoints

    @model_validator(mode="after")
    def _stages_exist(self) -> BalanceNorms:
        if self.risk_if_not_held_stage > len(self.stages):
            raise FieldProblem("risk_if_not_held_stage", f"there are only {len(self.stages)} stages")
        rules = self.sppb_points.rules
        if rules[-1].stage > len(self.stages):
            raise FieldProblem("sppb_points.rules", f"there are only {len(self.stages)} stages")
        for i, (rule, nxt) in enumerate(itertools.pairwise(rules)):
            if nxt.stage != rule.stage and rule.seconds_below != self.hold_seconds:
                raise FieldProblem(f"sppb_points.rules.{i}.seconds_below",
                                   f"a stage that is passed ends at hold_seconds ({self.hold_seconds:g})")
        return self


class TimeCutoff(Cited):
    seconds_or_more: float | None = Field(default=None, gt=0)
    more_than_seconds: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _one_rule(self) -> TimeCutoff:
        if (self.seconds_or_more is None) == (self.more_than_seconds is None):
            raise ValueError("give either seconds_or_more or more_than_seconds (one, not both)")
        return self

    def threshold(self) -> Threshold:
        if self.seconds_or_more is not None:
            return Threshold(measure="seconds", op=">=", value=self.seconds_or_more)
        return Threshold(measure="seconds", op=">", value=self.more_than_seconds or 0.0)


class NamedCutoff(TimeCutoff):
    id: Id


class TugAgeRow(AgeRow):
    mean: float = Field(gt=0)
    ci: FloatRange

    @model_validator(mode="after")
    def _mean_in_ci(self) -> TugAgeRow:
        if not self.ci[0] <= self.mean <= self.ci[1]:
            raise FieldProblem("mean", "the mean must lie inside its confidence interval (ci)")
        return self


class StsAgeRow(AgeRow):
    worse_than_average_above: float = Field(gt=0)


class AgeTable(Cited, Generic[R]):
    by_age: Bands[R]


class TugNorms(_Frozen):
    at_risk: TimeCutoff
    age_reference: AgeTable[TugAgeRow]
    other_cutoffs: tuple[NamedCutoff, ...] = ()
    ask_if_under_seconds: float = Field(gt=0)  # faster than a person can do it: "Was that right?"


class FiveTimesStsNorms(_Frozen):
    recurrent_falls: TimeCutoff
    low_strength_ewgsop2: TimeCutoff
    age_reference: AgeTable[StsAgeRow]
    ask_if_under_seconds: float = Field(gt=0)


def _check_total(items: tuple[str, ...], expected: tuple[str, ...], max_total: int, maximum: int,
                 threshold: int, threshold_name: str, items_name: str) -> None:
    if items != expected:
        raise FieldProblem(items_name, "must list exactly these items, in this order: " + ", ".join(expected))
    if max_total != maximum:
        raise FieldProblem("max_total", f"must be {maximum}, the highest total the items can give")
    if threshold > max_total:
        raise FieldProblem(threshold_name, "cannot be more than max_total")


class StayIndependentNorms(Cited):
    points_for_yes: dict[Id, Annotated[int, Field(ge=1)]]
    at_risk_total_or_more: int = Field(ge=1)
    max_total: int

    @model_validator(mode="after")
    def _items_and_total(self) -> StayIndependentNorms:
        _check_total(tuple(self.points_for_yes), STAY_INDEPENDENT_ITEMS, self.max_total,
                     sum(self.points_for_yes.values()), self.at_risk_total_or_more,
                     "at_risk_total_or_more", "points_for_yes")
        return self


class SarcFNorms(Cited):
    items: tuple[Id, ...]
    item_max: int = Field(ge=1)
    likely_sarcopenia_total_or_more: int = Field(ge=1)
    max_total: int

    @model_validator(mode="after")
    def _items_and_total(self) -> SarcFNorms:
        _check_total(self.items, SARC_F_ITEMS, self.max_total, self.item_max * len(self.items),
                     self.likely_sarcopenia_total_or_more, "likely_sarcopenia_total_or_more", "items")
        return self


class TimeRule(_Frozen):
    points: int = Field(ge=0)
    seconds_at_most: float | None = Field(default=None, gt=0)


class TimePoints(Cited):
    """Points by a time taken to the hundredth of a second: the first rule whose
    seconds_at_most the time does not pass; with none left, 0 points (the last rule may
    have no seconds_at_most: any longer time)."""

    rules: tuple[TimeRule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered_rules(self) -> TimePoints:
        for i, rule in enumerate(self.rules):
            if rule.seconds_at_most is None and i != len(self.rules) - 1:
                raise FieldProblem(f"rules.{i}.seconds_at_most", "only the last rule may have no upper time")
            if i and rule.points >= self.rules[i - 1].points:
                raise FieldProblem(f"rules.{i}.points", "points must fall from one rule to the next")
            if i and rule.seconds_at_most is not None and \
                    rule.seconds_at_most <= (self.rules[i - 1].seconds_at_most or 0):
                raise FieldProblem(f"rules.{i}.seconds_at_most", "times must rise from one rule to the next")
        return self

    def points_for(self, seconds: float) -> int:
        """The points for ``seconds``, taken to the hundredth of a second (half up)."""
        hundredths = decimal.Decimal(repr(float(seconds))).quantize(decimal.Decimal("0.01"),
                                                                    decimal.ROUND_HALF_UP)
        for rule in self.rules:
            if rule.seconds_at_most is None or hundredths <= decimal.Decimal(repr(rule.seconds_at_most)):
                return rule.points
        return 0


class CoursePoints(TimePoints):
    metres: int = Field(ge=1)


class SpeedCutoff(Cited):
    speed_m_s_or_less: float = Field(gt=0)


class GaitSpeedNorms(_Frozen):
    low_performance_ewgsop2: SpeedCutoff
    sppb_points: tuple[CoursePoints, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_table_a_course(self) -> GaitSpeedNorms:
        courses = [t.metres for t in self.sppb_points]
        if len(set(courses)) != len(courses):
            raise FieldProblem("sppb_points", "give one table for each course length")
        return self

    def points_table(self, metres: float) -> CoursePoints | None:
        return next((t for t in self.sppb_points if t.metres == metres), None)


class TotalCutoff(Cited):
    total_or_less: int = Field(ge=0)


class SppbNorms(_Frozen):
    chair_points: TimePoints
    low_performance_ewgsop2: TotalCutoff
    max_total: int = Field(ge=1)

    @model_validator(mode="after")
    def _limits(self) -> SppbNorms:
        if self.chair_points.rules[-1].seconds_at_most is None:
            raise FieldProblem("chair_points.rules",
                               "the last rule needs seconds_at_most (longer = 0 points)")
        if self.low_performance_ewgsop2.total_or_less > self.max_total:
            raise FieldProblem("low_performance_ewgsop2.total_or_less", "cannot be more than max_total")
        return self


class ConcernBands(Cited):
    low_up_to: int = Field(ge=1)
    moderate_up_to: int = Field(ge=1)


class ShortFesINorms(Cited):
    items: tuple[Id, ...]
    answer_min: int = Field(ge=0)
    answer_max: int = Field(ge=1)
    concern: ConcernBands

    @model_validator(mode="after")
    def _items_and_bands(self) -> ShortFesINorms:
        if self.items != SHORT_FES_I_ITEMS:
            raise FieldProblem("items", "must list exactly these items, in this order: "
                               + ", ".join(SHORT_FES_I_ITEMS))
        low, high = self.min_total, self.max_total
        bands = self.concern
        if not low <= bands.low_up_to < bands.moderate_up_to < high:
            raise FieldProblem("concern", f"the bands must split the totals {low}-{high} in three, in order")
        return self

    @property
    def min_total(self) -> int:
        return self.answer_min * len(self.items)

    @property
    def max_total(self) -> int:
        return self.answer_max * len(self.items)


class SteadiScreenNorms(Cited):
    key_questions: tuple[Id, ...]

    @model_validator(mode="after")
    def _questions(self) -> SteadiScreenNorms:
        if self.key_questions != KEY_QUESTIONS:
            raise FieldProblem("key_questions", "must be, in this order: " + ", ".join(KEY_QUESTIONS))
        return self


class Norms(_Frozen):
    sources: dict[Id, Source]
    chair_stand_30s: ChairStandNorms
    balance_4stage: BalanceNorms
    tug: TugNorms
    five_times_sts: FiveTimesStsNorms
    stay_independent: StayIndependentNorms
    sarc_f: SarcFNorms
    gait_speed: GaitSpeedNorms
    sppb: SppbNorms
    short_fes_i: ShortFesINorms
    steadi_screen: SteadiScreenNorms

    @model_validator(mode="after")
    def _sources_known(self) -> Norms:
        for field, cited in _walk(self, ""):
            if cited.source not in self.sources:
                raise FieldProblem(f"{field}.source", f"{cited.source!r} is not in the list of sources")
        return self

    def citation(self, cited: Cited) -> str:
        return self.sources[cited.source].citation


def _walk(node: Any, field: str) -> list[tuple[str, Cited]]:
    found: list[tuple[str, Cited]] = [(field, node)] if isinstance(node, Cited) else []
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            found += _walk(getattr(node, name), f"{field}.{name}".lstrip("."))
    elif isinstance(node, tuple):
        for i, item in enumerate(node):
            found += _walk(item, f"{field}.{i}")
    return found


def default_norms_path() -> Path:
    return resources_dir() / "clinical" / "norms.yaml"


def load_norms(path: str | Path | None = None) -> Norms:
    """The norms in ``path`` (default: the bundled file, read once and cached)."""
    return _load_default() if path is None else _load(Path(path))


@functools.lru_cache(maxsize=1)
def _load_default() -> Norms:
    return _load(default_norms_path())


def _load(path: Path) -> Norms:
    return load_model(Norms, path, NormsError,
                      not_mapping="the file must hold named sections (sources, chair_stand_30s, ...)")
