"""What Home's "Today" card says (no Qt, no background process): today's session on one
of the person's plan days, a re-test when one is due, and nothing on other days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from legapp.act.programme import Programme
from legapp.i18n import translate


@dataclass(frozen=True)
class Today:
    session: bool  # a plan day: today's session
    retest: bool  # a re-test is due
    done_today: bool  # a session is noted for today already

    def words(self, level_name: str) -> str:
        parts = []
        if self.session:
            parts.append(translate("Today", "You did your session today. Well done.") if self.done_today
                         else translate("Today", "Today is one of your exercise days: the {level} session.")
                         .format(level=level_name))
        if self.retest:
            parts.append(translate("Today", "It is time to do the chair stand and balance test again, to "
                                   "see how far you have come."))
        return " ".join(parts)


def today(programme: Programme | None, plan_days: tuple[int, ...], day: date, retest_due: bool,
          done_today: bool = False) -> Today | None:
    """None when there is nothing to show: no programme, or neither a plan day nor a
    re-test due."""
    if programme is None:
        return None
    session = day.weekday() in plan_days
    if not session and not retest_due:
        return None
    return Today(session=session, retest=retest_due, done_today=done_today and session)
