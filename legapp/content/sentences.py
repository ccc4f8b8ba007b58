"""Cutting text into sentences for reading aloud, one at a time (no Qt).

Spans are (start, end) positions in the text, so the screen can highlight exactly the
sentence being said. A sentence ends at ``.``, ``!``, ``?`` or ``:`` followed by a
space, or at a line break (a heading, a list item); a decimal like "1.2" or "1,2" and
an abbreviation's dot followed by a lower-case letter do not end one.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?:…])[\"'”»)]*\s+(?=[^\sa-záéíóúñü])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(ch.isalnum() for ch in text[a:b]):  # a line of only "•" or "—" is not said
            out.append((a, b))
    return out


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]
