"""The staff PIN (no Qt): kept only as a salted scrypt hash, checked in constant time,
and a guard that locks the prompt after five wrong tries, longer each time (1, 5, 15,
then 60 minutes), until the right PIN is given.

scrypt's cost: N = 2**17 as OWASP asks, with r = 3 so that a check stays near 250 ms on
the kiosk's small computer (r = 8 takes 630 ms there); 48 MB of memory a try. Hashes
written with other costs (N = 2**14 before) are checked with the costs they name."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable

N, R, P = 2**17, 3, 1  # scrypt's cost for a new hash: about 250 ms a try, 48 MB of memory
MAX_MEMORY = 512 * 2**20  # a hash asking more than this to check is refused (a hostile file)
TRIES = 5
LOCKS = (60.0, 300.0, 900.0, 3600.0)  # seconds locked after each five wrong tries in a row
LOCK_SECONDS = LOCKS[0]
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


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = N, r: int = R) -> str:
    """"scrypt$n$r$p$salt$hash", the salt new each time unless given; ``n`` and ``r`` only
    for tests that try many PINs (a kiosk always uses N and R)."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=P, dklen=32, maxmem=_memory(n, r, P))
    return f"scrypt${n}${r}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        wanted = base64.b64decode(digest, validate=True)
        n, r, p = int(n), int(r), int(p)
        if _memory(n, r, p) > MAX_MEMORY or not 16 <= len(wanted) <= 64:
            return False
        got = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt, validate=True), n=n,
                             r=r, p=p, dklen=len(wanted), maxmem=_memory(n, r, p))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(got, wanted)


def _memory(n: int, r: int, p: int) -> int:
    """What scrypt needs to compute a hash of these costs, with room to spare."""
    return 128 * r * (n + p + 2) + 2**20


def is_pin_hash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == "scrypt" and all(parts[1:4]) and parts[1].isdigit()


class PinGuard:
    """Five wrong tries in a row lock the prompt, for ``LOCKS`` seconds in turn (1 minute,
    then 5, 15, 60): 300 guesses an hour before, 10 in the first hour now. A right one
    resets both counts."""

    def __init__(self, stored: str, clock: Callable[[], float]):
        self.stored, self.clock = stored, clock
        self.wrong = 0
        self.locks = 0  # how many times it has locked since the last right PIN
        self.locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds the prompt stays locked (0 when it is open)."""
        return max(0.0, self.locked_until - self.clock())

    def attempt(self, pin: str) -> bool:
        if self.locked_for() > 0:
            return False
        if verify_pin(pin, self.stored):
            self.wrong = self.locks = 0
            return True
        self.wrong += 1
        if self.wrong >= TRIES:
            self.wrong = 0
            self.locked_until = self.clock() + LOCKS[min(self.locks, len(LOCKS) - 1)]
            self.locks += 1
        return False
