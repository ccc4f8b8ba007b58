"""Fear of falling (Short FES-I) and STEADI's screen (CLINICAL.md sections 13-14).

Every number comes from norms.yaml. STEADI's low/moderate/high levels are not here:
their triggers are unverified (CLINICAL.md 14).
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence

from legapp.assess.norms import KEY_QUESTIONS, Norms
from legapp.assess.results import KeyQuestionsResult, ShortFesIResult, SteadiScreen, Threshold
from legapp.assess.scoring import _answers, _cited, _norms
from legapp.i18n import translate

__all__ = ["score_key_questions", "score_short_fes_i", "steadi_screen"]


def score_short_fes_i(answers: Sequence[int] | Mapping[str, int], *,
                      norms: Norms | None = None) -> ShortFesIResult:
    """Short FES-I: seven answers 1-4 (not at all, somewhat, fairly, very concerned), in the
    order of SHORT_FES_I_ITEMS or as a dict by item id. Total 7-28; 7-8 low concern,
    9-13 moderate, 14-28 high; at risk = moderate or high."""
    n = _norms(norms)
    fes = n.short_fes_i
    low, high = fes.answer_min, fes.answer_max

    def check(item: str, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) \
                or not low <= int(value) <= high:
            raise ValueError(translate("Scoring", 'The answer to "{item}" must be a whole number from '
                                       "{low} to {high}.").format(item=item, low=low, high=high))

    values = [int(v) for v in _answers(answers, fes.items, "Short FES-I", check)]
    total = sum(values)
    bands = fes.concern
    concern = "low" if total <= bands.low_up_to else "moderate" if total <= bands.moderate_up_to else "high"
    threshold = Threshold(measure="total", op=">", value=bands.low_up_to)
    band = _cited(n, bands)
    return ShortFesIResult(
        test="short_fes_i", at_risk=concern != "low", score=total, threshold=threshold,
        meaning=f"{concern}_concern", total=total, concern=concern,
        answers=tuple(zip(fes.items, values, strict=True)), min_score=fes.min_total, max_score=fes.max_total,
        bands_source=band["source"], bands_status=band["status"], **_cited(n, fes))


def _yes_no_or_none(item: str, value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise ValueError(translate("Scoring", 'The answer to "{item}" must be yes, no or not asked.')
                         .format(item=item))


def score_key_questions(answers: Sequence[bool | None] | Mapping[str, bool | None], *,
                        norms: Norms | None = None) -> KeyQuestionsResult:
    """STEADI's three key questions (fell in the past year, unsteady, worried), in that
    order or by id; True = yes, None = not asked. Any yes = screened at risk. The fall
    question is always asked."""
    n = _norms(norms)
    screen = n.steadi_screen
    values = _answers(answers, screen.key_questions, "key questions", _yes_no_or_none)
    if values[0] is None:
        raise ValueError(translate("Scoring", "The question about a fall in the past year needs an answer."))
    yes = tuple(item for item, value in zip(screen.key_questions, values, strict=True) if value)
    threshold = Threshold(measure="yes_answers", op=">=", value=1)
    at_risk = threshold.met_by(len(yes))
    return KeyQuestionsResult(
        test="key_questions", at_risk=at_risk, score=len(yes), threshold=threshold,
        meaning="screened_at_risk" if at_risk else "not_screened_at_risk",
        answers=tuple(zip(screen.key_questions, values, strict=True)), yes_items=yes, **_cited(n, screen))


def steadi_screen(checklist_total: int | None, fell_past_year: bool | None, unsteady: bool | None,
                  worried: bool | None, *, norms: Norms | None = None) -> SteadiScreen:
    """Screened at risk: the Stay Independent checklist at 4 or more, or any key question yes.

    None = not answered. ``.reasons`` lists "checklist" and the key questions answered yes,
    in that order."""
    n = _norms(norms)
    si = n.stay_independent
    if checklist_total is not None and (isinstance(checklist_total, bool)
                                        or not isinstance(checklist_total, numbers.Integral)
                                        or not 0 <= int(checklist_total) <= si.max_total):
        raise ValueError(translate("Scoring", "The checklist total must be a whole number from 0 to {high}.")
                         .format(high=si.max_total))
    answers = dict(zip(KEY_QUESTIONS, (fell_past_year, unsteady, worried), strict=True))
    for item, value in answers.items():
        _yes_no_or_none(item, value)
    reasons: list[str] = []
    if checklist_total is not None and checklist_total >= si.at_risk_total_or_more:
        reasons.append("checklist")
    reasons += [item for item, value in answers.items() if value]
    screened = checklist_total is not None or any(v is not None for v in answers.values())
    ask = (checklist_total is not None and checklist_total < si.at_risk_total_or_more
           and fell_past_year is None)
    return SteadiScreen(at_risk=bool(reasons), reasons=tuple(reasons), screened=screened,
                        ask_fall_question=ask, **_cited(n, n.steadi_screen))
