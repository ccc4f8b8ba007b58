"""Command-line options (no Qt). `legapp --help` lists what exists today."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from legapp import __version__
from legapp.i18n import LANGUAGES
from legapp.textsize import TEXT_SIZES
from legapp.theme import THEME_CHOICES

if TYPE_CHECKING:
    import argparse


class Options(NamedTuple):  # a named tuple: read before the first window (see theme.Theme)
    data_dir: Path | None
    text_size: str | None
    content_dir: Path | None
    tts_engine: str | None = None
    kiosk: bool = False
    kiosk_config: Path | None = None
    language: str | None = None
    theme: str | None = None


def _engine_name(text: str) -> str:
    import argparse

    name = text.strip()
    if not name or len(name) > 40 or not name.replace("-", "").replace("_", "").isalnum():
        raise argparse.ArgumentTypeError(f"'{text}' is not the short name of a speech engine")
    return name


def parser() -> argparse.ArgumentParser:
    import argparse  # loaded only when there are options to read

    p = argparse.ArgumentParser(
        prog="legapp",
        description="Learn about leg muscle loss and fall risk, in plain words.",
        epilog="Also, in a terminal (each has its own --help): 'legapp export-calendar --data-dir DIR "
               "--person NAME --out FILE.ics' saves a person's exercise days as a calendar file; "
               "'legapp export-fhir --data-dir DIR --person NAME --out FILE.json' writes their results "
               "for a clinic's record system; 'legapp kiosk-setup' sets up a community-centre kiosk; "
               "'legapp check-install' says whether an installed copy has all its parts.",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for your settings (default: your user data folder)",
    )
    p.add_argument(
        "--text-size",
        choices=[s.key for s in TEXT_SIZES],
        help="start with this text size (it is then remembered)",
    )
    p.add_argument(
        "--content-dir",
        type=Path,
        metavar="DIR",
        help="use a content pack from this folder instead of the built-in one",
    )
    p.add_argument(
        "--tts-engine",
        type=_engine_name,
        metavar="NAME",
        help='speech engine for spoken prompts, e.g. "speechd" or "mock" (default: the system\'s)',
    )
    p.add_argument("--lang", choices=list(LANGUAGES),
                   help="the language of the app: " + ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
                        + " (it is then remembered)")
    p.add_argument("--theme", choices=list(THEME_CHOICES),
                   help="colours: standard, high-contrast, or auto to follow the system's "
                        "dark or high-contrast setting (the default; it is then remembered)")
    p.add_argument("--kiosk", action="store_true",
                   help="run as a kiosk: full screen, nothing kept, staff leave with a PIN "
                        "(needs --kiosk-config; make one with 'legapp kiosk-setup')")
    p.add_argument("--kiosk-config", type=Path, metavar="FILE", help="the kiosk's settings file")
    p.add_argument("--version", action="version", version=f"legapp {__version__}")
    return p


def parse(argv: list[str]) -> Options:
    if not argv:  # the usual start: nothing to parse, and argparse need not load
        return Options(None, None, None, None)
    ns = parser().parse_args(argv)
    return Options(ns.data_dir, ns.text_size, ns.content_dir, ns.tts_engine, ns.kiosk, ns.kiosk_config,
                   ns.lang, ns.theme)


# -- legapp export-calendar ------------------------------------------------------------------

def calendar_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="legapp export-calendar",
        description="Save a person's exercise days as a calendar file (.ics) for a phone, Outlook, "
                    "Thunderbird or Google Calendar: one weekly event for each day, with a reminder "
                    "30 minutes before.")
    p.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="legapp's data folder")
    p.add_argument("--person", required=True, metavar="NAME", help="the saved person's name")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.ics", help="where to save the file")
    p.add_argument("--caregiver", action="store_true", help="put the person's name in each event's title")
    return p


def export_calendar(argv: list[str]) -> int:
    """`legapp export-calendar`: 0 when the file is saved; 2, with a plain message, when
    the person is unknown, has no plan, or the file cannot be written."""
    import sys
    from datetime import date

    from legapp.act.calendar_file import calendar_bytes, local_zone, plan_of, save_calendar
    from legapp.track.store import FILE_NAME, HistoryStore

    ns = calendar_parser().parse_args(argv)

    def fail(words: str) -> int:
        print(f"legapp: {words}", file=sys.stderr)
        return 2

    if not (ns.data_dir / FILE_NAME).is_file():
        return fail(f"there are no saved people in {ns.data_dir}.")
    store = HistoryStore(ns.data_dir)
    try:
        people = [p for p in store.profiles() if p.name.casefold() == ns.person.strip().casefold()]
        if not people:
            names = ", ".join(p.name for p in store.profiles()) or "none"
            return fail(f"no one called {ns.person!r} is saved here. The saved people are: {names}.")
        if len(people) > 1:
            return fail(f"{len(people)} people are called {ns.person!r}; open legapp to save their calendar.")
        person = people[0]
        plan = plan_of(person.name, store.programme_events(person.id), store.plan_days(person.id),
                       _pack(), for_caregiver=ns.caregiver)
    except Exception as exc:  # the history cannot be read now (in use, damaged): say so
        return fail(f"the saved results cannot be read ({exc}).")
    finally:
        store.close()
    if plan is None:
        return fail(f"{person.name} has no plan yet. Choose the exercise days in legapp "
                    "(Act, My programme) first.")
    try:
        save_calendar(calendar_bytes(plan, date.today(), zone=local_zone()), ns.out)
    except OSError as exc:
        return fail(f"the file cannot be saved at {ns.out} ({exc.strerror or exc}).")
    print(f"Saved {ns.out}: {len(plan.days)} weekly events, each with a reminder 30 minutes before.")
    return 0


def _pack():
    """The built-in English pack, for the exercises' names (None if it cannot be read)."""
    try:
        from legapp.content.loader import load_pack
        from legapp.paths import resources_dir

        return load_pack(resources_dir() / "content" / "en")
    except Exception:
        return None


# -- `legapp export-fhir`: a person's results as a FHIR R4 file, for staff and scripts ------------

def export_fhir_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="legapp export-fhir",
        description="Write one person's results as a FHIR R4 Bundle (JSON) that a clinic's record "
                    "system can read. The file is written on this computer only; nothing is sent.")
    p.add_argument("--data-dir", type=Path, metavar="DIR", required=True,
                   help="the folder legapp keeps its results in")
    p.add_argument("--person", metavar="NAME", required=True, help="the person's name, as legapp shows it")
    p.add_argument("--out", type=Path, metavar="FILE.json", required=True, help="the file to write")
    return p


def export_fhir(argv: list[str]) -> int:
    """Exit code 0 when the file is written; 2, with a plain message, when it cannot be."""
    import sqlite3
    import sys
    from datetime import datetime

    from legapp.track.fhir import bundle, write_bundle
    from legapp.track.store import FILE_NAME, HistoryStore, HistoryUnavailable

    ns = export_fhir_parser().parse_args(argv)

    def fail(words: str) -> int:
        print(f"legapp export-fhir: {words}", file=sys.stderr)
        return 2

    if not (ns.data_dir / FILE_NAME).is_file():  # never make a new, empty history here
        return fail(f"no legapp results are kept in {ns.data_dir}.")
    store = HistoryStore(ns.data_dir)
    try:
        wanted = " ".join(ns.person.split()).casefold()
        people = store.profiles()
        found = [p for p in people if " ".join(p.name.split()).casefold() == wanted]
        if not found:
            names = ", ".join(p.name for p in people) or "nobody yet"
            return fail(f"there is no person named '{ns.person}' in {ns.data_dir}. People there: {names}.")
        if len(found) > 1:
            return fail(f"{len(found)} people are named '{ns.person}'; give them different names in legapp "
                        "first.")
        profile = found[0]
        records = store.results(profile.id)
    except HistoryUnavailable as exc:
        return fail(f"the results cannot be read now: {exc.words}")
    except (sqlite3.Error, OSError) as exc:
        return fail(f"the results cannot be read now: {exc}.")
    finally:
        store.close()
    try:
        count = write_bundle(bundle(profile, records, datetime.now().astimezone()), ns.out)
    except OSError as exc:
        return fail(f"{ns.out} could not be written: {exc.strerror or exc}.")
    print(f"Wrote {count} {'result' if count == 1 else 'results'} of {profile.name} to {ns.out}.")
    return 0
