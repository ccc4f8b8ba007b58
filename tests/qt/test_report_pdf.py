"""The PDF report, read back the way a person or a doctor gets it: its text (pdftotext),
its pages and paper size (pdfinfo), its file mode, and no text smaller than 11 pt."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from datetime import date, timedelta

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtGui import QPageSize

from legapp.assess import score_balance_4stage, score_chair_stand_30s, score_tug
from legapp.qt import report_pdf
from legapp.track.report import build_report

from ..test_track_report import ANA, T0, result_record, sample_records

MADE_ON = date(2026, 4, 1)


@pytest.fixture
def report(pack):
    return build_report(ANA, sample_records(), pack, MADE_ON)


def _text(path, first: int = 1, last: int = 0) -> str:
    pages = ["-f", str(first), *(["-l", str(last)] if last else [])]
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pairs = (line.partition(":") for line in out.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


def _squash(text: str) -> str:
    """Text without spaces, line ends or hyphens: pdftotext joins and splits lines its own way."""
    return re.sub(r"[\s\-]+", "", text)


def test_the_pdf_says_everything_the_report_holds(qapp, tmp_path, report):
    path = tmp_path / "report.pdf"
    pages = report_pdf.write_pdf(report, path, "en_US")
    text = _squash(_text(path))
    assert _squash("Ana María, woman, born in 1954. Report made on April 1, 2026.") in text
    for section in report.sections:
        for words in (section.title, section.latest.score_text, section.latest.meaning_title,
                      section.latest.meaning_text, section.latest.next_step, section.latest.source,
                      section.measures_note):
            assert _squash(words) in text, words
        assert text.count(_squash(section.latest.meaning_text)) == 1  # no paragraph printed twice
    chair = report.sections[0]
    assert _squash(f"The time before, March 1, 2026: {chair.previous.score_text}.") in text
    assert _squash(f"Rule used: {chair.latest.threshold}.") in text
    assert text.count(_squash("Source:")) == len(report.sections)
    after_page_one = _squash(_text(path, first=2))
    for question, answer in report.checklist:
        assert after_page_one.count(_squash(question)) == 1
        assert _squash(question) + answer in text  # the answer beside its question
    assert _squash("A note for the doctor") in text
    assert _squash("This is education, not a diagnosis.") in text
    assert _squash(f"Page {pages} of {pages}") in text
    assert "{" not in text


def test_page_count_and_paper_size(qapp, tmp_path, report):
    for locale_name, size in (("en_US", (612, 792)), ("en_GB", (595, 842))):
        path = tmp_path / f"{locale_name}.pdf"
        pages = report_pdf.write_pdf(report, path, locale_name)
        info = _info(path)
        assert int(info["Pages"]) == pages
        assert 2 <= pages <= 6
        points = re.match(r"([\d.]+) x ([\d.]+)", info["Page size"]).groups()
        width, height = (round(float(x)) for x in points)
        assert (width, height) == size, locale_name
        assert info["Title"] == "Leg strength and falls: results of Ana María"
    assert "1 April 2026" in _text(tmp_path / "en_GB.pdf")  # dates as written there


@pytest.mark.parametrize(("locale_name", "letter"), [
    ("en_US", True), ("es_MX", True), ("fr_CA.UTF-8", True), ("en-PH", True), ("en", True),
    ("en_GB", False), ("es_ES", False), ("de_DE", False), ("es", False), ("C", False), ("", False),
])
def test_paper_size_by_locale(locale_name, letter):
    expected = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    assert report_pdf.page_size_for(locale_name).id() == expected


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_pdf_is_private_and_written_in_one_step(qapp, tmp_path, report):
    path = tmp_path / "report.pdf"
    path.write_text("an older report")
    path.chmod(0o644)
    old_umask = os.umask(0)
    try:
        report_pdf.write_pdf(report, path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_no_text_is_smaller_than_11_points(qapp, report):
    sizes = report_pdf.font_sizes(report_pdf.report_html(report))
    assert sizes
    assert min(sizes) >= 11
    doc = report_pdf.report_document(report)
    seen = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            seen.append((fragments.fragment().charFormat().font().pointSizeF(), fragments.fragment().text()))
            fragments += 1
        block = block.next()
    assert len(seen) > 50
    assert [s for s in seen if s[0] < 11] == []
    assert max(size for size, _ in seen) >= 20  # the latest result is shown big
    assert report_pdf.MIN_POINTS >= 11  # the page footer


def test_fifty_results_still_make_a_short_report(qapp, tmp_path, pack):
    records = []
    for i in range(50):
        if i % 3 == 0:
            count = 5 + i % 15
            records.append(result_record(score_chair_stand_30s(count, 72, "female"), {"count": count}, i,
                                         age=72, sex="female"))
        elif i % 3 == 1:
            seconds = 8 + i % 9 * 0.7
            records.append(result_record(score_tug(seconds, 72), {"seconds": seconds}, i, age=72))
        else:
            held = [10, 10, 3.0 + i % 8]
            records.append(result_record(score_balance_4stage(held), {"held_seconds": held}, i))
    report = build_report(ANA, records, pack, MADE_ON)
    assert [s.count for s in report.sections] == [17, 16, 17]
    path = tmp_path / "fifty.pdf"
    pages = report_pdf.write_pdf(report, path)
    assert pages == int(_info(path)["Pages"]) <= 4  # page one, the summary, then the three tests
    latest_chair = report.sections[0].latest
    assert latest_chair.taken_at == T0 + timedelta(days=48)  # the newest of 17 chair stands
    assert _squash(latest_chair.score_text) in _squash(_text(path))


class _FakePrintDialog:
    """Stands in for the printer dialog: "prints" to a PDF file, or is cancelled."""

    def __init__(self, printer, parent=None, *, accept: bool, target=None):
        self.accept = accept
        if target is not None:
            printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

    def exec(self) -> int:
        return int(self.accept)


def test_printing_uses_the_same_pages(qapp, tmp_path, monkeypatch, report):
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", lambda printer, parent=None:
                        _FakePrintDialog(printer, parent, accept=True, target=target))
    assert report_pdf.print_report(report) is True
    text = _squash(_text(target))
    assert _squash(report.sections[0].latest.meaning_text) in text
    assert _squash(report.disclaimer) in text

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog",
                        lambda printer, parent=None: _FakePrintDialog(printer, parent, accept=False))
    assert report_pdf.print_report(report) is False


def test_a_chart_of_results_over_time_for_each_test_done_twice(qapp, tmp_path, report):
    path = tmp_path / "report.pdf"
    report_pdf.write_pdf(report, path, "en_GB")
    twice = [s for s in report.sections if s.history is not None and len(s.history.ys) >= 2]
    assert twice  # the sample has the chair stand twice
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) == len(twice)
    width, height = (int(v) for v in listing[0].split()[3:5])
    assert width >= 1500  # drawn for print, not for the screen
    assert 2 < width / height < 3
    text = _squash(_text(path))
    for section in twice:
        assert _squash(f"{section.title}: {len(section.history.ys)} results.") in text  # the chart in words
