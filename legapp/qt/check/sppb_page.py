"""The SPPB (CLINICAL.md 12): the balance test, the walk and five chair stands, in that
order, after one safety check; each part is kept as its own result, then the total (0-12)
with its three parts and the EWGSOP2 line (8 or less). Stopped part-way, the parts done
are kept and no total is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from legapp.assess import score_sppb
from legapp.checks.explain import explain, take_home_text
from legapp.qt.check.timed_check_page import TimedCheckPage

if TYPE_CHECKING:
    from legapp.content.models import ContentPack
    from legapp.qt.media import Media
    from legapp.visit import Visit

PARTS = ("balance_4stage", "walk_4m", "five_times_sts")


class SppbPage(TimedCheckPage):
    def __init__(self, pack: ContentPack, visit: Visit, media: Media, parent: QWidget | None = None):
        super().__init__(pack, visit, media, parent)
        self.part = 0
        self.part_raws: dict[str, dict] = {}
        self.part_results: dict[str, object] = {}
        self.sppb = None  # the total's result, once all three parts are done

    @property
    def title_words(self) -> str:
        return self.tr("Three tests together (SPPB)")

    def show_item(self, arg: str) -> None:
        self.part, self.part_raws, self.part_results, self.sppb = 0, {}, {}, None
        super().show_item(PARTS[0])
        self.set_title(self.title_words)

    def _after_company(self) -> None:
        if self.alone:  # the walk and the chair stands need someone to time them
            self.needs_helper.explain("walk_4m")
            self.go(self.needs_helper)
            return
        super()._after_company()

    def _to_setup(self, notice: str = "") -> None:
        if not notice and self.part:
            done = self.pack.protocol(PARTS[self.part - 1]).title
            notice = self.tr("Part {0} of 3 is done: {1}. Next: {2}.").replace("{0}", str(self.part)) \
                .replace("{1}", done).replace("{2}", self.protocol.title)
        super()._to_setup(notice)

    def _score(self, answers: dict) -> None:
        """A part is scored and kept as the test it is; after the last, the total."""
        scoring = self.protocol.scoring
        try:
            result = self.visit.score_run(scoring, self.raw or {}, answers)
        except ValueError as exc:
            self.result.show_message(str(exc))
            self.go(self.result)
            return
        raw = {**(self.raw or {}), **answers, "counted_by": self._counted_by(answers)}
        self.visit.keep(result, raw, self.pack.info.version)
        self.part_raws[scoring], self.part_results[scoring] = raw, result
        self.part += 1
        if self.part < len(PARTS):
            self.protocol = self.pack.protocol(PARTS[self.part])
            self.raw, self.walk = None, None
            self._after_safety()
            return
        self._total()

    def _total(self) -> None:
        balance, walk = self.part_raws["balance_4stage"], self.part_raws["walk_4m"]
        chair = self.part_results["five_times_sts"]
        chair_seconds = None if chair.meaning == "not_completed" else chair.score
        result = score_sppb(balance["held_seconds"], walk.get("seconds"), walk["metres"], chair_seconds)
        raw = {"balance_held": list(balance["held_seconds"]), "gait_seconds": walk.get("seconds"),
               "gait_metres": walk["metres"], "chair_seconds": chair_seconds,
               "balance_points": result.balance_points, "gait_points": result.gait_points,
               "chair_points": result.chair_points}
        explanation = explain(result, self.pack, self.tr("{score} of {max} points"), raw)
        self.set_title(self.title_words)
        self.result.show_explanation(explanation, "", exercises=explanation.exercises)
        self.result.show_kept(self.visit.keep(result, raw, self.pack.info.version), self.visit)
        if self.visit.take_home is not None:
            day = QLocale().toString(self.visit.today(), QLocale.FormatType.LongFormat)
            self.result.offer_take_home(take_home_text(self.title_words, explanation, day),
                                        self.visit.take_home)
        self.sppb = self.last_result = result
        self.go(self.result)



