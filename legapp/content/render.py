"""Turning pack text into what a reader sees: facts filled in, glossary words linked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from legapp.content.placeholders import PLACEHOLDER

if TYPE_CHECKING:
    from legapp.content.models import ContentPack, Fact, GlossaryTerm, PackInfo


def format_number(x: float, info: PackInfo) -> str:
    text = f"{x:g}"
    return text.replace(".", info.decimal_separator)


def format_fact(fact: Fact, info: PackInfo, mode: str = "") -> str:
    """A fact as prose shows it: '3 to 8%', '150 minutes', or one end with |low / |high."""
    if mode == "low":
        return format_number(fact.low if fact.is_range else fact.value, info)
    if mode == "high":
        return format_number(fact.high if fact.is_range else fact.value, info)
    if fact.is_range:
        number = info.range_format.format(
            low=format_number(fact.low, info), high=format_number(fact.high, info)
        )
    else:
        number = format_number(fact.value, info)
    if mode == "bare" or not fact.unit:
        return number
    joiner = "" if fact.unit.startswith("%") else " "
    return number + joiner + fact.unit


def fill_facts(text: str, facts: dict[str, Fact], info: PackInfo) -> str:
    """Replace every {{fact}} placeholder. Unknown ids are the loader's job to refuse."""
    return PLACEHOLDER.sub(
        lambda m: format_fact(facts[m.group(1)], info, m.group(2) or ""), text
    )


def facts_used(text: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


_SKIP = re.compile(r"(\[[^\]]*\]\([^)]*\)|`[^`]*`|^#+ .*$)", re.MULTILINE)


def link_glossary(markdown: str, glossary: tuple[GlossaryTerm, ...]) -> str:
    """Link the first use of each glossary word in a page to its definition.

    Links are Markdown ``[word](glossary:id)``; headings, code and existing links are
    left alone. Matching is whole-word and case-insensitive, longest spelling first.
    """
    spellings: list[tuple[str, str]] = sorted(
        ((s, t.id) for t in glossary for s in t.spellings()), key=lambda p: -len(p[0])
    )
    if not spellings:
        return markdown
    by_lower = {s.lower(): term_id for s, term_id in spellings}
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(s) for s, _ in spellings) + r")(?![\w-])",
        re.IGNORECASE,
    )
    linked: set[str] = set()

    def link_plain(chunk: str) -> str:
        def repl(m: re.Match[str]) -> str:
            term_id = by_lower[m.group(1).lower()]
            if term_id in linked:
                return m.group(0)
            linked.add(term_id)
            return f"[{m.group(1)}](glossary:{term_id})"

        return pattern.sub(repl, chunk)

    out: list[str] = []
    pos = 0
    for m in _SKIP.finditer(markdown):
        out.append(link_plain(markdown[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(link_plain(markdown[pos:]))
    return "".join(out)


def topic_markdown(pack: ContentPack, topic_id: str, key_points_heading: str,
                   heading_mark: str = "##") -> str:
    """The text of a topic page as Markdown: summary, sections, key points (the title
    is shown by the page itself). ``heading_mark`` sets the level of section headings."""
    topic = pack.topic(topic_id)
    parts = [f"*{topic.summary}*"]
    for section in topic.sections:
        parts.append(f"{heading_mark} {section.heading}")
        parts.append(section.body)
    parts.append(f"{heading_mark} {key_points_heading}")
    parts.append("\n".join(f"- {point}" for point in topic.key_points))
    text = fill_facts("\n\n".join(parts), pack.facts, pack.info)
    return link_glossary(text, pack.glossary)


def topic_sources(pack: ContentPack, topic_id: str) -> list[str]:
    """Sources named by the topic, then those of every fact it quotes, without repeats."""
    topic = pack.topic(topic_id)
    ids: list[str] = list(topic.sources)
    raw = " ".join(
        [topic.summary, *topic.key_points, *(s.heading + " " + s.body for s in topic.sections)]
    )
    for fact_id in facts_used(raw):
        ids.append(pack.facts[fact_id].source)
    seen: dict[str, None] = dict.fromkeys(ids)
    return [pack.sources[i].citation() for i in seen]
