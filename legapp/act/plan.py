"""The weekly plan (no Qt): which days a person means to train, what they did this week,
and a kind summary against the facts' weekly guidance (strength sessions, minutes of
activity); balance practice is counted, with no target (CLINICAL.md gives none).

A week runs from Monday 00:00 to the next Monday 00:00 in the person's own time zone: a
session on Sunday night belongs to the week that is ending, one on Monday morning to the
new one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.content.models import Fact

Kind = Literal["strength", "aerobic", "balance"]
KINDS: tuple[Kind, ...] = ("strength", "aerobic", "balance")
MAX_MINUTES = 600


@dataclass(frozen=True)
class Activity:
    profile_id: int
    kind: Kind
    done_at: datetime  # aware
    minutes: int | None = None  # for activity (aerobic), and a balance class if given; none for a session
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if type(self.profile_id) is not int or self.profile_id < 1:
            raise ValueError("an activity belongs to a saved profile")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of activity {self.kind!r}")
        if not isinstance(self.done_at, datetime) or self.done_at.utcoffset() is None:
            raise ValueError("done_at must be a date and time with its time zone")
        if self.kind == "aerobic":
            if type(self.minutes) is not int or not 1 <= self.minutes <= MAX_MINUTES:
                raise ValueError(f"minutes must be a whole number from 1 to {MAX_MINUTES}")
        elif self.minutes is not None and (self.kind == "strength" or type(self.minutes) is not int
                                           or not 1 <= self.minutes <= MAX_MINUTES):
            # a balance class (tai chi) may give its minutes; a strength session is counted
            raise ValueError("only activity and a balance class are counted in minutes")


def read_minutes(text: str) -> int:
    """Minutes typed by hand, or a ValueError whose words can be shown as they are."""
    text = text.strip()
    if not text:
        raise ValueError(translate("Plan", "Please type how many minutes, for example 30."))
    if not (text.isdecimal() and len(text) <= 4):
        raise ValueError(translate("Plan", "Please type the minutes as a whole number, for example 30."))
    minutes = int(text)
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValueError(translate("Plan", "Please check the minutes. They should be from 1 to {most}.")
                         .format(most=MAX_MINUTES))
    return minutes


def week_of(moment: datetime) -> tuple[datetime, datetime]:
    """The week (Monday 00:00 to the next Monday 00:00, local time) that holds ``moment``."""
    local = moment.astimezone()
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    # replace() keeps the offset of ``local``; across a change of clocks, take Monday's own
    start = monday.replace(tzinfo=None).astimezone()
    end = (start.replace(tzinfo=None) + timedelta(days=7)).astimezone()
    return start, end


@dataclass(frozen=True)
class WeekSummary:
    start: datetime
    strength: int
    aerobic_minutes: int
    balance: int
    strength_goal: tuple[int, int]  # low-high sessions a week
    aerobic_goal: int  # minutes a week
    planned_days: tuple[int, ...]  # 0 = Monday


def summarize(activities: list[Activity], moment: datetime, facts: dict[str, Fact],
              planned_days: tuple[int, ...] = ()) -> WeekSummary:
    start, end = week_of(moment)
    this_week = [a for a in activities if start <= a.done_at < end]
    sessions = facts["strength_sessions_per_week"]
    return WeekSummary(
        start=start,
        strength=sum(a.kind == "strength" for a in this_week),
        aerobic_minutes=sum(a.minutes or 0 for a in this_week if a.kind == "aerobic"),
        balance=sum(a.kind == "balance" for a in this_week),
        strength_goal=(int(sessions.low or 0), int(sessions.high or 0)),
        aerobic_goal=int(facts["aerobic_minutes_per_week"].value or 0),
        planned_days=tuple(sorted(set(planned_days))),
    )


def kind_words(week: WeekSummary) -> str:
    """A few encouraging sentences: what was done, what is left, never a scolding."""
    low, high = week.strength_goal
    if week.strength >= low:
        strength = translate("Plan", "You did {done} strength sessions this week. That meets the aim of "
                             "{low} to {high}. Well done.")
    elif week.strength:
        strength = translate("Plan", "You did {done} strength session this week. One or two more would "
                             "reach the aim of {low} to {high}.")
    else:
        strength = translate("Plan", "A strength session or two this week would be a great start. "
                             "The aim is {low} to {high}.")
    strength = strength.format(done=week.strength, low=low, high=high)
    left = week.aerobic_goal - week.aerobic_minutes
    if left <= 0:
        active = translate("Plan", "You were active for {minutes} minutes. That meets the aim of {aim}.")
    elif week.aerobic_minutes:
        # One minute is said as one (the core's words have no plural forms of their own).
        active = (translate("Plan", "You were active for 1 minute. {left} more would reach {aim}. "
                            "A short walk counts.") if week.aerobic_minutes == 1 else
                  translate("Plan", "You were active for {minutes} minutes. {left} more would reach {aim}. "
                            "A short walk counts."))
    else:
        active = translate("Plan", "Any walk or dance counts toward {aim} minutes of activity a week.")
    active = active.format(minutes=week.aerobic_minutes, left=left, aim=week.aerobic_goal)
    if week.balance == 1:
        balance = translate("Plan", "You practised your balance once.")
    elif week.balance:
        balance = translate("Plan", "You practised your balance {times} times.").format(times=week.balance)
    else:
        balance = translate("Plan", "Balance practice, such as standing on one foot by a counter, helps too.")
    return f"{strength} {active} {balance}"
