"""The history database (no Qt): profiles and their results in one local SQLite file.

- Schema version in ``PRAGMA user_version``; ``MIGRATIONS`` takes a database from each
  older version to the next, each step in one transaction. legapp's own files carry
  ``PRAGMA application_id`` = ``APP_ID``.
- WAL journal and full sync: a save is one transaction, so a process killed in the
  middle of one leaves every earlier result as it was.
- Two kinds of trouble, told apart by SQLite's own error code:
  * cannot be opened *now* (in use by another program, disk full, read-only folder, an
    I/O error): nothing is touched, not even the journal beside it. What can be read is
    shown read-only; ``unavailable`` and ``HistoryUnavailable`` say what is wrong in plain
    words; each later use tries again, so a save works once the cause is gone.
  * damaged (SQLite says so, or a full ``integrity_check`` finds a fault) or written by a
    newer legapp: the file and its side files (-journal, -wal, -shm) are put aside under a
    dated name, ``problem`` says so, and a fresh database is used.
- A file by that name that is not legapp's (another program's database, a folder) is left
  as it is and legapp keeps its own beside it (``history-legapp.sqlite3``).
- The files (and the journal files SQLite makes beside them) are readable by their owner
  only, the folder too.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from legapp.act.plan import Activity
from legapp.act.programme import Event as ProgrammeEvent
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.home_safety import HomeCheck
from legapp.track.profiles import Profile
from legapp.track.records import Record

FILE_NAME = "history.sqlite3"
# Where legapp keeps its own when FILE_NAME is taken by something that is not legapp's.
BESIDE = ("history-legapp.sqlite3", "history-legapp-2.sqlite3", "history-legapp-3.sqlite3")
APP_ID = 0x4C674170  # "LgAp" in PRAGMA application_id: this file is legapp's history
# The C scanner behind json.loads, called straight: reading back 10,000 results spends most
# of its time decoding their small JSON, and the two Python layers above it double that.
_SCAN = json.JSONDecoder().scan_once
_SIDE_FILES = ("-journal", "-wal", "-shm")
RETRY_AFTER = 3.0  # seconds: a history that could not be opened is tried again after this
# What the person is told when their file was put aside, by why; {name} is the kept file.
PROBLEMS = {
    "newer": QT_TRANSLATE_NOOP(
        "History", "Your saved results were made by a newer version of legapp, so legapp started a new, "
        "empty list. The old file was kept as {name}; nothing in it was changed."),
    "damaged": QT_TRANSLATE_NOOP(
        "History", "Your saved results were damaged, so legapp started a new, empty list. "
        "The old file was kept as {name}; nothing in it was changed."),
    "not_ours": QT_TRANSLATE_NOOP(
        "History", "A file called {other} belongs to another program, so legapp left it alone and "
        "keeps your results in {name} beside it."),
}
# Why the history cannot be opened now, short (it goes inside other sentences) ...
REASONS = {
    "in_use": QT_TRANSLATE_NOOP("History", "another program is using the file of saved results"),
    "full": QT_TRANSLATE_NOOP("History", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP("History", "legapp may not write in the folder of saved results"),
    "io": QT_TRANSLATE_NOOP("History", "the disk could not be read"),
}
# ... and what to do about it.
ADVICE = {
    "in_use": QT_TRANSLATE_NOOP("History", "Close the other program (a backup, or a second legapp), "
                                "then try again."),
    "full": QT_TRANSLATE_NOOP("History", "Make some space on the disk (delete files you do not need), "
                              "then try again."),
    "read_only": QT_TRANSLATE_NOOP("History", "Ask someone to check the folder's permissions, "
                                   "then try again."),
    "io": QT_TRANSLATE_NOOP("History", "Try again in a moment. If it keeps happening, the disk may need "
                            "to be checked."),
}
SEEN_ONLY = QT_TRANSLATE_NOOP("History", "Your saved results can be seen, but nothing can be added or "
                              "changed right now, because {why}. Nothing in the file was changed. {advice}")
NOT_NOW = QT_TRANSLATE_NOOP("History", "Your saved results cannot be opened right now, because {why}. "
                            "Nothing in the file was changed, and you can still do every check. {advice}")


class HistoryUnavailable(sqlite3.OperationalError):
    """The history cannot be opened (or written) now; nothing was touched. ``str()`` is the
    short reason in plain words, ``words`` the whole message with what to do."""

    def __init__(self, key: str, why: str, words: str):
        super().__init__(why)
        self.key, self.why, self.words = key, why, words


# SQLite's primary result codes that mean the file itself is broken (all others: not now).
_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_NOW_CODES = {5: "in_use", 6: "in_use", 13: "full", 8: "read_only", 3: "read_only", 23: "read_only",
              14: "read_only", 10: "io", 15: "in_use"}
_ERRNOS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "read_only", errno.EACCES: "read_only",
           errno.EPERM: "read_only", errno.ENOTDIR: "read_only", errno.EBUSY: "in_use"}


def trouble(exc: BaseException) -> str | None:
    """A key of ``REASONS`` when ``exc`` means "cannot be opened now"; None when it means
    the file is damaged."""
    if isinstance(exc, HistoryUnavailable):
        return exc.key
    if isinstance(exc, OSError):
        return _ERRNOS.get(exc.errno, "io")
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # no code (a check we made ourselves, e.g. integrity_check)
        return None
    if code & 0xFF in _DAMAGED_CODES:
        return None
    return _NOW_CODES.get(code & 0xFF, "io")


def _v1(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA application_id = {APP_ID}")
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


def _programme_events(db: sqlite3.Connection) -> None:
    # A person's programme (Act): the level chosen, how each session felt, each step up or
    # down taken or declined, an exercise stopped for now, each with its date.
    db.execute("""CREATE TABLE programme_events (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        data TEXT NOT NULL)""")
    db.execute("CREATE INDEX programme_events_by_person ON programme_events (profile_id, at)")


_HOME_TABLE = """CREATE TABLE IF NOT EXISTS home_safety (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        item TEXT NOT NULL,
        yes INTEGER NOT NULL CHECK (yes IN (0, 1)),
        answered_on TEXT NOT NULL,
        fixed_on TEXT CHECK (fixed_on IS NULL OR yes = 1),
        PRIMARY KEY (profile_id, item))"""


def _home_safety(db: sqlite3.Connection) -> None:
    # The home safety check (legapp.track.home_safety): one row per question answered.
    db.execute(_HOME_TABLE)


# version reached -> the step that reaches it from the version before
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4,
                                                               5: _programme_events, 6: _home_safety}
VERSION = max(MIGRATIONS)


_PROFILE = "id, name, birth_year, sex, birth_month, birth_day"  # as Profile takes them


def _fields(profile: Profile) -> tuple:
    """A profile's stored fields but its id, in the order of the columns named above."""
    return (profile.name, profile.birth_year, profile.sex, profile.birth_month, profile.birth_day)


class NewerDatabase(Exception):
    pass


def _private(path: Path) -> None:
    """Make ``path`` readable by its owner only (best effort: it may be another's, or on a
    disk that cannot be changed)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


class NotOurs(Exception):
    """The file is a database, but not legapp's."""


class _Damaged(sqlite3.DatabaseError):
    """A fault found by legapp's own checks (integrity_check)."""


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class HistoryStore:
    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / FILE_NAME
        self.problem: str | None = None  # set when a damaged file was put aside, or one not ours left
        self.unavailable: str | None = None  # set while the file cannot be opened, or only read
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._seen_only: HistoryUnavailable | None = None  # open read-only, and why
        self._failed: tuple[float, HistoryUnavailable] | None = None

    # -- opening -------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        """The open database; opened (and mended or replaced) on first use. Raises
        HistoryUnavailable while it cannot be opened now (tried again after RETRY_AFTER)."""
        if self._db is None:
            if self._failed is not None and self._clock() - self._failed[0] < RETRY_AFTER:
                raise self._failed[1]
            try:
                self._db = self._open()
            except HistoryUnavailable as exc:
                self._failed, self.unavailable = (self._clock(), exc), exc.words
                raise
            self._failed = None
            self.unavailable = None if self._seen_only is None else self._seen_only.words
        return self._db

    def _open(self) -> sqlite3.Connection:
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise self._not_now(exc, readable=False) from exc
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.data_dir, 0o700)
        first = self.data_dir / FILE_NAME
        for path in (first, *(self.data_dir / name for name in BESIDE)):
            self.path = path
            if path.exists() and not path.is_file():
                continue  # a folder (or a device) by that name: not ours
            new = not path.exists()
            try:
                db = self._connect(path)
            except NotOurs:
                continue
            if path != first and new:
                self.problem = translate("History", PROBLEMS["not_ours"]).format(other=first.name,
                                                                                 name=path.name)
            return db
        raise self._not_now(OSError(errno.EEXIST, "no free name"), readable=False)

    def _connect(self, path: Path) -> sqlite3.Connection:
        """Open ``path`` for reading and writing, mend or replace it, or raise NotOurs or
        HistoryUnavailable (having touched nothing)."""
        if path.is_file() and path.stat().st_size > 0:
            # First read-only: a damaged file is found without writing to it (closing a
            # read-write connection would play its -wal into it) and goes aside as it is.
            try:
                self._verify(path)
            except NewerDatabase:
                self._put_aside("newer")
            except (sqlite3.Error, OSError) as exc:
                key = trouble(exc)
                if key is None:
                    self._put_aside("damaged")
                elif key == "in_use":
                    raise self._not_now(exc, readable=False) from exc
                # else it needs writing to be read (a journal to roll back): the next step decides
        try:
            return self._connect_rw(path)
        except NewerDatabase:
            self._put_aside("newer")
        except (sqlite3.Error, OSError) as exc:
            if trouble(exc) is not None:
                return self._open_read_only(path, exc)
            self._put_aside("damaged")
        return self._connect_rw(path)

    def _verify(self, path: Path) -> None:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0,
                             isolation_level=None)
        try:
            self._check(db)
        finally:
            db.close()

    def _connect_rw(self, path: Path) -> sqlite3.Connection:
        made = not path.exists()
        if made:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        _private(path)
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=2.0,
                             isolation_level=None)
        try:
            version = self._check(db)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            self._migrate(db, version)
        except BaseException:
            db.close()
            if made:  # a file made just now and left half-made (a full disk): take it away again
                for suffix in ("", *_SIDE_FILES):
                    _side(path, suffix).unlink(missing_ok=True)
            raise
        for suffix in _SIDE_FILES:
            if _side(path, suffix).exists():
                _private(_side(path, suffix))
        self._seen_only = None
        return db

    @staticmethod
    def _check(db: sqlite3.Connection) -> int:
        """Whose file it is and whether it is whole, reading only: its schema version."""
        db.execute("PRAGMA foreign_keys = ON")
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APP_ID:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
            legacy = app_id == 0 and (not tables or {"profiles", "results"} <= tables) and version <= VERSION
            if not legacy:  # made by legapp before APP_ID, or a new empty file
                raise NotOurs()
        if version > VERSION:
            raise NewerDatabase(version)
        # A full check: quick_check does not look inside indexes (a broken index goes unseen).
        faults = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
        if faults != ["ok"]:
            raise _Damaged("; ".join(faults))
        return version

    def _open_read_only(self, path: Path, exc: BaseException) -> sqlite3.Connection:
        """After ``exc`` (cannot be opened now): the file opened read-only if that works (and
        ``unavailable`` says so), else HistoryUnavailable is raised. Nothing is written."""
        if not path.is_file():  # nothing there to read (a new file the disk would not take)
            raise self._not_now(exc, readable=False) from exc
        ways = ["mode=ro"]
        # In WAL mode even reading needs the -shm file, which a full or read-only disk may not
        # take: then the file alone is read as it is, but only with no journal waiting to be
        # played into it (a writer may be at work) and never while another program holds it.
        wal = _side(path, "-wal")
        if (self._why(exc) in ("full", "read_only") and not _side(path, "-journal").exists()
                and (not wal.exists() or wal.stat().st_size == 0)):
            ways.append("mode=ro&immutable=1")
        for way in ways:
            db = None
            try:
                db = sqlite3.connect(f"{path.resolve().as_uri()}?{way}", uri=True, timeout=0.5,
                                     isolation_level=None)
                if self._check(db) == VERSION:  # an older file needs its steps written first
                    self._seen_only = self._not_now(exc, readable=True)
                    return db
            except (sqlite3.Error, OSError, NotOurs, NewerDatabase):
                pass
            if db is not None:
                db.close()
        raise self._not_now(exc, readable=False) from exc

    def _why(self, exc: BaseException) -> str:
        """A key of ``REASONS``; an I/O error on a disk with no room left is a full disk (SQLite
        says "disk I/O error" when it cannot make its -shm file)."""
        key = trouble(exc) or "io"
        if key == "io":
            try:
                room = os.statvfs(self.data_dir)
                if room.f_bavail * room.f_frsize < 64 * 1024:
                    key = "full"
            except (OSError, AttributeError):
                pass
        return key

    def _not_now(self, exc: BaseException, *, readable: bool) -> HistoryUnavailable:
        key = self._why(exc)
        why = translate("History", REASONS[key])
        words = translate("History", SEEN_ONLY if readable else NOT_NOW).format(
            why=why, advice=translate("History", ADVICE[key]))
        return HistoryUnavailable(key, why, words)

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        for target in range(version + 1, VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[target](db)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # (a COMMIT the disk refused has rolled back already)
                    db.execute("ROLLBACK")
                raise
        if version and db.execute("PRAGMA application_id").fetchone()[0] != APP_ID:
            db.execute(f"PRAGMA application_id = {APP_ID}")  # made by legapp before it was marked

    def _put_aside(self, why: str) -> None:
        """Move the file and all its side files (a journal must stay with its file, or
        SQLite would roll the wrong file back) aside and say why: a key of ``PROBLEMS``."""
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self._clock()))
        kept = self.path.with_name(f"history-kept-{stamp}.sqlite3")
        n = 1
        while kept.exists():
            n += 1
            kept = self.path.with_name(f"history-kept-{stamp}-{n}.sqlite3")
        os.replace(self.path, kept)
        for suffix in _SIDE_FILES:
            side = _side(self.path, suffix)
            if side.exists():
                os.replace(side, _side(kept, suffix))
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

    # -- the programme -------------------------------------------------------------------------
    def save_programme_events(self, events: list[ProgrammeEvent]) -> list[int]:
        """Several events (an answer and the exercise it stopped) in one transaction."""
        rows = [(e.profile_id, e.kind, e.at.astimezone(UTC).isoformat(),
                 json.dumps(e.data, allow_nan=False, sort_keys=True)) for e in events]
        with self._transaction() as db:
            sql = "INSERT INTO programme_events (profile_id, kind, at, data) VALUES (?, ?, ?, ?)"
            return [db.execute(sql, row).lastrowid for row in rows]

    def programme_events(self, profile_id: int) -> list[ProgrammeEvent]:
        """One person's programme events, oldest first."""
        if self.empty:
            return []
        rows = self.db.execute("SELECT id, kind, at, data FROM programme_events WHERE profile_id = ? "
                               "ORDER BY at, id", (profile_id,))
        return [ProgrammeEvent(profile_id, kind, datetime.fromisoformat(at), json.loads(data), id=rid)
                for rid, kind, at, data in rows]

    # -- the home safety check -------------------------------------------------------------
    def home_check(self, profile_id: int) -> HomeCheck | None:
        """One person's home safety check; None when they have not begun one. A table gone
        missing reads as no check (the next save makes it again); a row that does not make
        sense (a date that is not one) is left out, the others are read."""
        if self.empty:
            return None
        try:
            rows = self.db.execute("SELECT item, yes, answered_on, fixed_on FROM home_safety "
                                   "WHERE profile_id = ? ORDER BY rowid", (profile_id,)).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
        answers: dict[str, bool] = {}
        fixed: dict[str, date] = {}
        days: list[date] = []
        for item, yes, answered_on, fixed_on in rows:
            try:
                day = date.fromisoformat(answered_on)
                done = None if fixed_on is None else date.fromisoformat(fixed_on)
                HomeCheck({item: bool(yes)}, {item: done} if done else {})
            except (TypeError, ValueError):
                continue
            answers[item] = bool(yes)
            days.append(day)
            if done is not None:
                fixed[item] = done
        if not answers:
            return None
        return HomeCheck(answers, fixed, max(days))

    def save_home_check(self, profile_id: int, check: HomeCheck) -> None:
        """Keep one person's whole home safety check in one transaction (all of it or none)."""
        day = (check.day or date.fromtimestamp(self._clock())).isoformat()
        rows = [(profile_id, item, int(yes), day,
                 check.fixed[item].isoformat() if item in check.fixed else None)
                for item, yes in check.answers.items()]
        with self._transaction() as db:
            db.execute(_HOME_TABLE)  # made again if it went missing
            db.execute("DELETE FROM home_safety WHERE profile_id = ?", (profile_id,))
            db.executemany("INSERT INTO home_safety (profile_id, item, yes, answered_on, fixed_on) "
                           "VALUES (?, ?, ?, ?, ?)", rows)

    def delete_everything(self) -> None:
        """"Delete all my data": the database and its journal files are removed (legapp's
        own: a file by that name that is not legapp's stays)."""
        if not self.empty:
            self.db  # noqa: B018 - which file is legapp's is known once it is open
        self.close()
        for suffix in ("", *_SIDE_FILES):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    # -- machinery ---------------------------------------------------------------------------
    def _now(self) -> str:
        return datetime.fromtimestamp(self._clock()).astimezone().isoformat()

    def _transaction(self) -> _Transaction:
        if self._seen_only is not None:  # opened read-only: try again to open it for writing
            self.close()
            db = self.db
            if self._seen_only is not None:
                raise self._seen_only
            return _Transaction(self, db)
        return _Transaction(self, self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all of it or none of it. A write
    the disk will not take now (full, in use, read-only) raises HistoryUnavailable."""

    def __init__(self, store: HistoryStore, db: sqlite3.Connection):
        self.store, self.db = store, db

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _plain(self.store, exc) from exc
        return self.db

    def __exit__(self, kind, value, _tb) -> bool:
        if kind is None:
            try:
                self.db.execute("COMMIT")
                return False
            except sqlite3.Error as exc:
                value = exc
        if self.db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
        plain = _plain(self.store, value) if isinstance(value, sqlite3.Error) else value
        if plain is not value:
            raise plain from value
        if kind is None:
            raise value
        return False


def _plain(store: HistoryStore, exc: sqlite3.Error) -> sqlite3.Error:
    """A write refused for now, in plain words; any other error as it is."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, HistoryUnavailable) or code is None or code & 0xFF not in _NOW_CODES:
        return exc
    return store._not_now(exc, readable=True)


_COLUMNS = ("id", "profile_id", "test", "taken_at", "raw", "score", "at_risk", "meaning", "threshold",
            "source", "content_version", "age", "sex")
_RISK = {None: None, 0: False, 1: True}


def _record(row: tuple) -> Record:
    # Checked when it was written; read back as it is (checking 10,000 rows again costs
    # more than reading them). The columns in _COLUMNS' order, each named once, here.
    rid, profile_id, test, taken_at, raw, score, at_risk, meaning, threshold, source, version, age, sex = row
    return Record.trusted({
        "id": rid, "profile_id": profile_id, "test": test, "taken_at": _FROM_ISO(taken_at),
        "raw": _SCAN(raw, 0)[0], "score": score, "at_risk": _RISK[at_risk], "meaning": meaning,
        "threshold": threshold, "source": source, "content_version": version, "age": age, "sex": sex})


_FROM_ISO = datetime.fromisoformat
