"""A person who keeps their results here (no Qt): a name or nickname, a date of birth
(the year, and the month and day if they give them) and a sex, the two things the norms
depend on. What they type is checked with kind words.

Age is the age on the day of the test. Before a person's birthday they are a year younger
than ``this year - birth year``, which at a band edge flips a verdict (a man of 64 with
12 stands is below average; as "65" he would not be), so where the day cannot tell, the
app asks ("Have you had your birthday this year?") and never guesses.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from legapp.assess.scoring import MAX_AGE, MIN_AGE
from legapp.i18n import translate

MAX_NAME = 40


@dataclass(frozen=True)
class Profile:
    id: int | None
    name: str
    birth_year: int
    sex: str  # "male" or "female"
    birth_month: int | None = None  # 1-12; None: not given (profiles made before it was asked)
    birth_day: int | None = None  # only with a month

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > MAX_NAME:
            raise ValueError(f"The name must be 1 to {MAX_NAME} letters.")
        if type(self.birth_year) is not int or not 1850 <= self.birth_year <= 2200:
            raise ValueError("The year of birth must be a year such as 1950.")
        if self.sex not in ("male", "female"):
            raise ValueError('Sex must be "male" or "female".')
        if self.birth_month is not None and (type(self.birth_month) is not int
                                             or not 1 <= self.birth_month <= 12):
            raise ValueError("The month of birth must be from 1 to 12.")
        if self.birth_day is not None:
            if self.birth_month is None or type(self.birth_day) is not int:
                raise ValueError("A day of birth goes with a month.")
            # 29 February is allowed in any year: the year may be typed before the day.
            if not 1 <= self.birth_day <= calendar.monthrange(2000, self.birth_month)[1]:
                raise ValueError("That day is not in that month.")

    def age_on(self, day: date, had_birthday: bool | None = None) -> int | None:
        """The age on ``day`` in whole years, or None where the date of birth cannot tell
        (no month, or the birth month without a day) and ``had_birthday`` (the person's own
        answer for this year) is not given."""
        reached = day.year - self.birth_year  # the age once this year's birthday has come
        if self.birth_month is not None and day.month != self.birth_month:
            return reached if day.month > self.birth_month else reached - 1
        if self.birth_month is not None and self.birth_day is not None:
            return reached if day.day >= self.birth_day else reached - 1
        if had_birthday is None:
            return None
        return reached if had_birthday else reached - 1


def check_profile(name: str, birth_year: str, sex: str | None, this_year: int,
                  profile_id: int | None = None, *, birth_month: int | None = None,
                  birth_day: str = "", today: date | None = None) -> Profile:
    """A profile from what was typed, or a ValueError whose words can be shown as they are.
    ``birth_month`` (1-12) and ``birth_day`` (typed) may be left out. With ``today``, the
    age checked is the age on that day (both ages it may be, where the date cannot tell)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("Profiles", "Please type a name or a nickname."))
    if len(name) > MAX_NAME:
        raise ValueError(translate("Profiles", "Please use a shorter name, up to {most} letters.")
                         .format(most=MAX_NAME))
    text = birth_year.strip()
    if not (text.isdecimal() and len(text) == 4):
        raise ValueError(translate("Profiles", "Please type the year of birth with four numbers, "
                                   "for example 1950."))
    year = int(text)
    if not MIN_AGE <= this_year - year <= MAX_AGE:
        raise ValueError(translate("Profiles", "Please check the year of birth. The age must be from "
                                   "{youngest} to {oldest}.").format(youngest=MIN_AGE, oldest=MAX_AGE))
    if sex not in ("male", "female"):
        raise ValueError(translate("Profiles", "Please choose woman or man."))
    day = None
    if birth_day.strip():
        if birth_month is None:
            raise ValueError(translate("Profiles", "Please choose the month first, then the day."))
        text = birth_day.strip()
        longest = calendar.monthrange(2000, birth_month)[1]
        if not (text.isdecimal() and len(text) <= 2 and 1 <= int(text) <= longest):
            raise ValueError(translate("Profiles", "Please type the day of the month as a number from 1 "
                                       "to {most}, or leave it empty.").format(most=longest))
        day = int(text)
    profile = Profile(profile_id, name, year, sex, birth_month, day)
    if today is not None:
        known = profile.age_on(today)
        ages = {known} if known is not None else {today.year - year - 1, today.year - year}
        if not all(MIN_AGE <= age <= MAX_AGE for age in ages):
            raise ValueError(translate("Profiles", "Please check the year of birth. The age must be from "
                                       "{youngest} to {oldest}.").format(youngest=MIN_AGE, oldest=MAX_AGE))
    return profile
