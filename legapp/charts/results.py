"""My results over time: one series per test from the history, with the line that marks a
higher risk and the side of it that is the risk (no Qt)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from legapp.assess import load_norms
from legapp.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from legapp.track.records import Record


class _Translated(Mapping[str, str]):
    """A table of marked words that gives each one in the person's language when it is
    read, so every screen that looks a word up shows it translated."""

    def __init__(self, context: str, words: dict[str, str]):
        self._context, self._words = context, words

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._words[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


# What each test's number counts, as the chart, its summary and the report say it.
UNITS: Mapping[str, str] = _Translated("ChartResults", {
    "chair_stand_30s": QT_TRANSLATE_NOOP("ChartResults", "stands"),
    "balance_4stage": QT_TRANSLATE_NOOP("ChartResults", "positions held"),
    "five_times_sts": QT_TRANSLATE_NOOP("ChartResults", "seconds"),
    "tug": QT_TRANSLATE_NOOP("ChartResults", "seconds"),
    "stay_independent": QT_TRANSLATE_NOOP("ChartResults", "points"),
    "sarc_f": QT_TRANSLATE_NOOP("ChartResults", "points"),
    "walk_4m": QT_TRANSLATE_NOOP("ChartResults", "metres per second"),
    "sppb": QT_TRANSLATE_NOOP("ChartResults", "points"),
    "short_fes_i": QT_TRANSLATE_NOOP("ChartResults", "points"),
    "key_questions": QT_TRANSLATE_NOOP("ChartResults", "yes answers"),
})
_RULE = re.compile(r"^\s*([a-z_]+)\s*(<=|>=|<|>)\s*(\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Series:
    test: str
    xs: tuple[float, ...]  # seconds since 1970 (UTC), oldest first
    ys: tuple[float, ...]
    threshold: float | None  # where the risk starts, on the same scale as ys
    risk_side: Literal["below", "above"] | None  # which side of the line is the higher risk
    not_completed: int  # results with no score (the five times test not finished)


def series(records: list[Record], test: str) -> Series:
    """The results of ``test`` among ``records``, oldest first. The line is the latest
    result's rule (the norm for the person's age then)."""
    mine = sorted((r for r in records if r.test == test), key=lambda r: r.taken_at)
    scored = [r for r in mine if r.score is not None]
    threshold, side = None, None
    latest = mine[-1] if mine else None
    if latest is not None:
        if test == "balance_4stage":  # the rule is about the tandem stance: on the chart, stages held
            threshold, side = float(load_norms().balance_4stage.risk_if_not_held_stage), "below"
        elif m := _RULE.match(latest.threshold):
            threshold = float(m.group(3))
            side = "below" if m.group(2) in ("<", "<=") else "above"
    return Series(test, tuple(r.taken_at.timestamp() for r in scored), tuple(float(r.score) for r in scored),
                  threshold, side, len(mine) - len(scored))


def end_of_day(day: _dt.date) -> float:
    """The last moment of ``day`` (local time), in seconds since 1970: a chart of dates
    made on that day stops there, with no future days."""
    return _dt.datetime.combine(day + _dt.timedelta(days=1), _dt.time()).timestamp() - 0.001
