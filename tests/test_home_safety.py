"""The home safety check (no Qt): the content of both languages, the answers and fixes of
one person, and their round trip through the history store, with a table gone missing,
a damaged row, a file from before the check, and a whole save or none."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from legapp.content.errors import ContentError
from legapp.content.home_safety_loader import load_home_safety
from legapp.content.loader import load_pack
from legapp.paths import bundled_content_dir
from legapp.track.home_safety import HomeCheck, item_ids
from legapp.track.profiles import Profile
from legapp.track.store import FILE_NAME, MIGRATIONS, HistoryStore

DAY = date(2026, 11, 2)
LATER = date(2026, 11, 20)


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def ana(store):
    return store.add_profile(Profile(None, "Ana", 1950, "female")).id


# -- content -----------------------------------------------------------------------------------

def test_both_languages_ask_the_same_questions_room_by_room():
    en, es = (load_pack(bundled_content_dir(code)).home_safety for code in ("en", "es"))
    assert item_ids(en) == item_ids(es)
    assert [r.id for r in en.rooms] == [r.id for r in es.rooms] == ["floors", "stairs", "kitchen",
                                                                    "bathroom", "bedroom"]
    # CLINICAL 17: what each room is asked about
    assert set(item_ids(en)) == {
        "furniture_in_path", "throw_rugs", "things_on_floor", "cords_in_path", "things_on_stairs",
        "broken_steps", "stair_light", "loose_stair_carpet", "handrails", "things_up_high",
        "unsteady_stool", "slippery_tub", "grab_bars", "bed_light", "dark_path"}
    for check in (en, es):
        for room in check.rooms:
            for item in room.items:
                assert item.fix
                assert item.question != item.caregiver_question
                assert not any(ch.isdigit() for ch in item.question + item.fix)  # guidance, no numbers
        assert check.also


def test_a_centres_pack_without_the_file_gets_the_built_in_one(tmp_path):
    check = load_home_safety(tmp_path, "es_ES", {"cdc-steadi"})
    assert check.rooms[0].title == "Pisos"


def test_a_broken_file_names_the_file_and_the_field(tmp_path):
    (tmp_path / "home_safety.yaml").write_text(
        "title: T\nsummary: S\nintro: I\ncaregiver_intro: C\nsource: cdc-steadi\n"
        "rooms:\n  - id: floors\n    title: Floors\n    items:\n"
        "      - {id: rugs, question: Q, caregiver_question: Q2, fix: F}\n"
        "      - {id: rugs, question: Q, caregiver_question: Q2, fix: F}\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"home_safety\.yaml.*used twice"):
        load_home_safety(tmp_path, "en", {"cdc-steadi"})
    (tmp_path / "home_safety.yaml").write_text(
        "title: T\nsummary: S\nintro: I\ncaregiver_intro: C\nsource: nowhere\n"
        "rooms:\n  - id: floors\n    title: Floors\n    items:\n"
        "      - {id: rugs, question: Q, caregiver_question: Q2, fix: F}\n", encoding="utf-8")
    with pytest.raises(ContentError, match="source"):
        load_home_safety(tmp_path, "en", {"cdc-steadi"})


# -- one person's check --------------------------------------------------------------------------

def test_answers_fixes_and_what_is_still_open():
    check = HomeCheck()
    assert not check.started
    assert check.open_hazards == ()
    check = check.answer("throw_rugs", True, DAY).answer("grab_bars", True, DAY)
    check = check.answer("bed_light", False, DAY)
    assert check.open_hazards == ("throw_rugs", "grab_bars")
    check = check.mark_fixed("throw_rugs", True, LATER)
    assert check.fixed == {"throw_rugs": LATER}
    assert check.open_hazards == ("grab_bars",)
    assert check.mark_fixed("throw_rugs", True, date(2027, 1, 1)).fixed["throw_rugs"] == LATER  # kept
    assert check.mark_fixed("throw_rugs", False, LATER).open_hazards == ("throw_rugs", "grab_bars")
    # answered No after all: nothing left to fix there, and its tick goes
    changed = check.answer("throw_rugs", False, LATER)
    assert changed.fixed == {}
    assert changed.open_hazards == ("grab_bars",)
    assert changed.day == LATER
    assert check.only(("grab_bars",)).answers == {"grab_bars": True}


@pytest.mark.parametrize(("answers", "fixed", "day"), [
    ({"Rugs!": True}, {}, DAY),  # not a question id
    ({"throw_rugs": 1}, {}, DAY),  # not Yes or No
    ({"throw_rugs": False}, {"throw_rugs": DAY}, DAY),  # a No cannot be fixed
    ({"throw_rugs": True}, {"throw_rugs": "2026-11-02"}, DAY),  # a fix needs its day
    ({"throw_rugs": True}, {}, "2026-11-02"),
])
def test_a_check_that_makes_no_sense_is_refused(answers, fixed, day):
    with pytest.raises(ValueError, match=r"question|Yes|fix|day"):
        HomeCheck(answers, fixed, day)


# -- kept in the history -------------------------------------------------------------------------

def test_round_trip(store, ana):
    assert store.home_check(ana) is None
    check = HomeCheck().answer("throw_rugs", True, DAY).answer("dark_path", True, DAY).answer(
        "grab_bars", False, DAY).mark_fixed("dark_path", True, LATER)
    store.save_home_check(ana, check)
    back = store.home_check(ana)
    assert back == check
    assert back.open_hazards == ("throw_rugs",)
    assert back.fixed == {"dark_path": LATER}
    assert back.day == DAY
    # a second save replaces the first, whole
    store.save_home_check(ana, back.answer("throw_rugs", False, LATER))
    again = store.home_check(ana)
    assert again.open_hazards == ()
    assert again.answers == {"throw_rugs": False, "dark_path": True,
                                                          "grab_bars": False}
    assert again.day == LATER


def test_each_person_has_their_own_and_it_goes_with_them(store, ana):
    bob = store.add_profile(Profile(None, "Bob", 1948, "male")).id
    store.save_home_check(ana, HomeCheck().answer("throw_rugs", True, DAY))
    assert store.home_check(bob) is None
    store.delete_profile(ana)
    assert store.db.execute("SELECT COUNT(*) FROM home_safety").fetchone()[0] == 0


def test_a_missing_table_reads_as_no_check_and_is_made_again(store, ana):
    store.save_home_check(ana, HomeCheck().answer("throw_rugs", True, DAY))
    store.db.execute("DROP TABLE home_safety")
    assert store.home_check(ana) is None
    assert store.results(ana) == []  # the rest of the history reads as before
    store.save_home_check(ana, HomeCheck().answer("grab_bars", True, DAY))
    assert store.home_check(ana).open_hazards == ("grab_bars",)


def test_a_damaged_row_is_left_out_and_the_others_read(store, ana):
    store.save_home_check(ana, HomeCheck().answer("throw_rugs", True, DAY).answer("grab_bars", True, DAY))
    store.db.execute("UPDATE home_safety SET answered_on = 'not a day' WHERE item = 'throw_rugs'")
    store.db.execute("INSERT INTO home_safety VALUES (?, 'Bad Id!', 1, '2026-11-02', NULL)", (ana,))
    assert store.home_check(ana).answers == {"grab_bars": True}


def test_a_save_is_whole_or_not_at_all(store, ana):
    first = HomeCheck().answer("throw_rugs", True, DAY)
    store.save_home_check(ana, first)
    with pytest.raises(sqlite3.IntegrityError):
        store.save_home_check(99, HomeCheck().answer("grab_bars", True, DAY))  # nobody by that id
    store.db.execute("CREATE TRIGGER no_bars BEFORE INSERT ON home_safety WHEN NEW.item = 'grab_bars' "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(sqlite3.IntegrityError):
        store.save_home_check(ana, first.answer("grab_bars", True, LATER))
    assert store.home_check(ana) == first  # the old check, untouched


def test_a_file_from_before_the_check_gets_the_table(tmp_path):
    db = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    for version in (1, 2, 3, 4):
        MIGRATIONS[version](db)
    db.execute("PRAGMA user_version = 4")
    db.execute("INSERT INTO profiles (id, name, birth_year, sex, created_at) "
               "VALUES (1, 'Ana', 1952, 'female', '2026-01-01')")
    db.close()
    store = HistoryStore(tmp_path)
    assert store.home_check(1) is None
    store.save_home_check(1, HomeCheck().answer("dark_path", True, DAY))
    assert store.home_check(1).open_hazards == ("dark_path",)
    store.close()


def test_reading_an_empty_folder_makes_no_file(tmp_path):
    store = HistoryStore(tmp_path / "data")
    assert store.home_check(1) is None
    assert not (tmp_path / "data").exists()
