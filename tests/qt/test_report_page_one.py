"""Page one of the PDF is the doctor's summary, read back through pdftotext: the person,
the table of the latest result of each test, their own answers about falls; and every
page carries the person's name and its number. In Spanish: dates and decimal commas."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from legapp.content.loader import load_pack
from legapp.paths import bundled_content_dir
from legapp.qt import report_pdf
from legapp.track.report import build_report

from ..test_fhir import ROSA, every_kind


def _page(path, page: int) -> str:
    # -raw: in the order drawn, so each table cell reads whole (not interleaved by columns)
    pages = ["-f", str(page), "-l", str(page)]
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text)


def _pdf(tmp_path, lang: str, locale_name: str):
    pack = load_pack(bundled_content_dir(lang))
    report = build_report(ROSA, every_kind(), pack, date(2026, 4, 1))  # every kind of result
    path = tmp_path / f"{lang}.pdf"
    return report, path, report_pdf.write_pdf(report, path, locale_name)


def test_page_one_holds_the_table_of_latest_results(qapp, tmp_path):
    report, path, pages = _pdf(tmp_path, "en", "en_US")
    first = _squash(_page(path, 1))
    assert _squash("Rosa Peña, woman, date of birth June 20, 1951. Report made on April 1, 2026.") in first
    headings = ("Test (latest result)", "Date (age)", "Result and flag", "Cut-off; source", "How it was done")
    for heading in headings:
        assert _squash(heading) in first
    assert len(report.summary) == 10  # all ten kinds, on page one
    at = -1
    for row in report.summary:  # each row whole, in order, on page one
        for cell in (row.name, row.value, row.flag, row.cutoff, row.how):
            assert _squash(cell) in first, cell
        where = first.index(_squash(row.name))
        assert where > at
        at = where
    assert _squash("21 Mar 2026 (age 74)") in first  # the latest chair stand, before her birthday
    assert _squash("In the person's own words") in first
    assert _squash("“Have you fallen in the past year?” — Yes") in first
    # the history starts on a page of its own
    assert _squash("Each test over time") not in first
    assert _squash("Each test over time") in _squash(_page(path, 2))
    for page in range(1, pages + 1):
        assert _squash(f"Rosa Peña, April 1, 2026. Page {page} of {pages}") in _squash(_page(path, page))


@pytest.fixture
def spanish(qapp):
    from legapp.qt.translation import use_language

    use_language("es")  # as the app does: the words, the dates and the decimal comma
    yield
    use_language("en")


def test_every_page_in_spanish_has_spanish_dates_and_decimal_commas(spanish, tmp_path):
    _report, path, pages = _pdf(tmp_path, "es", "es_ES")
    first = _squash(_page(path, 1))
    assert _squash("20 de junio de 1951") in first
    assert _squash("1 de abril de 2026") in first
    assert _squash("4,5 s") in first  # the tandem stance's time
    assert "4.5" not in first
    for page in range(1, pages + 1):
        text = _page(path, page)
        assert "1 de abril de 2026" in text
        assert not re.search(r"\d\.\d", text.replace("cdc.gov", "")), page  # no decimal point anywhere


def test_what_the_results_say_together_follows_page_one(qapp, tmp_path):
    report, path, _pages = _pdf(tmp_path, "en", "en_US")
    assert report.together is not None
    second = _squash(_page(path, 2))
    assert second.startswith(_squash("What the results say together"))
    assert _squash(report.together.screen) in second
    assert report.together.screen.startswith("They may be at risk of falling")  # of the person, not to them
    assert len(report.together.rows) >= 5
    for row in report.together.rows:
        assert _squash(row.found) in second
        assert _squash(row.note) in second
    assert _squash("Each test over time") in second  # the history follows on the same page
