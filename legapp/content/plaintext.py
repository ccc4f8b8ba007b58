"""Markdown to plain sentences: for search, reading-level checks and reading aloud."""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,2}(\S(?:.*?\S)?)[*_]{1,2}(?!\w)")
_BLOCK_START = re.compile(r"^\s*(?:#+\s+|[-*+]\s+|\d+\.\s+)")


def markdown_to_plain(markdown: str) -> str:
    """Strip Markdown marks; headings and list items become sentences of their own."""
    lines: list[str] = []
    for raw in markdown.splitlines():
        is_block = bool(_BLOCK_START.match(raw))
        line = _BLOCK_START.sub("", raw).strip()
        line = _LINK.sub(r"\1", line)
        line = _EMPHASIS.sub(r"\1", line)
        if is_block and line and line[-1] not in ".!?:;":
            line += "."
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
