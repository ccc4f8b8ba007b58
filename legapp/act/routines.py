"""An exercise session as phases for the run engine (no Qt): a warm-up, then each
exercise set by set (getting ready, the repetitions counted at the person's own pace or a
hold timed, a rest), then a cool-down. The same engine, voice and big clock as the checks.

The warm-up and cool-down are marching in place (or walking slowly); the repetitions of a
set end at the last one the person taps, with a generous time limit so nobody is hurried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from legapp.content.check_models import Phase, Prompt, Routine
from legapp.content.routine_models import ReadySession, SessionItem
from legapp.i18n import QT_TRANSLATE_NOOP, translate

SECONDS_PER_REP_LIMIT = 20  # a set of reps moves on by itself only after this long each
DEFAULT_SETS, DEFAULT_REST = 2, 30

# The words a person reads and hears during a session: marked here, translated where used.
WORDS = {
    "warm_up": QT_TRANSLATE_NOOP("Routines", "Warm up"),
    "warm_up_text": QT_TRANSLATE_NOOP(
        "Routines", "March in place, lifting your knees a little. Hold the back of a chair if you need to."),
    "ready": QT_TRANSLATE_NOOP("Routines", "Get ready: {title}"),
    "ready_tap": QT_TRANSLATE_NOOP("Routines", "I am ready"),
    "set": QT_TRANSLATE_NOOP("Routines", "{title}: set {n} of {sets}"),
    "reps_text": QT_TRANSLATE_NOOP(
        "Routines", "Do it {reps} times, at your own pace. Tap “Done one” each time you finish one."),
    "rep_tap": QT_TRANSLATE_NOOP("Routines", "Done one"),  # the words above name this button: keep them alike
    "hold_text": QT_TRANSLATE_NOOP(
        "Routines", "Keep going for {seconds} seconds. Stop if you feel unsteady."),
    "hold_tap": QT_TRANSLATE_NOOP("Routines", "I had to stop"),
    "rest": QT_TRANSLATE_NOOP("Routines", "Rest"),
    "rest_text": QT_TRANSLATE_NOOP("Routines", "Rest and breathe. The next part starts by itself."),
    "cool_down": QT_TRANSLATE_NOOP("Routines", "Cool down"),
    "cool_down_text": QT_TRANSLATE_NOOP(
        "Routines", "Walk slowly or march gently in place, and breathe out slowly."),
    "go": QT_TRANSLATE_NOOP("Routines", "Go"),
    "stop": QT_TRANSLATE_NOOP("Routines", "Stop"),
    "well_done": QT_TRANSLATE_NOOP("Routines", "Well done"),
}


def _w(key: str) -> str:
    """``WORDS[key]`` in the person's language."""
    return translate("Routines", WORDS[key])


def own_session(exercise_ids: Sequence[str], exercises: Mapping[str, Any]) -> ReadySession:
    """"Build my own": the chosen exercises, each with its own usual reps or hold."""
    items = tuple(SessionItem(exercise=eid, sets=DEFAULT_SETS, reps=exercises[eid].reps,
                              hold_seconds=exercises[eid].hold_seconds, rest_seconds=DEFAULT_REST)
                  for eid in exercise_ids)
    if not items:
        raise ValueError(translate("Routines", "Please choose at least one exercise."))
    return ReadySession(id="own", title=translate("Routines", "My own session"),
                        summary=translate("Routines", "The exercises I chose."), level="standard",
                        items=items)


def _id(*parts: object) -> str:
    return "-".join(str(p) for p in parts).replace("_", "-")


def routine(session: ReadySession, exercises: Mapping[str, Any]) -> Routine:
    """The phases of ``session``. ``exercises`` maps an exercise id to the pack's Exercise."""
    phases: list[Phase] = [Phase(
        id="warm-up", kind="timed", seconds=session.warm_up_seconds, title=_w("warm_up"),
        text=_w("warm_up_text"), picture=exercises["marching-in-place"].picture
        if "marching-in-place" in exercises else "",
        prompts=(Prompt(at=0, say=_w("warm_up"), sound="start"),))]
    for i, item in enumerate(session.items):
        exercise = exercises[item.exercise]
        reps, hold = item.reps, item.hold_seconds
        if reps is None and hold is None:  # the session leaves it to the exercise's usual amount
            reps, hold = exercise.reps, exercise.hold_seconds
        steps = " ".join(exercise.steps)
        phases.append(Phase(id=_id("ready", i), kind="prepare", tap="next", tap_label=_w("ready_tap"),
                            title=_w("ready").format(title=exercise.title), text=steps,
                            picture=exercise.picture))
        for n in range(1, item.sets + 1):
            title = _w("set").format(title=exercise.title, n=n, sets=item.sets)
            if reps is not None:
                phases.append(Phase(
                    id=_id("reps", i, n), kind="timed", seconds=min(600, reps * SECONDS_PER_REP_LIMIT),
                    tap="count", tap_label=_w("rep_tap"), end_at_count=reps, on_timeout="next",
                    title=title, text=_w("reps_text").format(reps=reps), picture=exercise.picture,
                    prompts=(Prompt(at=0, say=_w("go"), sound="start"),)))
            else:
                phases.append(Phase(
                    id=_id("hold", i, n), kind="timed", seconds=hold, tap="next", tap_label=_w("hold_tap"),
                    title=title, text=_w("hold_text").format(seconds=f"{hold:g}"),
                    picture=exercise.picture,
                    prompts=(Prompt(at=0, say=_w("go"), sound="start"),
                             Prompt(at=hold, say=_w("stop"), sound="end"))))
            last = i == len(session.items) - 1 and n == item.sets
            if item.rest_seconds and not last:
                phases.append(Phase(id=_id("rest", i, n), kind="count_in", seconds=item.rest_seconds,
                                    title=_w("rest"), text=_w("rest_text"),
                                    prompts=(Prompt(at=0, say=_w("rest")),)))
    phases.append(Phase(id="cool-down", kind="timed", seconds=session.cool_down_seconds, on_timeout="finish",
                        title=_w("cool_down"), text=_w("cool_down_text"),
                        prompts=(Prompt(at=0, say=_w("cool_down")),
                                 Prompt(at=session.cool_down_seconds, say=_w("well_done"), sound="end"))))
    return Routine(id=session.id, title=session.title, phases=tuple(phases))
