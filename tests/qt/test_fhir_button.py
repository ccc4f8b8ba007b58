"""The file for the clinic's computer, saved from My results as a person would: one tap
beside the PDF puts a FHIR file in their (temp) Documents folder, says where and that it
is not sent anywhere; the file reads back as FHIR R4 with their results in it."""

from __future__ import annotations

import json
import os

from fhir.resources.R4B.bundle import Bundle

from .people import Person, click
from .test_saving import ana_with_results, english_day, leftovers


def test_the_clinic_file_is_saved_beside_the_report_and_reads_back_as_fhir(person: Person, qtbot, desk):
    results = ana_with_results(person)  # Ana, 72, two chair stands (8 and 11)
    button = results.list.fhir_button
    assert button.isVisible()
    assert results.list.report_button.isVisible()
    click(qtbot, button)
    path = desk.folder / f"legapp results for the clinic - Ana - {english_day(person.w.visit.today())}.json"
    assert path.exists()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    bundle = Bundle.model_validate(json.loads(path.read_text(encoding="utf-8")))
    patient, *observations = [e.resource for e in bundle.entry]
    assert patient.name[0].text == "Ana"
    assert sorted(float(o.valueQuantity.value) for o in observations) == [8.0, 11.0]
    loinc = {c.code for o in observations for c in o.code.coding if c.system == "http://loinc.org"}
    assert loinc == {"66247-8"}
    note = results.list.note
    assert note.isVisible()
    assert path.name in note.text.text()
    assert "not sent anywhere" in note.text.text()
    assert leftovers(desk.folder) == []


def test_a_guest_has_no_clinic_file_to_save(person: Person):
    results = person.open_results()
    assert not results.list.fhir_button.isVisible()
