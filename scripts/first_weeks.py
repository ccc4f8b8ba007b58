"""A made-up person's first 8 weeks of a programme, worked out by legapp's own rules
(legapp.act: start_level, programme, dose, retest, calendar_file) and kept in a real
history store in a temp folder: the level suggested and chosen, each session's answer,
the steps offered and what she decided, the weekly dose, and the re-test days.

    PYTHONPATH=. python scripts/first_weeks.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ["TZ"] = "Europe/Madrid"  # her clocks go back on Sunday 25 October
time.tzset()

from legapp.act import programme as rules  # noqa: E402
from legapp.act.calendar_file import calendar_bytes, plan_of  # noqa: E402
from legapp.act.dose import aims, weeks  # noqa: E402
from legapp.act.plan import Activity  # noqa: E402
from legapp.act.retest import change_since_start, is_due, next_retest  # noqa: E402
from legapp.act.start_level import level_name, suggestion  # noqa: E402
from legapp.assess import (  # noqa: E402
    score_balance_4stage,
    score_chair_stand_30s,
    score_five_times_sts,
    score_gait_speed,
    score_sarc_f,
)
from legapp.content.loader import load_pack  # noqa: E402
from legapp.paths import bundled_content_dir  # noqa: E402
from legapp.track.profiles import Profile  # noqa: E402
from legapp.track.records import record_of  # noqa: E402
from legapp.track.store import HistoryStore  # noqa: E402

START = date(2026, 10, 5)  # a Monday
DAYS = (0, 2, 4)  # Monday, Wednesday, Friday
# How each planned session felt (None: she skipped it that day), week by week.
FEELS = [
    ["about_right", "too_easy", "too_easy"],
    ["about_right", None, "too_easy"],
    ["too_easy", "about_right", "too_hard"],
    ["about_right", "too_easy", "too_easy"],
    ["hurt", "about_right", "about_right"],
    ["too_easy", "too_easy", None],
    ["about_right", "about_right", "too_easy"],
    ["too_easy", "about_right", "about_right"],
]
DECLINE = {(2, 0)}  # in week 3 she says "no, stay as I am" to one offer
WALKS = [40, 60, 30, 90, 75, 100, 120, 110]  # minutes of walking she noted, each week
TAI_CHI = {5: 45, 6: 45, 7: 60}  # a balance class from week 6, minutes


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def main() -> int:
    pack = load_pack(bundled_content_dir("en"))
    exercises = {e.id: e for e in pack.exercises}
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore(Path(tmp))
        ana = store.add_profile(Profile(None, "Ana (made up)", 1948, "female", 3, 14))
        pid = ana.id
        t0 = at(START - timedelta(days=2))
        # Her starting results: an SPPB's three parts on one day, a chair stand, SARC-F.
        bal = score_balance_4stage([10, 10, 5])
        walk = score_gait_speed(5.6, 4)
        sts = score_five_times_sts(15.2, 78)
        chair = score_chair_stand_30s(8, 78, "female")
        sarc = score_sarc_f([1, 1, 1, 1, 1])
        for result, raw in ((bal, {"held_seconds": [10, 10, 5]}),
                            (walk, {"tries": [5.6, 6.0], "seconds": 5.6, "metres": 4, "walking_aid": False,
                                    "helper": True}),
                            (sts, {"seconds": 15.2}), (chair, {"count": 8}),
                            (sarc, {"answers": dict(sarc.answers)})):
            store.save(record_of(result, raw, profile_id=pid, content_version=1, taken_at=t0))
        s = suggestion(store.results(pid))
        print(f"Ana, 78. Results on {t0.date()}: balance {bal.score:g} positions, walk {walk.score:.2f} m/s, "
              f"five chair stands {sts.score:g} s, 30-s chair stand {chair.score:g}, SARC-F falls answer 1.")
        print("Suggestion:", s.words())
        chosen = s.level
        store.save_programme_events([rules.start_event(pid, at(START, 9), chosen, balance_plus=s.balance_plus,
                                                       suggested=s.level, source=s.source)])
        store.set_plan_days(pid, DAYS)
        ics = calendar_bytes(plan_of("Ana", store.programme_events(pid), DAYS, pack), START)
        print(f"She chooses {level_name(chosen)}; days Mon, Wed, Fri; the calendar file has "
              f"{ics.count(b'BEGIN:VEVENT')} weekly events with a 30-minute alarm.\n")
        for week in range(8):
            monday = START + timedelta(weeks=week)
            lines = []
            if week == 5:  # a week after the pain, her doctor says heel raises are fine again
                store.save_programme_events([rules.Event(pid, "resumed", at(monday, 8),
                                                         {"exercise": "heel-raises"})])
                lines.append(f"{monday:%a %d %b}: heel raises back in, after asking her doctor")
            for n, weekday in enumerate(DAYS):
                feel = FEELS[week][n]
                day = monday + timedelta(days=weekday)
                if feel is None:
                    lines.append(f"{day:%a %d %b}: skipped")
                    continue
                p = rules.current(store.programme_events(pid))
                session = rules.session_for(p, pack.sessions, exercises)
                strength, balance = rules.session_minutes(session, exercises)
                store.save_activity(Activity(pid, "strength", at(day)))
                store.save_programme_events([rules.Event(pid, "session", at(day), {
                    "session": session.id, "strength_minutes": strength, "balance_minutes": balance})])
                hurt = "heel-raises" if feel == "hurt" and "heel-raises" in [
                    i.exercise for i in session.items] else None
                store.save_programme_events(rules.feel_events(pid, at(day, 11), feel, hurt))
                text = f"{day:%a %d %b}: {level_name(p.level)} +{p.extra_reps} reps, support {p.support}, " \
                       f"{len(session.items)} exercises, {strength}+{balance} min -> {feel}"
                if hurt:
                    text += f" (stopped {hurt} for now: ask a doctor or physical therapist)"
                step = rules.offer(store.programme_events(pid))
                if step is not None:
                    if (week, n) in DECLINE:
                        store.save_programme_events([rules.declined_event(pid, at(day, 12), step)])
                        text += f"; offered '{step.words()}' - she declines"
                    else:
                        store.save_programme_events([rules.step_event(pid, at(day, 12), step)])
                        text += f"; offered '{step.words()}' - she takes it"
                lines.append(text)
            store.save_activity(Activity(pid, "aerobic", at(monday + timedelta(days=5), 17), WALKS[week]))
            if week in TAI_CHI:
                store.save_activity(Activity(pid, "balance", at(monday + timedelta(days=3), 18),
                                             TAI_CHI[week]))
            p = rules.current(store.programme_events(pid))
            if is_due(p.started, store.results(pid), monday + timedelta(days=6)):
                due = next_retest(p.started, store.results(pid))
                day = monday + timedelta(days=1)
                count, held = 8 + 2 * (week + 1) // 4, [10, 10, 10 if week >= 6 else 8]
                for result, raw in ((score_chair_stand_30s(count, 78, "female"), {"count": count}),
                                    (score_balance_4stage(held), {"held_seconds": held})):
                    store.save(record_of(result, raw, profile_id=pid, content_version=1,
                                         taken_at=at(day, 15)))
                lines.append(f"{day:%a %d %b}: re-test (due {due}): chair stand {count}, balance held {held}")
            print(f"Week {week + 1} (from {monday:%a %d %b}):")
            for line in lines:
                print("   ", line)
        now = at(START + timedelta(weeks=8) - timedelta(days=1), 20)
        sessions = [e for e in store.programme_events(pid) if e.kind == "session"]
        acts = store.activities(pid, at(START - timedelta(days=7)), now + timedelta(days=1))
        a = aims(pack.facts)
        print(f"\nWeekly dose (aims: {a.strength[0]}-{a.strength[1]} strength sessions, "
              f"{a.activity_minutes} min activity; the trials' balance practice about "
              f"{a.balance_hours[0]}-{a.balance_hours[1]} h):")
        for w in weeks(acts, sessions, now, 8):
            print(f"    week of {w.start:%d %b} ({(w.end - w.start).total_seconds() / 3600:.0f} h long): "
                  f"{w.strength_sessions} strength sessions, {w.strength_minutes} min strength, "
                  f"{w.balance_minutes} min balance, {w.activity_minutes} min walking")
        p = rules.current(store.programme_events(pid))
        print(f"\nAfter 8 weeks: {level_name(p.level)}, +{p.extra_reps} reps, support step {p.support}, "
              f"paused: {sorted(p.paused) or 'none'}; "
              f"next re-test {next_retest(p.started, store.results(pid))}.")
        for c in change_since_start(store.results(pid), p.started):
            print(f"    {c.test}: {c.start:g} at the start ({c.start_day}) -> {c.now:g} ({c.now_day})")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
