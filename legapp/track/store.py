"""The history database (no Qt): profiles and their results in one local SQLite file.

- Schema version in ``PRAGMA user_version``; ``MIGRATIONS`` takes a database from each
  older version to the next, each step in one transaction.
- WAL journal and full sync: a save is one transaction, so a process killed in the
  middle of one leaves every earlier result as it was.
- A file that is corrupt, locked by another program, or written by a newer legapp is
  never overwritten: it is put aside under a dated name, ``problem`` says so in plain
  words, and a fresh database is used.
- The file (and the journal files SQLite makes beside it) is readable by its owner only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from legapp.act.plan import Activity
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.profiles import Profile
from legapp.track.records import Record

FILE_NAME = "history.sqlite3"
# The C scanner behind json.loads, called straight: reading back 10,000 results spends most
# of its time decoding their small JSON, and the two Python layers above it double that.
_SCAN = json.JSONDecoder().scan_once
_SIDE_FILES = ("-wal", "-shm")
# What the person is told when their file was put aside, by why; {name} is the kept file.
PROBLEMS = {
    "newer": QT_TRANSLATE_NOOP(
        "History", "Your saved results were made by a newer version of legapp, so legapp started a new, "
        "empty list. The old file was kept as {name}; nothing in it was changed."),
    "in_use": QT_TRANSLATE_NOOP(
        "History", "Your file of saved results is in use by another program, so legapp started a new, "
        "empty list. "
        "The old file was kept as {name}; nothing in it was changed."),
    "unreadable": QT_TRANSLATE_NOOP(
        "History", "Your saved results could not be read, so legapp started a new, empty list. "
        "The old file was kept as {name}; nothing in it was changed."),
    "damaged": QT_TRANSLATE_NOOP(
        "History", "Your saved results were damaged, so legapp started a new, empty list. "
        "The old file was kept as {name}; nothing in it was changed."),
}


def _v1(db: sqlite3.Connection) -> None:
    db.execute("""CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        birth_year INTEGER NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
        created_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        test TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        raw TEXT NOT NULL,
        score REAL,
        at_risk INTEGER CHECK (at_risk IN (0, 1)),
        meaning TEXT NOT NULL,
        threshold TEXT NOT NULL,
        source TEXT NOT NULL,
        content_version INTEGER NOT NULL,
        age INTEGER,
        sex TEXT)""")


def _v2(db: sqlite3.Connection) -> None:
    # "My results" lists one person's results newest first: read in index order, no sort.
    db.execute("CREATE INDEX results_by_person ON results (profile_id, taken_at DESC, id DESC)")


def _v3(db: sqlite3.Connection) -> None:
    # The weekly plan (Act): what each person did, and the days they mean to train.
    db.execute("""CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('strength', 'aerobic', 'balance')),
        minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
        done_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX activities_by_person ON activities (profile_id, done_at)")
    db.execute("""CREATE TABLE plans (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        days TEXT NOT NULL)""")


def _v4(db: sqlite3.Connection) -> None:
    # The age on the day of a test needs the month (and day) of birth; profiles made
    # before keep NULL there and are asked once.
    db.execute("ALTER TABLE profiles ADD COLUMN birth_month INTEGER CHECK (birth_month BETWEEN 1 AND 12)")
    db.execute("ALTER TABLE profiles ADD COLUMN birth_day INTEGER CHECK (birth_day BETWEEN 1 AND 31)")


# version reached -> the step that reaches it from the version before
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4}
VERSION = max(MIGRATIONS)


_PROFILE = "id, name, birth_year, sex, birth_month, birth_day"  # as Profile takes them


def _fields(profile: Profile) -> tuple:
    """A profile's stored fields but its id, in the order of the columns named above."""
    return (profile.name, profile.birth_year, profile.sex, profile.birth_month, profile.birth_day)


class NewerDatabase(Exception):
    pass


def _private(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only, if it is not there yet."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


class HistoryStore:
    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / FILE_NAME
        self.problem: str | None = None  # set when a damaged file was put aside
        self._clock = clock
        self._db: sqlite3.Connection | None = None

    # -- opening -------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        """The open database; opened (and mended or replaced) on first use."""
        if self._db is None:
            self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            try:
                return self._connect()
            except NewerDatabase:
                self._put_aside("newer")
            except sqlite3.OperationalError as exc:
                self._put_aside("in_use" if "locked" in str(exc) else "unreadable")
            except sqlite3.DatabaseError:
                self._put_aside("damaged")
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        _private(self.path)
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > VERSION:
                raise NewerDatabase(version)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            self._migrate(db, version)
        except BaseException:
            db.close()
            raise
        for suffix in _SIDE_FILES:
            side = self.path.with_name(self.path.name + suffix)
            if side.exists() and os.name == "posix":
                os.chmod(side, 0o600)
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        for target in range(version + 1, VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[target](db)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _put_aside(self, why: str) -> None:
        """Move the file (and its journal files) aside and say why: a key of ``PROBLEMS``."""
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self._clock()))
        kept = self.path.with_name(f"history-kept-{stamp}.sqlite3")
        n = 1
        while kept.exists():
            n += 1
            kept = self.path.with_name(f"history-kept-{stamp}-{n}.sqlite3")
        os.replace(self.path, kept)
        for suffix in _SIDE_FILES:
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        self.problem = translate("History", PROBLEMS[why]).format(name=kept.name)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def empty(self) -> bool:
        """Nothing stored and nothing open: reading then creates no file (after "Delete all
        my data" the folder stays empty until something is saved)."""
        return self._db is None and not self.path.exists()

    # -- profiles --------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        if self.empty:
            return []
        rows = self.db.execute(
            f"SELECT {_PROFILE} FROM profiles ORDER BY name COLLATE NOCASE, id")
        return [Profile(*row) for row in rows]

    def profile(self, profile_id: int) -> Profile | None:
        if self.empty:
            return None
        row = self.db.execute(f"SELECT {_PROFILE} FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        return None if row is None else Profile(*row)

    def add_profile(self, profile: Profile) -> Profile:
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO profiles (name, birth_year, sex, birth_month, birth_day, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (*_fields(profile), self._now()))
        return replace(profile, id=cur.lastrowid)

    def update_profile(self, profile: Profile) -> None:
        with self._transaction() as db:
            cur = db.execute("UPDATE profiles SET name = ?, birth_year = ?, sex = ?, birth_month = ?, "
                             "birth_day = ? WHERE id = ?", (*_fields(profile), profile.id))
            if cur.rowcount != 1:
                raise KeyError(profile.id)

    def delete_profile(self, profile_id: int) -> int:
        """Delete a profile and all its results; returns how many results went with it."""
        with self._transaction() as db:
            count = self.count(profile_id)
            db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        return count

    # -- results ---------------------------------------------------------------------------
    def save(self, record: Record) -> int:
        """Write one result in one transaction; returns its id."""
        # Stored in UTC, so that newest-first holds across a change of clocks (summer time).
        row = (record.profile_id, record.test, record.taken_at.astimezone(UTC).isoformat(),
               json.dumps(record.raw, allow_nan=False, sort_keys=True), record.score,
               None if record.at_risk is None else int(record.at_risk), record.meaning, record.threshold,
               record.source, record.content_version, record.age, record.sex)
        with self._transaction() as db:
            cur = db.execute("""INSERT INTO results (profile_id, test, taken_at, raw, score, at_risk, meaning,
                                threshold, source, content_version, age, sex)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row)
        return cur.lastrowid

    def results(self, profile_id: int, test: str | None = None) -> list[Record]:
        """One person's results, newest first (of one test, if given)."""
        if self.empty:
            return []
        sql = f"SELECT {', '.join(_COLUMNS)} FROM results WHERE profile_id = ?"
        args: tuple = (profile_id,)
        if test is not None:
            sql += " AND test = ?"
            args += (test,)
        sql += " ORDER BY taken_at DESC, id DESC"
        return [_record(row) for row in self.db.execute(sql, args)]

    def count(self, profile_id: int) -> int:
        if self.empty:
            return 0
        sql = "SELECT COUNT(*) FROM results WHERE profile_id = ?"
        return self.db.execute(sql, (profile_id,)).fetchone()[0]

    def delete_result(self, result_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM results WHERE id = ?", (result_id,))

    # -- the weekly plan -----------------------------------------------------------------------
    def save_activity(self, activity: Activity) -> int:
        row = (activity.profile_id, activity.kind, activity.minutes,
               activity.done_at.astimezone(UTC).isoformat())
        with self._transaction() as db:
            cur = db.execute("INSERT INTO activities (profile_id, kind, minutes, done_at) "
                             "VALUES (?, ?, ?, ?)", row)
        return cur.lastrowid

    def activities(self, profile_id: int, start: datetime, end: datetime) -> list[Activity]:
        """One person's activities from ``start`` up to (not including) ``end``, oldest first."""
        if self.empty:
            return []
        rows = self.db.execute(
            "SELECT id, kind, minutes, done_at FROM activities WHERE profile_id = ? AND done_at >= ? "
            "AND done_at < ? ORDER BY done_at, id",
            (profile_id, start.astimezone(UTC).isoformat(), end.astimezone(UTC).isoformat()))
        return [Activity(profile_id, kind, datetime.fromisoformat(done_at), minutes, id=rid)
                for rid, kind, minutes, done_at in rows]

    def delete_activity(self, activity_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM activities WHERE id = ?", (activity_id,))

    def plan_days(self, profile_id: int) -> tuple[int, ...]:
        """The weekdays (0 = Monday) the person means to train."""
        if self.empty:
            return ()
        row = self.db.execute("SELECT days FROM plans WHERE profile_id = ?", (profile_id,)).fetchone()
        return tuple(int(d) for d in row[0].split(",") if d) if row else ()

    def set_plan_days(self, profile_id: int, days: tuple[int, ...]) -> None:
        if any(type(d) is not int or not 0 <= d <= 6 for d in days):
            raise ValueError("days are 0 (Monday) to 6 (Sunday)")
        text = ",".join(str(d) for d in sorted(set(days)))
        with self._transaction() as db:
            db.execute("INSERT INTO plans (profile_id, days) VALUES (?, ?) "
                       "ON CONFLICT (profile_id) DO UPDATE SET days = excluded.days", (profile_id, text))

    def delete_everything(self) -> None:
        """"Delete all my data": the database and its journal files are removed."""
        self.close()
        for suffix in ("", *_SIDE_FILES):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    # -- machinery ---------------------------------------------------------------------------
    def _now(self) -> str:
        return datetime.fromtimestamp(self._clock()).astimezone().isoformat()

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all of it or none of it."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, _value, _tb) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


_COLUMNS = ("id", "profile_id", "test", "taken_at", "raw", "score", "at_risk", "meaning", "threshold",
            "source", "content_version", "age", "sex")
_RISK = {None: None, 0: False, 1: True}


def _record(row: tuple) -> Record:
    # Checked when it was written; read back as it is (checking 10,000 rows again costs
    # more than reading them).
    values = dict(zip(_COLUMNS, row, strict=True))
    values["taken_at"] = datetime.fromisoformat(values["taken_at"])
    values["raw"] = _SCAN(values["raw"], 0)[0]
    values["at_risk"] = _RISK[values["at_risk"]]
    return Record.trusted(values)
