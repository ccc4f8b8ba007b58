""""Put my plan in my calendar" (no Qt): an iCalendar file (RFC 5545) that a phone,
Outlook, Thunderbird or Google Calendar imports. One weekly event for each chosen day,
with a recurrence rule (RRULE FREQ=WEEKLY;BYDAY=..) and an alarm 30 minutes before. The
events are in the person's own time zone (with its VTIMEZONE) when it is known, else in
"floating" local time, so 10:00 stays 10:00 when the clocks change. Written with the
``icalendar`` library, never by hand.

Nothing runs in the background: the calendar the person already uses does the reminding."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from legapp.i18n import translate

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ALARM_BEFORE = timedelta(minutes=30)
DEFAULT_TIME = time(10, 0)
DEFAULT_MINUTES = 30


@dataclass(frozen=True)
class CalendarPlan:
    name: str  # whose plan
    days: tuple[int, ...]  # 0 = Monday
    level_name: str
    exercises: tuple[str, ...] = ()  # titles, for the event's description
    at: time = DEFAULT_TIME
    minutes: int = DEFAULT_MINUTES
    for_caregiver: bool = False  # the event's title names the person


def local_zone() -> ZoneInfo | None:
    """This computer's time zone by its name (TZ, or /etc/localtime's link), or None."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            names.append(link.split("zoneinfo/", 1)[1])
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def first_day(start: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``start``."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "person"


def calendar_bytes(plan: CalendarPlan, start: date, *, zone: ZoneInfo | None = None,
                   stamp: datetime | None = None) -> bytes:
    """The iCalendar file's bytes. ``start``: the first day the events may fall on."""
    import icalendar  # only when a calendar is made

    if not plan.days:
        raise ValueError(translate("Calendar", "Please choose at least one day for your exercises."))
    cal = icalendar.Calendar()
    cal.add("prodid", "-//legapp//exercise plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    title = (translate("Calendar", "{name}: leg exercises").format(name=plan.name) if plan.for_caregiver
             else translate("Calendar", "My leg exercises"))
    description = translate("Calendar", "The {level} session in legapp. Keep a sturdy chair close by.")
    description = description.format(level=plan.level_name)
    if plan.exercises:
        description += "\n" + "\n".join(f"- {title_}" for title_ in plan.exercises)
    stamp = stamp or datetime.now().astimezone()
    for weekday in sorted(set(plan.days)):
        day = first_day(start, weekday)
        begin = datetime.combine(day, plan.at)
        if zone is not None:
            begin = begin.replace(tzinfo=zone)
        event = icalendar.Event()
        event.add("uid", f"legapp-{_slug(plan.name)}-{BYDAY[weekday].lower()}"
                         f"{'-care' if plan.for_caregiver else ''}@legapp")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("duration", timedelta(minutes=plan.minutes))
        event.add("rrule", {"freq": "weekly", "byday": BYDAY[weekday]})
        event.add("summary", title)
        event.add("description", description)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -ALARM_BEFORE)
        alarm.add("description", translate("Calendar", "In 30 minutes: {title}").format(title=title))
        event.add_component(alarm)
        cal.add_component(event)
    if zone is not None:
        cal.add_component(_vtimezone(icalendar, zone, start))
    return cal.to_ical()


def _vtimezone(icalendar, zone: ZoneInfo, start: date):
    """The zone's VTIMEZONE from a year before ``start`` for 20 years, as icalendar makes it,
    less the opening observance that changes nothing (its offset before and after are the
    same): some readers (dateutil's, behind vobject) then apply it all year round."""
    tz = icalendar.Timezone.from_tzinfo(zone, tzid=zone.key, first_date=date(start.year - 1, 1, 1),
                                        last_date=date(start.year + 20, 1, 1))
    changes = [c for c in tz.subcomponents if c["TZOFFSETFROM"].td != c["TZOFFSETTO"].td]
    if changes:
        tz.subcomponents = changes
    return tz


def save_calendar(data: bytes, path: Path) -> None:
    """Write the whole file or nothing (a temp file beside it, then renamed). OSError as is."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".legapp-", suffix=".ics", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def plan_of(name: str, events: list, days: tuple[int, ...], pack=None, *,
            for_caregiver: bool = False) -> CalendarPlan | None:
    """The calendar plan of a person from their programme events and plan days (with the
    session's exercise titles when the pack is given); None without chosen days."""
    from legapp.act.programme import current, session_for
    from legapp.act.start_level import level_name

    if not days:
        return None
    programme = current(events)
    titles: tuple[str, ...] = ()
    minutes = DEFAULT_MINUTES
    if programme is not None and pack is not None:
        exercises = {e.id: e for e in pack.exercises}
        session = session_for(programme, pack.sessions, exercises)
        if session is not None:
            titles = tuple(exercises[i.exercise].title for i in session.items)
    level = level_name(programme.level) if programme is not None else translate("Calendar", "exercise")
    return CalendarPlan(name=name, days=tuple(days), level_name=level, exercises=titles, minutes=minutes,
                        for_caregiver=for_caregiver)
