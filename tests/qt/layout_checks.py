"""What every screen test asks of what is on screen: each control has a name a screen
reader can say, each target is big enough to press, and nothing is cut off (a widget's
size hint fits its geometry). One checker, used by every area's tests and the tour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget

from .conftest import settle

MIN_TARGET = 48  # px, the smallest a finger can press (the kiosk asks for 60)


def shown(root: QWidget, kind=QWidget) -> list:
    """The widgets of ``kind`` under ``root`` that are on screen in ``root``'s window
    (not in a dialog it opened)."""
    window = root.window()
    return [c for c in root.findChildren(kind) if c.isVisible() and c.window() is window]


def controls(root: QWidget) -> list[QWidget]:
    """What Tab can reach under ``root``."""
    return [c for c in shown(root) if c.focusPolicy() & Qt.FocusPolicy.TabFocus]


def unnamed(widgets) -> list[str]:
    """The widgets a screen reader would have no name to say for."""
    problems = []
    for widget in widgets:
        iface = QAccessible.queryAccessibleInterface(widget)
        if not iface or not iface.text(QAccessible.Text.Name).strip():
            words = widget.text() if isinstance(widget, QAbstractButton) else ""
            problems.append(f"unnamed {type(widget).__name__} {widget.objectName()} {words}".rstrip())
    return problems


def _button_problems(button: QAbstractButton) -> list[str]:
    problems = []
    size, hint = button.size(), button.sizeHint()
    if min(size.width(), size.height()) < MIN_TARGET:
        problems.append(f"small target '{button.accessibleName()}' {size.toTuple()}")
    if size.width() < hint.width() or (button.text() and size.height() < hint.height()):
        problems.append(f"button cut: '{button.text() or button.accessibleName()}' {size.toTuple()} < "
                        f"{hint.toTuple()}")
    if button.layout() and button.hasHeightForWidth() and \
            size.height() < button.heightForWidth(size.width()):
        problems.append(f"tile cut: '{button.accessibleName()}'")
    return problems


def _label_problems(label: QLabel) -> list[str]:
    if label.wordWrap():
        needs = label.heightForWidth(label.width())
        if label.height() < needs:
            return [f"label cut: '{label.text()[:50]}' {label.size().toTuple()} < {needs}"]
    elif label.width() < label.sizeHint().width() or label.height() < label.sizeHint().height():
        return [f"label cut: '{label.text()[:50]}'"]
    return []


def cut_off(root: QWidget) -> list[str]:
    """What is too small or does not fit under ``root``: a target under 48 px, a button
    smaller than its words, a tile shorter than its text, a label shorter or narrower than
    its text needs, a box shorter than a line of its text, a list item wider than its list."""
    problems = []
    for button in shown(root, QAbstractButton):
        problems += _button_problems(button)
    for label in shown(root, QLabel):
        problems += _label_problems(label)
    for edit in shown(root, QLineEdit):
        if edit.height() < MIN_TARGET or edit.contentsRect().height() < edit.fontMetrics().height():
            problems.append(f"box cut: '{edit.accessibleName()}' {edit.size().toTuple()}")
    for view in shown(root, QListWidget):
        for i in range(view.count()):
            item = view.item(i)
            if view.sizeHintForIndex(view.indexFromItem(item)).width() > view.viewport().width():
                problems.append(f"list item cut: '{item.text()[:50]}'")
    return problems


def settled_cut_off(qtbot, root: QWidget, tries: int = 6) -> list[str]:
    """cut_off once the layout has settled (a wrapped label takes a few passes)."""
    found = []
    for _ in range(tries):
        settle(qtbot, 20)
        found = cut_off(root)
        if not found:
            break
    return found


def screen_problems(root: QWidget) -> list[str]:
    """The walk of a screen in the flow tests: every shown button named, and nothing
    small or cut off."""
    return unnamed(shown(root, QAbstractButton)) + cut_off(root)


# -- what is in sight in a real window (not only: does each widget fit its size hint) ------
def fully_in_sight(widget: QWidget) -> bool:
    """``widget`` is wholly on screen: not scrolled away, not clipped by a scroll area, a
    smaller parent or the window's edge (Qt's visible region, which every clipping parent
    cuts down)."""
    region = widget.visibleRegion()
    return not region.isEmpty() and region.boundingRect() == widget.rect()


def _where(widget: QWidget) -> str:
    words = ""
    if isinstance(widget, QAbstractButton):
        words = widget.text() or widget.accessibleName()
    elif isinstance(widget, QLabel):
        words = widget.text()[:40]
    return f"{type(widget).__name__} '{words or widget.objectName()}'"


def out_of_sight(page: QWidget, *, whole_step: bool = True) -> list[str]:
    """What a person cannot see without scrolling on ``page`` (a screen of the main
    window): its title; the step on screen (a StepView: every control of it, its words'
    controls and its footer) when ``whole_step``; the running test's clock, count, big
    button and Stop; and always every main ("primary") button."""
    from legapp.qt.run.run_view import RunView
    from legapp.qt.step_view import StepView

    problems = []
    steps = getattr(page, "steps", None)
    current = steps.currentWidget() if steps is not None and hasattr(steps, "currentWidget") else None
    heading = getattr(page, "heading", None)
    if heading is not None and heading.isVisible() and not fully_in_sight(heading):
        problems.append("title out of sight")
    if isinstance(current, RunView):
        for part in (current.tap_button, current.stop_button, current.clock):
            if part.isVisible() and not fully_in_sight(part):
                problems.append(f"run: {_where(part)} out of sight")
    elif isinstance(current, StepView) and whole_step and not current.scrolls:
        for control in controls(current):
            if not fully_in_sight(control):
                problems.append(f"step: {_where(control)} out of sight")
    for button in shown(page, QAbstractButton):
        if button.objectName() == "primary" and not fully_in_sight(button):
            problems.append(f"main button {_where(button)} out of sight")
    return problems


def overlapping(page: QWidget) -> list[str]:
    """Controls and words drawn over each other (a layout squeezed below its smallest)."""
    from PySide6.QtCore import QRect

    items = [w for w in shown(page, QAbstractButton) + shown(page, QLabel) + shown(page, QLineEdit)
             if not w.visibleRegion().isEmpty()]
    boxes = []
    for w in items:  # the part in sight (a scroll area's clipped rows do not count)
        seen = w.visibleRegion().boundingRect()
        at = w.mapTo(page.window(), seen.topLeft())
        boxes.append((w, QRect(at, seen.size()).adjusted(2, 2, -2, -2)))
    problems = []
    for i, (a, ra) in enumerate(boxes):
        for b, rb in boxes[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a) or not ra.intersects(rb):
                continue
            problems.append(f"{_where(a)} overlaps {_where(b)}")
    return problems
