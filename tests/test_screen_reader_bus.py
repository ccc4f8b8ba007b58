"""The app as a screen reader (Orca) reads it: through the real AT-SPI bus, not Qt's
in-process API. Under Xvfb with a session D-Bus and the AT-SPI registry, the app runs as
its own process; a reader (tests/bus/atspi_reader.py, on the system python3 that has
gi.repository.Atspi) finds it on the registry and goes through a 30-second chair stand
and the fall-risk checklist by keyboard and by the actions a screen reader offers; then
a topic, the search, the protein guide, an exercise, the charts on See, and the search
again in Spanish.

With CI=true this runs, never skips: a CI machine has the packages in ci-apt.txt.
Elsewhere it skips, and says what is missing. It takes about 80 s (the chair stand
runs in real time: the announcements are sent as the clock runs). Run with -s, it prints
per screen what a screen reader found: headings, radio groups, announcements.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
READER = ROOT / "tests" / "bus" / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    if not Path(LAUNCHER).exists():
        missing.append(f"{LAUNCHER} (at-spi2-core)")
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode != 0:
        missing.append("python3-gi with Atspi (python3-pyatspi, gir1.2-atspi-2.0)")
    return missing


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    missing = _missing()
    if missing:
        why = "the accessibility bus test needs " + ", ".join(missing) + " (see ../shared/ci-apt.txt)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(why)  # in CI it must run
        pytest.skip(why)
    tmp = tmp_path_factory.mktemp("bus")
    (tmp / "data").mkdir()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        display = xvfb.stdout.readline().strip()
        assert display, "Xvfb did not start"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
                                                                  "AT_SPI_BUS_ADDRESS")}
        env.update(DISPLAY=f":{display}", PYTHONPATH=str(ROOT), LANG="C.UTF-8", LANGUAGE="en")
        out = tmp / "report.json"
        run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(READER),
                              "--python", sys.executable, "--data-dir", str(tmp / "data"), "--out", str(out)],
                             env=env, cwd=tmp, capture_output=True, text=True, timeout=150)
        assert out.exists(), f"the reader wrote nothing:\n{run.stdout}\n{run.stderr[-3000:]}"
        data = json.loads(out.read_text())
        assert "error" not in data, data["error"] + "\n" + run.stderr[-3000:]
        return data
    finally:
        xvfb.terminate()
        xvfb.wait(5)


def screen(report, name: str) -> dict:
    return next(s for s in report["screens"] if s["screen"] == name)


def test_every_screen_has_its_title_as_a_heading(report):
    for shot in report["screens"]:
        assert shot["headings"], f"no heading on {shot['screen']}"
    assert screen(report, "home")["headings"] == ["Strong legs, steady steps"]
    assert screen(report, "check menu")["headings"] == ["Check your fall risk"]
    assert "Chair stand" in screen(report, "safety")["headings"]
    assert "Stand up and sit down" in screen(report, "run: stands")["headings"]
    assert "Check your risk for falling" in screen(report, "checklist question 1")["headings"]


def _named_groups(shot) -> list[dict]:
    groups = shot["radio_groups"]
    for group in groups:
        assert group["name"].strip(), f"an unnamed radio group on {shot['screen']}: {group}"
        assert len(group["answers"]) >= 2, group
    return groups


def test_the_safety_answers_are_radio_groups_named_by_their_questions(report):
    asked = _named_groups(screen(report, "safety"))
    assert [g["name"] for g in asked][:2] == ["Do you have chest pain today?", "Do you feel dizzy today?"]
    assert len(asked) == 4
    assert all(len(g["answers"]) == 2 and not g["checked"] for g in asked)
    answered = _named_groups(screen(report, "safety answered"))
    assert all(len(g["checked"]) == 1 and g["checked"][0].startswith("No") for g in answered)
    # after the run: its two questions, and Woman or Man
    assert len(_named_groups(screen(report, "after the run"))) == 2
    assert [g["checked"] for g in _named_groups(screen(report, "about you answered"))] == [["Woman"]]


def test_the_checklist_answers_are_a_radio_group_named_by_the_question(report):
    questions = [s for s in report["screens"] if s["screen"].startswith("checklist question")]
    assert len(questions) == 12 + 1  # No to each (0 points, under 4): the fall question is asked too
    assert questions[-1]["radio_groups"][0]["name"] == "Have you fallen in the past year?"
    for shot in questions:
        (group,) = _named_groups(shot)
        assert group["name"].endswith("?"), group
    assert questions[0]["radio_groups"][0]["name"] != questions[1]["radio_groups"][0]["name"]


def test_arrow_keys_move_within_a_group_and_space_chooses(report):
    keyboard = report["keyboard"]
    assert keyboard["right_arrow_moves_to"] == keyboard["expected_after_right"]
    assert keyboard["space_checked"]


def test_the_run_and_its_result_are_announced(report):
    during = report["run_announcements"]
    assert "Go" in during
    assert "Stop" in during
    assert "1 stand" in during
    assert "4 stands" in during
    assert "20 seconds left" in during
    assert "10 seconds left" in during
    result_title = screen(report, "chair stand result")["headings"][-1]
    assert any(result_title in text for text in report["result_announcements"])
    checklist_title = screen(report, "checklist result")["headings"][-1]
    assert any(checklist_title in text for text in report["checklist_result_announcements"])


def test_no_focusable_object_is_unnamed(report):
    for shot in report["screens"]:
        assert not shot["unnamed_focusable"], shot["screen"]


def test_page_titles_are_level_1_and_section_titles_level_2(report):
    for shot in report["screens"]:
        assert shot["levels"][0] == "1", shot["screen"]  # the page's title comes first
        assert set(shot["levels"]) <= {"1", "2"}, shot["screen"]
        assert shot["levels"].count("1") == 1, shot["screen"]
    result = screen(report, "chair stand result")
    assert result["levels"] == ["1", "2"]  # the page, then the result's title
    exercise = screen(report, "exercise")
    assert set(exercise["levels"][1:]) == {"2"}  # "How to do it"...


def test_every_one_of_n_choice_seen_is_a_named_radio_group(report):
    (language,) = _named_groups(screen(report, "home"))
    assert language["name"] == "Language \u00b7 Idioma"
    assert language["answers"] == ["English", "Español"]
    assert language["checked"] == ["English"]
    assert _named_groups(screen(report, "home (Spanish)"))[0]["checked"] == ["Español"]
    unit, meals = _named_groups(screen(report, "protein"))
    assert unit["name"] == "Do you weigh yourself in kilograms or in pounds?"
    assert unit["answers"] == ["In kilograms", "In pounds"]
    assert len(unit["checked"]) == 1
    assert meals["name"] == "Meals a day"
    assert meals["checked"] == ["3 meals"]
    charts = _named_groups(screen(report, "see"))
    assert [g["name"] for g in charts] == ["Which chart", "Show muscle or strength"]
    assert charts[0]["checked"] == ["Muscle with age"]
    assert _named_groups(screen(report, "see: weeks in bed"))[0]["checked"] == ["Weeks in bed"]
    switches = {"High contrast", "Alto contraste", "I am helping someone else"}  # on or off: check boxes
    for shot in report["screens"]:
        assert set(shot["check_boxes"]) <= switches, shot["screen"]


def test_a_topic_is_a_document_of_headings_paragraphs_and_links(report):
    topic = screen(report, "topic")
    assert topic["documents"] == [topic["headings"][0]]  # named by the topic's title
    assert set(topic["levels"][1:]) == {"2"}  # its own headings
    assert topic["paragraphs"] >= 3
    assert topic["links"]
    assert all(name.strip() for name in topic["links"])
    assert report["keyboard"]["tab_in_topic_focuses"] == [topic["links"][0]]  # Tab: the first link


def test_drawings_are_images_with_a_name_and_a_description(report):
    for name in ("setup", "run: stands", "exercises", "exercise"):
        images = screen(report, name)["images"]
        assert images, name
        for image in images:
            assert image["name"].strip(), name
            assert image["description"].strip(), name
            assert image["description"] != image["name"]


def test_a_chart_has_its_summary_as_description_and_the_value_under_the_cursor_as_its_value(report):
    (chart,) = screen(report, "see")["charts"]
    assert chart["name"] == "Muscle with age"
    assert chart["description"].startswith("This chart shows")
    assert report["chart_value_after_right"] == report["chart_value_before"] + 1  # Right moves it on
    (said,) = report["chart_announcements"]
    assert said.startswith(f"Age {round(report['chart_value_after_right'])}:")
    (bed,) = screen(report, "see: weeks in bed")["charts"]
    assert bed["name"] == "Weeks in bed"
    assert bed["description"] != chart["description"]


def test_the_search_and_the_protein_answer_are_announced_in_the_persons_language(report):
    assert any(text.endswith("results for \u201cbalance\u201d") for text in report["search_announcements"])
    assert any("grams of protein a day" in text and "at each of your 3 meals" in text
               for text in report["protein_announcements"])
    assert any(text.endswith("resultados para \u201cequilibrio\u201d")
               for text in report["spanish_search_announcements"])


def test_counts_per_screen(report, capsys):
    """What a screen reader found on each screen, printed (run with -s) for the issue's note."""
    said: dict[str, int] = {}
    for announcement in report["announcements"]:
        said[announcement["screen"]] = said.get(announcement["screen"], 0) + 1
    rows = [(s["screen"], len(s["headings"]), "/".join(s["levels"]), len(s["radio_groups"]),
             said.get(s["screen"], 0), len(s["images"]), len(s["charts"]), len(s["links"]))
            for s in report["screens"]]
    with capsys.disabled():
        print("\nscreen | headings (levels) | radio groups | announcements | images | charts | links")
        for name, headings, levels, groups, announced, images, charts, links in rows:
            print(f"{name} | {headings} ({levels}) | {groups} | {announced} | {images} | {charts} | {links}")
        print(f"took {report['took']['all']:.0f} s")
    assert sum(row[4] for row in rows) == len(report["announcements"])  # each on the screen it was sent on
    assert said.get("run: stands", 0) >= 6  # the counts, the time left, Stop
    assert report["took"]["all"] < 90
