"""What each self-test is called where clinicians read it (no Qt): its standard name, its
code for a clinic's record system and the unit of its number.

LOINC codes are only those of CLINICAL.md section 16 (verified on loinc.org); a test
with none there gets a code of the app's own code system (``OWN_SYSTEM``), never a
guessed LOINC. Units are UCUM codes.

The 30-second chair stand "using the arms" (LOINC 93125-3) is a different measurement
from what the app does: the app follows the CDC form, which stops the test and records
0 when the arms are needed. So a chair stand with arms used is the standard chair stand
(66247-8) with the value 0 and "arms used" said beside it; 93125-3 is never sent.

The table also names the tests of issue 18 (walk_4m, sppb, short_fes_i, key_questions,
see /work/notes/interface-18.md), so their results are coded as soon as they are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from legapp.i18n import QT_TRANSLATE_NOOP, translate

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
# The app's own code system: one URI under the project's own name, used for every code
# that is not LOINC (tests, questionnaire items, parts of a result, how it was done).
OWN_SYSTEM = "https://legapp.example/fhir/CodeSystem/legapp-tests"


@dataclass(frozen=True)
class TestCode:
    test: str  # the app's id of the test ("chair_stand_30s")
    name: str  # the standard name, in English (marked for translation: ``standard_name``)
    own_code: str  # its code in OWN_SYSTEM
    loinc: str | None  # from CLINICAL.md section 16, or None: there is none
    unit: str  # UCUM code of the number
    unit_words: str  # the unit said plainly (English; FHIR's "unit")
    category: Literal["exam", "survey"]  # observation-category: a test, or a questionnaire


_CODES = (
    TestCode("chair_stand_30s", QT_TRANSLATE_NOOP("StandardNames", "CDC STEADI 30-Second Chair Stand"),
             "chair-stand-30s", "66247-8", "{#}/(30.s)", "stands in 30 seconds", "exam"),
    TestCode("balance_4stage", QT_TRANSLATE_NOOP("StandardNames", "4-Stage Balance Test (CDC STEADI)"),
             "balance-4stage", None, "{score}", "positions held, of 4", "exam"),
    TestCode("tug", QT_TRANSLATE_NOOP("StandardNames", "Timed Up and Go (TUG)"),
             "tug", "89423-8", "s", "seconds", "exam"),
    TestCode("five_times_sts", QT_TRANSLATE_NOOP("StandardNames", "Five Times Sit-to-Stand (5xSTS)"),
             "five-times-sts", None, "s", "seconds", "exam"),
    TestCode("walk_4m", QT_TRANSLATE_NOOP("StandardNames", "4-metre walk, usual pace (gait speed)"),
             "walk-4m", None, "m/s", "metres per second", "exam"),
    TestCode("sppb", QT_TRANSLATE_NOOP("StandardNames", "Short Physical Performance Battery (SPPB)"),
             "sppb", None, "{score}", "points, of 12", "exam"),
    TestCode("stay_independent", QT_TRANSLATE_NOOP("StandardNames", "CDC STEADI Stay Independent checklist"),
             "stay-independent", "97874-2", "{score}", "points, of 14", "survey"),
    TestCode("sarc_f", QT_TRANSLATE_NOOP("StandardNames", "SARC-F"), "sarc-f", None, "{score}",
             "points, of 10", "survey"),
    TestCode("short_fes_i", QT_TRANSLATE_NOOP("StandardNames", "Short FES-I (fear of falling)"),
             "short-fes-i", None, "{score}", "points, 7 to 28", "survey"),
    TestCode("key_questions", QT_TRANSLATE_NOOP("StandardNames", "CDC STEADI three key questions"),
             "key-questions", None, "{score}", "yes answers, of 3", "survey"),
)
CODES: dict[str, TestCode] = {c.test: c for c in _CODES}

# Performance tests, then questionnaires: the order of the doctor's summary table.
ORDER = tuple(c.test for c in _CODES)


def standard_name(test: str) -> str:
    """The test's standard name in the person's language ("CDC STEADI 30-Second Chair Stand")."""
    code = CODES.get(test)
    return translate("StandardNames", code.name) if code is not None else test
