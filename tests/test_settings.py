"""Settings survive restarts; a damaged file is kept aside, never silently lost."""

from __future__ import annotations

import json
import os

import pytest

from legapp.settings import Settings, SettingsStore
from legapp.textsize import TEXT_SIZES, text_size_index


def test_defaults_when_nothing_saved(tmp_path):
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem is None


def test_round_trip(tmp_path):
    SettingsStore(tmp_path).save(Settings(text_size=2))
    assert SettingsStore(tmp_path).load().text_size == 2
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_damaged_file_is_kept_aside_and_defaults_used(tmp_path):
    (tmp_path / "settings.json").write_text("{not json")
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert "damaged" in store.problem
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings-damaged-")]
    assert len(kept) == 1
    assert kept[0].read_text() == "{not json"


@pytest.mark.parametrize("content", ['[1, 2]', '{"text_size": "big"}', '{"text_size": 1.5}'])
def test_wrong_shapes_are_refused(tmp_path, content):
    (tmp_path / "settings.json").write_text(content)
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"text_size": 1, "future": True}))
    assert SettingsStore(tmp_path).load().text_size == 1


def test_out_of_range_value_is_refused(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"text_size": 99}))
    store = SettingsStore(tmp_path)
    assert store.load().text_size == 0
    assert store.problem


def test_bad_values_cannot_be_made():
    with pytest.raises(ValueError, match="whole number"):
        Settings(text_size=-3)
    with pytest.raises(ValueError, match="whole number"):
        Settings(text_size=len(TEXT_SIZES))
    with pytest.raises(ValueError, match="whole number"):
        Settings(text_size=True)
    with pytest.raises(ValueError, match="language"):
        Settings(language="xx")


def test_crash_while_writing_keeps_old_settings(tmp_path, monkeypatch):
    store = SettingsStore(tmp_path)
    store.save(Settings(text_size=1))

    def power_cut(*_a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError, match="disk full"):
        store.save(Settings(text_size=3))
    monkeypatch.undo()
    assert SettingsStore(tmp_path).load().text_size == 1
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_text_sizes_meet_the_brief():
    assert TEXT_SIZES[0].body_pt >= 16
    assert TEXT_SIZES[-1].body_pt >= 2 * TEXT_SIZES[0].body_pt
    assert len(TEXT_SIZES) >= 3
    assert all(s.small_pt >= 16 for s in TEXT_SIZES)
    assert text_size_index("largest") == len(TEXT_SIZES) - 1
    with pytest.raises(ValueError, match="choose one of"):
        text_size_index("huge")


def test_the_weight_unit_is_remembered_and_checked(tmp_path):
    assert Settings().weight_unit == "kg"
    SettingsStore(tmp_path).save(Settings(weight_unit="lb"))
    assert SettingsStore(tmp_path).load().weight_unit == "lb"
    with pytest.raises(ValueError, match="weight_unit"):
        Settings(weight_unit="stone")
    (tmp_path / "settings.json").write_text(json.dumps({"weight_unit": "st"}))
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem


@pytest.mark.parametrize("damage", [
    b"\xff\xfe\x00binary\x80\x81" * 40,  # bytes that are not text
    b"[" * 100_000 + b"]" * 100_000,  # JSON nested too deep for Python: RecursionError
    b'{"text_size": 1, "x": "' + b"y" * 200_000 + b'"}',  # far bigger than any settings
])
def test_a_damaged_file_of_any_kind_starts_with_defaults_and_is_kept(tmp_path, damage):
    (tmp_path / "settings.json").write_bytes(damage)
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert "damaged" in store.problem
    [kept] = tmp_path.glob("settings-damaged-*.json")
    assert kept.read_bytes() == damage
    assert kept.name in store.problem


def test_the_settings_file_and_its_folder_are_private(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    SettingsStore(folder).save(Settings(text_size=1))
    assert (folder / "settings.json").stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
