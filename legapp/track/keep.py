"""Keeping a finished check in the history (no Qt), and saying what a rule means."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from legapp.assess import Result
from legapp.checks.state import CheckState
from legapp.track.records import Record, record_of
from legapp.track.store import HistoryStore


def keep_result(history: HistoryStore, state: CheckState, result: Result, raw: Mapping[str, Any],
                content_version: int, now: datetime | None = None) -> Record | None:
    """Save ``result`` for the person in ``state``; None for a guest (nothing is kept).
    Raises ValueError for a value that must not be stored, sqlite3.Error or OSError when
    the disk will not take it."""
    if state.profile_id is None:
        return None
    record = record_of(result, dict(raw), profile_id=state.profile_id, content_version=content_version,
                       taken_at=now or datetime.now(UTC), age=state.age, sex=state.sex)
    record_id = history.save(record)
    return Record(**{**{k: getattr(record, k) for k in record.__dataclass_fields__}, "id": record_id})


_RULE = re.compile(r"^(\w+) (<|<=|>|>=) (\d+(?:\.\d+)?)$")
_UNITS = {"count": "stands", "seconds": "seconds", "total": "points"}


def rule_words(threshold: str) -> str:
    """A stored rule ("count < 10") in plain words ("fewer than 10 stands");
    "" when there was no rule (no norm for the age)."""
    m = _RULE.match(threshold.strip())
    if not m:
        return ""
    measure, op, value = m.groups()
    number = f"{float(value):g}"
    if measure.endswith("_seconds"):  # balance: a position held less than the full time
        return f"holding the position for less than {number} seconds"
    unit = _UNITS.get(measure, measure)
    if op == "<":
        return f"fewer than {number} {unit}" if unit == "stands" else f"less than {number} {unit}"
    if op == "<=":
        return f"{number} {unit} or fewer"
    if op == ">=":
        return f"{number} {unit} or more"
    return f"more than {number} {unit}"


def score_words(record: Record) -> str:
    """The score as the results list and the report show it: "9 stands", "11.5 seconds"."""
    if record.score is None:
        return "Not completed"
    n = f"{record.score:g}"
    if record.test == "chair_stand_30s":
        return f"{n} stands"
    if record.test == "balance_4stage":
        return f"{n} of 4 positions held"
    if record.test in ("five_times_sts", "tug"):
        return f"{n} seconds"
    from legapp.assess import load_norms

    norms = load_norms()
    top = norms.stay_independent.max_total if record.test == "stay_independent" else norms.sarc_f.max_total
    return f"{n} of {top} points"
