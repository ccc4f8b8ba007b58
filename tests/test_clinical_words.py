"""What the words of both packs claim, checked against CLINICAL.md: each question keeps
the meaning and the time window of its instrument (sections 5 and 6), results claim no
comparison they do not make and name the study behind a range (sections 1, 4, 9), a
source is called verified only where CLINICAL.md says so, and the "when to see a doctor"
page carries EWGSOP2 (section 7) with its numbers as facts. Core only: no Qt."""

from __future__ import annotations

import re

import pytest

from legapp.assess import load_norms
from legapp.content.loader import load_pack
from legapp.content.placeholders import PLACEHOLDER
from legapp.content.plaintext import markdown_to_plain
from legapp.content.render import fill_facts, topic_markdown
from legapp.paths import bundled_content_dir


@pytest.fixture(scope="module", params=["en", "es"])
def lang_pack(request):
    return request.param, load_pack(bundled_content_dir(request.param))


def _filled(pack, text: str) -> str:
    """As the person reads it: any {{fact}} written out."""
    return fill_facts(text, pack.facts, pack.info).lower()


def _questions(pack, qid):
    return {q.id: q for q in next(q for q in pack.questionnaires if q.id == qid).questions}


# --- Item 7: every question keeps what its instrument asks, and its time window ------------
# Words (regular expressions) each question must say, in its own text and in the helper's
# text. CLINICAL.md section 5 (Stay Independent) and section 6 (SARC-F).
ASKS = {
    "en": {
        "stay_independent": {
            "fallen_past_year": [r"\bfallen\b", r"\bpast year\b"],
            "cane_or_walker": [r"\bcane\b", r"\bwalker\b", r"\badvised\b", r"\bsafely\b"],
            "unsteady_walking": [r"\bsometimes\b", r"\bunsteady\b", r"\bwalking\b"],
            "holds_furniture": [r"\bhome\b", r"\bfurniture\b", r"\bsteady\b", r"\bwalk\b"],
            "worried_about_falling": [r"\bworried\b", r"\bfalling\b"],
            "pushes_up_from_chair": [r"\bpush\b", r"\bhands\b", r"\bstand up\b", r"\bchair\b"],
            "trouble_with_curb": [r"\bsome trouble\b", r"\bstepping up\b", r"\bcurb\b"],
            "rushes_to_toilet": [r"\boften\b", r"\brush\b", r"\btoilet\b"],
            "lost_feeling_in_feet": [r"\blost\b", r"\bfeeling\b", r"\bfeet\b"],
            "medicine_light_headed": [r"\bmedicine\b", r"\bsometimes\b", r"\blight-headed\b",
                                      r"\bmore tired than usual\b"],
            "medicine_sleep_mood": [r"\bmedicine\b", r"\bsleep\b", r"\bmood\b"],
            "sad_or_depressed": [r"\boften\b", r"\bsad\b", r"\bdepressed\b"],
        },
        "sarc_f": {
            "strength": [r"\blift\b", r"\bcarry\b", r"\b10 pounds\b"],
            "walking": [r"\bwalk\b", r"\bacross a room\b"],
            "chair_rise": [r"\bchair\b", r"\bbed\b"],
            "stairs": [r"\bclimb\b", r"\bflight of 10 stairs\b"],
            "falls": [r"\bhow many times\b", r"\bfallen\b", r"\bpast year\b"],
        },
    },
    "es": {
        "stay_independent": {
            "fallen_past_year": [r"\bca[íi]do\b", r"\búltimo año\b"],
            "cane_or_walker": [r"\bbastón\b", r"\bandador\b", r"\baconsejado\b", r"\bsin peligro\b"],
            "unsteady_walking": [r"\ba veces\b", r"\binestable\b", r"\bcamina\b"],
            "holds_furniture": [r"\bcasa\b", r"\bmuebles\b", r"\bsostenerse\b", r"\bcamina\b"],
            "worried_about_falling": [r"\bpreocupa\b", r"\bcaerse\b"],
            "pushes_up_from_chair": [r"\bempujarse\b", r"\bmanos\b", r"\blevantarse\b", r"\bsilla\b"],
            "trouble_with_curb": [r"\bcuesta un poco\b", r"\bsubir\b", r"\bacera\b"],
            "rushes_to_toilet": [r"\ba menudo\b", r"\bcorriendo\b", r"\bbaño\b"],
            "lost_feeling_in_feet": [r"\bperdido\b", r"\bsensibilidad\b", r"\bpies\b"],
            "medicine_light_headed": [r"\bmedicinas\b", r"\ba veces\b", r"\bmareo\b",
                                      r"\bmás cansancio de lo normal\b"],
            "medicine_sleep_mood": [r"\bmedicinas\b", r"\bdormir\b", r"\bestado de ánimo\b"],
            "sad_or_depressed": [r"\ba menudo\b", r"\btriste\b", r"\bdepresión\b"],
        },
        "sarc_f": {
            "strength": [r"\blevantar\b", r"\bcargar\b", r"\b10 libras\b"],
            "walking": [r"\bcruzar\b", r"\bcuarto\b", r"\bcaminando\b"],
            "chair_rise": [r"\bsilla\b", r"\bcama\b"],
            "stairs": [r"\bsubir\b", r"\b10 escalones\b"],
            "falls": [r"\bcuántas veces\b", r"\bca[íi]do\b", r"\búltimo año\b"],
        },
    },
}
# Words that would change what is asked: "lose your balance" is not "feel unsteady".
NOT_ASKED = {
    ("es", "unsteady_walking"): [r"pierde el equilibrio", r"perder el equilibrio"],
    ("en", "unsteady_walking"): [r"lose your balance", r"lose their balance"],
}
# What each SARC-F answer means (CLINICAL.md section 6): 0, 1 and 2 points, in order.
ANSWERS = {
    "en": {
        "strength": [[r"\bno difficulty\b"], [r"\bsome difficulty\b"], [r"\ba lot\b", r"\bnot able\b"]],
        "walking": [[r"\bno difficulty\b"], [r"\bsome difficulty\b"],
                    [r"\ba lot\b", r"\bwalking aid\b", r"\bnot able\b"]],
        "chair_rise": [[r"\bno difficulty\b"], [r"\bsome difficulty\b"],
                       [r"\ba lot\b", r"\bnot able\b", r"\bwithout help\b"]],
        "stairs": [[r"\bno difficulty\b"], [r"\bsome difficulty\b"], [r"\ba lot\b", r"\bnot able\b"]],
        "falls": [[r"^none$"], [r"^1 to 3 falls$"], [r"^4 or more falls$"]],
    },
    "es": {
        "strength": [[r"\bninguna dificultad\b"], [r"\balgo de dificultad\b"],
                     [r"\bmucha dificultad\b", r"\bno puede\b"]],
        "walking": [[r"\bninguna dificultad\b"], [r"\balgo de dificultad\b"],
                    [r"\bmucha dificultad\b", r"\bayudarse a caminar\b", r"\bno puede\b"]],
        "chair_rise": [[r"\bninguna dificultad\b"], [r"\balgo de dificultad\b"],
                       [r"\bmucha dificultad\b", r"\bno puede sin ayuda\b"]],
        "stairs": [[r"\bninguna dificultad\b"], [r"\balgo de dificultad\b"],
                   [r"\bmucha dificultad\b", r"\bno puede\b"]],
        "falls": [[r"^ninguna$"], [r"^1 a 3 caídas$"], [r"^4 o más caídas$"]],
    },
}


def _asks_cases():
    for lang, questionnaires in ASKS.items():
        for qid, items in questionnaires.items():
            for item in items:
                yield pytest.param(lang, qid, item, id=f"{lang}-{qid}-{item}")


def test_the_table_has_every_question_of_both_instruments():
    norms = load_norms()
    for lang in ASKS:
        assert tuple(ASKS[lang]["stay_independent"]) == tuple(norms.stay_independent.points_for_yes)
        assert tuple(ASKS[lang]["sarc_f"]) == tuple(norms.sarc_f.items)
        assert tuple(ANSWERS[lang]) == tuple(norms.sarc_f.items)


@pytest.mark.parametrize(("lang", "qid", "item"), list(_asks_cases()))
def test_each_question_asks_what_its_instrument_asks(lang, qid, item):
    pack = load_pack(bundled_content_dir(lang))
    question = _questions(pack, qid)[item]
    for who, text in (("text", question.text), ("caregiver_text", question.caregiver_text)):
        said = _filled(pack, text)
        missing = [w for w in ASKS[lang][qid][item] if not re.search(w, said)]
        assert not missing, f"{lang} {item}.{who} lacks {missing}: {said!r}"
        wrong = [w for w in NOT_ASKED.get((lang, item), []) if re.search(w, said)]
        assert not wrong, f"{lang} {item}.{who} asks something else ({wrong}): {said!r}"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_sarc_f_answer_keeps_its_meaning(lang):
    pack = load_pack(bundled_content_dir(lang))
    for item, answers in ANSWERS[lang].items():
        options = _questions(pack, "sarc_f")[item].options
        assert [o.value for o in options] == [0, 1, 2]
        for option, words in zip(options, answers, strict=True):
            label = _filled(pack, option.label)
            missing = [w for w in words if not re.search(w, label)]
            assert not missing, f"{lang} {item} answer {option.value} lacks {missing}: {label!r}"


# --- Item 8: results claim only what their rule says, and name the study behind it ----------

def test_the_chair_stand_usual_range_names_rikli_and_jones(lang_pack):
    """The usual range (25th-75th percentile) is Rikli & Jones (1999), not the CDC's."""
    _, pack = lang_pack
    for meaning, words in pack.results["chair_stand_30s"].items():
        if "{band_low}" in words.text:
            assert "Rikli" in words.text, meaning
            assert "Jones" in words.text, meaning


AGE_CLAIMS = {"en": [r"\byour age\b", r"\bpeople (of )?your age\b", r"\bfor (your|their) age\b",
                     r"\bcompared with\b"],
              "es": [r"\bsu edad\b", r"\bpersonas de su edad\b", r"\bcomparad[oa]\b"]}


@pytest.mark.parametrize("test", ["tug", "five_times_sts"])
def test_tug_and_five_times_claim_no_age_comparison(lang_pack, test):
    """Their rule is one line for everyone (CDC 12 s; Buatois 15 s): no "for your age"."""
    lang, pack = lang_pack
    for meaning, words in pack.results[test].items():
        for part in (words.title, words.text, words.next_step):
            said = _filled(pack, part)
            claims = [w for w in AGE_CLAIMS[lang] if re.search(w, said)]
            assert not claims, f"{test}.{meaning}: {claims} in {said!r}"


@pytest.mark.parametrize("meaning", ["increased_risk", "no_increased_risk"])
def test_the_buatois_line_says_it_was_studied_in_people_65_and_older(lang_pack, meaning):
    """CLINICAL.md 4: Buatois 2008 studied people 65+; a younger person is told so."""
    lang, pack = lang_pack
    text = pack.results["five_times_sts"][meaning].text
    assert "buatois_study_min_age" in [m.group(1) for m in PLACEHOLDER.finditer(text)]  # a fact, not typed
    said = _filled(pack, text)
    assert re.search(r"\b65 and older\b" if lang == "en" else r"\b65 años o más\b", said), said
    fact = pack.facts["buatois_study_min_age"]
    assert (fact.value, fact.source) == (65, "buatois2008")


# --- Item 8: a source is "verified" only where CLINICAL.md says verified ---------------------
# CLINICAL.md calls verified, of the sources the packs quote: EWGSOP2 (Cruz-Jentoft 2019,
# Table 3: "verified above, section 7"). Everything else is 2nd-hand, derived or unmarked.
VERIFIED_IN_CLINICAL = {"cruzjentoft2019"}


def test_only_what_clinical_calls_verified_is_labelled_verified(lang_pack):
    _, pack = lang_pack
    labelled = {f.id: f.source for f in pack.facts.values() if f.status == "verified"}
    wrong = {fid: src for fid, src in labelled.items() if src not in VERIFIED_IN_CLINICAL}
    assert not wrong, f"labelled verified, but CLINICAL.md does not say so: {wrong}"
    # CLINICAL.md marks these 2nd-hand or derived in so many words.
    assert pack.facts["leg_strength_loss_per_year"].status == "2nd-hand"  # Goodpaster 2006
    assert pack.facts["band_strength_70_plus"].status == "derived"


def test_kortebein_2008_is_cited_for_the_strength_lost_in_bed(lang_pack):
    """CLINICAL.md 8 cites Kortebein 2007 (JAMA) and 2008 for 10 days of bed rest; the
    knee-extensor strength loss is the 2008 paper's."""
    _, pack = lang_pack
    source = pack.sources["kortebein2008"]
    assert source.year == 2008
    assert "10 days of bed rest" in source.title
    assert pack.facts["bed_rest_strength_loss"].source == "kortebein2008"
    assert pack.facts["bed_rest_leg_lean_loss"].source == "kortebein2007"
    assert "kortebein2008" in pack.topic("how-fast").sources


def test_disuse_is_not_called_the_most_common_cause(lang_pack):
    """No source in CLINICAL.md ranks the causes: the page says "a common cause"."""
    lang, pack = lang_pack
    heading = "Key points" if lang == "en" else "Puntos clave"
    page = markdown_to_plain(topic_markdown(pack, "causes", heading)).lower()
    assert not re.search(r"most common cause|causa más común", page)
    assert re.search(r"a common cause|una causa frecuente", page)


def _citations(pack):
    yield from ((f"pack source {s.id}", s.citation()) for s in pack.sources.values())
    yield from ((f"norms source {key}", s.citation) for key, s in load_norms().sources.items())


def test_sources_name_documents_in_words_not_files(lang_pack):
    """Issue item 13: "file STEADI-Assessment-30Sec-508.pdf" is no way to name a source."""
    _, pack = lang_pack
    named_by_file = {where: text for where, text in _citations(pack)
                     if re.search(r"\bfile\b|\.pdf\b|STEADI-[A-Za-z]|-508\b", text)}
    assert not named_by_file


# --- Item 4: the "when to see a doctor" page carries EWGSOP2, numbers as facts --------------
EWGSOP2 = {  # CLINICAL.md section 7: fact id -> number
    "ewgsop2_grip_men": 27, "ewgsop2_grip_women": 16, "ewgsop2_chair_rises": 5,
    "ewgsop2_chair_stand_seconds": 15, "ewgsop2_gait_speed": 0.8, "ewgsop2_sppb": 8, "ewgsop2_tug": 20,
    "ewgsop2_long_walk": 400, "ewgsop2_long_walk_minutes": 6,
}
SAID = {"en": ["less than 27 kg", "less than 16 kg", "more than 15 seconds",
               "0.8 metres a second or slower", "8 points or less", "20 seconds or more", "400 metres",
               "6 minutes or more", "likely", "severe"],
        "es": ["menos de 27 kg", "menos de 16 kg", "más de 15 segundos",
               "0,8 metros por segundo o más despacio", "8 puntos o menos", "20 segundos o más", "400 metros",
               "6 minutos o más", "probable", "grave"]}


def test_when_to_see_a_doctor_gives_the_ewgsop2_signs_as_facts(lang_pack):
    lang, pack = lang_pack
    topic = pack.topic("when-to-see-a-doctor")
    raw = " ".join(s.body for s in topic.sections)
    used = {m.group(1) for m in PLACEHOLDER.finditer(raw)}
    assert set(EWGSOP2) <= used
    for fact_id, number in EWGSOP2.items():
        fact = pack.facts[fact_id]
        assert (fact.value, fact.source, fact.status) == (number, "cruzjentoft2019", "verified"), fact_id
    assert "cruzjentoft2019" in topic.sources
    heading = "Key points" if lang == "en" else "Puntos clave"
    page = markdown_to_plain(topic_markdown(pack, topic.id, heading)).lower()
    missing = [words for words in SAID[lang] if words not in page]
    assert not missing, missing
    assert "sarcopenia" in page


def test_a_norm_is_called_verified_only_where_clinical_md_says_so():
    """CLINICAL.md marks the EWGSOP2 cut-offs verified (sections 7 and 11); it gives the
    other norms no such status, so they are not labelled verified."""
    from legapp.assess.norms import _walk, load_norms

    labelled = {cited.source for _field, cited in _walk(load_norms(), "") if cited.status == "verified"}
    assert labelled == {"ewgsop2"}
