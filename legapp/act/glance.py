"""Each person's week at a glance, for a caregiver looking after several people (no Qt):
one short line each, the same kind words for everyone, no ranking and no streaks."""

from __future__ import annotations

from dataclasses import dataclass

from legapp.act.dose import WeekDose
from legapp.i18n import translate


@dataclass(frozen=True)
class Glance:
    name: str
    level: str | None  # the level's name, None before a programme
    planned: int  # sessions planned this week (the days chosen now)
    dose: WeekDose
    retest_due: bool

    def words(self) -> str:
        if self.planned:
            sessions = translate("Glance", "{done} of {planned} planned sessions").format(
                done=self.dose.strength_sessions, planned=self.planned)
        else:
            sessions = translate("Glance", "{done} sessions, no days chosen yet").format(
                done=self.dose.strength_sessions)
        text = translate("Glance", "{sessions}, {active} minutes of activity, {balance} minutes of balance "
                         "practice.").format(sessions=sessions, active=self.dose.activity_minutes,
                                             balance=self.dose.balance_minutes)
        if self.retest_due:
            text += " " + translate("Glance", "A re-test is due.")
        return text
