"""Content model of the home safety check (no Qt): rooms, each with yes/no questions that
a "Yes" answers when something could make a person trip or slip, and what to do about it
(CLINICAL.md section 17). Guidance, not a score: nothing here is a number."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

_ID = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class HazardItem(_Frozen):
    id: str = Field(pattern=_ID)  # the same in every language: answers are kept by id
    question: str = Field(min_length=1)  # "Yes" = something to fix
    caregiver_question: str = Field(min_length=1)
    fix: str = Field(min_length=1)  # what to do about a "Yes"


class Room(_Frozen):
    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    items: tuple[HazardItem, ...] = Field(min_length=1)


class HomeSafety(_Frozen):
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    caregiver_intro: str = Field(min_length=1)
    source: str = Field(pattern=_ID)
    rooms: tuple[Room, ...] = Field(min_length=1)
    also: tuple[str, ...] = ()  # more tips from the same brochure

    @model_validator(mode="after")
    def _unique_ids(self) -> HomeSafety:
        for kind, ids in (("room", [r.id for r in self.rooms]),
                          ("question", [i.id for r in self.rooms for i in r.items])):
            twice = sorted({x for x in ids if ids.count(x) > 1})
            if twice:
                raise ValueError(f"the {kind} id '{twice[0]}' is used twice")
        return self

