"""The one place that builds legapp's pieces and wires them together."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from legapp.cli import parse
from legapp.paths import default_data_dir, ui_dir
from legapp.settings import SettingsStore
from legapp.textsize import text_size_index

if TYPE_CHECKING:
    from legapp.content.models import ContentPack

READY_ENV = "LEGAPP_REPORT_READY"  # set by `make bench` and tests: report progress, then quit


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["kiosk-setup"]:  # a staff command in a terminal: no window
        from legapp.kiosk.setup import main as kiosk_setup

        return kiosk_setup(argv[1:])
    if argv[:1] == ["check-install"]:  # staff, after installing: are all its parts there? No window
        from legapp.qt.install_check import main as check_install

        return check_install(argv[1:])
    if argv[:1] == ["export-calendar"]:  # a terminal command: no window
        from legapp.cli import export_calendar

        return export_calendar(argv[1:])
    if argv[:1] == ["export-fhir"]:  # a staff or script command: writes a file, no window
        from legapp.cli import export_fhir

        return export_fhir(argv[1:])
    options = parse(argv)
    kiosk = None
    if options.kiosk:
        from legapp.kiosk.config import KioskConfigError, load_config

        if options.kiosk_config is None:
            print("legapp: --kiosk needs --kiosk-config FILE (make one with 'legapp kiosk-setup').",
                  file=sys.stderr)
            return 2
        try:
            kiosk = load_config(options.kiosk_config)
        except KioskConfigError as exc:
            print(f"legapp: the kiosk settings cannot be used: {exc}", file=sys.stderr)
            return 2
    store = SettingsStore(options.data_dir or default_data_dir())
    settings = store.load()
    changes = {}
    if options.text_size:
        changes["text_size"] = text_size_index(options.text_size)
    if options.tts_engine is not None:
        changes["tts_engine"] = options.tts_engine
    if options.language:
        changes["language"] = options.language
    if options.theme:
        changes["theme"] = options.theme
    if kiosk is not None:  # the centre's language, whatever the last visitor chose
        settings = settings.with_changes(language=kiosk.language)
    if changes:
        settings = settings.with_changes(**changes)
        try:
            store.save(settings)
        except OSError as exc:
            from legapp.i18n import translate

            store.problem = translate(
                "Application", "Your settings could not be saved ({why}). They apply until you close."
            ).format(why=exc.strerror)

    from legapp.qt.application import run  # Qt is loaded only once the core is ready

    return run(
        settings=settings,
        store=store,
        ui_dir=ui_dir(),
        load_content=content_loader(options.content_dir),
        notices=[store.problem] if store.problem else [],
        report_ready=bool(os.environ.get(READY_ENV)),
        kiosk=kiosk,
    )


def content_loader(custom: Path | None) -> Callable[[str], tuple[ContentPack, str | None]]:
    """Loading the pack (and pydantic with it) waits until the first window is up. It
    is called again, with the new language, when the person changes language."""

    def load(locale: str) -> tuple[ContentPack, str | None]:
        # A pack checked at an earlier start is read back without pydantic (pack_cache).
        from legapp.content.pack_cache import cache_dir, load_with_fallback

        pack, problem = load_with_fallback(custom, locale, where=cache_dir())
        if problem is None:
            return pack, None
        from legapp.i18n import translate

        return pack, translate(
            "Content", "The content pack you chose has a problem, so the built-in content is shown instead. "
            "({0})").replace("{0}", problem)

    return load
