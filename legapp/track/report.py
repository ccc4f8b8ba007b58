"""What the report for the doctor says (no Qt): numbers and words, not pixels.

For each test: the latest and the previous result in plain words, the rule and source
it was judged by, and a short note for the doctor on what the test measures; then the
answers to the fall-risk checklist. legapp.qt.report_pdf lays this out on paper.

The meaning of a result is the one stored with it, never scored again: a result judged
by the norms of its day keeps the words the person was shown, so the report and the
screen they saw then cannot disagree. Only numbers a stored result does not keep (the
age group and the usual range of a chair stand) are worked out again from legapp.assess;
a sentence that still cannot be filled is left out rather than shown with a "{...}" in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from legapp.assess import load_norms, score_chair_stand_30s
from legapp.assess.display import shown_time, shown_value
from legapp.assess.results import Threshold
from legapp.charts.results import Series, series
from legapp.checks.alone import how_counted
from legapp.checks.findings import findings
from legapp.content.check_models import SINGLE_BRACE
from legapp.content.render import fill_facts, format_number
from legapp.i18n import QT_TRANSLATE_NOOP, translate
from legapp.track.codes import ORDER, standard_name
from legapp.track.summary import (
    SummaryRow,
    TogetherSection,
    falls_in_own_words,
    newest_of_each,
    summary_rows,
    together_section,
)

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.track.profiles import Profile
    from legapp.track.records import Record

# Every word this module adds to the pack's own: marked here, translated where used (``_w``).
WORDS: dict[str, str] = {
    "score.stands": QT_TRANSLATE_NOOP("Report", "{score} stands"),
    "score.one_stand": QT_TRANSLATE_NOOP("Report", "{score} stand"),
    "score.balance_4stage": QT_TRANSLATE_NOOP("Report", "{score} of {max} positions held"),
    "score.five_times_sts": QT_TRANSLATE_NOOP("Report", "{score} seconds"),
    "score.tug": QT_TRANSLATE_NOOP("Report", "{score} seconds"),
    "score.stay_independent": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.sarc_f": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.walk_4m": QT_TRANSLATE_NOOP("Report", "{score} metres per second"),
    "score.sppb": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.short_fes_i": QT_TRANSLATE_NOOP("Report", "{score} of {max} points"),
    "score.key_questions": QT_TRANSLATE_NOOP("Report", "{score} of {max} questions answered yes"),
    "score.not_completed": QT_TRANSLATE_NOOP("Report", "Not completed"),
    "score.over_limit": QT_TRANSLATE_NOOP("Report", "More than {score} seconds"),
    # A stored rule in words, whole, by what it measures and how it compares. Things that
    # are counted (stands, points) are "fewer than"; seconds are "less than".
    "rule.count.<": QT_TRANSLATE_NOOP("Report", "fewer than {value} stands"),
    "rule.count.<=": QT_TRANSLATE_NOOP("Report", "{value} stands or less"),
    "rule.count.>": QT_TRANSLATE_NOOP("Report", "more than {value} stands"),
    "rule.count.>=": QT_TRANSLATE_NOOP("Report", "{value} stands or more"),
    "rule.seconds.<": QT_TRANSLATE_NOOP("Report", "less than {value} seconds"),
    "rule.seconds.<=": QT_TRANSLATE_NOOP("Report", "{value} seconds or less"),
    "rule.seconds.>": QT_TRANSLATE_NOOP("Report", "more than {value} seconds"),
    "rule.seconds.>=": QT_TRANSLATE_NOOP("Report", "{value} seconds or more"),
    "rule.tandem_seconds.<": QT_TRANSLATE_NOOP(
        "Report", "the tandem stance held for less than {value} seconds"),
    "rule.tandem_seconds.<=": QT_TRANSLATE_NOOP(
        "Report", "the tandem stance held for {value} seconds or less"),
    "rule.tandem_seconds.>": QT_TRANSLATE_NOOP(
        "Report", "the tandem stance held for more than {value} seconds"),
    "rule.tandem_seconds.>=": QT_TRANSLATE_NOOP(
        "Report", "the tandem stance held for {value} seconds or more"),
    "rule.total.<": QT_TRANSLATE_NOOP("Report", "fewer than {value} points"),
    "rule.total.<=": QT_TRANSLATE_NOOP("Report", "{value} points or less"),
    "rule.total.>": QT_TRANSLATE_NOOP("Report", "more than {value} points"),
    "rule.total.>=": QT_TRANSLATE_NOOP("Report", "{value} points or more"),
    "rule.speed_m_s.<=": QT_TRANSLATE_NOOP("Report", "{value} metres per second or less"),
    "rule.yes_answers.>=": QT_TRANSLATE_NOOP("Report", "{value} yes answer or more"),
    # any other measure: the number alone
    "rule.<": QT_TRANSLATE_NOOP("Report", "less than {value}"),
    "rule.<=": QT_TRANSLATE_NOOP("Report", "{value} or less"),
    "rule.>": QT_TRANSLATE_NOOP("Report", "more than {value}"),
    "rule.>=": QT_TRANSLATE_NOOP("Report", "{value} or more"),
    "rule.for_female": QT_TRANSLATE_NOOP("Report", "{rule}, for women aged {ages}"),
    "rule.for_male": QT_TRANSLATE_NOOP("Report", "{rule}, for men aged {ages}"),
    "rule.of_max": QT_TRANSLATE_NOOP("Report", "{rule} (out of {max})"),
    "note.cutoff": QT_TRANSLATE_NOOP("Report", "The cut-off used is {rule}."),
    "note.no_cutoff": QT_TRANSLATE_NOOP("Report", "There is no cut-off for this age."),
    "disclaimer": QT_TRANSLATE_NOOP(
        "Report", "This is education, not a diagnosis. The tests were done at home or at a community "
        "centre, not by a doctor. Please talk to your doctor about these results."),
}


# For the doctor: what each test measures and how it is done, in clinical words (the
# cut-off and its source are added from the stored result, never written here).
DOCTOR_NOTES: dict[str, str] = {
    "chair_stand_30s": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Lower-limb strength and endurance: full stands from a chair without arm rests in "
        "30 seconds, arms crossed on the chest; a stand more than halfway up at the end counts; if the arms "
        "are needed the test is stopped and scored 0 (CDC STEADI). Judged against the norm for age and sex."),
    "balance_4stage": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Static balance: feet side by side, semi-tandem, tandem, then one leg, each held for "
        "the set time, going on only when a position is held without moving the feet or support (CDC "
        "STEADI)."),
    "tug": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Functional mobility: rise from an armchair, walk to a line 3 metres away at usual "
        "pace, turn, walk back and sit; usual walking aid allowed; timed by a helper (CDC STEADI)."),
    "five_times_sts": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Lower-limb strength: five rises as fast as is safe, arms folded; arms used or time "
        "limit reached = not completed. Also read as low strength (probable sarcopenia, EWGSOP2)."),
    "walk_4m": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Usual gait speed over a 4-metre (or 3-metre) course, two tries, the faster counts; "
        "walking aid allowed; timed by a helper (EWGSOP2, SPPB protocol)."),
    "sppb": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Short Physical Performance Battery: balance, gait speed and five chair rises, from "
        "the same day, 0 to 4 points each (Guralnik 1994)."),
    "stay_independent": QT_TRANSLATE_NOOP(
        "DoctorNotes", "CDC STEADI Stay Independent brochure: 12 yes/no items, weighted points; validated "
        "as the Fall Risk Questionnaire (Rubenstein 2011). Self-report."),
    "sarc_f": QT_TRANSLATE_NOOP(
        "DoctorNotes", "SARC-F sarcopenia screen: strength, assistance in walking, rising from a chair, "
        "climbing stairs, falls; 0 to 2 points each (Malmstrom and Morley 2013). Self-report."),
    "short_fes_i": QT_TRANSLATE_NOOP(
        "DoctorNotes", "Short FES-I: concern about falling in seven daily activities, 1 to 4 points each "
        "(Kempen 2008). Self-report."),
    "key_questions": QT_TRANSLATE_NOOP(
        "DoctorNotes", "CDC STEADI key questions: fallen in the past year, unsteady when standing or "
        "walking, worried about falling. Any yes = screened at risk. Self-report."),
}


def _w(key: str) -> str:
    """``WORDS[key]`` in the person's language."""
    return translate("Report", WORDS[key])

# Where a result's score goes in its words ({count}, {seconds}, ...).
_SCORE_KEY = {"chair_stand_30s": "count", "balance_4stage": "stages_held", "five_times_sts": "seconds",
              "tug": "seconds", "stay_independent": "total", "sarc_f": "total", "walk_4m": "speed",
              "sppb": "total", "short_fes_i": "total", "key_questions": "total"}
_RULE = re.compile(r"^\s*([a-z_]+)\s*(<=|>=|<|>)\s*(\d+(?:\.\d+)?)\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class ReportLine:
    """One result in words."""

    taken_at: datetime  # aware; shown in local time
    score_text: str  # "9 stands", "11.5 seconds", "2 of 4 positions held", "Not completed"
    meaning_title: str
    meaning_text: str
    next_step: str
    source: str  # the citation of the norm it was judged by
    threshold: str  # the rule in words, "fewer than 10 stands, for women aged 70 to 74"; "" if none
    counted: str = ""  # how it was counted ("Counted by a helper, ..."); "" where it was not kept


@dataclass(frozen=True)
class ReportSection:
    """One self-test in the report: its latest result, the one before and their history."""

    test: str
    title: str
    measures_note: str  # for the doctor: what the test measures and its cut-off
    latest: ReportLine
    previous: ReportLine | None
    count: int  # how many results of this test are kept
    history: Series | None = None  # every scored result, oldest first, for the chart


@dataclass(frozen=True)
class Report:
    name: str
    birth_year: int
    sex: str  # "male" or "female"
    made_on: date
    sections: tuple[ReportSection, ...]  # in the app's menu order: timed tests, then questionnaires
    checklist: tuple[tuple[str, str], ...]  # (question, answer) of the latest checklist
    disclaimer: str
    birth_month: int | None = None
    birth_day: int | None = None
    summary: tuple[SummaryRow, ...] = ()  # page one: the latest of each test, for the doctor
    falls: tuple[tuple[str, str], ...] = ()  # (question, answer): the person's own answers on falls
    together: TogetherSection | None = None  # what the results say together (legapp.checks.together)


def menu_order(pack: ContentPack) -> tuple[str, ...]:
    """The order the app's menu shows the tests in, so the report reads the same way."""
    questionnaires = sorted(pack.questionnaires, key=lambda q: (q.order, q.id))
    return tuple(p.id for p in pack.protocols) + tuple(q.id for q in questionnaires)


def title_of(test: str, pack: ContentPack) -> str:
    """The test's name in the app; its standard name where the pack has no page for it."""
    try:
        return pack.protocol(test).title
    except KeyError:
        try:
            return pack.questionnaire(test).title
        except KeyError:
            return standard_name(test)


def _rule_parts(threshold: str) -> tuple[str, str, float] | None:
    """("count", "<", 10.0) from "count < 10"; None when no rule applied."""
    match = _RULE.match(threshold)
    return None if match is None else (match.group(1), match.group(2), float(match.group(3)))


def _number(x: float, pack: ContentPack) -> str:
    return format_number(round(float(x), 1), pack.info)


def _max_score(test: str) -> int | None:
    norms = load_norms()
    return {"balance_4stage": len(norms.balance_4stage.stages),
            "stay_independent": norms.stay_independent.max_total,
            "sarc_f": norms.sarc_f.max_total, "sppb": 12, "key_questions": 3,
            "short_fes_i": len(norms.short_fes_i.items) * norms.short_fes_i.answer_max}.get(test)


def _age_and_sex(record: Record, profile: Profile | None) -> tuple[int | None, str | None]:
    """As stored with the result, or else as the date of birth gives them on the day it was taken."""
    age = record.age
    if age is None and profile is not None:
        age = profile.age_on(record.taken_at.astimezone().date())
    return age, record.sex or (profile.sex if profile is not None else None)


def _chair_group(record: Record, profile: Profile | None, pack: ContentPack) -> dict[str, str]:
    """The age group and usual range of a chair stand, which a stored result does not keep,
    worked out again from its count, age and sex (the meaning is not taken from this)."""
    age, sex = _age_and_sex(record, profile)
    if age is None or sex is None or record.score is None:
        return {}
    try:
        result = score_chair_stand_30s(int(record.score), age, sex)
    except ValueError:
        return {}
    values: dict[str, str] = {}
    if result.age_band is not None:
        values["ages"] = pack.info.range_format.format(low=result.age_band[0], high=result.age_band[1])
    if result.band is not None:
        values.update(band_low=_number(result.band.low, pack), band_high=_number(result.band.high, pack))
    return values


def _values(record: Record, profile: Profile | None, pack: ContentPack) -> dict[str, str]:
    """The numbers a result's words may use, from the stored record."""
    values: dict[str, str] = {}
    rule = _rule_parts(record.threshold)
    if rule is not None:
        values["threshold"] = _number(rule[2], pack)
    if record.score is not None:
        score = shown_time(record.test, record.score) if record.test in ("tug", "five_times_sts") \
            else round(record.score, 1)
        values[_SCORE_KEY[record.test]] = format_number(score, pack.info)
    highest = _max_score(record.test)
    if highest is not None:
        values["max"] = _number(highest, pack)
    if record.test == "chair_stand_30s":
        values.update(_chair_group(record, profile, pack))
    elif record.test == "balance_4stage":
        held = record.raw.get("held_seconds")
        if isinstance(held, list) and all(isinstance(t, int | float) for t in held):
            values["tandem_seconds"] = _number(held[2] if len(held) > 2 else 0, pack)
    elif record.test == "walk_4m" and record.score is not None:
        rule = _rule_parts(record.threshold)
        line = [Threshold(measure=rule[0], op=rule[1], value=rule[2])] if rule else []
        # never rounded across its line
        values["speed"] = format_number(shown_value(record.score, line, digits=2), pack.info)
        for key in ("seconds", "metres"):
            if isinstance(record.raw.get(key), int | float):
                values[key] = format_number(round(record.raw[key], 2), pack.info)
    elif record.test == "sppb":
        for key in ("balance_points", "gait_points", "chair_points"):
            if isinstance(record.raw.get(key), int | float):
                values[key] = _number(record.raw[key], pack)
    elif record.test == "short_fes_i":
        norms = load_norms().short_fes_i
        values["min"] = _number(len(norms.items) * norms.answer_min, pack)
    return values


def _fill(text: str, values: Mapping[str, str], pack: ContentPack) -> str:
    """Pack words with facts and numbers filled in; a sentence with a number this record
    cannot give is left out."""
    text = fill_facts(text, pack.facts, pack.info)
    text = SINGLE_BRACE.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    if not SINGLE_BRACE.search(text):
        return text
    return " ".join(s for s in _SENTENCE_END.split(text) if not SINGLE_BRACE.search(s))


def rule_words(record: Record, values: Mapping[str, str], pack: ContentPack, sex: str | None = None) -> str:
    """The stored rule in words: "count < 10" -> "fewer than 10 stands"; "" when none applied.
    A chair stand's rule depends on age and sex, so it names the group it is for."""
    rule = _rule_parts(record.threshold)
    if rule is None:
        return ""
    measure, op, value = rule
    key = f"rule.{measure}.{op}"
    words = _w(key if key in WORDS else f"rule.{op}").format(value=_number(value, pack))
    if record.test == "chair_stand_30s" and "ages" in values and sex in ("female", "male"):
        words = _w(f"rule.for_{sex}").format(rule=words, ages=values["ages"])
    elif record.test in ("stay_independent", "sarc_f") and "max" in values:
        words = _w("rule.of_max").format(rule=words, max=values["max"])
    return words


def report_line(record: Record, pack: ContentPack, profile: Profile | None = None) -> ReportLine:
    """One stored result in the pack's words, by the meaning it was stored with."""
    words = pack.results[record.test][record.meaning]
    values = _values(record, profile, pack)
    further = findings(record.test, record.score, record.raw, pack.info)
    if record.score is None:
        score_text = _w("score.not_completed")
    else:
        key = "score.over_limit" if record.raw.get("over_limit") is True else f"score.{record.test}"
        if record.test == "chair_stand_30s":  # one stand is said as one
            key = "score.one_stand" if record.score == 1 else "score.stands"
        score_text = _w(key).format(score=values[_SCORE_KEY[record.test]], max=values.get("max", ""))
    return ReportLine(
        taken_at=record.taken_at, score_text=score_text, meaning_title=_fill(words.title, values, pack),
        meaning_text=" ".join([_fill(words.text, values, pack), *(f.text for f in further)]),
        next_step=_fill(words.next_step, values, pack),
        source="; ".join(dict.fromkeys([record.source, *(f.source for f in further if f.source)])),
        threshold=rule_words(record, values, pack, _age_and_sex(record, profile)[1]),
        counted=how_counted(record.raw))


def _note(test: str, latest: ReportLine, pack: ContentPack) -> str:
    """For the doctor: what the test measures and how (clinical words), and the cut-off its
    latest result was judged by."""
    if test in DOCTOR_NOTES:
        what = translate("DoctorNotes", DOCTOR_NOTES[test])
    else:
        try:
            what = pack.protocol(test).measures
        except KeyError:
            what = pack.questionnaire(test).summary
    cutoff = _w("note.cutoff").format(rule=latest.threshold) if latest.threshold else _w("note.no_cutoff")
    return f"{fill_facts(what, pack.facts, pack.info)} {cutoff}"


def _checklist(record: Record | None, pack: ContentPack) -> tuple[tuple[str, str], ...]:
    """(question, answer) for each question of the checklist answered in ``record``."""
    if record is None:
        return ()
    questions = pack.questionnaire("stay_independent").questions
    answers: Any = record.raw.get("answers", {})
    if isinstance(answers, list):  # answers in question order, as the scorer also takes them
        answers = {q.id: a for q, a in zip(questions, answers, strict=False)}
    if not isinstance(answers, dict):
        return ()
    pairs = []
    for question in questions:
        if question.id not in answers:
            continue
        label = next((o.label for o in question.options if o.value == answers[question.id]), None)
        if label is not None:
            pairs.append((question.text, label))
    return tuple(pairs)


def _newest_first(records: Iterable[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.taken_at, r.id or 0), reverse=True)


def build_report(profile: Profile, records: Iterable[Record], pack: ContentPack, made_on: date,
                 home: Any = None) -> Report:
    """The report on one person's results. Results of anyone else are left out, so two
    people's results can never be mixed on one sheet. ``home``: their home safety check
    (legapp.track.home_safety.HomeCheck), or None."""
    mine = [r for r in records if profile.id is None or r.profile_id == profile.id]
    by_test: dict[str, list[Record]] = {}
    for record in _newest_first(mine):
        by_test.setdefault(record.test, []).append(record)
    sections = []
    in_menu = menu_order(pack)
    for test in (*in_menu, *(t for t in ORDER if t not in in_menu)):  # tests the pack has no page for last
        kept = by_test.get(test)
        if not kept:
            continue
        latest = report_line(kept[0], pack, profile)
        previous = report_line(kept[1], pack, profile) if len(kept) > 1 else None
        sections.append(ReportSection(test=test, title=title_of(test, pack),
                                      measures_note=_note(test, latest, pack), latest=latest,
                                      previous=previous, count=len(kept), history=series(kept, test)))
    checklist_records = by_test.get("stay_independent")
    latest = newest_of_each(mine)
    chair = latest.get("chair_stand_30s")
    ages = {"chair_stand_30s": _chair_group(chair, profile, pack).get("ages", "")} if chair else {}
    return Report(name=profile.name, birth_year=profile.birth_year, sex=profile.sex, made_on=made_on,
                  sections=tuple(sections),
                  checklist=_checklist(checklist_records[0] if checklist_records else None, pack),
                  disclaimer=_w("disclaimer"), birth_month=profile.birth_month, birth_day=profile.birth_day,
                  summary=summary_rows(latest, profile, pack, ages), falls=falls_in_own_words(latest, pack),
                  together=together_section(mine, home, made_on, pack) if mine else None)
