"""The frame every screen shares: a title and a scrolling body."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from legapp.qt.widgets import BodyColumn, PageTitle, ScrollBody, SourceContext


class Page(SourceContext, QWidget):
    """A screen. It asks to go somewhere by emitting ``navigate(Route)``."""

    navigate = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 12, 32, 12)
        outer.setSpacing(12)
        # The title, with the page's Listen beside it (one row, not a bar of its own: on a
        # 1366x768 laptop at the largest text that row is the page's words).
        self.heading = QWidget()
        self.title_row = QHBoxLayout(self.heading)
        self.title_row.setContentsMargins(0, 0, 0, 0)
        self.title_row.setSpacing(16)
        self.title = PageTitle(title)
        self.title_row.addWidget(self.title, 1)
        outer.addWidget(self.heading)
        self.outer = outer
        self._listen_bars: list[QWidget] = []

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)
        self.setAccessibleName(text)

    def add_listen(self, bar: QWidget) -> None:
        """Put a Listen bar (legapp.qt.read_aloud.ReadAloud) beside the title; the words it
        may have to say (no voice on this computer) go across the page under it."""
        self.title_row.addWidget(bar, 0)
        self.outer.insertWidget(1, bar.message)
        self._listen_bars.append(bar)

    def follow_steps(self, steps: QStackedWidget) -> None:
        """The page shows its steps in ``steps``: beside the title stands the Listen of the
        step on screen, if it can be heard (StepView.add_read_aloud)."""
        steps.currentChanged.connect(lambda _i: self.show_listen_of(steps.currentWidget()))

    def show_listen_of(self, step: QWidget | None) -> None:
        bar = getattr(step, "read_aloud", None)
        if bar is not None and bar not in self._listen_bars:
            self.add_listen(bar)
        for other in self._listen_bars:
            other.setVisible(other is bar and bool(getattr(step, "heard", False)))

    def settle(self) -> None:
        """Finishing touches that use Qt's enum namespace, made once the first window
        is on screen (see MainWindow.set_pack)."""

    def show_item(self, arg: str) -> None:
        """Show the thing a route names (a topic, a question...). Most pages have none."""

    def first_control(self) -> QWidget | None:
        """The control where keyboard focus starts on this page (pages say which)."""
        return None

    def _focus_soon(self, widget: QWidget) -> None:
        """Focus ``widget`` on the next turn of the event loop. One timer per page, not
        QTimer.singleShot with a lambda: PySide keeps every such lambda (and the widgets
        it names) for good, which a kiosk building pages all day cannot afford."""
        if not hasattr(self, "_focus_timer"):
            from PySide6.QtCore import QTimer

            self._focus_timer = QTimer(self)
            self._focus_timer.setSingleShot(True)
            self._focus_timer.setInterval(0)
            self._focus_timer.timeout.connect(self._focus_pending)
        self._pending_focus = widget
        self._focus_timer.start()

    def _focus_pending(self) -> None:
        widget, self._pending_focus = self._pending_focus, None
        if widget is not None and widget.isVisible():
            widget.setFocus()

    def order_tabs(self) -> None:
        """Tab in reading order again, from the window's top bar: rows made since focus
        came into the page (a list filled anew, a chart's choices) take their places."""
        window = self.window()
        if not getattr(window, "_settled", False):
            return  # the first window: MainWindow orders Tab as focus first comes in
        bar = getattr(window, "bar", None)
        tab_in_reading_order(self, getattr(bar, "help_button", None))

    def focus_first(self) -> None:
        """Put keyboard focus on the first control, so Tab starts at the top."""
        self.order_tabs()
        chosen = self.first_control()
        if chosen is not None:
            chosen.setFocus()
            if not chosen.hasFocus():  # a step just put on screen takes focus once it shows
                self._focus_soon(chosen)
            return
        from PySide6.QtCore import Qt

        first = self.nextInFocusChain()
        while first is not None and first is not self:
            takes_tab = bool(first.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if takes_tab and first.isVisibleTo(self) and self.isAncestorOf(first):
                first.setFocus(Qt.FocusReason.TabFocusReason)
                return
            first = first.nextInFocusChain()


class ScrollPage(BodyColumn, Page):
    """A page whose body scrolls, for lists that outgrow the window at large text."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.scroll = ScrollBody()
        self.body = self.scroll.body
        self.outer.addWidget(self.scroll, 1)

    def settle(self) -> None:
        self.scroll.settle()

    def add_stretch(self) -> None:
        self.body.addStretch(1)

    def clear_body(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def keep_visible(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget, 16, 16)


def show_step(steps: QStackedWidget, step: QWidget) -> None:
    """Put ``step`` on screen in ``steps``. Focus in the step going away is let go first:
    hidden, it would pass to the next control in the chain (the top bar's Back), which a
    screen reader says, before the page puts it on the new step's first control."""
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    if focused is not None and steps.isAncestorOf(focused) and not step.isAncestorOf(focused):
        focused.clearFocus()
    steps.setCurrentWidget(step)


def tab_in_reading_order(page: QWidget, before: QWidget | None) -> None:
    """Make Tab go through ``page`` as a person reads it: top to bottom, left to right,
    all of a scrolling part before what comes below it (a footer). Rows added after a
    page was built (a new person, a chart's choices) would otherwise come last.
    ``before``: the control just ahead of the page (the top bar's last button)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QScrollArea

    def key(w: QWidget) -> tuple[int, int, int]:
        holder, p = None, w.parentWidget()
        while p is not None and p is not page:
            if isinstance(p, QScrollArea):
                holder = p
            p = p.parentWidget()
        at = w.mapTo(page, QPoint(0, 0))
        if holder is None:
            return (at.y() // 16, 0, at.x())
        inner = w.mapTo(holder.widget(), QPoint(0, 0))
        return (holder.mapTo(page, QPoint(0, 0)).y() // 16, inner.y() // 16, inner.x())

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # rows just made are placed first: their places are the order
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    controls = [w for w in page.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page)
                and not isinstance(w, QScrollArea) and w.focusProxy() is None]
    order = sorted(controls, key=key)
    if before is not None:
        order.insert(0, before)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
