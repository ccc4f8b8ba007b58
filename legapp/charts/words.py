"""What each chart shows, in a few plain sentences made from the same numbers, for the
text beside it and for screen readers (no Qt)."""

from __future__ import annotations

from legapp.charts.disuse import StudyPoint
from legapp.charts.lifetime import Band, Kind


def _pct(x: float) -> str:
    return f"{round(x):g}%"


def _exact(x: float) -> str:
    """A study's own number, as it was published (3.5%, not 4%)."""
    return f"{round(x, 1):g}%"


def lifetime_summary(band: Band, kind: Kind, age: int | None) -> str:
    what = "muscle" if kind == "mass" else "leg strength"
    start, end = int(band.xs[0]), int(band.xs[-1])
    at60, at80 = band.at(60), band.at(80)
    text = (f"This chart shows how much of the {what} you had at {start} is usually left at each age. "
            f"At 60, it is about {_pct(at60[0])} to {_pct(at60[1])}. "
            f"At 80, it is about {_pct(at80[0])} to {_pct(at80[1])}. "
            f"By {end}, it is {_pct(band.low[-1])} to {_pct(band.high[-1])}.")
    if age is not None and band.xs[0] <= age <= band.xs[-1]:
        low, high = band.at(age)
        text += f" You are {age}: people your age usually have {_pct(low)} to {_pct(high)} left."
    return text


def disuse_summary(band: Band, points: tuple[StudyPoint, ...]) -> str:
    days = int(band.xs[-1])
    week = band.at(7)
    text = (f"This chart shows the muscle left after days in bed or in a cast, up to {days} days. "
            f"The loss is fastest in the first days, then it slows. After one week, about "
            f"{_pct(week[0])} to {_pct(week[1])} is left. ")
    text += " ".join(f"A study found {_exact(100 - p.left)} less {p.measure} after {p.day:g} days."
                     for p in points)
    return text


def results_summary(title: str, unit: str, xs_dates: list[str], ys: list[float], threshold: float | None,
                    risk_side: str | None) -> str:
    if not ys:
        return f"You have no {title} results yet. Do the test, and your results will show here."
    text = (f"{title}: {len(ys)} results. The latest, on {xs_dates[-1]}, is {ys[-1]:g} {unit}. ")
    if len(ys) > 1:
        change = ys[-1] - ys[0]
        text += (f"The first, on {xs_dates[0]}, was {ys[0]:g} {unit}. " if change else
                 f"It is the same as the first, on {xs_dates[0]}. ")
    if threshold is not None and risk_side is not None:
        side = "below" if risk_side == "below" else "at or above"
        text += f"A higher risk is {side} {threshold:g} {unit}."
    return text.strip()
