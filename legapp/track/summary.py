"""Page one of the report: what a doctor reads in 30 seconds (no Qt).

One row per test and questionnaire, its latest result: the standard name, the date, the
age on that day, the value and unit, the cut-off it was judged by and its source, the
flag, and how it was done (a helper, alone, typed in afterwards, arms used, a walking
aid). In clinical words; what the person said about falls is kept apart, in their own
answers' words.

Everything comes from the stored records; nothing is scored again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from legapp.assess.display import shown_time, shown_value
from legapp.assess.results import Threshold
from legapp.checks.alone import HELPER, SELF_ANSWERED, TYPED
from legapp.content.render import format_number
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.codes import ORDER, standard_name

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.profiles import Profile
    from legapp.track.records import Record

_C = "DoctorSummary"
_RULE = re.compile(r"^\s*([a-z_]+)\s*(<=|>=|<|>)\s*(\d+(?:\.\d+)?)\s*$")
_OPS = {"<": "<", "<=": "\u2264", ">": ">", ">=": "\u2265"}

VALUE_WORDS = {  # the value and its unit, clinically short
    "chair_stand_30s": QT_TRANSLATE_NOOP("DoctorSummary", "{value} stands"),
    "balance_4stage": QT_TRANSLATE_NOOP("DoctorSummary", "{value} of 4 positions"),
    "tug": QT_TRANSLATE_NOOP("DoctorSummary", "{value} s"),
    "five_times_sts": QT_TRANSLATE_NOOP("DoctorSummary", "{value} s"),
    "walk_4m": QT_TRANSLATE_NOOP("DoctorSummary", "{value} m/s"),
    "sppb": QT_TRANSLATE_NOOP("DoctorSummary", "{value} of 12"),
    "stay_independent": QT_TRANSLATE_NOOP("DoctorSummary", "{value} of 14"),
    "sarc_f": QT_TRANSLATE_NOOP("DoctorSummary", "{value} of 10"),
    "short_fes_i": QT_TRANSLATE_NOOP("DoctorSummary", "{value} (7 to 28)"),
    "key_questions": QT_TRANSLATE_NOOP("DoctorSummary", "{value} of 3 yes"),
}
FLAGS = {  # (test, meaning) -> the flag in clinical words
    ("chair_stand_30s", "below_average"): QT_TRANSLATE_NOOP("DoctorSummary", "Below average for age"),
    ("chair_stand_30s", "average_or_better"): QT_TRANSLATE_NOOP("DoctorSummary", "Not below average"),
    ("chair_stand_30s", "no_norm_for_age"): QT_TRANSLATE_NOOP("DoctorSummary", "No norm for this age"),
    ("balance_4stage", "increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Increased fall risk"),
    ("balance_4stage", "no_increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Not flagged"),
    ("tug", "increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "At risk for falling"),
    ("tug", "no_increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Not flagged"),
    ("five_times_sts", "increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary",
                                                            "Higher risk of recurrent falls"),
    ("five_times_sts", "no_increased_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Not flagged"),
    ("walk_4m", "low_performance"): QT_TRANSLATE_NOOP("DoctorSummary", "Low physical performance"),
    ("walk_4m", "no_low_performance"): QT_TRANSLATE_NOOP("DoctorSummary", "Not flagged"),
    ("sppb", "low_performance"): QT_TRANSLATE_NOOP("DoctorSummary", "Low physical performance"),
    ("sppb", "no_low_performance"): QT_TRANSLATE_NOOP("DoctorSummary", "Not flagged"),
    ("stay_independent", "may_be_at_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Positive: fall risk"),
    ("stay_independent", "below_threshold"): QT_TRANSLATE_NOOP("DoctorSummary", "Negative"),
    ("sarc_f", "likely_sarcopenia"): QT_TRANSLATE_NOOP("DoctorSummary", "Positive: likely sarcopenia"),
    ("sarc_f", "below_threshold"): QT_TRANSLATE_NOOP("DoctorSummary", "Negative"),
    ("short_fes_i", "low_concern"): QT_TRANSLATE_NOOP("DoctorSummary", "Low concern about falling"),
    ("short_fes_i", "moderate_concern"): QT_TRANSLATE_NOOP("DoctorSummary", "Moderate concern about falling"),
    ("short_fes_i", "high_concern"): QT_TRANSLATE_NOOP("DoctorSummary", "High concern about falling"),
    ("key_questions", "screened_at_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Screened at risk"),
    ("key_questions", "not_screened_at_risk"): QT_TRANSLATE_NOOP("DoctorSummary", "Not screened at risk"),
}
WORDS = {
    "not_completed": QT_TRANSLATE_NOOP("DoctorSummary", "Not completed"),
    "counted_at_risk": QT_TRANSLATE_NOOP("DoctorSummary", "Counted as at risk"),
    "no_score": QT_TRANSLATE_NOOP("DoctorSummary", "No score"),
    "at_least": QT_TRANSLATE_NOOP("DoctorSummary", "{value} or more (timer ran out)"),
    "tandem": QT_TRANSLATE_NOOP("DoctorSummary", "tandem {seconds} s"),
    "no_cutoff": QT_TRANSLATE_NOOP("DoctorSummary", "None for this age"),
    "for_female": QT_TRANSLATE_NOOP("DoctorSummary", "{rule} (women {ages})"),
    "for_male": QT_TRANSLATE_NOOP("DoctorSummary", "{rule} (men {ages})"),
    "cutoff": QT_TRANSLATE_NOOP("DoctorSummary", "{rule}; {source}"),
    "age_range": QT_TRANSLATE_NOOP("DoctorSummary", "{low} or {high}"),
    "helper": QT_TRANSLATE_NOOP("DoctorSummary", "helper tapped each stand"),
    "typed": QT_TRANSLATE_NOOP("DoctorSummary", "count typed in afterwards"),
    "self_answered": QT_TRANSLATE_NOOP("DoctorSummary", "alone, holds self-reported"),
    "helper_timed": QT_TRANSLATE_NOOP("DoctorSummary", "timed by a helper"),
    "arms_zero": QT_TRANSLATE_NOOP("DoctorSummary", "arms used: scored 0"),
    "arms": QT_TRANSLATE_NOOP("DoctorSummary", "arms used"),
    "no_arms": QT_TRANSLATE_NOOP("DoctorSummary", "arms crossed"),
    "walking_aid": QT_TRANSLATE_NOOP("DoctorSummary", "walking aid"),
    "self_report": QT_TRANSLATE_NOOP("DoctorSummary", "self-report"),
    "not_recorded": QT_TRANSLATE_NOOP("DoctorSummary", "not recorded"),
}
# Measures in the stored rules and what they count, for the cut-off column.
RULE_UNITS = {"count": QT_TRANSLATE_NOOP("DoctorSummary", "{op} {value} stands"),
              "seconds": QT_TRANSLATE_NOOP("DoctorSummary", "{op} {value} s"),
              "tandem_seconds": QT_TRANSLATE_NOOP("DoctorSummary", "tandem {op} {value} s"),
              "speed_m_s": QT_TRANSLATE_NOOP("DoctorSummary", "{op} {value} m/s"),
              "yes_answers": QT_TRANSLATE_NOOP("DoctorSummary", "{op} {value} yes"),
              "total": QT_TRANSLATE_NOOP("DoctorSummary", "{op} {value} points")}
# The answers that are the person's own words on falls: (test, item).
FALL_ITEMS = (("stay_independent", "fallen_past_year"), ("stay_independent", "worried_about_falling"),
              ("stay_independent", "unsteady_walking"), ("sarc_f", "falls"),
              ("key_questions", "fell_past_year"), ("key_questions", "unsteady"),
              ("key_questions", "worried"))


def _t(text: str) -> str:
    return translate(_C, text)


@dataclass(frozen=True)
class SummaryRow:
    test: str
    name: str  # the standard name
    taken_at: datetime
    age: str  # "74", "73 or 74" where the date of birth cannot tell, "" if unknown
    value: str  # "9 stands", "11.5 s", "Not completed"
    cutoff: str  # "< 10 stands (women 70 to 74); CDC STEADI"
    flag: str
    at_risk: bool | None
    how: str  # "helper counted (tapped); arms crossed"


def age_on_the_day(record: Record, profile: Profile | None) -> str:
    """The age on the day of the test: exact from a full date of birth (a birthday not
    reached yet that year counted right), else as stored with the result (the person's
    own answer then), else the two ages the birth year allows."""
    day = record.taken_at.astimezone().date()
    exact = profile.age_on(day) if profile is not None else None
    if exact is not None:
        return str(exact)
    if record.age is not None:
        return str(record.age)
    if profile is None:
        return ""
    reached = day.year - profile.birth_year
    return _t(WORDS["age_range"]).format(low=reached - 1, high=reached)


def short_source(citation: str) -> str:
    """"CDC STEADI", "EWGSOP2", "Buatois 2008": the source as a table cell names it."""
    if citation.startswith("CDC STEADI"):
        return "CDC STEADI"
    if "EWGSOP2" in citation:
        return "EWGSOP2"
    year = re.search(r"\b(19|20)\d\d\b", citation)
    author = re.split(r"[\s,.]", citation.strip(), maxsplit=1)[0]
    return f"{author} {year.group()}".strip() if year else citation.strip()


def _number(x: float, pack: ContentPack) -> str:
    return format_number(round(float(x), 3 if abs(x) < 1 else 2 if abs(x) < 10 else 1), pack.info)


def value_text(record: Record, pack: ContentPack) -> str:
    if record.score is None:
        return _t(WORDS["not_completed"])
    timed = record.test in ("tug", "five_times_sts")
    score = shown_time(record.test, record.score) if timed else record.score
    match = _RULE.match(record.threshold)
    if record.test == "walk_4m" and match is not None:  # never rounded across its line
        rule = Threshold(measure=match.group(1), op=match.group(2), value=float(match.group(3)))
        score = shown_value(record.score, [rule], digits=2)
    text = _t(VALUE_WORDS[record.test]).format(value=_number(score, pack))
    if record.raw.get("over_limit") is True:
        text = _t(WORDS["at_least"]).format(value=text)
    held = record.raw.get("held_seconds")
    if record.test == "balance_4stage" and isinstance(held, list) and len(held) >= 3:
        text += " (" + _t(WORDS["tandem"]).format(seconds=_number(held[2], pack)) + ")"
    return text


def cutoff_text(record: Record, profile: Profile | None, pack: ContentPack, ages: str = "") -> str:
    match = _RULE.match(record.threshold)
    if match is None:
        return _t(WORDS["no_cutoff"])
    measure, op, value = match.groups()
    words = RULE_UNITS.get(measure, "{op} {value}")
    rule = _t(words).format(op=_OPS[op], value=_number(float(value), pack))
    sex = record.sex or (profile.sex if profile is not None else None)
    if record.test == "chair_stand_30s" and ages and sex in ("female", "male"):
        rule = _t(WORDS[f"for_{sex}"]).format(rule=rule, ages=ages)
    return _t(WORDS["cutoff"]).format(rule=rule, source=short_source(record.source))


def how_done(record: Record, survey: bool) -> str:
    raw, parts = record.raw, []
    counted = {HELPER: "helper", TYPED: "typed", SELF_ANSWERED: "self_answered"}.get(raw.get("counted_by"))
    if counted == "helper" and record.test != "chair_stand_30s":  # the helper stopped the clock
        counted = "helper_timed"
    if counted:
        parts.append(_t(WORDS[counted]))
    elif raw.get("helper") is True:
        parts.append(_t(WORDS["helper_timed"]))
    elif survey:
        parts.append(_t(WORDS["self_report"]))
    if isinstance(raw.get("arms"), bool):
        key = "no_arms" if not raw["arms"] else ("arms_zero" if record.test == "chair_stand_30s" else "arms")
        parts.append(_t(WORDS[key]))
    if raw.get("walking_aid") is True:
        parts.append(_t(WORDS["walking_aid"]))
    return "; ".join(parts) or _t(WORDS["not_recorded"])


def flag_text(record: Record) -> str:
    if record.meaning == "not_completed":  # the value says "Not completed" already
        return _t(WORDS["counted_at_risk"]) if record.at_risk else _t(WORDS["no_score"])
    words = FLAGS.get((record.test, record.meaning))
    return _t(words) if words else record.meaning.replace("_", " ")


SURVEYS = frozenset({"stay_independent", "sarc_f", "short_fes_i", "key_questions"})


def summary_rows(latest: Mapping[str, Record], profile: Profile | None, pack: ContentPack,
                 ages: Mapping[str, str] | None = None) -> tuple[SummaryRow, ...]:
    """A row per test in ``latest`` (its newest result), performance tests first.
    ``ages``: a chair stand's age group as the report words it ("70 to 74"), by test."""
    rows = []
    for test in ORDER:
        record = latest.get(test)
        if record is None:
            continue
        rows.append(SummaryRow(
            test=test, name=standard_name(test), taken_at=record.taken_at,
            age=age_on_the_day(record, profile), value=value_text(record, pack),
            cutoff=cutoff_text(record, profile, pack, (ages or {}).get(test, "")), flag=flag_text(record),
            at_risk=record.at_risk, how=how_done(record, test in SURVEYS)))
    return tuple(rows)


def _answer_label(question: Any, answer: object) -> str | None:
    return next((o.label for o in question.options if o.value == answer), None)


def falls_in_own_words(latest: Mapping[str, Record], pack: ContentPack) -> tuple[tuple[str, str], ...]:
    """(question, answer) of the person's answers about falls, in the words they were asked
    in: the checklist's fall questions, SARC-F's falls question, the key questions."""
    pairs = []
    for test, item in FALL_ITEMS:
        record = latest.get(test)
        if record is None:
            continue
        answers = record.raw.get("answers", record.raw)
        if not isinstance(answers, dict) or answers.get(item) is None:
            continue
        try:
            questions: Sequence[Any] = pack.questionnaire(test).questions
        except KeyError:
            continue
        question = next((q for q in questions if q.id == item), None)
        label = _answer_label(question, answers[item]) if question is not None else None
        if label is not None:
            pairs.append((question.text, label))
    return tuple(pairs)


def newest_of_each(records: Iterable[Record]) -> dict[str, Record]:
    latest: dict[str, Record] = {}
    for record in sorted(records, key=lambda r: (r.taken_at, r.id or 0)):
        latest[record.test] = record
    return latest


# -- What the results say together (legapp.checks.together), for the doctor ---------------------

SUGGESTED = {"doctor": QT_TRANSLATE_NOOP("DoctorSummary", "medical review"),
             "physical_therapist": QT_TRANSLATE_NOOP("DoctorSummary", "physical therapy"),
             "exercise": QT_TRANSLATE_NOOP("DoctorSummary", "exercise programme")}
TOGETHER_WORDS = {
    "suggested": QT_TRANSLATE_NOOP("DoctorSummary", "Suggested: {whom}."),
    "stale": QT_TRANSLATE_NOOP("DoctorSummary", "More than six months old: to be done again."),
    "not_checked": QT_TRANSLATE_NOOP("DoctorSummary", "Screened at risk; not yet assessed: {what}."),
}


@dataclass(frozen=True)
class TogetherRow:
    found: str  # what was found, said of the person (not to them)
    day: date
    note: str  # whom to see and whether it is stale, in clinical words


@dataclass(frozen=True)
class TogetherSection:
    screen: str  # screened at risk or not, and why
    rows: tuple[TogetherRow, ...]
    not_checked: str  # "" or which of strength, balance, walking has no result yet


def together_section(records: Iterable[Record], home: Any, today: date, pack: ContentPack) -> TogetherSection:
    """The findings of all the latest results together, in the third person (the words a
    helper is given, which speak about the person, not to them)."""
    from legapp.checks.together import what_together
    from legapp.checks.together_words import check_words, screen_words, together_lines

    together = what_together(records, home, today, caregiver=True)
    rows = []
    for finding, line in zip(together.findings, together_lines(together, pack, caregiver=True), strict=True):
        whom = translate("Together", ", ").join(_t(SUGGESTED[w]) for w in finding.whom if w in SUGGESTED)
        note = [_t(TOGETHER_WORDS["suggested"]).format(whom=whom)] if whom else []
        if finding.stale:
            note.append(_t(TOGETHER_WORDS["stale"]))
        rows.append(TogetherRow(line.found, line.day, " ".join(note)))
    missing = ", ".join(check_words(k, pack) for k in together.not_checked)
    return TogetherSection(screen_words(together, caregiver=True), tuple(rows),
                           _t(TOGETHER_WORDS["not_checked"]).format(what=missing) if missing else "")
