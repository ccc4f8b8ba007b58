"""Reading the Check part of a pack: protocols, questionnaires, the safety check and
the meaning of each result. Problems are ContentErrors naming the file and field."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from legapp.assess.norms import KEY_QUESTIONS, SARC_F_ITEMS, SHORT_FES_I_ITEMS, STAY_INDEPENDENT_ITEMS
from legapp.assess.results import MEANINGS
from legapp.content.check_models import (
    RESULT_PLACEHOLDERS,
    SINGLE_BRACE,
    Protocol,
    Questionnaire,
    ResultText,
    SafetyCheck,
)
from legapp.content.errors import ContentError
from legapp.content.measured import check_numbers_as_built_in, check_same_as_built_in, is_bundled
from legapp.content.models import Fact, PackInfo
from legapp.content.placeholders import check_placeholders
from legapp.content.render import fill_facts
from legapp.content.yaml_io import build, read_yaml
from legapp.paths import resources_dir

PROTOCOL_IDS = ("chair_stand_30s", "balance_4stage", "five_times_sts", "tug", "walk_4m")
QUESTIONNAIRE_ITEMS = {"stay_independent": STAY_INDEPENDENT_ITEMS, "sarc_f": SARC_F_ITEMS,
                       "short_fes_i": SHORT_FES_I_ITEMS, "key_questions": KEY_QUESTIONS}


def _picture_exists(folder: Path, name: str) -> bool:
    return not name or (folder / "images" / name).is_file() or (resources_dir() / "images" / name).is_file()


def _facts_written_out(item: BaseModel, facts: dict[str, Fact], info: PackInfo, file: str) -> BaseModel:
    """``item`` with every {{fact}} of its words written out, as its {seconds} are: the
    screens show a protocol's or a question's words as they are. An unknown fact is a
    ContentError naming the file and the field."""

    def fill(node: object, where: str) -> object:
        if isinstance(node, str):
            check_placeholders(node, facts, file, where)
            return fill_facts(node, facts, info)
        if isinstance(node, list | tuple):
            return [fill(value, f"{where}[{i + 1}]") for i, value in enumerate(node)]
        if isinstance(node, dict):
            return {key: fill(value, f"{where}.{key}" if where else key) for key, value in node.items()}
        return node

    return type(item).model_validate(fill(item.model_dump(), ""))


def _read_all(folder: Path, sub: str, model: type, sources: dict[str, Any],
              topics: Collection[str], facts: dict[str, Fact], info: PackInfo) -> dict[str, Any]:
    items: dict[str, Any] = {}
    files = sorted((folder / sub).glob("*.yaml"))
    for path in files:
        file = str(path.relative_to(folder))
        item = _facts_written_out(build(model, read_yaml(path, folder), file, ""), facts, info, file)
        if item.id in items:
            raise ContentError(file, "id", f"'{item.id}' is used by another file in {sub}/")
        if item.source not in sources:
            raise ContentError(file, "source", f"unknown source id '{item.source}'")
        if item.topic and item.topic not in topics:
            raise ContentError(file, "topic", f"unknown topic id '{item.topic}'")
        items[item.id] = (item, file)
    return items


def load_checks(folder: Path, sources: dict[str, Any], topics: Collection[str],
                facts: dict[str, Fact], info: PackInfo) -> dict[str, Any]:
    protocols = _read_all(folder, "protocols", Protocol, sources, topics, facts, info)
    for wanted in PROTOCOL_IDS:
        if wanted not in protocols:
            raise ContentError("protocols", "", f"the protocol '{wanted}' is missing")
    for protocol, file in protocols.values():
        if protocol.scoring != protocol.id:
            raise ContentError(file, "scoring", f"must be '{protocol.id}'")
        pictures = [("picture", protocol.picture)]
        pictures += [(f"setup[{i + 1}].picture", s.picture) for i, s in enumerate(protocol.setup)]
        pictures += [(f"phases[{i + 1}].picture", p.picture) for i, p in enumerate(protocol.phases)]
        for field, name in pictures:
            if not _picture_exists(folder, name):
                raise ContentError(file, field, f"no picture called '{name}' in images/")

    questionnaires = _read_all(folder, "questionnaires", Questionnaire, sources, topics, facts, info)
    for qid, items in QUESTIONNAIRE_ITEMS.items():
        if qid not in questionnaires:
            raise ContentError("questionnaires", "", f"the questionnaire '{qid}' is missing")
        q, file = questionnaires[qid]
        if tuple(x.id for x in q.questions) != items:
            order = ", ".join(items)
            raise ContentError(file, "questions", f"the question ids must be, in this order: {order}")

    # A pack of one's own may reword a test, not change what it measures (see measured.py).
    if not is_bundled(folder):
        check_same_as_built_in(protocols)
        check_same_as_built_in(questionnaires)
        for _, file in (*protocols.values(), *questionnaires.values()):
            check_numbers_as_built_in(read_yaml(folder / file, folder), file, facts, info.locale)

    safety = build(SafetyCheck, read_yaml(folder / "safety.yaml", folder), "safety.yaml", "")

    raw = read_yaml(folder / "results.yaml", folder)
    if not isinstance(raw, dict):
        raise ContentError("results.yaml", "", "expected one entry per test, then one per meaning")
    results: dict[str, dict[str, ResultText]] = {}
    for test, meanings in MEANINGS.items():
        given = raw.get(test)
        if not isinstance(given, dict):
            raise ContentError("results.yaml", test, "the words for this test are missing")
        results[test] = {}
        for meaning in meanings:
            where = f"{test}.{meaning}"
            if meaning not in given:
                raise ContentError("results.yaml", where, "the words for this result are missing")
            words = build(ResultText, given[meaning], "results.yaml", where)
            for name in ("title", "text", "next_step"):
                unknown = set(SINGLE_BRACE.findall(getattr(words, name))) - RESULT_PLACEHOLDERS[test]
                if unknown:
                    allowed = ", ".join(f"{{{name}}}" for name in sorted(RESULT_PLACEHOLDERS[test]))
                    raise ContentError("results.yaml", f"{where}.{name}",
                                       f"unknown {{{sorted(unknown)[0]}}}; this test can use: {allowed}")
            results[test][meaning] = words

    return {
        "protocols": tuple(sorted((p for p, _ in protocols.values()), key=lambda p: (p.order, p.id))),
        "questionnaires": tuple(
            sorted((q for q, _ in questionnaires.values()), key=lambda q: (q.order, q.id))
        ),
        "safety": safety,
        "results": results,
    }
