"""The {{fact}} placeholders a pack's words may hold, and the check that each names a
fact of the pack (no pydantic: the screens fill them from a pack read back from the cache)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from legapp.content.errors import ContentError

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}")
PLACEHOLDER_MODES = ("", "bare", "low", "high")


def check_placeholders(text: str, facts: Mapping[str, Any], file: str, field: str) -> None:
    """Every {{fact}} in ``text`` names a fact of the pack, in a known form; else a
    ContentError naming ``file`` and ``field``."""
    for m in PLACEHOLDER.finditer(text):
        fact_id, mode = m.group(1), m.group(2) or ""
        if fact_id not in facts:
            raise ContentError(file, field, f"unknown fact id '{fact_id}' in {m.group(0)}")
        if mode not in PLACEHOLDER_MODES:
            raise ContentError(file, field, f"unknown form '|{mode}' in {m.group(0)}")
