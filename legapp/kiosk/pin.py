"""The staff PIN (no Qt): kept only as a salted scrypt hash, checked in constant time,
and a guard that locks the prompt for a minute after five wrong tries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable

N, R, P = 2**14, 8, 1  # scrypt's cost: about 50 ms a try, 16 MB of memory
TRIES, LOCK_SECONDS = 5, 60.0
MIN_DIGITS, MAX_DIGITS = 4, 12


def check_new_pin(pin: str) -> str:
    """A PIN a staff member chose, or a ValueError to show them."""
    if not (pin.isdecimal() and pin.isascii()) or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValueError(f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits.")
    if len(set(pin)) == 1:
        raise ValueError("Please choose a PIN that is not the same digit again and again.")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """"scrypt$n$r$p$salt$hash", the salt new each time unless given (tests)."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        wanted = base64.b64decode(digest, validate=True)
        got = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt, validate=True), n=int(n),
                             r=int(r), p=int(p), dklen=len(wanted))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, wanted)


def is_pin_hash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == "scrypt" and all(parts[1:4]) and parts[1].isdigit()


class PinGuard:
    """Five wrong tries in a row lock the prompt for a minute; a right one resets the count."""

    def __init__(self, stored: str, clock: Callable[[], float]):
        self.stored, self.clock = stored, clock
        self.wrong = 0
        self.locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds the prompt stays locked (0 when it is open)."""
        return max(0.0, self.locked_until - self.clock())

    def attempt(self, pin: str) -> bool:
        if self.locked_for() > 0:
            return False
        if verify_pin(pin, self.stored):
            self.wrong = 0
            return True
        self.wrong += 1
        if self.wrong >= TRIES:
            self.wrong = 0
            self.locked_until = self.clock() + LOCK_SECONDS
        return False
