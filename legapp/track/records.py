"""One stored result (no Qt): what was measured, the score and what it meant, the rule
and source it was judged by, and which content version said so. Checked before it is
written, so a bad value never reaches the database."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from legapp.assess import MEANINGS, Result

TESTS = tuple(MEANINGS)


@dataclass(frozen=True)
class Record:
    profile_id: int
    test: str
    taken_at: datetime  # aware, UTC
    raw: dict[str, Any]  # what was measured or answered
    score: float | None
    at_risk: bool | None
    meaning: str
    threshold: str  # the rule, e.g. "count < 10"; "" where no norm applies
    source: str
    content_version: int
    age: int | None = None
    sex: str | None = None
    id: int | None = field(default=None, compare=False)

    @classmethod
    def trusted(cls, values: dict[str, Any]) -> Record:
        """A record read back from the database, where it was checked before it was written;
        ``values`` has every field."""
        record = object.__new__(cls)
        record.__dict__.update(values)  # frozen: set once, here, without a check per field
        return record

    def __post_init__(self) -> None:
        if type(self.profile_id) is not int or self.profile_id < 1:
            raise ValueError("a result belongs to a saved profile")
        if self.test not in MEANINGS:
            raise ValueError(f"unknown test {self.test!r}")
        if self.meaning not in MEANINGS[self.test]:
            raise ValueError(f"{self.meaning!r} is not a result of {self.test}")
        if not isinstance(self.taken_at, datetime) or self.taken_at.utcoffset() is None:
            raise ValueError("taken_at must be a date and time with its time zone")
        if self.score is not None and (isinstance(self.score, bool) or not isinstance(self.score, int | float)
                                       or not math.isfinite(self.score) or not 0 <= self.score <= 1000):
            raise ValueError(f"the score must be a number from 0 to 1000, not {self.score!r}")
        if self.at_risk not in (True, False, None):
            raise ValueError("at_risk must be true, false or none")
        if not isinstance(self.raw, dict):
            raise ValueError("raw must be a mapping")
        json.dumps(self.raw, allow_nan=False)  # ValueError/TypeError if it cannot be stored
        if type(self.content_version) is not int or self.content_version < 1:
            raise ValueError("content_version must be a whole number from 1")
        if self.age is not None and (type(self.age) is not int or not 0 <= self.age <= 130):
            raise ValueError("age must be a whole number of years")
        if self.sex not in (None, "male", "female"):
            raise ValueError('sex must be "male" or "female"')


def record_of(result: Result, raw: dict[str, Any], *, profile_id: int, content_version: int,
              taken_at: datetime, age: int | None = None, sex: str | None = None) -> Record:
    """The record of a scored result. Questionnaire answers go in ``raw``."""
    return Record(
        profile_id=profile_id, test=result.test, taken_at=taken_at, raw=dict(raw),
        score=None if result.score is None else float(result.score), at_risk=result.at_risk,
        meaning=result.meaning, threshold="" if result.threshold is None else str(result.threshold),
        source=result.source, content_version=content_version, age=age, sex=sex,
    )
