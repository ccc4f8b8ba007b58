"""The command line: --help lists the options that exist; bad values are refused plainly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from legapp.cli import parse


def test_help_lists_the_options():
    out = subprocess.run([sys.executable, "-m", "legapp", "--help"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    for option in ("--data-dir", "--text-size", "--content-dir", "--tts-engine", "--version"):
        assert option in out
    assert "largest" in out


def test_parse_options(tmp_path):
    opts = parse(["--data-dir", str(tmp_path), "--text-size", "large"])
    assert opts.data_dir == Path(tmp_path)
    assert opts.text_size == "large"
    assert opts.content_dir is None
    assert opts.tts_engine is None
    assert parse(["--tts-engine", "mock"]).tts_engine == "mock"


def test_unknown_text_size_is_refused(capsys):
    with pytest.raises(SystemExit):
        parse(["--text-size", "enormous"])
    assert "invalid choice" in capsys.readouterr().err


def test_typo_in_an_option_is_refused(capsys):
    with pytest.raises(SystemExit):
        parse(["--txt-size", "large"])
    assert "unrecognized" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["", "x" * 41, "rm -rf"])
def test_odd_speech_engine_names_are_refused_plainly(capsys, name):
    with pytest.raises(SystemExit):
        parse(["--tts-engine", name])
    assert "not the short name of a speech engine" in capsys.readouterr().err


def test_kiosk_needs_its_settings_and_says_which_field_is_wrong(tmp_path, capsys):
    from legapp.app import main

    assert main(["--kiosk", "--data-dir", str(tmp_path)]) == 2
    assert "--kiosk-config" in capsys.readouterr().err
    bad = tmp_path / "kiosk.yaml"
    bad.write_text("pin_hash: '2468'\n")
    assert main(["--kiosk", "--kiosk-config", str(bad), "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "pin_hash" in err
    assert "never the PIN itself" in err
