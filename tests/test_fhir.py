"""The FHIR R4 export, read back with the fhir.resources models (R4B) the way a clinic's
system would read it, and checked against the history it came from: codes, units, values,
dates, the person, the parts of each result; and `legapp export-fhir` on the command line."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle

from legapp import assess
from legapp.app import main
from legapp.track import fhir
from legapp.track.codes import LOINC, OWN_SYSTEM, UCUM
from legapp.track.profiles import Profile
from legapp.track.records import Record, record_of
from legapp.track.store import HistoryStore

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
MADE_AT = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
ROSA = Profile(1, "Rosa Peña", 1951, "female", 6, 20)  # 74 until 20 June 2026

# CLINICAL.md section 16, copied here by hand: the test checks the code table against it.
EXPECTED = {  # test: (LOINC or None, UCUM unit, category)
    "chair_stand_30s": ("66247-8", "{#}/(30.s)", "exam"),
    "balance_4stage": (None, "{score}", "exam"),
    "tug": ("89423-8", "s", "exam"),
    "five_times_sts": (None, "s", "exam"),
    "walk_4m": (None, "m/s", "exam"),
    "sppb": (None, "{score}", "exam"),
    "stay_independent": ("97874-2", "{score}", "survey"),
    "sarc_f": (None, "{score}", "survey"),
    "short_fes_i": (None, "{score}", "survey"),
    "key_questions": (None, "{score}", "survey"),
}
SARC = dict(zip(assess.SARC_F_ITEMS, [1, 0, 2, 1, 1], strict=True))
CHECKLIST_YES = {"fallen_past_year", "worried_about_falling", "unsteady_walking"}  # 2+1+1 = 4
FES = {"dressing": 1, "bathing": 2, "chair": 2, "stairs": 3, "reaching": 2, "slope": 3, "social_event": 1}
KEY = {"fell_past_year": True, "unsteady": None, "worried": None}  # after a checklist under 4


def _kept(result, raw, day, profile_id=1, **kw) -> Record:
    return record_of(result, raw, profile_id=profile_id, content_version=1, taken_at=T0 + timedelta(days=day),
                     **kw)


def every_kind(profile_id: int = 1) -> list[Record]:
    """A made-up person with every kind of result, two chair stands on one day among them,
    and one with the arms used."""
    answers = {item: item in CHECKLIST_YES for item in assess.STAY_INDEPENDENT_ITEMS}
    return [
        _kept(assess.score_chair_stand_30s(9, 74, "female"), {"count": 9, "halfway": False, "arms": False,
                                                              "counted_by": "helper"}, 0, profile_id,
              age=74, sex="female"),
        _kept(assess.score_chair_stand_30s(11, 74, "female"), {"count": 11, "halfway": False, "arms": False,
                                                               "counted_by": "typed"}, 0.25, profile_id,
              age=74, sex="female"),
        _kept(assess.score_chair_stand_30s(0, 74, "female"), {"count": 6, "halfway": False, "arms": True,
                                                              "counted_by": "helper"}, 20, profile_id,
              age=74, sex="female"),
        _kept(assess.score_balance_4stage([10, 10, 4.5]), {"held_seconds": [10, 10, 4.5],
                                                          "counted_by": "self_answered"}, 1, profile_id),
        _kept(assess.score_tug(10.2, 74), {"seconds": 10.2, "counted_by": "helper"}, 2, profile_id, age=74),
        _kept(assess.score_tug(30.0, 74), {"seconds": 30.0, "over_limit": True, "counted_by": "helper"}, 22,
              profile_id, age=74),
        _kept(assess.score_five_times_sts(16.4, 74), {"seconds": 16.4, "arms": False,
                                                     "counted_by": "helper"}, 3, profile_id, age=74),
        _kept(assess.score_five_times_sts(None, 74), {"completed": False, "arms": True,
                                                     "counted_by": "helper"}, 23, profile_id, age=74),
        _kept(assess.score_stay_independent(answers), {"answers": answers}, 4, profile_id),
        _kept(assess.score_sarc_f(SARC), {"answers": SARC}, 5, profile_id),
        _kept(assess.score_gait_speed(4.9, 4), {"tries": [5.1, 4.9], "seconds": 4.9, "metres": 4,
                                                "walking_aid": True, "helper": True}, 6, profile_id),
        _kept(assess.score_sppb([10, 10, 4.5], 4.9, 4, 14.0),
              {"balance_held": [10, 10, 4.5], "gait_seconds": 4.9, "gait_metres": 4, "chair_seconds": 14.0,
               "balance_points": 3, "gait_points": 3, "chair_points": 2}, 6.01, profile_id),
        _kept(assess.score_short_fes_i(FES), {"answers": FES}, 7, profile_id),
        _kept(assess.score_key_questions(KEY), dict(KEY), 8, profile_id),
    ]


def _parsed(data) -> Bundle:
    return Bundle.model_validate(data)


@pytest.fixture
def data():
    someone_else = _kept(assess.score_tug(15.0, 80), {"seconds": 15.0}, 9, profile_id=2, age=80)
    return fhir.bundle(ROSA, [*reversed(every_kind()), someone_else], MADE_AT)


def _observations(data):
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Observation"]


def _codes(obs, system):
    return [c["code"] for c in obs["code"]["coding"] if c["system"] == system]


def test_the_bundle_validates_as_fhir_r4(data):
    parsed = _parsed(data)
    assert parsed.type == "collection"
    kinds = [e.resource.get_resource_type() for e in parsed.entry]
    assert kinds == ["Patient"] + ["Observation"] * len(every_kind())  # the other person's TUG left out
    # and again from the file, as a clinic's system reads it
    assert _parsed(json.loads(json.dumps(data))).model_dump(mode="json")["entry"][0]["resource"]["id"]


def test_the_patient_with_the_date_of_birth_as_precise_as_known(data):
    person = _parsed(data).entry[0].resource
    assert (person.name[0].text, person.gender) == ("Rosa Peña", "female")
    assert str(person.birthDate) == "1951-06-20"
    assert fhir.birth_date(Profile(1, "A", 1951, "male")) == "1951"
    assert fhir.birth_date(Profile(1, "A", 1951, "male", 3)) == "1951-03"
    for profile in (Profile(1, "A", 1951, "male"), Profile(1, "A", 1951, "male", 3)):
        # a partial date is valid
        assert _parsed(fhir.bundle(profile, [], MADE_AT)).entry[0].resource.birthDate


def test_codes_units_values_and_dates_match_the_history(data):
    history = sorted(every_kind(), key=lambda r: r.taken_at)
    observations = _observations(data)
    assert len(observations) == len(history)
    patient_ref = data["entry"][0]["fullUrl"]
    seen = set()
    for obs, record in zip(observations, history, strict=True):
        loinc, unit, category = EXPECTED[record.test]
        seen.add(record.test)
        assert _codes(obs, LOINC) == ([loinc] if loinc else []), record.test
        assert len(_codes(obs, OWN_SYSTEM)) == 1
        assert obs["category"][0]["coding"][0] == {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category,
            "display": category.capitalize()}
        assert obs["status"] == "final"
        assert obs["subject"]["reference"] == patient_ref
        assert datetime.fromisoformat(obs["effectiveDateTime"]) == record.taken_at
        if record.score is None:
            assert "valueQuantity" not in obs
            assert obs["dataAbsentReason"]["coding"][0]["code"] == "not-performed"
        else:
            quantity = obs["valueQuantity"]
            assert (quantity["system"], quantity["code"]) == (UCUM, unit)
            assert quantity["value"] == pytest.approx(record.score)
        assert "not a measurement by a clinician" in obs["note"][0]["text"]
    assert seen == set(EXPECTED)  # every kind of result is in it
    assert "93125-3" not in json.dumps(data)  # the chair stand "using the arms" was never done


def test_a_chair_stand_needing_the_arms_is_the_standard_test_scored_zero(data):
    chairs = [o for o in _observations(data) if _codes(o, LOINC) == ["66247-8"]]
    arms = [o for o in chairs if _parts(o).get("arms-used") is True]
    assert len(chairs) == 3
    assert all(_parts(o).get("arms-used") is not None for o in chairs)
    assert len(arms) == 1
    assert arms[0]["valueQuantity"]["value"] == 0


def _interpretation(obs):
    return obs["interpretation"][0]["coding"][0]["code"] if "interpretation" in obs else None


def test_interpretations_follow_the_cut_off_side(data):
    by_day = {datetime.fromisoformat(o["effectiveDateTime"]).date(): o for o in _observations(data)}
    found = [(o["code"]["coding"][-1]["code"], _interpretation(o),
              o["interpretation"][0]["coding"][0]["system"] if "interpretation" in o else None)
             for o in _observations(data)]
    assert {system for _, _, system in found} == {
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"}
    pairs = [(code, interp) for code, interp, _ in found]
    assert pairs == [
        ("chair-stand-30s", "L"), ("chair-stand-30s", "N"), ("balance-4stage", "L"), ("tug", "N"),
        ("five-times-sts", "H"), ("stay-independent", "POS"), ("sarc-f", "POS"), ("walk-4m", "N"),
        ("sppb", "L"), ("short-fes-i", "H"), ("key-questions", "POS"),
        ("chair-stand-30s", "L"), ("tug", "H"), ("five-times-sts", "A")]
    over = by_day[(T0 + timedelta(days=22)).date()]
    assert over["valueQuantity"]["comparator"] == ">="  # the timer ran out: at least 30 s


def _parts(obs):
    return {c["code"]["coding"][0]["code"]: c.get("valueQuantity", {}).get("value", c.get("valueBoolean"))
            for c in obs.get("component", [])}


def test_questionnaire_items_and_sppb_parts_are_components(data):
    by_code = {}
    for obs in _observations(data):
        by_code.setdefault(obs["code"]["coding"][-1]["code"], obs)
    assert _parts(by_code["sarc-f"]) == {f"sarc-f.{k}": v for k, v in SARC.items()}
    checklist = _parts(by_code["stay-independent"])
    assert len(checklist) == 12
    assert {k for k, v in checklist.items() if v} == {f"stay-independent.{k}" for k in CHECKLIST_YES}
    assert by_code["stay-independent"]["valueQuantity"]["value"] == 4
    assert _parts(by_code["sppb"]) == {"sppb.balance-points": 3, "sppb.gait-points": 3,
                                       "sppb.chair-points": 2}
    assert _parts(by_code["short-fes-i"]) == {f"short-fes-i.{k}": v for k, v in FES.items()}
    assert _parts(by_code["key-questions"]) == {"key-questions.fell_past_year": True}  # not asked: left out
    assert _parts(by_code["walk-4m"]) == {"walk-4m.seconds": 4.9, "walk-4m.course": 4, "walking-aid": True}
    assert by_code["walk-4m"]["valueQuantity"]["value"] == pytest.approx(4 / 4.9, abs=0.001)
    assert _parts(by_code["balance-4stage"]) == {"balance-4stage.stage-1": 10, "balance-4stage.stage-2": 10,
                                                 "balance-4stage.stage-3": 4.5}
    for obs in by_code.values():
        for part in obs.get("component", []):
            assert part["code"]["coding"][0]["system"] == OWN_SYSTEM
            if "valueQuantity" in part:
                assert part["valueQuantity"]["system"] == UCUM


def test_how_it_was_done_is_the_method(data):
    methods = [o["method"]["coding"][0]["code"] for o in _observations(data)]
    assert methods[:5] == ["counted-by-helper", "count-typed-afterwards", "self-reported-holds",
                           "counted-by-helper", "counted-by-helper"]
    assert methods[5:7] == ["self-report", "self-report"]
    assert methods[7] == "timed-by-helper"  # the walk


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_is_private_json_and_validates(tmp_path, data):
    path = tmp_path / "rosa.json"
    assert fhir.write_bundle(data, path) == len(every_kind())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _parsed(json.loads(path.read_text(encoding="utf-8"))).entry[0].resource.name[0].text == "Rosa Peña"


# -- legapp export-fhir --------------------------------------------------------------------------

@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    store = HistoryStore(folder)
    rosa = store.add_profile(Profile(None, "Rosa Peña", 1951, "female", 6, 20))
    other = store.add_profile(Profile(None, "Luis", 1948, "male"))
    for record in every_kind(rosa.id):  # every kind of result
        store.save(record)
    store.save(_kept(assess.score_tug(15.0, 78), {"seconds": 15.0}, 9, profile_id=other.id, age=78))
    store.close()
    return folder


def test_export_fhir_writes_a_bundle_that_validates(data_dir, tmp_path, capsys):
    out = tmp_path / "rosa.json"
    args = ["export-fhir", "--data-dir", str(data_dir), "--person", "rosa  peña", "--out", str(out)]
    assert main(args) == 0
    assert "Wrote 14 results of Rosa Peña" in capsys.readouterr().out
    parsed = _parsed(json.loads(out.read_text(encoding="utf-8")))
    assert [e.resource.get_resource_type() for e in parsed.entry].count("Observation") == 14
    values = sorted(e.resource.valueQuantity.value for e in parsed.entry[1:] if e.resource.valueQuantity)
    expected = sorted(r.score for r in every_kind() if r.score is not None)
    assert [float(v) for v in values] == pytest.approx(expected)
    tests = {c.code for e in parsed.entry[1:] for c in e.resource.code.coding if c.system == OWN_SYSTEM}
    assert len(tests) == len(EXPECTED)  # all ten kinds, read back from the history


def test_export_fhir_no_such_person(data_dir, tmp_path, capsys):
    out = tmp_path / "x.json"
    assert main(["export-fhir", "--data-dir", str(data_dir), "--person", "Ana", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no person named 'Ana'" in err
    assert "Luis, Rosa Peña" in err
    assert not out.exists()


def test_export_fhir_no_results_folder_is_not_made(tmp_path, capsys):
    missing = tmp_path / "nothing-here"
    assert main(["export-fhir", "--data-dir", str(missing), "--person", "Ana", "--out",
                 str(tmp_path / "x.json")]) == 2
    assert "no legapp results are kept in" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("where", ["no-such-folder/x.json", "a-folder"])
def test_export_fhir_unwritable_path(data_dir, tmp_path, capsys, where):
    (tmp_path / "a-folder").mkdir()
    out = tmp_path / where
    assert main(["export-fhir", "--data-dir", str(data_dir), "--person", "Luis", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "could not be written" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder", "data"]  # no temp file left
    assert list((tmp_path / "a-folder").iterdir()) == []


def test_export_fhir_missing_options_are_refused_plainly(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export-fhir", "--person", "Ana"])
    assert stop.value.code == 2
    assert "--data-dir" in capsys.readouterr().err


def test_export_fhir_from_the_command_line(data_dir, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "rosa.json"
    command = [sys.executable, "-m", "legapp", "export-fhir", "--data-dir", str(data_dir), "--out", str(out)]
    run = subprocess.run([*command, "--person", "Rosa Peña"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert _parsed(json.loads(out.read_text(encoding="utf-8"))).type == "collection"
    bad = subprocess.run([*command, "--person", "Nobody"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.startswith("legapp export-fhir: there is no person named 'Nobody'")
