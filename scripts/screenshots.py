"""Render every screen offscreen into screenshots/*.png, at the default and the largest
text size, so a person can look at them. Run with `make screenshots`."""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from legapp.content.loader import load_pack  # noqa: E402
from legapp.navigation import Route  # noqa: E402
from legapp.paths import bundled_content_dir, ui_dir  # noqa: E402
from legapp.qt.application import build_window  # noqa: E402
from legapp.session import FakeClock  # noqa: E402
from legapp.settings import Settings, SettingsStore  # noqa: E402
from legapp.textsize import TEXT_SIZES  # noqa: E402

SCREENS = [
    ("home", Route("home")),
    ("topics", Route("topics")),
    ("topic-first", Route("topic", "leg-muscles")),
    ("topic-how-fast", Route("topic", "how-fast")),
    ("topic-key-points", Route("topic", "key-points")),
    ("faq", Route("faq")),
    ("glossary", Route("glossary", "sarcopenia")),
    ("search", Route("search")),
    ("help", Route("help")),
    ("check", Route("check")),
]


def track_screens(window, clock: FakeClock):
    """People and My results, with a person who has done a few checks."""
    window.go(Route("profiles"))
    page = window.current_page
    page.list.add_button.click()
    yield "people-add", window
    page.editor.name.setText("Ana Maria")
    page.editor.year.setText("1953")
    page.editor.female.click()
    page.editor.save_button.click()
    page.list.add_button.click()
    page.editor.name.setText("Bob")
    page.editor.year.setText("1947")
    page.editor.male.click()
    page.editor.save_button.click()
    yield "people", window
    for stands in (8, 10):
        window.go(Route("test", "chair_stand_30s"))
        test = window.current_page
        for _yes, no in test.safety.choices.values():
            no.click()
        test.safety.continue_button.click()
        test.setups["chair_stand_30s"].start_button.click()
        test.run.tap_button.click()
        clock.advance(3)
        test.runner.update_now()
        for _ in range(stands):
            clock.advance(2)
            test.run.tap_button.click()
        clock.advance(30)
        test.runner.update_now()
        for key in ("halfway", "arms"):
            test.finish.buttons[key][1].click()
        test.finish.continue_button.click()
    yield "check-result-kept", window
    window.go(Route("results"))
    yield "results", window
    window.current_page.list.rows[0].delete_button.click()
    yield "results-confirm-delete", window
    window.go(Route("see"))
    yield "see-lifetime", window
    window.current_page.lifetime.strength_button.click()
    yield "see-lifetime-strength", window
    window.current_page.show_item("disuse")
    yield "see-disuse", window
    window.current_page.show_item("results")
    yield "see-results", window


def act_screens(window, clock: FakeClock):
    """Keep your legs strong: the hub, a guided session, the week, the protein guide."""
    window.go(Route("act"))
    yield "act", window
    window.go(Route("exercises"))
    yield "exercises", window
    window.go(Route("exercise", "single-leg-stand"))
    yield "exercise", window
    window.go(Route("sessions"))
    page = window.current_page
    yield "sessions", window
    page.choose.tiles["gentle"].click()
    for _yes, no in page.safety.choices.values():
        no.click()
    page.safety.continue_button.click()
    clock.advance(120)
    page.runner.update_now()
    page.run.tap_button.click()  # ready for the first exercise
    for _ in range(3):
        clock.advance(2.5)
        page.run.tap_button.click()
    page.runner.update_now()
    yield "session-reps", window
    page.stop_run()
    window.go(Route("plan"))
    plan = window.current_page
    plan.day_buttons[0].click()
    plan.day_buttons[3].click()
    plan.strength_button.click()
    plan.minutes.setText("40")
    plan.minutes_button.click()
    yield "plan", window
    window.go(Route("protein"))
    protein = window.current_page
    protein.weight.setText("70")
    protein.work_out()
    yield "protein", window


def kiosk_screens(app, pack, size_index: int, data: Path):
    """A kiosk: Home with the centre's areas, the number pad, "Are you still there?"."""
    from legapp.kiosk.config import KioskConfig
    from legapp.kiosk.pin import hash_pin
    from legapp.qt.application import enter_kiosk

    clock = FakeClock(1000.0)
    window = build_window(app, pack, Settings(text_size=size_index, tts_engine="mock"), SettingsStore(data),
                          ui_dir(), clock=lambda c=clock: c)
    window.resize(1280, 860)
    window.show()
    size = TEXT_SIZES[size_index].key
    config = KioskConfig(pin_hash=hash_pin("2468"), text_size=size, areas=("learn", "check", "act"))
    kiosk = enter_kiosk(window, config, clock=clock.now, pin_clock=clock.now)
    yield "kiosk-home", window
    window.go(Route("test", "chair_stand_30s"))
    page = window.current_page
    for _yes, no in page.safety.choices.values():
        no.click()
    page.safety.continue_button.click()
    page.person.age.setFocus()
    app.processEvents()
    page.person.age.setText("78")
    yield "kiosk-number-pad", window
    clock.advance(125)
    kiosk.check_now()
    yield "kiosk-still-there", window
    kiosk.leave()


def check_screens(window, clock: FakeClock):
    """The steps of the Check area, each put on screen the way a person gets there.
    Yields (name, widget to grab) once each screen is showing."""
    window.go(Route("test", "chair_stand_30s"))
    page = window.current_page
    yield "check-safety", window
    for _yes, no in page.safety.choices.values():
        no.click()
    page.safety.continue_button.click()
    page.person.age.setText("200")
    page.person.female.click()
    page.person.continue_button.click()
    yield "check-person-bad-age", window
    page.person.age.setText("72")
    page.person.continue_button.click()
    yield "check-setup", window
    page.setups["chair_stand_30s"].start_button.click()
    yield "check-run-ready", window
    page.run.tap_button.click()  # I am ready
    clock.advance(1.2)
    page.runner.update_now()
    yield "check-run-count-in", window
    clock.advance(2)
    page.runner.update_now()
    for _ in range(7):
        clock.advance(2.1)
        page.run.tap_button.click()
    page.runner.update_now()
    yield "check-run-stands", window
    clock.advance(30)
    page.runner.update_now()
    yield "check-finish", window
    for key in ("halfway", "arms"):
        page.finish.buttons[key][1].click()
    page.finish.continue_button.click()
    yield "check-result", window

    window.go(Route("test", "balance_4stage"))
    page = window.current_page
    for _yes, no in page.safety.choices.values():
        no.click()
    page.safety.continue_button.click()
    page.setups["balance_4stage"].start_button.click()
    page.run.tap_button.click()
    clock.advance(3.5)
    page.runner.update_now()
    yield "check-balance-hold", window

    window.go(Route("test", "tug"))
    page = window.current_page
    for yes, _no in page.safety.choices.values():
        yes.click()
        break
    for _yes, no in list(page.safety.choices.values())[1:]:
        no.click()
    page.safety.continue_button.click()
    yield "check-not-today", window

    window.go(Route("questionnaire", "stay_independent"))
    page = window.current_page
    yield "check-question", window
    for _ in range(len(page.run.questionnaire.questions)):
        page.answers[0].click()
    yield "check-questionnaire-result", window


def main() -> int:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_content_dir("en"))
    with tempfile.TemporaryDirectory() as tmp:
        for size_index in (0, len(TEXT_SIZES) - 1):
            size = TEXT_SIZES[size_index]
            clock = FakeClock(1000.0)
            data = Path(tmp) / size.key  # each size starts with no one saved
            window = build_window(app, pack, Settings(text_size=size_index, tts_engine="mock"),
                                  SettingsStore(data), ui_dir(), clock=lambda c=clock: c)
            window.resize(1280, 860)
            window.show()
            for name, route in SCREENS:
                window.go(route)
                if name == "search":
                    window.current_page.box.setText("balance")
                    window.current_page.run_search()
                for _ in range(3):  # new widgets settle their layout over a couple of passes
                    app.processEvents()
                path = out / f"{name}-{size.key}.png"
                window.grab().save(str(path))
                print(path.relative_to(ROOT))
                if name == "home" and size_index == 0:
                    window.grab().save(str(out / "README-home.png"))  # the one the README shows
            for name, widget in itertools.chain(check_screens(window, clock), track_screens(window, clock),
                                                act_screens(window, clock)):
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{size.key}.png"
                widget.grab().save(str(path))
                print(path.relative_to(ROOT))
            window.go_home()
            for name, widget in kiosk_screens(app, pack, size_index, Path(tmp) / f"kiosk-{size.key}"):
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{size.key}.png"
                widget.grab().save(str(path))
                print(path.relative_to(ROOT))
            if size_index == 0:
                window.go(Route("topic", "balance"))
                window.current_page.show_term("proprioception")
                app.processEvents()
                dialog = window.current_page.dialog
                path = out / f"term-dialog-{size.key}.png"
                dialog.grab().save(str(path))
                print(path.relative_to(ROOT))
                dialog.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
