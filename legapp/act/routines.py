"""An exercise session as phases for the session engine (no Qt): a warm-up, then each
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

SECONDS_PER_REP_LIMIT = 20  # a set of reps moves on by itself only after this long each
DEFAULT_SETS, DEFAULT_REST = 2, 30

WORDS = {
    "warm_up": "Warm up",
    "warm_up_text": "March in place, lifting your knees a little. Hold the back of a chair if you need to.",
    "ready": "Get ready: {title}",
    "ready_tap": "I am ready",
    "set": "{title}: set {n} of {sets}",
    "reps_text": "Do it {reps} times, at your own pace. Tap Done each time you finish one.",
    "rep_tap": "Done one",
    "hold_text": "Keep going for {seconds} seconds. Stop if you feel unsteady.",
    "hold_tap": "I had to stop",
    "rest": "Rest",
    "rest_text": "Rest and breathe. The next part starts by itself.",
    "cool_down": "Cool down",
    "cool_down_text": "Walk slowly or march gently in place, and breathe out slowly.",
    "go": "Go",
    "stop": "Stop",
    "well_done": "Well done",
}


def own_session(exercise_ids: Sequence[str], exercises: Mapping[str, Any]) -> ReadySession:
    """"Build my own": the chosen exercises, each with its own usual reps or hold."""
    items = tuple(SessionItem(exercise=eid, sets=DEFAULT_SETS, reps=exercises[eid].reps,
                              hold_seconds=exercises[eid].hold_seconds, rest_seconds=DEFAULT_REST)
                  for eid in exercise_ids)
    if not items:
        raise ValueError("Please choose at least one exercise.")
    return ReadySession(id="own", title="My own session", summary="The exercises I chose.", level="standard",
                        items=items)


def _id(*parts: object) -> str:
    return "-".join(str(p) for p in parts).replace("_", "-")


def routine(session: ReadySession, exercises: Mapping[str, Any]) -> Routine:
    """The phases of ``session``. ``exercises`` maps an exercise id to the pack's Exercise."""
    phases: list[Phase] = [Phase(
        id="warm-up", kind="timed", seconds=session.warm_up_seconds, title=WORDS["warm_up"],
        text=WORDS["warm_up_text"], picture=exercises["marching-in-place"].picture
        if "marching-in-place" in exercises else "",
        prompts=(Prompt(at=0, say=WORDS["warm_up"], sound="start"),))]
    for i, item in enumerate(session.items):
        exercise = exercises[item.exercise]
        reps, hold = item.reps, item.hold_seconds
        if reps is None and hold is None:  # the session leaves it to the exercise's usual amount
            reps, hold = exercise.reps, exercise.hold_seconds
        steps = " ".join(exercise.steps)
        phases.append(Phase(id=_id("ready", i), kind="prepare", tap="next", tap_label=WORDS["ready_tap"],
                            title=WORDS["ready"].format(title=exercise.title), text=steps,
                            picture=exercise.picture))
        for n in range(1, item.sets + 1):
            title = WORDS["set"].format(title=exercise.title, n=n, sets=item.sets)
            if reps is not None:
                phases.append(Phase(
                    id=_id("reps", i, n), kind="timed", seconds=min(600, reps * SECONDS_PER_REP_LIMIT),
                    tap="count", tap_label=WORDS["rep_tap"], end_at_count=reps, on_timeout="next",
                    title=title, text=WORDS["reps_text"].format(reps=reps), picture=exercise.picture,
                    prompts=(Prompt(at=0, say=WORDS["go"], sound="start"),)))
            else:
                phases.append(Phase(
                    id=_id("hold", i, n), kind="timed", seconds=hold, tap="next", tap_label=WORDS["hold_tap"],
                    title=title, text=WORDS["hold_text"].format(seconds=f"{hold:g}"),
                    picture=exercise.picture,
                    prompts=(Prompt(at=0, say=WORDS["go"], sound="start"),
                             Prompt(at=hold, say=WORDS["stop"], sound="end"))))
            last = i == len(session.items) - 1 and n == item.sets
            if item.rest_seconds and not last:
                phases.append(Phase(id=_id("rest", i, n), kind="count_in", seconds=item.rest_seconds,
                                    title=WORDS["rest"], text=WORDS["rest_text"],
                                    prompts=(Prompt(at=0, say=WORDS["rest"]),)))
    phases.append(Phase(id="cool-down", kind="timed", seconds=session.cool_down_seconds, on_timeout="finish",
                        title=WORDS["cool_down"], text=WORDS["cool_down_text"],
                        prompts=(Prompt(at=0, say=WORDS["cool_down"]),
                                 Prompt(at=session.cool_down_seconds, say=WORDS["well_done"], sound="end"))))
    return Routine(id=session.id, title=session.title, phases=tuple(phases))
