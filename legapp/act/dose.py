"""The weekly dose (no Qt): minutes of strength and balance practice from the sessions
done in the app, plus what the person entered by hand (a walk, a class), week by week,
against the aims: 2-3 strength sessions and 150 minutes of activity a week (the facts'
advice), and the balance practice of the fall-prevention trials that worked, about 2-3
hours a week (CLINICAL.md 15; said as what those programmes did, never as a rule).

No streaks, no scolding: the words say what was done and what would help next.
Weeks are plan.week_of's (Monday to Monday in local time, across changes of clocks)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from legapp.act.plan import Activity, week_of
from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.act.programme import Event
    from legapp.content.models import Fact


@dataclass(frozen=True)
class Aims:
    strength: tuple[int, int]  # sessions a week
    activity_minutes: int  # a week
    balance_hours: tuple[int, int]  # what the trials did, a week


def aims(facts: dict[str, Fact]) -> Aims:
    s, b = facts["strength_sessions_per_week"], facts["balance_hours_trials"]
    return Aims((int(s.low or 0), int(s.high or 0)), int(facts["aerobic_minutes_per_week"].value or 0),
                (int(b.low or 0), int(b.high or 0)))


@dataclass(frozen=True)
class WeekDose:
    start: datetime
    end: datetime
    strength_sessions: int
    strength_minutes: int
    balance_minutes: int
    activity_minutes: int  # walking and other activity entered by hand
    balance_times: int  # balance practice noted without minutes


def week_dose(activities: Iterable[Activity], sessions: Iterable[Event], moment: datetime) -> WeekDose:
    """The week that holds ``moment``. ``sessions`` are the programme's "session" events
    (each with its strength and balance minutes); the strength session a finished session
    notes in the week is counted once, from ``activities``."""
    start, end = week_of(moment)
    acts = [a for a in activities if start <= a.done_at < end]
    done = [e for e in sessions if e.kind == "session" and start <= e.at < end]
    return WeekDose(
        start=start, end=end,
        strength_sessions=sum(a.kind == "strength" for a in acts),
        strength_minutes=sum(int(e.data.get("strength_minutes", 0)) for e in done),
        balance_minutes=sum(int(e.data.get("balance_minutes", 0)) for e in done)
        + sum(a.minutes or 0 for a in acts if a.kind == "balance"),
        activity_minutes=sum(a.minutes or 0 for a in acts if a.kind == "aerobic"),
        balance_times=sum(a.kind == "balance" and not a.minutes for a in acts),
    )


def weeks(activities: Iterable[Activity], sessions: Iterable[Event], moment: datetime,
          count: int = 8) -> list[WeekDose]:
    """The ``count`` weeks up to the one that holds ``moment``, oldest first."""
    activities, sessions = list(activities), list(sessions)
    out = []
    start = week_of(moment)[0]
    for _ in range(count):
        out.append(week_dose(activities, sessions, start))
        # the Monday before: noon of the Sunday before this Monday lies in that week
        start = week_of(start - timedelta(hours=12))[0]
    return out[::-1]


def dose_words(week: WeekDose, aims: Aims) -> str:
    """Kind words about one week: what was done and one thing that would help next."""
    low, high = aims.strength
    parts = []
    if week.strength_sessions >= low:
        parts.append(translate("Dose", "{done} strength sessions: that meets the aim of {low} to {high}. "
                               "Well done.").format(done=week.strength_sessions, low=low, high=high))
    elif week.strength_sessions == 1:
        parts.append(translate("Dose", "1 strength session so far. The aim is {low} to {high} a week.")
                     .format(low=low, high=high))
    else:
        parts.append(translate("Dose", "No strength session yet this week. Any day is a good day to "
                               "start. The aim is {low} to {high} a week.").format(low=low, high=high))
    if week.activity_minutes >= aims.activity_minutes:
        parts.append(translate("Dose", "{minutes} minutes of walking or other activity: that meets the aim "
                               "of {aim}.").format(minutes=week.activity_minutes, aim=aims.activity_minutes))
    elif week.activity_minutes:
        parts.append(translate("Dose", "{minutes} minutes of walking or other activity. Every walk adds "
                               "up toward {aim}.").format(minutes=week.activity_minutes,
                                                          aim=aims.activity_minutes))
    else:
        parts.append(translate("Dose", "A walk of any length counts toward {aim} minutes of activity a "
                               "week.").format(aim=aims.activity_minutes))
    blow, bhigh = aims.balance_hours
    parts.append(translate("Dose", "{minutes} minutes of balance practice. The programmes that cut falls "
                           "in studies did about {low} to {high} hours a week, built up over months.")
                 .format(minutes=week.balance_minutes, low=blow, high=bhigh))
    return " ".join(parts)
