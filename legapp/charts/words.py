"""What each chart shows, in a few plain sentences made from the same numbers, for the
text beside it and for screen readers (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from legapp.assess.display import shown_time
from legapp.i18n import number, percent, translate

if TYPE_CHECKING:
    from legapp.charts.disuse import StudyPoint
    from legapp.charts.lifetime import Band, Kind


def result_number(test: str | None, value: float) -> str:
    """A result as a chart shows it: a time never across the line it is judged by
    (11.996 s is not "12 seconds"), in the language's way of writing numbers."""
    if test in ("tug", "five_times_sts"):
        return number(shown_time(test, value), 3)
    return number(value, 2)


def _pct(x: float) -> str:
    return percent(x)


def _exact(x: float) -> str:
    """A study's own number, as it was published (3.5%, not 4%)."""
    return percent(x, 1)


def lifetime_summary(band: Band, kind: Kind, age: int | None) -> str:
    """The strength band starts later (at 70) than the muscle band: only the ages on the
    chart are spoken of."""
    start, end = int(band.xs[0]), int(band.xs[-1])
    if kind == "mass":
        shows = translate("ChartWords", "This chart shows how much of the muscle you had at {start} is "
                          "usually left at each age.")
    else:
        shows = translate("ChartWords", "This chart shows how much of the leg strength you had at {start} is "
                          "usually left at each age.")
    parts = [shows.format(start=start)]
    if start < 60:
        at60 = band.at(60)
        parts.append(translate("ChartWords", "At 60, it is about {low} to {high}.").format(
            low=_pct(at60[0]), high=_pct(at60[1])))
    if start < 80:
        at80 = band.at(80)
        parts.append(translate("ChartWords", "At 80, it is about {low} to {high}.").format(
            low=_pct(at80[0]), high=_pct(at80[1])))
    parts.append(translate("ChartWords", "By {end}, it is {low} to {high}.").format(
        end=end, low=_pct(band.low[-1]), high=_pct(band.high[-1])))
    if age is not None and band.xs[0] <= age <= band.xs[-1]:
        low, high = band.at(age)
        parts.append(translate("ChartWords", "You are {age}: people your age usually have {low} to {high} "
                               "left.").format(age=age, low=_pct(low), high=_pct(high)))
    return " ".join(parts)


def disuse_summary(band: Band, points: tuple[StudyPoint, ...]) -> str:
    """``points`` carry their measure ("muscle size") already in the person's language: the
    points drawn, then any finding said in words only (a strength loss)."""
    days = int(band.xs[-1])
    week = band.at(7)
    parts = [translate("ChartWords", "This chart shows the muscle left after days in bed or in a cast, up to "
                       "{days} days.").format(days=days),
             translate("ChartWords", "The loss is fastest in the first days, then it slows."),
             translate("ChartWords", "After one week, about {low} to {high} is left.").format(
                 low=_pct(week[0]), high=_pct(week[1]))]
    text = " ".join(parts) + " "
    text += " ".join(translate("ChartWords", "A study found {loss} less {measure} after {days} days.").format(
                         loss=_exact(100 - p.left), measure=p.measure, days=number(p.day))
                     for p in points)
    return text


def results_summary(title: str, unit: str, xs_dates: list[str], ys: list[float], threshold: float | None,
                    risk_side: str | None, test: str | None = None) -> str:
    """``title`` and ``unit`` ("stands", see legapp.charts.results.UNITS) in the person's
    language; ``test`` says which lines the numbers must never be shown across."""
    if not ys:
        return translate("ChartWords", "You have no {title} results yet. Do the test, and your results will "
                         "show here.").format(title=title)
    count = (translate("ChartWords", "{title}: 1 result.") if len(ys) == 1
             else translate("ChartWords", "{title}: {count} results."))
    parts = [count.format(title=title, count=len(ys)),
             translate("ChartWords", "The latest, on {date}, is {value} {unit}.").format(
                 date=xs_dates[-1], value=result_number(test, ys[-1]), unit=unit)]
    if len(ys) > 1:
        if ys[-1] - ys[0]:
            parts.append(translate("ChartWords", "The first, on {date}, was {value} {unit}.").format(
                date=xs_dates[0], value=result_number(test, ys[0]), unit=unit))
        else:
            parts.append(translate("ChartWords", "It is the same as the first, on {date}.").format(
                date=xs_dates[0]))
    if threshold is not None and risk_side is not None:
        if risk_side == "below":
            risk = translate("ChartWords", "A higher risk is below {value} {unit}.")
        else:
            risk = translate("ChartWords", "A higher risk is at or above {value} {unit}.")
        parts.append(risk.format(value=number(threshold, 2), unit=unit))
    return " ".join(parts).strip()
