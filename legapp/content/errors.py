"""The one kind of error a content pack can raise: it names the file and the field."""

from __future__ import annotations


class ContentError(Exception):
    """A pack that cannot be used. ``str()`` is the message shown to the person."""

    def __init__(self, file: str, field: str, problem: str):
        self.file, self.field, self.problem = file, field, problem
        where = f"{file}, {field}" if field else file
        super().__init__(f"{where}: {problem}")
