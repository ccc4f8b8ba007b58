"""Which screen a route names, and the one function that builds it.

Pages are built on their first visit, importing their module then, so the first window
never waits for the content model, the engine or pyqtgraph. Each builder is handed what
the screens share (the pack, the visit, the media, the theme) and passes on only what
its page needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.media import Media
    from legapp.qt.page import Page
    from legapp.theme import Theme
    from legapp.visit import Visit


class Screens(NamedTuple):
    """What a builder is handed (a named tuple: made before the first window, see theme.Theme)."""

    pack: ContentPack
    visit: Visit
    media: Media
    theme: Theme


def _topics(s: Screens) -> Page:
    from legapp.qt.topic_list_page import TopicListPage

    return TopicListPage(s.pack)


def _topic(s: Screens) -> Page:
    from legapp.qt.topic_page import TopicPage

    return TopicPage(s.pack, s.media.speaker)


def _search(s: Screens) -> Page:
    from legapp.content.search import SearchIndex
    from legapp.i18n import translate
    from legapp.qt.search_page import SearchPage

    screens = {"protein": translate("Search", "How much protein you need")}  # the protein guide
    return SearchPage(SearchIndex(s.pack, screens))


def _reading(kind: str) -> Callable[[Screens], Page]:
    def build(s: Screens) -> Page:
        from legapp.qt import reading_page

        page = {"faq": reading_page.FaqPage, "glossary": reading_page.GlossaryPage,
                "help": reading_page.HelpPage}[kind]
        return page(s.pack, s.media.speaker)

    return build


def _check_menu(s: Screens) -> Page:
    from legapp.qt.check.menu_page import CheckMenuPage

    return CheckMenuPage(s.pack, s.visit)


def _timed_check(s: Screens) -> Page:
    from legapp.qt.check.timed_check_page import TimedCheckPage

    return TimedCheckPage(s.pack, s.visit, s.media)


def _sppb(s: Screens) -> Page:
    from legapp.qt.check.sppb_page import SppbPage

    return SppbPage(s.pack, s.visit, s.media)


def _questionnaire(s: Screens) -> Page:
    from legapp.qt.check.questionnaire_page import QuestionnairePage

    return QuestionnairePage(s.pack, s.visit, s.media)


def _home_safety(s: Screens) -> Page:
    from legapp.qt.check.home_safety_page import HomeSafetyPage

    return HomeSafetyPage(s.pack, s.visit, s.media)


def _profiles(s: Screens) -> Page:
    from legapp.qt.track.profiles_page import ProfilesPage

    return ProfilesPage(s.visit, s.pack.info.locale)


def _results(s: Screens) -> Page:
    from legapp.qt.track.results_page import ResultsPage

    return ResultsPage(s.pack, s.visit)


def _together(s: Screens) -> Page:
    from legapp.qt.track.together_page import TogetherPage

    return TogetherPage(s.pack, s.visit)


def _see(s: Screens) -> Page:  # the one place pyqtgraph (and numpy) is imported, on first visit
    from legapp.qt.charts.see_page import SeePage

    return SeePage(s.pack, s.visit, s.theme)


def _act(s: Screens) -> Page:
    from legapp.qt.act.act_page import ActPage

    return ActPage(s.pack)


def _protein(s: Screens) -> Page:
    from legapp.qt.act.protein_page import ProteinPage

    return ProteinPage(s.pack, s.visit)


def _plan(s: Screens) -> Page:
    from legapp.qt.act.plan_page import PlanPage

    return PlanPage(s.pack, s.visit)


def _programme(s: Screens) -> Page:
    from legapp.qt.act.programme_page import ProgrammePage

    return ProgrammePage(s.pack, s.visit, s.theme)


def _glance(s: Screens) -> Page:
    from legapp.qt.act.glance_page import GlancePage

    return GlancePage(s.pack, s.visit)


def _sessions(s: Screens) -> Page:
    from legapp.qt.act.sessions_page import SessionsPage

    return SessionsPage(s.pack, s.visit, s.media)


def _exercises(s: Screens) -> Page:
    from legapp.qt.act.library_page import ExerciseLibraryPage

    return ExerciseLibraryPage(s.pack.exercises, s.media.images, s.pack.facts, s.pack.info)


def _exercise(s: Screens) -> Page:
    from legapp.qt.act.library_page import ExercisePage

    return ExercisePage(s.pack.exercises, s.media.images, s.pack.facts, s.pack.info, s.pack.sources)


# The screens about the person: opening one first brings back the remembered person.
PERSONAL = frozenset({"check", "test", "sppb", "questionnaire", "profiles", "results", "see", "plan",
                      "sessions", "programme", "glance", "home_safety", "together"})

# screen -> its builder
ROUTES: dict[str, Callable[[Screens], Page]] = {
    "topics": _topics,
    "topic": _topic,
    "search": _search,
    "faq": _reading("faq"),
    "glossary": _reading("glossary"),
    "help": _reading("help"),
    "check": _check_menu,
    "test": _timed_check,
    "sppb": _sppb,
    "questionnaire": _questionnaire,
    "home_safety": _home_safety,
    "profiles": _profiles,
    "results": _results,
    "together": _together,
    "see": _see,
    "act": _act,
    "protein": _protein,
    "plan": _plan,
    "sessions": _sessions,
    "programme": _programme,
    "glance": _glance,
    "exercises": _exercises,
    "exercise": _exercise,
}


def build_page(screen: str, screens: Screens) -> Page:
    """The page of ``screen``. A page about the person first brings back the
    remembered person (once, when the first such page opens)."""
    build = ROUTES[screen]
    if screen in PERSONAL:
        screens.visit.restore()
    return build(screens)
