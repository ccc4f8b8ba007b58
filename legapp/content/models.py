"""The content model: frozen pydantic models for one locale's content pack.

A pack is read-only data. Topic prose refers to facts by id (``{{fact_id}}``);
the models below hold the raw text and the loader checks every reference.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from legapp.content.act_models import Exercise
from legapp.content.check_models import Protocol, Questionnaire, ResultText, SafetyCheck
from legapp.content.home_safety_models import HomeSafety
from legapp.content.model_methods import FactMethods, GlossaryTermMethods, PackMethods, SourceMethods
from legapp.content.routine_models import ReadySession

ID_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class PackInfo(_Frozen):
    locale: str = Field(pattern=r"^[a-z]{2}(?:_[A-Z]{2})?$")
    name: str = Field(min_length=1)
    version: int = Field(ge=1)
    range_format: str = "{low} to {high}"
    decimal_separator: Literal[".", ","] = "."

    @model_validator(mode="after")
    def _range_format_has_both_ends(self) -> PackInfo:
        if "{low}" not in self.range_format or "{high}" not in self.range_format:
            raise ValueError("range_format must contain {low} and {high}")
        return self


class Source(SourceMethods, _Frozen):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    authors: str = ""
    year: int | None = Field(default=None, ge=1800, le=2100)
    publication: str = ""
    link: str = ""


class Fact(FactMethods, _Frozen):
    """A number the app shows: one value or a low-high range, with unit and source."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    source: str = Field(pattern=ID_PATTERN)
    status: Literal["verified", "2nd-hand", "derived"]
    note: str = ""

    @model_validator(mode="after")
    def _value_or_range(self) -> Fact:
        has_value = self.value is not None
        has_range = self.low is not None or self.high is not None
        if has_value == has_range:
            raise ValueError("give either value, or low and high (not both, not neither)")
        if has_range:
            if self.low is None or self.high is None:
                raise ValueError("a range needs both low and high")
            if self.low > self.high:
                raise ValueError("low must not be greater than high")
        return self


class Section(_Frozen):
    heading: str = Field(min_length=1)
    body: str = Field(min_length=1)  # Markdown, with {{fact}} placeholders


class Topic(_Frozen):
    """One page of Learn: its summary and key points, then its sections in order."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    order: int = Field(ge=0)
    key_points: tuple[str, ...] = Field(min_length=1)
    related: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sections: tuple[Section, ...] = Field(min_length=1)


class HelpSection(_Frozen):
    """One part of the Help page: how to use the app, in the pack's language."""

    id: str = Field(pattern=ID_PATTERN)
    heading: str = Field(min_length=1)
    body: str = Field(min_length=1)  # Markdown


class FaqItem(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    topic: str | None = None


class GlossaryTerm(GlossaryTermMethods, _Frozen):
    id: str = Field(pattern=ID_PATTERN)
    term: str = Field(min_length=1)
    forms: tuple[str, ...] = ()
    definition: str = Field(min_length=1)


class ContentPack(PackMethods, _Frozen):
    info: PackInfo
    sources: dict[str, Source]
    facts: dict[str, Fact]
    topics: tuple[Topic, ...]  # in reading order
    faq: tuple[FaqItem, ...]
    help: tuple[HelpSection, ...]  # the Help page, in order
    glossary: tuple[GlossaryTerm, ...]  # alphabetical
    protocols: tuple[Protocol, ...]  # the timed self-tests, in menu order
    questionnaires: tuple[Questionnaire, ...]
    safety: SafetyCheck
    results: dict[str, dict[str, ResultText]]  # test id -> meaning key -> words
    exercises: tuple[Exercise, ...]  # the library, in its order
    sessions: tuple[ReadySession, ...]  # ready-made exercise sessions
    home_safety: HomeSafety  # the home safety check, room by room
    origin: str = "bundled"  # "bundled" or the folder a custom pack came from

