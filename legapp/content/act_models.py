"""Content models for the Act area: the exercise library (no Qt).

An exercise is one safe, leg-focused move, read from ``exercises/<id>.yaml`` in a pack.
Its words may name facts (``{{strength_sessions_per_week}}``); the loader checks them.
How many times to do it (``reps``) or how long to hold it (``hold_seconds``) are plain
counting numbers, kept in their own fields so the words never type a digit.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from legapp.content.model_methods import ExerciseMethods

# As legapp.content.models's (which imports this module, so it cannot be imported here).
ID_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"


_Line = Annotated[str, Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Exercise(ExerciseMethods, _Frozen):
    """One move of the library: a picture, plain steps, easier and harder ways, safety."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)  # one or two sentences, shown on its tile
    kind: Literal["strength", "balance", "aerobic"]
    picture: str = Field(min_length=1)  # a file in the pack's images/ or resources/images
    steps: tuple[_Line, ...] = Field(min_length=2)
    easier: str = Field(min_length=1)
    harder: str = Field(min_length=1)
    safety: str = Field(min_length=1)
    muscles: str = Field(min_length=1)  # which leg muscles it works, in plain words
    order: int = Field(ge=0)
    source: str = Field(pattern=ID_PATTERN)
    reps: int | None = Field(default=None, ge=1, le=30)  # how many times, a sensible start
    hold_seconds: float | None = Field(default=None, gt=0, le=120, validate_default=True)
    each_side: bool = False  # reps or hold are for each leg in turn

    @field_validator("hold_seconds")
    @classmethod
    def _reps_or_hold(cls, hold: float | None, info: ValidationInfo) -> float | None:
        # A field validator (not a model one), so the message names the field.
        if "reps" not in info.data:
            return hold  # reps itself is wrong: that is the message to show
        reps = info.data["reps"]
        if reps is not None and hold is not None:
            raise ValueError("give either reps or hold_seconds, not both")
        if reps is None and hold is None:
            raise ValueError("give reps (how many times) or hold_seconds (how long to hold)")
        return hold
