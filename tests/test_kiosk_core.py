"""Kiosk mode's core, no Qt: the staff PIN (hashed, guarded), when a session is idle, and
the centre's settings file with its field-naming messages."""

from __future__ import annotations

import os

import pytest

from legapp.engine import FakeClock
from legapp.kiosk.config import KioskConfig, KioskConfigError, load_config, write_config
from legapp.kiosk.idle import IdleWatch
from legapp.kiosk.pin import LOCK_SECONDS, TRIES, PinGuard, check_new_pin, hash_pin, verify_pin

HASH = hash_pin("2468", salt=b"0123456789abcdef", n=2**10)  # cheap: these tests try many PINs


def test_the_pin_is_kept_only_as_a_salted_hash():
    stored = hash_pin("2468")
    assert "2468" not in stored
    assert stored.startswith("scrypt$")
    assert stored != hash_pin("2468")  # a new salt each time
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("2468", "not a hash")
    assert not verify_pin("2468", "scrypt$1$2$3$@@$@@")


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "1111", "", "١٢٣٤"])
def test_a_weak_or_odd_pin_is_refused(pin):
    with pytest.raises(ValueError, match="PIN"):
        check_new_pin(pin)
    assert check_new_pin("2468") == "2468"


def test_five_wrong_tries_lock_the_prompt_for_a_minute():
    clock = FakeClock(100.0)
    guard = PinGuard(HASH, clock.now)
    for _ in range(TRIES - 1):
        assert not guard.attempt("0000")
    assert guard.locked_for() == 0
    assert not guard.attempt("0000")  # the fifth
    assert guard.locked_for() == LOCK_SECONDS
    assert not guard.attempt("2468")  # even the right PIN waits
    clock.advance(LOCK_SECONDS - 1)
    assert not guard.attempt("2468")
    clock.advance(1)
    assert guard.attempt("2468")


def test_a_right_pin_resets_the_count_of_wrong_ones():
    guard = PinGuard(HASH, FakeClock().now)
    for _ in range(TRIES - 1):
        guard.attempt("0000")
    assert guard.attempt("2468")
    for _ in range(TRIES - 1):
        guard.attempt("0000")
    assert guard.locked_for() == 0


def test_idle_then_asking_then_wiped():
    clock = FakeClock()
    watch = IdleWatch(120, 20, clock.now)
    clock.advance(119.9)
    assert watch.stage() == "active"
    watch.touched()  # a touch starts the count again
    clock.advance(120)
    assert watch.stage() == "asking"
    assert watch.seconds_left() == pytest.approx(20)
    assert watch.next_change() == pytest.approx(clock.now() + 20)
    clock.advance(19.9)
    assert watch.stage() == "asking"
    clock.advance(0.1)
    assert watch.stage() == "reset"
    watch.wiped()
    assert watch.stage() == "active"
    assert watch.next_change() == pytest.approx(clock.now() + 120)
    with pytest.raises(ValueError, match="more than 0"):
        IdleWatch(0, 20, clock.now)


def test_settings_are_written_private_and_read_back(tmp_path):
    path = tmp_path / "kiosk.yaml"
    config = KioskConfig(pin_hash=HASH, centre_name="Maple Street Centre", idle_seconds=90, printing=False)
    write_config(path, config)
    assert load_config(path) == config
    assert "2468" not in path.read_text()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("text", "field", "words"), [
    ("pin_hash: '{h}'\nidle_seconds: 5\n", "idle_seconds", "greater than or equal to 30"),
    ("pin_hash: '2468'\n", "pin_hash", "never the PIN itself"),
    ("idle_seconds: 120\n", "pin_hash", "required but missing"),
    ("pin_hash: '{h}'\nidel_seconds: 120\n", "idel_seconds", "not known"),
    ("pin_hash: '{h}'\nareas: [learn, dance]\n", "areas.1", "learn"),
    ("pin_hash: '{h}'\nareas: []\n", "areas", "at least one area"),
    ("pin_hash: '{h}'\ntext_size: huge\n", "text_size", "largest"),
    ("pin_hash: [unclosed\n", "line 2", "not valid YAML"),  # YAML finds it at the end of the file
])
def test_a_wrong_setting_is_named(tmp_path, text, field, words):
    path = tmp_path / "kiosk.yaml"
    path.write_text(text.replace("{h}", HASH))
    with pytest.raises(KioskConfigError) as info:
        load_config(path)
    assert info.value.field == field
    assert words in info.value.problem
    assert str(path) in str(info.value)


def test_a_missing_settings_file_says_how_to_make_one(tmp_path):
    with pytest.raises(KioskConfigError, match="kiosk-setup"):
        load_config(tmp_path / "nothing.yaml")


def test_kiosk_setup_asks_the_pin_twice_and_writes_the_settings(tmp_path):
    from legapp.kiosk.setup import main

    answers = iter(["12", "2468", "2469", "2468", "2468"])  # too short, then a mismatch, then right
    said = []
    path = tmp_path / "kiosk.yaml"
    args = ["--config", str(path), "--centre-name", "Maple Street", "--idle-seconds", "90",
            "--areas", "learn,check", "--no-printing"]
    rc = main(args, read=lambda _prompt: next(answers), say=said.append)
    assert rc == 0
    config = load_config(path)
    assert verify_pin("2468", config.pin_hash)
    assert (config.centre_name, config.idle_seconds, config.areas, config.printing) == (
        "Maple Street", 90, ("learn", "check"), False)
    assert any("4 to 12 digits" in s for s in said)
    assert any("not the same" in s for s in said)


def test_kiosk_setup_gives_up_kindly_and_writes_nothing(tmp_path):
    from legapp.kiosk.setup import main

    path = tmp_path / "kiosk.yaml"
    with pytest.raises(SystemExit, match="No PIN was set"):
        main(["--config", str(path)], read=lambda _prompt: "1", say=lambda _text: None)
    assert not path.exists()
    said = []
    rc = main(["--config", str(path), "--idle-seconds", "5"], read=lambda _prompt: "2468", say=said.append)
    assert rc == 2
    assert said[-1] == "These settings cannot be used: --idle-seconds: this must be 30 or more."
    assert not path.exists()


def test_kiosk_setup_to_a_path_it_cannot_write_says_so_in_plain_words(tmp_path):
    from legapp.kiosk.setup import main

    (tmp_path / "a-file").write_text("")
    said = []
    rc = main(["--config", str(tmp_path / "a-file" / "kiosk.yaml")], read=lambda _prompt: "2468",
              say=said.append)
    assert rc == 2
    assert "could not be written" in said[-1]
    assert "part of that path is a file, not a folder" in said[-1]


@pytest.mark.parametrize(("damage", "words"), [
    (b"\xff\xfe\x00\x81" * 50, "not plain text"),
    (b"a: &a [x, x]\nb: &b [*a, *a]\n", "aliases"),
])
def test_a_damaged_kiosk_file_stops_the_kiosk_with_a_plain_message(tmp_path, capsys, damage, words):
    from legapp.app import main

    path = tmp_path / "kiosk.yaml"
    path.write_bytes(damage)
    assert main(["--kiosk", "--kiosk-config", str(path), "--data-dir", str(tmp_path / "data")]) == 2
    said = capsys.readouterr().err
    assert said.startswith("legapp: the kiosk settings cannot be used: ")
    assert words in said
    assert "Traceback" not in said
    assert path.read_bytes() == damage  # left for the staff to mend


def test_kiosk_setup_runs_from_the_legapp_command(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "legapp", "kiosk-setup", "--help"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert "--config" in out
    assert "--idle-seconds" in out


def test_each_lock_is_longer_than_the_last_until_the_right_pin():
    clock = FakeClock(100.0)
    guard = PinGuard(HASH, clock.now)
    waits = []
    for _ in range(5):
        for _ in range(TRIES):
            assert not guard.attempt("0000")
        waits.append(guard.locked_for())
        clock.advance(guard.locked_for())
    assert waits == [60, 300, 900, 3600, 3600]  # 1, 5, 15 minutes, then an hour each time
    assert guard.attempt("2468")
    for _ in range(TRIES):
        guard.attempt("0000")
    assert guard.locked_for() == 60  # the right PIN starts the counting again


def test_a_new_pin_hash_is_costly_to_guess_yet_quick_to_check():
    import time

    stored = hash_pin("2468")
    kind, n, _r, _p, _salt, _digest = stored.split("$")
    assert (kind, int(n)) == ("scrypt", 2**17)
    # CPU time, not the wall clock: the check's cost is its own work, and a machine busy with
    # other programs (a CI box, a build) must not make the test fail.
    best = min(_timed(lambda: verify_pin("2468", stored), time.process_time) for _ in range(3))
    assert best < 0.3
    old = "scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + hashlib_digest("2468", 2**14, 8)
    assert verify_pin("2468", old)  # a hash written before (N = 2**14) still lets staff in
    assert not verify_pin("2469", old)
    assert not verify_pin("2468", "scrypt$1073741824$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44)  # 1 TB: no


def _timed(action, clock) -> float:
    start = clock()
    assert action()
    return clock() - start


def hashlib_digest(pin: str, n: int, r: int) -> str:
    import base64
    import hashlib

    return base64.b64encode(hashlib.scrypt(pin.encode(), salt=b"0123456789abcdef", n=n, r=r, p=1,
                                           dklen=32)).decode()
