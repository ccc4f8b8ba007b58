"""A questionnaire, one question a screen, big answer buttons, Back allowed; then the
total and what it means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from legapp.assess import KEY_QUESTIONS, score_key_questions, steadi_screen
from legapp.checks.alone import Changed
from legapp.checks.explain import explain, take_home_text
from legapp.checks.questionnaire import QuestionnaireRun
from legapp.content.render import format_number
from legapp.navigation import Route
from legapp.qt.accessible import radio, radio_group
from legapp.qt.check.result_view import ResultView
from legapp.qt.page import Page, show_step
from legapp.qt.run.run_panel import SETTLE_SECONDS
from legapp.qt.step_view import StepView
from legapp.qt.widgets import BigButton, ButtonRow, drop

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.media import Media
    from legapp.visit import Visit


class QuestionStep(StepView):
    """One question and its answers; the previous question is a tap away."""

    answered = Signal(object)
    previous = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress, self.question = self.add_labels("stepNote", "question")
        # The answers side by side while they fit (Yes and No on one line), else as many
        # to a line as fit: the question and all its answers stay in sight at large text.
        self.answer_box = ButtonRow()
        self.body.addWidget(self.answer_box)
        # Before the first question, what the list is: under its answers, so that they stay
        # in sight on a small screen (this may scroll).
        self.intro = self.add_labels("stepNote")[0]
        self.back_button = BigButton(self.tr("\u25c0 Previous question"), on_click=self.previous)
        self.add_footer(self.back_button)
        self.answers: list[BigButton] = []

    def show_question(self, run: QuestionnaireRun, caregiver: bool) -> None:
        q = run.question
        self.intro.setText(run.questionnaire.intro)
        self.intro.setVisible(run.index == 0)
        self.progress.setText(
            self.tr("Question {0} of {1}").replace("{0}", str(run.index + 1)).replace("{1}", str(run.total)))
        text = q.caregiver_text if caregiver else q.text
        self.question.setText(text)
        self.question.setAccessibleName(text)
        radio_group(self.answer_box, text)
        self.answer_box.clear()
        for button in self.answers:
            drop(button)
        self.answers = []
        chosen = run.answer_of(q.id)
        for option in q.options:
            button = BigButton(option.label)
            button.setObjectName("answer")
            button.setCheckable(True)
            radio(button)
            button.setChecked(chosen is not None and chosen == option.value
                              and type(chosen) is type(option.value))
            button.setAccessibleDescription(text)
            button.clicked.connect(lambda _=False, v=option.value: self.answered.emit(v))
            self.answer_box.addWidget(button)
            button.show()  # added to a page already on screen: not shown by itself
            self.answers.append(button)
        self.back_button.setVisible(run.index > 0)
        self.to_top()

    @property
    def first_control(self) -> QWidget:
        return self.answers[0] if self.answers else self.back_button


class QuestionnairePage(Page):
    def __init__(self, pack: ContentPack, visit: Visit, media: Media, parent: QWidget | None = None):
        super().__init__("", parent)
        self.pack, self.visit = pack, visit
        self.media = media
        self.clock = media.clock()  # the real one, or a test's fake
        self._asked_at = float("-inf")
        self.run: QuestionnaireRun | None = None
        self.steps = QStackedWidget()
        self.outer.addWidget(self.steps, 1)
        self.follow_steps(self.steps)
        self.asking = QuestionStep()
        self.asking.answered.connect(self._answer)
        self.asking.previous.connect(self._back)
        self.result = ResultView()
        self.result.again.connect(lambda: self.start(self.run.questionnaire.id))
        self.result.menu.connect(lambda: self.navigate.emit(Route("check")))
        self.result.learn.connect(self._learn)
        self.result.exercises.connect(lambda: self.navigate.emit(Route("act")))
        self.steps.addWidget(self.asking)
        self.steps.addWidget(self.result)
        self.asking.add_read_aloud(media.speaker)
        self.result.add_read_aloud(media.speaker)
        self.show_listen_of(self.steps.currentWidget())

    def settle(self) -> None:
        self.asking.settle()
        self.result.settle()

    def show_item(self, arg: str) -> None:
        self.start(arg)

    def start(self, questionnaire_id: str) -> None:
        questionnaire = self.pack.questionnaire(questionnaire_id)
        self.set_title(questionnaire.title)
        self.checklist = None  # a checklist under the line waits for the fall question (_ask_fall)
        self.run = QuestionnaireRun(questionnaire)
        show_step(self.steps, self.asking)
        self._show_question()

    def first_control(self) -> QWidget:
        return self.steps.currentWidget().first_control

    @property
    def answers(self) -> list[BigButton]:
        return self.asking.answers

    def _show_question(self) -> None:
        self.asking.show_question(self.run, self.visit.caregiver)
        self._asked_at = self.clock.now()
        self.focus_first()

    def _answer(self, value) -> None:
        # The next question's answers appear under the finger: a tap within a moment of
        # them (the second of a double tap, a finger that bounced) is not an answer.
        # (a hair early is on time: a clock's sums in binary can fall short by a trillionth)
        if self.clock.now() - self._asked_at < SETTLE_SECONDS * self.media.time_scale - 1e-9:
            return
        run = self.run
        last = run.index == run.total - 1
        run.answer(value)
        if last and run.complete:
            self._show_result()
        else:
            self._show_question()

    def _back(self) -> None:
        if self.run.back():
            self._show_question()

    def _show_result(self) -> None:
        answers = {q.id: self.run.answers[q.id] for q in self.run.questionnaire.questions}
        if self.checklist is not None:  # the fall question after a checklist under the line
            self._after_fall_question(answers["fell_past_year"])
            return
        result = self.run.result()
        if result.test == "stay_independent" and self._ask_fall(result, answers):
            return
        if result.test == "key_questions":  # kept flat, as the fall question after a checklist is
            kept = {question: answers.get(question) for question in KEY_QUESTIONS}
            self._show(result, kept, kept, self.tr("Yes to {score} of {max} questions"))
        else:
            self._show(result, {"answers": answers}, {"answers": answers}, self.tr("{score} of {max} points"))

    def _ask_fall(self, result, answers: dict) -> bool:
        """STEADI: with a checklist under the line, still ask about a fall in the past year
        (CLINICAL.md 14). The checklist's own answer is chosen already; it may be changed."""
        if not steadi_screen(int(result.score), None, None, None).ask_fall_question:
            return False
        self.checklist = (result, answers)
        key = self.pack.questionnaire("key_questions")
        why = self.tr("With a score under {0}, doctors still ask about a fall in the past year.").replace(
            "{0}", format_number(result.threshold.value, self.pack.info))
        self.run = QuestionnaireRun(Changed(key, questions=tuple(key.questions[:1]), intro=why))
        self.run.answers["fell_past_year"] = bool(answers.get("fallen_past_year"))
        self._show_question()
        self.asking.progress.setText(self.tr("One more question"))
        return True

    def _after_fall_question(self, fell: bool) -> None:
        result, answers = self.checklist
        self.checklist = None
        kept = {"fell_past_year": fell, "unsteady": None, "worried": None}
        self.visit.keep(score_key_questions(kept), kept, self.pack.info.version)
        # A fall said here counts for what the checklist's result says, as one said in it does.
        said = {**answers, "fallen_past_year": bool(answers.get("fallen_past_year")) or fell}
        self.run = QuestionnaireRun(self.pack.questionnaire("stay_independent"))
        self._show(result, {"answers": answers}, {"answers": said}, self.tr("{score} of {max} points"))

    def _show(self, result, kept: dict, said: dict, score_format: str) -> None:
        explanation = explain(result, self.pack, score_format, said)
        topic = self.run.questionnaire.topic
        self.result.show_explanation(explanation, self.pack.topic(topic).title if topic else "",
                                     exercises=explanation.exercises)
        self.result.show_kept(self.visit.keep(result, kept, self.pack.info.version), self.visit)
        if self.visit.take_home is not None:
            day = QLocale().toString(self.visit.today(), QLocale.FormatType.LongFormat)  # in their language
            text = take_home_text(self.run.questionnaire.title, explanation, day)
            self.result.offer_take_home(text, self.visit.take_home)
        show_step(self.steps, self.result)
        self.focus_first()

    def _learn(self) -> None:
        topic = self.run.questionnaire.topic
        if topic:
            self.navigate.emit(Route("topic", topic))
