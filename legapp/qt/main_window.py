"""The main window: the top bar, a notice strip and one screen at a time.

It is also the small controller of navigation: pages ask to go somewhere with their
``navigate`` signal, the History model decides where that is, and the window shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from legapp.content.models import ContentPack
from legapp.content.search import SearchIndex
from legapp.navigation import HOME, History, Route
from legapp.qt.home_page import HomePage
from legapp.qt.look import Look
from legapp.qt.page import Page, ScrollPage
from legapp.qt.reading_page import FaqPage, GlossaryPage, HelpPage
from legapp.qt.search_page import SearchPage
from legapp.qt.top_bar import TopBar
from legapp.qt.topic_list_page import TopicListPage
from legapp.qt.topic_page import TopicPage
from legapp.qt.widgets import Notice


class MainWindow(QMainWindow):
    def __init__(self, pack: ContentPack, look: Look, on_text_size: Callable[[int], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.look = look
        self._on_text_size = on_text_size
        self.history = History()
        self.setObjectName("mainWindow")
        self.resize(1280, 860)
        self.setMinimumSize(800, 600)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.bar = TopBar()
        self.notice = Notice()
        self.stack = QStackedWidget()
        layout.addWidget(self.bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.bar.back.connect(self.back)
        self.bar.home.connect(self.go_home)
        self.bar.smaller.connect(lambda: self.set_text_size(self.look.size_index - 1))
        self.bar.bigger.connect(lambda: self.set_text_size(self.look.size_index + 1))
        self.bar.help.connect(lambda: self.go(Route("help")))
        self._shortcuts()

        self.pages: dict[str, Page] = {}
        self._builders: dict[str, Callable[[], Page]] = {
            "home": HomePage,
            "topics": lambda: TopicListPage(pack),
            "topic": lambda: TopicPage(pack),
            "faq": lambda: FaqPage(pack),
            "glossary": lambda: GlossaryPage(pack),
            "search": lambda: SearchPage(SearchIndex(pack)),
            "help": lambda: HelpPage(pack),
        }
        QApplication.instance().focusChanged.connect(self._keep_focus_visible)
        self._show(HOME)

    # navigation -------------------------------------------------------------
    def page(self, screen: str) -> Page:
        if screen not in self.pages:
            page = self._builders[screen]()
            page.navigate.connect(self.go)
            self.pages[screen] = page
            self.stack.addWidget(page)
        return self.pages[screen]

    @property
    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def go(self, route: Route) -> None:
        self._show(self.history.go(route))

    def back(self) -> None:
        self._show(self.history.back())

    def go_home(self) -> None:
        self._show(self.history.home())

    def _show(self, route: Route) -> None:
        page = self.page(route.screen)
        if isinstance(page, TopicPage):
            page.show_topic(route.arg)
        elif hasattr(page, "show_item"):
            page.show_item(route.arg)
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{page.accessibleName()} \u2014 legapp")
        self._update_bar()
        page.focus_first()

    def _update_bar(self) -> None:
        self.bar.set_state(
            can_go_back=self.history.can_go_back,
            at_home=self.history.current == HOME,
            size=self.look.size_index,
            sizes=self.look.size_count,
        )

    # text size --------------------------------------------------------------
    def set_text_size(self, index: int) -> None:
        index = max(0, min(self.look.size_count - 1, index))
        if index == self.look.size_index:
            return
        self.look.apply(index)
        self._on_text_size(index)
        self._update_bar()

    # keyboard ---------------------------------------------------------------
    def _shortcuts(self) -> None:
        pairs = [
            (QKeySequence.StandardKey.Back, self.back),
            (QKeySequence("Alt+Left"), self.back),
            (QKeySequence("Alt+Home"), self.go_home),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_text_size(self.look.size_index + 1)),
            (QKeySequence("Ctrl+="), lambda: self.set_text_size(self.look.size_index + 1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_text_size(self.look.size_index - 1)),
            (QKeySequence.StandardKey.HelpContents, lambda: self.go(Route("help"))),
            (QKeySequence.StandardKey.Find, lambda: self.go(Route("search"))),
        ]
        self._shortcut_objects = []
        for sequence, slot in pairs:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcut_objects.append(shortcut)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.current_page
        if new is not None and isinstance(page, ScrollPage) and page.isAncestorOf(new):
            page.keep_visible(new)

    def show_notice(self, text: str) -> None:
        self.notice.show_message(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().focusChanged.disconnect(self._keep_focus_visible)
        super().closeEvent(event)
