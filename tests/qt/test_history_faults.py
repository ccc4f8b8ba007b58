"""The screens when the history cannot be opened now: a second program holding the file,
a full disk. The person is told what is wrong in plain words, their results stay, and
"Add a person" answers kindly (no traceback)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

from legapp.track.profiles import Profile
from legapp.track.store import FILE_NAME, HistoryStore

from ..test_store_faults import chair, fill
from .people import THIS_YEAR, Person, click

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("BEGIN EXCLUSIVE")
    print("holding", flush=True)
    sys.stdin.readline()
    db.execute("ROLLBACK")
""")


def with_ana(data, results: int = 0) -> None:
    store = HistoryStore(data)
    ana = store.add_profile(Profile(None, "Ana", 1952, "female", 1, 1))
    for n in range(results):
        store.save(chair(ana.id, n))
    store.close()
    (data / "settings.json").write_text(json.dumps({"active_profile": ana.id, "tts_engine": "mock"}))


def notice(person) -> str:
    return person.w.notice.label.text() if person.w.notice.isVisible() else ""


def test_a_history_held_by_another_program_is_explained_and_adding_a_person_answers_kindly(
        qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr("legapp.track.store.RETRY_AFTER", 0.0)
    data = tmp_path / "data"
    with_ana(data)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data / FILE_NAME)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        person = Person(qtbot, make_window(data), None)
        page = person.open_results()
        assert "another program is using the file of saved results" in notice(person)
        click(qtbot, page.list.person_button)
        people = person.page
        click(qtbot, people.list.add_button)
        person.fill_in(people.editor, "Bea", str(THIS_YEAR - 70))
        assert "another program is using" in notice(person)
        assert "Close the other program" in notice(person)
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait()
        holder.stdout.close()
    person.fill_in(people.editor, "Bea", str(THIS_YEAR - 70))  # let go: now Bea is kept
    names = [p.name for p in HistoryStore(data).profiles()]
    assert names == ["Ana", "Bea"]


def test_on_a_full_disk_my_results_shows_every_result_and_says_why_nothing_new_is_kept(
        qtbot, make_window, tiny_disk, tmp_path):
    made = tmp_path / "made"
    with_ana(made, results=30)
    data = tiny_disk / "data"
    shutil.copytree(made, data)
    fill(tiny_disk)
    person = Person(qtbot, make_window(data), None)
    page = person.open_results()
    assert "the disk is full" in notice(person)
    assert len(page.records) == 30
    assert page.list.who.text() == "Results for Ana"
    assert os.path.exists(data / FILE_NAME)
    assert not list(data.glob("history-kept-*"))


# Another program writing to the history while legapp has it open (as a second copy of
# legapp would): it holds the write lock until told to let go.
WRITER = textwrap.dedent("""
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    print("holding", flush=True)
    sys.stdin.readline()
    db.execute("ROLLBACK")
""")


def test_a_result_the_history_cannot_take_now_is_held_and_saved_again_when_the_file_is_free(
        qtbot, make_window, tmp_path, monkeypatch):
    """A second program holds the history while a chair stand is scored: the result is shown,
    held in memory, and "Save it again" keeps it once the other program lets go."""
    monkeypatch.setattr("legapp.track.store.RETRY_AFTER", 0.0)
    from legapp.engine import FakeClock

    data = tmp_path / "data"
    with_ana(data, results=2)
    clock = FakeClock(500.0)
    person = Person(qtbot, make_window(data, clock=clock), clock)
    person.w.visit.restore()
    holder = subprocess.Popen([sys.executable, "-c", WRITER, str(data / FILE_NAME)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = holder.stdout.readline().strip()
        assert line == "holding", holder.stderr.read()
        page = person.start("chair_stand_30s")
        person.stands(9)
        assert "could not be kept" in page.result.kept.text()
        assert page.result.save_again_button.isVisible()
        click(qtbot, page.result.save_again_button)  # still held: still refused, still offered
        assert page.result.save_again_button.isVisible()
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait()
        holder.stdout.close()
    click(qtbot, page.result.save_again_button)
    assert page.result.kept.text() == "Kept in Ana's results."
    assert not page.result.save_again_button.isVisible()
    assert len(HistoryStore(data).results(1)) == 3
