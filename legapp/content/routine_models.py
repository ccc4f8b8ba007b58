"""Ready-made exercise sessions in the pack (sessions.yaml): which exercises, how many
sets, repetitions or seconds held, and the rests between them (no Qt)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

_ID = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class SessionItem(_Frozen):
    exercise: str = Field(pattern=_ID)  # an exercise id of the pack
    sets: int = Field(default=1, ge=1, le=5)
    reps: int | None = Field(default=None, ge=1, le=30)
    hold_seconds: float | None = Field(default=None, gt=0, le=120)
    rest_seconds: float = Field(default=30, ge=0, le=300)

    @model_validator(mode="after")
    def _reps_or_hold(self) -> SessionItem:
        if self.reps is not None and self.hold_seconds is not None:
            raise ValueError("give reps or hold_seconds, not both")
        return self


class ReadySession(_Frozen):
    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    level: Literal["seated", "gentle", "standard", "stronger"]
    warm_up_seconds: float = Field(default=120, ge=30, le=600)
    cool_down_seconds: float = Field(default=120, ge=30, le=600)
    items: tuple[SessionItem, ...] = Field(min_length=1)
