"""One timed self-test, start to end: who is here (once a visit), safety check, who is
tested, set-up, the run with voice and big clock, the end questions, the result. Leaving
the page, Stop or Esc end the run at once, and a stopped run never gives a score. The
visit scores the run for the person and keeps it, with how it was counted; this page only
shows what it says.

Alone ("Just me"), nothing is tapped during a run (legapp.checks.alone): the chair stand
asks the number of stands afterwards, the balance test asks after each position, and the
five times sit-to-stand and the TUG say why someone must time them and offer the chair
stand instead. A chair stand in which no stand was tapped asks too: never 0 unasked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from legapp.assess.display import shown_time, too_fast, walk_too_fast
from legapp.checks import alone as solo
from legapp.checks.explain import explain, take_home_text
from legapp.content.render import format_fact, format_number
from legapp.navigation import Route
from legapp.qt.check.alone_steps import HeldStep, NeedsHelperStep, WhoStep
from legapp.qt.check.finish_step import FinishStep, TimeCheckStep
from legapp.qt.check.result_view import ResultView
from legapp.qt.check.steps import BirthdayStep, PersonStep, RoomSetupStep
from legapp.qt.run.run_page import RunPage
from legapp.qt.run.safety_step import RefusedStep, SafetyStep

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.engine import Finished
    from legapp.qt.media import Media
    from legapp.visit import Visit


class TimedCheckPage(RunPage):
    def __init__(self, pack: ContentPack, visit: Visit, media: Media, parent: QWidget | None = None):
        super().__init__("", media, lambda: visit.caregiver, parent)
        self.pack, self.visit = pack, visit
        self.protocol = None
        self.raw: dict | None = None
        self.last_result = None
        self._safe = False  # the safety questions were answered for this test
        self._held: list[bool] = []  # the balance test alone: the answer after each position
        self.walk = None  # the walking-speed test: its course and tries (legapp.checks.walk)
        self.walk_steps = None  # (CourseStep, TriesStep), made on the first walk

        self.who_is_here = WhoStep()
        self.who_is_here.chosen.connect(self._company_chosen)
        self.needs_helper = NeedsHelperStep()
        self.needs_helper.chair_stand.connect(lambda: self.navigate.emit(Route("test", "chair_stand_30s")))
        self.needs_helper.helper_here.connect(self._ask_company)
        self.needs_helper.back.connect(lambda: self.navigate.emit(Route("check")))
        self.held = HeldStep()
        self.held.answered.connect(self._held_answer)
        self.safety = SafetyStep(pack.safety, visit)
        self.safety.cleared.connect(self._after_safety)
        self.safety.refused.connect(lambda: self.go(self.refused))
        self.refused = RefusedStep(pack.safety.stop_title, pack.safety.stop_text,
                                   self.tr("Back to the checks"), media.images)
        self.refused.back.connect(lambda: self.navigate.emit(Route("check")))
        self.person = PersonStep(visit)
        self.person.done.connect(self._to_setup)
        self.birthday = BirthdayStep(visit, QLocale(pack.info.locale))
        self.birthday.done.connect(self._to_setup)
        self.setups: dict[str, RoomSetupStep] = {}
        self.finish = FinishStep()
        self.finish.done.connect(self._score)
        self.time_check = TimeCheckStep()
        self.time_check.right.connect(lambda: self._ask_finish(manual=False))
        self.time_check.again.connect(lambda: self._to_setup(self.tr(
            "That time was not scored. Start again when you are ready.")))
        self.result = ResultView()
        self.result.again.connect(lambda: self.show_item(self.protocol.id))
        self.result.menu.connect(lambda: self.navigate.emit(Route("check")))
        self.result.learn.connect(lambda: self.navigate.emit(Route("topic", self.protocol.topic)))
        self.result.exercises.connect(lambda: self.navigate.emit(Route("act")))
        self.add_steps(self.who_is_here, self.needs_helper, self.held, self.safety, self.refused, self.person,
                       self.birthday, self.finish, self.time_check, self.result)
        for step in (self.who_is_here, self.needs_helper, self.held, self.safety, self.refused, self.finish,
                     self.time_check, self.result):  # questions and results can be heard
            step.add_read_aloud(media.speaker)

    # the steps --------------------------------------------------------------
    def show_item(self, arg: str) -> None:
        self.stop_run()
        self.protocol = self.pack.protocol(arg)
        self.set_title(self.protocol.title)
        self.raw = None
        self._safe = False
        self._held = []
        self.walk = None
        if self.visit.company is None:
            self._ask_company()
        else:
            self._after_company()

    @property
    def alone(self) -> bool:
        return self.visit.company == solo.ALONE

    def _ask_company(self) -> None:
        self.who_is_here.reset(self.visit.company)
        self.go(self.who_is_here)

    def _company_chosen(self, company: str) -> None:
        self.visit.set_company(company)
        self._after_company()

    def _after_company(self) -> None:
        if self.alone and not solo.can_do_alone(self.protocol.scoring):
            self.needs_helper.explain(self.protocol.scoring)
            self.go(self.needs_helper)
        elif self._safe:  # "Who is here?" changed at the set-up: the safety answers stand
            self._after_safety()
        else:
            self.safety.reset()
            self.go(self.safety)

    def _after_safety(self) -> None:
        self._safe = True
        if self.visit.company is None:  # the helper switch was turned off: ask again
            self._ask_company()
        elif self.protocol.needs_age_sex and self.visit.birthday_unknown:
            self.birthday.reset()  # a saved person: their age today is asked, never guessed
            self.go(self.birthday)
        elif self.protocol.needs_age_sex and not self.visit.who.known:
            self._ask_person()
        else:
            self._to_setup()

    def _ask_person(self) -> None:
        if self.visit.who.profile_id is not None:  # a saved person: choose someone else instead
            self.navigate.emit(Route("profiles", "check"))
            return
        compared = self.protocol.scoring == "chair_stand_30s"
        fact = self.pack.facts.get("buatois_study_min_age")  # a centre's own pack may lack it
        youngest = format_fact(fact, self.pack.info, "low") if fact is not None else ""
        self.person.reset("" if compared else youngest)
        self.go(self.person)

    def _to_setup(self, notice: str = "") -> None:
        if self.protocol.scoring == "walk_4m" and self.walk is None:
            self._ask_course()
            return
        setup = self.setups.get(self.protocol.id)
        if setup is None:
            setup = RoomSetupStep(self.protocol, self.visit, self.media.images,
                                  self.pack.safety.helper_advice)
            setup.settle()
            setup.start.connect(self.start_run)
            setup.counted_myself.connect(lambda: self._ask_finish(manual=True))
            setup.change_person.connect(self._ask_person)
            setup.change_company.connect(self._ask_company)
            self.add_steps(setup)
            setup.add_read_aloud(self.media.speaker)  # how to do the test, heard before starting
            self.setups[self.protocol.id] = setup
        setup.reset()
        self.prepare_media()
        setup.advice.setText(notice or self.pack.safety.helper_advice)
        setup.advice.setAccessibleName(setup.advice.text())
        self.go(setup)

    # the run ----------------------------------------------------------------
    def start_run(self) -> None:
        self._held = []
        self._start_stage()

    def _start_stage(self) -> None:
        """The run as the person can do it: the pack's protocol, or alone its version with
        nothing to tap (the balance test one position at a time)."""
        if self.alone and self.protocol.scoring == "chair_stand_30s":
            self.start(solo.alone_chair_stand(self.protocol))
        elif self.alone and self.protocol.scoring == "balance_4stage":
            self.start(solo.alone_balance_stage(self.protocol, len(self._held)))
        else:
            self.start(self.protocol)

    def _held_answer(self, yes: bool) -> None:
        self._held.append(yes)
        raw = solo.balance_held(self.protocol, self._held)
        if raw is None:  # held: the next position
            self._start_stage()
            return
        self.raw = raw
        self._score({})

    def run_stopped(self) -> None:
        if self.walk is not None:
            self.walk.tries.clear()  # nothing of a stopped walk counts, not even its first try
        self._to_setup(self.tr("You stopped the test, so nothing was scored. "
                               "You can start again when you are ready."))

    def run_finished(self, event: Finished) -> None:
        if self.alone and self.protocol.scoring == "balance_4stage":
            stage = solo.balance_stages(self.protocol)[len(self._held)]
            self.held.ask(stage[-1].title)
            self.go(self.held)
            return
        self.raw = dict(self.runner.run.result or {})
        if self.protocol.scoring == "walk_4m":
            seconds = self.raw.get("seconds")
            if seconds is not None and walk_too_fast(seconds, self.walk.metres):
                self.time_check.ask(format_number(round(seconds, 2), self.pack.info))
                self.go(self.time_check)
                return
            self._walked(seconds)
            return
        if self.protocol.scoring == "tug" and event.outcome == "incomplete":
            # The timer's limit was reached before "Seated": at least that long, which is
            # itself a finding (well past the line), not "no score".
            limit = max(p.seconds or 0 for p in self.protocol.phases if p.kind == "timed")
            self.raw.update(seconds=float(limit), over_limit=True)
        seconds = self.raw.get("seconds")
        if seconds is not None and too_fast(self.protocol.scoring, seconds):
            shown = format_number(shown_time(self.protocol.scoring, seconds), self.pack.info)
            self.time_check.ask(shown)
            self.go(self.time_check)
            return
        self._ask_finish(manual=False)

    def _ask_finish(self, *, manual: bool) -> None:
        scoring = self.protocol.scoring
        if scoring == "walk_4m":  # a very fast try, said to be right: it counts
            self._walked(self.raw.get("seconds"))
            return
        if manual:
            self.raw = {}
        if scoring == "chair_stand_30s":
            # Alone nothing was tapped; with a helper, no tap at all is asked about too.
            no_taps = not manual and not self.alone and not (self.raw or {}).get("count")
            self.finish.ask(count=manual or self.alone or no_taps, halfway=True, arms=True,
                            caregiver=self.visit.caregiver, no_taps=no_taps)
        elif scoring == "five_times_sts" and self.raw.get("completed", True):
            self.finish.ask(count=False, halfway=False, arms=True, caregiver=self.visit.caregiver)
        else:
            self._score({})
            return
        self.go(self.finish)

    # the result -------------------------------------------------------------
    def _score(self, answers: dict) -> None:
        try:
            result = self.visit.score_run(self.protocol.scoring, self.raw or {}, answers)
        except ValueError as exc:  # e.g. a typed count that, with the last half stand, is too many
            if self.protocol.scoring == "chair_stand_30s":  # its answers can be changed there
                self.finish.show_problem(str(exc))
                self.go(self.finish)
            else:  # nothing to answer again: say why there is no score
                self.result.show_message(str(exc))
                self.go(self.result)
            return
        stands = int(result.score or 0)
        units = {"chair_stand_30s": self.tr("{score} stand(s)", "", stands),
                 "five_times_sts": self.tr("{score} seconds"),
                 "tug": self.tr("{score} seconds"), "balance_4stage": self.tr("{score} of 4 positions held")}
        if result.test == "walk_4m":
            units["walk_4m"] = self._speed_unit(result)
        unit = self.tr("Not completed") if result.meaning == "not_completed" else units[result.test]
        topic = self.pack.topic(self.protocol.topic).title if self.protocol.topic else ""
        raw = {**(self.raw or {}), **answers, "counted_by": self._counted_by(answers)}
        explanation = explain(result, self.pack, unit, raw)
        kept = self.visit.keep(result, raw, self.pack.info.version)
        explanation = self._with_sppb_of_today(explanation)
        self.result.show_explanation(explanation, topic, exercises=explanation.exercises)
        self.result.show_kept(kept, self.visit)
        if self.visit.take_home is not None:
            day = QLocale().toString(self.visit.today(), QLocale.FormatType.LongFormat)  # in their language
            self.result.offer_take_home(take_home_text(self.protocol.title, explanation, day),
                                        self.visit.take_home)
        self.last_result = result
        self.go(self.result)

    # the walking-speed test ---------------------------------------------------
    def _ask_course(self) -> None:
        course, _tries = self._walk_steps()
        course.reset(None, False)
        self.go(course)

    def _walk_steps(self):
        if self.walk_steps is None:
            from legapp.qt.check.walk_steps import CourseStep, TriesStep

            clock = self.media.clock()
            course = CourseStep(clock.now, self.media.time_scale, *self._course_words())
            course.chosen.connect(self._course_chosen)
            tries = TriesStep(clock.now, self.media.time_scale)
            tries.second.connect(self.start_run)
            tries.enough.connect(self._walk_done)
            self.add_steps(course, tries)
            for step in (course, tries):
                step.settle()
                step.add_read_aloud(self.media.speaker)
            self.walk_steps = (course, tries)
        return self.walk_steps

    def _course_words(self) -> tuple[str, str]:
        from legapp.checks.walk import uses_feet

        facts, info = self.pack.facts, self.pack.info

        def length(metres: str, feet: str) -> str:
            m, f = (format_fact(facts[k], info) if k in facts else "" for k in (metres, feet))
            if not f:
                return m
            return f"{f} ({m})" if uses_feet(self.pack) else f"{m} ({f})"

        long = length("walk_course_metres", "walk_course_feet")
        short = self.tr("{0}, for a short room").replace(
            "{0}", length("walk_short_course_metres", "walk_short_course_feet"))
        return long, short

    def _course_chosen(self, metres: int, aid: bool) -> None:
        from legapp.checks.walk import WalkTries

        self.walk = WalkTries(metres=metres, walking_aid=aid)
        self._to_setup()

    def _walked(self, seconds: float | None) -> None:
        self.walk.add(seconds)
        if not self.walk.done:
            _course, tries = self._walk_steps()
            tries.show_try(None if seconds is None else format_number(round(seconds, 2), self.pack.info))
            self.go(tries)
            return
        self._walk_done()

    def _walk_done(self) -> None:
        self.raw = self.walk.raw()
        self._score({})

    def _speed_unit(self, result) -> str:
        from legapp.checks.walk import feet_per_second, uses_feet

        if result.speed_m_s is None or not uses_feet(self.pack):
            return self.tr("{score} metres a second")
        feet = format_number(round(feet_per_second(result.speed_m_s), 1), self.pack.info)
        return self.tr("{score} metres a second ({0} feet a second)").replace("{0}", feet)

    def _with_sppb_of_today(self, explanation):
        """A balance test, walk or five chair stands that completes today's three SPPB
        parts: the SPPB total too (CLINICAL.md 12: parts done the same day count)."""
        from dataclasses import replace

        from legapp.checks.sppb_day import PART_TESTS, latest_sppb

        who, history = self.visit.who, self.visit.history
        if self.protocol.scoring not in PART_TESTS or who.profile_id is None or history is None:
            return explanation
        try:
            day = latest_sppb(r for r in history.results(who.profile_id) if r.test in PART_TESTS)
        except Exception:  # the history cannot be read now: the result stands alone
            return explanation
        if day is None or day.day != self.visit.now().astimezone().date():
            return explanation
        r = day.result
        line = self.tr("With the balance test, the walk and the five chair stands done today, the SPPB "
                       "score is {0} of 12 points (balance {1}, walking {2}, chair stands {3}). 8 or "
                       "less is low physical performance.")
        for i, value in enumerate((r.total, r.balance_points, r.gait_points, r.chair_points)):
            line = line.replace(f"{{{i}}}", str(value))
        return replace(explanation, text=f"{explanation.text}\n\n{line}")

    def _counted_by(self, answers: dict) -> str:
        """How the result was counted, kept with it for the report."""
        if "count" in answers:
            return solo.TYPED
        if self.alone and self.protocol.scoring == "balance_4stage":
            return solo.SELF_ANSWERED
        return solo.HELPER
