"""The one kind of error a content pack can raise: it names the file and the field."""

from __future__ import annotations

from legapp.yaml_file import FileError


class ContentError(FileError):
    """A pack that cannot be used. ``str()`` is the message shown to the person."""
