"""What the Check area remembers during one visit (no Qt): who is being tested and
whether a helper is reading the screen. Nothing here is written to disk."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CheckState:
    caregiver: bool = False  # instructions are addressed to a helper ("Ask them to...")
    age: int | None = None
    sex: str | None = None  # "male" or "female"

    def forget(self) -> None:
        self.caregiver = False
        self.age = None
        self.sex = None
