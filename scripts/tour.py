"""A walk through every screen of legapp, the way a person gets to each one. The
screenshots (scripts/screenshots.py) and the layout tests (tests/qt/test_layout_tour.py)
both take it, so a screen added here is both pictured and checked.

Each generator puts a screen up and yields (name, widget to look at). It drives the
real widgets, with a FakeClock for the timed parts.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from legapp.engine import FakeClock
from legapp.navigation import Route
from legapp.paths import ui_dir
from legapp.qt.application import build_window
from legapp.settings import Settings, SettingsStore
from legapp.textsize import TEXT_SIZES

# The window a person has on each screen: maximised, less a 32 px panel or task bar. A
# kiosk is full screen (see kiosk_screens).
WINDOWS: dict[str, tuple[int, int]] = {"1366x768": (1366, 736), "1280x720": (1280, 688),
                                       "1024x600": (1024, 568)}


def settle_button(clock: FakeClock, page) -> None:
    """A new step's big button takes no press for a moment (0.6 s): let it pass."""
    clock.advance(0.6)
    page.runner.update_now()


def answer_safety(safety, *answers: bool) -> None:
    """The safety questions answered in turn (the last answer stands for the rest), as on
    screen: all at once, or one a screen with Next between (large text, small screens)."""
    for i, (yes, no) in enumerate(safety.choices.values()):
        if safety.next_button.isVisible() and not yes.isVisible():
            safety.next_button.click()
        (yes if answers[min(i, len(answers) - 1)] else no).click()


def all_clear(safety) -> None:
    """The safety questions, each answered No, then Continue."""
    answer_safety(safety, False)
    safety.continue_button.click()


SCREENS = [
    ("home", Route("home")),
    ("topics", Route("topics")),
    ("topic-first", Route("topic", "leg-muscles")),
    ("topic-how-fast", Route("topic", "how-fast")),
    ("topic-key-points", Route("topic", "key-points")),
    ("faq", Route("faq")),
    ("glossary", Route("glossary", "sarcopenia")),
    ("search", Route("search")),
    ("help", Route("help")),
    ("check", Route("check")),
]


@contextlib.contextmanager
def saving_nowhere_real():
    """"Save the report" puts it in a temp folder, not the person's Documents, and
    "Open it" opens nothing."""
    import shutil
    import tempfile

    from legapp.qt import saving

    folder = Path(tempfile.mkdtemp(prefix="legapp-tour-documents-"))
    real = saving.DESK
    saving.DESK = saving.Desk(documents=lambda: folder, open_url=lambda _url: True)
    try:
        yield folder
    finally:
        saving.DESK = real
        shutil.rmtree(folder, ignore_errors=True)


def track_screens(window, clock: FakeClock):
    """People and My results, with a person who has done a few checks."""
    window.go(Route("profiles"))
    page = window.current_page
    page.list.add_button.click()
    yield "people-add", window
    page.editor.name.setText("Ana Maria")
    page.editor.year.setText("1953")
    page.editor.month.buttons[0].click()
    page.editor.day.setText("1")
    page.editor.female.click()
    page.editor.save_button.click()
    page.list.add_button.click()
    page.editor.name.setText("Bob")
    page.editor.year.setText("1947")  # saved with the year alone: asked at his first check
    page.editor.male.click()
    page.editor.save_button.click()
    yield "people", window
    for stands in (8, 10):
        window.go(Route("test", "chair_stand_30s"))
        test = window.current_page
        all_clear(test.safety)
        test.setups["chair_stand_30s"].start_button.click()
        settle_button(clock, test)
        test.run.tap_button.click()
        clock.advance(3)
        test.runner.update_now()
        for _ in range(stands):
            clock.advance(2)
            test.run.tap_button.click()
        clock.advance(30)
        test.runner.update_now()
        for key in ("halfway", "arms"):
            test.finish.buttons[key][1].click()
        test.finish.continue_button.click()
    yield "check-result-kept", window
    window.go(Route("results"))
    yield "results", window
    with saving_nowhere_real():
        window.current_page.list.report_button.click()
        yield "results-saved", window
    window.current_page.list.rows[0].delete_button.click()
    yield "results-confirm-delete", window
    window.go(Route("see"))
    yield "see-lifetime", window
    window.current_page.lifetime.strength_button.click()
    yield "see-lifetime-strength", window
    window.current_page.show_item("disuse")
    yield "see-disuse", window
    window.current_page.show_item("results")
    yield "see-results", window
    window.go(Route("profiles", "check"))
    bob = next(r for r in window.current_page.list.rows if r.profile.name == "Bob")
    bob.use_button.click()
    window.go(Route("test", "chair_stand_30s"))
    all_clear(window.current_page.safety)
    yield "check-birthday", window


def act_screens(window, clock: FakeClock):
    """Keep your legs strong: the hub, a guided session, the week, the protein guide."""
    window.go(Route("act"))
    yield "act", window
    window.go(Route("exercises"))
    yield "exercises", window
    window.go(Route("exercise", "single-leg-stand"))
    yield "exercise", window
    window.go(Route("sessions"))
    page = window.current_page
    yield "sessions", window
    page.choose.tiles["gentle"].click()
    all_clear(page.safety)
    clock.advance(20)
    page.runner.update_now()
    yield "session-warm-up", window  # where the person is, and Skip
    clock.advance(100)
    page.runner.update_now()
    settle_button(clock, page)
    page.run.tap_button.click()  # ready for the first exercise
    for _ in range(3):
        clock.advance(2.5)
        page.run.tap_button.click()
    page.runner.update_now()
    yield "session-reps", window
    page.run.stop_button.click()
    yield "session-stop", window  # "Stop the session?"
    page.asking.yes_button.click()
    yield "session-stopped", window  # what was done
    window.go(Route("plan"))
    plan = window.current_page
    plan.day_buttons[0].click()
    plan.day_buttons[3].click()
    plan.strength_button.click()
    plan.minutes.setText("40")
    plan.minutes_button.click()
    yield "plan", window
    yield from programme_screens(window)
    window.go(Route("protein"))
    protein = window.current_page
    protein.weight.setText("70")
    protein.work_out()
    yield "protein", window


def programme_screens(window):
    """My programme: choosing a level, the programme with its weekly chart, "How did that
    feel?" and the step it offers, everyone's week, and Home's Today card."""
    window.go(Route("programme"))
    page = window.current_page
    yield "programme-choose", window
    page.level_buttons["gentle"].click()
    yield "programme", window
    window.go(Route("sessions"))
    sessions = window.current_page
    items = [(i.exercise, sessions.exercises[i.exercise].title) for i in window.pack.sessions[1].items]
    for _ in range(2):
        sessions.feel.ask(items)
        sessions.go(sessions.feel)
        if _ == 0:
            yield "session-feel", window
        sessions.feel.feel_buttons["too_easy"].click()
    yield "session-feel-offer", window  # two "too easy" in a row: the next step
    sessions.feel.stay_button.click()
    sessions.go(sessions.choose)
    window.go(Route("glance"))
    yield "glance", window
    visit = window.visit
    visit.history.set_plan_days(visit.who.profile_id, (visit.today().weekday(),))
    window.go_home()
    yield "home-today", window


def kiosk_screens(app, pack, size_index: int, data: Path, language: str = "en", theme: str = "standard",
                  size: tuple[int, int] = (1280, 860)):
    """A kiosk: Home with the centre's areas, the number pad, "Are you still there?"."""
    from legapp.kiosk.config import KioskConfig
    from legapp.kiosk.pin import hash_pin
    from legapp.qt.application import enter_kiosk

    clock = FakeClock(1000.0)
    settings = Settings(text_size=size_index, tts_engine="mock", language=language, theme=theme)
    window = build_window(app, pack, settings, SettingsStore(data), ui_dir(), clock=lambda c=clock: c)
    from legapp.qt.main_window import fit_to_screen

    fit_to_screen(window, *size)  # full screen, as the kiosk is
    window.resize(*size)
    window.show()
    text_size = TEXT_SIZES[size_index].key
    config = KioskConfig(pin_hash=hash_pin("2468"), text_size=text_size, areas=("learn", "check", "act"),
                         language=language)
    kiosk = enter_kiosk(window, config, clock=clock.now, pin_clock=clock.now)
    yield "kiosk-home", window
    window.go(Route("test", "chair_stand_30s"))
    page = window.current_page
    all_clear(page.safety)
    page.person.age.setFocus()
    app.processEvents()
    page.person.age.setText("78")
    yield "kiosk-number-pad", window
    clock.advance(125)
    kiosk.check_now()
    yield "kiosk-still-there", window
    kiosk.leave()
    window.deleteLater()  # deleted when the caller next lets deferred deletes through


def check_screens(window, clock: FakeClock):
    """The steps of the Check area, each put on screen the way a person gets there.
    Yields (name, widget to grab) once each screen is showing."""
    window.go(Route("test", "chair_stand_30s"))
    page = window.current_page
    yield "check-who", window
    page.who_is_here.choices["helped"].click()  # remembered for the visit
    yield "check-safety", window
    all_clear(page.safety)
    page.person.age.setText("200")
    page.person.female.click()
    page.person.continue_button.click()
    yield "check-person-bad-age", window
    page.person.age.setText("72")
    page.person.continue_button.click()
    yield "check-setup", window
    page.setups["chair_stand_30s"].start_button.click()
    yield "check-run-ready", window
    settle_button(clock, page)
    page.run.tap_button.click()  # I am ready
    clock.advance(1.2)
    page.runner.update_now()
    yield "check-run-count-in", window
    clock.advance(2)
    page.runner.update_now()
    for _ in range(7):
        clock.advance(2.1)
        page.run.tap_button.click()
    page.runner.update_now()
    yield "check-run-stands", window
    clock.advance(30)
    page.runner.update_now()
    yield "check-finish", window
    for key in ("halfway", "arms"):
        page.finish.buttons[key][1].click()
    page.finish.continue_button.click()
    yield "check-result", window

    window.go(Route("test", "balance_4stage"))
    page = window.current_page
    all_clear(page.safety)
    page.setups["balance_4stage"].start_button.click()
    settle_button(clock, page)
    page.run.tap_button.click()
    clock.advance(3.5)
    page.runner.update_now()
    yield "check-balance-hold", window

    window.go(Route("test", "tug"))
    page = window.current_page
    answer_safety(page.safety, True, False)
    page.safety.continue_button.click()
    yield "check-not-today", window

    # On one's own: the chair stand with nothing to tap, then the number asked.
    window.go(Route("test", "chair_stand_30s"))
    page = window.current_page
    all_clear(page.safety)
    setup = page.setups["chair_stand_30s"]
    setup.company_button.click()  # "Who is here?" again
    page.who_is_here.choices["alone"].click()
    yield "check-setup-alone", window
    setup.start_button.click()  # then nobody taps: getting ready ends by itself
    clock.advance(10 + 3 + 12)
    page.runner.update_now()
    yield "check-run-alone", window
    clock.advance(18)
    page.runner.update_now()
    for _ in range(9):
        page.finish.count.plus_button.click()
    yield "check-count-question", window
    for key in ("halfway", "arms"):
        page.finish.buttons[key][1].click()
    page.finish.continue_button.click()
    # The TUG alone: why someone must time it; then someone is here after all.
    window.go(Route("test", "tug"))
    page = window.current_page
    yield "check-needs-helper", window
    page.needs_helper.helper_button.click()
    page.who_is_here.choices["helped"].click()
    page.stop_run()

    window.go(Route("questionnaire", "stay_independent"))
    page = window.current_page
    yield "check-question", window
    for _ in range(len(page.run.questionnaire.questions)):
        clock.advance(0.6)  # a question is read before it is answered (a tap sooner is ignored)
        page.answers[0].click()
    yield "check-questionnaire-result", window
    yield from new_test_screens(window, clock)


def _walk_once(clock: FakeClock, page, seconds: float) -> None:
    """Ready, the count-in, Start mark, then End mark ``seconds`` later."""
    for wait in (0, 3, seconds):
        clock.advance(wait)
        page.runner.update_now()
        settle_button(clock, page)
        page.run.tap_button.click()


def _walk(clock: FakeClock, page, first: float, second: float, shots: dict | None = None):
    """The walking-speed test from its course question: two tries (``shots``: yield names)."""
    shots = shots or {}
    course, tries = page.walk_steps
    if "course" in shots:
        yield shots["course"], page.window()
    clock.advance(0.6)
    course.continue_button.click()
    if "setup" in shots:
        yield shots["setup"], page.window()
    page.setups["walk_4m"].start_button.click()
    settle_button(clock, page)
    page.run.tap_button.click()
    clock.advance(3)
    page.runner.update_now()
    settle_button(clock, page)
    page.run.tap_button.click()  # Start mark
    if "run" in shots:
        clock.advance(2.2)
        page.runner.update_now()
        yield shots["run"], page.window()
        clock.advance(first - 2.2)
    else:
        clock.advance(first)
    page.runner.update_now()
    page.run.tap_button.click()  # End mark
    if "tries" in shots:
        yield shots["tries"], page.window()
    clock.advance(0.6)
    tries.second_button.click()
    _walk_once(clock, page, second)


def new_test_screens(window, clock: FakeClock):
    """Walking speed, the SPPB, the Short FES-I, the key questions and the fall question
    asked after a checklist under 4 points."""
    window.go(Route("test", "walk_4m"))
    page = window.current_page
    all_clear(page.safety)
    yield from _walk(clock, page, 5.4, 4.9, {"course": "check-walk-course", "setup": "check-walk-setup",
                                             "run": "check-walk-run", "tries": "check-walk-tries"})
    yield "check-walk-result", window

    window.go(Route("sppb"))
    page = window.current_page
    all_clear(page.safety)
    yield "check-sppb-setup", window
    page.setups["balance_4stage"].start_button.click()
    for held in (10, 10, 5):
        settle_button(clock, page)
        page.run.tap_button.click()
        clock.advance(3 + held)
        page.runner.update_now()
        if held < 10:
            settle_button(clock, page)
            page.run.tap_button.click()
    yield from _walk(clock, page, 5.6, 5.2)
    if page.steps.currentWidget() is page.person:  # a guest: the age for the chair stands
        page.person.age.setText("72")
        page.person.female.click()
        page.person.continue_button.click()
    yield "check-sppb-next-part", window
    page.setups["five_times_sts"].start_button.click()
    settle_button(clock, page)
    page.run.tap_button.click()
    clock.advance(3)
    page.runner.update_now()
    for _ in range(5):
        clock.advance(2.4)
        page.run.tap_button.click()
    page.finish.buttons["arms"][1].click()
    page.finish.continue_button.click()
    yield "check-sppb-result", window

    window.go(Route("questionnaire", "short_fes_i"))
    page = window.current_page
    yield "check-fes-question", window
    for answer in (1, 2, 1, 0, 1, 0, 3):
        clock.advance(0.6)
        page.answers[answer].click()
    yield "check-fes-result", window

    window.go(Route("questionnaire", "key_questions"))
    page = window.current_page
    yield "check-key-question", window
    for answer in (1, 0, 1):
        clock.advance(0.6)
        page.answers[answer].click()
    yield "check-key-result", window

    window.go(Route("questionnaire", "stay_independent"))
    page = window.current_page
    for _ in range(len(page.run.questionnaire.questions)):
        clock.advance(0.6)
        page.answers[1].click()  # No to each: under 4 points
    yield "check-fall-question", window
    clock.advance(0.6)
    page.answers[1].click()


def home_safety_screens(window, clock: FakeClock, person: str | None = None):
    """The home safety check: its first question, a Yes with what to do, the list to tick;
    then what the person's results say together."""
    if person is not None:
        window.go(Route("profiles", "check"))
        next(r for r in window.current_page.list.rows if r.profile.name == person).use_button.click()
    window.go(Route("home_safety"))
    page = window.current_page
    page._ask(0)
    yield "home-safety-question", window
    for i, (_room, _item) in enumerate(page.items):
        clock.advance(0.7)  # a question is read before it is answered (0.6 s)
        (page.asking.yes_button if i % 4 == 1 else page.asking.no_button).click()
    page._ask(1)
    yield "home-safety-fix", window
    page.show_list()
    yield "home-safety-list", window
    window.go(Route("together"))  # her results (from track_screens) and her open hazards together
    yield "together", window


def simple_screens(window):
    for name, route in SCREENS:
        window.go(route)
        if name == "search":
            window.current_page.box.setText("balance" if window.language == "en" else "equilibrio")
            window.current_page.run_search()
        yield name, window


def every_screen(window, clock: FakeClock):
    """The whole walk in one window (the kiosk needs its own: see kiosk_screens)."""
    yield from simple_screens(window)
    yield from check_screens(window, clock)
    yield from track_screens(window, clock)
    yield from act_screens(window, clock)
    yield from home_safety_screens(window, clock, "Ana Maria")
    window.go(Route("topic", "balance"))
    window.current_page.show_term("proprioception")
    yield "term-dialog", window.current_page.dialog
