"""Focus as a screen-reader user meets it: Tab follows reading order on the screens whose
rows come later (My results' Delete buttons, See's chart choices), and a step change
moves focus once, straight to the new step's first control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from legapp.engine import FakeClock

from .conftest import settle
from .people import Person, answer_safety, click


def tab_chain(qtbot, start, until, most: int = 40) -> list:
    """Press Tab from ``start`` until ``until(widget)`` has focus: the widgets it went through."""
    start.setFocus()
    seen = [start]
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        seen.append(now)
        if until(now):
            return seen
    raise AssertionError(f"Tab never got there: {[w.accessibleName() or w.text() for w in seen]}")


def test_my_results_delete_buttons_come_before_the_report_buttons(qtbot, make_window):
    clock = FakeClock(1000.0)
    person = Person(qtbot, make_window(clock=clock), clock)
    person.add_person("Ana", "1950")
    for stands in (9, 11):
        person.chair_stand(stands)
    page = person.open_results()  # the rows are made as the page opens
    assert len(page.list.rows) == 2
    chain = tab_chain(qtbot, QApplication.focusWidget(), lambda w: w is page.list.report_button)
    deletes = [row.delete_button for row in page.list.rows]
    assert all(button in chain for button in deletes), [w.accessibleName() or w.text() for w in chain]


class FocusLog:
    """Every widget focus lands on, in order."""

    def __init__(self):
        self.landed = []
        QApplication.instance().focusChanged.connect(self._changed)

    def _changed(self, _old, new) -> None:
        if new is not None:
            self.landed.append(new)

    def stop(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._changed)


def test_a_step_change_moves_focus_once_straight_to_the_new_steps_first_control(person, qtbot):
    page = person.open("chair_stand_30s")
    safety = page.safety
    answer_safety(qtbot, safety, False)
    continue_button = safety.continue_button
    continue_button.setFocus()
    log = FocusLog()
    qtbot.keyClick(continue_button, Qt.Key.Key_Space)
    settle(qtbot)
    log.stop()
    first = page.steps.currentWidget().first_control
    assert page.steps.currentWidget() is not safety
    assert log.landed == [first], [w.accessibleName() or type(w).__name__ for w in log.landed]


def test_see_tab_goes_from_the_tabs_to_the_chart_then_its_choices_in_order(qtbot, make_window):
    clock = FakeClock(1000.0)
    person = Person(qtbot, make_window(clock=clock), clock)
    person.add_person("Ana", "1950")
    person.chair_stand(9)
    page = person.open_area("See the numbers")
    click(qtbot, page.tab_buttons["results"])  # its check's buttons are shown as it opens
    step = page.results
    shown = [b for b in step.test_buttons.values() if b.isVisible()]
    assert shown
    chain = tab_chain(qtbot, page.tab_buttons["lifetime"], lambda w: w is step.save_button)
    tabs = list(page.tab_buttons.values())
    assert chain[:len(tabs)] == tabs  # the tabs, left to right
    stops = chain[len(tabs):]
    assert stops[0] is step.chart  # then the chart (named, its summary as description)
    assert [w for w in stops if w in shown] == shown  # then its choices, before Save as picture
    assert stops.index(shown[-1]) < stops.index(step.save_button)


def test_kg_or_pounds_is_a_radio_group_arrows_move_space_chooses(make_window, qtbot):
    from PySide6.QtGui import QAccessible

    from legapp.navigation import Route

    w = make_window()
    w.go(Route("protein"))
    settle(qtbot)
    page = w.current_page
    kg, lb = page.kg_button, page.lb_button
    group = QAccessible.queryAccessibleInterface(kg).parent()
    assert group.text(QAccessible.Text.Name) == page.unit_label.text()
    assert QAccessible.queryAccessibleInterface(lb).role() == QAccessible.Role.RadioButton
    kg.setFocus()
    qtbot.keyClick(kg, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is lb
    assert page.unit == "kg"  # moving is not choosing
    qtbot.keyClick(lb, Qt.Key.Key_Space)
    assert page.unit == "lb"
    assert QApplication.focusWidget() is lb  # and focus stays on the answer
    assert QAccessible.queryAccessibleInterface(lb).state().checked


def test_the_programmes_fall_question_is_a_radio_group_named_by_it(make_window, qtbot):
    from PySide6.QtGui import QAccessible

    from legapp.navigation import Route

    w = make_window()
    w.go(Route("programme"))
    settle(qtbot)
    page = w.current_page
    for button in (page.care_yes, page.care_no):
        read = QAccessible.queryAccessibleInterface(button)
        assert read.role() == QAccessible.Role.RadioButton
        assert read.parent().text(QAccessible.Text.Name) == page.care_question.text()
