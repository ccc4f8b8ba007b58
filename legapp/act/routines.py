"""An exercise session as phases for the run engine (no Qt): a warm-up, then each
exercise set by set (getting ready, the repetitions counted at the person's own pace or a
hold timed, a rest), then a cool-down. The same engine, voice and big clock as the checks.

The warm-up and cool-down are marching in place (or walking slowly); the repetitions of a
set end at the last one the person taps, with a generous time limit so nobody is hurried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from legapp.content.check_models import Phase, Prompt, Routine, RoutineStep
from legapp.content.routine_models import ReadySession, SessionItem
from legapp.i18n import QT_TRANSLATE_NOOP, translate

SECONDS_PER_REP_LIMIT = 20  # a set of reps moves on by itself only after this long each
DEFAULT_SETS, DEFAULT_REST = 2, 30
# For "about 12 minutes left" only (nothing is timed by these): a repetition at a steady,
# sensible pace (about two seconds up, two down), and reading the steps to get ready.
SECONDS_PER_REP = 4
SECONDS_TO_GET_READY = 20
SWITCH_SECONDS = 10  # changing legs takes at least this long, whatever the rest

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
    # One leg at a time: the right leg's sets, then the left's.
    "set_right": QT_TRANSLATE_NOOP("Routines", "{title}, right leg: set {n} of {sets}"),
    "set_left": QT_TRANSLATE_NOOP("Routines", "{title}, left leg: set {n} of {sets}"),
    "reps_text_right": QT_TRANSLATE_NOOP(
        "Routines", "Do it {reps} times with the right leg, at your own pace. "
                    "Tap “Done one” each time you finish one."),
    "reps_text_left": QT_TRANSLATE_NOOP(
        "Routines", "Do it {reps} times with the left leg, at your own pace. "
                    "Tap “Done one” each time you finish one."),
    "hold_text_right": QT_TRANSLATE_NOOP(
        "Routines", "Keep going for {seconds} seconds with the right leg. Stop if you feel unsteady."),
    "hold_text_left": QT_TRANSLATE_NOOP(
        "Routines", "Keep going for {seconds} seconds with the left leg. Stop if you feel unsteady."),
    "go_right": QT_TRANSLATE_NOOP("Routines", "Right leg. Go"),
    "go_left": QT_TRANSLATE_NOOP("Routines", "Left leg. Go"),
    "switch": QT_TRANSLATE_NOOP("Routines", "Now the left leg"),
    "switch_text": QT_TRANSLATE_NOOP(
        "Routines", "Rest a moment, then change to your left leg. It starts by itself."),
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
    return "-".join(str(p) for p in parts if p != "").replace("_", "-")


def _side_word(key: str, side: str) -> str:
    """``WORDS[key]``, or its ``_right``/``_left`` form for one leg."""
    return _w(f"{key}_{side}" if side else key)


def routine(session: ReadySession, exercises: Mapping[str, Any]) -> Routine:
    """The phases of ``session``. ``exercises`` maps an exercise id to the pack's Exercise.

    An exercise done with each leg (``each_side``) is done one leg at a time: all its sets
    with the right leg, a rest to change legs that says so ("Now the left leg"), then all
    its sets with the left. Marching (an aerobic move) goes from one leg to the other by
    itself, so it stays one run.
    """
    phases: list[Phase] = []
    steps: list[RoutineStep] = []

    def add(phase: Phase, step: RoutineStep) -> None:
        phases.append(phase)
        steps.append(step)

    add(Phase(id="warm-up", kind="timed", seconds=session.warm_up_seconds, title=_w("warm_up"),
              text=_w("warm_up_text"), picture=exercises["marching-in-place"].picture
              if "marching-in-place" in exercises else "",
              prompts=(Prompt(at=0, say=_w("warm_up"), sound="start"),)),
        RoutineStep(seconds=session.warm_up_seconds, skip=True))
    for i, item in enumerate(session.items):
        exercise = exercises[item.exercise]
        number = i + 1
        reps, hold = item.reps, item.hold_seconds
        if reps is None and hold is None:  # the session leaves it to the exercise's usual amount
            reps, hold = exercise.reps, exercise.hold_seconds
        work = "reps" if reps is not None else "hold"
        sides = ("right", "left") if exercise.each_side and exercise.kind != "aerobic" else ("",)
        add(Phase(id=_id("ready", i), kind="prepare", tap="next", tap_label=_w("ready_tap"),
                  title=_w("ready").format(title=exercise.title), text=" ".join(exercise.steps),
                  picture=exercise.picture),
            RoutineStep(exercise=number, title=exercise.title, seconds=SECONDS_TO_GET_READY))
        for side in sides:
            if side == "left":
                switch = max(item.rest_seconds, SWITCH_SECONDS)
                add(Phase(id=_id("switch", i), kind="count_in", seconds=switch, title=_w("switch"),
                          text=_w("switch_text"), picture=exercise.picture,
                          prompts=(Prompt(at=0, say=_w("switch")),)),
                    RoutineStep(exercise=number, title=exercise.title, side="left", seconds=switch))
            go = _w(f"go_{side}") if side else _w("go")
            for n in range(1, item.sets + 1):
                title = _side_word("set", side).format(title=exercise.title, n=n, sets=item.sets)
                step = RoutineStep(exercise=number, title=exercise.title, side=side, work=work,
                                   seconds=reps * SECONDS_PER_REP if reps is not None else hold,
                                   rep_seconds=SECONDS_PER_REP if reps is not None else 0)
                if reps is not None:
                    add(Phase(
                        id=_id("reps", i, n, side), kind="timed",
                        seconds=min(600, reps * SECONDS_PER_REP_LIMIT), tap="count",
                        tap_label=_w("rep_tap"), end_at_count=reps, on_timeout="next",
                        title=title, text=_side_word("reps_text", side).format(reps=reps),
                        picture=exercise.picture, prompts=(Prompt(at=0, say=go, sound="start"),)), step)
                else:
                    add(Phase(
                        id=_id("hold", i, n, side), kind="timed", seconds=hold, tap="next",
                        tap_label=_w("hold_tap"), title=title,
                        text=_side_word("hold_text", side).format(seconds=f"{hold:g}"),
                        picture=exercise.picture,
                        prompts=(Prompt(at=0, say=go, sound="start"),
                                 Prompt(at=hold, say=_w("stop"), sound="end"))), step)
                last_of_side = n == item.sets
                last = last_of_side and side != "right" and i == len(session.items) - 1
                if item.rest_seconds and not last and not (last_of_side and side == "right"):
                    add(Phase(id=_id("rest", i, n, side), kind="count_in", seconds=item.rest_seconds,
                              title=_w("rest"), text=_w("rest_text"),
                              prompts=(Prompt(at=0, say=_w("rest")),)),
                        RoutineStep(exercise=number, title=exercise.title, side=side,
                                    seconds=item.rest_seconds))
    add(Phase(id="cool-down", kind="timed", seconds=session.cool_down_seconds, on_timeout="finish",
              title=_w("cool_down"), text=_w("cool_down_text"),
              prompts=(Prompt(at=0, say=_w("cool_down")),
                       Prompt(at=session.cool_down_seconds, say=_w("well_done"), sound="end"))),
        RoutineStep(seconds=session.cool_down_seconds, skip=True))
    return Routine(id=session.id, title=session.title, phases=tuple(phases), steps=tuple(steps),
                   exercises=len(session.items))
