"""Saving results to a file the person chooses (no Qt): the CSV export of the history, and
the safe way every export (CSV or PDF) reaches the disk.

An export holds health information, so it is private from the first byte: the file is
created readable by its owner only (0600 on POSIX), written under a temporary name beside
the target and moved over it in one step. A crash halfway leaves the old file, never a
half-written one, and never a moment when others could read it.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.report import report_line, title_of

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.records import Record

# The column headings, marked here and written in the person's language. The "test" column
# holds the test's id and "threshold" the rule as stored ("count < 10"), for programs.
COLUMNS = (QT_TRANSLATE_NOOP("Export", "date"), QT_TRANSLATE_NOOP("Export", "test"),
           QT_TRANSLATE_NOOP("Export", "test name"), QT_TRANSLATE_NOOP("Export", "score"),
           QT_TRANSLATE_NOOP("Export", "at risk"), QT_TRANSLATE_NOOP("Export", "meaning"),
           QT_TRANSLATE_NOOP("Export", "threshold"), QT_TRANSLATE_NOOP("Export", "source"),
           QT_TRANSLATE_NOOP("Export", "content version"), QT_TRANSLATE_NOOP("Export", "raw"))
# Spreadsheet programs read UTF-8 reliably only with a byte order mark (names may have accents).
ENCODING = "utf-8-sig"


@contextlib.contextmanager
def private_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yields a new, empty file beside ``path``, created readable by its owner only, for the
    caller to write by name (a CSV writer, or Qt's PDF writer). When the block ends without
    an error the file is flushed to disk and moved over ``path``; on an error it is removed
    and ``path`` is left as it was."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        yield temp
        if os.name == "posix":
            os.chmod(temp, 0o600)  # in case the writer made the file anew
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1+2", "@SUM"), or whose
# leading tab or carriage return hides what follows: written with a "'" in front, as
# spreadsheets themselves do, so it shows as the text it is. Plain numbers ("-2.5") stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet will show it, never run it."""
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _number(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def csv_rows(records: Iterable[Record], pack: ContentPack) -> list[list[str]]:
    """The header and one row per result, newest first. Numbers are written with a point
    and the raw values as JSON, so the file can be read back by a program as well."""
    rows = [[translate("Export", column) for column in COLUMNS]]
    at_risk = {True: translate("Export", "yes"), False: translate("Export", "no"), None: ""}
    for record in sorted(records, key=lambda r: (r.taken_at, r.id or 0), reverse=True):
        words = report_line(record, pack)
        rows.append([safe_cell(cell) for cell in (
            record.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            record.test,
            title_of(record.test, pack),
            _number(record.score),
            at_risk[record.at_risk],
            words.meaning_title,
            record.threshold,
            record.source,
            str(record.content_version),
            json.dumps(record.raw, sort_keys=True, ensure_ascii=False),
        )])
    return rows


def write_csv(records: Iterable[Record], path: str | os.PathLike[str], pack: ContentPack) -> None:
    """Write the results to ``path`` as CSV (see ``COLUMNS``), privately and in one step."""
    rows = csv_rows(records, pack)
    with private_output(path) as temp, open(temp, "w", encoding=ENCODING, newline="") as out:
        csv.writer(out).writerows(rows)
