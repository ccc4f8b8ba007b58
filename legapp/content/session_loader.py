"""Reading the ready-made exercise sessions (sessions.yaml) and checking that every
exercise they name is in the pack; a problem is a ContentError naming file and field."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from legapp.content.errors import ContentError
from legapp.content.routine_models import ReadySession
from legapp.content.yaml_io import build, read_yaml

FILE = "sessions.yaml"


def load_sessions(folder: Path, exercise_ids: Collection[str]) -> tuple[ReadySession, ...]:
    data = read_yaml(folder / FILE, folder)
    if not isinstance(data, list) or not data:
        raise ContentError(FILE, "", "expected a list of sessions, one per '- ' entry")
    sessions: dict[str, ReadySession] = {}
    for i, entry in enumerate(data, 1):
        name = f"session '{entry['id']}'" if isinstance(entry, dict) and isinstance(entry.get("id"), str) \
            else f"session {i}"
        session = build(ReadySession, entry, FILE, name)
        if session.id in sessions:
            raise ContentError(FILE, f"{name}.id", "this id is used twice")
        for n, item in enumerate(session.items, 1):
            if item.exercise not in exercise_ids:
                raise ContentError(FILE, f"{name}.items[{n}].exercise",
                                   f"unknown exercise id '{item.exercise}'")
        sessions[session.id] = session
    return tuple(sessions.values())
