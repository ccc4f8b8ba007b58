"""A timed test with nobody to tap (no Qt): who is here, which tests can be done alone,
the runs made for a person alone, and how each saved result was counted.

Someone alone, arms crossed on the chest, cannot tap "Stand". So alone:
- the chair stand runs on the voice and the clock, with nothing to tap; afterwards the
  person says how many times they stood up (typed, or with + and -);
- the 4-stage balance runs one position at a time; after each, the person says whether
  they held it without moving their feet or holding on; the first "No" ends the test
  (CLINICAL.md section 2: a position not held stops the test);
- the five times sit-to-stand and the TUG need someone to stop the clock: not offered.

The runs made here are the pack's own protocol with only the taps and the words of a
helper taken out: the same phases, the same seconds and the same prompts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from legapp.i18n import QT_TRANSLATE_NOOP, translate

ALONE, HELPED, HELPING = "alone", "helped", "helping"
COMPANY = (ALONE, HELPED, HELPING)  # "Just me", "Someone is helping me", "I am helping someone"

# The tests whose clock someone else must stop: the tapping hand is the person's own,
# and their arms are crossed (five times sit-to-stand) or they are walking away (TUG).
NEEDS_A_TIMER = frozenset({"five_times_sts", "tug", "walk_4m"})

# How a saved result was counted: raw["counted_by"]. Results saved before this was kept
# have none, and the report says nothing about them.
HELPER, TYPED, SELF_ANSWERED = "helper", "typed", "self_answered"
HOW_COUNTED = {
    HELPER: QT_TRANSLATE_NOOP("HowCounted", "Counted by a helper, who tapped the screen during the test."),
    TYPED: QT_TRANSLATE_NOOP("HowCounted", "The number of stands was typed in afterwards, "
                             "not tapped during the test."),
    SELF_ANSWERED: QT_TRANSLATE_NOOP("HowCounted", "Done alone: after each position the person said "
                                     "whether they held it. The time of a position not held is not known."),
}


def how_counted(raw: dict[str, Any]) -> str:
    """How a saved result was counted, in plain words ("" if it was not kept)."""
    words = HOW_COUNTED.get(raw.get("counted_by"))  # type: ignore[arg-type]
    return translate("HowCounted", words) if words else ""


def can_do_alone(scoring: str) -> bool:
    return scoring not in NEEDS_A_TIMER


class Changed:
    """``item`` (a pack's protocol or phase: a model or a plain record) with some of its
    fields read otherwise. The pack itself is never changed."""

    def __init__(self, item: Any, **changes: Any) -> None:
        object.__setattr__(self, "_item", item)
        object.__setattr__(self, "_changes", changes)

    def __getattr__(self, name: str) -> Any:
        changes = object.__getattribute__(self, "_changes")
        if name in changes:
            return changes[name]
        return getattr(object.__getattribute__(self, "_item"), name)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("frozen")

    def __repr__(self) -> str:
        return f"Changed({self._item.id!r}, {sorted(self._changes)})"


# Alone, getting ready for the chair stand ends by itself after this long (or sooner, with
# the button): time to sit down and cross the arms after pressing Start, with no one to tap.
GET_READY_SECONDS = 10


def _alone_words(phase: Any) -> dict[str, str]:
    """The words of a chair-stand phase for someone alone (no button to tap)."""
    if phase.kind == "prepare":
        text = translate("Alone", "Sit in the middle of the chair, feet flat, back straight, and cross "
                         "your arms on your chest. The test starts by itself in {seconds} seconds: the "
                         "voice says Ready, then Go. You can also tap the button to start now."
                         ).format(seconds=GET_READY_SECONDS)
    elif phase.kind == "count_in":
        text = translate("Alone", "Cross your arms on your chest. Count each stand in your head.")
    else:
        text = translate("Alone", "Stand all the way up, then sit all the way down. Count each stand. "
                         "Keep going until you hear Stop. There is nothing to tap.")
    return {"text": text, "caregiver_text": ""}


def alone_chair_stand(protocol: Any) -> Changed:
    """The chair stand for someone alone: the same phases, seconds and prompts; nothing
    needs a tap. Getting ready ends by itself (``GET_READY_SECONDS``, or the button sooner),
    and the stands are not tapped (the count is asked afterwards)."""
    phases = []
    for phase in protocol.phases:
        changes = _alone_words(phase)
        if phase.kind == "prepare" and phase.seconds is None:
            changes.update(seconds=GET_READY_SECONDS, on_timeout="next")
        if phase.kind == "timed":
            changes.update(tap="none", tap_label="")
        phases.append(Changed(phase, **changes))
    return Changed(protocol, phases=tuple(phases))


def balance_stages(protocol: Any) -> list[tuple[Any, ...]]:
    """The balance protocol's positions, each its phases up to and including its timed hold."""
    stages, current = [], []
    for phase in protocol.phases:
        current.append(phase)
        if phase.kind == "timed":
            stages.append(tuple(current))
            current = []
    return stages


def alone_balance_stage(protocol: Any, index: int) -> Changed:
    """One position (``index`` from 0) of the balance test for someone alone: get into it
    holding on to a chair, tap Ready, let go; the voice and the clock time the hold, and
    nothing is tapped during it. The question comes after (see ``balance_held``)."""
    phases = []
    for phase in balance_stages(protocol)[index]:
        if phase.kind == "prepare":
            text = translate("Alone", "Stand next to a sturdy chair. Hold on to it while you get into "
                             "the position in the picture. When you are steady, tap Ready and let go.")
            phases.append(Changed(phase, text=text, caregiver_text=""))
        elif phase.kind == "timed":
            text = translate("Alone", "Hold still. You may move your arms, but keep your feet where they "
                             "are. If you start to lose your balance, hold on to the chair.")
            phases.append(Changed(phase, text=text, caregiver_text="", tap="none", tap_label="",
                                  on_timeout="finish"))
        else:
            phases.append(Changed(phase, caregiver_text=""))
    return Changed(protocol, phases=tuple(phases))


def balance_held(protocol: Any, answers: Sequence[bool]) -> dict[str, Any] | None:
    """The raw result of a balance test done alone, from the person's answer after each
    position ("Did you hold it?"), or None while the test goes on. A position held counts
    its full time; one not held counts 0 seconds (how long is not known) and ends the test."""
    holds = [stage[-1].seconds for stage in balance_stages(protocol)]
    held = [float(seconds) for seconds, yes in zip(holds, answers, strict=False) if yes]
    if len(held) < len(answers):  # a "No": the test stops at that position
        return {"held_seconds": [*held, 0.0]}
    if len(held) == len(holds):
        return {"held_seconds": held}
    return None
