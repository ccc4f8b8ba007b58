"""Reading a content pack from its folder, with one plain message when it is broken.

A pack is a folder (see resources/content/README.md). Every problem is reported as a
ContentError naming the file and the field, so an author can find and fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from legapp.content.act_loader import load_exercises
from legapp.content.check_loader import load_checks
from legapp.content.errors import ContentError
from legapp.content.home_safety_loader import load_home_safety
from legapp.content.models import (
    ContentPack,
    Fact,
    FaqItem,
    GlossaryTerm,
    HelpSection,
    PackInfo,
    Section,
    Source,
    Topic,
)
from legapp.content.pack_cache import load_with_fallback
from legapp.content.placeholders import check_placeholders
from legapp.content.session_loader import load_sessions
from legapp.content.yaml_io import build, read_yaml
from legapp.paths import bundled_content_dir
from legapp.yaml_file import parse_yaml, read_text


def _list_of(model: type[BaseModel], data: Any, file: str, kind: str) -> list[Any]:
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ContentError(file, "", f"expected a list of {kind}s, one per '- ' entry")
    items = []
    for i, entry in enumerate(data):
        label = f"{kind} {i + 1}"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            label = f"{kind} '{entry['id']}'"
        items.append(build(model, entry, file, label))
    return items


def _unique(items: Iterable[Any], file: str, kind: str) -> dict[str, Any]:
    by_id: dict[str, Any] = {}
    for item in items:
        if item.id in by_id:
            raise ContentError(file, f"{kind} '{item.id}'.id", "this id is used twice")
        by_id[item.id] = item
    return by_id


def _split_front_matter(text: str, file: str) -> tuple[str, str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(file, "front matter", "the file must start with a line '---'")
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            return "\n".join(lines[1:end]), "\n".join(lines[end + 1 :])
    raise ContentError(file, "front matter", "the closing '---' line is missing")


def _sections(body: str, file: str) -> list[dict[str, str]]:
    # Each section's lines are gathered in a list and joined once: adding to a string kept
    # in a dict copies it each time (a long page took seconds).
    headings: list[str] = []
    bodies: list[list[str]] = []
    lead: list[str] = []
    for line in body.splitlines():
        if line.startswith("## "):
            headings.append(line[3:].strip())
            bodies.append([])
        elif bodies:
            bodies[-1].append(line)
        elif line.strip():
            lead.append(line)
    if lead:
        raise ContentError(file, "sections", "text before the first '## ' heading")
    if not headings:
        raise ContentError(file, "sections", "a topic needs at least one '## ' section")
    sections = [{"heading": h, "body": "\n".join(lines)} for h, lines in zip(headings, bodies, strict=True)]
    for i, section in enumerate(sections):
        section["body"] = section["body"].strip()
        if not section["body"]:
            raise ContentError(file, f"sections[{i + 1}].body", "this section is empty")
    return sections


def _read_topic(path: Path, folder: Path, facts: dict[str, Fact]) -> Topic:
    file = str(path.relative_to(folder))
    front, body = _split_front_matter(read_text(path, ContentError, file), file)
    meta = parse_yaml(front, ContentError, file, "front matter")
    if not isinstance(meta, dict):
        raise ContentError(file, "front matter", "expected 'field: value' lines")
    meta = {**meta, "sections": _sections(body, file)}
    topic = build(Topic, meta, file, "")
    check_placeholders(topic.summary, facts, file, "summary")
    for i, point in enumerate(topic.key_points):
        check_placeholders(point, facts, file, f"key_points[{i + 1}]")
    for i, section in enumerate(topic.sections):
        check_placeholders(section.heading + section.body, facts, file, f"sections[{i + 1}]")
    return topic


def _alphabetical(word: str) -> str:
    """Dictionary order: "fémur" sits with "femur", before "fractura"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def load_pack(folder: Path, origin: str = "bundled") -> ContentPack:
    """Load and check a whole pack. Raises ContentError on the first problem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ContentError(str(folder), "", "this folder does not exist")
    info = build(PackInfo, read_yaml(folder / "pack.yaml", folder), "pack.yaml", "")
    sources = _unique(
        _list_of(Source, read_yaml(folder / "sources.yaml", folder), "sources.yaml", "source"),
        "sources.yaml",
        "source",
    )
    facts = _unique(
        _list_of(Fact, read_yaml(folder / "facts.yaml", folder), "facts.yaml", "fact"),
        "facts.yaml",
        "fact",
    )
    for fact in facts.values():
        if fact.source not in sources:
            raise ContentError(
                "facts.yaml", f"fact '{fact.id}'.source", f"unknown source id '{fact.source}'"
            )

    topic_files = sorted((folder / "topics").glob("*.md"))
    if not topic_files:
        raise ContentError("topics", "", "no topic pages (*.md) were found")
    topics: dict[str, Topic] = {}
    files: dict[str, str] = {}
    for path in topic_files:
        topic = _read_topic(path, folder, facts)
        file = str(path.relative_to(folder))
        if topic.id in topics:
            raise ContentError(file, "id", f"topic id '{topic.id}' is also used in {files[topic.id]}")
        topics[topic.id], files[topic.id] = topic, file
    for topic in topics.values():
        for rel in topic.related:
            if rel not in topics:
                raise ContentError(files[topic.id], "related", f"unknown topic id '{rel}'")
        for src in topic.sources:
            if src not in sources:
                raise ContentError(files[topic.id], "sources", f"unknown source id '{src}'")

    faq = _list_of(FaqItem, read_yaml(folder / "faq.yaml", folder), "faq.yaml", "question")
    _unique(faq, "faq.yaml", "question")
    for item in faq:
        for name in ("question", "answer"):
            check_placeholders(getattr(item, name), facts, "faq.yaml", f"question '{item.id}'.{name}")
        if item.topic is not None and item.topic not in topics:
            raise ContentError("faq.yaml", f"question '{item.id}'.topic", f"unknown topic id '{item.topic}'")

    # A centre's pack made before Help was content has no help.yaml: the built-in Help of
    # its language stands in.
    help_file = folder / "help.yaml"
    if not help_file.exists():
        help_file = bundled_content_dir(info.locale.split("_")[0]) / "help.yaml"
    help_sections = _list_of(HelpSection, read_yaml(help_file, help_file.parent), "help.yaml", "section")
    _unique(help_sections, "help.yaml", "section")
    for section in help_sections:
        check_placeholders(section.body, facts, "help.yaml", f"section '{section.id}'.body")

    glossary = _list_of(
        GlossaryTerm, read_yaml(folder / "glossary.yaml", folder), "glossary.yaml", "term"
    )
    _unique(glossary, "glossary.yaml", "term")
    for term in glossary:
        check_placeholders(term.definition, facts, "glossary.yaml", f"term '{term.id}'.definition")

    checks = load_checks(folder, sources, topics, facts, info)
    exercises = load_exercises(folder, sources, facts)
    return ContentPack(
        **checks,
        exercises=exercises,
        home_safety=load_home_safety(folder, info.locale, sources),
        sessions=load_sessions(folder, {e.id for e in exercises}),
        info=info,
        sources=sources,
        facts=facts,
        topics=tuple(sorted(topics.values(), key=lambda t: (t.order, t.id))),
        faq=tuple(faq),
        help=tuple(help_sections),
        glossary=tuple(sorted(glossary, key=lambda t: _alphabetical(t.term))),
        origin=origin,
    )


__all__ = ["ContentError", "Section", "load_pack", "load_with_fallback"]
