"""Read legapp the way a screen reader does, through the real AT-SPI bus, and drive it.

Run with the SYSTEM python3 (it has gi.repository.Atspi), inside a session D-Bus and
an X display (tests/test_screen_reader_bus.py sets both up). It starts the app (the
interpreter given with --python), finds it on the registry by its process id, goes
through a 30-second chair stand and the Stay Independent checklist, by keyboard (xdotool) and
by the actions a screen reader offers (AT-SPI do_action), and writes what it read,
screen by screen, as JSON to --out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

CONTEXT = GLib.MainContext.default()
ANNOUNCEMENTS: list[dict] = []  # every object:announcement the app sent, in order
S = Atspi.StateType


def pump(seconds: float = 0.0) -> None:
    """Let the bus deliver events for ``seconds``."""
    end = time.monotonic() + seconds
    while True:
        while CONTEXT.pending():
            CONTEXT.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def on_announcement(event) -> None:
    ANNOUNCEMENTS.append({"text": str(event.any_data), "at": time.monotonic(), "screen": SCREEN[0]})


SCREEN = ["start"]


def states(acc) -> set:
    state_set = acc.get_state_set()
    return {s for s in (S.SHOWING, S.FOCUSABLE, S.FOCUSED, S.CHECKED, S.VISIBLE, S.SENSITIVE)
            if state_set.contains(s)}


def walk(acc, parent=None, out=None, depth=0):
    """Every object under ``acc`` that is on screen, as dicts (the AT-SPI object kept)."""
    out = [] if out is None else out
    try:
        role, name, st = acc.get_role_name(), acc.get_name() or "", states(acc)
        count = acc.get_child_count()
    except GLib.Error:
        return out
    if depth > 0 and S.SHOWING not in st:
        return out
    node = {"acc": acc, "role": role, "name": name, "states": st, "parent": parent, "depth": depth}
    out.append(node)
    for i in range(count):
        child = acc.get_child_at_index(i)
        if child is not None:
            walk(child, node, out, depth + 1)
    return out


def attributes(acc) -> dict:
    try:
        return dict(acc.get_attributes() or {})
    except GLib.Error:
        return {}


def measure(app, screen: str) -> dict:
    """What a screen reader finds on the screen up now."""
    nodes = walk(app)
    headings = [n["name"] for n in nodes if n["role"] == "heading"]
    levels = [attributes(n["acc"]).get("level", "") for n in nodes if n["role"] == "heading"]
    radios = [n for n in nodes if n["role"] == "radio button"]
    groups: dict[int, dict] = {}
    for r in radios:
        p = r["parent"]
        g = groups.setdefault(id(p), {"name": p["name"] if p else "", "role": p["role"] if p else "",
                                      "answers": [], "checked": []})
        g["answers"].append(r["name"])
        if S.CHECKED in r["states"]:
            g["checked"].append(r["name"])
    unnamed = [f'{n["role"]} under {n["parent"]["role"] if n["parent"] else "-"} '
               f'{(n["parent"] or {}).get("name", "")!r}'
               for n in nodes if S.FOCUSABLE in n["states"] and not n["name"].strip()
               and n["role"] not in ("application", "frame", "window")]
    def described(n) -> dict:
        acc = n["acc"]
        value = acc.get_value_iface()
        return {"name": n["name"], "description": acc.get_description() or "",
                "value": value.get_current_value() if value is not None else None}

    return {"screen": screen, "headings": headings, "levels": levels, "radio_groups": list(groups.values()),
            "unnamed_focusable": unnamed,
            "images": [described(n) for n in nodes if n["role"] == "image"],
            "charts": [described(n) for n in nodes if n["role"] == "chart"],
            "documents": [n["name"] for n in nodes if n["role"] in ("document frame", "document text")],
            "paragraphs": len([n for n in nodes if n["role"] == "paragraph"]),
            "links": [n["name"] for n in nodes if n["role"] == "link"],
            "check_boxes": [n["name"] for n in nodes if n["role"] == "check box"],
            "buttons": [n["name"] for n in nodes if n["role"] in ("push button", "toggle button")]}


def find(app, name: str, roles=("push button", "toggle button", "radio button"), exact=True, timeout=10.0):
    """The on-screen, enabled object of one of ``roles`` named ``name`` (waits for it)."""
    end = time.monotonic() + timeout
    while True:
        for n in walk(app):
            if n["role"] in roles and S.SENSITIVE in n["states"] and (
                    n["name"] == name if exact else name.lower() in n["name"].lower()):
                return n["acc"]
        if time.monotonic() > end:
            shown = sorted({f'{n["role"]}:{n["name"]}' for n in walk(app) if n["role"] in roles})
            raise LookupError(f"no {roles} named {name!r} on screen; there are {shown}")
        pump(0.1)


def press(app, name: str, **kw) -> None:
    """A screen reader's "press" (AT-SPI action) on the control named ``name``."""
    acc = find(app, name, **kw)
    action = acc.get_action_iface()
    names = [action.get_action_name(i) for i in range(action.get_n_actions())]
    action.do_action(names.index("Press") if "Press" in names else 0)
    pump(0.2)


def focus(acc) -> None:
    acc.get_component_iface().grab_focus()
    pump(0.15)


def key(*keys: str) -> None:
    """Keys as a person presses them (xdotool sends them to the window that has focus)."""
    for k in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=True)
        pump(0.12)


def focused(app):
    for n in walk(app):
        if S.FOCUSED in n["states"]:
            return n
    return None


def find_app(pid: int, timeout: float = 25.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                pass
        pump(0.2)
    raise LookupError("legapp never showed up on the accessibility registry")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", required=True)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dump", action="store_true")
    args = ap.parse_args()

    listener = Atspi.EventListener.new(on_announcement)
    listener.register("object:announcement")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app_proc = subprocess.Popen([args.python, "-m", "legapp", "--data-dir", args.data_dir,
                                 "--tts-engine", "mock"], env=env)
    report: dict = {"screens": [], "announcements": ANNOUNCEMENTS, "keyboard": {}}
    try:
        app = find_app(app_proc.pid)
        pump(1.0)
        if args.dump:
            for n in walk(app):
                print("  " * n["depth"], n["role"], repr(n["name"]), sorted(str(s) for s in n["states"]))
            return 0
        drive(app, report)
    except Exception as exc:  # the test shows what went wrong, with what was read so far
        import traceback

        report["error"] = f"{exc!r}\n{traceback.format_exc()}"
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(5)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        with open(args.out, "w") as f:
            json.dump(report, f, indent=1, default=str)
    return 0


def snap(app, report, screen: str, settle: float = 0.35) -> dict:
    SCREEN[0] = screen
    pump(settle)
    shot = measure(app, screen)
    report["screens"].append(shot)
    report.setdefault("walk_seconds", []).append(round(time.monotonic() - START[0], 2))
    return shot


def window_focus(pid: int) -> None:
    """Give the app's window the X keyboard focus (no window manager under Xvfb)."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], check=False)
    pump(0.2)


START = [0.0]


def drive(app, report) -> None:
    START[0] = time.monotonic()
    report["took"] = {}
    keyboard = report["keyboard"]
    snap(app, report, "home")
    if os.environ.get("DUMP_SCREEN"):
        press(app, "Check your fall risk")
        pump(1)
        for n in walk(app):
            print("  " * n["depth"], n["role"], repr(n["name"]), sorted(str(s)[-12:] for s in n["states"]))
        return
    window_focus(app.get_process_id())
    press(app, "Check your fall risk")
    snap(app, report, "check menu")
    press(app, "Chair stand", exact=False)
    snap(app, report, "who is here")
    press(app, "Someone is helping me", roles=("radio button",))
    shot = snap(app, report, "safety")
    # by keyboard: the first question's Yes, then Right: focus on its No, nothing chosen
    first = shot["radio_groups"][0]
    focus(find(app, first["answers"][0], roles=("radio button",)))
    key("Right")
    now = focused(app)
    keyboard["right_arrow_moves_to"] = now and now["name"]
    keyboard["expected_after_right"] = first["answers"][1]
    key("space")
    now = focused(app)
    keyboard["space_checked"] = bool(now and S.CHECKED in now["states"])
    for group in shot["radio_groups"][1:]:
        press(app, group["answers"][1], roles=("radio button",))  # No
    snap(app, report, "safety answered")
    press(app, "Continue")
    snap(app, report, "about you")
    age = find(app, "age", roles=("text", "entry", "spin button"), exact=False)
    focus(age)
    subprocess.run(["xdotool", "type", "72"], check=True)
    pump(0.2)
    press(app, "Woman", roles=("radio button",))
    snap(app, report, "about you answered")
    press(app, "Continue")
    snap(app, report, "setup")
    press(app, "Start", exact=False)
    snap(app, report, "run: get ready")
    pump(0.7)  # the new step's moment (0.6 s)
    run_from = len(ANNOUNCEMENTS)
    key("space")  # I am ready
    pump(3.6)  # the count-in
    snap(app, report, "run: stands")
    for _ in range(4):
        pump(1.0)
        key("space")  # a stand
    run_end = time.monotonic() + 30
    while time.monotonic() < run_end and not any(a["text"] == "Stop" for a in ANNOUNCEMENTS):
        pump(0.25)
    report["run_announcements"] = [a["text"] for a in ANNOUNCEMENTS[run_from:]]
    pump(1.0)
    shot = snap(app, report, "after the run")
    for group in shot["radio_groups"]:
        press(app, group["answers"][-1], roles=("radio button",))
    snap(app, report, "after the run answered")
    before = len(ANNOUNCEMENTS)
    SCREEN[0] = "chair stand result"  # what it says as it comes up is the result screen's
    press(app, "See the result")
    pump(1.0)
    report["result_announcements"] = [a["text"] for a in ANNOUNCEMENTS[before:]]
    snap(app, report, "chair stand result")
    # the checklist, all by the actions a screen reader offers
    press(app, "Back to the checks")
    press(app, "Check your risk for falling")
    for n in range(30):
        shown_at = time.monotonic()
        shot = snap(app, report, f"checklist question {n + 1}", settle=0.1)
        if not shot["radio_groups"]:
            break
        before = len(ANNOUNCEMENTS)
        # the question is read first: an answer in its first 0.6 s is taken for a stray tap
        pump(max(0.0, 0.75 - (time.monotonic() - shown_at)))
        SCREEN[0] = f"checklist question {n + 2}"
        press(app, shot["radio_groups"][0]["answers"][-1], roles=("radio button",))
    report["checklist_result_announcements"] = [a["text"] for a in ANNOUNCEMENTS[before:]]
    for said in ANNOUNCEMENTS[before:]:
        said["screen"] = "checklist result"
    report["screens"][-1]["screen"] = "checklist result"
    report["took"]["checks"] = time.monotonic() - START[0]
    learn(app, report)
    keep_strong(app, report)
    see(app, report)
    spanish(app, report)
    report["took"]["all"] = time.monotonic() - START[0]


def since(before: int) -> list[str]:
    return [a["text"] for a in ANNOUNCEMENTS[before:]]


def search_for(app, box_name: str, words: str) -> list[str]:
    """Type ``words`` into the search box named ``box_name`` as a person would; what was
    announced meanwhile (the search waits for a pause in the typing)."""
    focus(find(app, box_name, roles=("text", "entry")))
    before = len(ANNOUNCEMENTS)
    subprocess.run(["xdotool", "type", "--delay", "40", words], check=True)
    pump(0.8)
    return since(before)


def home(app, word: str = "Home") -> None:
    press(app, word)


def learn(app, report) -> None:
    """A topic's text as a document: its headings, paragraphs and links; Tab onto a link;
    the search, and what it says it found."""
    home(app)
    press(app, "Key points")
    shot = snap(app, report, "topic")
    document = next(n for n in walk(app) if n["role"] in ("document frame", "document text"))
    focus(document["acc"])
    key("Tab")
    pump(0.2)
    links = [n for n in walk(app) if n["role"] == "link" and S.FOCUSED in n["states"]]
    report["keyboard"]["tab_in_topic_focuses"] = [n["name"] for n in links]
    report["keyboard"]["topic_links"] = shot["links"]
    home(app)
    press(app, "Search")
    snap(app, report, "search")
    report["search_announcements"] = search_for(app, "Search for", "balance")
    report["screens"][-1].update(measure(app, "search"))


def keep_strong(app, report) -> None:
    """The protein guide's radio groups and its answer, said; an exercise's drawing."""
    home(app)
    press(app, "Keep your legs strong")
    press(app, "How much protein?")
    snap(app, report, "protein")
    box = find(app, "Your weight in", roles=("text", "entry"), exact=False)
    focus(box)
    subprocess.run(["xdotool", "type", "70"], check=True)
    pump(0.2)
    before = len(ANNOUNCEMENTS)
    press(app, "Work it out")
    pump(0.5)
    report["protein_announcements"] = since(before)
    snap(app, report, "protein answered")
    press(app, "Back")
    press(app, "Exercises for your legs")
    snap(app, report, "exercises")
    press(app, "Heel raises", exact=False)
    snap(app, report, "exercise")


def see(app, report) -> None:
    """The charts: named, described by their summary, the value under the cursor said."""
    home(app)
    press(app, "See the numbers")
    shot = snap(app, report, "see")
    chart = next(n for n in walk(app) if n["role"] == "chart")
    focus(chart["acc"])
    before = len(ANNOUNCEMENTS)
    key("Right")
    pump(0.3)
    report["chart_announcements"] = since(before)
    value = chart["acc"].get_value_iface()
    report["chart_value_after_right"] = value.get_current_value() if value is not None else None
    report["chart_value_before"] = shot["charts"][0]["value"] if shot["charts"] else None
    press(app, "Weeks in bed", roles=("radio button",))
    snap(app, report, "see: weeks in bed")


def spanish(app, report) -> None:
    """In Spanish: what is said is in Spanish too."""
    home(app)
    press(app, "Español", roles=("radio button",))
    pump(1.0)
    snap(app, report, "home (Spanish)")
    press(app, "Buscar")
    snap(app, report, "search (Spanish)")
    report["spanish_search_announcements"] = search_for(app, "Qué buscar", "equilibrio")


if __name__ == "__main__":
    sys.exit(main())
