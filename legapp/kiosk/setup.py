"""`legapp kiosk-setup`: write a community centre's kiosk settings, asking for the staff
PIN twice (it is stored only as a salted hash). No Qt: it runs in a terminal."""

from __future__ import annotations

import argparse
import errno
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from legapp.kiosk.config import AREAS, KioskConfig, write_config
from legapp.kiosk.pin import check_new_pin, hash_pin
from legapp.yaml_file import describe


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="legapp kiosk-setup",
                                description="Write the settings of a legapp kiosk, with a staff PIN.")
    p.add_argument("--config", type=Path, required=True, metavar="FILE", help="where to write the settings")
    p.add_argument("--centre-name", default="", help="the centre's name, shown on the screen")
    p.add_argument("--help-line", default=None, help='for example "Ask at the front desk for help."')
    p.add_argument("--idle-seconds", type=int, default=120, help="seconds without a touch before asking")
    p.add_argument("--text-size", default="large", choices=["normal", "large", "larger", "largest"])
    p.add_argument("--areas", default=",".join(AREAS), help=f"which areas to offer, from {', '.join(AREAS)}")
    p.add_argument("--no-printing", action="store_true", help="do not offer to print results")
    return p


_WRITE_PROBLEMS = {errno.ENOENT: "part of that path is not a folder", errno.EEXIST: "part of that path is "
                   "a file, not a folder", errno.ENOTDIR: "part of that path is a file, not a folder",
                   errno.EACCES: "you may not write there", errno.EPERM: "you may not write there",
                   errno.EROFS: "that disk cannot be written to", errno.ENOSPC: "the disk is full",
                   errno.EISDIR: "that is a folder; give a file name"}


def plain(error: ValidationError) -> str:
    """pydantic's first complaint as the option it is about and a plain sentence."""
    first = error.errors()[0]
    field, problem = describe(error, counted=False)
    ctx = first.get("ctx") or {}
    problem = {
        "greater_than_equal": f"this must be {ctx.get('ge')} or more",
        "less_than_equal": f"this must be {ctx.get('le')} or less",
        "string_too_long": f"this must be at most {ctx.get('max_length')} letters long",
        "literal_error": f"this must be one of {ctx.get('expected')}",
    }.get(first["type"], problem)
    return f"--{field.split('.')[0].replace('_', '-')}: {problem}."


def ask_pin(read: Callable[[str], str], say: Callable[[str], None], tries: int = 3) -> str:
    """The new PIN, typed twice the same; after ``tries`` mismatches or refusals, SystemExit."""
    for _ in range(tries):
        try:
            pin = check_new_pin(read("New staff PIN (4 to 12 digits): ").strip())
        except ValueError as exc:
            say(str(exc))
            continue
        if read("The same PIN again: ").strip() == pin:
            return pin
        say("The two PINs were not the same. Please try again.")
    raise SystemExit("No PIN was set, so no settings were written.")


def main(argv: list[str], read: Callable[[str], str] = getpass.getpass,
         say: Callable[[str], None] = lambda text: print(text, file=sys.stderr)) -> int:
    options = parser().parse_args(argv)
    extra = {"help_line": options.help_line} if options.help_line else {}
    try:
        pin = ask_pin(read, say)
        config = KioskConfig(pin_hash=hash_pin(pin), centre_name=options.centre_name,
                             idle_seconds=options.idle_seconds, text_size=options.text_size,
                             areas=tuple(a.strip() for a in options.areas.split(",") if a.strip()),
                             printing=not options.no_printing, **extra)
    except ValidationError as exc:  # in plain words: the option and what is wrong with it
        say(f"These settings cannot be used: {plain(exc)}")
        return 2
    except ValueError as exc:
        say(f"These settings cannot be used: {exc}")
        return 2
    try:
        write_config(options.config, config)
    except OSError as exc:
        why = _WRITE_PROBLEMS.get(exc.errno, exc.strerror or str(exc))
        say(f"The settings could not be written to {options.config}: {why}. "
            "Choose a folder you can write to, and run this again.")
        return 2
    say(f"Kiosk settings written to {options.config}. Only this user can read them.")
    return 0
