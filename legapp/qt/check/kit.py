"""What the Check and Track screens share, built once by the application and handed to
them. Built before the first window shows, so it imports nothing heavy (no engine, no
pydantic, no database: the history opens when a screen first needs it)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from legapp.checks.state import CheckState
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker

if TYPE_CHECKING:
    from legapp.track.profiles import Profile
    from legapp.track.store import HistoryStore


@dataclass
class CheckKit:
    speaker: Speaker
    sounds: SoundPlayer
    images: Path
    state: CheckState = field(default_factory=CheckState)
    clock: Callable[[], object] | None = None  # makes the clock of a run; None: the real one
    time_scale: float = 1.0  # tests and the kiosk soak shorten every protocol with this
    on_caregiver: Callable[[bool], None] = lambda _on: None
    history_dir: Path | None = None  # where the history lives; None: nothing is kept (a kiosk)
    active_profile: int = 0  # the remembered person, restored on first use
    on_profile: Callable[[int], None] = lambda _id: None  # remember who is active (0: a guest)
    notify: Callable[[str], None] = lambda _text: None  # a calm notice at the top of the window
    this_year: Callable[[], int] = lambda: _dt.date.today().year
    kiosk_printing: bool | None = None  # in a kiosk: whether results may be printed; None elsewhere
    _restored: bool = False
    _history: HistoryStore | None = None

    @property
    def history(self) -> HistoryStore | None:
        """The history database, made on first use (sqlite3 and the result models are not
        needed for the first window)."""
        if self._history is None and self.history_dir is not None:
            from legapp.track.store import HistoryStore

            self._history = HistoryStore(self.history_dir)
        return self._history

    def restore(self) -> None:
        """Once: open the history and make the remembered person active again. A damaged
        history file was put aside by the store; the person is told here."""
        if self._restored or self.history is None:
            return
        self._restored = True
        try:
            if not self.history.empty:
                self.history.db  # noqa: B018 - open now: a damaged file is found and put aside here
            profile = self.history.profile(self.active_profile) if self.active_profile else None
        except Exception as exc:  # a disk that will not open: go on as a guest, and say so
            self.notify(QCoreApplication.translate(
                "CheckKit", "Your saved results could not be opened ({0}). You can still do every check."
            ).replace("{0}", str(exc)))
            self.history_dir, self._history = None, None
            return
        if self.history.problem:
            self.notify(self.history.problem)
        if profile is not None:
            self.use(profile)

    def use(self, profile: Profile | None) -> None:
        """Make ``profile`` the person being checked (None: a guest), and remember it."""
        if profile is None:
            self.state.use_guest()
        else:
            self.state.use_profile(profile.id, profile.name, profile.age(self.this_year()), profile.sex)
        self.active_profile = 0 if profile is None else profile.id
        self.on_profile(self.active_profile)

    def keep(self, result, raw: dict, content_version: int) -> str:
        """Keep a finished check for the person being checked; the words say what became
        of it. Nothing is kept for a guest, nor where there is no history (a kiosk)."""
        if self.history is None:
            return ""
        if self.state.profile_id is None:
            return QCoreApplication.translate(
                "CheckKit", "You are a guest, so this result is not kept. To keep results, choose a "
                "person in My results.")
        from legapp.track.keep import keep_result

        try:
            keep_result(self.history, self.state, result, raw, content_version)
        except Exception as exc:  # a full disk, a value that must not be stored: say so, go on
            words = QCoreApplication.translate(
                "CheckKit", "This result could not be kept ({0}). It is still shown here.")
            return words.replace("{0}", str(exc))
        words = QCoreApplication.translate("CheckKit", "Kept in {0}'s results.")
        return words.replace("{0}", self.state.name)
