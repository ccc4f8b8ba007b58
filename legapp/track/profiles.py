"""A person who keeps their results here (no Qt): a name or nickname, a year of birth and
a sex, the two things the norms depend on. What they type is checked with kind words."""

from __future__ import annotations

from dataclasses import dataclass

from legapp.assess.scoring import MAX_AGE, MIN_AGE
from legapp.i18n import translate

MAX_NAME = 40


@dataclass(frozen=True)
class Profile:
    id: int | None
    name: str
    birth_year: int
    sex: str  # "male" or "female"

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > MAX_NAME:
            raise ValueError(f"The name must be 1 to {MAX_NAME} letters.")
        if type(self.birth_year) is not int or not 1850 <= self.birth_year <= 2200:
            raise ValueError("The year of birth must be a year such as 1950.")
        if self.sex not in ("male", "female"):
            raise ValueError('Sex must be "male" or "female".')

    def age(self, this_year: int) -> int:
        """The age reached this year. With only the year of birth it can be one year more
        than today's age before the birthday; the norms' age bands are five years wide."""
        return this_year - self.birth_year


def check_profile(name: str, birth_year: str, sex: str | None, this_year: int,
                  profile_id: int | None = None) -> Profile:
    """A profile from what was typed, or a ValueError whose words can be shown as they are."""
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
    return Profile(profile_id, name, year, sex)
