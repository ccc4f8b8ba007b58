"""The Short FES-I and STEADI's three key questions on the real window, and the fall
question asked after a checklist under 4 points (CLINICAL.md 13-14)."""

from __future__ import annotations

from legapp.qt.check.questionnaire_page import QuestionnairePage

from .people import THIS_YEAR, click

YES, NO = 0, 1  # the button index of Yes and No


def kept(person, test=None):
    visit = person.w.visit
    return visit.history.results(visit.who.profile_id, test)


def with_ana(person):
    person.add_person("Ana", str(THIS_YEAR - 72))


def test_short_fes_i_seven_questions_one_a_screen_answers_1_to_4(person, qtbot):
    with_ana(person)
    page = person.open("short_fes_i")
    assert isinstance(page, QuestionnairePage)
    assert page.asking.progress.text() == "Question 1 of 7"
    assert [b.text() for b in page.answers] == ["Not at all", "Somewhat", "Fairly", "Very"]
    assert page.asking.question.text().startswith("How concerned are you about falling")
    assert "get dressed or undressed" in page.asking.question.text()
    for answer in (1, 2, 1, 3, 1, 0):  # button index: the answer less 1
        click(qtbot, page.answers[answer])
    assert "social event" in page.asking.question.text()
    click(qtbot, page.answers[0])
    assert page.steps.currentWidget() is page.result
    assert page.result.score.text() == "15 of 28 points"  # 2+3+2+4+2+1+1
    assert "A lot of worry about falling" in page.result.heading.text()
    [record] = kept(person, "short_fes_i")
    assert record.score == 15
    assert record.meaning == "high_concern"
    assert record.at_risk is True
    assert record.raw == {"answers": {"dressing": 2, "bathing": 3, "chair": 2, "stairs": 4, "reaching": 2,
                                      "slope": 1, "social_event": 1}}


def test_short_fes_i_low_concern_at_8(person, qtbot):
    page = person.open("short_fes_i")
    for answer in (1, 0, 0, 0, 0, 0, 0):
        click(qtbot, page.answers[answer])
    assert page.result.score.text() == "8 of 28 points"
    assert "Little worry" in page.result.heading.text()


def test_short_fes_i_caregiver_wording(person, qtbot):
    page = person.open("short_fes_i")
    person.w.visit.set_caregiver(True)
    page.start("short_fes_i")
    assert page.asking.question.text().startswith("How concerned are they")


def test_the_three_key_questions_any_yes_is_screened_at_risk(person, qtbot):
    with_ana(person)
    page = person.open("key_questions")
    assert page.asking.progress.text() == "Question 1 of 3"
    for answer in (NO, YES, NO):
        click(qtbot, page.answers[answer])
    assert page.result.score.text() == "Yes to 1 of 3 questions"
    assert "worth talking to your doctor" in page.result.heading.text()
    [record] = kept(person, "key_questions")
    assert record.raw == {"fell_past_year": False, "unsteady": True, "worried": False}
    assert record.at_risk is True
    assert record.meaning == "screened_at_risk"


def test_a_checklist_under_4_asks_the_fall_question_and_keeps_it(person, qtbot):
    with_ana(person)
    page = person.open("stay_independent")
    # no fall, then yes to two 1-point items: 2 points, under 4
    for yes in (False, False, True, False, False, False, False, False, False, True, False, False):
        click(qtbot, page.answers[YES if yes else NO])
    assert page.steps.currentWidget() is page.asking
    assert page.asking.progress.text() == "One more question"
    assert page.asking.question.text() == "Have you fallen in the past year?"
    assert page.answers[NO].isChecked()  # the checklist's own answer, chosen already
    assert page.asking.intro.text() == ("With a score under 4, doctors still ask about a fall in the "
                                        "past year.")
    click(qtbot, page.answers[YES])  # a fall after all (a small one, they now recall)
    assert page.steps.currentWidget() is page.result
    assert page.result.score.text() == "2 of 14 points"
    assert "You fell in the past year" in page.result.text.text()
    [checklist] = kept(person, "stay_independent")
    assert checklist.score == 2
    assert checklist.raw["answers"]["fallen_past_year"] is False  # kept as answered
    [key] = kept(person, "key_questions")
    assert key.raw == {"fell_past_year": True, "unsteady": None, "worried": None}
    assert key.at_risk is True


def test_a_checklist_of_4_or_more_does_not_ask_again(person, qtbot):
    with_ana(person)
    page = person.open("stay_independent")
    for yes in (True, True) + (False,) * 10:
        click(qtbot, page.answers[YES if yes else NO])
    assert page.steps.currentWidget() is page.result
    assert page.result.score.text() == "4 of 14 points"
    assert kept(person, "key_questions") == []


def test_a_double_tap_on_the_last_checklist_answer_does_not_answer_the_fall_question(person, qtbot):
    from PySide6.QtCore import Qt

    page = person.open("stay_independent")
    for _ in range(11):
        click(qtbot, page.answers[NO])
    click(qtbot, page.answers[NO])
    assert page.asking.progress.text() == "One more question"
    qtbot.mouseClick(page.answers[YES], Qt.MouseButton.LeftButton)  # the second tap, at once
    assert page.steps.currentWidget() is page.asking
