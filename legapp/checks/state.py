"""What the Check area remembers during one visit (no Qt): who is being tested, whether
their results are kept (a saved profile) or not (a guest), and whether a helper is
reading the screen. Nothing here is written to disk."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CheckState:
    caregiver: bool = False  # instructions are addressed to a helper ("Ask them to...")
    age: int | None = None
    sex: str | None = None  # "male" or "female"
    profile_id: int | None = None  # whose results are kept; None: a guest, nothing is kept
    name: str = ""

    def use_profile(self, profile_id: int, name: str, age: int, sex: str) -> None:
        """A saved person: their age and sex fill in the norms, their results are kept."""
        self.profile_id, self.name, self.age, self.sex = profile_id, name, age, sex

    def use_guest(self) -> None:
        """Anyone: age and sex are asked at the first test that needs them; nothing is kept."""
        self.profile_id, self.name, self.age, self.sex = None, "", None, None

    def forget(self) -> None:
        self.caregiver = False
        self.use_guest()
