"""A scored result in plain words: the pack's text for its meaning, with the numbers
of this result filled in (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legapp.assess.display import shown_time, shown_value
from legapp.checks.findings import findings
from legapp.content.check_models import SINGLE_BRACE
from legapp.content.render import fill_facts, format_number
from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.assess import Result
    from legapp.content.models import ContentPack


@dataclass(frozen=True)
class Explanation:
    title: str
    text: str
    next_step: str
    source: str
    score_text: str  # the score as shown big: "12 stands", "9.4 seconds", "5 of 14"
    exercises: bool = False  # the pack says this result suggests exercises (results.yaml)


def _values(result: Result, pack: ContentPack) -> dict[str, str]:
    info = pack.info

    def num(x: float, digits: int = 1) -> str:
        return format_number(round(float(x), digits), info)

    threshold = num(result.threshold.value) if result.threshold is not None else ""
    test = result.test
    if test in ("five_times_sts", "tug"):
        # Never shown across a line it is judged by: 11.96 s stays under 12 s.
        seconds = "" if result.score is None else format_number(shown_time(test, result.score), info)
        return {"seconds": seconds, "threshold": threshold}
    if test == "chair_stand_30s":
        values = {"count": num(result.score), "threshold": threshold}
        if result.age_band:
            values["ages"] = info.range_format.format(low=result.age_band[0], high=result.age_band[1])
        if result.band:
            values.update(band_low=num(result.band.low), band_high=num(result.band.high))
        return values
    if test == "balance_4stage":
        tandem = result.held_seconds[2] if len(result.held_seconds) > 2 else 0
        return {"stages_held": num(result.stages_held), "tandem_seconds": num(tandem)}
    if test == "walk_4m":
        if result.score is None:
            return {}
        speed = shown_value(result.speed_m_s, [result.threshold], digits=2)
        return {"speed": format_number(speed, info), "threshold": threshold,
                "points": num(result.sppb_points or 0),
                "seconds": format_number(round(result.seconds, 2), info), "metres": num(result.metres)}
    if test == "sppb":
        return {"total": num(result.score), "threshold": threshold, "max": num(result.max_score),
                "balance_points": num(result.balance_points), "gait_points": num(result.gait_points),
                "chair_points": num(result.chair_points)}
    if test == "short_fes_i":
        return {"total": num(result.score), "min": num(result.min_score), "max": num(result.max_score)}
    if test == "key_questions":
        return {"total": num(result.score)}
    return {"total": num(result.score), "threshold": threshold, "max": num(result.max_score)}


def explain(result: Result, pack: ContentPack, score_format: str,
            raw: Mapping[str, Any] | None = None) -> Explanation:
    """``score_format`` is the UI's pattern for the big score line, e.g. "{score} stands";
    ``raw`` what was measured and answered (for what the result also says: see findings)."""
    words = pack.results[result.test][result.meaning]
    values = _values(result, pack)
    raw = raw or {}
    further = findings(result.test, result.score, raw, pack.info)

    def fill(text: str) -> str:
        text = fill_facts(text, pack.facts, pack.info)
        return SINGLE_BRACE.sub(lambda m: values.get(m.group(1), m.group(0)), text)

    shown = ("count", "speed", "seconds", "total", "stages_held")
    score = next((values[k] for k in shown if values.get(k)), "")
    if raw.get("over_limit") is True:  # a TUG the timer stopped: the time is at least this
        score_format = translate("Explain", "More than {score} seconds")
    return Explanation(
        title=fill(words.title),
        text="\n\n".join([fill(words.text), *(f.text for f in further)]),
        next_step=fill(words.next_step),
        source="; ".join(dict.fromkeys([result.source, *(f.source for f in further if f.source)])),
        score_text=score_format.replace("{score}", score).replace("{max}", values.get("max", "")),
        exercises=words.exercises,
    )


def take_home_text(test_title: str, explanation: Explanation, day: str) -> str:
    """The result in plain text, short enough for a QR code a phone reads, to take home
    from a kiosk that keeps nothing."""
    next_step = translate("Explain", "Next: {next_step}").format(next_step=explanation.next_step)
    note = translate("Explain", "This is education, not a diagnosis. Talk to your doctor or nurse about it.")
    return (f"legapp, {day}\n{test_title}: {explanation.score_text}\n{explanation.title}\n"
            f"{explanation.text}\n{next_step}\n{note}")
