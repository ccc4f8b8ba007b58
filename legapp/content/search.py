"""Search across every topic, question and glossary word of a pack (no Qt).

The index is built once per pack. A query matches a document when every word of the
query starts a word of the document; accents and case are ignored, so "caida"
finds "caída" and "Fall" finds "falls".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from legapp.content.plaintext import markdown_to_plain
from legapp.content.render import fill_facts

if TYPE_CHECKING:
    from legapp.content.models import ContentPack

Kind = Literal["topic", "faq", "term", "test", "questionnaire", "exercise", "screen"]
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def fold(text: str) -> str:
    """Lowercase without accents: the form both the index and queries use."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class SearchResult:
    kind: Kind
    target: str  # topic id, FAQ id or glossary term id
    title: str
    snippet: str
    score: float


@dataclass(frozen=True)
class _Doc:
    kind: Kind
    target: str
    title: str
    fields: tuple[tuple[float, str, frozenset[str]], ...]  # weight, plain text, words


def _field(weight: float, text: str) -> tuple[float, str, frozenset[str]]:
    return weight, text, frozenset(_WORD.findall(fold(text)))


class SearchIndex:
    def __init__(self, pack: ContentPack, screens: Mapping[str, str] | None = None):
        """``screens``: other screens to find by their name (route screen -> its name in
        the person's language), e.g. the protein guide."""
        def plain(markdown: str) -> str:
            return markdown_to_plain(fill_facts(markdown, pack.facts, pack.info))

        docs: list[_Doc] = []
        for topic in pack.topics:
            fields = [_field(5, topic.title), _field(2, plain(topic.summary))]
            for section in topic.sections:
                fields.append(_field(3, section.heading))
                fields.append(_field(1, plain(section.body)))
            fields.extend(_field(2, plain(p)) for p in topic.key_points)
            docs.append(_Doc("topic", topic.id, topic.title, tuple(fields)))
        for item in pack.faq:
            fields = [_field(4, plain(item.question)), _field(1, plain(item.answer))]
            docs.append(_Doc("faq", item.id, plain(item.question), tuple(fields)))
        for term in pack.glossary:
            names = " ".join(term.spellings())
            fields = [_field(5, names), _field(1, plain(term.definition))]
            docs.append(_Doc("term", term.id, term.term, tuple(fields)))
        # Each check, question list and exercise by its name: a person looks for "chair stand".
        for kind, items in (("test", pack.protocols), ("questionnaire", pack.questionnaires),
                            ("exercise", pack.exercises)):
            for item in items:
                fields = (_field(5, item.title), _field(1, plain(item.summary)))
                docs.append(_Doc(kind, item.id, item.title, fields))
        for screen, name in (screens or {}).items():
            docs.append(_Doc("screen", screen, name, (_field(5, name),)))
        self._docs = tuple(docs)

    def search(self, query: str, limit: int = 30) -> list[SearchResult]:
        words = _WORD.findall(fold(query))
        if not words:
            return []
        results: list[SearchResult] = []
        for doc in self._docs:
            score = 0.0
            for word in words:
                best = 0.0
                for weight, _text, vocab in doc.fields:
                    if any(w.startswith(word) for w in vocab):
                        best += weight
                if best == 0.0:
                    break
                score += best
            else:
                results.append(
                    SearchResult(doc.kind, doc.target, doc.title, self._snippet(doc, words), score)
                )
        results.sort(key=lambda r: (-r.score, r.title))
        return results[:limit]

    @staticmethod
    def _snippet(doc: _Doc, words: list[str]) -> str:
        # The first sentence of the body text that holds a query word.
        for _weight, text, vocab in sorted(doc.fields, key=lambda f: f[0]):
            if not any(w.startswith(q) for q in words for w in vocab):
                continue
            for sentence in _SENTENCE.split(text.replace("\n", " ")):
                folded = set(_WORD.findall(fold(sentence)))
                if any(w.startswith(q) for q in words for w in folded):
                    sentence = sentence.strip()
                    return sentence if len(sentence) <= 160 else sentence[:157].rstrip() + "..."
        return ""
