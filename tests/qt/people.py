"""Someone at the screen, for the flow tests: opens an area from Home, answers the safety
questions, taps, waits on a fake clock; and the walks several areas share (adding a
person, a whole 30-second chair stand). One copy, so every area's tests drive the app
the same way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from legapp.engine import FakeClock

THIS_YEAR = dt.date.today().year


def answer_safety(qtbot, safety, *answers: bool) -> None:
    """Answer the safety step's questions in turn (the last answer given stands for the
    rest), as a person sees them: all on one screen, or one a screen with Next between."""
    for i, (yes, no) in enumerate(safety.choices.values()):
        if safety.next_button.isVisible() and not yes.isVisible():
            click(qtbot, safety.next_button)
        click(qtbot, yes if answers[min(i, len(answers) - 1)] else no)
    if safety.next_button.isVisible():
        raise AssertionError("the last safety question should end in Continue")


def _reads_the_question_first(qtbot, widget) -> None:
    """A question list's answer is taken only a moment (0.6 s) after its question shows (a
    double tap must not answer the next one too): a person reads it first. On a fake
    clock that moment is moved on; on the real one it is waited for."""
    from legapp.engine import FakeClock
    from legapp.qt.check.home_safety_page import HomeSafetyPage
    from legapp.qt.check.questionnaire_page import QuestionnairePage

    page = widget.parentWidget()
    while page is not None and not isinstance(page, QuestionnairePage | HomeSafetyPage):
        page = page.parentWidget()
    if page is None or widget.objectName() != "answer":
        return
    if isinstance(page.clock, FakeClock):
        page.clock.advance(0.6)
    else:
        qtbot.wait(650)


def click(qtbot, widget):
    _reads_the_question_first(qtbot, widget)
    assert widget.isVisible(), f"cannot see {widget.text() or widget}"
    assert widget.isEnabled(), f"cannot press {widget.text() or widget}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class Person:
    """Someone at the screen: opens a check from Home, answers, taps, waits."""

    def __init__(self, qtbot, window, clock: FakeClock | None):
        self.qtbot, self.w, self.clock = qtbot, window, clock

    @property
    def page(self):
        return self.w.current_page

    # -- getting there ---------------------------------------------------------------------
    def open_area(self, name: str, tile: str | None = None):
        """From Home, the area whose tile is called ``name``, then its tile ``tile`` if given."""
        self.w.go_home()
        click(self.qtbot, next(t for t in self.page.tiles if t.accessibleName() == name))
        if tile is not None:
            click(self.qtbot, self.page.tiles[tile])
        return self.page

    def open(self, check_id: str, company: str | None = "helped"):
        """A check from Home; "Who is here?" answered with ``company`` where it is asked
        (None: left on screen)."""
        page = self.open_area("Check your fall risk", check_id)
        if company is not None and hasattr(page, "who_is_here"):
            self.who_is_here(company)
        return page

    def open_results(self):
        return self.open_area("My results")

    def add_person(self, name: str, year: str, sex: str = "female", **birth):
        """From My results: choose a person, add one, fill the form (``birth``: the month
        and day of ``fill_in``)."""
        page = self.open_results()
        click(self.qtbot, page.list.person_button)
        people = self.page
        click(self.qtbot, people.list.add_button)
        self.fill_in(people.editor, name, year, sex, **birth)
        return people

    def fill_in(self, editor, name: str, year: str, sex: str = "female", month: int | None = 1,
                day: str = "1"):
        """The person form: a name, a date of birth, woman or man, Save. Born on 1 January
        by default, so the age on any day of the year is this year less the year of birth."""
        editor.name.clear()
        self.qtbot.keyClicks(editor.name, name)
        editor.year.clear()
        self.qtbot.keyClicks(editor.year, year)
        if month is not None:
            click(self.qtbot, editor.month.buttons[month - 1])
        editor.day.clear()
        self.qtbot.keyClicks(editor.day, day)
        click(self.qtbot, editor.female if sex == "female" else editor.male)
        click(self.qtbot, editor.save_button)

    # -- a timed test ----------------------------------------------------------------------
    def who_is_here(self, company: str = "helped"):
        """"Who is here?", where it is asked (once a visit): "alone" (Just me), "helped"
        (Someone is helping me, who taps) or "helping" (I am helping someone)."""
        page = self.page
        if getattr(page, "who_is_here", None) is not None and page.steps.currentWidget() is page.who_is_here:
            click(self.qtbot, page.who_is_here.choices[company])

    def safe(self):
        """No to each safety question: all on one screen, or one a screen with Next."""
        self.who_is_here()
        answer_safety(self.qtbot, self.page.safety, False)
        click(self.qtbot, self.page.safety.continue_button)

    def about_me(self, age: str, sex: str = "female"):
        page = self.page
        page.person.age.clear()
        self.qtbot.keyClicks(page.person.age, age)
        click(self.qtbot, page.person.female if sex == "female" else page.person.male)
        click(self.qtbot, page.person.continue_button)

    def start(self, check_id: str, age: str = "72", sex: str = "female"):
        self.open(check_id)
        return self.start_shown(check_id, age, sex)

    def start_shown(self, check_id: str, age: str = "72", sex: str = "female"):
        """The test page already shows ``check_id``'s safety questions: answer them, say
        who is tested if asked, and start."""
        page = self.page
        self.safe()
        if page.steps.currentWidget() is page.person:
            self.about_me(age, sex)
        click(self.qtbot, page.setups[check_id].start_button)
        assert page.running_view
        return page

    def tap(self):
        """As a person does: wait until the big button lights up (it is off for a moment
        after each new step), then press it."""
        button = self.page.run.tap_button
        ready = lambda: not button.property("settling")  # noqa: E731
        if not ready() and self.clock is not None:  # a fake clock: time passes when told
            self.qtbot.wait(60)  # it lights up as soon as the run's clock has passed the moment
            if not ready():
                self.wait(0.6)
        self.qtbot.waitUntil(ready, timeout=2000)
        click(self.qtbot, button)

    def wait(self, seconds: float):
        self.clock.advance(seconds)
        if self.page.runner is not None:
            self.page.runner.update_now()

    def answer(self, key: str, yes: bool):
        yes_button, no_button = self.page.finish.buttons[key]
        click(self.qtbot, yes_button if yes else no_button)

    def see_result(self):
        click(self.qtbot, self.page.finish.continue_button)
        assert self.page.steps.currentWidget() is self.page.result

    def stands(self, count: int, gap: float = 2, *, halfway: bool = False, arms: bool = False):
        """A started 30-second chair stand to its result: ready, the count-in, ``count``
        stands ``gap`` seconds apart, the rest of the 30 seconds, the two questions."""
        self.tap()
        self.wait(3)
        for _ in range(count):
            self.wait(gap)
            self.tap()
        self.wait(30)
        self.answer("halfway", halfway)
        self.answer("arms", arms)
        self.see_result()

    def chair_stand(self, stands: int, age: str = "72", sex: str = "female"):
        """A whole 30-second chair stand from Home: ``stands`` taps two seconds apart, no
        half stand at the end, no arms; returns the test page showing the result."""
        page = self.start("chair_stand_30s", age=age, sex=sex)
        self.stands(stands)
        return page
