"""Reading what a person types about themselves, with kind messages (no Qt)."""

from __future__ import annotations

from legapp.assess.scoring import MAX_AGE, MAX_CHAIR_STANDS, MIN_AGE
from legapp.i18n import translate


def _whole_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdecimal() and len(text) <= 4 else None  # not isdigit: "²" is a digit


def _whole_number_in(text: str, lowest: int, highest: int, *, empty: str, not_whole: str,
                     out_of_range: str) -> int:
    """``text`` as a whole number from ``lowest`` to ``highest``, or a ValueError with the
    message for what is wrong: nothing typed, not a whole number, or out of range."""
    if not text.strip():
        raise ValueError(empty)
    number = _whole_number(text)
    if number is None:
        raise ValueError(not_whole)
    if not lowest <= number <= highest:
        raise ValueError(out_of_range)
    return number


def check_age(text: str) -> int:
    """The age typed in a box, as a whole number of years, or a ValueError to show."""
    return _whole_number_in(
        text, MIN_AGE, MAX_AGE,
        empty=translate("Person", "Please type the age in years, for example 72."),
        not_whole=translate("Person", "Please type the age as a whole number of years, "
                            "for example 72."),
        out_of_range=translate("Person", "Please check the age. It should be from {youngest} to "
                               "{oldest} years.").format(youngest=MIN_AGE, oldest=MAX_AGE))


def check_count(text: str) -> int:
    """A number of stands typed after counting by hand, or a ValueError to show."""
    return _whole_number_in(
        text, 0, MAX_CHAIR_STANDS,
        empty=translate("Person", "Please type how many times they stood up, for example 11."),
        not_whole=translate("Person", "Please type the number of stands as a whole number, "
                            "for example 11."),
        out_of_range=translate("Person", "Please check the number. It should be from 0 to {most}.")
        .format(most=MAX_CHAIR_STANDS))
