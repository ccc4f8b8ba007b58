"""The history under real faults: a full disk (a 64 KiB tmpfs), a file held by a second
process, a read-only folder, a broken index, a file that is not legapp's. What cannot be
opened now is left exactly as it was; only a damaged file is put aside, with its side files."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta

import pytest

from legapp.assess import score_chair_stand_30s
from legapp.track.profiles import Profile
from legapp.track.records import record_of
from legapp.track.store import APP_ID, FILE_NAME, HistoryStore, HistoryUnavailable

from .conftest import small_tmpfs

T0 = datetime(2026, 1, 1, tzinfo=UTC)


class Clock:
    def __init__(self):
        self.t = 1_780_000_000.0

    def __call__(self) -> float:
        return self.t


def chair(profile_id: int, n: int):
    count = n % 20
    return record_of(score_chair_stand_30s(count, 72, "female"), {"count": count, "n": n},
                     profile_id=profile_id, content_version=1, taken_at=T0 + timedelta(days=n), age=72,
                     sex="female")


def made_history(folder, results: int = 30) -> int:
    """A closed history of Ana with ``results`` results (no journal left beside it); her id."""
    store = HistoryStore(folder)
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    for n in range(results):
        store.save(chair(ana.id, n))
    store.close()
    return ana.id


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kept(folder):
    return sorted(folder.glob("history-kept-*"))


def fill(disk):
    """Write a filler file until the disk says it is full."""
    fd = os.open(disk / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    why = 0
    try:
        while True:
            os.write(fd, b"x" * 512)
    except OSError as exc:
        why = exc.errno
    finally:
        os.close(fd)
    assert why == errno.ENOSPC  # the disk is really full


# -- cannot be opened now: nothing is touched ------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """Like tiny_disk, but with room for a history's -shm (32 KiB) once space is freed."""
    with small_tmpfs(tmp_path / "small", "512k") as disk:
        yield disk


def on_full_disk(disk, tmp_path):
    """Ana's 30 results on ``disk``, then the disk filled up: (her id, the data folder)."""
    made = tmp_path / "made"
    ana = made_history(made)
    data = disk / "data"
    shutil.copytree(made, data)
    fill(disk)
    return ana, data


def test_a_full_disk_keeps_every_result_and_shows_them(tiny_disk, tmp_path):
    ana, data = on_full_disk(tiny_disk, tmp_path)
    before = digest(data / FILE_NAME)
    store = HistoryStore(data)
    assert len(store.results(ana)) == 30  # still shown, read-only
    assert "the disk is full" in store.unavailable
    with pytest.raises(HistoryUnavailable) as refused:
        store.save(chair(ana, 30))
    assert str(refused.value) == "the disk is full"
    assert "Make some space" in refused.value.words
    store.close()
    assert kept(data) == []
    assert digest(data / FILE_NAME) == before
    (tiny_disk / "filler").unlink()
    again = HistoryStore(data)
    assert len(again.results(ana)) == 30
    assert again.problem is None
    again.close()


def test_a_full_disk_saves_again_once_there_is_room(small_disk, tmp_path):
    ana, data = on_full_disk(small_disk, tmp_path)
    before = digest(data / FILE_NAME)
    clock = Clock()
    store = HistoryStore(data, clock=clock)
    assert len(store.results(ana)) == 30  # still shown, read-only
    assert "the disk is full" in store.unavailable
    with pytest.raises(HistoryUnavailable) as refused:
        store.save(chair(ana, 30))
    assert str(refused.value) == "the disk is full"
    assert "Make some space" in refused.value.words
    assert store.problem is None
    assert kept(data) == []
    assert digest(data / FILE_NAME) == before  # not a byte changed
    (small_disk / "filler").unlink()  # room again: the same store saves
    clock.t += 10
    store.save(chair(ana, 30))
    assert len(store.results(ana)) == 31
    assert store.unavailable is None
    store.close()
    assert len(HistoryStore(data).results(ana)) == 31


def test_a_full_disk_with_no_history_yet_gives_a_kind_word_and_leaves_no_half_file(tiny_disk):
    fill(tiny_disk)
    store = HistoryStore(tiny_disk / "data")
    with pytest.raises(HistoryUnavailable) as refused:
        store.add_profile(Profile(None, "Ana", 1952, "female"))
    assert "the disk is full" in refused.value.words
    assert not (tiny_disk / "data" / FILE_NAME).exists()


HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")  # a backup tool, or an old sqlite program
    db.execute("PRAGMA cache_size = 1")  # so the change spills into the file before commit
    db.execute("BEGIN EXCLUSIVE")
    db.execute("UPDATE results SET meaning = meaning || ' (changed)'")
    print("holding", flush=True)
    time.sleep(60)
""")


def test_a_file_held_by_another_program_is_left_whole_with_its_journal(tmp_path):
    ana = made_history(tmp_path, results=300)  # enough rows to spill pages into the file
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / FILE_NAME)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        journal = tmp_path / (FILE_NAME + "-journal")
        assert journal.stat().st_size > 0  # a hot journal: the other program is part-way through
        main, side = digest(tmp_path / FILE_NAME), digest(journal)
        store = HistoryStore(tmp_path)
        with pytest.raises(HistoryUnavailable) as refused:
            store.results(ana)
        assert "another program is using" in refused.value.words
        with pytest.raises(HistoryUnavailable):
            store.save(chair(ana, 300))
        assert store.problem is None
        assert kept(tmp_path) == []
        assert (digest(tmp_path / FILE_NAME), digest(journal)) == (main, side)  # untouched
        store.close()
    finally:
        holder.kill()  # killed part-way: its journal must still undo its change
        holder.wait()
        holder.stdout.close()
    store = HistoryStore(tmp_path)
    records = store.results(ana)
    assert len(records) == 300
    assert not any("(changed)" in r.meaning for r in records)  # rolled back from the journal
    assert store.problem is None
    store.close()


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder made read-only by a bind mount (as root, chmod would not stop a write)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only mount needs root")
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def mount_read_only(folder):
    for args in (["mount", "--bind", str(folder), str(folder)],
                 ["mount", "-o", "remount,ro,bind", str(folder)]):
        done = subprocess.run(args, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip()}")


def test_a_read_only_folder_shows_the_results_and_refuses_a_save_kindly(read_only_folder):
    ana = made_history(read_only_folder)
    before = digest(read_only_folder / FILE_NAME)
    mount_read_only(read_only_folder)
    store = HistoryStore(read_only_folder)
    assert len(store.results(ana)) == 30
    assert "can be seen, but nothing can be added" in store.unavailable
    with pytest.raises(HistoryUnavailable) as refused:
        store.save(chair(ana, 30))
    assert str(refused.value) == "legapp may not write in the folder of saved results"
    assert digest(read_only_folder / FILE_NAME) == before
    assert store.problem is None
    assert kept(read_only_folder) == []
    store.close()


def test_a_data_folder_that_cannot_be_made_gives_a_kind_word(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    store = HistoryStore(tmp_path / "a-file" / "data")
    assert store.profiles() == []  # nothing there yet: nothing to show, no error
    with pytest.raises(HistoryUnavailable) as refused:
        store.add_profile(Profile(None, "Ana", 1952, "female"))
    assert "cannot be opened right now" in refused.value.words
    assert (tmp_path / "a-file").read_text() == "not a folder"


# -- damaged: put aside with every side file ---------------------------------------------------

def break_index(path) -> None:
    """Delete results behind the index's back: the table and its index disagree, which
    quick_check does not see."""
    db = sqlite3.connect(path, isolation_level=None)
    row = db.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema "
                     "WHERE name = 'results_by_person'").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    db.execute("DELETE FROM sqlite_schema WHERE name = 'results_by_person'")
    db.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("DELETE FROM results WHERE id % 3 = 0")
    db.execute("PRAGMA writable_schema = ON")
    db.execute("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", row)
    db.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the fault quick_check misses
    assert db.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    db.close()


def test_a_broken_index_is_found_and_the_file_kept_aside(tmp_path):
    made_history(tmp_path)
    break_index(tmp_path / FILE_NAME)
    before = digest(tmp_path / FILE_NAME)
    store = HistoryStore(tmp_path)
    assert store.profiles() == []
    assert "damaged" in store.problem
    [aside] = [p for p in kept(tmp_path) if p.suffix == ".sqlite3"]
    assert digest(aside) == before
    assert aside.name in store.problem
    store.close()


def test_a_damaged_file_goes_aside_with_its_journal_and_wal(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    # A journal whose header was zeroed (as journal_mode=PERSIST leaves it: not to be played
    # back), and WAL files: none may stay behind to meet the next file of that name.
    sides = {"-journal": bytes(600), "-wal": os.urandom(600), "-shm": os.urandom(600)}
    for suffix, data in sides.items():
        (tmp_path / (FILE_NAME + suffix)).write_bytes(data)
    store = HistoryStore(tmp_path)
    assert store.profiles() == []
    assert "damaged" in store.problem
    [aside] = [p for p in kept(tmp_path) if p.suffix == ".sqlite3"]
    for suffix, data in sides.items():
        left = tmp_path / (FILE_NAME + suffix)  # (the new file's own WAL files may be there)
        assert not left.exists() or left.read_bytes() != data  # none left behind for the new file
        if suffix != "-shm":  # (the -shm is SQLite's scratch memory, remade by each first reader)
            assert (tmp_path / (aside.name + suffix)).read_bytes() == data  # each went with it
    store.close()


# -- not legapp's: left alone, ours beside it ---------------------------------------------------

def test_another_programs_database_is_left_alone_and_ours_made_beside_it(tmp_path):
    other = sqlite3.connect(tmp_path / FILE_NAME)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("INSERT INTO photos (name) VALUES ('beach')")
    other.commit()
    other.close()
    before = digest(tmp_path / FILE_NAME)
    store = HistoryStore(tmp_path)
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    store.save(chair(ana.id, 1))
    assert "belongs to another program" in store.problem
    assert store.path.name == "history-legapp.sqlite3"
    store.close()
    assert digest(tmp_path / FILE_NAME) == before  # no legapp table added to it
    again = HistoryStore(tmp_path)  # the next start finds ours again, and says nothing
    assert [p.name for p in again.profiles()] == ["Ana"]
    assert len(again.results(ana.id)) == 1
    assert again.problem is None
    again.close()


def test_a_folder_named_like_the_history_is_left_and_a_person_can_be_added(tmp_path):
    (tmp_path / FILE_NAME).mkdir()
    store = HistoryStore(tmp_path)
    ana = store.add_profile(Profile(None, "Ana", 1952, "female"))
    assert store.profile(ana.id).name == "Ana"
    assert (tmp_path / FILE_NAME).is_dir()
    store.close()


def test_our_files_are_marked_and_older_ones_marked_when_opened(tmp_path):
    made_history(tmp_path, results=1)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    db.execute("PRAGMA application_id = 0")  # as legapp made them before
    db.commit()
    db.close()
    store = HistoryStore(tmp_path)
    assert len(store.results(1)) == 1
    assert store.problem is None
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    store.close()


def test_the_full_check_is_cheap_at_ten_thousand_results(tmp_path):
    ana = made_history(tmp_path, results=0)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    row = chair(ana, 1)
    db.executemany("INSERT INTO results (profile_id, test, taken_at, raw, score, at_risk, meaning, "
                   "threshold, source, content_version, age, sex) "
                   "VALUES (?, ?, ?, '{}', ?, 1, ?, ?, ?, 1, 72, 'female')",
                   [(ana, row.test, (T0 + timedelta(minutes=n)).isoformat(), row.score, row.meaning,
                     row.threshold, row.source) for n in range(10_000)])
    db.commit()
    db.close()
    best = 1e9
    for _ in range(3):
        start = time.perf_counter()
        store = HistoryStore(tmp_path)
        store.db  # noqa: B018 - opening runs the full integrity_check
        best = min(best, time.perf_counter() - start)
        store.close()
    assert best < 0.1  # ~5 ms here, and only when a screen about the person first opens


def test_the_history_and_its_folder_are_private(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # as an older legapp left it
    made_history(folder, results=1)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / FILE_NAME).stat().st_mode & 0o777 == 0o600
