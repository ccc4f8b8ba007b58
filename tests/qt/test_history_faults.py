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
