"""Search across topics, questions and words."""

from __future__ import annotations

import pytest

from legapp.content.search import SearchIndex, fold


@pytest.fixture(scope="module")
def index(pack):
    return SearchIndex(pack)


def test_finds_the_topic_by_its_title_first(index):
    results = index.search("balance")
    assert results[0].kind == "topic"
    assert results[0].target == "balance"


def test_every_query_word_must_match(index):
    def targets(query):
        return {(r.kind, r.target) for r in index.search(query, limit=1000)}

    both = targets("protein kidney")
    assert both
    assert both <= targets("protein") & targets("kidney")
    assert len(both) < len(targets("protein"))
    assert index.search("protein zebra") == []


def test_prefix_and_case_do_not_matter(index):
    assert [r.target for r in index.search("SARCOPEN")] == [r.target for r in index.search("sarcopenia")]


def test_finds_glossary_words_and_questions(index):
    kinds = {r.kind for r in index.search("osteoporosis")}
    assert "term" in kinds
    assert any(r.kind == "faq" for r in index.search("gym"))


def test_snippet_shows_where_the_word_is(index):
    result = next(r for r in index.search("cast") if r.target == "how-fast")
    assert "cast" in result.snippet.lower()
    assert len(result.snippet) <= 160


def test_searches_filled_in_numbers(index):
    # Prose holds {{protein_per_kg}}; a reader searching the figure still finds it.
    assert any(r.target == "protein" for r in index.search("1.2"))


def test_empty_or_punctuation_query(index):
    assert index.search("") == []
    assert index.search("  ?! ") == []


def test_fold_ignores_accents():
    assert fold("Caída RÁPIDA") == "caida rapida"


def test_each_check_exercise_and_the_protein_guide_are_found_by_name(pack):
    from legapp.content.search import SearchIndex

    index = SearchIndex(pack, {"protein": "How much protein you need"})
    for kind, items in (("test", pack.protocols), ("questionnaire", pack.questionnaires),
                        ("exercise", pack.exercises)):
        for item in items:
            found = [(r.kind, r.target) for r in index.search(item.title)]
            assert (kind, item.id) in found, item.title
    assert ("screen", "protein") in [(r.kind, r.target) for r in index.search("protein")]
