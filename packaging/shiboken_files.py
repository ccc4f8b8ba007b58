"""Write shiboken's Python support files (shibokensupport: how PySide reads signatures)
to a folder, compiled, for the bundle's ``shiboken6/files.dir``.

shiboken carries them as a zip inside its library and compiles them from source at every
start (~15 ms before the first window, on an old laptop more). Where ``files.dir`` stands
beside shiboken6/__init__, shiboken imports them from there instead, as any module, from
the .pyc files written here once, at build time (PySide's own switch, SBK_EMBED=0, does
the same but writes into the installed shiboken6 package).

    python packaging/shiboken_files.py OUT_DIR
"""

from __future__ import annotations

import compileall
import py_compile
import shutil
import sys
from pathlib import Path


def write(out: Path) -> Path:
    import PySide6.QtCore  # noqa: F401  (starts shiboken, which unpacks its support modules)

    loader = sys.modules["shibokensupport.signature.loader"].__loader__
    archive = getattr(loader, "zfile", None)
    if archive is None:  # already a files.dir: shiboken reads real files
        raise SystemExit("shiboken6 is not reading its embedded support files; nothing to extract")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    archive.extractall(out, members=[n for n in archive.namelist() if n.endswith(".py")])
    # Unchecked: the bundle's files keep no build-time dates worth checking against.
    compileall.compile_dir(out, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
