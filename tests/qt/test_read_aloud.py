"""Read aloud: a topic page, a question and a result are read sentence by sentence,
the sentence being said highlighted; Pause, Go on, Stop, Slower and Faster work from
the keyboard too; with no voice the page says so and stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from legapp.navigation import Route

from .conftest import settle
from .people import click


def _marked(browser) -> str:
    marks = browser.extraSelections()
    return marks[0].cursor.selectedText() if marks else ""


def test_a_topic_page_is_read_sentence_by_sentence_with_the_sentence_marked(qtbot, make_window):
    w = make_window()
    w.go(Route("topic", "balance"))
    page = w.current_page
    bar = page.read_aloud
    qtbot.mouseClick(bar.listen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _marked(page.text) != "", timeout=3000)
    first = _marked(page.text)
    assert first == bar.source.sentences()[0]  # it starts at the top
    assert bar.listen_button.accessibleName() == "Pause reading"
    qtbot.waitUntil(lambda: _marked(page.text) not in ("", first), timeout=5000)  # on to the next
    second = _marked(page.text)
    qtbot.mouseClick(bar.listen_button, Qt.MouseButton.LeftButton)  # pause
    assert bar.state == "paused"
    qtbot.wait(600)
    assert _marked(page.text) == second  # nothing moves while paused
    bar.listen_button.setFocus()
    qtbot.keyClick(bar.listen_button, Qt.Key.Key_Return)  # go on, by keyboard
    qtbot.waitUntil(lambda: bar.state == "reading")
    qtbot.waitUntil(lambda: _marked(page.text) not in ("", second), timeout=5000)
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert bar.state == "idle"
    assert _marked(page.text) == ""
    assert not bar.stop_button.isEnabled()


def test_leaving_the_page_stops_reading(qtbot, make_window):
    w = make_window()
    w.go(Route("faq"))
    bar = w.current_page.findChild(object, "readAloud")
    qtbot.mouseClick(bar.listen_button, Qt.MouseButton.LeftButton)
    assert bar.state == "reading"
    w.go_home()
    assert bar.state == "idle"
    assert not w.media.speaker.is_reading(bar)


def test_one_listen_button_until_the_person_listens(qtbot, make_window):
    w = make_window()
    w.go(Route("topic", "balance"))
    bar = w.current_page.read_aloud
    assert [b for b in bar.buttons() if b.isVisible()] == [bar.listen_button]
    qtbot.mouseClick(bar.listen_button, Qt.MouseButton.LeftButton)
    assert all(b.isVisible() for b in bar.buttons())  # Stop and the speed while it reads
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert [b for b in bar.buttons() if b.isVisible()] == [bar.listen_button]


def test_slower_and_faster_stop_at_both_ends(qtbot, make_window):
    w = make_window()
    w.go(Route("topic", "balance"))
    bar = w.current_page.read_aloud
    qtbot.mouseClick(bar.listen_button, Qt.MouseButton.LeftButton)  # the speed comes with the reading
    for _ in range(6):
        if bar.slower_button.isEnabled():
            qtbot.mouseClick(bar.slower_button, Qt.MouseButton.LeftButton)
    assert not bar.slower_button.isEnabled()
    assert "1 of 5" in bar.faster_button.accessibleDescription()
    for _ in range(6):
        if bar.faster_button.isEnabled():
            qtbot.mouseClick(bar.faster_button, Qt.MouseButton.LeftButton)
    assert not bar.faster_button.isEnabled()
    assert w.media.speaker.rate_index == 4


def test_no_voice_is_told_kindly_and_the_page_stays(qtbot, make_window):
    w = make_window(tts_engine="no-such-engine")
    w.go(Route("topic", "balance"))
    page = w.current_page
    before = page.text.toPlainText()
    qtbot.mouseClick(page.read_aloud.listen_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.read_aloud.message.isVisible()
    assert "no voice" in page.read_aloud.message.text()
    assert page.text.toPlainText() == before
    assert page.read_aloud.state == "idle"


def _marked_label(widgets):
    return [w for w in widgets if w.property("reading")]


def test_a_question_and_its_answers_are_read_aloud(qtbot, make_window):
    w = make_window()
    w.go(Route("questionnaire", "stay_independent"))
    step = w.current_page.asking
    qtbot.mouseClick(step.read_aloud.listen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _marked_label(step.readable()) != [], timeout=3000)
    said = step.read_aloud.source.sentences()
    assert step.question.text() in " ".join(said)
    assert said[-2:] == [b.text() for b in step.answers][-2:]  # then the answers
    qtbot.mouseClick(step.read_aloud.stop_button, Qt.MouseButton.LeftButton)
    assert _marked_label(step.readable()) == []


def test_a_result_is_read_aloud(qtbot, make_window):
    w = make_window()
    w.go(Route("questionnaire", "sarc_f"))
    page = w.current_page
    while page.steps.currentWidget() is page.asking:
        click(qtbot, page.asking.answers[0])
        settle(qtbot, 10)
    result = page.result
    said = result.read_aloud.source.sentences()
    assert said[0] == result.score.text()
    assert any("diagnosis" in s for s in said)
    qtbot.mouseClick(result.read_aloud.listen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.score.property("reading") is True, timeout=3000)
