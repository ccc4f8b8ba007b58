"""Scoring walking speed and the Short Physical Performance Battery (CLINICAL.md 11-12).

Every number comes from norms.yaml. Bad input raises ValueError with words a person may
see (the times and lengths come from what a helper tapped or typed).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence

from legapp.assess.norms import Norms
from legapp.assess.results import GaitSpeedResult, SppbResult, Threshold
from legapp.assess.scoring import _cited, _norms, score_balance_4stage
from legapp.i18n import translate

__all__ = ["score_gait_speed", "score_sppb"]

MAX_WALK_SECONDS = 600.0  # ten minutes for a few metres: a clock left running, not a walk
MAX_COURSE_METRES = 50.0
MAX_CHAIR_SECONDS = 600.0


def _time(value: object, longest: float) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise ValueError(translate("Scoring", "The time must be a number of seconds."))
    seconds = float(value)
    if seconds <= 0:
        raise ValueError(translate("Scoring", "The time must be more than 0 seconds."))
    if seconds > longest:
        raise ValueError(translate("Scoring", "The time cannot be more than {longest} seconds.")
                         .format(longest=f"{longest:g}"))
    return seconds


def _course(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)) \
            or not 0 < float(value) <= MAX_COURSE_METRES:
        raise ValueError(translate("Scoring", "The length of the walk must be a number of metres from "
                                   "more than 0 to {longest}.").format(longest=f"{MAX_COURSE_METRES:g}"))
    return float(value)


def score_gait_speed(seconds: float, metres: float, *, norms: Norms | None = None) -> GaitSpeedResult:
    """A usual-pace walk of ``metres`` in ``seconds`` (the faster of the tries).

    Speed = metres / seconds; 0.8 m/s or less = low physical performance (EWGSOP2). SPPB
    gait points from the 4 m table for a 4 m course, the 3 m table for 3 m, else None.
    """
    seconds, metres = _time(seconds, MAX_WALK_SECONDS), _course(metres)
    n = _norms(norms)
    gait = n.gait_speed
    cut = gait.low_performance_ewgsop2
    speed = metres / seconds
    threshold = Threshold(measure="speed_m_s", op="<=", value=cut.speed_m_s_or_less)
    # metres / seconds in binary can land a hair above a line it meets exactly (4 / 5 = 0.8).
    low = speed <= cut.speed_m_s_or_less or math.isclose(speed, cut.speed_m_s_or_less, abs_tol=1e-9)
    table = gait.points_table(metres)
    sppb = _cited(n, table) if table is not None else {"source": None, "status": None}
    return GaitSpeedResult(
        test="walk_4m", at_risk=low, score=speed, threshold=threshold,
        meaning="low_performance" if low else "no_low_performance", seconds=seconds, metres=metres,
        speed_m_s=speed, low_performance=low,
        sppb_points=None if table is None else table.points_for(seconds),
        sppb_source=sppb["source"], sppb_status=sppb["status"], **_cited(n, cut))


def _could_not(value: object) -> bool:
    return value is None


def score_sppb(balance_held: Sequence[float] | None, gait_seconds: float | None, gait_metres: float,
               chair_seconds: float | None, *, norms: Norms | None = None) -> SppbResult:
    """The SPPB total (0-12): balance points + gait points + chair-stand points.

    ``balance_held``: seconds held in each balance stage, as for score_balance_4stage.
    ``gait_seconds``: the faster walk over ``gait_metres`` (4 or 3). ``chair_seconds``: the
    time of five rises. None = the person could not do that part (0 points); five rises
    over 60 s score 0 too. 8 or less = low physical performance (EWGSOP2).
    """
    n = _norms(norms)
    metres = _course(gait_metres)
    table = n.gait_speed.points_table(metres)
    if table is None:
        courses = " or ".join(f"{t.metres:g}" for t in n.gait_speed.sppb_points)
        raise ValueError(translate("Scoring", "The SPPB walk is {courses} metres long.")
                         .format(courses=courses))
    if balance_held is None or (isinstance(balance_held, Sequence)
                                and not isinstance(balance_held, str | bytes) and len(balance_held) == 0):
        balance = 0
    else:
        balance = score_balance_4stage(balance_held, norms=n).sppb_points
    gait = 0 if _could_not(gait_seconds) else table.points_for(_time(gait_seconds, MAX_WALK_SECONDS))
    sppb = n.sppb
    chair = 0 if _could_not(chair_seconds) else \
        sppb.chair_points.points_for(_time(chair_seconds, MAX_CHAIR_SECONDS))
    total = balance + gait + chair
    cut = sppb.low_performance_ewgsop2
    threshold = Threshold(measure="total", op="<=", value=cut.total_or_less)
    low = threshold.met_by(total)
    points = _cited(n, sppb.chair_points)
    return SppbResult(
        test="sppb", at_risk=low, score=total, threshold=threshold,
        meaning="low_performance" if low else "no_low_performance", total=total, balance_points=balance,
        gait_points=gait, chair_points=chair, max_score=sppb.max_total, low_performance=low,
        points_source=points["source"], points_status=points["status"], **_cited(n, cut))
