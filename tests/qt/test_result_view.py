"""The result step alone: the way to the exercises ("Keep your legs strong") is offered
only with a result that suggests them, and asks for Route("act") by its signal."""

from __future__ import annotations

from legapp.checks.explain import Explanation

from .people import click

EXPLAINED = Explanation(title="Below average for your age", text="You stood up 8 times.",
                        next_step="You can find some in “Keep your legs strong”.", source="CDC STEADI",
                        score_text="8 stands")


def _result_view(qtbot):
    from legapp.qt.check.result_view import ResultView

    view = ResultView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def test_a_result_that_suggests_exercises_offers_the_way_to_them(qtbot):
    view = _result_view(qtbot)
    view.show_explanation(EXPLAINED, "Strength and power", exercises=True)
    assert view.exercises_button.isVisible()
    assert view.exercises_button.text() == "Keep your legs strong"  # as Home and the words name it
    with qtbot.waitSignal(view.exercises, timeout=1000):
        click(qtbot, view.exercises_button)


def test_a_result_that_does_not_has_no_such_button(qtbot):
    view = _result_view(qtbot)
    view.show_explanation(EXPLAINED, "Strength and power", exercises=True)
    view.show_explanation(EXPLAINED, "Strength and power")  # the next result: none suggested
    assert not view.exercises_button.isVisible()
    view.show_explanation(EXPLAINED, exercises=True)
    view.show_message("The test was stopped.")  # no score: nothing to act on
    assert not view.exercises_button.isVisible()
