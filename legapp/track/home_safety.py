"""One person's home safety check (no Qt): the answers, the fixes done, what is still open.

An answer "Yes" (True) means something in the home could make the person trip or slip
(see resources/content/<locale>/home_safety.yaml); a "done" tick marks it fixed on a
day. Kept per person by legapp.track.store (``home_check`` / ``save_home_check``); in a
kiosk it lives only in the page that shows it and is never saved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

_ITEM = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class HomeCheck:
    """``answers`` {item id: True for "Yes, this is so in my home"}; ``fixed`` {item id: the
    day it was fixed} (only for items answered Yes); ``day``: the last day an answer was
    given (None: nothing answered yet)."""

    answers: Mapping[str, bool] = field(default_factory=dict)
    fixed: Mapping[str, date] = field(default_factory=dict)
    day: date | None = None

    def __post_init__(self) -> None:
        for item, yes in self.answers.items():
            if not isinstance(item, str) or not _ITEM.match(item):
                raise ValueError(f"{item!r} is not a question of the home safety check")
            if type(yes) is not bool:
                raise ValueError("an answer is Yes or No")
        for item, day in self.fixed.items():
            if self.answers.get(item) is not True:
                raise ValueError(f"only something answered Yes can be fixed, not {item!r}")
            if type(day) is not date:
                raise ValueError("a fix is kept with the day it was done")
        if self.day is not None and type(self.day) is not date:
            raise ValueError("the day of the check must be a date")
        object.__setattr__(self, "answers", _frozen(self.answers))
        object.__setattr__(self, "fixed", _frozen(self.fixed))

    @property
    def open_hazards(self) -> tuple[str, ...]:
        """The items answered Yes and not yet fixed, in the order they were answered."""
        return tuple(item for item, yes in self.answers.items() if yes and item not in self.fixed)

    @property
    def started(self) -> bool:
        return bool(self.answers)

    def answer(self, item: str, yes: bool, today: date) -> HomeCheck:
        """This check with ``item`` answered; a No takes away its tick."""
        answers = {**self.answers, item: yes}
        fixed = {k: v for k, v in self.fixed.items() if k != item or yes}
        return HomeCheck(answers, fixed, today)

    def mark_fixed(self, item: str, done: bool, today: date) -> HomeCheck:
        """This check with the fix of ``item`` ticked as done today (or the tick taken away)."""
        fixed = dict(self.fixed)
        if done:
            fixed.setdefault(item, today)
        else:
            fixed.pop(item, None)
        return HomeCheck(self.answers, fixed, self.day)

    def only(self, items: tuple[str, ...]) -> HomeCheck:
        """This check with only the answers to ``items`` (a pack's questions): an answer kept
        for a question a pack no longer asks counts no more."""
        keep = set(items)
        return HomeCheck({k: v for k, v in self.answers.items() if k in keep},
                         {k: v for k, v in self.fixed.items() if k in keep}, self.day)


def item_ids(check) -> tuple[str, ...]:
    """Every question id of a pack's home safety check (legapp.content's HomeSafety), in order."""
    return tuple(item.id for room in check.rooms for item in room.items)
