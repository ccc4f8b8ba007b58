"""What the core tests share: damaging a copy of a pack on purpose and the one plain
message that must come of it, and two checks on the words a pack shows (no Qt)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from legapp.content.errors import ContentError
from legapp.content.placeholders import PLACEHOLDER

from .conftest import SHARED

# --- damaging a pack ------------------------------------------------------------------------


def replace_once(path: Path, old: str, new: str, after: str = "", before: str = "") -> None:
    """Replace the first ``old`` in the file; with ``after``, the first after that marker,
    and with ``before`` too, only up to the next ``before`` (one phase, one entry)."""
    text = path.read_text()
    start = text.index(after) if after else 0
    end = text.find(before, start + 1) if before else -1
    end = len(text) if end < 0 else end
    at = text.find(old, start, end)
    assert at >= 0, f"test set-up: {old!r} not in {path.name}" + (f" after {after!r}" if after else "")
    path.write_text(text[:at] + new + text[at + len(old):])


def cut(path: Path, start_marker: str, end_marker: str | None = None) -> None:
    """Remove the text from ``start_marker`` up to (not including) ``end_marker``, or to the end."""
    text = path.read_text()
    start = text.index(start_marker)
    end = text.index(end_marker, start) if end_marker else len(text)
    path.write_text(text[:start] + text[end:])


@dataclass(frozen=True)
class Replace:
    """A damage for a table of broken files: ``replace_once`` with these words."""

    old: str
    new: str
    after: str = ""
    before: str = ""

    def __call__(self, path: Path) -> None:
        replace_once(path, self.old, self.new, self.after, self.before)


@dataclass(frozen=True)
class Cut:
    """A damage for a table of broken files: ``cut`` from ``start`` to ``end``."""

    start: str
    end: str | None = None

    def __call__(self, path: Path) -> None:
        cut(path, self.start, self.end)


def raised(load: Callable[..., object], *args: object) -> ContentError:
    """The ContentError that ``load(*args)`` raises (the test fails when there is none)."""
    with pytest.raises(ContentError) as info:
        load(*args)
    return info.value


def assert_plain(err: ContentError, file: str, field: str | None = None, words: Iterable[str] = ()) -> None:
    """One short line for a person: it starts with the file (and the field, when one is
    given), its problem uses each of ``words``, and it shows no programmer's debris."""
    message = str(err)
    assert err.file == file
    if field is None:
        assert message.startswith(file)
    else:
        assert err.field == field
        assert message.startswith(f"{file}, {field}:" if field else f"{file}:")
    for word in words:
        assert word in err.problem, err.problem
    assert "\n" not in message
    for debris in ("pydantic", "Traceback", "input_value", "input_type", "type=", "ValidationError", "[{",
                   "Value error"):
        assert debris not in message, message


# --- the words ------------------------------------------------------------------------------

SEED_RUN = 7  # words in a row that, found in a seed article too, count as copied


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + SEED_RUN]) for i in range(len(words) - SEED_RUN + 1)]


@functools.cache
def _seed_runs() -> frozenset[tuple[str, ...]]:
    texts = [path.read_text() for path in (SHARED / "seeds").glob("*.txt")]
    runs = frozenset(run for text in texts for run in _runs(_words(text)))
    assert len(runs) > 1000  # the seeds were found
    return runs


def copied_from_seeds(texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """For each ``(where, text)``, the runs of SEED_RUN words it shares with the seed
    articles (the first two a text), by where; empty when nothing is copied."""
    seeds = _seed_runs()
    copied: dict[str, list[str]] = {}
    for where, text in texts:
        shared = [" ".join(run) for run in _runs(_words(text)) if run in seeds]
        if shared:
            copied.setdefault(where, []).extend(shared[:2])
    return copied


def typed_numbers(texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """For each ``(where, text)``, the words with a digit typed outside a {{fact}}, by where."""
    typed = {}
    for where, text in texts:
        digits = re.findall(r"\S*\d\S*", PLACEHOLDER.sub("", text))
        if digits:
            typed[where] = digits
    return typed
