"""Kiosk mode on screen: full screen, on top, not closed by Alt+F4 or the window manager;
"Are you still there?" after the idle time, then the visit is wiped for the next
person; staff leave with a long press in the top-left corner and the PIN. No file dialog
opens in a kiosk: the app offers none there (printing: legapp.qt.printing), and one that
opens anyway (from inside another dialog) is closed at once."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from legapp.kiosk.idle import IdleWatch
from legapp.kiosk.pin import PinGuard
from legapp.qt.widgets import BigButton, SourceContext, label

if TYPE_CHECKING:
    from legapp.kiosk.config import KioskConfig

CORNER_PX, HOLD_MS = 90, 3000  # staff: press and hold the top-left corner for 3 seconds


class StillThere(QFrame):
    """A large question over the whole window, with the seconds left and a Yes button."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.question = label(self.tr("Are you still there?"), "pageTitle")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("bigClock")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_button = BigButton(self.tr("Yes, I am still here"))
        self.yes_button.setObjectName("tapButton")
        for widget in (self.question, self.countdown, self.yes_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.hide()

    def show_seconds(self, seconds: float) -> None:
        whole = max(0, int(seconds + 0.999))
        self.countdown.setText(str(whole))
        self.countdown.setAccessibleName(self.tr("{0} seconds left").replace("{0}", str(whole)))


def type_key(box: QLineEdit, key: str) -> None:
    """A digit key's press in ``box``: "<" deletes, ">" is Enter, any other key is typed."""
    if key == "<":
        box.backspace()
    elif key == ">":
        box.returnPressed.emit()
    else:
        box.insert(key)


class DigitKeys(SourceContext, QWidget):
    """Large keys 1-9, delete, 0 and OK in a 4x3 grid, for a touch screen with no
    keyboard. ``on_key(key)``: "0"-"9", "<" (delete) or ">" (OK). ``take_focus``: whether
    the keys take focus (not where they type into a box that keeps it)."""

    def __init__(self, on_key, take_focus: bool, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, BigButton] = {}
        for r, row in enumerate(("123", "456", "789", "<0>")):
            for c, key in enumerate(row):
                words = {"<": "\u232b", ">": self.tr("OK")}.get(key, key)
                button = BigButton(words, name={"<": self.tr("Delete"), ">": self.tr("OK")}.get(key, key))
                if not take_focus:
                    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setMinimumSize(72, 72)
                button.clicked.connect(lambda _=False, k=key: on_key(k))
                grid.addWidget(button, r, c)
                self.keys[key] = button


class StaffPin(QFrame):
    """The PIN prompt, over the window: digits on large keys (no keyboard needed)."""

    unlocked = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget):
        super().__init__(parent)
        self.guard = guard
        self.setObjectName("stillThere")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Staff PIN"), "pageTitle"))
        self.box = QLineEdit()
        self.box.setObjectName("numberBox")
        self.box.setEchoMode(QLineEdit.EchoMode.Password)
        self.box.setAccessibleName(self.tr("Staff PIN"))
        self.box.returnPressed.connect(self.enter)
        layout.addWidget(self.box)
        self.keys = DigitKeys(lambda key: type_key(self.box, key), take_focus=True)
        self.ok_button = self.keys.keys[">"]
        layout.addWidget(self.keys)
        self.cancel_button = BigButton(self.tr("Cancel"), on_click=self.close_prompt)
        layout.addWidget(self.cancel_button)
        self.message = label("", "kindMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.hide()

    def open_prompt(self) -> None:
        self.box.clear()
        self.message.hide()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.box.setFocus()

    def close_prompt(self) -> None:
        self.box.clear()
        self.hide()

    def enter(self) -> None:
        if self.guard.attempt(self.box.text()):
            self.close_prompt()
            self.unlocked.emit()
            return
        self.box.clear()
        locked = self.guard.locked_for()
        if locked >= 60:  # the locks grow to an hour: said in minutes
            words = self.tr("Locked for %n minute(s).", "", math.ceil(locked / 60))
        elif locked:
            words = self.tr("Locked for %n second(s).", "", math.ceil(locked))
        else:
            words = self.tr("That is not the PIN.")
        self.message.setText(words)
        self.message.show()


class NumberPad(QFrame):
    """Large digit keys for a touch screen with no keyboard, shown beside whichever number
    box has focus (an age, a count, a weight); the keys never take the focus themselves."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("clockFrame")
        self.setAutoFillBackground(True)
        self.target: QLineEdit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        digits = DigitKeys(self.press, take_focus=False)
        self.keys = digits.keys
        layout.addWidget(digits)
        self.hide()

    def serve(self, box: QLineEdit | None) -> None:
        self.target = box
        if box is None:
            self.hide()
            return
        window = self.parentWidget()
        self.adjustSize()
        # At the right, level with the box, clear of the footer's buttons where it can be.
        top = box.mapTo(window, box.rect().topLeft()).y()
        y = max(8, min(top, window.height() - self.height() - 120))
        self.move(window.width() - self.width() - 24, y)
        self.show()
        self.raise_()

    def press(self, key: str) -> None:
        if self.target is not None:
            type_key(self.target, key)


class KioskController(QObject):
    """Watches for input on the whole app; asks, then wipes an idle visit; lets staff out."""

    wiped = Signal()

    def __init__(self, window, config: KioskConfig, clock: Callable[[], float],
                 pin_clock: Callable[[], float]):
        super().__init__(window)
        self.window, self.config = window, config
        self.watch = IdleWatch(config.idle_seconds, config.warning_seconds, clock)
        window.locked = True
        self.overlay = StillThere(window)
        self.overlay.yes_button.clicked.connect(self.still_here)
        self.pad = NumberPad(window)
        self.pin = StaffPin(PinGuard(config.pin_hash, pin_clock), window)
        self.pin.unlocked.connect(self.leave)
        self.due = QTimer(self)
        self.due.setObjectName("idleTimer")
        self.due.setSingleShot(True)
        self.due.timeout.connect(self.check_now)
        self.countdown = QTimer(self)
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.check_now)
        self.hold = QTimer(self)
        self.hold.setObjectName("staffHold")
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self.pin.open_prompt)
        # Every file dialog one of Qt's: one the window manager or a desktop portal draws
        # would not pass through the event filter below, which closes any that opens.
        app = QApplication.instance()
        self.native_dialogs = not app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        app.installEventFilter(self)
        self._arm()

    INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in self.INPUT:
            mine = isinstance(obj, QWidget) and obj.window() is self.window
            if kind == QEvent.Type.MouseButtonPress and mine:
                pos = obj.mapTo(self.window, event.position().toPoint())
                if pos.x() < CORNER_PX and pos.y() < CORNER_PX:
                    self.hold.start()
            ctrl = kind == QEvent.Type.KeyPress and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Q, Qt.Key.Key_W):
                return True  # Ctrl+Q and Ctrl+W do not leave a kiosk
            self.still_here()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.hold.stop()
        elif kind == QEvent.Type.FocusIn and isinstance(obj, QWidget) and obj.window() is self.window:
            self._pad_for(obj)
        elif kind == QEvent.Type.Show and isinstance(obj, QFileDialog):
            QTimer.singleShot(0, obj.reject)  # the file system is not the visitor's
        elif kind == QEvent.Type.WindowStateChange and obj is self.window and self.window.isMinimized():
            QTimer.singleShot(0, self.come_back)  # once the minimising has finished
        return False

    def come_back(self) -> None:
        """A kiosk that was minimised (a key of the window manager, a stray gesture) fills
        the screen again: the next person must not find a desktop."""
        if self.window.locked:
            self.window.setWindowState((self.window.windowState() & ~Qt.WindowState.WindowMinimized)
                                       | Qt.WindowState.WindowFullScreen)
            self.window.showFullScreen()  # (on top already: WindowStaysOnTopHint)
            self.window.activateWindow()

    def _pad_for(self, focus: QWidget) -> None:
        """A number box brings the pad; another text box sends it away; a button (Woman,
        Man) leaves it for the box it serves, while that box is still on screen."""
        if isinstance(focus, QLineEdit):
            number = focus.objectName() == "numberBox" and not self.pin.isAncestorOf(focus)
            self.pad.serve(focus if number else None)
        elif self.pad.target is not None and not self.pad.target.isVisible() and focus is not self.pad:
            self.pad.serve(None)

    def still_here(self) -> None:
        self.watch.touched()
        if self.overlay.isVisible():
            self.overlay.hide()
            self.countdown.stop()
        self._arm()

    def check_now(self) -> None:
        stage = self.watch.stage()
        if stage == "asking":
            self.overlay.setGeometry(self.window.rect())
            self.overlay.show()
            self.overlay.raise_()
            self.overlay.show_seconds(self.watch.seconds_left())
            self.overlay.yes_button.setFocus()
            if not self.countdown.isActive():
                self.countdown.start()
        elif stage == "reset":
            self.wipe()
            return
        self._arm()

    def wipe(self) -> None:
        # What the last person copied or selected must not reach the next one's Ctrl+V or
        # middle click: the clipboard and the X11 selection are emptied with the visit.
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.overlay.hide()
        self.pad.serve(None)
        self.pin.close_prompt()
        self.countdown.stop()
        self.window.start_visit()  # a new visit, with the centre's look and language
        self.watch.wiped()
        self._arm()
        self.wiped.emit()

    def on_error(self, kind: type[BaseException], error: BaseException, trace) -> None:
        """An unexpected error: logged without its message (it may hold what a person typed),
        a calm word for the person, and a fresh start; never a dead window."""
        import logging
        import traceback

        where = [f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}"
                 for frame in traceback.extract_tb(trace)]
        logging.getLogger("legapp.kiosk").error("unexpected %s at %s", kind.__name__, " <- ".join(where))
        self.wipe()
        self.window.show_notice(self.tr("Sorry, something went wrong. Let's start again."))

    def leave(self) -> None:
        """Staff, with the PIN: the kiosk closes."""
        self.due.stop()
        self.countdown.stop()
        self.hold.stop()
        QApplication.instance().removeEventFilter(self)
        QApplication.instance().setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                             not self.native_dialogs)
        self.window.locked = False
        self.window.close()

    def _arm(self) -> None:
        wait = max(0.0, self.watch.next_change() - self.watch.clock())
        self.due.start(int(wait * 1000) + 1)
