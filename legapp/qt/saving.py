"""Saving a file for the person: the report, the spreadsheet, a chart picture.

"Save" puts the file straight into the person's Documents folder (their home folder
where there is none), under a plain name in their language with the date as they write
it ("legapp report - Ana - December 1, 2026.pdf"), never over a file already there
(" (2)" is added). A note on the page then says where it is, with "Open it" and "Show the
folder", and "Choose another place": Qt's own file dialog (not the desktop's), so it
takes the app's text size and colours. A kiosk opens no file dialog at all.

A write that fails leaves nothing behind and nothing changed (every file is written
beside its place under a temporary name and moved there in one step, see
legapp.track.export.private_output); the note says so in plain words, naming the folder.

``DESK`` is where files go and how they are opened: tests give it a temp folder and a
recorder instead of the person's programs.
"""

from __future__ import annotations

import datetime as _dt
import errno
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDir, QLocale, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QVBoxLayout, QWidget

from legapp.qt.widgets import ButtonRow, WrapButton, label


def documents_folder() -> Path:
    """The person's Documents folder; their home folder where there is none (nothing is
    made for them)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path(QDir.homePath())


@dataclass
class Desk:
    """Where files are saved, and how a saved file or its folder is opened."""

    documents: Callable[[], Path] = documents_folder
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


DESK = Desk()


def long_date(day: _dt.date, locale: QLocale) -> str:
    """A date as people write it where they live ("December 1, 2026", "1 de diciembre de
    2026"), without the day of the week that Qt's long format adds."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # not allowed in a file name on some system


def plain_name(words: str, who: str, day: _dt.date, locale: QLocale, suffix: str) -> str:
    """"legapp report - Ana - December 1, 2026.pdf": what it is, whose (left out when
    there is nobody), and the day, in the person's language."""
    who = re.sub(r"\s+", " ", _NOT_IN_NAMES.sub(" ", who)).strip(" .")[:60]
    parts = [words, who, long_date(day, locale)]
    return " - ".join(p for p in parts if p) + "." + suffix


def free_path(folder: Path, file_name: str) -> Path:
    """``folder/file_name``, or with " (2)", " (3)"... before the ending where a file of
    that name is there already: a save never replaces another file."""
    path = folder / file_name
    stem, suffix = path.stem, path.suffix
    count = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{stem} ({count}){suffix}"
        count += 1
    return path


def why_not(exc: OSError) -> str:
    """Why a file could not be saved, in plain words."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QCoreApplication.translate("Saving", "the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate("Saving", "this folder does not let files be saved in it")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate("Saving", "the folder is not there")
    why = exc.strerror or str(exc)  # the system's own words: rare, and not translated
    return QCoreApplication.translate("Saving", "the computer said: {0}").replace("{0}", why)


def shown(path: Path) -> str:
    """A path as the person's system writes it."""
    return QDir.toNativeSeparators(str(path))


def readable(dialog: QFileDialog) -> None:
    """Qt's save dialog at the app's text size and in its colours (the app's stylesheet
    and palette reach it, as it is not the desktop's). What they miss is set here: the
    one file type is not asked about; the view is names only (no columns to cut at large
    text, so no buttons to switch views); the folder buttons have icons as large as the
    text, on white (Qt draws their arrows dark grey, unseen on the high-contrast black),
    with a clear edge; the folder list is drawn in the text's colours."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QLabel, QSizePolicy, QToolButton

    for name in ("fileTypeCombo", "fileTypeLabel", "listModeButton", "detailModeButton"):
        part = dialog.findChild(QWidget, name)
        if part is not None:
            part.hide()
    palette = QApplication.palette()
    text = palette.color(palette.ColorRole.Text).name()
    base = palette.color(palette.ColorRole.Base).name()
    height = dialog.fontMetrics().height()
    for button in dialog.findChildren(QToolButton):
        button.setIconSize(QSize(height, height))
        button.setMinimumSize(round(height * 1.6), round(height * 1.6))
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        look_in.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        look_in.setMinimumHeight(round(height * 1.6))
    for words in dialog.findChildren(QLabel):
        words.setStyleSheet(f"color: {text};")
    # The file's name on its own line under its label, as wide as the dialog allows (beside
    # a long label, "Nombre de fichero:", it had a third of the width at the largest text).
    grid = dialog.layout()
    name_label = dialog.findChild(QLabel, "fileNameLabel")
    name_box = dialog.findChild(QWidget, "fileNameEdit")
    if isinstance(grid, QGridLayout) and name_label is not None and name_box is not None:
        grid.addWidget(name_label, 2, 0, 1, 2)
        grid.addWidget(name_box, 3, 0, 1, 2)
    dialog.setStyleSheet(
        f"QToolButton {{ background: #ffffff; border: 2px solid {text}; border-radius: 6px; }}"
        f"QToolButton:focus {{ border: 4px solid {palette.color(palette.ColorRole.Highlight).name()}; }}"
        f"QToolButton:disabled {{ background: {base}; border: 2px dashed {text}; }}"
        f"QComboBox, QComboBox QAbstractItemView {{ background: {base}; color: {text}; "
        f"border: 2px solid {text}; selection-background-color: "
        f"{palette.color(palette.ColorRole.Highlight).name()}; selection-color: "
        f"{palette.color(palette.ColorRole.HighlightedText).name()}; }}")


@dataclass
class SaveJob:
    """One thing to save: its plain file name; ``write(path)`` writes it there (privately,
    in one step) and gives back what ``saved`` needs; ``saved(path, what)`` and
    ``failed(folder, why)`` are the note's words; ``title`` and ``filter`` are the file
    dialog's."""

    file_name: str
    write: Callable[[Path], object]
    saved: Callable[[Path, object], str]
    failed: Callable[[Path, str], str]
    title: str
    filter: str

    @property
    def suffix(self) -> str:
        return Path(self.file_name).suffix.lstrip(".")


class SaveNote(QFrame):
    """Under the button that saved: where the file is, Open it, Show the folder, and
    Choose another place; or, when it could not be saved, why, and Choose another place.
    ``kiosk``: no file dialog, so no "Choose another place"."""

    choose_other = Signal()

    def __init__(self, kiosk: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        # Framed in the text's colour on the page's own background: on the yellow of a
        # notice, the high-contrast theme's yellow buttons could not be told apart.
        self.setObjectName("saveNote")
        self.setStyleSheet("#saveNote { border: 3px solid palette(text); border-radius: 8px; }")
        self.kiosk = kiosk
        self.path: Path | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 10, 10)
        column.setSpacing(8)
        self.text = label("")
        column.addWidget(self.text)
        self.buttons = ButtonRow()
        # Buttons whose words wrap: beside a chart, the note is a narrow column.
        self.open_button = WrapButton(self.tr("Open it"))
        self.folder_button = WrapButton(self.tr("Show the folder"))
        self.other_button = WrapButton(self.tr("Choose another place"))
        for button, action in ((self.open_button, self.open_file), (self.folder_button, self.open_folder),
                               (self.other_button, self.choose_other)):
            button.clicked.connect(action)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        column.addWidget(self.buttons)
        self.hide()

    def _say(self, words: str) -> None:
        from legapp.qt.accessible import announce

        self.text.setText(words)
        self.setAccessibleName(words)
        self.show()
        announce(self, words)  # focus goes to its first button, which says nothing of it

    def saved(self, path: Path, words: str) -> None:
        self.path = path
        self.open_button.show()
        self.folder_button.show()
        self.other_button.setVisible(not self.kiosk)
        self._say(words)

    def failed(self, words: str) -> None:
        self.path = None
        self.open_button.hide()
        self.folder_button.hide()
        self.other_button.setVisible(not self.kiosk)
        self._say(words)

    @property
    def first_control(self) -> QWidget:
        return self.open_button if self.path is not None else self.other_button

    def _open(self, where: Path) -> None:
        if not DESK.open_url(QUrl.fromLocalFile(str(where))):
            self.text.setText(self.text.text() + "\n\n" + self.tr(
                "No program on this computer opened it. It is in {0}.").replace("{0}", shown(where)))

    def open_file(self) -> None:
        if self.path is not None:
            self._open(self.path)

    def open_folder(self) -> None:
        if self.path is not None:
            self._open(self.path.parent)


class Saver:
    """Saves ``SaveJob``s for a page and tells it on ``note``."""

    def __init__(self, note: SaveNote):
        self.note = note
        self.job: SaveJob | None = None
        self.dialog: QFileDialog | None = None  # the open "Choose another place", if any
        note.choose_other.connect(self.choose_other)

    def save(self, job: SaveJob) -> Path | None:
        """Into Documents, under the job's name (never over another file)."""
        self.job = job
        folder = DESK.documents()
        return self._write(free_path(folder, job.file_name))

    def _write(self, path: Path) -> Path | None:
        job = self.job
        try:
            what = job.write(path)
        except OSError as exc:
            self.note.failed(job.failed(path.parent, why_not(exc)))
            return None
        self.note.saved(path, job.saved(path, what))
        return path

    def choose_other(self) -> None:
        """Qt's own save dialog (in the app's text size and colours), never in a kiosk."""
        if self.note.kiosk or self.job is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        job = self.job
        start = self.note.path.parent if self.note.path is not None else DESK.documents()
        dialog = QFileDialog(self.note.window(), job.title, shown(start), job.filter)
        dialog.setObjectName("saveDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setViewMode(QFileDialog.ViewMode.List)  # names only: no columns cut at large text
        dialog.setDefaultSuffix(job.suffix)
        dialog.selectFile(job.file_name)
        window = self.note.window()
        dialog.resize(max(640, int(window.width() * 0.9)), max(480, int(window.height() * 0.9)))
        readable(dialog)
        dialog.fileSelected.connect(lambda chosen: self._write(Path(chosen)))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.note.window().activateWindow()  # back to the app, where the person was
        if self.note.isVisible():
            self.note.first_control.setFocus()
