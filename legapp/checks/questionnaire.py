"""Answering a questionnaire one question at a time, with Back (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from legapp.assess import (
    Result,
    score_key_questions,
    score_sarc_f,
    score_short_fes_i,
    score_stay_independent,
)
from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.content.check_models import Questionnaire

_SCORERS = {"stay_independent": score_stay_independent, "sarc_f": score_sarc_f,
            "short_fes_i": score_short_fes_i, "key_questions": score_key_questions}


class QuestionnaireRun:
    def __init__(self, questionnaire: Questionnaire):
        self.questionnaire = questionnaire
        self.index = 0
        self.answers: dict[str, int | bool] = {}

    @property
    def question(self):
        return self.questionnaire.questions[self.index]

    @property
    def total(self) -> int:
        return len(self.questionnaire.questions)

    @property
    def complete(self) -> bool:
        return len(self.answers) == self.total

    def answer(self, value: int | bool) -> None:
        """Record the answer to the current question and move on (stays on the last)."""
        allowed = [option.value for option in self.question.options]
        if value not in allowed or type(value) is not type(allowed[0]):
            raise ValueError(f"'{value}' is not one of the answers to this question")
        self.answers[self.question.id] = value
        if self.index < self.total - 1:
            self.index += 1

    def back(self) -> bool:
        """Go to the previous question; False when already at the first."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def answer_of(self, question_id: str) -> int | bool | None:
        return self.answers.get(question_id)

    def result(self) -> Result:
        if not self.complete:
            raise ValueError(translate("Questionnaire", "Please answer every question first."))
        ordered = {q.id: self.answers[q.id] for q in self.questionnaire.questions}
        return _SCORERS[self.questionnaire.scoring](ordered)
