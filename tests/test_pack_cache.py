"""A pack checked once is read back at the next start as plain records, the same in every
field and method, without pydantic; anything changed, damaged or unwritable means it is
simply checked again (legapp.content.pack_cache)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legapp.content import pack_cache
from legapp.content.errors import ContentError
from legapp.paths import bundled_content_dir

ROOT = Path(__file__).resolve().parent.parent


def same(checked, plain, where="pack") -> None:
    """Every field of the pydantic ``checked`` equals the plain record's, all the way down."""
    fields = getattr(type(checked), "model_fields", None)
    if fields is not None:
        assert type(plain).__name__ == type(checked).__name__, where
        assert isinstance(plain, pack_cache.Record), where
        assert set(vars(plain)) == set(fields), where
        for name in fields:
            same(getattr(checked, name), getattr(plain, name), f"{where}.{name}")
    elif isinstance(checked, dict):
        assert type(plain) is dict, where
        assert list(plain) == list(checked), where  # the same order too
        for k in checked:
            same(checked[k], plain[k], f"{where}[{k!r}]")
    elif isinstance(checked, tuple | list):
        assert type(plain) is type(checked), where
        assert len(plain) == len(checked), where
        for i, (a, b) in enumerate(zip(checked, plain, strict=True)):
            same(a, b, f"{where}[{i}]")
    else:
        assert type(plain) is type(checked), where
        assert plain == checked, where


def kept_and_read(folder: Path, where: Path):
    checked = pack_cache.checked(folder, "bundled", where)
    plain = pack_cache.read(folder, "bundled", where)
    assert plain is not None
    return checked, plain


@pytest.mark.parametrize("locale", ["en", "es"])
def test_a_pack_read_back_is_the_checked_pack_in_every_field(tmp_path, locale):
    checked, plain = kept_and_read(bundled_content_dir(locale), tmp_path)
    assert not isinstance(checked, pack_cache.Record)  # the first start checks it with pydantic
    same(checked, plain)


def test_the_records_do_what_the_models_do(tmp_path, pack):
    _, plain = kept_and_read(bundled_content_dir("en"), tmp_path)
    topic = pack.topics[2]
    assert plain.topic(topic.id).title == topic.title
    assert plain.topic_index(topic.id) == pack.topic_index(topic.id)
    assert plain.protocol("tug").title == pack.protocol("tug").title
    assert plain.questionnaire("sarc_f").title == pack.questionnaire("sarc_f").title
    with pytest.raises(KeyError):
        plain.topic("no-such-topic")
    for fact_id, fact in pack.facts.items():
        assert plain.facts[fact_id].is_range == fact.is_range
    assert [s.citation() for s in plain.sources.values()] == [s.citation() for s in pack.sources.values()]
    assert [t.spellings() for t in plain.glossary] == [t.spellings() for t in pack.glossary]
    assert [e.texts() for e in plain.exercises] == [e.texts() for e in pack.exercises]
    # frozen, and equal / hashable as the models are
    with pytest.raises(AttributeError):
        plain.info.name = "changed"
    with pytest.raises(AttributeError):
        del plain.topics[0].title
    _, again = kept_and_read(bundled_content_dir("en"), tmp_path)
    assert again.topics[0] == plain.topics[0]
    assert again.topics[0] != plain.topics[1]
    assert hash(again.info) == hash(plain.info)


def test_a_changed_added_or_removed_file_means_the_pack_is_checked_again(tmp_path, pack_copy):
    where = tmp_path / "cache"
    kept_and_read(pack_copy, where)
    topic = next((pack_copy / "topics").glob("*.md"))
    text = topic.read_text(encoding="utf-8")
    topic.write_text(text.replace("title:", "title: Changed", 1) if "title: " in text else text + "\n",
                     encoding="utf-8")
    os.utime(topic, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    assert pack_cache.read(pack_copy, "bundled", where) is None
    fresh = pack_cache.checked(pack_copy, "bundled", where)
    assert not isinstance(fresh, pack_cache.Record)  # checked again, with the change
    assert pack_cache.read(pack_copy, "bundled", where) is not None  # and kept anew

    (pack_copy / "images").mkdir(exist_ok=True)
    (pack_copy / "images" / "new.svg").write_text("<svg/>", encoding="utf-8")
    assert pack_cache.read(pack_copy, "bundled", where) is None
    pack_cache.checked(pack_copy, "bundled", where)
    (pack_copy / "images" / "new.svg").unlink()
    assert pack_cache.read(pack_copy, "bundled", where) is None


def test_in_a_bundle_a_new_program_means_the_pack_is_checked_again(tmp_path, pack_copy, monkeypatch):
    """A PyInstaller bundle keeps legapp's code inside its program, not as files: a program
    changed (a new version installed) is then what changes the key."""
    program = tmp_path / "legapp"
    program.write_bytes(b"old program")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    where = tmp_path / "cache"
    kept_and_read(pack_copy, where)
    program.write_bytes(b"the new program")
    os.utime(program, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    assert pack_cache.read(pack_copy, "bundled", where) is None


def test_a_pack_broken_since_it_was_kept_is_reported_not_read_back(tmp_path, pack_copy):
    where = tmp_path / "cache"
    kept_and_read(pack_copy, where)
    (pack_copy / "facts.yaml").write_text("- id: [broken\n", encoding="utf-8")
    with pytest.raises(ContentError):
        pack_cache.checked(pack_copy, "bundled", where)
    assert pack_cache.read(pack_copy, "bundled", where) is None


def test_a_broken_pack_is_never_kept(tmp_path, pack_copy):
    where = tmp_path / "cache"
    (pack_copy / "pack.yaml").write_text("locale: english\n", encoding="utf-8")
    with pytest.raises(ContentError):
        pack_cache.checked(pack_copy, "bundled", where)
    assert not where.exists() or not any(where.iterdir())


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_cache_file_is_checked_again_and_replaced(tmp_path, damage):
    folder = bundled_content_dir("en")
    kept_and_read(folder, tmp_path)
    (file,) = tmp_path.glob("pack-*.bin")
    whole = file.read_bytes()
    file.write_bytes(whole[: len(whole) // 2] if damage is None else damage)  # cut short, or nonsense
    assert pack_cache.read(folder, "bundled", tmp_path) is None
    assert not isinstance(pack_cache.checked(folder, "bundled", tmp_path), pack_cache.Record)
    assert file.read_bytes() == whole  # whole again


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path, pack):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    where = blocked / "cache"  # a real OSError (NotADirectoryError), as root too
    loaded = pack_cache.checked(bundled_content_dir("en"), "bundled", where)
    assert loaded == pack
    assert not where.exists()
    assert not list(tmp_path.glob("**/*.tmp"))


def test_a_broken_custom_pack_falls_back_with_the_reason_and_the_cache(tmp_path, pack_copy):
    (pack_copy / "pack.yaml").write_text("locale: english\n", encoding="utf-8")
    where = tmp_path / "cache"
    pack, problem = pack_cache.load_with_fallback(pack_copy, "en", where=where)
    assert problem
    assert "pack.yaml" in problem
    assert pack.origin == "bundled"
    again, problem = pack_cache.load_with_fallback(pack_copy, "en", where=where)
    assert problem
    assert isinstance(again, pack_cache.Record)


STARTS = """
import sys
from legapp.app import content_loader
pack, problem = content_loader(None)("en")
print(type(pack).__name__, problem, "pydantic" in sys.modules, "yaml" in sys.modules, pack.topics[0].title)
"""


def test_the_second_start_reads_the_pack_without_pydantic(tmp_path, pack):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", STARTS], env=env, capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout.split(None, 4) for _ in range(2)]
    first, second = runs
    assert first[:4] == ["ContentPack", "None", "True", "True"]  # checked with pydantic, and kept
    assert second[:4] == ["ContentPack", "None", "False", "False"]  # read back, neither imported
    assert first[4].strip() == second[4].strip() == pack.topics[0].title


def test_a_full_disk_leaves_no_half_file_and_the_pack_still_loads(tiny_disk, pack):
    (tiny_disk / "filler").write_bytes(b"x" * 40_000)  # the pack's records need more than is left
    loaded = pack_cache.checked(bundled_content_dir("en"), "bundled", tiny_disk / "cache")
    assert loaded == pack
    assert [p.name for p in (tiny_disk / "cache").iterdir()] == []  # no half-written file
    assert pack_cache.read(bundled_content_dir("en"), "bundled", tiny_disk / "cache") is None
