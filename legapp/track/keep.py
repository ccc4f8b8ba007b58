"""Keeping a finished check in the history (no Qt)."""

from __future__ import annotations

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
