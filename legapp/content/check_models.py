"""Content models for the Check area: timed self-test protocols, questionnaires, the
safety check and the plain-words meaning of each result (no Qt).

A protocol is a list of phases run by legapp.engine.engine. The numbers that decide a
score (norms, cut-offs) are not here: they live once in resources/clinical/norms.yaml.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

_ID = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"

# The numbers each test's result words may use, in single braces ({count}); the app
# fills them from the score (legapp.checks.explain).
RESULT_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "chair_stand_30s": frozenset({"count", "threshold", "ages", "band_low", "band_high"}),
    "balance_4stage": frozenset({"stages_held", "tandem_seconds"}),
    "five_times_sts": frozenset({"seconds", "threshold"}),
    "tug": frozenset({"seconds", "threshold"}),
    "stay_independent": frozenset({"total", "threshold", "max"}),
    "sarc_f": frozenset({"total", "threshold", "max"}),
    "walk_4m": frozenset({"speed", "threshold", "seconds", "metres", "points"}),
    "sppb": frozenset({"total", "threshold", "max", "balance_points", "gait_points", "chair_points"}),
    "short_fes_i": frozenset({"total", "min", "max"}),
    "key_questions": frozenset({"total"}),
}
SINGLE_BRACE = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Prompt(_Frozen):
    """Something said or played at a moment of a phase, counted from the phase start."""

    at: float = Field(default=0, ge=0)
    say: str = ""
    sound: Literal["", "start", "end", "tick"] = ""

    @model_validator(mode="after")
    def _something(self) -> Prompt:
        if not self.say and not self.sound:
            raise ValueError("a prompt needs 'say' or 'sound'")
        return self


class Phase(_Frozen):
    """One stretch of a test.

    kind:
      prepare   the person gets ready; ends on a tap (or after ``seconds``, if given)
      count_in  "Ready... Go"; ends after ``seconds``; taps are ignored
      timed     the measured part; ends after ``seconds`` (the limit), or earlier by
                tap or count, as ``tap`` says
    tap:
      none      taps do nothing
      next      a tap ends the phase (prepare: "I am ready")
      count     each tap adds one (a stand); with ``end_at_count`` the phase ends when
                the count is reached (five times sit-to-stand)
      done      a tap ends the phase and records the time (TUG: "seated")
      fail      a tap ends the phase as not held and ends the whole test (balance)
    on_timeout:
      next      go on to the next phase (or finish after the last)
      finish    the test is over, complete
      incomplete the test is over, not completed (five times sit-to-stand too slow)
    """

    id: str = Field(pattern=_ID)
    kind: Literal["prepare", "count_in", "timed"]
    # No seconds (prepare only): the phase waits for the tap, however long getting into
    # position takes; a test never starts by itself while someone is still getting ready.
    seconds: float | None = Field(default=None, gt=0, le=600)
    tap: Literal["none", "next", "count", "done", "fail"] = "none"
    tap_label: str = ""
    end_at_count: int | None = Field(default=None, ge=1, le=60)
    on_timeout: Literal["next", "finish", "incomplete"] = "next"
    title: str = ""
    text: str = ""  # shown on screen during the phase
    caregiver_text: str = ""  # shown instead in caregiver mode
    picture: str = ""  # a file in resources/images
    prompts: tuple[Prompt, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Phase:
        if self.tap != "none" and not self.tap_label:
            raise ValueError("a phase that takes taps needs a tap_label for its big button")
        if self.end_at_count is not None and self.tap != "count":
            raise ValueError("end_at_count needs tap: count")
        if self.kind == "count_in" and self.tap != "none":
            raise ValueError("a count_in phase takes no taps")
        if self.seconds is None and not (self.kind == "prepare" and self.tap == "next"):
            raise ValueError("give seconds: only a prepare phase ended by a tap (tap: next) may have none")
        for prompt in self.prompts:
            if self.seconds is not None and prompt.at > self.seconds:
                raise ValueError(f"a prompt at {prompt.at} s falls after the phase ends ({self.seconds} s)")
        return self


class SetupStep(_Frozen):
    text: str = Field(min_length=1)
    caregiver_text: str = ""
    picture: str = ""


def _fill_seconds(node: object, seconds: str) -> object:
    """Every string below ``node`` with {seconds} filled in."""
    if isinstance(node, str):
        return node.replace("{seconds}", seconds)
    if isinstance(node, list | tuple):
        return [_fill_seconds(item, seconds) for item in node]
    if isinstance(node, dict):
        return {key: _fill_seconds(value, seconds) for key, value in node.items()}
    return node


class Protocol(_Frozen):
    """A timed self-test. Its words may say {seconds}: the length of its first timed
    phase, filled in once when the pack is read, so every screen says the same."""

    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    measures: str = Field(min_length=1)  # what it tells you, in one sentence
    helper_runs: bool = False  # TUG: a helper runs it, the person walks
    needs_age_sex: bool = False
    scoring: Literal["chair_stand_30s", "balance_4stage", "five_times_sts", "tug"]
    picture: str = ""
    setup: tuple[SetupStep, ...] = Field(min_length=1)
    instructions: tuple[str, ...] = Field(min_length=1)  # said to the person before starting
    caregiver_instructions: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = Field(min_length=1)
    source: str = Field(pattern=_ID)
    topic: str = ""  # a Learn topic id offered with the result ("Learn more")
    order: int = 0

    @model_validator(mode="before")
    @classmethod
    def _seconds_in_words(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("phases"), list):
            return data
        timed = next((p for p in data["phases"] if isinstance(p, dict) and p.get("kind") == "timed"), None)
        seconds = timed.get("seconds") if timed else None
        if isinstance(seconds, int | float) and not isinstance(seconds, bool):
            return _fill_seconds(data, f"{seconds:g}")
        return data

    @model_validator(mode="after")
    def _unique_phases(self) -> Protocol:
        ids = [p.id for p in self.phases]
        if len(ids) != len(set(ids)):
            raise ValueError("phase ids must be unique within a protocol")
        if not any(p.kind == "timed" for p in self.phases):
            raise ValueError("a protocol needs at least one timed phase")
        words = [self.title, self.summary, self.measures, *self.instructions, *self.caregiver_instructions]
        words += [t for s in self.setup for t in (s.text, s.caregiver_text)]
        words += [t for p in self.phases for t in (p.title, p.text, p.caregiver_text, p.tap_label)]
        words += [p.say for phase in self.phases for p in phase.prompts]
        unknown = sorted({m for text in words for m in SINGLE_BRACE.findall(text)})
        if unknown:
            raise ValueError(f"unknown {{{unknown[0]}}}: a protocol's words can use only {{seconds}}")
        return self


class AnswerOption(_Frozen):
    value: int | bool
    label: str = Field(min_length=1)


class Question(_Frozen):
    id: str = Field(pattern=_ID)
    text: str = Field(min_length=1)
    caregiver_text: str = Field(min_length=1)
    options: tuple[AnswerOption, ...] = Field(min_length=2)


class Questionnaire(_Frozen):
    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    scoring: Literal["stay_independent", "sarc_f"]
    questions: tuple[Question, ...] = Field(min_length=1)
    source: str = Field(pattern=_ID)
    topic: str = ""  # a Learn topic id offered with the result ("Learn more")
    order: int = 0


class SafetyQuestion(_Frozen):
    id: str = Field(pattern=_ID)
    text: str = Field(min_length=1)
    caregiver_text: str = Field(min_length=1)


class SafetyCheck(_Frozen):
    intro: str = Field(min_length=1)
    questions: tuple[SafetyQuestion, ...] = Field(min_length=1)
    stop_title: str = Field(min_length=1)
    stop_text: str = Field(min_length=1)  # why the test is not offered, and whom to ask
    session_stop_title: str = Field(min_length=1)  # the same, before an exercise session
    session_stop_text: str = Field(min_length=1)
    helper_advice: str = Field(min_length=1)


class ResultText(_Frozen):
    """What one result of one test means in plain words (results.yaml holds one per test
    and meaning key). Placeholders in single braces ({count}, {threshold}, ...) are
    filled from the score by the app; see resources/content/README.md for the list."""

    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    next_step: str = Field(min_length=1)
    exercises: bool = False  # the next step suggests exercises: the result offers the way to them


class RoutineStep(_Frozen):
    """What one phase of a session is part of, for the line that says where the person is
    ("Exercise 3 of 8 - about 12 minutes left") and for what was done when it ends."""

    exercise: int = Field(default=0, ge=0)  # 1 for the session's first exercise; 0 the warm-up or cool-down
    title: str = ""  # the exercise's title
    side: Literal["", "right", "left"] = ""  # one leg at a time, right then left
    work: Literal["", "reps", "hold"] = ""  # a set of repetitions, or a hold
    seconds: float = Field(default=0, ge=0)  # how long it likely takes, at a sensible pace
    rep_seconds: float = Field(default=0, ge=0)  # a set of repetitions: the pace of each one
    skip: bool = False  # it can be skipped (the warm-up and the cool-down)


class Routine(_Frozen):
    """An exercise session made into phases the run engine runs (legapp.act.routines
    builds one from a ready-made session or the person's own choice). It has no score: its
    result says how far the person got. ``steps`` (one for each phase) says what each
    phase is part of; ``exercises`` how many exercises the session has."""

    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    phases: tuple[Phase, ...] = Field(min_length=1)
    steps: tuple[RoutineStep, ...] = ()
    exercises: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _a_step_for_each_phase(self) -> Routine:
        if self.steps and len(self.steps) != len(self.phases):
            raise ValueError(f"{len(self.steps)} steps for {len(self.phases)} phases: give one for each")
        return self
