"""A questionnaire, one question a screen, big answer buttons, Back allowed; then the
total and what it means."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from legapp.checks.explain import explain
from legapp.checks.questionnaire import QuestionnaireRun
from legapp.checks.state import CheckState
from legapp.content.models import ContentPack
from legapp.navigation import Route
from legapp.qt.check.result_view import ResultView
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton


class QuestionnairePage(ScrollPage):
    def __init__(self, pack: ContentPack, state: CheckState, parent: QWidget | None = None):
        super().__init__("", parent)
        self.pack = pack
        self.state = state
        self.run: QuestionnaireRun | None = None
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps)
        self.add_stretch()

        self.asking = QWidget()
        ask = QVBoxLayout(self.asking)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.setSpacing(14)
        self.intro = QLabel()
        self.intro.setObjectName("stepNote")
        self.intro.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("stepNote")
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        ask.addWidget(self.intro)
        ask.addWidget(self.progress)
        ask.addWidget(self.question)
        self.answer_box = QVBoxLayout()
        self.answer_box.setSpacing(12)
        ask.addLayout(self.answer_box)
        self.back_button = BigButton(self.tr("\u25c0 Previous question"))
        self.back_button.clicked.connect(self._back)
        ask.addWidget(self.back_button)
        self.answers: list[BigButton] = []
        self.steps.addWidget(self.asking)

        self.result = ResultView()
        self.result.again.connect(lambda: self.start(self.run.questionnaire.id))
        self.result.menu.connect(lambda: self.navigate.emit(Route("check")))
        self.result.learn.connect(self._learn)
        self.steps.addWidget(self.result)

    def show_item(self, arg: str) -> None:
        self.start(arg)

    def start(self, questionnaire_id: str) -> None:
        questionnaire = self.pack.questionnaire(questionnaire_id)
        self.set_title(questionnaire.title)
        self.intro.setText(questionnaire.intro)
        self.run = QuestionnaireRun(questionnaire)
        self.steps.setCurrentWidget(self.asking)
        self._show_question()

    def first_control(self) -> QWidget:
        if self.steps.currentWidget() is self.result:
            return self.result.again_button
        return self.answers[0] if self.answers else self.back_button

    def _show_question(self) -> None:
        run = self.run
        q = run.question
        self.intro.setVisible(run.index == 0)
        self.progress.setText(
            self.tr("Question {0} of {1}").replace("{0}", str(run.index + 1)).replace("{1}", str(run.total))
        )
        text = q.caregiver_text if self.state.caregiver else q.text
        self.question.setText(text)
        self.question.setAccessibleName(text)
        for button in self.answers:
            self.answer_box.removeWidget(button)
            button.deleteLater()
        self.answers = []
        chosen = run.answer_of(q.id)
        for option in q.options:
            button = BigButton(option.label)
            button.setObjectName("answer")
            button.setCheckable(True)
            button.setChecked(chosen is not None and chosen == option.value
                              and type(chosen) is type(option.value))
            button.setAccessibleDescription(text)
            button.clicked.connect(lambda _=False, v=option.value: self._answer(v))
            self.answer_box.addWidget(button)
            button.show()
            self.answers.append(button)
        self.back_button.setVisible(run.index > 0)
        self.focus_first()

    def _answer(self, value) -> None:
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
        result = self.run.result()
        explanation = explain(result, self.pack, self.tr("{score} of {max} points"))
        topic = self.run.questionnaire.topic
        self.result.show_explanation(explanation, self.pack.topic(topic).title if topic else "")
        self.steps.setCurrentWidget(self.result)
        self.focus_first()

    def _learn(self) -> None:
        topic = self.run.questionnaire.topic
        if topic:
            self.navigate.emit(Route("topic", topic))
