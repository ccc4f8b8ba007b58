"""The one place that builds legapp's pieces and wires them together."""

from __future__ import annotations

import os
import sys

from legapp.cli import parse
from legapp.content.loader import ContentError, load_with_fallback
from legapp.paths import default_data_dir, ui_dir
from legapp.settings import SettingsStore
from legapp.textsize import text_size_index

READY_ENV = "LEGAPP_REPORT_READY"  # set by `make bench`: print when shown, then quit


def main(argv: list[str] | None = None) -> int:
    options = parse(sys.argv[1:] if argv is None else argv)
    store = SettingsStore(options.data_dir or default_data_dir())
    settings = store.load()
    if options.text_size:
        settings = settings.model_copy(update={"text_size": text_size_index(options.text_size)})
    try:
        pack, pack_problem = load_with_fallback(options.content_dir, settings.language)
    except ContentError as exc:  # the bundled pack itself is broken: nothing to show
        print(f"legapp cannot start: its built-in content is damaged ({exc}).", file=sys.stderr)
        return 2

    from legapp.qt.application import run  # Qt is loaded only once the core is ready

    return run(
        pack=pack,
        settings=settings,
        store=store,
        ui_dir=ui_dir(),
        notices=[m for m in (store.problem, _pack_notice(pack_problem)) if m],
        report_ready=bool(os.environ.get(READY_ENV)),
    )


def _pack_notice(problem: str | None) -> str | None:
    if problem is None:
        return None
    return (
        "The content pack you chose has a problem, so the built-in content is shown instead. "
        f"({problem})"
    )
