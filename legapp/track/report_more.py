"""The report's words and numbers for the tests of issue 18 (no Qt): walking speed, the
SPPB, the Short FES-I and the three key questions. legapp.track.report uses them as it
uses its own, so its own first page can change without these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from legapp.assess import load_norms
from legapp.content.render import format_number
from legapp.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.records import Record

SPPB = "sppb"  # a battery of three protocols: no protocol of its own in the pack

WORDS: dict[str, str] = {
    "score.walk_4m": QT_TRANSLATE_NOOP("Report", "{score} metres a second"),
    "score.sppb": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.short_fes_i": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.key_questions": QT_TRANSLATE_NOOP("Report", "Yes to {score} of {max} questions"),
    "rule.speed_m_s.<=": QT_TRANSLATE_NOOP("Report", "{value} metres a second or less"),
    "rule.yes_answers.>=": QT_TRANSLATE_NOOP("Report", "{value} or more yes answers"),
    "title.sppb": QT_TRANSLATE_NOOP("Report", "Three tests together (SPPB)"),
    "note.sppb": QT_TRANSLATE_NOOP(
        "Report", "The Short Physical Performance Battery: balance, a 4-metre walk and five chair "
        "stands, 0 to 4 points each."),
}
SCORE_KEY = {"walk_4m": "speed", "sppb": "total", "short_fes_i": "total", "key_questions": "total"}


def title(test: str) -> str | None:
    return translate("Report", WORDS["title.sppb"]) if test == SPPB else None


def note(test: str) -> str | None:
    return translate("Report", WORDS["note.sppb"]) if test == SPPB else None


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
    elif record.test == SPPB:
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
