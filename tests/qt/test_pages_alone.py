"""One page of each area (Learn, Check, See, Act, Track) built on its own, with no main
window: the page gets only what its constructor asks for. The visit behind it is a fake
controller: its settings go to a store in memory that keeps every save, its day is fixed
(2031, so a page that asked the real calendar would show other ages), its history is in
a temp folder; the media are the mock voice and a fake clock the test moves. A person
drives each page with clicks; where a page wants another screen it says so through its
navigate signal, which the test catches. No timer may be left running at the end."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLoggingCategory, Qt

from legapp.charts.lifetime import lifetime_band
from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.paths import resources_dir
from legapp.qt.act.plan_page import PlanPage
from legapp.qt.act.protein_page import ProteinPage
from legapp.qt.charts.see_page import SeePage
from legapp.qt.check.menu_page import CheckMenuPage
from legapp.qt.check.timed_check_page import TimedCheckPage
from legapp.qt.media import Media
from legapp.qt.page import Page
from legapp.qt.routes import ROUTES, Screens, build_page
from legapp.qt.sound import SoundPlayer
from legapp.qt.speech import Speaker
from legapp.qt.topic_page import TopicPage
from legapp.qt.track.profiles_page import ProfilesPage
from legapp.settings import Settings
from legapp.theme import STANDARD
from legapp.track.profiles import Profile
from legapp.visit import Visit, Who

from .conftest import no_timer_left
from .people import Person, click

TODAY = dt.date(2031, 3, 14)
NOON = dt.datetime(2031, 3, 14, 12, 0, tzinfo=dt.UTC)


class SettingsInMemory:
    """Stands in for the settings file: keeps every Settings the visit saves, in order."""

    def __init__(self):
        self.saved: list[Settings] = []

    def save(self, settings: Settings) -> None:
        self.saved.append(settings)


class AtPage(Person):
    """Someone at one page built on its own: the same hands as at the window."""

    def __init__(self, qtbot, page, clock: FakeClock | None = None):
        super().__init__(qtbot, None, clock)
        self._page = page

    @property
    def page(self):
        return self._page


@pytest.fixture
def store():
    return SettingsInMemory()


@pytest.fixture
def visit(store, tmp_path):
    return Visit(Settings(tts_engine="mock"), store=store, history_dir=tmp_path / "history",
                 today=lambda: TODAY, now=lambda: NOON)


@pytest.fixture
def clock():
    return FakeClock(500.0)


@pytest.fixture
def media(clock):
    # What build_window does before any page plays a tone: multimedia's list of optional
    # video libraries it could not find is not shown (the window is not here to do it).
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false")
    return Media(Speaker("mock", "en"), SoundPlayer(resources_dir() / "sounds"), resources_dir() / "images",
                 make_clock=lambda: clock)


@pytest.fixture
def build(qtbot, media):
    """Put a page on screen alone, as the window would size it. When the test ends, before
    the page is closed (closing stops a run), fail if the page or the media it was given
    left a timer running."""

    def put(page: Page) -> Page:
        qtbot.addWidget(page, before_close_func=lambda p: no_timer_left(p, media.speaker, media.sounds))
        page.settle()
        page.resize(1280, 860)
        page.show()
        qtbot.waitExposed(page)
        return page

    return put


def ana(visit, age: int = 72, sex: str = "female") -> Profile:
    """Ana, saved in the history and chosen as the person checked."""
    profile = visit.history.add_profile(Profile(None, "Ana", TODAY.year - age, sex, 1, 1))
    visit.use(profile)
    return profile


def asks_for(qtbot, page, press) -> Route:
    """The route the page asks for when ``press`` is clicked."""
    with qtbot.waitSignal(page.navigate, timeout=1000) as asked:
        click(qtbot, press)
    return asked.args[0]


# -- every route -------------------------------------------------------------------------

ARGS = {"topic": "balance", "test": "chair_stand_30s", "questionnaire": "sarc_f", "exercise": "heel-raises"}


@pytest.mark.parametrize("screen", sorted(ROUTES))
def test_every_route_builds_its_page_alone(build, pack, visit, media, screen):
    page = build(build_page(screen, Screens(pack, visit, media, STANDARD)))
    page.show_item(ARGS.get(screen, ""))
    assert isinstance(page, Page)
    assert page.title.text().strip()
    assert page.window() is page  # nothing around it


# -- Learn -------------------------------------------------------------------------------

def test_a_topic_alone_shows_its_text_and_asks_for_its_neighbours(build, pack, media, qtbot):
    page = build(TopicPage(pack, media.speaker))
    second = pack.topics[1]
    page.show_item(second.id)
    assert page.title.text() == second.title
    assert page.accessibleName() == second.title
    text = page.text.toPlainText()
    assert second.sections[0].heading in text
    assert "{{" not in text
    assert asks_for(qtbot, page, page.next) == Route("topic", pack.topics[2].id)
    assert asks_for(qtbot, page, page.previous) == Route("topic", pack.topics[0].id)
    assert asks_for(qtbot, page, page.all_topics) == Route("topics")
    page.show_item(pack.topics[0].id)
    assert not page.previous.isEnabled()
    assert page.previous.accessibleName() == "Previous topic: none"


def test_a_glossary_word_on_a_topic_alone_opens_and_leads_to_the_word_list(build, pack, media, qtbot):
    page = build(TopicPage(pack, media.speaker))
    page.show_item("balance")
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # to the first link
    anchor = page.text.textCursor().charFormat().anchorHref()
    assert anchor.startswith("glossary:")
    term_id = anchor.split(":", 1)[1]
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert pack.term(term_id).term in page.dialog.windowTitle()
    all_words = next(b for b in page.dialog.findChildren(type(page.dialog.ok_button))
                     if b is not page.dialog.ok_button)
    assert asks_for(qtbot, page, all_words) == Route("glossary", term_id)
    assert not page.dialog.isVisible()


# -- Check -------------------------------------------------------------------------------

def test_a_chair_stand_alone_for_a_guest_is_scored_and_not_kept(build, pack, visit, store, media, clock,
                                                                 qtbot):
    page = build(TimedCheckPage(pack, visit, media))
    person = AtPage(qtbot, page, clock)
    page.show_item("chair_stand_30s")
    assert page.steps.currentWidget() is page.who_is_here  # asked once a visit
    person.who_is_here("helped")
    assert page.steps.currentWidget() is page.safety
    person.safe()
    assert page.steps.currentWidget() is page.person  # a guest is asked their age and sex
    person.about_me("72", "female")
    assert visit.who == Who(None, "", 72, "female")
    setup = page.setups["chair_stand_30s"]
    assert setup.who.text() == "For: a woman aged 72"
    click(qtbot, setup.start_button)
    assert page.running_view
    person.tap()  # I am ready
    person.wait(3)
    assert page.run.caption.text() == "Go"
    for _ in range(9):
        person.wait(2.5)
        person.tap()
    assert page.run.count.text() == "9"
    person.wait(7.5)  # the end of the 30 seconds
    assert page.steps.currentWidget() is page.finish
    assert page.raw == {"count": 9}
    person.answer("halfway", False)
    person.answer("arms", False)
    person.see_result()
    assert page.last_result.score == 9
    assert page.last_result.at_risk is True  # women 70-74: below average under 10
    assert "9 stands" in page.result.score.text()
    assert "guest" in page.result.kept.text()
    assert visit.history.empty  # nothing was kept, not even an empty file
    assert store.saved == []  # a guest's age and sex are not saved either
    assert not page.runner.running


def test_a_chair_stand_alone_for_a_saved_person_is_kept_with_their_age_today(build, pack, visit, store,
                                                                             media, clock, qtbot):
    profile = ana(visit, age=72)
    assert store.saved[-1].active_profile == profile.id
    page = build(TimedCheckPage(pack, visit, media))
    person = AtPage(qtbot, page, clock)
    page.show_item("chair_stand_30s")
    person.safe()
    setup = page.setups["chair_stand_30s"]
    assert page.steps.currentWidget() is setup  # age and sex come from Ana, not asked
    assert setup.who.text() == "For: Ana, a woman aged 72"
    click(qtbot, setup.start_button)
    person.stands(10, gap=2)
    assert page.last_result.score == 10
    assert page.last_result.at_risk is False  # 10 is not below 10
    assert page.result.kept.text() == "Kept in Ana's results."
    [record] = visit.history.results(profile.id)
    assert (record.test, record.score, record.at_risk) == ("chair_stand_30s", 10, False)
    assert (record.age, record.sex) == (72, "female")
    assert record.taken_at == NOON
    assert record.raw == {"count": 10, "halfway": False, "arms": False, "counted_by": "helper"}


def test_stopping_a_run_alone_keeps_nothing_and_leaves_no_timer(build, pack, visit, media, clock, qtbot):
    profile = ana(visit)
    page = build(TimedCheckPage(pack, visit, media))
    person = AtPage(qtbot, page, clock)
    page.show_item("chair_stand_30s")
    person.start_shown("chair_stand_30s")
    person.tap()
    person.wait(5)
    person.tap()
    assert page.runner.running
    click(qtbot, page.run.stop_button)
    assert page.steps.currentWidget() is page.setups["chair_stand_30s"]
    assert "nothing was scored" in page.setups["chair_stand_30s"].advice.text()
    assert page.last_result is None
    assert visit.history.results(profile.id) == []


def test_the_helper_switch_on_the_check_menu_alone_is_saved_and_reaches_a_test(build, pack, visit, store,
                                                                                media, qtbot):
    told = []
    visit.listen(settings=lambda settings, changed: told.append((settings.caregiver, changed)))
    menu = build(CheckMenuPage(pack, visit))
    menu.show_item("")
    assert menu.who_button.accessibleName() == "Checking as a guest"
    assert not menu.helper_button.isChecked()
    click(qtbot, menu.helper_button)
    assert visit.caregiver is True
    assert [s.caregiver for s in store.saved] == [True]  # saved once, through the visit
    assert told == [(True, frozenset({"caregiver"}))]
    assert menu.helper_button.isChecked()
    assert asks_for(qtbot, menu, menu.tiles["chair_stand_30s"]) == Route("test", "chair_stand_30s")
    assert asks_for(qtbot, menu, menu.who_button) == Route("profiles", "check")
    test = build(TimedCheckPage(pack, visit, media))  # another page, the same visit
    test.show_item("chair_stand_30s")
    assert test.safety.helper.isChecked()
    assert test.safety.questions[0].text() == pack.safety.questions[0].caregiver_text
    click(qtbot, test.safety.helper)  # off again, from the test's own switch
    assert [s.caregiver for s in store.saved] == [True, False]
    assert test.safety.questions[0].text() == pack.safety.questions[0].text
    ana(visit)
    menu.show_item("")
    assert not menu.helper_button.isChecked()
    assert menu.who_button.accessibleName() == "Checking: Ana"


# -- See ---------------------------------------------------------------------------------

def test_the_lifetime_chart_alone_marks_the_persons_age(build, pack, visit, qtbot):
    ana(visit, age=81)
    page = build(SeePage(pack, visit, STANDARD))
    page.show_item("lifetime")
    chart = page.lifetime.chart
    band = lifetime_band(pack.facts, "mass")
    xs, ys = chart.items["top"].getData()
    assert len(xs) > 10
    assert (list(xs), list(ys)) == (list(band.xs), list(band.high))
    assert list(chart.items["bottom"].getData()[1]) == list(band.low)
    assert chart.items["marker"].value() == 81  # from the visit's day, not the real one
    assert "You are 81" in page.lifetime.summary.text()
    click(qtbot, page.lifetime.strength_button)
    assert list(chart.items["bottom"].getData()[1]) == list(lifetime_band(pack.facts, "strength").low)


def test_my_results_alone_chart_what_the_visit_kept(build, pack, visit, qtbot):
    ana(visit, age=72)
    for count, days in ((8, 0), (11, 14)):
        visit.now = lambda days=days: NOON + dt.timedelta(days=days)  # two weeks apart
        raw = {"count": count}
        answers = {"halfway": False, "arms": False}
        visit.keep(visit.score_run("chair_stand_30s", raw, answers), {**raw, **answers}, pack.info.version)
    page = build(SeePage(pack, visit, STANDARD))
    page.show_item("lifetime")
    click(qtbot, page.tab_buttons["results"])
    step = page.results
    assert page.stack.currentWidget() is step
    assert step.test_buttons["chair_stand_30s"].isVisible()
    assert not step.test_buttons["tug"].isVisible()
    xs, ys = step.chart.items["series"].getData()
    assert list(ys) == [8.0, 11.0]
    assert list(xs) == [NOON.timestamp(), (NOON + dt.timedelta(days=14)).timestamp()]
    assert step.chart.items["threshold"].value() == 10
    assert "2 results" in step.summary.text()
    assert "11 stands" in step.chart.readout.text()  # the cursor starts at the latest


def test_my_results_alone_for_a_guest_offer_a_check(build, pack, visit, qtbot):
    page = build(SeePage(pack, visit, STANDARD))
    page.show_item("results")
    step = page.results
    assert not step.chart.isVisible()
    assert "guest" in step.summary.text()
    assert asks_for(qtbot, page, step.prompt_button) == Route("check")


# -- Act ---------------------------------------------------------------------------------

def test_my_week_alone_keeps_the_days_and_what_was_done(build, pack, visit, qtbot):
    profile = ana(visit)
    page = build(PlanPage(pack, visit))
    page.show_item("")
    assert page.who.text() == "The week of Ana"
    assert not page.person_button.isVisible()
    click(qtbot, page.day_buttons[1])
    click(qtbot, page.day_buttons[4])
    assert visit.history.plan_days(profile.id) == (1, 4)
    click(qtbot, page.day_buttons[1])  # changed their mind
    assert visit.history.plan_days(profile.id) == (4,)
    click(qtbot, page.strength_button)
    assert "You did 1 strength session this week" in page.summary.text()
    page.minutes.clear()
    qtbot.keyClicks(page.minutes, "25")
    click(qtbot, page.minutes_button)
    assert "active for 25 minutes" in page.summary.text()


def test_my_week_alone_for_a_guest_asks_for_a_person(build, pack, visit, qtbot):
    page = build(PlanPage(pack, visit))
    page.show_item("")
    assert not page.strength_button.isVisible()
    assert asks_for(qtbot, page, page.person_button) == Route("profiles", "plan")


def test_the_protein_guide_alone_works_out_the_grams(build, pack, qtbot):
    page = build(ProteinPage(pack))
    qtbot.keyClicks(page.weight, "70")
    click(qtbot, page.work_button)
    assert page.result.text() == "84 to 112 grams of protein a day"
    click(qtbot, page.four)
    assert page.per_meal.text() == "That is about 21 to 28 grams at each of your 4 meals."
    page.weight.clear()
    qtbot.keyClicks(page.weight, "seventy")
    click(qtbot, page.work_button)
    assert page.message.text().startswith("Please")
    assert not page.result.isVisible()


# -- Track -------------------------------------------------------------------------------

def test_a_person_added_on_the_people_page_alone_becomes_the_one_checked(build, visit, store, qtbot):
    page = build(ProfilesPage(visit))
    person = AtPage(qtbot, page)
    page.show_item("check")
    assert page.list.rows == []
    assert page.list.empty.isVisible()
    click(qtbot, page.list.add_button)
    assert page.steps.currentWidget() is page.editor
    assert page.title.text() == "Add a person"
    person.fill_in(page.editor, "Ana", str(TODAY.year - 120))
    assert "18 to 110" in page.editor.message.text()  # the age on the visit's day
    assert store.saved == []
    person.fill_in(page.editor, "Ana", str(TODAY.year - 74))
    assert page.steps.currentWidget() is page.list
    [row] = page.list.rows
    assert row.use_button.isChecked()  # the first person added is the one checked
    assert visit.who == Who(row.profile.id, "Ana", 74, "female")
    assert store.saved[-1].active_profile == row.profile.id
    assert [p.name for p in visit.history.profiles()] == ["Ana"]
    assert asks_for(qtbot, page, row.use_button) == Route("check")  # then on to the checks


def test_going_on_as_a_guest_on_the_people_page_alone_is_remembered(build, visit, store, qtbot):
    ana(visit)
    page = build(ProfilesPage(visit))
    page.show_item("")
    assert asks_for(qtbot, page, page.list.guest_button) == Route("results")
    assert visit.who == Who()
    assert [s.active_profile for s in store.saved] == [1, 0]
