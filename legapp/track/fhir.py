"""One person's results as a FHIR R4 Bundle a clinic's record system can take in (no Qt).

A Bundle of type "collection": one Patient (the name, the date of birth as precisely as
it was given, the sex) and one Observation per kept result: status final; category exam
(a test) or survey (a questionnaire); the LOINC code of CLINICAL.md section 16 where
there is one, and always the app's own code (legapp.track.codes); the number with its
UCUM unit; when; whose; an interpretation where a cut-off was applied (HL7 v3
ObservationInterpretation); the questionnaire's answers and the SPPB's parts as
components; how it was done (method); and a note that it is a self-test at home, not a
clinician's measurement.

Everything comes from the stored records: nothing is scored again. The file is written
on this computer only (``write_bundle``): nothing is sent anywhere.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from legapp.checks.alone import HELPER, SELF_ANSWERED, TYPED
from legapp.i18n import translate
from legapp.track.codes import CODES, LOINC, OWN_SYSTEM, UCUM, TestCode
from legapp.track.export import private_output
from legapp.track.summary import FLAGS

if TYPE_CHECKING:
    from legapp.track.profiles import Profile
    from legapp.track.records import Record

CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
_NAMESPACE = uuid.UUID("5f0c1f0e-7f7a-4c55-9a57-1e9c0a7d2f20")  # the app's own: stable ids in a file

CATEGORY_WORDS = {"exam": "Exam", "survey": "Survey"}
INTERPRETATIONS = {"L": "Low", "H": "High", "N": "Normal", "A": "Abnormal", "POS": "Positive",
                   "NEG": "Negative"}
# Questionnaires that screen (a yes/no answer to "at risk?"): Positive or Negative.
SCREENS = frozenset({"stay_independent", "sarc_f", "key_questions"})

# The items' names for components (English, as the instruments name them; CLINICAL.md 5, 6, 13, 14).
ITEM_NAMES = {
    "stay_independent": {
        "fallen_past_year": "I have fallen in the past year.",
        "cane_or_walker": "I use or have been advised to use a cane or walker to get around safely.",
        "unsteady_walking": "Sometimes I feel unsteady when I am walking.",
        "holds_furniture": "I steady myself by holding onto furniture when walking at home.",
        "worried_about_falling": "I am worried about falling.",
        "pushes_up_from_chair": "I need to push with my hands to stand up from a chair.",
        "trouble_with_curb": "I have some trouble stepping up onto a curb.",
        "rushes_to_toilet": "I often have to rush to the toilet.",
        "lost_feeling_in_feet": "I have lost some feeling in my feet.",
        "medicine_light_headed": "I take medicine that sometimes makes me feel light-headed or more "
                                 "tired than usual.",
        "medicine_sleep_mood": "I take medicine to help me sleep or improve my mood.",
        "sad_or_depressed": "I often feel sad or depressed.",
    },
    "sarc_f": {"strength": "Strength", "walking": "Assistance in walking", "chair_rise": "Rise from a chair",
               "stairs": "Climb stairs", "falls": "Falls"},
    "key_questions": {"fell_past_year": "Fallen in the past year", "unsteady": "Feels unsteady when "
                      "standing or walking", "worried": "Worries about falling"},
}
HOW_DONE = {  # raw["counted_by"] -> (own code, words)
    HELPER: ("counted-by-helper", "Counted by a helper who tapped the screen during the test"),
    TYPED: ("count-typed-afterwards", "The count was typed in afterwards, not tapped during the test"),
    SELF_ANSWERED: ("self-reported-holds", "Done alone: the person said after each position whether "
                    "they held it"),
}


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def _own(code: str, text: str) -> dict[str, Any]:
    return {"coding": [_coding(OWN_SYSTEM, code, text)], "text": text}


def _quantity(value: float, unit_code: str, unit_words: str, comparator: str | None = None) -> dict[str, Any]:
    # never rounded across a cut-off: only floating-point dust is dropped
    number: float | int = int(value) if float(value).is_integer() else round(float(value), 6)
    return {"value": number, **({"comparator": comparator} if comparator else {}), "unit": unit_words,
            "system": UCUM, "code": unit_code}


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def birth_date(profile: Profile) -> str:
    """FHIR's date as precise as it is known: "1954", "1954-03" or "1954-03-07"."""
    text = f"{profile.birth_year:04d}"
    if profile.birth_month is not None:
        text += f"-{profile.birth_month:02d}"
        if profile.birth_day is not None:
            text += f"-{profile.birth_day:02d}"
    return text


def patient(profile: Profile) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": _id("patient", profile.id, profile.name),
            "name": [{"text": profile.name}], "gender": profile.sex, "birthDate": birth_date(profile)}


def _code(code: TestCode) -> dict[str, Any]:
    codings = [_coding(LOINC, code.loinc)] if code.loinc else []  # no display: LOINC's own is not copied
    codings.append(_coding(OWN_SYSTEM, code.own_code, code.name))
    return {"coding": codings, "text": code.name}


def _interpretation(record: Record) -> dict[str, Any] | None:
    """Where a cut-off was applied: Low/High/Normal for a measurement (by the side of the
    line that is the risk), Positive/Negative for a screening questionnaire, Abnormal
    for a test not completed."""
    if record.at_risk is None or not record.threshold:
        return None
    if record.test in SCREENS:
        code = "POS" if record.at_risk else "NEG"
    elif not record.at_risk:
        code = "N"
    elif record.score is None:
        code = "A"
    else:
        code = "L" if "<" in record.threshold else "H"
    words = FLAGS.get((record.test, record.meaning), record.meaning.replace("_", " "))  # English, clinical
    if record.meaning == "not_completed":
        words = "Not completed: counted as at risk"
    return {"coding": [_coding(INTERPRETATION_SYSTEM, code, INTERPRETATIONS[code])], "text": words}


def _component(code: str, text: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"code": _own(code, text), **value}


def _points(value: float) -> dict[str, Any]:
    return {"valueQuantity": _quantity(value, "{score}", "points")}


def _seconds(value: float) -> dict[str, Any]:
    return {"valueQuantity": _quantity(value, "s", "seconds")}


def _answers(record: Record) -> dict[str, Any]:
    answers = record.raw.get("answers", record.raw)
    return answers if isinstance(answers, dict) else {}


def components(record: Record) -> list[dict[str, Any]]:
    """The parts of a result: each questionnaire item's answer, the SPPB's three parts,
    the times of a balance test and a walk, and whether the arms or a walking aid were used."""
    own, raw, out = CODES[record.test].own_code, record.raw, []
    if record.test in ("stay_independent", "key_questions"):
        names = ITEM_NAMES[record.test]
        source = _answers(record) if record.test == "stay_independent" else raw
        for item, answer in source.items():
            if isinstance(answer, bool) and item in names:
                out.append(_component(f"{own}.{item}", names[item], {"valueBoolean": answer}))
    elif record.test in ("sarc_f", "short_fes_i"):
        names = ITEM_NAMES.get(record.test, {})
        for item, answer in _answers(record).items():
            if isinstance(answer, int) and not isinstance(answer, bool):
                out.append(_component(f"{own}.{item}", names.get(item, item.replace("_", " ")),
                                      _points(answer)))
    elif record.test == "sppb":
        for part, words in (("balance_points", "Balance points"), ("gait_points", "Gait speed points"),
                            ("chair_points", "Chair stand points")):
            if isinstance(raw.get(part), int | float):
                out.append(_component(f"sppb.{part.replace('_', '-')}", words, _points(raw[part])))
    elif record.test == "balance_4stage":
        held = raw.get("held_seconds")
        for stage, seconds in enumerate(held if isinstance(held, list) else [], start=1):
            if isinstance(seconds, int | float):
                out.append(_component(f"balance-4stage.stage-{stage}", f"Position {stage}, time held",
                                      _seconds(seconds)))
    elif record.test == "walk_4m":
        if isinstance(raw.get("seconds"), int | float):
            out.append(_component("walk-4m.seconds", "Time of the faster try", _seconds(raw["seconds"])))
        if isinstance(raw.get("metres"), int | float):
            out.append(_component("walk-4m.course", "Course length",
                                  {"valueQuantity": _quantity(raw["metres"], "m", "metres")}))
    if record.test in ("chair_stand_30s", "five_times_sts") and isinstance(raw.get("arms"), bool):
        out.append(_component("arms-used", "Arms used to stand up", {"valueBoolean": raw["arms"]}))
    if isinstance(raw.get("walking_aid"), bool):
        out.append(_component("walking-aid", "Walking aid used", {"valueBoolean": raw["walking_aid"]}))
    return out


def _method(record: Record) -> dict[str, Any]:
    how = HOW_DONE.get(record.raw.get("counted_by"))  # type: ignore[arg-type]
    if how is None and record.raw.get("helper") is True:
        how = ("timed-by-helper", "Timed by a helper")
    if how is None and CODES[record.test].category == "survey":
        how = ("self-report", "Answered by the person (self-report questionnaire)")
    if how is None:
        how = ("self-test-at-home", "Self-test at home")
    return _own(*how)


def note_words() -> str:
    return translate("Fhir", "A self-test at home with the legapp program, not a measurement by a "
                     "clinician.")


def observation(record: Record, subject: dict[str, str]) -> dict[str, Any]:
    code = CODES[record.test]
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": _id("observation", subject["reference"], record.test,
                                                 record.taken_at.isoformat(), record.id),
        "status": "final",
        "category": [{"coding": [_coding(CATEGORY_SYSTEM, code.category, CATEGORY_WORDS[code.category])]}],
        "code": _code(code), "subject": subject,
        "effectiveDateTime": record.taken_at.astimezone().isoformat(timespec="seconds"),
    }
    if record.score is not None:
        comparator = ">=" if record.raw.get("over_limit") is True else None  # the timer ran out first
        obs["valueQuantity"] = _quantity(record.score, code.unit, code.unit_words, comparator)
    else:
        obs["dataAbsentReason"] = {"coding": [_coding(ABSENT_SYSTEM, "not-performed", "Not Performed")],
                                   "text": "Not completed"}
    interpretation = _interpretation(record)
    if interpretation is not None:
        obs["interpretation"] = [interpretation]
    obs["note"] = [{"text": note_words()}]
    obs["method"] = _method(record)
    if record.threshold:
        obs["referenceRange"] = [{"text": f"At risk when {record.threshold} ({record.source})".strip()}]
    parts = components(record)
    if parts:
        obs["component"] = parts
    return obs


def bundle(profile: Profile, records: Iterable[Record], made_at: datetime) -> dict[str, Any]:
    """The Bundle for ``profile``: results of anyone else, and of tests the app has no
    code for, are left out. Oldest result first."""
    person = patient(profile)
    reference = f"urn:uuid:{person['id']}"
    subject = {"reference": reference, "display": profile.name}
    mine = sorted((r for r in records if (profile.id is None or r.profile_id == profile.id)
                   and r.test in CODES), key=lambda r: (r.taken_at, r.id or 0))
    entries = [{"fullUrl": reference, "resource": person}]
    for record in mine:
        obs = observation(record, subject)
        entries.append({"fullUrl": f"urn:uuid:{obs['id']}", "resource": obs})
    return {"resourceType": "Bundle", "id": _id("bundle", person["id"], made_at.isoformat()),
            "type": "collection", "timestamp": made_at.astimezone().isoformat(timespec="seconds"),
            "entry": entries}


def write_bundle(data: dict[str, Any], path: str | os.PathLike[str]) -> int:
    """Write the bundle as JSON to ``path``, privately and in one step (OSError if it
    cannot be); returns the number of results in it."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    with private_output(path) as temp, open(temp, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    return len(data["entry"]) - 1
