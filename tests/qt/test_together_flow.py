"""What my results say together, on the real window as a person gets there: from My
results, with the findings of what they did, a way to Act and to the home check, in
a helper's words for a helper, and nothing of it for a guest."""

from __future__ import annotations

from .people import THIS_YEAR, click


def open_together(person):
    results = person.open_results()
    assert results.list.together_button.isVisible()
    click(person.qtbot, results.list.together_button)
    page = person.page
    assert page.title.text() in ("What my results say together", "What their results say together")
    return page


def test_a_weak_chair_stand_and_a_fall_lead_to_the_exercises(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(7)  # below average for a woman of 72 (fewer than 10)
    person.open("stay_independent")
    click(qtbot, person.page.answers[0])  # "Yes, I have fallen in the past year"
    for _ in range(len(person.page.run.questionnaire.questions) - 1):
        click(qtbot, person.page.answers[1])
    page = open_together(person)
    view = page.view
    assert view.who.text() == "Results for Ana"
    assert view.screen.text() == ("You may be at risk of falling (the CDC's STEADI screen). Why: you fell "
                                  "in the past year.")
    [block] = view.blocks
    assert block.found.text() == ("Leg strength: 7 stands in the 30-second chair stand, below average for "
                                  "your age.")
    assert block.when.text().startswith("Done on ")
    assert "six months" not in block.when.text()
    assert "Keep your legs strong" in block.next_step.text()
    assert "your doctor" in block.whom.text()
    # screened at risk, but balance and walking are not checked yet
    texts = [w.text() for w in view._made if hasattr(w, "text") and callable(w.text)]
    assert "Not checked yet" in texts
    assert "balance, walking." in texts
    for level in ("low risk", "moderate risk", "high risk"):
        assert all(level not in t.lower() for t in [*texts, view.screen.text(), view.overall.text()])
    click(qtbot, block.button)
    assert person.w.history.current.screen == "act"


def test_an_open_home_hazard_shows_and_leads_to_the_check(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(14)  # average or better
    page = person.open_area("Check your fall risk", "home_safety")
    for i, _ in enumerate(page.items):
        click(qtbot, page.asking.yes_button if i == 0 else page.asking.no_button)
    page = open_together(person)
    [block] = page.view.blocks
    assert block.found.text() == "Home safety: still to fix at home: 1."
    assert page.view.screen.text() == "You have not answered the questions about falls yet."
    click(qtbot, block.button)
    home = person.page
    assert home.steps.currentWidget() is home.list
    click(qtbot, home.list.rows["furniture_in_path"].done_button)
    page = open_together(person)
    assert page.view.blocks == []
    assert page.view.overall.text().startswith("Answer the questions about falls")


def test_a_helper_reads_it_in_their_words(person, qtbot):
    person.add_person("Ana", str(THIS_YEAR - 72))
    person.chair_stand(7)
    person.w.visit.set_caregiver(True)
    page = open_together(person)
    assert page.title.text() == "What their results say together"
    [block] = page.view.blocks
    assert "their age" in block.found.text()
    assert block.next_step.text().startswith("Help them start leg-strength exercises")


def test_a_guest_is_not_offered_it(person, qtbot):
    results = person.open_results()
    assert not results.list.together_button.isVisible()
