"""What a test or a questionnaire measures is the built-in one's; a pack brings the words
(no Qt).

The cut-offs live once in resources/clinical/norms.yaml, where no pack reaches. But a
pack's protocols and questionnaires say *what* is measured, and a different one gives
the same person another result against the same cut-off: a "30-second" chair stand of
60 s, "five times" ended at 3 stands, a balance position held 5 s, a checklist "Yes"
worth nothing, SARC-F answers scored the wrong way round. So every field of a custom
pack's protocols and questionnaires must be the bundled English pack's (the reference;
the bundled Spanish pack is held to it by a test), except those that are words,
pictures or the order things are shown in (``FREE``). A new field added to the models
is thus fixed unless it is added here as free.

Fixed, and why the less plain ones are:
- phases: their number, order, ids, kinds, seconds, taps, counts, what a time-out does;
- prompts: their number, each one's time (``at``) and sound, not what it says. The
  times are part of the test's script (CLINICAL.md: "Ready, begin" - timing - "Stop"
  at 10 s): a "Stop" said at 5 s ends the person's effort while the clock runs on, and
  so measures a 5 s hold; an added or dropped cue changes the run too;
- a protocol's ``helper_runs`` (the TUG is run by a helper) and ``needs_age_sex``;
- questions: their number, ids and order (the order norms.yaml scores them in);
- answers: their number and the value of each, in the built-in order. The order is
  fixed with the values: "values reversed" and "answers shown the other way round" are
  the same file once labels are words a pack may change, so only one order is safe.
Free: titles, texts, labels, what a prompt says, pictures, setup steps and
instructions (words and pictures), the source cited, the topic offered, ``order``.

The words hold numbers that are measured too: the line 10 feet from the TUG chair, the
10 pounds SARC-F asks about lifting, the seat height. The built-in words name them as
facts ({{tug_line_feet}}), so in a pack of one's own the words of a test or a
questionnaire type no number, name only the facts the built-in ones name, and each of
those facts keeps the built-in value (and, in a language legapp ships, its unit).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legapp.content.errors import ContentError
from legapp.paths import bundled_content_dir

if TYPE_CHECKING:
    from pydantic import BaseModel

# The checking part imports pydantic where it runs: the pack cache, read at start-up
# without it, takes only reference_files from here.

REFERENCE_LOCALE = "en"
# Fields of a protocol or questionnaire (at any depth) that a pack may change.
FREE = frozenset({
    "title", "summary", "measures", "intro", "text", "caregiver_text", "tap_label", "say", "label",
    "picture", "setup", "instructions", "caregiver_instructions", "source", "topic", "order",
})
_LEAD = "a pack may change words and pictures, not what is measured"
_WORDS = FREE - {"picture", "source", "topic", "order"}
_DIGIT = re.compile(r"\S*\d\S*")


def is_bundled(folder: Path) -> bool:
    """Whether ``folder`` is one of the packs that ship with legapp, one for each of the
    app's languages (held to the reference by the tests, not at each start). Whatever
    else a --content-dir names, even a folder beside them, is held to it when loaded."""
    from legapp.i18n import LANGUAGES

    try:
        return Path(folder).resolve() in {bundled_content_dir(code).resolve() for code in LANGUAGES}
    except OSError:
        return False


def _check_files() -> list[Path]:
    folder = bundled_content_dir(REFERENCE_LOCALE)
    return sorted([*(folder / "protocols").glob("*.yaml"), *(folder / "questionnaires").glob("*.yaml")])


def reference_files() -> list[Path]:
    """The files a pack is held to (the pack cache watches them): the built-in tests and
    the facts of each language legapp ships."""
    from legapp.i18n import LANGUAGES

    return [*_check_files(), *(bundled_content_dir(code) / "facts.yaml" for code in LANGUAGES)]


@functools.cache
def reference() -> dict[str, BaseModel]:
    """The built-in protocols and questionnaires by id, as the bundled English pack has them."""
    from legapp.content.check_models import Protocol, Questionnaire
    from legapp.content.yaml_io import build, read_yaml

    folder = bundled_content_dir(REFERENCE_LOCALE)
    items: dict[str, BaseModel] = {}
    for sub, model in (("protocols", Protocol), ("questionnaires", Questionnaire)):
        for path in sorted((folder / sub).glob("*.yaml")):
            item = build(model, read_yaml(path, folder), str(path.relative_to(folder)), "")
            items[item.id] = item
    return items


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _same(mine: Any, theirs: Any) -> bool:
    # 1 == True in Python; a "Yes" of value 1 is not the built-in "Yes" of value true.
    return type(mine) is type(theirs) and mine == theirs


def differences(mine: Any, theirs: Any, where: str = "") -> tuple[str, str] | None:
    """The first fixed field (as an author counts it: "phases[3].seconds") where ``mine``
    differs from ``theirs`` (model dumps), and what the built-in one has; None if none."""
    if isinstance(theirs, dict) and isinstance(mine, dict):
        for name in [*theirs, *(key for key in mine if key not in theirs)]:
            if name in FREE:
                continue
            found = differences(mine.get(name), theirs.get(name), f"{where}.{name}" if where else name)
            if found:
                return found
        return None
    if isinstance(theirs, list | tuple) and isinstance(mine, list | tuple):
        if len(mine) != len(theirs):
            return where, f"{len(theirs)} of them"
        for i, (a, b) in enumerate(zip(mine, theirs, strict=True)):
            found = differences(a, b, f"{where}[{i + 1}]")
            if found:
                return found
        return None
    return None if _same(mine, theirs) else (where, _shown(theirs))


def check_same_as_built_in(items: Mapping[str, tuple[BaseModel, str]]) -> None:
    """ContentError naming the file and the field when one of a pack's protocols or
    questionnaires (by id: (item, file)) measures other than the built-in one."""
    from legapp.content.check_models import Protocol

    built_in = reference()
    for item_id, (item, file) in sorted(items.items(), key=lambda entry: entry[1][1]):
        kind = "test" if isinstance(item, Protocol) else "questions"
        theirs = built_in.get(item_id)
        if theirs is None or type(theirs) is not type(item):
            raise ContentError(file, "id", f"'{item_id}' is not one of the built-in {kind}: {_LEAD}")
        found = differences(item.model_dump(), theirs.model_dump())
        if found:
            field, value = found
            raise ContentError(file, field, f"{_LEAD} ({value} here in the built-in {kind})")


def _words(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every (field, words) of a protocol or questionnaire file as read (facts not
    written out yet), fields counted as an author counts them ("setup[2].text")."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for name, value in node.items():
            field = f"{where}.{name}" if where else str(name)
            if name in _WORDS and isinstance(value, str):
                found.append((field, value))
            elif name in _WORDS and isinstance(value, list):
                found += [(f"{field}[{i + 1}]", v) for i, v in enumerate(value) if isinstance(v, str)]
            found += _words(value, field) if isinstance(value, dict | list) else []
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _words(value, f"{where}[{i + 1}]")
    return found


@functools.cache
def _reference_words() -> tuple[dict[str, frozenset[str]], dict[str, dict[str, Any]]]:
    """The facts each built-in test's words name (by its id), and every built-in fact's figures."""
    from legapp.content.placeholders import PLACEHOLDER
    from legapp.content.yaml_io import read_yaml

    folder = bundled_content_dir(REFERENCE_LOCALE)
    named = {}
    for path in _check_files():
        raw = read_yaml(path, folder)
        words = [text for _, text in _words(raw)]
        named[raw["id"]] = frozenset(m.group(1) for text in words for m in PLACEHOLDER.finditer(text))
    return named, _facts_of(REFERENCE_LOCALE)


@functools.cache
def _facts_of(locale: str) -> dict[str, dict[str, Any]]:
    from legapp.content.yaml_io import read_yaml

    folder = bundled_content_dir(locale)
    if not (folder / "facts.yaml").is_file():
        return {}
    return {f["id"]: f for f in read_yaml(folder / "facts.yaml", folder) or [] if isinstance(f, dict)}


def check_numbers_as_built_in(raw: Mapping[str, Any], file: str, facts: Mapping[str, Any],
                              locale: str) -> None:
    """ContentError naming the file and the field when the words of one of a pack's
    protocols or questionnaires (``raw``: its file as read) type a number, name a fact the
    built-in ones do not, or name one whose figures differ from the built-in fact's."""
    from legapp.content.placeholders import PLACEHOLDER

    by_test, built_in = _reference_words()
    named = by_test.get(raw.get("id"), frozenset()) if isinstance(raw, Mapping) else frozenset()
    same_language = _facts_of(locale.split("_")[0]) if locale.split("_")[0] != REFERENCE_LOCALE else built_in
    for field, text in _words(raw):
        typed = _DIGIT.findall(PLACEHOLDER.sub("", text))
        if typed:
            raise ContentError(file, field, f"'{typed[0]}': {_LEAD}, so the words of a test type no "
                                            "number; name a built-in fact in double braces instead")
        for m in PLACEHOLDER.finditer(text):
            fact_id = m.group(1)
            if fact_id not in named:
                raise ContentError(file, field, f"{m.group(0)}: {_LEAD}; the words of a test may name "
                                                "only the facts the built-in test names")
            mine, theirs = facts.get(fact_id), built_in.get(fact_id)
            if mine is None or theirs is None:
                continue  # an unknown fact is named by the usual check
            for part in ("value", "low", "high"):
                if getattr(mine, part) != theirs.get(part):
                    raise ContentError("facts.yaml", f"fact '{fact_id}'.{part}",
                                       f"{_LEAD} ({_shown(theirs.get(part))} here in the built-in pack)")
            unit = same_language.get(fact_id, {}).get("unit") if same_language else None
            if unit is not None and mine.unit != unit:
                raise ContentError("facts.yaml", f"fact '{fact_id}'.unit",
                                   f"{_LEAD} ({unit} here in the built-in pack)")
