"""The protein guide: type a weight in kilograms or pounds, see the grams a day and at
each meal, with the kidney note and the source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from legapp.act.protein import protein_plan, read_weight
from legapp.content.models import ContentPack
from legapp.content.render import fill_facts
from legapp.qt.page import ScrollPage
from legapp.qt.widgets import BigButton, ButtonRow, Message, label


def _choice(text: str) -> BigButton:
    button = BigButton(text)
    button.setObjectName("toggle")
    button.setCheckable(True)
    return button


class ProteinPage(ScrollPage):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(self.tr("How much protein?"), parent)
        self.pack = pack
        self.unit, self.meals = "kg", 3
        self.intro = label(fill_facts(self.tr(
            "Protein from food helps your muscles stay strong and grow back. Adults need about "
            "{{protein_per_kg}}. Older adults, and people who train, may need a little more. "
            "It works best spread over the day's meals."), pack.facts, pack.info), "stepNote")
        self.body.addWidget(self.intro)
        self.weight_label = label(self.tr("Your weight"), "question")
        self.body.addWidget(self.weight_label)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.weight = QLineEdit()
        self.weight.setObjectName("numberBox")
        self.weight.setMaxLength(6)
        self.weight.setAccessibleName(self.tr("Your weight"))
        self.weight.returnPressed.connect(self.work_out)
        self.kg_button = _choice(QCoreApplication.translate("ProteinPage", "kg"))
        self.lb_button = _choice(QCoreApplication.translate("ProteinPage", "pounds"))
        self.kg_button.setAccessibleName(self.tr("In kilograms"))
        self.lb_button.setAccessibleName(self.tr("In pounds"))
        for button, unit in ((self.kg_button, "kg"), (self.lb_button, "lb")):
            button.clicked.connect(lambda _=False, u=unit: self._unit(u))
        row.addWidget(self.weight)
        row.addWidget(self.kg_button)
        row.addWidget(self.lb_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.meals_label = label(self.tr("Meals a day"), "question")
        self.body.addWidget(self.meals_label)
        meals = ButtonRow()
        self.three, self.four = _choice(self.tr("3 meals")), _choice(self.tr("4 meals"))
        for button, count in ((self.three, 3), (self.four, 4)):
            button.clicked.connect(lambda _=False, n=count: self._meals(n))
            meals.addWidget(button)
        meals.addStretch(1)
        self.body.addWidget(meals)
        self.work_button = BigButton(self.tr("Work it out"), object_name="primary", on_click=self.work_out)
        self.message = Message()
        self.add_to_body(self.work_button, self.message)
        self.result, self.per_meal = self.add_labels("bigScore", "resultText")
        self.kidney = label(self.tr(
            "If you have kidney disease, ask your doctor before you eat more protein."), "safetyAdvice")
        self.body.addWidget(self.kidney)
        fact = pack.facts["protein_per_kg"]
        self.source = label(self.tr("Source: {0}").replace("{0}", pack.sources[fact.source].citation()),
                            "resultSource")
        self.body.addWidget(self.source)
        self.add_stretch()
        self._unit("kg")
        self._meals(3)
        self._clear()

    def _unit(self, unit: str) -> None:
        self.unit = unit
        self.kg_button.setChecked(unit == "kg")
        self.lb_button.setChecked(unit == "lb")
        if self.result.text():
            self.work_out()

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
        try:
            kg = read_weight(self.weight.text(), self.unit)
        except ValueError as exc:
            self._clear()
            self.message.say(str(exc))
            self.weight.setFocus()
            self.weight.selectAll()
            return
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

    def first_control(self) -> QWidget:
        return self.weight
