"""The home safety check on paper: what to fix, room by room, with a box to tick by hand
(ticked where it is done), and the other tips. Printed as the report is (legapp.qt.report_pdf):
in a kiosk only on a printer, never to a file (legapp.qt.printing)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtWidgets import QWidget

from legapp.i18n import QT_TRANSLATE_NOOP
from legapp.qt.report_pdf import MARGIN_MM, page_size_for

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.home_safety import HomeCheck


def _w(key: str) -> str:
    return QCoreApplication.translate("HomePrint", _WORDS[key])


_WORDS = {
    "for": QT_TRANSLATE_NOOP("HomePrint", "For {name}, {day}"),
    "nothing": QT_TRANSLATE_NOOP("HomePrint", "Nothing to fix was found."),
    "more": QT_TRANSLATE_NOOP("HomePrint", "More ways to stay safe"),
    "source": QT_TRANSLATE_NOOP("HomePrint", "Source:"),
}


def home_check_html(pack: ContentPack, check: HomeCheck, name: str, day: str) -> str:
    """The printed page as HTML (Qt's rich text)."""
    e = html.escape
    parts = [f"<h1>{e(pack.home_safety.title)}</h1>"]
    who = _w("for").replace("{name}", name).replace("{day}", day) if name else day
    parts.append(f"<p>{e(who)}</p>")
    found = False
    for room in pack.home_safety.rooms:
        items = [item for item in room.items if check.answers.get(item.id) is True]
        if not items:
            continue
        found = True
        parts.append(f"<h2>{e(room.title)}</h2><table cellpadding='4'>")
        for item in items:
            box = "\u2611" if item.id in check.fixed else "\u2610"
            parts.append(f"<tr><td style='font-size:20pt'>{box}</td><td>{e(item.fix)}</td></tr>")
        parts.append("</table>")
    if not found:
        parts.append(f"<p>{e(_w('nothing'))}</p>")
    if pack.home_safety.also:
        parts.append(f"<h2>{e(_w('more'))}</h2><ul>")
        parts += [f"<li>{e(tip)}</li>" for tip in pack.home_safety.also]
        parts.append("</ul>")
    source = pack.sources.get(pack.home_safety.source)
    if source is not None:
        parts.append(f"<p style='font-size:11pt'>{e(_w('source'))} {e(source.citation())}</p>")
    return "\n".join(parts)


def home_check_document(pack: ContentPack, check: HomeCheck, name: str, day: str) -> QTextDocument:
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(14)  # large print: read by people with reading glasses
    doc.setDefaultFont(font)
    doc.setHtml(home_check_html(pack, check, name, day))
    return doc


def print_home_check(pack: ContentPack, check: HomeCheck, name: str, day: str,
                     parent: QWidget | None = None) -> bool:
    """Ask which printer, then print the list; False if nothing was printed."""
    from PySide6.QtCore import QLocale
    from PySide6.QtPrintSupport import QPrinter

    from legapp.qt.printing import choose_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size_for(QLocale().name()), QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(pack.home_safety.title)
    if not choose_printer(printer, parent):
        return False
    home_check_document(pack, check, name, day).print_(printer)
    return True
