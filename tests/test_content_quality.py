"""The English pack: plain enough to read, faithful to CLINICAL.md, written anew."""

from __future__ import annotations

import re

import pytest
import textstat

from legapp.content.plaintext import markdown_to_plain
from legapp.content.render import fill_facts, topic_markdown

from .conftest import SHARED
from .helpers import SEED_RUN, copied_from_seeds, typed_numbers

MAX_GRADE = 7.0  # Flesch-Kincaid, textstat 0.7.4 (pinned in the dev extra)

# CLINICAL.md sections 8 and 10, copied here by hand: (fact id, value or (low, high), source).
CLINICAL_FACTS = {
    "loss_start_age": (30, "volpi2004"),
    "faster_loss_age": (60, "volpi2004"),
    "muscle_loss_per_decade": ((3, 8), "volpi2004"),
    "muscle_loss_per_year": ((0.3, 0.8), "volpi2004"),
    "mass_loss_age75_men": ((0.80, 0.98), "mitchell2012"),
    "mass_loss_age75_women": ((0.64, 0.70), "mitchell2012"),
    "strength_loss_vs_mass": ((2, 4), "mitchell2012"),
    "leg_strength_loss_per_year": ((2.6, 4.1), "goodpaster2006"),
    "leg_lean_mass_loss_per_year": (1, "goodpaster2006"),
    "band_mass_30_60": ((0.3, 0.8), None),
    "band_mass_60_plus": ((0.6, 1.0), None),
    "band_strength_70_plus": ((2.5, 4), None),
    "cast_days_short": (5, "wall2014"),
    "cast_short_size_loss": (3.5, "wall2014"),
    "cast_short_strength_loss": (9, "wall2014"),
    "cast_days_long": (14, "wall2014"),
    "cast_long_size_loss": (8.4, "wall2014"),
    "cast_long_strength_loss": (23, "wall2014"),
    "bed_rest_days_older": (10, "kortebein2007"),
    "bed_rest_leg_lean_loss": (0.95, "kortebein2007"),
    "bed_rest_strength_loss": (13, "kortebein2008"),  # knee-extensor strength: the 2008 paper
    "bed_rest_meta_days": ((5, 14), "digirolamo2021"),
    "bed_rest_meta_mass_loss": (8, "digirolamo2021"),
    "disuse_early_loss_per_day": ((0.5, 0.8), None),
    "strength_sessions_per_week": ((2, 3), None),
    "acsm_strength_sessions_min": (2, "acsm"),
    "aerobic_minutes_per_week": (150, "acsm"),
    "protein_per_kg": ((1.2, 1.6), None),
    # CLINICAL.md section 4: the Buatois line was studied in people 65 and older.
    "buatois_study_min_age": (65, "buatois2008"),
    # CLINICAL.md section 7 (EWGSOP2, Table 3), for the "when to see a doctor" page.
    "ewgsop2_grip_men": (27, "cruzjentoft2019"),
    "ewgsop2_grip_women": (16, "cruzjentoft2019"),
    "ewgsop2_chair_rises": (5, "cruzjentoft2019"),
    "ewgsop2_chair_stand_seconds": (15, "cruzjentoft2019"),
    "ewgsop2_gait_speed": (0.8, "cruzjentoft2019"),
    "ewgsop2_sppb": (8, "cruzjentoft2019"),
    "ewgsop2_tug": (20, "cruzjentoft2019"),
    "ewgsop2_long_walk": (400, "cruzjentoft2019"),
    "ewgsop2_long_walk_minutes": (6, "cruzjentoft2019"),
    # CLINICAL.md sections 1, 3 and 6: what the set-up and the questions say.
    "chair_seat_height_in": (17, "cdc-steadi"),
    "chair_seat_height_cm": (43, "cdc-steadi"),
    "tug_line_feet": (10, "cdc-steadi"),
    "tug_line_metres": (3, "cdc-steadi"),
    "sarc_f_lift_pounds": (10, "malmstrom2013"),
    "sarc_f_lift_kg": (4.5, "malmstrom2013"),
    "sarc_f_stairs": (10, "malmstrom2013"),
    "sarc_f_some_falls": ((1, 3), "malmstrom2013"),
    "sarc_f_many_falls": (4, "malmstrom2013"),
}


@pytest.mark.parametrize("fact_id", sorted(CLINICAL_FACTS))
def test_clinical_figures_are_facts_with_the_right_numbers(pack, fact_id):
    expected, source = CLINICAL_FACTS[fact_id]
    fact = pack.facts[fact_id]
    if isinstance(expected, tuple):
        assert (fact.low, fact.high) == pytest.approx(expected)
    else:
        assert fact.value == pytest.approx(expected)
    if source:
        assert fact.source == source
    assert fact.source in pack.sources


def test_derived_figures_say_so(pack):
    for fact_id in ("muscle_loss_per_year", "band_mass_30_60", "band_mass_60_plus",
                    "band_strength_70_plus", "disuse_early_loss_per_day"):
        assert pack.facts[fact_id].status == "derived"


def _page_text(pack, topic_id) -> str:
    return markdown_to_plain(topic_markdown(pack, topic_id, "Key points"))


@pytest.fixture(scope="module")
def grades(pack):
    return {t.id: textstat.flesch_kincaid_grade(_page_text(pack, t.id)) for t in pack.topics}


def test_textstat_is_the_pinned_version():
    from importlib.metadata import version

    assert version("textstat") == "0.7.4"


def test_every_topic_page_reads_at_grade_seven_or_below(pack, grades):
    too_hard = {tid: g for tid, g in grades.items() if g > MAX_GRADE}
    assert not too_hard, f"pages above grade {MAX_GRADE}: {too_hard}"


def test_seeds_measure_harder_than_the_pages(grades):
    # The measure must be able to fail: the source articles are well above the bar.
    seed = (SHARED / "seeds" / "000_06f0b2c8a885d615.txt").read_text()
    assert textstat.flesch_kincaid_grade(seed) > MAX_GRADE + 3
    assert max(grades.values()) <= MAX_GRADE


def _prose(pack):
    for topic in pack.topics:
        yield f"{topic.id} summary", topic.summary
        for i, point in enumerate(topic.key_points):
            yield f"{topic.id} key point {i + 1}", point
        for section in topic.sections:
            yield f"{topic.id} / {section.heading}", section.heading + "\n" + section.body
        yield f"{topic.id} title", topic.title
    for item in pack.faq:
        yield f"faq {item.id}", item.question + "\n" + item.answer
    for term in pack.glossary:
        yield f"glossary {term.id}", term.definition


def test_prose_never_types_a_number(pack):
    typed = typed_numbers(_prose(pack))
    assert not typed, f"numbers typed in prose instead of facts: {typed}"


def test_the_72_hours_claim_is_not_used(pack):
    for where, text in _prose(pack):
        rendered = fill_facts(text, pack.facts, pack.info).lower()
        assert "72" not in rendered, where
        assert "seventy-two" not in rendered, where


def test_no_sentence_is_copied_from_the_seeds(pack):
    rendered = ((where, fill_facts(text, pack.facts, pack.info)) for where, text in _prose(pack))
    copied = copied_from_seeds(rendered)
    assert not copied, f"runs of {SEED_RUN} words copied from the seeds: {copied}"


SUBJECTS = {  # every subject of the seed articles has a page
    "leg-muscles", "atrophy-and-sarcopenia", "strength-and-power", "balance",
    "walking-and-mobility", "metabolism", "bones", "joints", "daily-life-and-falls", "causes",
    "strength-training", "protein", "staying-active", "sleep-and-stress", "medical-care",
    "when-to-see-a-doctor", "key-points",
}


def test_every_seed_subject_has_a_page(pack):
    assert {t.id for t in pack.topics} >= SUBJECTS


CAUSES = ["ageing|aging", "bed rest|in bed", "protein", "alcohol", "malnutrition", "cancer", "heart failure",
          "kidney", "copd", "diabetes", "stroke", "multiple sclerosis", "neuropathy", "als",
          "guillain", "polio", "cast|immobili"]


def test_causes_page_names_every_cause(pack):
    text = _page_text(pack, "causes").lower()
    missing = [c for c in CAUSES if not re.search(rf"\b({c})", text)]
    assert not missing


# The seed's five questions, in our own words: (what it asks about, words its answer must use).
SEED_FAQ = [("doctors call", "sarcopenia"), ("harm my health", "fall"), ("undo", "strength"),
            ("why do", "older"), ("talk to a doctor", "fall")]


@pytest.mark.parametrize(("asks", "answer_word"), SEED_FAQ)
def test_faq_covers_the_seed_questions(pack, asks, answer_word):
    matches = [item for item in pack.faq if asks in item.question.lower()]
    assert matches, asks
    assert answer_word in matches[0].answer.lower()


MEDICAL_WORDS = ["atrophy", "sarcopenia", "quadriceps", "hamstrings", "glutes", "proprioception",
                 "gait", "insulin", "osteopenia", "osteoporosis", "osteoarthritis", "cartilage",
                 "ligament", "cachexia", "copd", "multiple sclerosis", "neuropathy", "polio",
                 "femur", "tibia", "fibula", "tai chi", "malnutrition", "metabolism"]


def test_medical_words_used_in_pages_are_in_the_glossary(pack):
    spellings = {s.lower() for t in pack.glossary for s in t.spellings()}
    all_text = " ".join(_page_text(pack, t.id) for t in pack.topics).lower()
    used = [w for w in MEDICAL_WORDS if re.search(rf"\b{w}", all_text)]
    assert len(used) > 15  # the pages do use them...
    missing = [w for w in used if not any(s == w or s.startswith(w) for s in spellings)]
    assert not missing  # ...and each one is explained


def test_every_glossary_word_is_linked_somewhere(pack):
    linked = set()
    for topic in pack.topics:
        linked |= set(re.findall(r"\(glossary:([a-z0-9-]+)\)", topic_markdown(pack, topic.id, "Key points")))
    unused = {t.id for t in pack.glossary} - linked
    # A few words are there for the FAQ or as other spellings; most must appear in pages.
    assert len(unused) <= len(pack.glossary) // 4, sorted(unused)
