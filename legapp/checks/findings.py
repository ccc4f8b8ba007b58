"""What a result also says, beyond its main line (no Qt): a second cut-off it reached,
or an answer that is a reason to see a doctor by itself. Shown under the result on
screen and in the report, worked out from the stored score and answers, so the two can
never disagree.

- Five stands taking more than 15 s: low leg strength (EWGSOP2, CLINICAL sections 4, 7),
  apart from the falls line (15 s or more).
- A chair stand that needed the arms (a score of 0): a reason to talk to a doctor about
  leg strength, at any age.
- A checklist under 4 points with a fall in the past year: STEADI counts a fall in the
  past year as reason enough to talk to a doctor (CLINICAL section 14).
- A TUG stopped by the timer: the time is well past the 12-second line.
- A walk on a 4 m or 3 m course: its SPPB gait points (CLINICAL section 11).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legapp.assess import load_norms
from legapp.content.render import format_number
from legapp.i18n import translate

if TYPE_CHECKING:
    from legapp.content.models import PackInfo

__all__ = ["Finding", "findings"]


@dataclass(frozen=True)
class Finding:
    text: str
    source: str = ""  # the citation of the rule it comes from, for the source line


def findings(test: str, score: float | None, raw: Mapping[str, Any], info: PackInfo) -> list[Finding]:
    """The further findings of one result, in the person's language (may be empty)."""
    norms = load_norms()

    def number(x: float) -> str:
        return format_number(x, info)

    found: list[Finding] = []
    if test == "five_times_sts" and score is not None:
        rule = norms.five_times_sts.low_strength_ewgsop2
        if rule.threshold().met_by(score):
            found.append(Finding(translate(
                "Findings", "Taking more than {seconds} seconds to stand up five times also means "
                "low leg strength. Doctors call this probable sarcopenia (EWGSOP2). It is a good "
                "reason to talk to your doctor about your legs."
            ).format(seconds=number(rule.threshold().value)), norms.sources[rule.source].citation))
    elif test == "chair_stand_30s" and raw.get("arms") is True:
        found.append(Finding(translate(
            "Findings", "Needing your arms to stand up is a reason by itself to talk to your doctor "
            "about your leg strength, at any age.")))
    elif test == "stay_independent":
        answers = raw.get("answers", {})
        limit = norms.stay_independent.at_risk_total_or_more
        if (score is not None and score < limit and isinstance(answers, Mapping)
                and answers.get("fallen_past_year") is True):
            found.append(Finding(translate(
                "Findings", "You fell in the past year. That alone is reason enough to talk to your "
                "doctor about falls, whatever the total (CDC STEADI)."),
                norms.sources[norms.stay_independent.source].citation))
    elif test == "walk_4m" and raw.get("seconds") is not None and raw.get("metres") is not None:
        from legapp.assess import score_gait_speed

        walk = score_gait_speed(raw["seconds"], raw["metres"])
        if walk.sppb_points is not None:
            found.append(Finding(translate(
                "Findings", "In the SPPB, a set of three tests doctors use, this walk scores {points} of "
                "4 points."
            ).format(points=number(walk.sppb_points)), walk.sppb_source or ""))
    elif test == "tug" and raw.get("over_limit") is True:
        line = norms.tug.at_risk.threshold().value
        found.append(Finding(translate(
            "Findings", "The timer stopped before \u201cSeated\u201d was pressed. That time is well "
            "past the {line}-second line, so walking and balance need a closer look."
        ).format(line=number(line))))
    return found
