"""The calendar file, no Qt: written with icalendar, read back with a second library
(vobject, whose recurrences dateutil expands) to the expected dates for 8 weeks, across a
change of clocks; and `legapp export-calendar` with its plain messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from legapp.act.calendar_file import CalendarPlan, calendar_bytes, first_day, plan_of, save_calendar
from legapp.act.programme import start_event
from legapp.cli import export_calendar
from legapp.track.profiles import Profile
from legapp.track.store import HistoryStore

MADRID = ZoneInfo("Europe/Madrid")
START = date(2026, 10, 14)  # a Wednesday; clocks go back in Madrid on Sunday 25 October


def _read(data: bytes):
    return vobject.readOne(data.decode("utf-8"))


def _expand(event, weeks=8):
    """Every start of ``event`` in the 8 weeks from START, as dateutil expands its RRULE."""
    begin = event.dtstart.value
    until = begin + timedelta(weeks=weeks) - timedelta(minutes=1)
    return list(event.getrruleset().between(begin, until, inc=True))


def test_one_weekly_event_per_day_read_back_by_vobject_for_eight_weeks():
    plan = CalendarPlan("Ana", (0, 3), "Gentle", ("Sit to stand", "Heel raises"))
    cal = _read(calendar_bytes(plan, START, zone=MADRID, stamp=datetime(2026, 10, 14, 8, tzinfo=UTC)))
    events = sorted(cal.vevent_list, key=lambda e: e.dtstart.value)
    assert [e.rrule.value for e in events] == ["FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=MO"]
    assert len({e.uid.value for e in events}) == 2
    _thursday, _monday = events
    dates = {e.rrule.value[-2:]: _expand(e) for e in events}
    assert [d.date() for d in dates["TH"]] == [date(2026, 10, 15) + timedelta(weeks=n) for n in range(8)]
    assert [d.date() for d in dates["MO"]] == [date(2026, 10, 19) + timedelta(weeks=n) for n in range(8)]
    # 10:00 in Madrid every time, before and after the clocks change (UTC moves by an hour)
    for d in dates["TH"] + dates["MO"]:
        assert (d.hour, d.minute) == (10, 0)
        assert d.utcoffset() == (timedelta(hours=2) if d.date() < date(2026, 10, 25) else timedelta(hours=1))
    for e in events:
        assert e.duration.value == timedelta(minutes=30)
        alarm = e.valarm
        assert alarm.action.value == "DISPLAY"
        assert alarm.trigger.value == timedelta(minutes=-30)
        assert "Sit to stand" in e.description.value
        assert e.summary.value == "My leg exercises"
    assert cal.vtimezone.tzid.value == "Europe/Madrid"


def test_floating_time_without_a_known_zone_and_a_caregivers_copy():
    plan = CalendarPlan("Ana López", (6,), "Seated and supported", at=time(17, 30), for_caregiver=True)
    cal = _read(calendar_bytes(plan, START))
    event = cal.vevent
    assert event.dtstart.value == datetime(2026, 10, 18, 17, 30)  # floating: 17:30 wherever it is
    assert [d.date() for d in _expand(event)][-1] == date(2026, 12, 6)
    assert event.summary.value == "Ana López: leg exercises"
    assert event.uid.value.endswith("-care@legapp")


def test_no_days_no_calendar():
    with pytest.raises(ValueError, match="at least one day"):
        calendar_bytes(CalendarPlan("Ana", (), "Gentle"), START)
    assert plan_of("Ana", [], ()) is None
    assert first_day(START, 2) == START


def test_a_plan_edited_mid_week_gives_the_new_days(pack, tmp_path):
    events = [start_event(1, datetime(2026, 10, 5, 9, tzinfo=UTC), "gentle")]
    before = plan_of("Ana", events, (0, 2, 4), pack)
    after = plan_of("Ana", events, (1, 3), pack)  # changed on Wednesday
    cal = _read(calendar_bytes(after, START, zone=MADRID))
    assert sorted(e.rrule.value for e in cal.vevent_list) == ["FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=TU"]
    assert [d.date() for d in _expand(min(cal.vevent_list, key=lambda e: e.dtstart.value), 1)] == [
        date(2026, 10, 15)]  # this week's Thursday is still to come
    assert before.exercises == after.exercises
    assert "Seated knee straightening" in after.exercises
    path = tmp_path / "plan.ics"
    save_calendar(calendar_bytes(after, START), path)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]  # no temp file left


# -- legapp export-calendar -------------------------------------------------------------------

@pytest.fixture
def data_dir(tmp_path):
    store = HistoryStore(tmp_path / "data")
    ana = store.add_profile(Profile(None, "Ana", 1950, "female"))
    store.add_profile(Profile(None, "Ben", 1948, "male"))
    store.save_programme_events([start_event(ana.id, datetime(2026, 10, 5, 9, tzinfo=UTC), "gentle")])
    store.set_plan_days(ana.id, (0, 3))
    store.close()
    return tmp_path / "data"


def test_export_calendar_saves_the_file(data_dir, tmp_path, capsys):
    out = tmp_path / "ana.ics"
    assert export_calendar(["--data-dir", str(data_dir), "--person", "ana", "--out", str(out)]) == 0
    assert "2 weekly events" in capsys.readouterr().out
    cal = _read(out.read_bytes())
    assert sorted(e.rrule.value for e in cal.vevent_list) == ["FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=TH"]
    assert "Gentle" in cal.vevent.description.value
    care = tmp_path / "care.ics"
    assert export_calendar(["--data-dir", str(data_dir), "--person", "Ana", "--out", str(care),
                            "--caregiver"]) == 0
    assert {e.summary.value for e in _read(care.read_bytes()).vevent_list} == {"Ana: leg exercises"}


@pytest.mark.parametrize(("person", "out", "words"), [
    ("Ben", "ben.ics", "Ben has no plan yet"),
    ("Carla", "carla.ics", "no one called 'Carla' is saved here. The saved people are: Ana, Ben."),
    ("Ana", "no-such-folder/ana.ics", "the file cannot be saved at"),
])
def test_export_calendar_says_plainly_what_is_wrong(data_dir, tmp_path, capsys, person, out, words):
    code = export_calendar(["--data-dir", str(data_dir), "--person", person, "--out", str(tmp_path / out)])
    assert code == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert not (tmp_path / out).exists()


def test_export_calendar_from_a_terminal_with_no_saved_people(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-m", "legapp", "export-calendar", "--data-dir", str(tmp_path),
                           "--person", "Ana", "--out", str(tmp_path / "a.ics")], capture_output=True,
                          text=True, timeout=60, env=env)
    assert done.returncode == 2
    assert "there are no saved people in" in done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing made in the folder


def test_new_york_keeps_its_hour_when_the_clocks_change_on_1_november():
    plan = CalendarPlan("Ana", (6,), "Gentle", at=time(9, 0))
    cal = _read(calendar_bytes(plan, START, zone=ZoneInfo("America/New_York")))
    starts = _expand(cal.vevent)
    assert [d.date() for d in starts] == [date(2026, 10, 18) + timedelta(weeks=n) for n in range(8)]
    assert {(d.hour, d.minute) for d in starts} == {(9, 0)}
    assert [d.utcoffset() for d in starts[:3]] == [timedelta(hours=-4), timedelta(hours=-4),
                                                   timedelta(hours=-5)]  # 1 November: standard time


def test_legapp_help_names_export_calendar():
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-m", "legapp", "--help"], capture_output=True, text=True,
                         check=True, timeout=60, env=env).stdout
    assert "legapp export-calendar" in out
    out = subprocess.run([sys.executable, "-m", "legapp", "export-calendar", "--help"], capture_output=True,
                         text=True, check=True, timeout=60, env=env).stdout
    for option in ("--data-dir", "--person", "--out", "--caregiver"):
        assert option in out
