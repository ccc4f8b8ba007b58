"""The main window: the top bar, a notice strip and one screen at a time.

It is also the small controller of navigation: pages ask to go somewhere with their
``navigate`` signal, the History model decides where that is, and the window shows the
page that the route table (legapp.qt.routes) builds for it. It listens to the visit:
a setting the visit saved (text size, theme, language) is shown here, and a new visit
(a kiosk's next person) starts from Home with its own settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from legapp.navigation import HOME, History, Route
from legapp.qt.home_page import HomePage
from legapp.qt.page import Page, tab_in_reading_order
from legapp.qt.routes import Screens, build_page
from legapp.qt.top_bar import TopBar
from legapp.qt.widgets import Notice
from legapp.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from legapp.content.models import ContentPack
    from legapp.qt.look import Look
    from legapp.qt.media import Media
    from legapp.theme import Theme
    from legapp.visit import Visit

LoadContent = Callable[[str], "tuple[ContentPack, str | None]"]


DEFAULT_SIZE = (1280, 860)
SMALLEST = (960, 640)  # the least the screens are laid out for, where the screen has room


def fit_to_screen(window: QMainWindow, available_width: int, available_height: int) -> bool:
    """Size ``window`` for a screen with this much room (its work area, without the
    taskbar): the default size where it fits, else the whole work area, and never a
    smallest size the screen cannot hold (a 1024x600 panel). True: show it maximised."""
    window.setMinimumSize(min(SMALLEST[0], available_width), min(SMALLEST[1], available_height))
    fits = DEFAULT_SIZE[0] <= available_width and DEFAULT_SIZE[1] <= available_height
    if fits:
        window.resize(*DEFAULT_SIZE)
    else:
        window.resize(min(DEFAULT_SIZE[0], available_width), min(DEFAULT_SIZE[1], available_height))
    return not fits


class MainWindow(QMainWindow):
    def __init__(self, pack: ContentPack | None, look: Look, visit: Visit, media: Media,
                 load_content: LoadContent, parent: QWidget | None = None):
        """``load_content(language)`` gives the pack of a language (and a problem to tell,
        or None) when the person changes language."""
        super().__init__(parent)
        self.visit = visit
        self.media = media
        self._load_content = load_content
        self.make_visit: Callable[[], Visit] | None = None  # a kiosk: how the next person's visit is made
        self.locked = False  # kiosk mode: the window cannot be closed (see KioskController)
        self.pack: ContentPack | None = None
        self._settled = False
        self._pending: Route | None = None  # asked for before the content was ready
        self.look = look
        self.language = visit.settings.language
        self.home_setup: list[Callable[[HomePage], None]] = []  # a kiosk's own touches, kept on rebuild
        look.theme_changed.connect(self._theme_changed)
        self._listen(visit)
        self.history = History()
        self.setObjectName("mainWindow")
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(*SMALLEST)

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
        self._layout = layout
        self._connect_bar()
        self._shortcut_objects: list[QObject] = []

        self.pages: dict[str, Page] = {}
        QApplication.instance().focusChanged.connect(self._keep_focus_visible)
        self._show(HOME)
        if pack is not None:
            self.set_pack(pack)

    def _connect_bar(self) -> None:
        self.bar.back.connect(self.back)
        self.bar.home.connect(self.go_home)
        self.bar.smaller.connect(lambda: self.set_text_size(self.look.size_index - 1))
        self.bar.bigger.connect(lambda: self.set_text_size(self.look.size_index + 1))
        self.bar.help.connect(lambda: self.go(Route("help")))

    # navigation -------------------------------------------------------------
    def set_pack(self, pack: ContentPack) -> None:
        """The content arrives just after the first window shows (see application.py)."""
        self.pack = pack
        if not self._settled:
            self._settle()
            if self.history.current == HOME:
                self._today_card()
        if self._pending is not None:
            route, self._pending = self._pending, None
            self.go(route)

    def _settle(self) -> None:
        """What needs Qt's enum namespace (~30 ms to set up the first time) waits until
        the first window is on screen: key shortcuts and each page's finishing touches."""
        self._settled = True
        self._shortcuts()
        self.look.watch_system()
        for page in self.pages.values():
            page.settle()

    def page(self, screen: str) -> Page:
        if screen not in self.pages:
            page = (self._home_page() if screen == "home"
                    else build_page(screen, Screens(self.pack, self.visit, self.media, self.look.theme)))
            if self._settled:
                page.settle()
            page.navigate.connect(self.go)
            self.pages[screen] = page
            self.stack.addWidget(page)
        return self.pages[screen]

    def _home_page(self) -> HomePage:
        home = HomePage(self.language, self.look.theme.name)
        home.language_chosen.connect(self._choose_language)
        home.theme_chosen.connect(self._choose_theme)
        for setup in self.home_setup:
            setup(home)
        return home

    @property
    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def go(self, route: Route) -> None:
        if self.pack is None and route.screen != HOME.screen:
            self._pending = route  # a tap in the first instant is kept, not lost
            return
        self._show(self.history.go(route))

    def back(self) -> None:
        self._show(self.history.back())

    def go_home(self) -> None:
        self._show(self.history.home())

    def _today_card(self) -> None:
        """Home's "Today" card, read when Home is shown (once the content is in: never
        before the first window)."""
        from legapp.qt.act.today_card import today_words

        self.page("home").show_today(today_words(self.visit))

    def _show(self, route: Route) -> None:
        page = self.page(route.screen)
        page.show_item(route.arg)
        if route.screen == "home" and self.pack is not None:
            self._today_card()
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{page.accessibleName()} \u2014 legapp")
        self.update_bar()
        page.focus_first()

    def update_bar(self) -> None:
        self.bar.set_state(
            can_go_back=self.history.can_go_back,
            at_home=self.history.current == HOME,
            size=self.look.size_index,
            sizes=self.look.size_count,
        )

    # settings: asked of the visit, shown when it says they changed -----------------
    def set_text_size(self, index: int) -> None:
        self.visit.remember(text_size=max(0, min(self.look.size_count - 1, index)))

    def _choose_language(self, language: str) -> None:
        self.visit.remember(language=language)

    def _choose_theme(self, name: str) -> None:
        self.visit.remember(theme=name)

    def _listen(self, visit: Visit) -> None:
        visit.listen(settings=self._settings_changed, notice=self.show_notice)

    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if "theme" in changed:
            self.look.use_choice(settings.theme)
        if "text_size" in changed:
            self.look.apply(settings.text_size)
            self.update_bar()
        if "language" in changed:
            self._change_language(settings.language)

    def _change_language(self, language: str) -> None:
        """Every word changes: the screens are built anew in the new language, with its
        content pack and its voice. Nothing the person saved is touched."""
        from legapp.qt.translation import use_language

        problem = use_language(language)
        pack, pack_problem = self._load_content(language)
        self.media.speaker.set_locale(language)
        self.change_language(language, pack)
        for text in (problem, pack_problem):
            if text:
                self.show_notice(text)

    # keyboard ---------------------------------------------------------------
    def _shortcuts(self) -> None:
        # Made with the content, just after the first window shows: key sequences are
        # among the costlier Qt types to set up, and no key can be pressed before then.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

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
        taken = set()
        for keys, slot in pairs:
            for sequence in (QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                             else [keys]):
                if sequence.isEmpty() or sequence.toString() in taken:
                    continue  # the same key twice would be ambiguous, and then neither fires
                taken.add(sequence.toString())
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcut_objects.append(shortcut)

    def _keep_focus_visible(self, old: QWidget | None, new: QWidget | None) -> None:
        """Tab onto a control below the fold scrolls it into sight, in whichever
        scrolling part of the page holds it."""
        page = self.current_page
        if new is None or not page.isAncestorOf(new):
            return
        if old is None or not page.isAncestorOf(old):  # coming into the page: set its Tab order
            tab_in_reading_order(page, self.bar.help_button)
        holder = new.parentWidget()
        while holder is not None and holder is not page:
            if isinstance(holder, QScrollArea):
                holder.ensureWidgetVisible(new, 16, 16)
                return
            holder = holder.parentWidget()

    def show_notice(self, text: str) -> None:
        self.notice.show_message(text)

    def _drop_page(self, screen: str) -> None:
        page = self.pages.pop(screen)
        page.hide()
        self.stack.removeWidget(page)
        page.setParent(None)  # gone from the window now, not when the event loop comes round
        page.deleteLater()

    def change_language(self, language: str, pack: ContentPack) -> None:
        """Every screen is built anew in ``language`` (their words are set as they are
        made), with the pack of that language; the person starts again from Home."""
        self.language = language
        for screen in list(self.pages):
            self._drop_page(screen)
        for old, new in ((self.bar, TopBar()), (self.notice, Notice())):
            self._layout.replaceWidget(old, new)
            old.setParent(None)
            old.deleteLater()
        self.bar, self.notice = self._layout.itemAt(0).widget(), self._layout.itemAt(1).widget()
        self._connect_bar()
        self.history = History()
        self.pack = pack
        self._show(HOME)

    def _theme_changed(self, theme: Theme) -> None:
        """Charts draw in the theme's colours when built: build them again."""
        if "home" in self.pages:
            self.pages["home"].show_theme(theme.name)
        if "see" in self.pages:
            current = self.current_page is self.pages["see"]
            self._drop_page("see")
            if current:
                self._show(self.history.current)

    def start_visit(self, visit: Visit | None = None, *, keep_notice: bool = False) -> None:
        """The next person (a kiosk between strangers): every screen but Home is taken
        down (a running test stops as its page hides), with whatever was typed, chosen
        or answered on it; the way back and the notice go too. The new visit (by default
        one from ``make_visit``) brings its own settings: the centre's look and language."""
        if visit is None:
            visit = self.make_visit() if self.make_visit is not None else self.visit.fresh()
        for screen in list(self.pages):
            if screen != "home":
                self._drop_page(screen)
        self._pending = None
        if not keep_notice:
            self.notice.dismiss()
        old, self.visit = self.visit.settings, visit
        self._listen(visit)
        changed = frozenset(k for k in Settings._fields
                            if getattr(old, k) != getattr(visit.settings, k))
        self._settings_changed(visit.settings, changed)
        self.go_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:  # a kiosk: only staff, with the PIN, can close it
            event.ignore()
            return
        QApplication.instance().focusChanged.disconnect(self._keep_focus_visible)
        super().closeEvent(event)
