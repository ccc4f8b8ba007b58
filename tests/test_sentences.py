"""Reading aloud goes sentence by sentence: where one ends and the next begins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from legapp.content.sentences import sentence_spans, sentences


def test_sentences_end_at_stops_and_line_breaks():
    text = "Strong legs help. Do you fall?\nKey points\nWalk daily! Eat protein: 1.2 to 1.6 g a day."
    assert sentences(text) == ["Strong legs help.", "Do you fall?", "Key points", "Walk daily!",
                               "Eat protein:", "1.2 to 1.6 g a day."]


def test_decimals_and_lower_case_after_a_dot_stay_in_one_sentence():
    assert sentences("Lose 0.3 to 0.8% a year, e.g. after age 30. Then more.") == [
        "Lose 0.3 to 0.8% a year, e.g. after age 30.", "Then more."]
    assert sentences("Pierde de 1,2 a 1,6 g. ¿Por qué? Porque sí.") == [
        "Pierde de 1,2 a 1,6 g.", "¿Por qué?", "Porque sí."]


def test_blank_and_symbol_only_lines_are_not_read():
    assert sentences("\n\n•\n— \nHello.\n\n") == ["Hello."]
    assert sentences("") == []


@given(st.text(alphabet=st.sampled_from("ab .?!\n:1,"), max_size=60))
def test_spans_are_in_order_inside_the_text_and_hold_no_line_break(text):
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert "\n" not in text[a:b]
        last = b
