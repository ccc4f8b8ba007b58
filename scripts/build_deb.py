"""`make dist`'s Linux package: build the PyInstaller folder (packaging/legapp.spec) and
pack it with dpkg-deb into dist/legapp_<version>_<arch>.deb:

    /opt/legapp/                      the bundle (read only: legapp writes nothing there)
    /usr/bin/legapp                   a two-line launcher
    /usr/share/applications/          the menu entry (checked with desktop-file-validate)
    /usr/share/metainfo/              the AppStream data (checked with appstreamcli validate --no-net)
    /usr/share/icons/hicolor/         the icon: SVG, and PNGs rendered from it (scripts/render_icons.py)
    /usr/lib/systemd/user/            legapp-kiosk.service, not enabled (staff enable it)

Depends is found, not written by hand: every library a program or Qt plugin of the bundle
needs and the bundle does not hold is looked up (ldconfig, dpkg -S) to its Debian package.

    python scripts/build_deb.py [--reuse-bundle]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUNDLE = ROOT / "build" / "pyinstaller" / "dist" / "legapp"
STAGE = ROOT / "build" / "deb"
APP_ID = "org.legapp.legapp"
# Libraries a plugin needs only for something optional: the package recommends them.
OPTIONAL = {"libspeechd.so.2": "libspeechd2 (the speechd voice; without it, captions only)"}
ALWAYS = ["fonts-dejavu-core"]  # fontconfig needs a font to draw any word (and the PDF report)


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, text=True, **kw)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from legapp import __version__

    return __version__


def build_bundle() -> None:
    if not (ROOT / "resources" / "i18n" / "legapp_es.qm").exists():
        raise SystemExit("resources/i18n/*.qm are missing: run `make translations` first")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(BUNDLE.parent), "--workpath", str(ROOT / "build" / "pyinstaller" / "work"),
        str(PACKAGING / "legapp.spec"), cwd=ROOT)


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(path: Path) -> list[str]:
    out = run("objdump", "-p", str(path), capture_output=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, re.M)


def _system_libraries() -> dict[str, str]:
    out = run("ldconfig", "-p", capture_output=True).stdout
    found: dict[str, str] = {}
    for name, arch, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)", out, re.M):
        if "x86-64" in arch or "64" in arch or not arch.startswith("libc6"):
            found.setdefault(name, path)
    return found


def _packages_of(paths: set[str]) -> set[str]:
    """The Debian packages holding these files (a file under /lib is /usr/lib's too)."""
    asked = {p: {p, os.path.realpath(p)} for p in paths}
    for names in asked.values():
        names |= {n.replace("/lib/", "/usr/lib/", 1) for n in names if n.startswith("/lib/")}
        names |= {n.replace("/usr/lib/", "/lib/", 1) for n in names if n.startswith("/usr/lib/")}
    every = sorted(set().union(*asked.values()))
    out = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True).stdout
    owner = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        owner[path.strip()] = package.split(":")[0].strip()
    packages = set()
    for path, names in asked.items():
        held = [owner[n] for n in names if n in owner]
        if not held:
            raise SystemExit(f"no Debian package holds {path}: install it from a package, or bundle it")
        packages.add(held[0])
    return packages


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """The Debian packages of the libraries the bundle needs and does not hold, and the
    optional ones it would use where present."""
    elves = _elf_files(bundle)
    held = {p.name for p in elves} | {p.name for p in bundle.rglob("*.so*")}
    system = _system_libraries()
    used, missing = set(), []
    for path in elves:
        for name in _needed(path):
            if name in held:
                continue
            if name in OPTIONAL:
                continue
            if name not in system:  # a soname only a symlink gives (libbz2.so.1): the loader finds it too
                folders = {Path(s).parent for s in system.values()}
                beside = [str(d / name) for d in folders if (d / name).exists()]
                if beside:
                    system[name] = sorted(beside)[0]
            if name not in system:
                missing.append(f"{name} (needed by {path.relative_to(bundle)})")
                continue
            used.add(system[name])
    if missing:
        raise SystemExit("libraries found nowhere:\n  " + "\n  ".join(sorted(set(missing))))
    libc = run("dpkg-query", "-W", "-f=${Version}", "libc6", capture_output=True).stdout.split("-")[0]
    deps = sorted(_packages_of(used) | set(ALWAYS))
    deps = [f"libc6 (>= {libc})" if d == "libc6" else d for d in deps]
    return deps, sorted(OPTIONAL.values())


def validate(stage: Path) -> None:
    desktop = stage / "usr/share/applications" / f"{APP_ID}.desktop"
    metainfo = stage / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    for args in (["desktop-file-validate", str(desktop)],
                 ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)]):
        result = subprocess.run(args, capture_output=True, text=True)
        said = (result.stdout + result.stderr).strip() or "(nothing: no errors, no warnings)"
        print(f"{args[0]}: {said}")
        if result.returncode != 0:
            raise SystemExit(f"{args[0]} failed on {args[-1]}")


def stage_package(arch: str, ver: str) -> Path:
    shutil.rmtree(STAGE, ignore_errors=True)
    stage = STAGE / f"legapp_{ver}_{arch}"
    shutil.copytree(BUNDLE, stage / "opt" / "legapp", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    shutil.copy2(PACKAGING / "debian" / "legapp", bin_dir / "legapp")
    share = stage / "usr" / "share"
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy2(PACKAGING / "debian" / name, share / folder / name)
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(PACKAGING / "icons" / "legapp.svg", icons / "scalable" / "apps" / "legapp.svg")
    run(sys.executable, str(ROOT / "scripts" / "render_icons.py"), str(icons), capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    units = stage / "usr" / "lib" / "systemd" / "user"
    units.mkdir(parents=True)
    shutil.copy2(PACKAGING / "debian" / "legapp-kiosk.service", units / "legapp-kiosk.service")
    doc = share / "doc" / "legapp"
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "README.md", doc / "README.md")
    for path in stage.rglob("*"):  # as dpkg expects: nobody but root may write
        mode = path.stat().st_mode if not path.is_symlink() else None
        if mode is not None:
            path.chmod(0o755 if path.is_dir() or mode & 0o111 else 0o644)
    return stage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse-bundle", action="store_true", help="pack the bundle already built")
    options = parser.parse_args(argv)
    started = time.monotonic()
    if not (options.reuse_bundle and BUNDLE.is_dir()):
        build_bundle()
    built = time.monotonic()
    arch = run("dpkg", "--print-architecture", capture_output=True).stdout.strip()
    ver = version()
    stage = stage_package(arch, ver)
    validate(stage)
    deps, optional = depends(stage / "opt" / "legapp")
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = (PACKAGING / "debian" / "control.in").read_text()
    control = (control.replace("@VERSION@", ver).replace("@ARCH@", arch).replace("@SIZE_KB@", str(size_kb))
               .replace("@DEPENDS@", ", ".join(deps)))
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control)
    out = ROOT / "dist" / f"legapp_{ver}_{arch}.deb"
    out.parent.mkdir(exist_ok=True)
    # zstd: 3 s to pack where xz takes 110 s on 2 cores, for 80 MB instead of 66 (dpkg reads both)
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(stage), str(out),
        capture_output=True)
    done = time.monotonic()
    bundle_mb = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"Depends: {', '.join(deps)}")
    print(f"Recommends (optional): {', '.join(optional)}")
    print(f"built {out.relative_to(ROOT)}: package {out.stat().st_size / 1e6:.1f} MB, "
          f"bundle {bundle_mb:.1f} MB; "
          f"bundle {built - started:.0f} s, package {done - built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
