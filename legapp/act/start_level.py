"""A starting level from the person's own results (no Qt).

With an SPPB (CLINICAL.md section 15, Vivifrail; 2nd-hand, BMC Geriatr 2022 Table 2): the
band of the total, A 0-3, B 4-6, C 7-9, D 10-12, each mapped to one of the app's levels,
and Vivifrail's "+" (more balance work) after 2 or more falls in a year, a fall that
needed medical care, a walking speed under 0.8 m/s or a Timed Up and Go of 20 s or more.

Without an SPPB, THE APP'S OWN RULE (not Vivifrail's, not from a trial; it is written
here and in the note, and the screen says it is the app's own):
  * "seated" when the 30-second chair stand was 0 (could not stand without the arms) or
    the feet-together balance position was not held 10 s (no stage held);
  * "gentle" when the chair stand was below average for age, or the tandem stance
    (stage 3) was not held 10 s (either one at risk);
  * "standard" when both were done and neither was at risk;
  * never "stronger": that needs an SPPB (the person may still choose it).
  With only one of the two tests, that one decides; with neither, nothing is suggested.

A suggestion always names its source and is only a suggestion: the person chooses the
level. Where the results show a high risk (Vivifrail band A, or a "+" reason) it says to
ask a physical therapist first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from legapp.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from legapp.track.records import Record

Level = Literal["seated", "gentle", "standard", "stronger"]
LEVELS: tuple[Level, ...] = ("seated", "gentle", "standard", "stronger")
# Vivifrail's bands of the SPPB total (CLINICAL 15), lowest total of each band first.
BANDS: tuple[tuple[str, int, int, Level], ...] = (
    ("A", 0, 3, "seated"), ("B", 4, 6, "gentle"), ("C", 7, 9, "standard"), ("D", 10, 12, "stronger"))
PLUS_FALLS = 2  # falls in the past year
PLUS_SPEED_BELOW = 0.8  # m/s
PLUS_TUG_FROM = 20.0  # seconds
SARC_F_MANY_FALLS = 2  # SARC-F's falls answer 2 = 4 or more falls (1 = 1-3: not known to be 2+)

LEVEL_NAMES = {
    "seated": QT_TRANSLATE_NOOP("Programme", "Seated and supported"),
    "gentle": QT_TRANSLATE_NOOP("Programme", "Gentle"),
    "standard": QT_TRANSLATE_NOOP("Programme", "Standard"),
    "stronger": QT_TRANSLATE_NOOP("Programme", "Stronger"),
}
REASONS = {
    "falls": QT_TRANSLATE_NOOP("Programme", "two or more falls in the past year"),
    "fall_care": QT_TRANSLATE_NOOP("Programme", "a fall that needed a doctor or hospital"),
    "slow_walk": QT_TRANSLATE_NOOP("Programme", "a walking speed under 0.8 metres a second"),
    "slow_tug": QT_TRANSLATE_NOOP("Programme", "a Timed Up and Go of 20 seconds or more"),
}


def level_name(level: str) -> str:
    return translate("Programme", LEVEL_NAMES[level])


@dataclass(frozen=True)
class Suggestion:
    level: Level
    source: Literal["vivifrail", "app_rule"]
    band: str | None  # Vivifrail's letter, with an SPPB
    balance_plus: bool  # more balance practice
    plus_reasons: tuple[str, ...]  # keys of REASONS
    ask_therapist: bool  # high risk: ask a physical therapist first
    day: date | None  # the day of the results it comes from

    def words(self) -> str:
        """What the screen says: the level, where it comes from, and that it is a choice."""
        name = level_name(self.level)
        if self.source == "vivifrail":
            text = translate("Programme", "From your SPPB score, the Vivifrail programme would start you at "
                             "level {band}. In this app that is the {name} level.").format(
                band=self.band, name=name)
        else:
            text = translate("Programme", "From your chair stand and balance results, this app suggests the "
                             "{name} level. This is the app's own rule, not a rule from a study.").format(
                name=name)
        if self.balance_plus:
            why = ", ".join(translate("Programme", REASONS[r]) for r in self.plus_reasons)
            text += " " + translate("Programme", "Because of {why}, it adds extra balance practice, as "
                                    "Vivifrail does.").format(why=why)
        if self.ask_therapist:
            text += " " + translate("Programme", "Your results show a high risk of falling. Please ask a "
                                    "physical therapist before you start.")
        return text + " " + translate("Programme", "It is only a suggestion: you choose the level.")


def band_of(total: int) -> tuple[str, Level]:
    if type(total) is not int or not 0 <= total <= 12:
        raise ValueError("an SPPB total is a whole number from 0 to 12")
    letter, _low, _high, level = next(b for b in BANDS if b[1] <= total <= b[2])
    return letter, level


@dataclass(frozen=True)
class FallFacts:
    """What the app knows about falls, walking speed and TUG; None = not known."""

    falls_past_year: int | None = None  # at least this many
    fall_needed_care: bool | None = None
    speed_m_s: float | None = None
    tug_seconds: float | None = None

    def plus_reasons(self) -> tuple[str, ...]:
        reasons = []
        if self.falls_past_year is not None and self.falls_past_year >= PLUS_FALLS:
            reasons.append("falls")
        if self.fall_needed_care:
            reasons.append("fall_care")
        if self.speed_m_s is not None and self.speed_m_s < PLUS_SPEED_BELOW:
            reasons.append("slow_walk")
        if self.tug_seconds is not None and self.tug_seconds >= PLUS_TUG_FROM:
            reasons.append("slow_tug")
        return tuple(reasons)


def from_sppb(total: int, falls: FallFacts = FallFacts(), day: date | None = None) -> Suggestion:
    letter, level = band_of(total)
    reasons = falls.plus_reasons()
    return Suggestion(level=level, source="vivifrail", band=letter + ("+" if reasons else ""),
                      balance_plus=bool(reasons), plus_reasons=reasons,
                      ask_therapist=letter == "A" or bool(reasons), day=day)


def from_chair_and_balance(chair_count: int | None, chair_below_average: bool | None,
                           stages_held: int | None, falls: FallFacts = FallFacts(),
                           day: date | None = None) -> Suggestion | None:
    """The app's own rule (see the module's words); None with neither result."""
    if chair_count is None and stages_held is None:
        return None
    if chair_count == 0 or stages_held == 0:
        level: Level = "seated"
    elif bool(chair_below_average) or (stages_held is not None and stages_held < 3):
        level = "gentle"
    else:
        level = "standard"
    reasons = falls.plus_reasons()
    return Suggestion(level=level, source="app_rule", band=None, balance_plus=bool(reasons),
                      plus_reasons=reasons, ask_therapist=level == "seated" or bool(reasons), day=day)


def _newest(records: Iterable[Record], test: str) -> Record | None:
    found = [r for r in records if r.test == test]
    return max(found, key=lambda r: r.taken_at) if found else None


def fall_facts(records: Iterable[Record], fall_needed_care: bool | None = None) -> FallFacts:
    """Falls from SARC-F's falls answer (2 = 4 or more) and the key questions (a yes = at
    least 1); speed from the 4 m walk; the newest TUG."""
    records = list(records)
    falls = None
    sarc = _newest(records, "sarc_f")
    answers = {} if sarc is None else sarc.raw.get("answers") or {}
    if isinstance(answers.get("falls"), int):
        falls = {0: 0, 1: 1, 2: 4}.get(answers["falls"])
    walk, tug = _newest(records, "walk_4m"), _newest(records, "tug")
    return FallFacts(falls_past_year=falls, fall_needed_care=fall_needed_care,
                     speed_m_s=None if walk is None else walk.score,
                     tug_seconds=None if tug is None else tug.score)


def suggest(records: Iterable[Record], sppb_total: int | None = None, sppb_day: date | None = None,
            fall_needed_care: bool | None = None) -> Suggestion | None:
    """The suggestion from a person's results: the SPPB's when there is one (its total from
    legapp.checks.sppb_day.latest_sppb), else the app's own rule, else None."""
    records = list(records)
    falls = fall_facts(records, fall_needed_care)
    if sppb_total is not None:
        return from_sppb(int(sppb_total), falls, sppb_day)
    chair, balance = _newest(records, "chair_stand_30s"), _newest(records, "balance_4stage")
    days = [r.taken_at.astimezone().date() for r in (chair, balance) if r is not None]
    return from_chair_and_balance(
        None if chair is None or chair.score is None else int(chair.score),
        None if chair is None else chair.at_risk,
        None if balance is None or balance.score is None else int(balance.score),
        falls, max(days) if days else None)


def suggestion(records: Iterable[Record], fall_needed_care: bool | None = None) -> Suggestion | None:
    """The suggestion from all of a person's results: the newest whole SPPB's (its own run,
    or its three parts on one day: legapp.checks.sppb_day) when there is one."""
    from legapp.checks.sppb_day import latest_sppb

    records = list(records)
    sppb = latest_sppb(records)
    if sppb is None:
        return suggest(records, fall_needed_care=fall_needed_care)
    return suggest(records, sppb.result.total, sppb.day, fall_needed_care)
