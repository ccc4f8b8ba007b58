"""The history database, no Qt, on temporary folders: profiles, results, migrations from
each older version, damaged files put aside, private files, and a save killed midway."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from legapp.assess import score_chair_stand_30s, score_sarc_f
from legapp.track.profiles import Profile, check_profile
from legapp.track.records import Record, record_of
from legapp.track.store import APP_ID, FILE_NAME, MIGRATIONS, VERSION, HistoryStore, HistoryUnavailable

from .conftest import ROOT

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "data")
    yield s
    s.close()


def chair(profile_id: int, count: int, when: datetime, age: int = 72) -> Record:
    result = score_chair_stand_30s(count, age, "female")
    return record_of(result, {"count": count}, profile_id=profile_id, content_version=1, taken_at=when,
                     age=age, sex="female")


# -- profiles ----------------------------------------------------------------------------------

def test_profiles_add_edit_list_delete(store):
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    bob = store.add_profile(Profile(None, "bob", 1948, "male"))
    assert [p.name for p in store.profiles()] == ["Ana", "bob"]
    store.update_profile(Profile(ana.id, "Ana M.", 1953, "female"))
    assert store.profile(ana.id) == Profile(ana.id, "Ana M.", 1953, "female")
    store.save(chair(ana.id, 9, T0))
    store.save(chair(ana.id, 11, T0 + timedelta(days=30)))
    store.save(chair(bob.id, 12, T0))
    assert store.delete_profile(ana.id) == 2
    assert store.profile(ana.id) is None
    assert store.results(ana.id) == []
    assert len(store.results(bob.id)) == 1  # the other person's results stay


def test_typed_profile_is_checked_kindly():
    typed = check_profile("  Ana   Maria ", "1950", "female", 2026)
    assert typed == Profile(None, "Ana Maria", 1950, "female")
    for name, year, sex in [("", "1950", "female"), ("A" * 41, "1950", "female"), ("Ana", "50", "female"),
                            ("Ana", "1800", "female"), ("Ana", "2020", "female"), ("Ana", "19x0", "male"),
                            ("Ana", "1950", None)]:
        with pytest.raises(ValueError, match=r"^Please"):
            check_profile(name, year, sex, 2026)


def test_age_is_the_age_reached_this_year():
    assert Profile(1, "Ana", 1952, "female", 3, 15).age_on(date(2026, 3, 15)) == 74


# -- results -----------------------------------------------------------------------------------

def test_results_round_trip_newest_first(store):
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    first = store.save(chair(ana.id, 9, T0))
    store.save(chair(ana.id, 11, T0 + timedelta(days=60)))
    sarc = score_sarc_f([1, 0, 2, 1, 0])
    store.save(record_of(sarc, {"answers": dict(sarc.answers)}, profile_id=ana.id, content_version=1,
                         taken_at=T0 + timedelta(days=1)))
    records = store.results(ana.id)
    assert [r.test for r in records] == ["chair_stand_30s", "sarc_f", "chair_stand_30s"]
    latest = records[0]
    assert latest.score == 11
    assert latest.at_risk is False
    assert latest.threshold == "count < 10"
    assert latest.raw == {"count": 11}
    assert latest.taken_at == T0 + timedelta(days=60)
    assert "CDC" in latest.source
    assert [r.score for r in store.results(ana.id, "chair_stand_30s")] == [11, 9]
    answers = {"strength": 1, "walking": 0, "chair_rise": 2, "stairs": 1, "falls": 0}
    assert records[1].raw == {"answers": answers}
    store.delete_result(first)
    assert [r.score for r in store.results(ana.id, "chair_stand_30s")] == [11]


def test_newest_first_holds_across_time_zones(store):
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    later = datetime(2026, 7, 1, 9, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))  # 11:00+02:00
    earlier = datetime(2026, 7, 1, 8, 30, tzinfo=UTC)  # 08:30+00:00: sorts after "11:00" as text would not
    store.save(chair(ana.id, 9, earlier))
    store.save(chair(ana.id, 12, later))
    assert [r.score for r in store.results(ana.id)] == [12, 9]


@pytest.mark.parametrize("change", [
    {"score": float("nan")}, {"score": -3}, {"score": True}, {"meaning": "great"}, {"test": "hop"},
    {"taken_at": datetime(2026, 1, 1)}, {"profile_id": 0}, {"raw": {"x": float("inf")}},
    {"content_version": 0}, {"sex": "other"}, {"age": 200},
])
def test_bad_values_cannot_be_stored(store, change):
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    good = chair(ana.id, 9, T0)
    fields = {k: getattr(good, k) for k in good.__dataclass_fields__ if k != "id"}
    with pytest.raises(ValueError, match=r"."):
        Record(**{**fields, **change})
    assert store.results(ana.id) == []


def test_a_result_needs_a_saved_profile(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.save(chair(999, 9, T0))


# -- the file ---------------------------------------------------------------------------------

def test_the_file_is_private_and_in_wal_mode(store):
    store.add_profile(Profile(None, "Ana", 1952, "female"))
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            path = store.path.with_name(store.path.name + suffix)
            assert path.exists()
            assert path.stat().st_mode & 0o777 == 0o600, path.name


@pytest.mark.parametrize("start", range(VERSION))
def test_migrates_from_each_older_version(tmp_path, start):
    path = tmp_path / FILE_NAME
    db = sqlite3.connect(path, isolation_level=None)
    for version in range(1, start + 1):
        MIGRATIONS[version](db)
    db.execute(f"PRAGMA user_version = {start}")
    if start >= 1:
        db.execute("INSERT INTO profiles (id, name, birth_year, sex, created_at) "
                   "VALUES (1, 'Ana', 1952, 'female', '2026-01-01')")
        db.execute("""INSERT INTO results VALUES (1, 1, 'chair_stand_30s', '2026-01-02T10:00:00+00:00',
                      '{"count": 9}', 9, 1, 'below_average', 'count < 10', 'CDC', 1, 73, 'female')""")
    db.close()
    store = HistoryStore(tmp_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
    assert store.problem is None
    indexes = {row[1] for row in store.db.execute("PRAGMA index_list(results)")}
    assert "results_by_person" in indexes
    if start >= 1:
        [record] = store.results(1)
        assert (record.score, record.at_risk, record.raw) == (9, True, {"count": 9})
    store.close()


def _kept(tmp_path):
    return sorted(tmp_path.glob("history-kept-*.sqlite3"))


def test_a_damaged_file_is_kept_aside_and_a_new_one_used(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    store = HistoryStore(tmp_path)
    assert store.profiles() == []
    assert "damaged" in store.problem
    [kept] = _kept(tmp_path)
    assert kept.read_bytes() == b"this is not a database" * 100  # never overwritten
    assert kept.name in store.problem
    store.close()


def test_a_file_from_a_newer_version_is_kept_aside(tmp_path):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute(f"PRAGMA application_id = {APP_ID}")
    db.execute(f"PRAGMA user_version = {VERSION + 1}")
    db.execute("CREATE TABLE future (x)")
    db.commit()
    db.close()
    store = HistoryStore(tmp_path)
    assert store.profiles() == []
    assert "newer version" in store.problem
    [kept] = _kept(tmp_path)
    old = sqlite3.connect(kept)
    assert old.execute("PRAGMA user_version").fetchone()[0] == VERSION + 1
    old.close()
    store.close()


def test_a_locked_file_is_left_as_it_is(tmp_path):
    first = HistoryStore(tmp_path)
    first.add_profile(Profile(None, "Ana", 1952, "female"))
    first.close()
    other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        store = HistoryStore(tmp_path)
        with pytest.raises(HistoryUnavailable, match="another program is using"):
            store.profiles()
        assert store.problem is None
        store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _kept(tmp_path) == []  # nothing put aside: once the other program lets go, it opens
    store = HistoryStore(tmp_path)
    assert [p.name for p in store.profiles()] == ["Ana"]
    store.close()


def test_delete_everything_removes_the_files(store):
    store.add_profile(Profile(None, "Ana", 1952, "female"))
    store.delete_everything()
    assert not any(store.data_dir.iterdir())
    assert store.profiles() == []  # and a new, empty one opens when needed


# -- killed while saving ----------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from legapp.assess import score_chair_stand_30s
    from legapp.track.profiles import Profile
    from legapp.track.records import record_of
    from legapp.track.store import HistoryStore

    store = HistoryStore(Path(sys.argv[1]))
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    n = 0
    while True:
        count = n % 30
        record = record_of(score_chair_stand_30s(count, 72, "female"), {"count": count, "n": n},
                           profile_id=ana.id, content_version=1, taken_at=start + timedelta(minutes=n))
        store.save(record)
        print(n, flush=True)
        n += 1
""")


def test_killed_in_the_middle_of_saving_keeps_every_earlier_result(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    confirmed = -1
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 200:
            break
    os.kill(proc.pid, signal.SIGKILL)  # mid-loop: most likely inside a save
    proc.wait()
    proc.stdout.close()
    store = HistoryStore(tmp_path)
    records = store.results(1)
    assert store.problem is None
    assert len(records) >= confirmed + 1
    ns = sorted(r.raw["n"] for r in records)
    assert ns == list(range(len(ns)))  # every earlier save, none half-written
    assert all(r.score == r.raw["count"] for r in records)
    store.close()


def test_a_date_of_birth_is_checked_for_the_age_on_the_day():
    """Born on 31 December 18 years ago: 17 in June, too young for the norms; and with the
    year alone the age may be either, so the younger one is checked too."""
    with pytest.raises(ValueError, match="18 to 110"):
        check_profile("Ana", "2008", "female", 2026, birth_month=12, birth_day="31", today=date(2026, 6, 1))
    with pytest.raises(ValueError, match="18 to 110"):
        check_profile("Ana", "2008", "female", 2026, today=date(2026, 6, 1))
    assert check_profile("Ana", "2008", "female", 2026, birth_month=1, birth_day="1",
                         today=date(2026, 6, 1)).birth_month == 1
