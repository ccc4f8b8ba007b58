"""One visit to the app (no Qt): who is being checked and their age on the day of the
test, the history they keep, scoring and keeping a result, and the settings.

At home a visit is the chosen person or a guest; in a kiosk it is one stranger, and a
new Visit is made for each. Screens are handed the visit and ask it; it saves and tells
its listeners, so a setting is saved in one place and flows one way:
screen -> visit -> (settings file, listeners) -> what the screen shows.

Built before the first window, so it imports nothing heavy: the history database,
the result models and the scoring rules load when they are first needed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from legapp.i18n import translate
from legapp.settings import Settings

if TYPE_CHECKING:
    import datetime as _dt

    from legapp.assess import Result
    from legapp.track.profiles import Profile
    from legapp.track.store import HistoryStore


class SettingsSaver(Protocol):
    def save(self, settings: Settings) -> None: ...


class Who(NamedTuple):
    """The person being checked, as the norms need them today (a named tuple: made before
    the first window, see theme.Theme)."""

    profile_id: int | None = None  # None: a guest, whose results are not kept
    name: str = ""
    age: int | None = None  # on the day it is asked for, in whole years
    sex: str | None = None  # "male" or "female"

    @property
    def known(self) -> bool:
        """Age and sex are both there, so norms that need them can be used."""
        return self.age is not None and self.sex is not None


def _today() -> _dt.date:  # datetime loads once the first window is up, not before
    import datetime

    return datetime.date.today()


def _now() -> _dt.datetime:
    import datetime

    return datetime.datetime.now(datetime.UTC)


SettingsListener = Callable[[Settings, frozenset[str]], None]
NoticeListener = Callable[[str], None]


class Visit:
    def __init__(self, settings: Settings, *, store: SettingsSaver | None = None,
                 history_dir: Path | None = None, today: Callable[[], _dt.date] | None = None,
                 now: Callable[[], _dt.datetime] | None = None, take_home: bool | None = None):
        """``store`` saves the settings (None: nothing is saved, as in a kiosk);
        ``history_dir``: where results are kept (None: nothing is kept, as in a kiosk);
        ``today``/``now``: the date and the aware time, for tests; ``take_home`` (a
        kiosk): results go home as a QR code, and on paper if True."""
        self._settings = settings
        self._store = store
        self.history_dir = history_dir
        self.today = today or _today
        self.now = now or _now
        self.take_home = take_home
        self._history: HistoryStore | None = None
        self._history_failed = False
        self._restored = False
        # Results that could not be kept (a full disk, a file another program holds): held
        # here, in memory, until the person saves them again (save_unsaved).
        self.unsaved: list[Any] = []
        self._profile: Profile | None = None
        self._guest_age: int | None = None
        self._guest_sex: str | None = None
        self._had_birthday: dict[tuple[int, _dt.date], bool] = {}  # (person, day): their own answer
        self._safe_on: dict[int | None, _dt.date] = {}  # who passed the exercise safety check, when
        self._company: str | None = None  # "Who is here?", answered once a visit (legapp.checks.alone)
        self._on_settings: list[SettingsListener] = []
        self._on_notice: list[NoticeListener] = []

    def fresh(self) -> Visit:
        """A new visit on the same settings, files and clock, with nobody chosen yet."""
        return Visit(self._settings, store=self._store, history_dir=self.history_dir, today=self.today,
                     now=self.now, take_home=self.take_home)

    # listeners ---------------------------------------------------------------
    def listen(self, *, settings: SettingsListener | None = None,
               notice: NoticeListener | None = None) -> None:
        """``settings(new, changed_keys)`` after each change is saved; ``notice(text)``
        for a calm word to the person (a file that could not be read or saved)."""
        if settings is not None:
            self._on_settings.append(settings)
        if notice is not None:
            self._on_notice.append(notice)

    def notify(self, text: str) -> None:
        for listener in self._on_notice:
            listener(text)

    # settings ----------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def caregiver(self) -> bool:
        """Steps are worded for a helper ("Ask them to...")."""
        return self._settings.caregiver

    def remember(self, **changes: Any) -> None:
        """Change settings: saved first, then every listener is told. A value that is
        not allowed raises ValueError and changes nothing; a disk that will not take
        the file leaves the change in force until the app closes, and says so."""
        new = self._settings.with_changes(**changes)
        changed = frozenset(k for k in changes if getattr(new, k) != getattr(self._settings, k))
        if not changed:
            return
        self._settings = new
        if self._store is not None:
            try:
                self._store.save(new)
            except OSError as exc:
                words = translate("Visit", "Your settings could not be saved ({why}). "
                                  "They will work until you close the app.")
                self.notify(words.format(why=exc.strerror or exc))
        for listener in self._on_settings:
            listener(new, changed)

    def set_caregiver(self, on: bool) -> None:
        self.remember(caregiver=bool(on))

    # who is here: asked before the first timed test of the visit ------------------------
    @property
    def company(self) -> str | None:
        """The answer to "Who is here?" this visit: "alone" (Just me), "helped" (Someone is
        helping me) or "helping" (I am helping someone); None: not asked yet. The helper
        switch ("I am helping someone else") and this answer agree: on, it is "helping";
        turned off after "helping", the question is asked again."""
        if self.caregiver:
            return "helping"
        return None if self._company == "helping" else self._company

    def set_company(self, company: str) -> None:
        """Remember who is here for this visit; "helping" words every step for a helper."""
        from legapp.checks.alone import COMPANY

        if company not in COMPANY:
            raise ValueError(f"unknown answer {company!r}")
        self._company = company
        self.set_caregiver(company == "helping")

    # who is being checked --------------------------------------------------------
    @property
    def who(self) -> Who:
        if self._profile is not None:
            p, day = self._profile, self.today()
            return Who(p.id, p.name, p.age_on(day, self._had_birthday.get((p.id, day))), p.sex)
        return Who(None, "", self._guest_age, self._guest_sex)

    @property
    def birthday_unknown(self) -> bool:
        """A saved person whose age today the date of birth cannot tell: ask them."""
        return self._profile is not None and self.who.age is None

    def answer_birthday(self, had_birthday: bool) -> None:
        """The person's answer to "Have you had your birthday this year?", for today: in the
        birth month the answer can change any day, so it is asked again tomorrow."""
        if self._profile is None:
            raise ValueError("a guest gives their age instead")
        self._had_birthday[(self._profile.id, self.today())] = bool(had_birthday)

    def give_birth_month(self, month: int) -> None:
        """The month of birth of a person saved without it (asked once, then kept)."""
        if self._profile is None or self.history is None:
            raise ValueError("only a saved person's month of birth is kept")
        from dataclasses import replace

        profile = replace(self._profile, birth_month=month, birth_day=None)
        self.history.update_profile(profile)
        self._profile = profile

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def set_guest(self, age: int, sex: str) -> None:
        """A guest's age and sex, asked at the first test that needs them; not saved."""
        if self._profile is not None:
            raise ValueError("a saved person's age comes from their profile")
        self._guest_age, self._guest_sex = age, sex

    def use(self, profile: Profile | None) -> None:
        """Make ``profile`` the person being checked (None: a guest), and remember it."""
        self._profile = profile
        self._guest_age = self._guest_sex = None
        self.remember(active_profile=0 if profile is None else profile.id)

    # the exercise safety check: once a day for each person ---------------------------------
    @property
    def safety_cleared_today(self) -> bool:
        return self._safe_on.get(self.who.profile_id) == self.today()

    def clear_safety(self) -> None:
        """The person being checked answered no to every safety question today."""
        self._safe_on[self.who.profile_id] = self.today()

    # the history -------------------------------------------------------------------
    @property
    def keeps_results(self) -> bool:
        return self.history_dir is not None and not self._history_failed

    @property
    def history(self) -> HistoryStore | None:
        """The history database, made on first use (sqlite3 and the result models are
        not needed for the first window). None where nothing is kept."""
        if self._history is None and self.keeps_results:
            from legapp.track.store import HistoryStore

            self._history = HistoryStore(self.history_dir)
        return self._history

    def restore(self) -> None:
        """Once: open the history and make the remembered person active again. A damaged
        history file was put aside by the store; the person is told here. A history that
        cannot be opened now (in use, a full disk) is left as it is and tried again when
        next used; the person is told what is wrong and what to do."""
        if self._restored or self.history is None:
            return
        self._restored = True
        try:
            if not self.history.empty:
                self.history.db  # noqa: B018 - open now: a damaged file is found and put aside here
            remembered = self._settings.active_profile
            profile = self.history.profile(remembered) if remembered else None
        except Exception as exc:
            from legapp.track.store import HistoryUnavailable

            if isinstance(exc, HistoryUnavailable):
                self.notify(exc.words)
                return  # a disk that will not open: go on as a guest, and say so
            self.notify(translate(
                "Visit", "Your saved results could not be opened ({why}). You can still do every check."
            ).format(why=exc))
            self._history, self._history_failed = None, True
            return
        if self.history.problem:
            self.notify(self.history.problem)
        if self.history.unavailable:  # opened, but only for reading
            self.notify(self.history.unavailable)
        if profile is not None:
            self._profile = profile

    # scoring and keeping ---------------------------------------------------------
    def score_run(self, scoring: str, raw: Mapping[str, Any], answers: Mapping[str, Any]) -> Result:
        """Score a finished timed test for the person being checked, with their age
        today. Raises ValueError with words to show (e.g. a typed count too high)."""
        from legapp.checks.scoring import score_run

        who = self.who
        return score_run(scoring, raw, answers, who.age, who.sex)

    def keep(self, result: Result, raw: Mapping[str, Any], content_version: int) -> str:
        """Keep a finished check for the person being checked, with the age it was
        scored with; the words say what became of it. Nothing is kept for a guest,
        nor where there is no history (a kiosk)."""
        if self.history is None:
            return ""
        who = self.who
        if who.profile_id is None:
            return translate("Visit", "You are a guest, so this result is not kept. To keep results, "
                             "choose a person in My results.")
        from legapp.track.records import record_of

        try:
            record = record_of(result, dict(raw), profile_id=who.profile_id, content_version=content_version,
                               taken_at=self.now(), age=who.age, sex=who.sex)
        except Exception as exc:  # a value that must not be stored: say so, go on
            return translate("Visit", "This result could not be kept ({why}). It is still shown here."
                             ).format(why=exc)
        self.unsaved.append(record)
        return self.save_unsaved()

    def save_unsaved(self) -> str:
        """Keep the results held in memory, oldest first; the words say what became of them.
        One that still cannot be kept stays held, to be saved again later."""
        who = self.who
        while self.unsaved and self.history is not None:
            try:
                self.history.save(self.unsaved[0])
            except Exception as exc:  # a full disk, a file held by another program: say so, go on
                return translate("Visit", "This result could not be kept ({why}). It is still shown here, "
                                 "and kept in memory: put the problem right, then press Save it again."
                                 ).format(why=getattr(exc, "words", None) or exc)
            self.unsaved.pop(0)
        return translate("Visit", "Kept in {name}'s results.").format(name=who.name)

    def note_session(self) -> str:
        """A finished exercise session counts as a strength session in the person's week."""
        who = self.who
        if self.history is None or who.profile_id is None:
            return ""
        from legapp.act.plan import Activity

        try:
            self.history.save_activity(Activity(who.profile_id, "strength", self.now().astimezone()))
        except Exception as exc:  # a full disk: say so, the session still counted for the body
            return translate("Visit", "It could not be noted in your week ({why}).").format(why=exc)
        return translate("Visit", "It is noted in {name}'s week as a strength session.").format(name=who.name)
