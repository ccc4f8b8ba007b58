"""The report for the doctor on paper: a PDF file, or sent to a printer.

One QTextDocument, built from legapp.track.report's words by ``report_document``, is laid
out and painted page by page by ``_paint`` for both the PDF writer and a printer, so what
is printed is what is saved. Text is never smaller than 11 pt (the body is 12 pt), for
people who read with poor eyesight; pages are A4, or Letter where Letter is the custom.
The file is private: written beside the target under a temporary name, readable by its
owner only, and moved into place in one step (legapp.track.export.private_output).
"""

from __future__ import annotations

import html
import os
import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QDate, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QWidget

from legapp.charts.results import UNITS, end_of_day
from legapp.charts.words import results_summary
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.theme import STANDARD
from legapp.track.codes import standard_name
from legapp.track.export import private_output

if TYPE_CHECKING:
    from legapp.track.report import Report, ReportSection
    from legapp.track.summary import TogetherSection

# Regions where Letter paper is the custom; everywhere else uses A4.
LETTER_REGIONS = frozenset({
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "BZ",
})
RESOLUTION = 300  # dots per inch of the PDF writer
MARGIN_MM = 15
MIN_POINTS = 11  # no printed text is smaller than this
BODY_POINTS = 12
FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif"

# The report's own words (the results' words come from the content pack and
# legapp.track.report): marked here, translated where used (``_w``).
WORDS = {
    "title": QT_TRANSLATE_NOOP("ReportPdf", "Leg strength and falls: my results"),
    "person.female": QT_TRANSLATE_NOOP(
        "ReportPdf", "{name}, born in {year}, woman. Report made on {made_on}."),
    "person.male": QT_TRANSLATE_NOOP("ReportPdf", "{name}, born in {year}, man. Report made on {made_on}."),
    "intro": QT_TRANSLATE_NOOP(
        "ReportPdf", "These are the results of self-tests of leg strength and balance, done with the "
        "legapp program. They are here to talk over with a doctor."),
    "summary": QT_TRANSLATE_NOOP("ReportPdf", "At a glance"),
    "test": QT_TRANSLATE_NOOP("ReportPdf", "Test"),
    "date": QT_TRANSLATE_NOOP("ReportPdf", "Date"),
    "result": QT_TRANSLATE_NOOP("ReportPdf", "Result"),
    "meaning": QT_TRANSLATE_NOOP("ReportPdf", "What it means"),
    "latest": QT_TRANSLATE_NOOP("ReportPdf", "Latest result, {when}"),
    "previous": QT_TRANSLATE_NOOP("ReportPdf", "The time before, {when}: {score}. {meaning}."),
    "only_one": QT_TRANSLATE_NOOP("ReportPdf", "This is the only result so far."),
    "count": QT_TRANSLATE_NOOP("ReportPdf", "Results kept for this test: {count}."),
    "next_step": QT_TRANSLATE_NOOP("ReportPdf", "Next step:"),
    "rule": QT_TRANSLATE_NOOP("ReportPdf", "Rule used: {rule}."),
    "no_rule": QT_TRANSLATE_NOOP("ReportPdf", "Rule used: none. There is no cut-off for this age."),
    "source": QT_TRANSLATE_NOOP("ReportPdf", "Source: {source}."),
    "no_results": QT_TRANSLATE_NOOP("ReportPdf", "No results are saved yet."),
    "checklist": QT_TRANSLATE_NOOP("ReportPdf", "Answers to the checklist"),
    "checklist_on": QT_TRANSLATE_NOOP("ReportPdf", "Answers to the checklist, {when}"),
    "question": QT_TRANSLATE_NOOP("ReportPdf", "Question"),
    "answer": QT_TRANSLATE_NOOP("ReportPdf", "Answer"),
    "doctor": QT_TRANSLATE_NOOP("ReportPdf", "A note for the doctor: what each test measures"),
    "footer": QT_TRANSLATE_NOOP("ReportPdf", "{name}, {made_on}. Page {page} of {pages}"),
    "pdf_title": QT_TRANSLATE_NOOP("ReportPdf", "Leg strength and falls: results of {name}"),
    "risk_below": QT_TRANSLATE_NOOP("ReportPdf", "Higher risk below this line"),
    "risk_above": QT_TRANSLATE_NOOP("ReportPdf", "Higher risk at or above this line"),
    "not_written": QT_TRANSLATE_NOOP("ReportPdf", "The report could not be written."),
    # Page one, for the doctor (clinical words)
    "doctor_title": QT_TRANSLATE_NOOP("ReportPdf",
                                      "Self-test results for the doctor: leg strength and falls"),
    "born_day": QT_TRANSLATE_NOOP("ReportPdf", "date of birth {born}"),
    "born_year": QT_TRANSLATE_NOOP("ReportPdf", "born in {born}"),
    "who.female": QT_TRANSLATE_NOOP("ReportPdf", "{name}, woman, {born}. Report made on {made_on}."),
    "who.male": QT_TRANSLATE_NOOP("ReportPdf", "{name}, man, {born}. Report made on {made_on}."),
    "doctor_intro": QT_TRANSLATE_NOOP(
        "ReportPdf", "Self-tests done at home with the legapp program, not measurements by a clinician. "
        "The latest result of each test; each test over time follows."),
    "col.test": QT_TRANSLATE_NOOP("ReportPdf", "Test (latest result)"),
    "col.date": QT_TRANSLATE_NOOP("ReportPdf", "Date (age)"),
    "col.value": QT_TRANSLATE_NOOP("ReportPdf", "Result and flag"),
    "col.cutoff": QT_TRANSLATE_NOOP("ReportPdf", "Cut-off; source"),
    "col.how": QT_TRANSLATE_NOOP("ReportPdf", "How it was done"),
    "date_age": QT_TRANSLATE_NOOP("ReportPdf", "{date} (age {age})"),
    "own_words": QT_TRANSLATE_NOOP("ReportPdf", "In the person's own words: their answers about falls"),
    "over_time": QT_TRANSLATE_NOOP("ReportPdf", "Each test over time, as the person was told it"),
    "in_app": QT_TRANSLATE_NOOP("ReportPdf", "Called \u201c{title}\u201d in legapp."),
    "together": QT_TRANSLATE_NOOP("ReportPdf", "What the results say together"),
    "on_day": QT_TRANSLATE_NOOP("ReportPdf", "({day})"),
    "nothing_found": QT_TRANSLATE_NOOP("ReportPdf", "No test found a problem."),
}
CHART_WIDTH, CHART_HEIGHT = 600, 240  # in the document's pixels: about 16 by 6 cm on paper

KEEP_WITH_NEXT = 1  # the block state of headings, kept on one page with what follows them
# Headings are paragraphs with a class: Qt sizes <h1>-<h6> by its own scale, whatever the CSS says.
STYLE = f"""
body {{ font-family: {FONT_FAMILY}; font-size: {BODY_POINTS}pt; color: #000000; }}
p {{ font-size: {BODY_POINTS}pt; margin-top: 0; margin-bottom: 6px; }}
p.title {{ font-size: 22pt; font-weight: bold; margin-bottom: 4px; }}
p.first {{ font-size: 17pt; }}
p.person {{ font-size: 14pt; margin-bottom: 8px; }}
p.heading {{ font-size: 17pt; font-weight: bold; margin-top: 20px; margin-bottom: 4px;
             -qt-user-state: {KEEP_WITH_NEXT}; }}
p.when {{ font-size: {BODY_POINTS}pt; margin-bottom: 0; -qt-user-state: {KEEP_WITH_NEXT}; }}
p.score {{ font-size: 20pt; font-weight: bold; margin-bottom: 0; -qt-user-state: {KEEP_WITH_NEXT}; }}
p.meaning {{ font-size: 14pt; font-weight: bold; margin-bottom: 4px; -qt-user-state: {KEEP_WITH_NEXT}; }}
p.small {{ font-size: {MIN_POINTS}pt; color: #333333; }}
p.disclaimer {{ font-size: 13pt; font-weight: bold; margin-top: 20px; }}
td, th {{ font-size: {BODY_POINTS}pt; }}
td.cell, th.cell {{ font-size: {MIN_POINTS}pt; }}
p.own {{ font-size: {MIN_POINTS}pt; font-style: italic; margin-bottom: 4px; }}
th {{ font-weight: bold; text-align: left; background-color: #e6e6e6; }}
"""
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)\s*pt")
_TABLE = ('<table width="100%" border="1" cellspacing="0" cellpadding="5" '
          'style="border-collapse: collapse; border-color: #808080">')


def _w(key: str) -> str:
    """``WORDS[key]`` in the person's language (QCoreApplication.translate, once the app runs)."""
    return translate("ReportPdf", WORDS[key])


def page_size_for(locale_name: str) -> QPageSize:
    """Letter for "en_US", "es-MX", "fr_CA.UTF-8" and other Letter countries; A4 otherwise.
    A bare language ("en") stands for the country Qt takes as its usual one."""
    parts = re.split(r"[_-]", locale_name.split(".")[0].split("@")[0])
    if len(parts) > 1:
        region = parts[1].upper()
    else:
        region = QLocale.territoryToCode(QLocale(parts[0]).territory()) if parts[0] else ""
    letter = region in LETTER_REGIONS
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _date_text(day: date, locale: QLocale) -> str:
    """A date as people write it where they live ("March 1, 2026", "1 March 2026"), without
    the day of the week that Qt's long format adds."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _when(moment: datetime, locale: QLocale) -> str:
    return _date_text(moment.astimezone().date(), locale)


def _p(text: str, css_class: str = "") -> str:
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{html.escape(text)}</p>"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    head = "".join(f'<th width="{w}%">{html.escape(h)}</th>' for h, w in zip(header, widths, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{body}</table>"  # the header row repeats on each page


def _section(section: ReportSection, locale: QLocale) -> list[str]:
    latest, previous = section.latest, section.previous
    out = [_p(standard_name(section.test), "heading"),
           _p(_w("in_app").format(title=section.title), "when"),
           _p(_w("latest").format(when=_when(latest.taken_at, locale)), "when"),
           _p(latest.score_text, "score"),
           *([_p(latest.counted, "when")] if latest.counted else []),  # how it was counted
           _p(latest.meaning_title, "meaning"),
           _p(latest.meaning_text),
           f"<p><b>{html.escape(_w('next_step'))}</b> {html.escape(latest.next_step)}</p>"]
    if previous is not None:
        before = _w("previous").format(when=_when(previous.taken_at, locale), score=previous.score_text,
                                          meaning=previous.meaning_title.rstrip("."))
        before = f"{before} {previous.counted}".rstrip()
    else:
        before = _w("only_one")
    out.append(_p(f"{before} {_w('count').format(count=section.count)}"))
    rule = _w("rule").format(rule=latest.threshold) if latest.threshold else _w("no_rule")
    source = _w("source").format(source=latest.source.rstrip("."))
    out.append(f'<p class="small">{html.escape(rule)}<br>{html.escape(source)}</p>')
    if _has_chart(section):
        data = section.history
        dates = [_date_text(datetime.fromtimestamp(x).date(), locale) for x in data.xs]
        out.append(f'<p><img src="{_chart_name(section)}" width="{CHART_WIDTH}" height="{CHART_HEIGHT}"></p>')
        words = results_summary(section.title, UNITS[section.test], dates, list(data.ys), data.threshold,
                                data.risk_side, section.test)
        out.append(_p(words, "small"))
    return out


def _has_chart(section: ReportSection) -> bool:
    """A chart once there are two results to join; one point says nothing a line can."""
    return section.history is not None and len(section.history.ys) >= 2


def _chart_name(section: ReportSection) -> str:
    return f"chart-{section.test}"


def _add_charts(doc: QTextDocument, report: Report) -> None:
    """Draw each section's chart and hand it to the document under the name its <img> uses."""
    from legapp.qt.charts.report_chart import results_image

    for section in report.sections:
        if not _has_chart(section):
            continue
        data = section.history
        side = _w("risk_below") if data.risk_side == "below" else _w("risk_above")
        image = results_image(data, STANDARD, side, section.test, until=end_of_day(report.made_on))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_chart_name(section)), image)


def _born(report: Report, locale: QLocale) -> str:
    """The date of birth as precisely as it is known: "June 20, 1951", "June 1951", "1951"."""
    if report.birth_month is not None and report.birth_day is not None:
        return _w("born_day").format(born=_date_text(date(report.birth_year, report.birth_month,
                                                          report.birth_day), locale))
    if report.birth_month is not None:
        month = locale.toString(QDate(report.birth_year, report.birth_month, 1), "MMMM yyyy")
        return _w("born_day").format(born=month)
    return _w("born_year").format(born=report.birth_year)


def _summary_table(report: Report, locale: QLocale) -> str:
    """Page one's table: one row per test, its latest result, in clinical words. A flag that
    marks a risk is in bold (never colour alone)."""
    header = ("test", "date", "value", "cutoff", "how")
    widths = (24, 16, 22, 19, 19)
    head = "".join(f'<th class="cell" width="{w}%">{html.escape(_w("col." + h))}</th>'
                   for h, w in zip(header, widths, strict=True))
    rows = []
    for row in report.summary:
        day = row.taken_at.astimezone().date()
        when = locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")  # short: a table cell
        when = _w("date_age").format(date=when, age=row.age) if row.age else when
        flag = html.escape(row.flag)
        flag = f"<b>{flag}</b>" if row.at_risk else flag
        cells = [f"<b>{html.escape(row.name)}</b>", html.escape(when).replace(" (", "<br>("),
                 f"{html.escape(row.value)}<br>{flag}",
                 html.escape(row.cutoff), html.escape(row.how)]
        rows.append("<tr>" + "".join(f'<td class="cell">{c}</td>' for c in cells) + "</tr>")
    table = _TABLE.replace('cellpadding="5"', 'cellpadding="2"')
    return f"{table}<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"


def _page_one(report: Report, locale: QLocale) -> list[str]:
    who = _w(f"who.{report.sex}").format(name=report.name, born=_born(report, locale),
                                         made_on=_date_text(report.made_on, locale))
    out = [_p(_w("doctor_title"), "title first"), _p(who)]
    if report.falls:  # the person's own words, apart from the clinical lines
        said = "; ".join(f"\u201c{html.escape(q)}\u201d \u2014 {html.escape(a)}" for q, a in report.falls)
        out.append(f'<p class="own"><b>{html.escape(_w("own_words"))}:</b> {said}</p>')
    out.append(_p(_w("doctor_intro"), "small"))
    if not report.summary:
        return [*out, _p(_w("no_results"))]
    out.append(_summary_table(report, locale))  # its heading row says what each column is
    return out


def _together(section: TogetherSection, locale: QLocale, new_page: str) -> list[str]:
    """What the results say together: the STEADI screen, then each finding with its day
    and what is suggested, said of the person (legapp.checks.together)."""
    out = [f'<p class="heading"{new_page}>{html.escape(_w("together"))}</p>', _p(section.screen)]
    for row in section.rows:
        when = _w("on_day").format(day=_date_text(row.day, locale))
        out.append(f"<p><b>{html.escape(row.found)}</b> {html.escape(when)} {html.escape(row.note)}</p>")
    if not section.rows:
        out.append(_p(_w("nothing_found")))
    if section.not_checked:
        out.append(_p(section.not_checked))
    return out


def report_html(report: Report, locale_name: str = "en_US") -> str:
    """The report as the simple HTML a QTextDocument understands. Page one is for the
    doctor: who, the latest result of each test in a table (clinical words), and the
    person's own answers about falls, apart. Then each test over time as the person was
    told it, the checklist answers, a note for the doctor on each test, and the
    reminder that this is not a diagnosis."""
    locale = QLocale(locale_name)
    out = _page_one(report, locale)
    new_page = ' style="page-break-before: always"'  # the first heading after page one
    if report.together is not None and report.sections:
        out += _together(report.together, locale, new_page)
        new_page = ""
    if report.sections:
        out.append(f'<p class="heading"{new_page}>{html.escape(_w("over_time"))}</p>')
    for section in report.sections:
        out += _section(section, locale)
    if report.checklist:
        taken = next((s.latest.taken_at for s in report.sections if s.test == "stay_independent"), None)
        heading = _w("checklist_on").format(when=_when(taken, locale)) if taken else _w("checklist")
        out += [_p(heading, "heading"),
                _table((_w("question"), _w("answer")), list(report.checklist), (84, 16))]
    if report.sections:
        out.append(_p(_w("doctor"), "heading"))
        out += [f"<p><b>{html.escape(standard_name(s.test))}.</b> {html.escape(s.measures_note)}</p>"
                for s in report.sections]
    out.append(_p(report.disclaimer, "disclaimer"))
    return "<html><body>" + "\n".join(out) + "</body></html>"


def font_sizes(html_text: str) -> list[float]:
    """Every point size the report's HTML and style sheet name (checked by the tests)."""
    return [float(size) for size in _FONT_SIZE.findall(STYLE + html_text)]


def report_document(report: Report, locale_name: str = "en_US") -> QTextDocument:
    """The report as a QTextDocument, not yet laid out for any page."""
    doc = QTextDocument()
    font = QFont()
    font.setFamilies([f.strip() for f in FONT_FAMILY.split(",")])
    font.setPointSizeF(BODY_POINTS)
    # No "fi" or "fl" ligatures: text copied or read aloud from the PDF keeps plain letters.
    font.setFeature(QFont.Tag.fromString("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(report_html(report, locale_name))
    _add_charts(doc, report)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           _w("pdf_title").format(name=report.name))
    return doc


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _first_cut_block(doc: QTextDocument, page_height: float) -> QTextBlock | None:
    """The first block (or the headings just before it) that a page end would cut off:
    a paragraph split over two pages, or a heading left alone at the bottom of a page."""
    layout = doc.documentLayout()
    chain: QTextBlock | None = None  # the first of the headings just before this block
    block = doc.begin()
    while block.isValid():
        in_table = QTextCursor(block).currentTable() is not None
        rect = layout.blockBoundingRect(block)
        start = chain if chain is not None else block
        start_top = layout.blockBoundingRect(start).top()
        start_page = _page_of(start_top, page_height)
        # a table may run on over pages, row by row; only its first row must join its heading
        end = rect.top() + 1 if in_table else rect.bottom() - 1
        if _page_of(end, page_height) > start_page:
            already_first = (start_top - start_page * page_height < 1 or start.blockFormat().pageBreakPolicy()
                             & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            if not already_first and rect.bottom() - start_top < page_height:
                return start
        if in_table:
            chain = None
            block = QTextCursor(block).currentTable().lastCursorPosition().block().next()
            continue
        chain = (chain or block) if block.userState() == KEEP_WITH_NEXT else None
        block = block.next()
    return None


def _keep_together(doc: QTextDocument, page_height: float) -> None:
    """Start a new page before any paragraph a page end would cut, and before any heading
    that would end a page: a paragraph is read in one piece, with its heading."""
    for _ in range(doc.blockCount()):
        block = _first_cut_block(doc, page_height)
        if block is None:
            return
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).mergeBlockFormat(fmt)
        # Lay out the whole document again: Qt's own update after a format change can
        # leave the blocks after it unplaced, and they would not be painted.
        doc.markContentsDirty(0, doc.characterCount())


def _paint(report: Report, device: QPagedPaintDevice, locale_name: str) -> int:
    """Lay the report out on ``device``'s pages and paint them, with a footer on each;
    returns the number of pages. Shared by the PDF writer and the printer."""
    doc = report_document(report, locale_name)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(MIN_POINTS)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_w("not_written"))
    try:
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2
        width, page_height = device.width(), device.height() - footer_height
        doc.setPageSize(QSizeF(width, page_height))
        _keep_together(doc, page_height)
        pages = doc.pageCount()
        made_on = _date_text(report.made_on, QLocale(locale_name))
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            doc.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            footer = _w("footer").format(name=report.name, made_on=made_on, page=page + 1, pages=pages)
            painter.drawText(QRectF(0, page_height, width, footer_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, footer)
    finally:
        painter.end()
    return pages


def write_pdf(report: Report, path: str | os.PathLike[str], locale_name: str = "en_US") -> int:
    """Save the report as a PDF file readable by its owner only; returns the page count.
    The PDF is made in memory first and then written by Python, so a disk that fills up
    halfway raises OSError (Qt's writer would leave a cut-off file and say nothing)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(page_size_for(locale_name), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(_w("pdf_title").format(name=report.name))
    writer.setCreator("legapp")
    pages = _paint(report, writer, locale_name)
    del writer  # the PDF is complete only once the writer is gone
    data = bytes(buffer.data())
    buffer.close()
    with private_output(path) as temp, open(temp, "wb") as out:
        out.write(data)
    return pages


def print_report(report: Report, parent: QWidget | None = None) -> bool:
    """Ask which printer to use, then print the report; False if the person cancelled
    (or, in a kiosk, no printer could be chosen: see legapp.qt.printing)."""
    from PySide6.QtPrintSupport import QPrinter  # only when someone prints

    from legapp.qt.printing import choose_printer

    locale_name = QLocale().name()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size_for(locale_name), QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(_w("pdf_title").format(name=report.name))
    if not choose_printer(printer, parent):
        return False
    _paint(report, printer, locale_name)
    return True
