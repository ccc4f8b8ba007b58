"""A take-home sheet of a level's exercises (no Qt): for a kiosk, where nothing personal
is kept, the starting level and each exercise's steps, easier way and safety words, as
simple HTML that the screen prints."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from legapp.act.start_level import level_name
from legapp.i18n import translate


def sheet_html(level: str, session: Any, exercises: Mapping[str, Any], suggestion_words: str = "") -> str:
    """``session``: the level's ReadySession; ``exercises``: the pack's, by id."""
    title = translate("TakeHome", "My leg exercises: the {level} level").format(level=level_name(level))
    parts = [f"<h1>{escape(title)}</h1>"]
    if suggestion_words:
        parts.append(f"<p>{escape(suggestion_words)}</p>")
    parts.append("<p>" + escape(translate(
        "TakeHome", "Do these 2 or 3 days a week, with a day of rest in between. Keep a sturdy chair "
        "close by. Stop if you feel pain, dizziness or chest pain, and ask your doctor.")) + "</p>")
    for item in session.items:
        ex = exercises[item.exercise]
        if item.reps is not None:
            amount = translate("TakeHome", "{sets} x {reps} times").format(sets=item.sets, reps=item.reps)
        else:
            hold = item.hold_seconds if item.hold_seconds is not None else ex.hold_seconds
            amount = translate("TakeHome", "{sets} x {seconds} seconds").format(sets=item.sets,
                                                                                 seconds=f"{hold:g}")
        steps = "".join(f"<li>{escape(step)}</li>" for step in ex.steps)
        parts.append(f"<h2>{escape(ex.title)} ({escape(amount)})</h2><ol>{steps}</ol>"
                     f"<p><b>{escape(translate('TakeHome', 'Easier:'))}</b> {escape(ex.easier)}</p>"
                     f"<p><b>{escape(translate('TakeHome', 'Safety:'))}</b> {escape(ex.safety)}</p>")
    return "\n".join(parts)
