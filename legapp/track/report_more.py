"""The report's numbers for the tests of issue 18 (no Qt): walking speed, the SPPB, the
Short FES-I and the three key questions, as their screens show them (a speed to two places,
the key questions really asked). legapp.track.report adds them to its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from legapp.assess import load_norms
from legapp.content.render import format_number

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.records import Record

def values(record: Record, pack: ContentPack) -> dict[str, str]:
    """The numbers a result of these tests' words may use, from the stored record."""

    def num(x: float) -> str:
        return format_number(round(float(x), 2), pack.info)

    raw = record.raw
    found: dict[str, str] = {}
    if record.test == "walk_4m":
        if record.score is not None:
            from legapp.checks.walk import speed_text

            found["speed"] = speed_text(record.score, pack.info.decimal_separator)
        for key in ("seconds", "metres"):
            if isinstance(raw.get(key), int | float):
                found[key] = num(raw[key])
    elif record.test == "sppb":
        found["max"] = num(load_norms().sppb.max_total)
        for key in ("balance_points", "gait_points", "chair_points"):
            if isinstance(raw.get(key), int):
                found[key] = num(raw[key])
    elif record.test == "short_fes_i":
        fes = load_norms().short_fes_i
        found.update(min=num(fes.min_total), max=num(fes.max_total))
    elif record.test == "key_questions":
        found["max"] = num(sum(raw.get(q) is not None for q in load_norms().steadi_screen.key_questions))
    return found
