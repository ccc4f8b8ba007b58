"""Reading what a person types about themselves, with kind messages (no Qt)."""

from __future__ import annotations

from legapp.assess.scoring import MAX_AGE, MAX_CHAIR_STANDS, MIN_AGE
from legapp.i18n import translate


def _whole_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdecimal() and len(text) <= 4 else None  # not isdigit: "²" is a digit


def check_age(text: str) -> int:
    """The age typed in a box, as a whole number of years, or a ValueError to show."""
    if not text.strip():
        raise ValueError(translate("Person", "Please type the age in years, for example 72."))
    age = _whole_number(text)
    if age is None:
        raise ValueError(translate("Person", "Please type the age as a whole number of years, "
                                   "for example 72."))
    if not MIN_AGE <= age <= MAX_AGE:
        raise ValueError(translate("Person", "Please check the age. It should be from {youngest} to "
                                   "{oldest} years.").format(youngest=MIN_AGE, oldest=MAX_AGE))
    return age


def check_count(text: str) -> int:
    """A number of stands typed after counting by hand, or a ValueError to show."""
    if not text.strip():
        raise ValueError(translate("Person", "Please type how many times they stood up, for example 11."))
    count = _whole_number(text)
    if count is None:
        raise ValueError(translate("Person", "Please type the number of stands as a whole number, "
                                   "for example 11."))
    if count > MAX_CHAIR_STANDS:
        raise ValueError(translate("Person", "Please check the number. It should be from 0 to {most}.")
                         .format(most=MAX_CHAIR_STANDS))
    return count
