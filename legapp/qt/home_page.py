"""The home screen: a few large tiles, one for each thing the app can do today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from legapp.i18n import LANGUAGES
from legapp.navigation import Route
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, ButtonRow, Tile

AREA_OF = {"check": "check", "see": "see", "act": "act", "results": "track"}  # the rest is Learn


class HomePage(ScrollPage):
    language_chosen = Signal(str)
    theme_chosen = Signal(str)

    def __init__(self, language: str = "en", theme: str = "standard", parent: QWidget | None = None):
        super().__init__(self.tr("Strong legs, steady steps"), parent)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        tiles = [
            (self.tr("Learn about your legs"),
             self.tr("Why leg muscle matters, why it is lost, and how to keep it."),
             Route("topics")),
            (self.tr("Check your fall risk"),
             self.tr("Simple tests of strength and balance, and two short question lists."),
             Route("check")),
            (self.tr("Keep your legs strong"),
             self.tr("Exercises with pictures, and how much protein you need."), Route("act")),
            (self.tr("My results"), self.tr("Your results over time, and a report for your doctor."),
             Route("results")),
            (self.tr("See the numbers"),
             self.tr("Charts of muscle loss with age, in bed, and your own results."), Route("see")),
            (self.tr("Key points"), self.tr("The main things to know, on one page."),
             Route("topic", "key-points")),
            (self.tr("Questions and answers"), self.tr("Short answers to common questions."),
             Route("faq")),
            (self.tr("Word list"), self.tr("Medical words explained simply."), Route("glossary")),
            (self.tr("Search"), self.tr("Find any word or subject."), Route("search")),
        ]
        self.tiles: list[Tile] = []
        self.routes: list[Route] = []
        self.grid = grid
        for title, detail, route in tiles:
            tile = Tile(title, detail)
            tile.clicked.connect(lambda _=False, r=route: self.navigate.emit(r))
            self.tiles.append(tile)
            self.routes.append(route)
        self.aids = ButtonRow()
        for tile in self.tiles[-self.AIDS:]:
            self.aids.addWidget(tile, 1)
        self._place(self.tiles, columns=3)
        self.body.addWidget(grid_host)
        self.body.addWidget(self.aids)
        self._choices(language, theme)
        self.add_stretch()

    def _choices(self, language: str, theme: str) -> None:
        """Language and colours, at the foot of Home. Each language is named in its own
        words, and the label says "Language" in both, so a reader of either finds it."""
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        label = QLabel("Language \u00b7 Idioma")
        label.setObjectName("choiceLabel")
        row = ButtonRow()  # "Language", the languages and High contrast: one line where it fits
        row.addWidget(label)
        self.language_buttons: dict[str, BigButton] = {}
        languages = QWidget()  # the radio group of the languages (legapp.qt.accessible)
        in_line = QHBoxLayout(languages)
        in_line.setContentsMargins(0, 0, 0, 0)
        in_line.setSpacing(ButtonRow.SPACING)
        for code, name in LANGUAGES.items():
            button = BigButton(name)
            button.setObjectName("answer")
            button.setCheckable(True)
            button.setChecked(code == language)
            button.setAccessibleName(name)
            button.setAccessibleDescription("Language \u00b7 Idioma")
            button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons[code] = button
            in_line.addWidget(button)
        from legapp.qt.accessible import radio_buttons

        radio_buttons(languages, label.text(), self.language_buttons.values())
        row.addWidget(languages)
        self.contrast_button = BigButton(self.tr("High contrast"))
        self.contrast_button.setObjectName("toggle")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setAccessibleDescription(
            self.tr("White and yellow on black, with thick edges, for people who see poorly"))
        self.contrast_button.toggled.connect(
            lambda on: self.theme_chosen.emit("high-contrast" if on else "standard"))
        self.show_theme(theme)
        row.addWidget(self.contrast_button)
        row.addStretch(1)
        column.addWidget(row)
        self.body.addWidget(host)
        self.language = language

    def _choose_language(self, code: str) -> None:
        for other, button in self.language_buttons.items():
            button.setChecked(other == self.language)  # until the new words arrive
        if code != self.language:
            self.language_chosen.emit(code)

    def show_theme(self, name: str) -> None:
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(name == "high-contrast")
        self.contrast_button.blockSignals(False)

    def show_centre(self, name: str, help_line: str) -> None:
        """A kiosk: whose screen this is, and where to ask for help, above the tiles."""
        from PySide6.QtWidgets import QLabel

        from legapp.kiosk.config import DEFAULT_HELP_LINE

        if help_line == DEFAULT_HELP_LINE:  # the centre kept the default: in the screen's language
            help_line = self.tr("Please ask a member of staff if you need help.")
        words = " ".join(part for part in (f"{name}." if name else "", help_line) if part)
        self.centre = QLabel(words)
        self.centre.setObjectName("safetyAdvice")
        self.centre.setWordWrap(True)
        self.centre.setAccessibleName(words)
        self.body.insertWidget(0, self.centre)

    # A tile is at least this many characters of its words wide: three columns on a laptop
    # at the usual sizes (so Home, Language and High contrast fit 1366x768), two at large
    # text, one in a narrow window.
    TILE_CHARS = 26

    def _columns(self) -> int:
        # The page's width less its margins and the scroll bar: the scroll area itself is
        # not asked (PySide building QAbstractScrollArea's enums costs ~25 ms before the
        # first window; see ScrollBody.settle).
        room = self.width() - 2 * 32 - 40
        wide = self.TILE_CHARS * self.fontMetrics().averageCharWidth() + self.grid.spacing()
        return max(1, min(3, room // max(1, wide)))

    # The last three (Questions and answers, Word list, Search) are aids, in a row of their
    # own under the six tiles, their titles alone (a screen reader still says what each
    # is for): Home fits a 1366x768 laptop with Language and High contrast in sight.
    AIDS = 3

    def _place(self, tiles: list[Tile], columns: int | None = None) -> None:
        """The tiles in ``columns`` (at first the most there are, 3: the window's first
        layout says how many really fit, and each re-placing costs a few ms)."""
        self._shown = tiles
        aids = self.tiles[-self.AIDS:]
        for tile in aids:
            tile.detail_label.hide()
        self._placed_in = columns or self._columns()
        areas = [t for t in tiles if t not in aids]
        for tile in areas:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(areas):
            self.grid.addWidget(tile, i // self._placed_in, i % self._placed_in)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < self._placed_in else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._columns() != self._placed_in:
            self._place(self._shown)  # the room the tiles have changed

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and getattr(self, "_shown", None) is not None \
                and self._columns() != self._placed_in:
            self._place(self._shown)  # a new text size: as many columns as now fit

    def offer(self, areas: set[str]) -> None:
        """Show only the tiles of these areas ("learn", "check", "see", "act", "track"):
        a kiosk offers what its centre chose, and never Track (nothing is kept there)."""
        shown = []
        for tile, route in zip(self.tiles, self.routes, strict=True):
            self.grid.removeWidget(tile)
            tile.setVisible(AREA_OF.get(route.screen, "learn") in areas)
            if tile.isVisibleTo(self):
                shown.append(tile)
        self._place(shown)

    today: Tile | None = None  # "Today": made the first time there is something to say

    def show_today(self, words: tuple[str, str, Route] | None) -> None:
        """The "Today" card above the tiles (title, words, where a tap goes), or none."""
        if words is None:
            if self.today is not None:
                self.today.hide()
            return
        title, detail, route = words
        if self.today is None:
            self.today = Tile(title, detail)
            self.today.clicked.connect(lambda: self.navigate.emit(self.today_route))
            self.body.insertWidget(0, self.today)
        self.today.set_words(title, detail)
        self.today_route = route
        self.today.show()

    def first_control(self) -> QWidget:
        if self.today is not None and self.today.isVisibleTo(self):
            return self.today
        return next((t for t in self.tiles if t.isVisibleTo(self)), self.tiles[0])
