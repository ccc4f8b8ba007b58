"""Choosing a printer: Qt's print dialog, and in a kiosk a printer only.

A kiosk opens no file dialog (DESIGN: nothing of a visitor is kept, and the next one must
not reach the file system). Qt's print dialog offers "Print to File (PDF)", with a
button that opens a file dialog; in a kiosk that choice is not offered, and a dialog
that still ends with a file to write (no printer on the machine: Qt then makes a PDF)
prints nothing. With no printer at all, the person is told so instead of a dialog with
nothing in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def in_kiosk(widget: QWidget | None) -> bool:
    """Whether ``widget`` is in a kiosk's window (a visit whose results go home, not kept)."""
    window = widget.window() if widget is not None else None
    visit = getattr(window, "visit", None)
    return bool(getattr(window, "locked", False)) or getattr(visit, "take_home", None) is not None


def printers() -> list[str]:
    """The printers this machine can print to (none: Qt would make a PDF file)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def _say(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if hasattr(window, "show_notice"):
        window.show_notice(text)


def choose_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """Ask which printer to use; True when the person chose one to print on now. In a
    kiosk only a real printer can be chosen: never a file."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    kiosk = in_kiosk(parent)
    no_printer = QCoreApplication.translate(
        "Printing", "No printer is ready here. Please ask the staff, or scan the square with your phone.")
    if kiosk and not printers():
        _say(parent, no_printer)
        return False
    dialog = QPrintDialog(printer, parent)
    if kiosk:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if not dialog.exec():
        return False
    if kiosk and (printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName()):
        _say(parent, no_printer)  # no printer was left to choose: Qt would write a PDF file
        return False
    return True
