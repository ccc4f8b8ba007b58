"""The content model: frozen pydantic models for one locale's content pack.

A pack is read-only data. Topic prose refers to facts by id (``{{fact_id}}``);
the models below hold the raw text and the loader checks every reference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from legapp.content.act_models import Exercise
from legapp.content.check_models import Protocol, Questionnaire, ResultText, SafetyCheck
from legapp.content.errors import ContentError
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


class Source(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    authors: str = ""
    year: int | None = Field(default=None, ge=1800, le=2100)
    publication: str = ""
    link: str = ""

    def citation(self) -> str:
        """One line a reader (or a doctor) can look up."""
        parts = [p for p in (self.authors, self.title, self.publication) if p]
        text = ". ".join(p.rstrip(".") for p in parts)
        if self.year:
            text += f" ({self.year})"
        if self.link:
            text += f". {self.link}"
        return text


class Fact(_Frozen):
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

    @property
    def is_range(self) -> bool:
        return self.value is None


class Topic(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    order: int = Field(ge=0)
    key_points: tuple[str, ...] = Field(min_length=1)
    related: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sections: tuple[Section, ...] = Field(min_length=1)


class Section(_Frozen):
    heading: str = Field(min_length=1)
    body: str = Field(min_length=1)  # Markdown, with {{fact}} placeholders


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


class GlossaryTerm(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    term: str = Field(min_length=1)
    forms: tuple[str, ...] = ()
    definition: str = Field(min_length=1)

    def spellings(self) -> tuple[str, ...]:
        """The term and its other forms, longest first (so 'insulin resistance' wins over 'insulin')."""
        return tuple(sorted({self.term, *self.forms}, key=len, reverse=True))


class ContentPack(_Frozen):
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
    origin: str = "bundled"  # "bundled" or the folder a custom pack came from

    def topic(self, topic_id: str) -> Topic:
        return _by_id(self.topics, topic_id)

    def topic_index(self, topic_id: str) -> int:
        return [t.id for t in self.topics].index(topic_id)

    def protocol(self, protocol_id: str) -> Protocol:
        return _by_id(self.protocols, protocol_id)

    def questionnaire(self, questionnaire_id: str) -> Questionnaire:
        return _by_id(self.questionnaires, questionnaire_id)

    def term(self, term_id: str) -> GlossaryTerm:
        return _by_id(self.glossary, term_id)


T = TypeVar("T", Topic, Protocol, Questionnaire, GlossaryTerm)


def _by_id(items: tuple[T, ...], item_id: str) -> T:
    """The item whose ``id`` is ``item_id``; KeyError when there is none."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


Topic.model_rebuild()

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}")
PLACEHOLDER_MODES = ("", "bare", "low", "high")


def check_placeholders(text: str, facts: Mapping[str, Fact], file: str, field: str) -> None:
    """Every {{fact}} in ``text`` names a fact of the pack, in a known form; else a
    ContentError naming ``file`` and ``field``."""
    for m in PLACEHOLDER.finditer(text):
        fact_id, mode = m.group(1), m.group(2) or ""
        if fact_id not in facts:
            raise ContentError(file, field, f"unknown fact id '{fact_id}' in {m.group(0)}")
        if mode not in PLACEHOLDER_MODES:
            raise ContentError(file, field, f"unknown form '|{mode}' in {m.group(0)}")
