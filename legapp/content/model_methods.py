"""What content records do beyond holding their fields (no pydantic, no Qt).

Each is a mixin shared by two kinds of the same record: the checked model that
legapp.content.loader builds with pydantic, and the plain record legapp.content.pack_cache
reads back from a pack checked before (so that start-up does not import pydantic). The
methods only read fields, so they behave the same on both.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The groups of the exercise library, in the order the library shows them.
KINDS: tuple[str, ...] = ("strength", "balance", "aerobic")


class SourceMethods:
    def citation(self: Any) -> str:
        """One line a reader (or a doctor) can look up."""
        parts = [p for p in (self.authors, self.title, self.publication) if p]
        text = ". ".join(p.rstrip(".") for p in parts)
        if self.year:
            text += f" ({self.year})"
        if self.link:
            text += f". {self.link}"
        return text


class FactMethods:
    @property
    def is_range(self: Any) -> bool:
        return self.value is None


class GlossaryTermMethods:
    def spellings(self: Any) -> tuple[str, ...]:
        """The term and its other forms, longest first (so 'insulin resistance' wins over 'insulin')."""
        return tuple(sorted({self.term, *self.forms}, key=len, reverse=True))


class ExerciseMethods:
    def texts(self: Any) -> list[tuple[str, str]]:
        """Every piece of words with the field it comes from, as an author counts
        (``steps[2]`` is the second step)."""
        pairs = [("title", self.title), ("summary", self.summary), ("muscles", self.muscles)]
        pairs += [(f"steps[{i}]", step) for i, step in enumerate(self.steps, start=1)]
        pairs += [("easier", self.easier), ("harder", self.harder), ("safety", self.safety)]
        return pairs


def in_library_order(exercises: Iterable[Any]) -> tuple[Any, ...]:
    """Strength, then balance, then warm-up moves; each group by its ``order``. The
    library lists them so and Previous / Next walk them so."""
    return tuple(sorted(exercises, key=lambda e: (KINDS.index(e.kind), e.order, e.id)))


def by_id(items: Any, item_id: str) -> Any:
    """The item whose ``id`` is ``item_id``; KeyError when there is none."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


class PackMethods:
    def topic(self: Any, topic_id: str) -> Any:
        return by_id(self.topics, topic_id)

    def topic_index(self: Any, topic_id: str) -> int:
        return [t.id for t in self.topics].index(topic_id)

    def protocol(self: Any, protocol_id: str) -> Any:
        return by_id(self.protocols, protocol_id)

    def questionnaire(self: Any, questionnaire_id: str) -> Any:
        return by_id(self.questionnaires, questionnaire_id)

    def term(self: Any, term_id: str) -> Any:
        return by_id(self.glossary, term_id)


# The record (by its model's class name) each mixin belongs to.
METHODS: dict[str, type] = {"Source": SourceMethods, "Fact": FactMethods, "GlossaryTerm": GlossaryTermMethods,
                            "Exercise": ExerciseMethods, "ContentPack": PackMethods}
