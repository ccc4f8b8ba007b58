"""What a person's results say together (no Qt): one picture from every latest result.

- Screened at risk (CDC STEADI, CLINICAL.md 14): the Stay Independent checklist at its
  line or more, any of the three key questions answered yes, or a fall in the past year
  (the key question, the checklist's first question, or SARC-F's falls question).
- Then each finding of the latest result of each test, with its day: strength (a 30-second
  chair stand below average or done with the arms; five stands at the falls line or more,
  or past the EWGSOP2 line, or not finished), balance (the tandem stance not held),
  walking (TUG at its line or more; walking speed at or under the EWGSOP2 line), the SPPB
  at or under its line, SARC-F at its line or more, fear of falling moderate or high, and
  home hazards not yet fixed. A result older than RETEST_MONTHS says "do it again".
- For each finding the next step and whom to see. STEADI's low/moderate/high levels are
  not given: their triggers are unverified (CLINICAL.md 14).

Every line is judged by legapp.assess (norms.yaml): no number is typed here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from legapp.assess import (
    load_norms,
    score_chair_stand_30s,
    score_gait_speed,
    score_sarc_f,
    score_short_fes_i,
    score_stay_independent,
    steadi_screen,
)
from legapp.checks.sppb_day import latest_sppb, local_day
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.home_safety import HomeCheck
from legapp.track.records import Record

__all__ = ["KINDS", "RETEST_MONTHS", "WHOM", "Finding", "Together", "older_than_retest", "what_together"]

KINDS = ("strength", "balance", "walking", "sppb", "sarcopenia", "fear", "home")
# The tests each kind of finding comes from (a kind not measured yet is "not checked").
KIND_TESTS = {"strength": ("chair_stand_30s", "five_times_sts"), "balance": ("balance_4stage",),
              "walking": ("tug", "walk_4m"), "sppb": ("sppb",), "sarcopenia": ("sarc_f",),
              "fear": ("short_fes_i",), "home": ("home_safety",)}
# The tests STEADI assesses after a screen at risk: gait, strength and balance.
ASSESS_KINDS = ("strength", "balance", "walking")
RETEST_MONTHS = 6  # a result older than this says "do it again" (issue 18)
WHOM = ("doctor", "physical_therapist", "exercise")  # "exercise": an exercise programme in Act
_SCREEN_TESTS = ("stay_independent", "key_questions", "sarc_f")
_TESTS = ("chair_stand_30s", "five_times_sts", "balance_4stage", "tug", "walk_4m", "sarc_f", "short_fes_i")


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    test: str  # the test it comes from ("home_safety" for the home check)
    day: date  # the day of that result (the person's local day)
    stale: bool  # older than RETEST_MONTHS: do it again
    detail: str  # which line it crossed (a key of _FOUND)
    value: float | None  # the score (seconds, stands, points, m/s, open hazards), for the words
    whom: tuple[str, ...]  # of WHOM, first the one to see first
    next_step: str  # what to do, in the person's language

    @property
    def exercise(self) -> bool:
        """Its next step is an exercise programme: the page offers the way to Act."""
        return "exercise" in self.whom


@dataclass(frozen=True)
class Together:
    screened_at_risk: bool | None  # None: neither the checklist nor the key questions answered
    reasons: tuple[str, ...]  # "checklist", "fell_past_year", "unsteady", "worried"
    screen_day: date | None  # the newest answer the screen used
    screen_stale: bool
    findings: tuple[Finding, ...]  # in the order of KINDS
    do_again: tuple[tuple[str, date], ...]  # (test, day) of old results that found nothing
    not_checked: tuple[str, ...]  # of ASSESS_KINDS, with no result yet (screened at risk only)
    next_step: str  # the overall next step, in the person's language

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(f.kind for f in self.findings)


def older_than_retest(day: date, today: date) -> bool:
    """Whether ``day`` lies more than RETEST_MONTHS calendar months before ``today``."""
    month = today.month - RETEST_MONTHS
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for last in (31, 30, 29, 28):  # the same day of that month, or its last day
        try:
            limit = date(year, month, min(today.day, last))
            break
        except ValueError:
            continue
    return day < limit


def _latest(records: Iterable[Record], test: str) -> Record | None:
    best = None
    for record in records:
        if record.test == test and (best is None or record.taken_at > best.taken_at):
            best = record
    return best


def _answers(record: Record | None) -> Mapping[str, Any]:
    if record is None:
        return {}
    answers = record.raw.get("answers", record.raw)
    return answers if isinstance(answers, Mapping) else {}


def _words(caregiver: bool, mine: str, theirs: str) -> str:
    return translate("Together", theirs if caregiver else mine)


# -- the screen ------------------------------------------------------------------------------
def _screen(latest: Mapping[str, Record | None],
            tz: tzinfo | None) -> tuple[bool | None, tuple[str, ...], date | None]:
    checklist, keys, sarc = latest["stay_independent"], latest["key_questions"], latest["sarc_f"]
    total = None
    if checklist is not None:
        try:
            total = score_stay_independent(_answers(checklist)).score
        except (ValueError, KeyError, TypeError):  # answers not kept: the stored total
            total = None if checklist.score is None else int(checklist.score)
    fell = unsteady = worried = None
    used = [r for r in (checklist, keys) if r is not None]
    if keys is not None:
        raw = keys.raw
        fell, unsteady, worried = (raw.get(k) if isinstance(raw.get(k), bool) else None
                                   for k in ("fell_past_year", "unsteady", "worried"))
    # A fall in the past year, from the newest answer that says (a fall is a fall however asked).
    fall_answers = []
    if checklist is not None and isinstance(_answers(checklist).get("fallen_past_year"), bool):
        fall_answers.append((checklist.taken_at, _answers(checklist)["fallen_past_year"], checklist))
    if keys is not None and fell is not None:
        fall_answers.append((keys.taken_at, fell, keys))
    if sarc is not None and isinstance(_answers(sarc).get("falls"), int):
        fall_answers.append((sarc.taken_at, _answers(sarc)["falls"] > 0, sarc))
    if fall_answers:
        _when, fell, record = max(fall_answers, key=lambda a: (a[0], a[1]))  # same moment: a yes
        if record not in used:
            used.append(record)
    if total is None and fell is None and unsteady is None and worried is None:
        return None, (), None
    screen = steadi_screen(total, fell, unsteady, worried)
    return screen.at_risk, screen.reasons, max(local_day(r, tz) for r in used)


# -- each finding ------------------------------------------------------------------------------
def _strength(record: Record) -> tuple[str, float | None] | None:
    norms = load_norms()
    if record.test == "chair_stand_30s":
        if record.raw.get("arms") is True:
            return "chair_arms", record.score
        if record.score is None:
            return None
        below = record.at_risk
        if record.age is not None and record.sex is not None:
            below = score_chair_stand_30s(int(record.score), record.age, record.sex).at_risk
        return ("chair_below_average", record.score) if below else None
    if record.score is None:  # five stands not finished: arms used, or the time ran out
        return "five_not_completed", None
    five = norms.five_times_sts
    if five.low_strength_ewgsop2.threshold().met_by(record.score):
        return "five_ewgsop2", record.score
    if five.recurrent_falls.threshold().met_by(record.score):
        return "five_falls", record.score
    return None


def _balance(record: Record) -> tuple[str, float | None] | None:
    if record.score is None:
        return None
    held = int(record.score)  # stages held the full time, counted from the first
    return ("tandem", record.score) if held < load_norms().balance_4stage.risk_if_not_held_stage else None


def _walking(record: Record) -> tuple[str, float | None] | None:
    if record.test == "tug":
        if record.score is None:
            return None
        return ("tug", record.score) if load_norms().tug.at_risk.threshold().met_by(record.score) else None
    if record.score is None or record.meaning == "not_completed":
        return "walk_not_completed", None
    try:
        low = score_gait_speed(record.raw["seconds"], record.raw["metres"]).low_performance
    except (KeyError, TypeError, ValueError):
        low = bool(record.at_risk)
    return ("gait_speed", record.score) if low else None


def _sarcopenia(record: Record) -> tuple[str, float | None] | None:
    try:
        likely = score_sarc_f(_answers(record)).at_risk
    except (KeyError, TypeError, ValueError):
        likely = bool(record.at_risk)
    return ("sarc_f", record.score) if likely else None


def _fear(record: Record) -> tuple[str, float | None] | None:
    try:
        concern = score_short_fes_i(_answers(record)).concern
    except (KeyError, TypeError, ValueError):
        concern = record.meaning.removesuffix("_concern")
    return (f"fear_{concern}", record.score) if concern in ("moderate", "high") else None


_JUDGE = {"chair_stand_30s": ("strength", _strength), "five_times_sts": ("strength", _strength),
          "balance_4stage": ("balance", _balance), "tug": ("walking", _walking),
          "walk_4m": ("walking", _walking), "sarc_f": ("sarcopenia", _sarcopenia),
          "short_fes_i": ("fear", _fear)}


# Whom to see (of WHOM) and what to do, for each kind of finding: in the person's words,
# then a helper's. Strength results that point to muscle loss send to the doctor first.
_STRENGTH_DOCTOR = ("five_ewgsop2", "chair_arms", "five_not_completed")
_NEXT_STEPS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "strength_doctor": (("doctor", "exercise"),
        QT_TRANSLATE_NOOP("Together",
            "Talk to your doctor about your leg strength: weak legs can be a sign of muscle loss "
            "(sarcopenia). Then start leg-strength exercises with the guided sessions in "
            "\u201cKeep your legs strong\u201d."),
        QT_TRANSLATE_NOOP("Together",
            "Help them talk to their doctor about their leg strength: weak legs can be a sign of "
            "muscle loss (sarcopenia). Then help them start leg-strength exercises with the guided "
            "sessions in \u201cKeep your legs strong\u201d.")),
    "strength": (("exercise", "doctor"),
        QT_TRANSLATE_NOOP("Together",
            "Start leg-strength exercises with the guided sessions in \u201cKeep your legs strong\u201d, "
            "and tell your doctor about this result at your next visit."),
        QT_TRANSLATE_NOOP("Together",
            "Help them start leg-strength exercises with the guided sessions in \u201cKeep your legs "
            "strong\u201d, and tell their doctor about this result at the next visit.")),
    "balance": (("physical_therapist", "exercise"),
        QT_TRANSLATE_NOOP("Together",
            "Ask your doctor to send you to a physical therapist for balance training, or join a "
            "balance class such as Tai Chi. The balance exercises in \u201cKeep your legs strong\u201d "
            "help too."),
        QT_TRANSLATE_NOOP("Together",
            "Ask their doctor to send them to a physical therapist for balance training, or help "
            "them join a balance class such as Tai Chi. The balance exercises in \u201cKeep your legs "
            "strong\u201d help too.")),
    "walking": (("physical_therapist", "doctor"),
        QT_TRANSLATE_NOOP("Together",
            "Show this result to your doctor, and ask about a physical therapist who can help "
            "with walking and balance."),
        QT_TRANSLATE_NOOP("Together",
            "Show this result to their doctor, and ask about a physical therapist who can help "
            "them with walking and balance.")),
    "sppb": (("doctor", "physical_therapist"),
        QT_TRANSLATE_NOOP("Together",
            "Show this result to your doctor. A low score means your legs, balance and walking "
            "all need care; a physical therapist can make a plan with you."),
        QT_TRANSLATE_NOOP("Together",
            "Show this result to their doctor. A low score means their legs, balance and walking "
            "all need care; a physical therapist can make a plan with them.")),
    "sarcopenia": (("doctor",),
        QT_TRANSLATE_NOOP("Together",
            "See your doctor: your answers point to muscle loss (sarcopenia), and a doctor can "
            "check it."),
        QT_TRANSLATE_NOOP("Together",
            "Help them see their doctor: their answers point to muscle loss (sarcopenia), and a "
            "doctor can check it.")),
    "fear": (("doctor", "exercise"),
        QT_TRANSLATE_NOOP("Together",
            "Tell your doctor that you worry about falling. Gentle balance and strength exercises "
            "(in \u201cKeep your legs strong\u201d) build confidence as well as strength."),
        QT_TRANSLATE_NOOP("Together",
            "Tell their doctor that they worry about falling. Gentle balance and strength "
            "exercises (in \u201cKeep your legs strong\u201d) build confidence as well as strength.")),
    "home": ((),
        QT_TRANSLATE_NOOP("Together",
            "Fix what is still open on your home safety check, one thing at a time."),
        QT_TRANSLATE_NOOP("Together",
            "Help them fix what is still open on their home safety check, one thing at a "
            "time.")),
}


def _next_step(kind: str, detail: str, caregiver: bool) -> tuple[tuple[str, ...], str]:
    """Whom to see (of WHOM) and what to do, for one finding (anything else: the home check)."""
    key = "strength_doctor" if kind == "strength" and detail in _STRENGTH_DOCTOR else kind
    whom, mine, theirs = _NEXT_STEPS.get(key, _NEXT_STEPS["home"])
    return whom, _words(caregiver, mine, theirs)


def _again(caregiver: bool) -> str:
    return _words(caregiver, QT_TRANSLATE_NOOP("Together",
        "This result is more than six months old: do the check again first."),
                  QT_TRANSLATE_NOOP("Together",
                      "This result is more than six months old: do the check again with them first."))


def _finding(kind: str, test: str, day: date, detail: str, value: float | None, today: date,
             caregiver: bool) -> Finding:
    whom, step = _next_step(kind, detail, caregiver)
    stale = older_than_retest(day, today)
    if stale:
        step = _again(caregiver) + " " + step
    return Finding(kind, test, day, stale, detail, value, whom, step)


def _overall(at_risk: bool | None, findings: tuple[Finding, ...], not_checked: tuple[str, ...],
             caregiver: bool) -> str:
    if at_risk and not findings:
        if not_checked:
            return _words(caregiver,
                          QT_TRANSLATE_NOOP("Together",
                              "Talk to your doctor about your risk of falling, and do the checks of "
                              "strength, balance and walking that are still missing."),
                          QT_TRANSLATE_NOOP("Together",
                              "Help them talk to their doctor about their risk of falling, and do the "
                              "checks of strength, balance and walking that are still missing."))
        return _words(caregiver, QT_TRANSLATE_NOOP("Together",
            "Talk to your doctor about your risk of falling."),
                      QT_TRANSLATE_NOOP("Together",
                          "Help them talk to their doctor about their risk of falling."))
    if findings:
        return _words(caregiver,
                      QT_TRANSLATE_NOOP("Together",
                          "Take this page to your doctor: it shows what to work on. The steps below "
                          "say whom to see for each."),
                      QT_TRANSLATE_NOOP("Together",
                          "Take this page to their doctor: it shows what to work on. The steps below "
                          "say whom to see for each."))
    if at_risk is None:
        return _words(caregiver,
                      QT_TRANSLATE_NOOP("Together",
                          "Answer the questions about falls (the checklist in Check) so the app can "
                          "tell whether you may be at risk."),
                      QT_TRANSLATE_NOOP("Together",
                          "Answer the questions about falls with them (the checklist in Check) so the "
                          "app can tell whether they may be at risk."))
    return _words(caregiver,
                  QT_TRANSLATE_NOOP("Together",
                      "Nothing here needs care now. Keep active, and do the checks again in six months."),
                  QT_TRANSLATE_NOOP("Together",
                      "Nothing here needs care now. Help them keep active, and do the checks again in "
                      "six months."))


def what_together(records: Iterable[Record], home: HomeCheck | None, today: date, *,
                  caregiver: bool = False, tz: tzinfo | None = None) -> Together:
    """What one person's results say together on ``today``; words for a helper with
    ``caregiver``; days in ``tz`` (default: this computer's time zone)."""
    records = list(records)
    latest = {test: _latest(records, test) for test in (*_TESTS, *_SCREEN_TESTS)}
    at_risk, reasons, screen_day = _screen(latest, tz)
    found: list[Finding] = []
    do_again: list[tuple[str, date]] = []
    for test in _TESTS:
        record = latest[test]
        if record is None:
            continue
        kind, judge = _JUDGE[test]
        verdict = judge(record)
        day = local_day(record, tz)
        if verdict is not None:
            found.append(_finding(kind, test, day, *verdict, today, caregiver))
        elif older_than_retest(day, today):
            do_again.append((test, day))
    sppb = latest_sppb(records, tz)
    if sppb is not None:
        if sppb.result.low_performance:
            found.append(_finding("sppb", "sppb", sppb.day, "sppb", sppb.result.total, today, caregiver))
        elif older_than_retest(sppb.day, today):
            do_again.append(("sppb", sppb.day))
    if home is not None and home.open_hazards and home.day is not None:
        found.append(_finding("home", "home_safety", home.day, "home", len(home.open_hazards), today,
                              caregiver))
    found.sort(key=lambda f: KINDS.index(f.kind))
    measured = {kind for kind in ASSESS_KINDS if any(latest[t] is not None for t in KIND_TESTS[kind])}
    not_checked = tuple(k for k in ASSESS_KINDS if k not in measured) if at_risk else ()
    findings = tuple(found)
    return Together(
        screened_at_risk=at_risk, reasons=reasons, screen_day=screen_day,
        screen_stale=screen_day is not None and older_than_retest(screen_day, today),
        findings=findings, do_again=tuple(do_again), not_checked=not_checked,
        next_step=_overall(at_risk, findings, not_checked, caregiver))
