"""What the together page (and the report's section) says, as plain data (no Qt).

``together_lines(together, pack)`` gives one TogetherLine for each finding: what was found
in words, the day of the result (a date: the screen and the report write it in the
person's language), the next step and whom to see, in the pack's language. Every number
in the words comes from the result or from norms.yaml (legapp.assess).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from legapp.assess import load_norms
from legapp.checks.together import Finding, Together
from legapp.content.render import format_number
from legapp.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from legapp.content.models import ContentPack

__all__ = ["TogetherLine", "check_words", "reason_words", "screen_words", "together_lines", "whom_words"]


@dataclass(frozen=True)
class TogetherLine:
    found: str  # what was found, in words
    day: date  # the day of the result
    next_step: str
    whom: str  # whom to see, in words ("" for the home check: the person fixes it)
    kind: str  # the finding's kind (legapp.checks.together.KINDS)
    stale: bool  # older than six months: do it again
    exercise: bool  # the next step is an exercise programme in Act


def whom_words(whom: tuple[str, ...]) -> str:
    names = {"doctor": translate("Together", "your doctor"),
             "physical_therapist": translate("Together", "a physical therapist"),
             "exercise": translate("Together",
                                   "an exercise programme (\u201cKeep your legs strong\u201d in this app)")}
    return translate("Together", ", ").join(names[w] for w in whom)


def _found(f: Finding, pack: ContentPack, caregiver: bool) -> str:
    norms = load_norms()

    def n(x: float | None) -> str:
        return "" if x is None else format_number(round(float(x), 2), pack.info)

    def t(mine: str, theirs: str) -> str:
        return translate("Together", theirs if caregiver else mine)

    five = norms.five_times_sts
    words = {
        "chair_below_average": lambda: t(
            QT_TRANSLATE_NOOP("Together",
                "Leg strength: {count} stands in the 30-second chair stand, below average for your age."),
            QT_TRANSLATE_NOOP("Together",
                "Leg strength: {count} stands in the 30-second chair stand, below average for their age."),
        ).format(count=n(f.value)),
        "chair_arms": lambda: t(
            QT_TRANSLATE_NOOP("Together", "Leg strength: you needed your arms to stand up from the chair."),
            QT_TRANSLATE_NOOP("Together",
                              "Leg strength: they needed their arms to stand up from the chair.")),
        "five_falls": lambda: translate(
            "Together", "Leg strength: five stands took {seconds} seconds ({line} seconds or more "
            "means a higher risk of falls).").format(
            seconds=n(f.value), line=n(five.recurrent_falls.threshold().value)),
        "five_ewgsop2": lambda: translate(
            "Together", "Leg strength: five stands took {seconds} seconds (more than {line} seconds "
            "means low leg strength, and a higher risk of falls).").format(
            seconds=n(f.value), line=n(five.low_strength_ewgsop2.threshold().value)),
        "five_not_completed": lambda: translate(
            "Together", "Leg strength: the five stands could not be finished."),
        "tandem": lambda: translate(
            "Together", "Balance: the heel-to-toe stance was not held for {seconds} seconds.").format(
            seconds=n(norms.balance_4stage.hold_seconds)),
        "tug": lambda: translate(
            "Together", "Walking: the Timed Up and Go took {seconds} seconds ({line} seconds or more "
            "means a higher risk of falls).").format(seconds=n(f.value),
                                                     line=n(norms.tug.at_risk.threshold().value)),
        "gait_speed": lambda: translate(
            "Together", "Walking: a speed of {speed} metres a second ({line} or less is slow "
            "walking).").format(speed=n(f.value), line=_gait_line(n)),
        "walk_not_completed": lambda: translate("Together", "Walking: the walk could not be finished."),
        "sppb": lambda: translate(
            "Together", "Legs, balance and walking together (SPPB): {total} points ({line} or less "
            "is low).").format(total=n(f.value), line=_sppb_line(n)),
        "sarc_f": lambda: translate(
            "Together", "Muscle loss: {total} points on the SARC-F questions ({line} or more means "
            "muscle loss is likely).").format(
            total=n(f.value), line=n(norms.sarc_f.likely_sarcopenia_total_or_more)),
        "fear_moderate": lambda: t(
            QT_TRANSLATE_NOOP("Together", "Fear of falling: you are somewhat worried about falling."),
            QT_TRANSLATE_NOOP("Together", "Fear of falling: they are somewhat worried about falling.")),
        "fear_high": lambda: t(
            QT_TRANSLATE_NOOP("Together", "Fear of falling: you are very worried about falling."),
            QT_TRANSLATE_NOOP("Together", "Fear of falling: they are very worried about falling.")),
        "home": lambda: translate("Together", "Home safety: still to fix at home: {count}.").format(
            count=n(f.value)),
    }
    return words[f.detail]()


def _gait_line(n) -> str:
    return n(load_norms().gait_speed.low_performance_ewgsop2.speed_m_s_or_less)


def _sppb_line(n) -> str:
    return n(load_norms().sppb.low_performance_ewgsop2.total_or_less)


def together_lines(together: Together, pack: ContentPack, caregiver: bool = False) -> list[TogetherLine]:
    """One line for each finding, in the order of the page (legapp.checks.together.KINDS)."""
    return [TogetherLine(_found(f, pack, caregiver), f.day, f.next_step, whom_words(f.whom), f.kind,
                         f.stale, f.exercise) for f in together.findings]


def reason_words(reason: str, caregiver: bool = False) -> str:
    mine = {"checklist": QT_TRANSLATE_NOOP(
                "Together", "your answers to the checklist \u201cCheck your risk for falling\u201d"),
            "fell_past_year": QT_TRANSLATE_NOOP("Together", "you fell in the past year"),
            "unsteady": QT_TRANSLATE_NOOP("Together", "you feel unsteady when you stand or walk"),
            "worried": QT_TRANSLATE_NOOP("Together", "you worry about falling")}
    theirs = {"checklist": QT_TRANSLATE_NOOP(
                  "Together", "their answers to the checklist \u201cCheck your risk for falling\u201d"),
              "fell_past_year": QT_TRANSLATE_NOOP("Together", "they fell in the past year"),
              "unsteady": QT_TRANSLATE_NOOP("Together", "they feel unsteady when they stand or walk"),
              "worried": QT_TRANSLATE_NOOP("Together", "they worry about falling")}
    return translate("Together", (theirs if caregiver else mine)[reason])


def screen_words(together: Together, caregiver: bool = False) -> str:
    """The first line of the page: screened at risk or not, and why."""
    def t(mine: str, theirs: str) -> str:
        return translate("Together", theirs if caregiver else mine)

    if together.screened_at_risk is None:
        return t(QT_TRANSLATE_NOOP("Together", "You have not answered the questions about falls yet."),
                 QT_TRANSLATE_NOOP("Together", "They have not answered the questions about falls yet."))
    if not together.screened_at_risk:
        return t(QT_TRANSLATE_NOOP("Together",
                                   "Your answers about falls do not show a higher risk of falling."),
                 QT_TRANSLATE_NOOP("Together",
                                   "Their answers about falls do not show a higher risk of falling."))
    why = translate("Together", "; ").join(reason_words(r, caregiver) for r in together.reasons)
    words = t(QT_TRANSLATE_NOOP("Together",
                                "You may be at risk of falling (the CDC's STEADI screen). Why: {why}."),
              QT_TRANSLATE_NOOP("Together",
                                "They may be at risk of falling (the CDC's STEADI screen). Why: {why}."))
    return words.format(why=why)


_TESTS = {
    "chair_stand_30s": QT_TRANSLATE_NOOP("Together", "the 30-second chair stand"),
    "five_times_sts": QT_TRANSLATE_NOOP("Together", "five times sit to stand"),
    "balance_4stage": QT_TRANSLATE_NOOP("Together", "the 4-stage balance test"),
    "tug": QT_TRANSLATE_NOOP("Together", "the Timed Up and Go"),
    "walk_4m": QT_TRANSLATE_NOOP("Together", "the walking speed test"),
    "sppb": QT_TRANSLATE_NOOP("Together", "the SPPB"),
    "sarc_f": QT_TRANSLATE_NOOP("Together", "the SARC-F questions"),
    "short_fes_i": QT_TRANSLATE_NOOP("Together", "the questions about fear of falling"),
    "home_safety": QT_TRANSLATE_NOOP("Together", "the home safety check"),
    "strength": QT_TRANSLATE_NOOP("Together", "leg strength"),
    "balance": QT_TRANSLATE_NOOP("Together", "balance"),
    "walking": QT_TRANSLATE_NOOP("Together", "walking"),
}


def check_words(test: str, pack: ContentPack | None = None) -> str:
    """A test (or a kind of check: strength, balance, walking) in a few words: the pack's
    title where it has one."""
    if pack is not None:
        for item in (*pack.protocols, *pack.questionnaires):
            if item.id == test:
                return item.title
    return translate("Together", _TESTS.get(test, test))
