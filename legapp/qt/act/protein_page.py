"""The protein guide: choose kilograms or pounds (remembered), type a weight, see the
grams a day and at each meal, with the kidney note and the source.

Switching the unit converts the number already typed (70 kg becomes 154 pounds). A number
in the kilograms box that is more likely pounds is asked about first ("Did you mean
pounds?"), so 154 pounds is never read as 154 kg."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from legapp.act.protein import MAX_KG, MIN_KG, Unit, convert_weight, may_be_pounds, protein_plan, read_weight
from legapp.content.render import fill_facts
from legapp.qt.accessible import announce, radio_buttons
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, ButtonRow, Message, button_row, label

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.visit import Visit


def _choice(text: str) -> BigButton:
    button = BigButton(text)
    button.setObjectName("toggle")
    button.setCheckable(True)
    return button


class ProteinPage(ScrollPage):
    """``visit`` remembers the unit chosen (None: kilograms, not remembered)."""

    def __init__(self, pack: ContentPack, visit: Visit | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("How much protein?"), parent)
        self.pack, self.visit = pack, visit
        self.unit: Unit = visit.settings.weight_unit if visit is not None else "kg"
        self.meals = 3
        # The number the page wrote on switching the unit, the exact weight behind it (kg)
        # and the number it replaced: switching back brings back what was typed.
        self._converted: tuple[str, float, str] | None = None
        self._kept_kg = ""  # a number the person said is kilograms after all: not asked again
        self.intro = label(fill_facts(self.tr(
            "Protein from food helps your muscles stay strong and grow back. Adults need about "
            "{{protein_per_kg}}. Older adults, and people who train, may need a little more. "
            "It works best spread over the day's meals."), pack.facts, pack.info), "stepNote")
        self.body.addWidget(self.intro)
        self.unit_label = label(self.tr("Do you weigh yourself in kilograms or in pounds?"), "question")
        self.body.addWidget(self.unit_label)
        self.kg_button = _choice(self.tr("kg"))
        self.lb_button = _choice(self.tr("pounds"))
        self.kg_button.setAccessibleName(self.tr("In kilograms"))
        self.lb_button.setAccessibleName(self.tr("In pounds"))
        for button, unit in ((self.kg_button, "kg"), (self.lb_button, "lb")):
            button.clicked.connect(lambda _=False, u=unit: self.choose_unit(u))
        self.body.addWidget(radio_buttons(button_row(self.kg_button, self.lb_button), self.unit_label.text(),
                                          (self.kg_button, self.lb_button)))
        self.weight_label = label(self.tr("Your weight"), "question")
        self.body.addWidget(self.weight_label)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.weight = QLineEdit()
        self.weight.setObjectName("numberBox")
        self.weight.setMaxLength(6)
        self.weight.returnPressed.connect(self.work_out)
        self.weight.textEdited.connect(lambda _text: self._hide_question())
        self.unit_shown = label("", "question")  # "kg" or "pounds", beside the number
        row.addWidget(self.weight)
        row.addWidget(self.unit_shown)
        row.addStretch(1)
        self.body.addLayout(row)
        self.meals_label = label(self.tr("Meals a day"), "question")
        self.body.addWidget(self.meals_label)
        self.three, self.four = _choice(self.tr("3 meals")), _choice(self.tr("4 meals"))
        for button, count in ((self.three, 3), (self.four, 4)):
            button.clicked.connect(lambda _=False, n=count: self._meals(n))
        self.body.addWidget(radio_buttons(button_row(self.three, self.four), self.meals_label.text(),
                                          (self.three, self.four)))
        self.work_button = BigButton(self.tr("Work it out"), object_name="primary", on_click=self.work_out)
        self.message = Message()
        self.add_to_body(self.message)
        self.outer.addWidget(self.work_button)  # under the scrolling words: always in sight
        # "Did you mean pounds?", before the answer, for a number over the line in the kg box
        self.question = label("", "resultTitle")
        self.body.addWidget(self.question)
        self.answers = ButtonRow()
        self.pounds_button = BigButton(object_name="primary", on_click=lambda: self._answer("lb"))
        self.keep_kg_button = BigButton(on_click=lambda: self._answer("kg"))
        self.answers.addWidget(self.pounds_button)
        self.answers.addWidget(self.keep_kg_button)
        self.answers.addStretch(1)
        self.body.addWidget(self.answers)
        self.result, self.per_meal = self.add_labels("bigScore", "resultText")
        self.kidney = label(self.tr(
            "If you have kidney disease, ask your doctor before you eat more protein."), "safetyAdvice")
        self.body.addWidget(self.kidney)
        fact = pack.facts["protein_per_kg"]
        self.source = label(self.tr("Source: {0}").replace("{0}", pack.sources[fact.source].citation()),
                            "resultSource")
        self.body.addWidget(self.source)
        self.add_stretch()
        self._show_unit()
        self._meals(3)
        self._hide_question()
        self._clear()

    # the unit -------------------------------------------------------------------
    def choose_unit(self, unit: Unit) -> None:
        """The person taps kg or pounds: the number typed is converted, not read again."""
        if self.asking:  # the unit row answers "Did you mean pounds?" too
            self._answer(unit)
            return
        if unit != self.unit:
            self._convert(unit)
            self._set_unit(unit)
        self._show_unit()
        if self.result.text():
            self.work_out()

    def _convert(self, unit: Unit) -> None:
        text = self.weight.text()
        if self._converted is not None and text == self._converted[0]:
            shown, kg, before = self._converted
            self.weight.setText(before)
            self._converted = (before, kg, shown)
            return
        converted = convert_weight(text, unit)
        if converted is None:  # no number to convert: the words typed stay, and are told about
            self._converted = None
            return
        shown, kg = converted
        self.weight.setText(shown)
        self._converted = (shown, kg, text)

    def _set_unit(self, unit: Unit) -> None:
        self.unit = unit
        if self.visit is not None:
            self.visit.remember(weight_unit=unit)

    def _show_unit(self) -> None:
        self.kg_button.setChecked(self.unit == "kg")
        self.lb_button.setChecked(self.unit == "lb")
        self.unit_shown.setText(self.tr("kg") if self.unit == "kg" else self.tr("pounds"))
        self.weight.setAccessibleName(self.tr("Your weight in kilograms") if self.unit == "kg"
                                      else self.tr("Your weight in pounds"))

    # "Did you mean pounds?" -----------------------------------------------------------
    @property
    def asking(self) -> bool:
        return not self.question.isHidden()

    def _ask_pounds(self, text: str) -> None:
        number = text.strip()
        self._clear()
        self.message.hide()
        self.question.setText(self.tr("Did you mean pounds? You typed {0} in the kilograms box.")
                              .replace("{0}", number))
        self.question.setAccessibleName(self.question.text())
        self.pounds_button.setText(self.tr("Yes, {0} pounds").replace("{0}", number))
        self.keep_kg_button.setText(self.tr("No, {0} kg").replace("{0}", number))
        self.pounds_button.setAccessibleDescription(self.question.text())  # heard with the button
        for widget in (self.question, self.answers):
            widget.show()
        self._focus_soon(self.pounds_button)  # once laid out, so it scrolls into sight

    def _answer(self, unit: Unit) -> None:
        """Yes, pounds: the same number, now in pounds. No: it is kilograms; not asked again."""
        self._hide_question()
        if unit == "lb":
            self._converted = None
            self._set_unit("lb")
            self._show_unit()
        else:
            self._kept_kg = self.weight.text()
        self.work_out()
        self.weight.setFocus()

    def _hide_question(self) -> None:
        for widget in (self.question, self.answers):
            widget.hide()

    # the answer -------------------------------------------------------------------
    def _meals(self, count: int) -> None:
        self.meals = count
        self.three.setChecked(count == 3)
        self.four.setChecked(count == 4)
        if self.result.text():
            self.work_out()

    def _clear(self) -> None:
        for widget in (self.result, self.per_meal):
            widget.clear()
            widget.hide()

    def work_out(self) -> None:
        text = self.weight.text()
        self._hide_question()
        written = self._converted is not None and text == self._converted[0]  # the page's own number
        if not written and text != self._kept_kg and may_be_pounds(text, self.unit):
            self._ask_pounds(text)
            return
        try:
            kg = read_weight(text, self.unit)
        except ValueError as exc:
            self._clear()
            self.message.say(str(exc))
            self.weight.setFocus()
            self.weight.selectAll()
            return
        if written and MIN_KG <= self._converted[1] <= MAX_KG:
            kg = self._converted[1]  # exactly what was typed before the unit was switched
        plan = protein_plan(kg, self.pack.facts, self.meals)
        self.message.hide()
        self.result.setText(self.tr("{0} to {1} grams of protein a day").replace(
            "{0}", str(plan.low_g)).replace("{1}", str(plan.high_g)))
        self.per_meal.setText(self.tr("That is about {0} to {1} grams at each of your {2} meals.").replace(
            "{0}", str(plan.per_meal_low_g)).replace("{1}", str(plan.per_meal_high_g)).replace(
            "{2}", str(plan.meals)))
        for widget in (self.result, self.per_meal):
            widget.setAccessibleName(widget.text())
            widget.show()
        announce(self.result, f"{self.result.text()}. {self.per_meal.text()}")  # focus stays in the box

    def first_control(self) -> QWidget:
        return self.weight
