"""A person's programme (no Qt): the level they chose, the steps up and down they took
from how each session felt, the exercises stopped for now, all kept as dated events in
the history store and replayed here.

Steps up follow Otago's order (CLINICAL.md section 15): first more repetitions, then less
support (holding on with both hands, one hand, fingertips), then the next level. A step
down goes back the same way. Two "too easy" in a row offer a step up, one "too hard"
offers a step down, "it hurt" stops that exercise for now. The person decides: an offer
is taken or declined, and either way it is noted with its date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from legapp.act.start_level import LEVELS, Level, level_name
from legapp.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from legapp.content.routine_models import ReadySession

EventKind = Literal["start", "session", "feel", "step", "declined", "paused", "resumed"]
EVENT_KINDS: tuple[str, ...] = ("start", "session", "feel", "step", "declined", "paused", "resumed")
Feel = Literal["too_easy", "about_right", "too_hard", "hurt"]
FEELS: tuple[Feel, ...] = ("too_easy", "about_right", "too_hard", "hurt")
REPS_STEP, MOST_EXTRA_REPS = 2, 4  # two more each time, up to four more than the level's
HOLD_STEP = 2.0  # seconds more on a hold for each step of repetitions
SUPPORTS = 3  # 0 both hands, 1 one hand, 2 fingertips
EASY_IN_A_ROW = 2

FEEL_WORDS = {
    "too_easy": QT_TRANSLATE_NOOP("Programme", "Too easy"),
    "about_right": QT_TRANSLATE_NOOP("Programme", "About right"),
    "too_hard": QT_TRANSLATE_NOOP("Programme", "Too hard"),
    "hurt": QT_TRANSLATE_NOOP("Programme", "It hurt"),
}
SUPPORT_WORDS = (
    QT_TRANSLATE_NOOP("Programme", "Hold the back of a sturdy chair with both hands."),
    QT_TRANSLATE_NOOP("Programme", "Hold the back of a sturdy chair with one hand."),
    QT_TRANSLATE_NOOP("Programme", "Touch the chair with your fingertips only, and keep it close."),
)
SEATED_WORDS = QT_TRANSLATE_NOOP("Programme", "Stay seated in a sturdy chair with arms, or hold on firmly.")


@dataclass(frozen=True)
class Event:
    profile_id: int
    kind: EventKind
    at: datetime  # aware
    data: dict[str, Any] = field(default_factory=dict)
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if type(self.profile_id) is not int or self.profile_id < 1:
            raise ValueError("a programme belongs to a saved profile")
        if self.kind not in EVENT_KINDS:
            raise ValueError(f"unknown kind of programme event {self.kind!r}")
        if not isinstance(self.at, datetime) or self.at.utcoffset() is None:
            raise ValueError("at must be a date and time with its time zone")
        if self.kind == "feel" and self.data.get("feel") not in FEELS:
            raise ValueError("a feel event says how it felt")
        if self.kind in ("start", "step") and self.data.get("level") not in LEVELS:
            raise ValueError("a start or a step names a level")


@dataclass(frozen=True)
class Programme:
    level: Level
    started: date
    extra_reps: int = 0
    support: int = 0
    balance_plus: bool = False
    paused: frozenset[str] = frozenset()

    def as_data(self) -> dict[str, Any]:
        return {"level": self.level, "extra_reps": self.extra_reps, "support": self.support,
                "balance_plus": self.balance_plus}

    def support_words(self) -> str:
        if self.level == "seated":
            return translate("Programme", SEATED_WORDS)
        return translate("Programme", SUPPORT_WORDS[self.support])


@dataclass(frozen=True)
class Step:
    """A change the person is offered: ``what`` is "reps", "support" or "level"."""

    direction: Literal["up", "down"]
    what: Literal["reps", "support", "level"]
    to: Programme

    def words(self) -> str:
        up = self.direction == "up"
        if self.what == "reps":
            return (translate("Programme", "Next step: two more times for each exercise, and a little "
                              "longer for each hold.") if up else
                    translate("Programme", "An easier step: two fewer times for each exercise."))
        if self.what == "support":
            return (translate("Programme", "Next step: hold on a little less. {how}") if up else
                    translate("Programme", "An easier step: hold on a little more. {how}")).format(
                how=self.to.support_words())
        return (translate("Programme", "Next step: the {name} level.") if up else
                translate("Programme", "An easier step: the {name} level.")).format(
            name=level_name(self.to.level))


def step_up(p: Programme) -> Step | None:
    """The next step in Otago's order, or None at the top."""
    if p.extra_reps < MOST_EXTRA_REPS:
        return Step("up", "reps", replace(p, extra_reps=p.extra_reps + REPS_STEP))
    if p.level != "seated" and p.support < SUPPORTS - 1:
        return Step("up", "support", replace(p, support=p.support + 1))
    at = LEVELS.index(p.level)
    if at + 1 < len(LEVELS):
        return Step("up", "level", replace(p, level=LEVELS[at + 1], extra_reps=0, support=0))
    return None


def step_down(p: Programme) -> Step | None:
    """An easier step, going back the way up came; None at the very start."""
    if p.extra_reps > 0:
        return Step("down", "reps", replace(p, extra_reps=max(0, p.extra_reps - REPS_STEP)))
    if p.support > 0:
        return Step("down", "support", replace(p, support=p.support - 1))
    at = LEVELS.index(p.level)
    if at > 0:
        return Step("down", "level", replace(p, level=LEVELS[at - 1], extra_reps=0, support=0))
    return None


def _ordered(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.at, e.id or 0))


def current(events: Iterable[Event]) -> Programme | None:
    """The programme as its events leave it; None before a level was chosen."""
    p: Programme | None = None
    for e in _ordered(events):
        if e.kind == "start":
            p = Programme(level=e.data["level"], started=e.at.astimezone().date(),
                          balance_plus=bool(e.data.get("balance_plus")))
        elif p is None:
            continue
        elif e.kind == "step":
            p = replace(p, level=e.data["level"], extra_reps=int(e.data.get("extra_reps", 0)),
                        support=int(e.data.get("support", 0)))
        elif e.kind == "paused":
            p = replace(p, paused=p.paused | {e.data["exercise"]})
        elif e.kind == "resumed":
            p = replace(p, paused=p.paused - {e.data["exercise"]})
    return p


def offer(events: Iterable[Event]) -> Step | None:
    """What to offer after the newest session's answer: a step up after two "too easy" in
    a row, a step down after "too hard"; counted afresh after each step taken or declined."""
    events = _ordered(events)
    p = current(events)
    if p is None:
        return None
    feels: list[str] = []
    for e in events:
        if e.kind in ("start", "step", "declined"):
            feels = []
        elif e.kind == "feel":
            feels.append(e.data["feel"])
    if not feels:
        return None
    if feels[-1] == "too_hard":
        return step_down(p)
    if feels[-EASY_IN_A_ROW:] == ["too_easy"] * EASY_IN_A_ROW:
        return step_up(p)
    return None


def start_event(profile_id: int, at: datetime, level: Level, *, balance_plus: bool = False,
                suggested: str | None = None, source: str | None = None) -> Event:
    return Event(profile_id, "start", at, {"level": level, "balance_plus": balance_plus,
                                           "suggested": suggested, "source": source})


def step_event(profile_id: int, at: datetime, step: Step) -> Event:
    return Event(profile_id, "step", at,
                 {**step.to.as_data(), "direction": step.direction, "what": step.what})


def declined_event(profile_id: int, at: datetime, step: Step) -> Event:
    return Event(profile_id, "declined", at, {"direction": step.direction, "what": step.what})


def feel_events(profile_id: int, at: datetime, feel: Feel, hurt_exercise: str | None = None) -> list[Event]:
    """The answer to "How did that feel?"; "it hurt" with the exercise stops it for now."""
    events = [Event(profile_id, "feel", at, {"feel": feel, "exercise": hurt_exercise})]
    if feel == "hurt" and hurt_exercise:
        events.append(Event(profile_id, "paused", at, {"exercise": hurt_exercise}))
    return events


HURT_WORDS = QT_TRANSLATE_NOOP(
    "Programme", "That exercise is stopped for now. Please ask a doctor or a physical therapist about the "
    "pain before you do it again. You can go on with the others if they feel fine.")


def session_for(p: Programme, sessions: Iterable[ReadySession],
                exercises: Mapping[str, Any] | None = None) -> ReadySession | None:
    """The person's session: their level's ready-made session, with the extra repetitions
    (and longer holds) of their steps, without the exercises stopped for now; with
    Vivifrail's "+" (``balance_plus``) one more set of each balance exercise."""
    from legapp.content.routine_models import ReadySession, SessionItem

    base = next((s for s in sessions if s.level == p.level), None)
    if base is None:
        return None
    items = []
    for item in base.items:
        if item.exercise in p.paused:
            continue
        one = {"exercise": item.exercise, "sets": item.sets, "reps": item.reps,
               "hold_seconds": item.hold_seconds, "rest_seconds": item.rest_seconds}
        if item.reps is not None:
            one["reps"] = min(30, item.reps + p.extra_reps)
        elif item.hold_seconds is not None:
            one["hold_seconds"] = min(120.0, item.hold_seconds + HOLD_STEP * p.extra_reps / REPS_STEP)
        kind = getattr((exercises or {}).get(item.exercise), "kind", None)
        if p.balance_plus and kind == "balance":
            one["sets"] = min(5, item.sets + 1)
        items.append(SessionItem(**one))
    if not items:
        return None
    return ReadySession(id="programme", title=translate("Programme", "My programme"),
                        summary=f"{level_name(p.level)}. {p.support_words()}", level=p.level,
                        warm_up_seconds=base.warm_up_seconds, cool_down_seconds=base.cool_down_seconds,
                        items=tuple(items))


def session_minutes(session: ReadySession, exercises: Mapping[str, Any]) -> tuple[int, int]:
    """(strength, balance) minutes a session takes, at the usual pace (routines' numbers),
    rests with the exercise they follow; the warm-up and cool-down not counted."""
    from legapp.act.routines import SECONDS_PER_REP

    seconds = {"strength": 0.0, "balance": 0.0}
    for item in session.items:
        exercise = exercises[item.exercise]
        if exercise.kind not in seconds:
            continue
        reps = item.reps if item.reps is not None or item.hold_seconds is not None else exercise.reps
        hold = item.hold_seconds if item.reps is None and item.hold_seconds is not None else (
            None if reps is not None else exercise.hold_seconds)
        one = reps * SECONDS_PER_REP if reps is not None else float(hold or 0)
        sides = 2 if exercise.each_side else 1
        seconds[exercise.kind] += (one + item.rest_seconds) * item.sets * sides
    return round(seconds["strength"] / 60), round(seconds["balance"] / 60)
