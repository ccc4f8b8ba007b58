"""Loading packs: the bundled one loads; each kind of damage gets one plain message
naming the file and the field; the app then falls back to the bundled pack."""

from __future__ import annotations

import pytest

from legapp.content.loader import ContentError, load_pack, load_with_fallback

from .helpers import Replace, assert_plain, raised, replace_once


def test_bundled_pack_loads_in_reading_order(pack):
    assert pack.info.locale == "en"
    assert [t.order for t in pack.topics] == sorted(t.order for t in pack.topics)
    assert len(pack.topics) >= 18
    assert pack.facts
    assert pack.faq
    assert pack.glossary
    assert pack.sources
    assert pack.origin == "bundled"


def _in_fact(old, new, fact_id="muscle_loss_per_decade") -> Replace:
    """Replace ``old`` within the entry of one fact, not in the facts after it."""
    return Replace(old, new, after=f"- id: {fact_id}\n", before="\n- id:")


def _error(folder) -> ContentError:
    return raised(load_pack, folder)


def test_bad_yaml_names_file_and_line(pack_copy):
    (pack_copy / "facts.yaml").write_text("- id: x\n  label: [unclosed\n")
    err = _error(pack_copy)
    assert err.file == "facts.yaml"
    assert err.field.startswith("line ")
    assert "not valid YAML" in str(err)


BROKEN = [  # the file, what is done to it, the field named, words of the problem
    pytest.param("facts.yaml", _in_fact("  source: volpi2004\n", ""), "fact 'muscle_loss_per_decade'.source",
                 ["required"], id="a-missing-field-of-a-fact"),
    pytest.param("facts.yaml", _in_fact("source: volpi2004", "source: nobody2020"),
                 "fact 'muscle_loss_per_decade'.source", [], id="a-fact-pointing-at-an-unknown-source"),
    pytest.param("topics/04-balance.md", Replace("id: balance", "id: leg-muscles"), "id",
                 ["01-leg-muscles.md"], id="a-topic-id-used-twice-names-both-files"),
    pytest.param("topics/04-balance.md", Replace("related: [", "related: [no-such-topic, "), "related",
                 ["no-such-topic"], id="an-unknown-related-topic"),
]


@pytest.mark.parametrize(("file", "damage", "field", "words"), BROKEN)
def test_broken_content_names_the_file_and_the_field(pack_copy, file, damage, field, words):
    damage(pack_copy / file)
    assert_plain(_error(pack_copy), file, field, words)


def test_unknown_fact_id_in_a_topic(pack_copy):
    page = pack_copy / "topics" / "11-how-fast.md"
    replace_once(page, "{{muscle_loss_per_decade}}", "{{muscle_loss_per_century}}")
    err = _error(pack_copy)
    assert err.file == "topics/11-how-fast.md"
    assert err.field.startswith("sections[")
    assert "muscle_loss_per_century" in err.problem


def test_fact_with_value_and_range_is_refused(pack_copy):
    _in_fact("  low: 3\n", "  value: 5\n  low: 3\n")(pack_copy / "facts.yaml")
    err = _error(pack_copy)
    assert err.field.startswith("fact 'muscle_loss_per_decade'")
    assert "either value" in err.problem


def test_misspelled_field_is_reported(pack_copy):
    replace_once(pack_copy / "glossary.yaml", "definition:", "defnition:")
    err = _error(pack_copy)
    assert err.file == "glossary.yaml"
    assert "not known" in err.problem or "required" in err.problem


def test_missing_file_and_missing_front_matter(pack_copy):
    (pack_copy / "faq.yaml").unlink()
    assert _error(pack_copy).file == "faq.yaml"


def test_topic_without_front_matter(pack_copy):
    page = pack_copy / "topics" / "04-balance.md"
    page.write_text("## Just a heading\nSome text.\n")
    err = _error(pack_copy)
    assert (err.file, err.field) == ("topics/04-balance.md", "front matter")


def test_topic_text_before_first_section(pack_copy):
    page = pack_copy / "topics" / "04-balance.md"
    head, _, body = page.read_text().partition("\n---\n")
    page.write_text(head + "\n---\nStray words.\n" + body)
    assert _error(pack_copy).field == "sections"


def test_fallback_uses_bundled_pack_and_says_why(pack_copy):
    _in_fact("  source: volpi2004\n", "")(pack_copy / "facts.yaml")
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert loaded.origin == "bundled"
    assert problem is not None
    assert "facts.yaml" in problem
    assert "source" in problem


def test_sound_custom_pack_is_used(pack_copy):
    replace_once(pack_copy / "pack.yaml", "name: ", "name: Riverside centre, ")
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert problem is None
    assert loaded.origin == str(pack_copy)
    assert loaded.info.name.startswith("Riverside centre")


def test_missing_folder(tmp_path):
    loaded, problem = load_with_fallback(tmp_path / "nowhere", "en")
    assert loaded.origin == "bundled"
    assert "does not exist" in problem


def test_a_centres_pack_made_before_help_was_content_keeps_the_built_in_help(pack_copy):
    from legapp.content.loader import load_pack

    (pack_copy / "help.yaml").unlink()
    pack = load_pack(pack_copy)
    assert [part.id for part in pack.help][:1] == ["getting-around"]
