"""The visit controller, without Qt: settings flow one way, the person's age is taken
on the day of the test, and results are kept only for a saved person."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from legapp.assess import score_chair_stand_30s
from legapp.settings import Settings, SettingsStore
from legapp.track.profiles import Profile
from legapp.track.store import HistoryStore
from legapp.visit import Visit, Who


class Day:
    """A calendar that can be moved on, for a visit that spans midnight or a new year."""

    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


class Told:
    def __init__(self, visit: Visit):
        self.settings: list[tuple[Settings, frozenset[str]]] = []
        self.notices: list[str] = []
        visit.listen(settings=lambda s, keys: self.settings.append((s, keys)), notice=self.notices.append)


@pytest.fixture
def home(tmp_path):
    store = SettingsStore(tmp_path / "data")
    day = Day(dt.date(2026, 12, 1))
    visit = Visit(store.load(), store=store, history_dir=store.data_dir, today=day,
                  now=lambda: dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC))
    return visit, store, day


def test_a_setting_is_saved_then_told_once(home):
    visit, store, _ = home
    told = Told(visit)
    visit.remember(text_size=2)
    assert store.load().text_size == 2
    assert [(s.text_size, keys) for s, keys in told.settings] == [(2, frozenset({"text_size"}))]
    visit.remember(text_size=2)  # no change: nothing saved again, nobody told
    assert len(told.settings) == 1


def test_a_value_that_is_not_allowed_changes_nothing(home):
    visit, store, _ = home
    told = Told(visit)
    with pytest.raises(ValueError, match="text_size"):
        visit.remember(text_size=9)
    assert visit.settings.text_size == 0
    assert told.settings == []
    assert not store.path.exists()


def test_a_settings_file_that_cannot_be_replaced_keeps_the_change_and_says_so(tmp_path):
    folder = tmp_path / "data"
    (folder / "settings.json").mkdir(parents=True)  # another program made a folder of that name
    visit = Visit(Settings(), store=SettingsStore(folder))
    told = Told(visit)
    visit.set_caregiver(True)
    assert visit.caregiver is True
    assert len(told.notices) == 1
    assert "could not be saved" in told.notices[0]
    assert [p.name for p in folder.iterdir()] == ["settings.json"]  # no temporary file left behind


def test_a_full_disk_keeps_the_change_for_now_and_says_so(tmp_path):
    class FullDisk:
        def save(self, _settings):
            raise OSError(28, "No space left on device")

    visit = Visit(Settings(), store=FullDisk())
    told = Told(visit)
    visit.remember(language="es")
    assert visit.settings.language == "es"
    assert told.notices == ["Your settings could not be saved (No space left on device). "
                            "They will work until you close the app."]
    assert [keys for _, keys in told.settings] == [frozenset({"language"})]


def test_a_kiosk_visit_saves_nothing(tmp_path):
    visit = Visit(Settings(language="es"), take_home=True)
    told = Told(visit)
    visit.set_caregiver(True)
    visit.remember(text_size=3)
    assert visit.history is None
    assert list(tmp_path.iterdir()) == []
    assert [keys for _, keys in told.settings] == [frozenset({"caregiver"}), frozenset({"text_size"})]


def test_choosing_a_person_is_remembered_and_restored_next_time(home):
    visit, store, _ = home
    ana = visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3))
    visit.use(ana)
    assert store.load().active_profile == ana.id
    again = Visit(store.load(), store=store, history_dir=store.data_dir, today=visit.today)
    assert again.who.profile_id is None  # not until a screen about the person opens
    again.restore()
    assert again.who == Who(ana.id, "Ana", 75, "female")


def test_age_is_taken_on_the_day_the_result_is_scored(home):
    """A visit left open over New Year scores with the new age, not the age at choosing."""
    visit, _, day = home
    bob = visit.history.add_profile(Profile(None, "Bob", 1961, "male", 1, 1))
    visit.use(bob)
    day.day = dt.date(2026, 12, 31)
    assert visit.who.age == 65
    assert visit.score_run("chair_stand_30s", {"count": 12}, {}).meaning == score_chair_stand_30s(
        12, 65, "male").meaning
    day.day = dt.date(2027, 1, 1)
    assert visit.who.age == 66
    result = visit.score_run("chair_stand_30s", {"count": 12}, {})
    assert result == score_chair_stand_30s(12, 66, "male")
    visit.keep(result, {"count": 12}, content_version=1)
    assert [(r.age, r.score) for r in visit.history.results(bob.id)] == [(66, 12.0)]


def test_a_result_is_kept_for_a_saved_person_with_the_age_and_sex_it_was_scored_with(home):
    visit, _, _ = home
    ana = visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3))
    visit.use(ana)
    result = visit.score_run("chair_stand_30s", {"count": 11}, {"halfway": True})
    assert result.score == 12
    assert visit.keep(result, {"count": 11, "halfway": True}, content_version=3) == "Kept in Ana's results."
    (record,) = visit.history.results(ana.id)
    assert (record.score, record.age, record.sex, record.content_version) == (12.0, 75, "female", 3)
    assert record.raw == {"count": 11, "halfway": True}
    assert record.taken_at == dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


def test_a_guest_is_scored_with_what_they_typed_and_nothing_is_kept(home):
    visit, _, _ = home
    with pytest.raises(ValueError, match="age and sex"):
        visit.score_run("chair_stand_30s", {"count": 11}, {})
    visit.set_guest(70, "male")
    result = visit.score_run("chair_stand_30s", {"count": 11}, {})
    assert result == score_chair_stand_30s(11, 70, "male")
    assert "guest" in visit.keep(result, {"count": 11}, content_version=1)
    assert visit.history.profiles() == []
    assert visit.history.empty  # nothing was written at all


def test_a_saved_persons_age_cannot_be_typed_over(home):
    visit, _, _ = home
    visit.use(visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3)))
    with pytest.raises(ValueError, match="profile"):
        visit.set_guest(60, "male")
    assert visit.who.age == 75


def test_a_result_that_cannot_be_written_is_still_shown_and_said(home):
    visit, _, _ = home
    ana = visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3))
    visit.use(ana)
    visit.history.db.execute("PRAGMA query_only = ON")  # the database refuses every write
    result = visit.score_run("chair_stand_30s", {"count": 11}, {})
    words = visit.keep(result, {"count": 11}, content_version=1)
    assert words.startswith("This result could not be kept (")
    assert words.endswith("put the problem right, then press Save it again.")
    assert len(visit.unsaved) == 1  # held in memory
    assert visit.save_unsaved().startswith("This result could not be kept (")  # still refused
    visit.history.db.execute("PRAGMA query_only = OFF")  # put right
    assert visit.save_unsaved() == "Kept in Ana's results."
    assert visit.unsaved == []
    assert [r.score for r in visit.history.results(ana.id)] == [11]


def test_a_finished_exercise_session_is_noted_in_the_persons_week(home):
    visit, _, _ = home
    assert visit.note_session() == ""  # a guest: nothing to note
    ana = visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3))
    visit.use(ana)
    assert visit.note_session() == "It is noted in Ana's week as a strength session."
    start, end = dt.datetime(2026, 11, 30, tzinfo=dt.UTC), dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    assert [a.kind for a in visit.history.activities(ana.id, start, end)] == ["strength"]


def test_a_history_that_will_not_open_leaves_a_guest_who_can_still_check(tmp_path, monkeypatch):
    monkeypatch.setattr("legapp.track.store.RETRY_AFTER", 0.0)  # try again at once, not in 3 s
    made = HistoryStore(tmp_path)
    made.add_profile(Profile(None, "Ana", 1951, "female", 3))
    made.close()
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)  # a backup tool
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        visit = Visit(Settings(active_profile=1), history_dir=tmp_path)
        told = Told(visit)
        visit.restore()
        assert visit.who == Who()
        assert len(told.notices) == 1
        assert "another program is using" in told.notices[0]
        assert "you can still do every check" in told.notices[0]
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [p.name for p in visit.history.profiles()] == ["Ana"]  # tried again later: there


def test_a_fresh_visit_keeps_the_settings_and_files_but_nobody_is_chosen(home):
    visit, store, _ = home
    visit.use(visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3)))
    visit.remember(text_size=1)
    fresh = visit.fresh()
    assert fresh.who == Who()
    assert fresh.settings == visit.settings
    assert fresh.history_dir == visit.history_dir
    fresh.remember(text_size=2)
    assert store.load().text_size == 2


def test_the_exercise_safety_check_is_once_a_day_for_each_person(home):
    visit, _, day = home
    ana = visit.history.add_profile(Profile(None, "Ana", 1951, "female", 3))
    bob = visit.history.add_profile(Profile(None, "Bob", 1949, "male", 7))
    visit.use(ana)
    assert not visit.safety_cleared_today
    visit.clear_safety()
    assert visit.safety_cleared_today
    visit.use(bob)  # a second person at home is asked for themselves
    assert not visit.safety_cleared_today
    visit.use(ana)
    assert visit.safety_cleared_today
    day.day = dt.date(2026, 12, 2)  # and again the next day
    assert not visit.safety_cleared_today
    assert not visit.fresh().safety_cleared_today  # a kiosk's next person too


@pytest.mark.parametrize(("born", "day", "age"), [
    ((1961, 12, 2), dt.date(2026, 12, 1), 64),  # the day before his 65th birthday
    ((1961, 12, 1), dt.date(2026, 12, 1), 65),  # on the day
    ((1961, 11, None), dt.date(2026, 12, 1), 65),  # the month has passed
    ((1961, 1, None), dt.date(2026, 12, 1), 65),
    ((1960, 2, 29), dt.date(2026, 2, 28), 65),  # a leap-day birthday, not yet reached
    ((1960, 2, 29), dt.date(2026, 3, 1), 66),
])
def test_age_is_the_age_on_the_day_of_the_test(born, day, age):
    year, month, birth_day = born
    assert Profile(1, "Bob", year, "male", month, birth_day).age_on(day) == age


def test_a_birthday_the_date_of_birth_cannot_place_is_asked_never_guessed(home):
    """A man of 64 with 12 stands is below average; taken for 65 he would not be."""
    visit, _, day = home
    bob = visit.history.add_profile(Profile(None, "Bob", 1961, "male"))  # the year only
    visit.use(bob)
    assert visit.birthday_unknown
    assert visit.who.age is None
    with pytest.raises(ValueError, match="age and sex"):
        visit.score_run("chair_stand_30s", {"count": 12}, {})
    visit.answer_birthday(False)
    assert visit.who.age == 64
    assert visit.score_run("chair_stand_30s", {"count": 12}, {}).meaning == "below_average"
    day.day = dt.date(2027, 1, 5)  # a new year: asked again
    assert visit.birthday_unknown


def test_a_month_given_once_is_kept(home):
    visit, _store, day = home
    bob = visit.history.add_profile(Profile(None, "Bob", 1961, "male"))
    visit.use(bob)
    visit.give_birth_month(12)
    assert visit.birthday_unknown  # December, the birth month itself: the day is not known
    visit.answer_birthday(False)
    assert visit.who.age == 64
    day.day = dt.date(2027, 3, 1)
    assert visit.who.age == 65  # from the month alone now
    assert visit.history.profile(bob.id).birth_month == 12
