"""A pack checked once, read back at start-up as plain records (no pydantic, no Qt).

Checking a pack means importing pydantic and building its models: ~110 ms, most of the
time between the first window and its content. So once legapp.content.loader has loaded
and checked a pack, its records are kept in the user's cache folder as plain data
(``marshal``: values only, nothing that runs), with a key made of everything the check
depended on: every file of the pack (name, size, time changed), the built-in help and
pictures it may fall back to, legapp's own code that checks it, and Python's version.
The next start whose key matches reads the records back in a few ms, each as a
:class:`Record` of its model's name (a Topic, a Fact...) with the same fields and
methods (legapp.content.model_methods); any other start loads and checks the pack again.

The cache is never needed: a missing, damaged or unreadable one, or a folder it cannot
be written to (a full disk, a read-only kiosk), only means the pack is checked as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legapp.content.measured import reference_files
from legapp.content.model_methods import METHODS
from legapp.paths import bundled_content_dir, resources_dir

if TYPE_CHECKING:
    from legapp.content.models import ContentPack

FORMAT = b"legapp-pack-1\n"
_MODEL = "\x00model"  # the key that marks an encoded record: its model's class name
_LEGAPP = Path(__file__).resolve().parent.parent


class Record:
    """A checked record read back from the cache: its fields as attributes, frozen, equal
    to another of the same kind with the same fields (as the pydantic models are)."""

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    def __hash__(self) -> int:
        return hash((type(self).__name__, *vars(self).values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


_KINDS: dict[str, type] = {}


def record_kind(name: str) -> type:
    """The Record class standing for the model called ``name`` (one class per name)."""
    if name not in _KINDS:
        bases = (METHODS[name], Record) if name in METHODS else (Record,)
        _KINDS[name] = type(name, bases, {"__module__": __name__, "__qualname__": name, "__slots__": ()})
    return _KINDS[name]


# -- encoding: a checked pack as plain values ---------------------------------------------
def encode(node: Any) -> Any:
    """A checked pack (pydantic models) as values marshal keeps. TypeError for anything else."""
    fields = getattr(type(node), "model_fields", None)
    if fields is not None:
        return {_MODEL: type(node).__name__, **{name: encode(getattr(node, name)) for name in fields}}
    if isinstance(node, tuple):
        return tuple(encode(v) for v in node)
    if isinstance(node, list):
        return [encode(v) for v in node]
    if isinstance(node, dict):
        if not all(isinstance(k, str) for k in node):
            raise TypeError("a mapping whose keys are not words")
        return {k: encode(v) for k, v in node.items()}
    if node is None or isinstance(node, bool | int | float | str):
        return node
    raise TypeError(f"cannot keep a {type(node).__name__}")


def decode(node: Any) -> Any:
    if isinstance(node, dict):
        if _MODEL in node:
            record = object.__new__(record_kind(node[_MODEL]))
            vars(record).update({k: decode(v) for k, v in node.items() if k != _MODEL})
            return record
        return {k: decode(v) for k, v in node.items()}
    if isinstance(node, tuple):
        return tuple(decode(v) for v in node)
    if isinstance(node, list):
        return [decode(v) for v in node]
    return node


# -- the key ------------------------------------------------------------------------------
def _files(folder: Path, pattern: str) -> list[Path]:
    try:
        return sorted(p for p in folder.rglob(pattern) if "__pycache__" not in p.parts)
    except OSError:
        return []


def key(folder: Path, origin: str) -> bytes:
    """What a check of ``folder`` depended on; a file added, removed or changed changes it."""
    from legapp import __version__

    digest = hashlib.sha256(FORMAT + f"{sys.version}\0{__version__}\0{origin}\0".encode())
    help_locale = folder.name if (folder / "help.yaml").exists() else ""
    watched = [("pack", folder, _files(folder, "*")), ("code", _LEGAPP, _files(_LEGAPP, "*.py")),
               ("images", resources_dir() / "images", _files(resources_dir() / "images", "*")),
               ("clinical", resources_dir() / "clinical", _files(resources_dir() / "clinical", "*")),
               # the built-in tests a pack's are held to (legapp.content.measured)
               ("reference", resources_dir() / "content", reference_files())]
    if getattr(sys, "frozen", False):  # a bundle (packaging/legapp.spec): its code is in the program
        watched.append(("program", Path(sys.executable).parent, [Path(sys.executable)]))
    if not help_locale:  # a pack without help.yaml takes the built-in one of its language
        for locale_dir in (resources_dir() / "content").iterdir():
            watched.append(("help", locale_dir, [locale_dir / "help.yaml"]))
    if not (folder / "home_safety.yaml").exists():  # likewise the home safety check
        for locale_dir in (resources_dir() / "content").iterdir():
            watched.append(("home", locale_dir, [locale_dir / "home_safety.yaml"]))
    for label, base, paths in watched:
        for path in paths:
            if label == "code" and "qt" in path.relative_to(base).parts:
                continue  # the screens do not take part in a check
            try:
                st = path.stat()
            except OSError:
                continue
            digest.update(f"{label}:{path.relative_to(base)}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return digest.digest()


# -- the cache folder ---------------------------------------------------------------------
def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("legapp", appauthor=False)) / "content"


def _file_for(folder: Path, where: Path) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return where / f"pack-{name}.bin"


def read(folder: Path, origin: str, where: Path) -> Any | None:
    """The pack checked before, read back; None when there is none that still holds."""
    try:
        data = _file_for(folder, where).read_bytes()
    except OSError:
        return None
    want = FORMAT + key(folder, origin)
    if not data.startswith(want):
        return None
    try:
        pack = decode(marshal.loads(data[len(want):]))
    except (ValueError, EOFError, TypeError, KeyError):  # damaged: checked again and kept anew
        return None
    return pack if type(pack).__name__ == "ContentPack" else None


def keep(folder: Path, origin: str, pack: ContentPack, where: Path) -> bool:
    """Keep a checked ``pack`` for the next start; False (and nothing written) if it cannot be."""
    try:
        body = marshal.dumps(encode(pack))
    except (TypeError, ValueError):
        return False
    target = _file_for(folder, where)
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        where.mkdir(parents=True, exist_ok=True)
        with open(temp, "wb") as out:
            out.write(FORMAT + key(folder, origin) + body)
        os.replace(temp, target)  # whole or not at all: a reader never sees half a file
    except OSError:
        with contextlib.suppress(OSError):  # a half-written copy goes; none there is fine
            temp.unlink(missing_ok=True)
        return False
    return True


def checked(folder: Path, origin: str = "bundled", where: Path | None = None) -> Any:
    """The pack in ``folder``, checked: read back from ``where`` when it was checked before
    and nothing changed since, else loaded and checked (ContentError when broken) and kept
    in ``where``. ``where`` None: no cache, always checked."""
    folder = Path(folder)
    if where is not None:
        pack = read(folder, origin, where)
        if pack is not None:
            return pack
    from legapp.content.loader import load_pack

    pack = load_pack(folder, origin=origin)
    if where is not None:
        keep(folder, origin, pack, where)
    return pack


def load_with_fallback(custom: Path | None, locale: str, *,
                       where: Path | None = None) -> tuple[ContentPack, str | None]:
    """The custom pack if it is sound and in ``locale``; otherwise the bundled pack of
    that language, and the reason why when the custom one is broken. (A centre's own
    pack is in one language: a person who switches to another gets the built-in one.)
    ``where``: the cache folder (see :func:`checked`)."""
    from legapp.content.errors import ContentError

    if custom is not None:
        try:
            pack = checked(Path(custom), str(custom), where)
        except ContentError as exc:
            return checked(bundled_content_dir(locale), "bundled", where), str(exc)
        if pack.info.locale.split("_")[0] == locale:
            return pack, None
    return checked(bundled_content_dir(locale), "bundled", where), None
