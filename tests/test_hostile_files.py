"""Hostile or broken files a pack or a kiosk may be given: an alias bomb, a file of 3 MB,
bytes that are not text, a page of 1 MB. Each is refused (or read) quickly, with a
message that names the file, and the built-in pack is used instead."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from legapp.content.errors import ContentError
from legapp.content.loader import load_pack
from legapp.content.pack_cache import load_with_fallback
from legapp.kiosk.config import KioskConfigError, load_config
from legapp.kiosk.pin import hash_pin

from .conftest import ROOT

TOPIC = "topics/01-leg-muscles.md"


def alias_bomb(levels: int = 12, width: int = 9) -> str:
    """YAML of a few hundred bytes that stands for width**levels values (9**12: 282 billion)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


LOAD_IN_A_BOX = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))  # 1.5 GB at most
    from legapp.content.pack_cache import load_with_fallback
    start = time.perf_counter()
    pack, problem = load_with_fallback(Path(sys.argv[1]), "en")
    print(round(time.perf_counter() - start, 2), pack.origin, problem, sep="\\n")
""")


def load_boxed(folder):
    """The pack loaded in a second process with 1.5 GB and 60 s at most: (seconds, origin, problem)."""
    done = subprocess.run([sys.executable, "-c", LOAD_IN_A_BOX, str(folder)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    seconds, origin, problem = done.stdout.strip().split("\n", 2)
    return float(seconds), origin, problem


@pytest.mark.parametrize("file", ["facts.yaml", TOPIC])
def test_an_alias_bomb_is_refused_at_once_and_the_built_in_pack_used(pack_copy, file):
    path = pack_copy / file
    text = path.read_text(encoding="utf-8")
    bomb = alias_bomb()
    if file.endswith(".md"):  # in the front matter, standing for the key points
        text = text.replace("\nkey_points:\n", "\n" + bomb + "key_points: *a11\nold_points:\n", 1)
    else:  # one more fact, its label the bomb
        text += "\n- id: bomb\n  source: volpi2004\n  status: verified\n" + textwrap.indent(bomb, "  ") \
            + "  label: *a11\n"
    path.write_text(text, encoding="utf-8")
    seconds, origin, problem = load_boxed(pack_copy)
    assert origin == "bundled"
    assert file in problem
    assert "aliases" in problem
    assert seconds < 2


def test_a_file_of_three_megabytes_is_refused_with_a_message(pack_copy):
    page = pack_copy / TOPIC
    page.write_text(page.read_text(encoding="utf-8") + ("More words for the page. " * 40 + "\n") * 3200,
                    encoding="utf-8")
    assert page.stat().st_size > 3 * 1024 * 1024
    pack, problem = load_with_fallback(pack_copy, "en")
    assert pack.origin == "bundled"
    assert TOPIC in problem
    assert "too large (more than 2 MB)" in problem


def test_bytes_that_are_not_text_are_named_in_plain_words(pack_copy):
    (pack_copy / TOPIC).write_bytes(b"---\nid: x\n\xff\xfe\x00\x81 broken\n")
    with pytest.raises(ContentError) as info:
        load_pack(pack_copy)
    assert info.value.file == TOPIC
    assert "not plain text" in info.value.problem
    assert "codec" not in str(info.value)  # no Python words


def test_a_page_of_one_megabyte_loads_in_under_a_second(pack_copy):
    page = pack_copy / TOPIC
    long_section = "## A very long section\n" + "Step.\n" * 170_000  # ~1 MB, one section of short lines
    page.write_text(page.read_text(encoding="utf-8") + long_section, encoding="utf-8")
    assert page.stat().st_size > 1_000_000
    start = time.perf_counter()
    pack = load_pack(pack_copy)
    assert time.perf_counter() - start < 1.0
    topic = next(t for t in pack.topics if t.id == "leg-muscles")
    assert topic.sections[-1].body.count("Step.") == 170_000


def test_a_kiosk_config_with_aliases_or_damage_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "kiosk.yaml"
    good = f"pin_hash: '{hash_pin('2468')}'\n"
    path.write_text(good + "centre_name: &n Maple\nhelp_line: *n\n")
    with pytest.raises(KioskConfigError, match="aliases"):
        load_config(path)
    path.write_bytes(good.encode() + b"centre_name: \xff\xfe\n")
    with pytest.raises(KioskConfigError, match="not plain text"):
        load_config(path)
    path.write_text(good + "centre_name: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(KioskConfigError, match="not valid YAML"):
        load_config(path)
