"""What a screen reader is told beyond Qt's own: page titles are headings, one-of-N
answers are radio buttons in a group named by the question, and what changes on its
own (the count, the time left, a result, a notice) is announced.

A widget asks for a role with ``heading``, ``radio`` or ``radio_group``; one factory
(``install``, once, when the app starts) gives such widgets an accessible interface
with that role. The widgets look and work as before: only what the accessibility bus
(AT-SPI on Linux, UI Automation on Windows) reports changes.
"""

from __future__ import annotations

from collections import deque
from typing import Any, ClassVar

from PySide6.QtWidgets import QAbstractButton, QWidget

ROLE = "accessibleRole"  # the dynamic property that asks for a role
LEVEL = "accessibleLevel"  # a heading's level: 1 a page title, 2 a section's
_kinds: dict[str, type] | None = None  # made by install: nothing of QAccessible before the first window
said: deque[tuple[str, bool]] = deque(maxlen=40)  # the latest announcements (text, assertive)


def _make_kinds() -> dict[str, type]:
    """The interfaces, made once: PySide building QAccessible's types and enums costs
    ~10 ms, which the first window does not wait for (see install)."""
    from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface, QAccessibleValueInterface
    from PySide6.QtWidgets import QAccessibleWidget

    Cast = QAccessible.InterfaceType

    class Extra(QAccessibleWidget):
        """An interface that serves more than QAccessibleWidget does (attributes, a value):
        ``extra`` maps an interface type to the object that serves it."""

        extra: ClassVar[dict] = {}

        def interface_cast(self, kind):
            served = self.extra.get(kind)
            if served is not None:
                return served  # PySide hands Qt the C++ object behind it
            found = super().interface_cast(kind)
            return found if found is not None else no_interface()

    class Level(QAccessibleAttributesInterface):
        """A heading's level, which AT-SPI gives as the attribute "level"."""

        def __init__(self, level: int):
            super().__init__()
            self.level = level

        def attributeKeys(self):
            return [QAccessible.Attribute.Level]

        def attributeValue(self, key):
            return self.level if key == QAccessible.Attribute.Level else None

    class Heading(Extra):
        """A page title (level 1) or a section's (level 2): the heading role, named by its words."""

        def __init__(self, widget: QWidget):
            super().__init__(widget, QAccessible.Role.Heading)
            self.extra = {Cast.AttributesInterface: Level(int(widget.property(LEVEL) or 1))}

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                widget = self.widget()
                return widget.accessibleName() or widget.text()
            return super().text(kind)

    class Image(QAccessibleWidget):
        """A drawing: the image role, its name and description the drawing's own words."""

        def __init__(self, widget: QWidget):
            super().__init__(widget, QAccessible.Role.Graphic)

    class CursorValue(QAccessibleValueInterface):
        """Where a chart's cursor stands (its x), read only."""

        def __init__(self, widget: QWidget):
            super().__init__()
            self.widget = widget

        def currentValue(self):
            return float(self.widget.property("accessibleValue") or 0.0)

        def setCurrentValue(self, value) -> None:
            pass

        def maximumValue(self):
            return float(self.widget.property("accessibleMaximum") or 0.0)

        def minimumValue(self):
            return float(self.widget.property("accessibleMinimum") or 0.0)

        def minimumStepSize(self):
            return 0.0

    class Chart(Extra):
        """A chart: named for what it shows, its summary as description, the words for the
        value under its cursor as its value (text) and where the cursor is (number)."""

        def __init__(self, widget: QWidget):
            super().__init__(widget, QAccessible.Role.Chart)
            self.extra = {Cast.ValueInterface: CursorValue(widget)}

        def text(self, kind):
            if kind == QAccessible.Text.Value:
                return self.widget().property("accessibleValueText") or ""
            return super().text(kind)

    class Radio(QAccessibleWidget):
        """A checkable answer button read as a radio button: checked or not, pressed to choose."""

        def __init__(self, widget: QAbstractButton):
            super().__init__(widget, QAccessible.Role.RadioButton)

        def state(self):
            state = super().state()
            button = self.widget()
            state.checkable = True
            state.checked = button.isChecked()
            state.disabled = not button.isEnabled()
            return state

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                button = self.widget()
                return button.accessibleName() or button.text().replace("&", "")
            return super().text(kind)

        def actionNames(self):
            return [QAccessibleWidget.pressAction(), *super().actionNames()]

        def doAction(self, name: str) -> None:
            if name == QAccessibleWidget.pressAction():
                self.widget().click()
            else:
                super().doAction(name)

    class Group(QAccessibleWidget):
        """The answers to one question: a radio group named by the question."""

        def __init__(self, widget: QWidget):
            super().__init__(widget, QAccessible.Role.Grouping)

    return {"heading": Heading, "radio": Radio, "radio_group": Group, "image": Image, "chart": Chart}


def no_interface():
    """What an ``interface_cast`` of Python's returns for an interface it does not serve:
    a null pointer, which PySide takes only as a VoidPtr (None or 0 crash the bridge)."""
    from shiboken6 import VoidPtr

    return VoidPtr(0)


def _factory(_key: str, obj: Any):
    if not isinstance(obj, QWidget) or _kinds is None:
        return None
    name = obj.property(ROLE) or ""
    if name == "document" and name not in _kinds:  # made when a page of text is first read (~10 ms)
        from legapp.qt.accessible_text import Document

        _kinds["document"] = Document
    kind = _kinds.get(name)
    if kind is None:
        return None
    interface = kind(obj)
    # Qt's cache deletes the interface with the widget; till then the widget keeps the
    # Python side alive (otherwise Python would collect it under Qt's feet).
    obj._accessible_interface = interface
    return interface


def install() -> None:
    """Give widgets that ask for a role (``heading``, ``radio``...) that role, from now on,
    and those made before (the first window's) from their next ask. Called once the first
    window is up (legapp.qt.application)."""
    global _kinds
    if _kinds is not None:
        return
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    _kinds = _make_kinds()
    QAccessible.installFactory(_factory)
    for widget in QApplication.allWidgets():
        kind = widget.property(ROLE)
        if kind:
            _drop_plain(widget, kind)


def _drop_plain(widget: QWidget, kind: str, *, even_ours: bool = False) -> None:
    """Qt may have made ``widget`` a plain interface already (a label or a button whose
    words were set as it was made tells the bus its name changed): that one goes, and the
    next ask makes ours."""
    if _kinds is None:
        return  # before install: nothing is cached as ours yet (install looks again)
    from PySide6.QtGui import QAccessible

    if QAccessible.isActive():
        interface = QAccessible.queryAccessibleInterface(widget)
        ours = _kinds.get(kind)
        if interface is not None and (even_ours or ours is None or not isinstance(interface, ours)):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def ask_for(widget: QWidget, kind: str) -> QWidget:
    """Give ``widget`` the role of ``kind`` ("heading", "radio", "radio_group")."""
    widget.setProperty(ROLE, kind)
    _drop_plain(widget, kind)
    return widget


def heading(widget: QWidget, level: int = 1) -> QWidget:
    """``widget`` (a label) is a heading: a page title (``level`` 1) or a section's (2)."""
    if widget.property(LEVEL) not in (None, level):
        _drop_plain(widget, "heading", even_ours=True)  # made with the old level: made again
    widget.setProperty(LEVEL, level)
    return ask_for(widget, "heading")


def section(widget: QWidget) -> QWidget:
    """``widget`` (a label) titles a part of a page: a heading of level 2."""
    return heading(widget, 2)


def image(widget: QWidget, name: str, description: str = "") -> QWidget:
    """``widget`` is a picture: a screen reader says ``name`` and then ``description``."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return ask_for(widget, "image")


def radio(button: QAbstractButton) -> QAbstractButton:
    """``button`` (a checkable button that stays pressed) is one of N answers."""
    return ask_for(button, "radio")


def move_in_group(button: QAbstractButton, step: int) -> bool:
    """An arrow key on one of N answers: focus goes to the next (``step`` 1) or previous
    (-1) answer of its group, round, without choosing it (Space or Enter chooses)."""
    parent = button.parentWidget()
    if parent is None:
        return False
    answers = [b for b in parent.findChildren(QAbstractButton)
               if b.property(ROLE) == "radio" and b.isVisible() and b.isEnabled()]
    if button not in answers or len(answers) < 2:
        return False
    answers[(answers.index(button) + step) % len(answers)].setFocus()
    return True


def radio_group(widget: QWidget, name: str) -> QWidget:
    """``widget`` holds the answers to one question, ``name``."""
    if widget.property(ROLE) != "radio_group":
        ask_for(widget, "radio_group")
    widget.setAccessibleName(name)
    return widget


def radio_buttons(group: QWidget, name: str, buttons) -> QWidget:
    """``buttons`` (checkable, children of ``group``) are the N answers to ``name``: radio
    buttons in a group named by the question."""
    for button in buttons:
        radio(button)
    return radio_group(group, name)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (it is on screen, in the person's language):
    politely, after what it is saying, or ``assertive``ly, at once ("Go", "Stop")."""
    if not text:
        return
    said.append((text, assertive))
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    # from the window when the widget is not up yet (a result shown as its step comes up)
    event = QAccessibleAnnouncementEvent(widget if widget.isVisible() else widget.window(), text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
