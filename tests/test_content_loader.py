"""Loading packs: the bundled one loads; each kind of damage gets one plain message
naming the file and the field; the app then falls back to the bundled pack."""

from __future__ import annotations

import pytest

from legapp.content.loader import ContentError, load_pack, load_with_fallback


def test_bundled_pack_loads_in_reading_order(pack):
    assert pack.info.locale == "en"
    assert [t.order for t in pack.topics] == sorted(t.order for t in pack.topics)
    assert len(pack.topics) >= 18
    assert pack.facts
    assert pack.faq
    assert pack.glossary
    assert pack.sources
    assert pack.origin == "bundled"


def _break(path, old, new):
    text = path.read_text()
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def _break_fact(path, fact_id, old, new):
    text = path.read_text()
    start = text.index(f"- id: {fact_id}\n")
    end = text.find("\n- id:", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, f"test set-up: {old!r} not in fact {fact_id}"
    path.write_text(text[:start] + block.replace(old, new, 1) + text[end:])


def _error(folder) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_pack(folder)
    return info.value


def test_bad_yaml_names_file_and_line(pack_copy):
    (pack_copy / "facts.yaml").write_text("- id: x\n  label: [unclosed\n")
    err = _error(pack_copy)
    assert err.file == "facts.yaml"
    assert err.field.startswith("line ")
    assert "not valid YAML" in str(err)


def test_missing_field_names_the_fact_and_field(pack_copy):
    _break_fact(pack_copy / "facts.yaml", "muscle_loss_per_decade", "  source: volpi2004\n", "")
    err = _error(pack_copy)
    assert err.file == "facts.yaml"
    assert err.field == "fact 'muscle_loss_per_decade'.source"
    assert "required" in err.problem


def test_unknown_fact_id_in_a_topic(pack_copy):
    page = pack_copy / "topics" / "11-how-fast.md"
    _break(page, "{{muscle_loss_per_decade}}", "{{muscle_loss_per_century}}")
    err = _error(pack_copy)
    assert err.file == "topics/11-how-fast.md"
    assert err.field.startswith("sections[")
    assert "muscle_loss_per_century" in err.problem


def test_duplicate_topic_id_names_both_files(pack_copy):
    _break(pack_copy / "topics" / "04-balance.md", "id: balance", "id: leg-muscles")
    err = _error(pack_copy)
    assert err.file == "topics/04-balance.md"
    assert err.field == "id"
    assert "01-leg-muscles.md" in err.problem


def test_unknown_related_topic(pack_copy):
    page = pack_copy / "topics" / "04-balance.md"
    text = page.read_text()
    page.write_text(text.replace("related: [", "related: [no-such-topic, ", 1))
    err = _error(pack_copy)
    assert (err.file, err.field) == ("topics/04-balance.md", "related")
    assert "no-such-topic" in err.problem


def test_fact_with_value_and_range_is_refused(pack_copy):
    _break_fact(pack_copy / "facts.yaml", "muscle_loss_per_decade", "  low: 3\n", "  value: 5\n  low: 3\n")
    err = _error(pack_copy)
    assert err.field.startswith("fact 'muscle_loss_per_decade'")
    assert "either value" in err.problem


def test_fact_pointing_at_unknown_source(pack_copy):
    _break_fact(pack_copy / "facts.yaml", "muscle_loss_per_decade", "source: volpi2004", "source: nobody2020")
    err = _error(pack_copy)
    assert err.field == "fact 'muscle_loss_per_decade'.source"


def test_misspelled_field_is_reported(pack_copy):
    _break(pack_copy / "glossary.yaml", "definition:", "defnition:")
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
    _break_fact(pack_copy / "facts.yaml", "muscle_loss_per_decade", "  source: volpi2004\n", "")
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert loaded.origin == "bundled"
    assert problem is not None
    assert "facts.yaml" in problem
    assert "source" in problem


def test_sound_custom_pack_is_used(pack_copy):
    _break(pack_copy / "pack.yaml", "name: ", "name: Riverside centre, ")
    loaded, problem = load_with_fallback(pack_copy, "en")
    assert problem is None
    assert loaded.origin == str(pack_copy)
    assert loaded.info.name.startswith("Riverside centre")


def test_missing_folder(tmp_path):
    loaded, problem = load_with_fallback(tmp_path / "nowhere", "en")
    assert loaded.origin == "bundled"
    assert "does not exist" in problem
