"""What Home's "Today" card says for the chosen person (legapp.act.today decides): read
from the history when Home is shown, never by a process in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from legapp.navigation import Route

if TYPE_CHECKING:
    from legapp.visit import Visit


def today_words(visit: Visit) -> tuple[str, str, Route] | None:
    """(title, words, where a tap goes), or None: no saved person, no programme, or
    neither a plan day nor a re-test due today. A history that cannot be read shows none."""
    # The cheap questions first: with no remembered person there is no card, and the
    # history (sqlite3, the store) is not even imported.
    if visit.take_home is not None or visit.history_dir is None or not visit.settings.active_profile:
        return None
    if visit.history is None or visit.history.empty:
        return None
    from PySide6.QtCore import QCoreApplication

    from legapp.act.programme import current
    from legapp.act.retest import is_due
    from legapp.act.start_level import level_name
    from legapp.act.today import today

    visit.restore()
    who, history = visit.who, visit.history
    if who.profile_id is None or history is None:
        return None
    try:
        programme = current(history.programme_events(who.profile_id))
        if programme is None:
            return None
        day = visit.today()
        due = is_due(programme.started, history.results(who.profile_id), day)
        now = visit.now().astimezone()
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        done = any(a.kind == "strength" for a in history.activities(who.profile_id, start, now))
        card = today(programme, history.plan_days(who.profile_id), day, due, done)
    except Exception:  # (the notice of a history that cannot be opened is the visit's)
        return None
    if card is None:
        return None
    title = QCoreApplication.translate("TodayCard", "Today, {0}").replace("{0}", who.name)
    return title, card.words(level_name(programme.level)), Route("programme")
