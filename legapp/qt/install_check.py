"""`legapp check-install`: does this copy of legapp have all it needs? For staff after
installing it (and for `make test-dist`, which runs it from the installed package): the
shipped files, both content packs (checked, and read back from a cache), the Spanish
words, a voice (the "mock" one unless another is named), the sound and printing parts of
Qt, a PDF report written and read back, and a chart drawn. Everything it writes goes to a temporary
folder; it shows no window. Prints one line a check, then "all N checks passed" or
exits with 1."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from legapp.paths import resources_dir, ui_dir


def _files() -> str:
    shipped = resources_dir()
    needed = [shipped / "content" / "en" / "pack.yaml", shipped / "content" / "es" / "pack.yaml",
              shipped / "clinical" / "norms.yaml", shipped / "i18n" / "legapp_es.qm",
              shipped / "sounds" / "start.wav", shipped / "images" / "chair-stand.svg",
              ui_dir() / "app.qss", ui_dir() / "high-contrast.qss"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise RuntimeError("missing: " + ", ".join(missing))
    return f"the shipped files are in {resources_dir().parent}"


def _packs(cache: Path) -> Callable[[], str]:
    def check() -> str:
        from legapp.content.pack_cache import load_with_fallback

        said = []
        for locale in ("en", "es"):
            pack, problem = load_with_fallback(None, locale, where=cache)  # checked, then kept
            again, _ = load_with_fallback(None, locale, where=cache)  # read back from the cache
            if problem or again.info.locale.split("_")[0] != locale or len(again.topics) != len(pack.topics):
                raise RuntimeError(f"the {locale} pack: {problem or 'not read back the same'}")
            said.append(f"{locale} ({len(pack.topics)} topics)")
        return "content packs " + ", ".join(said) + ", read back from the cache"
    return check


def _spanish() -> str:
    from legapp.qt.translation import use_language

    problem = use_language("es")
    english = "Leg strength and falls: my results"
    spanish = QCoreApplication.translate("ReportPdf", english)
    use_language("en")
    if problem or spanish == english:
        raise RuntimeError(problem or "the Spanish words were not found")
    return f'Spanish words: "{spanish}"'


def _speech(engine: str) -> Callable[[], str]:
    def check() -> str:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
        if engine not in engines:
            raise RuntimeError(f"no '{engine}' voice (there are: {', '.join(engines) or 'none'})")
        tts = QTextToSpeech(engine)
        tts.say("Hello")
        end = time.monotonic() + 5
        spoke = False
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            spoke = spoke or tts.state() == QTextToSpeech.State.Speaking
            if spoke and tts.state() == QTextToSpeech.State.Ready:
                break
            time.sleep(0.01)
        if tts.state() == QTextToSpeech.State.Error or not spoke:
            raise RuntimeError(f"the '{engine}' voice did not speak ({tts.errorString()})")
        return f"the '{engine}' voice spoke (voices here: {', '.join(engines)})"
    return check


def _plugins() -> str:
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    wanted = {"platforms": ("xcb", "offscreen"), "texttospeech": ("mock",), "multimedia": ("ffmpeg",),
              "printsupport": ("cups",), "imageformats": ("svg",)}
    missing = [f"{folder}/{name}" for folder, names in wanted.items() for name in names
               if not any(name in p.name for p in (plugins / folder).glob("*"))]
    if missing:
        raise RuntimeError(f"Qt plugins missing in {plugins}: {', '.join(missing)}")
    from PySide6 import QtMultimedia, QtPrintSupport  # noqa: F401  (they load)

    return "Qt's plugins for the screen, voice, sound and printing are there"


def _pdf(folder: Path) -> Callable[[], str]:
    def check() -> str:
        from legapp import assess
        from legapp.content.pack_cache import load_with_fallback
        from legapp.qt.report_pdf import write_pdf
        from legapp.qt.translation import use_language
        from legapp.track.profiles import Profile
        from legapp.track.records import record_of
        from legapp.track.report import build_report

        use_language("es")
        pack, _ = load_with_fallback(None, "es")
        records = [record_of(assess.score_chair_stand_30s(count, 72, "female"), {"count": count},
                             profile_id=1, content_version=1, taken_at=datetime(2026, 3, day, 10, tzinfo=UTC),
                             age=72, sex="female") for day, count in ((1, 11), (20, 13))]  # two: a chart
        report = build_report(Profile(1, "Ana María", 1954, "female"), records, pack, date(2026, 4, 1))
        path = folder / "informe.pdf"
        pages = write_pdf(report, path, "es_ES")
        use_language("en")
        head = path.read_bytes()[:5]
        if head != b"%PDF-" or pages < 1:
            raise RuntimeError(f"{path} is not a PDF")
        return f"a report in Spanish written as a PDF ({pages} page(s), {path.stat().st_size // 1024} KB)"
    return check


def _charts() -> str:
    import pyqtgraph
    from PySide6.QtGui import QColor

    plot = pyqtgraph.PlotWidget()
    plot.resize(400, 300)
    plot.plot([60, 70, 80], [14, 12, 10])
    image = plot.grab().toImage()
    plot.deleteLater()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    if image.isNull() or len(colours) < 3:  # the background, the axes and the line at least
        raise RuntimeError("a chart could not be drawn")
    return f"charts draw (pyqtgraph {pyqtgraph.__version__})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="legapp check-install",
                                     description="Check that this copy of legapp has all it needs.")
    parser.add_argument("--tts-engine", default="mock", metavar="NAME",
                        help='the voice to try (default "mock")')
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([*sys.argv[:1]])
    failed = 0
    with tempfile.TemporaryDirectory(prefix="legapp-check-") as tmp:
        checks = [_files, _packs(Path(tmp) / "cache"), _spanish, _plugins, _speech(options.tts_engine),
                  _pdf(Path(tmp)), _charts]
        for check in checks:
            try:
                print(f"ok: {check()}", flush=True)
            except Exception as exc:  # each check says what went wrong, and the others still run
                failed += 1
                print(f"PROBLEM: {exc}", flush=True)
    del app
    if failed:
        print(f"{failed} of {len(checks)} checks failed", flush=True)
        return 1
    print(f"all {len(checks)} checks passed", flush=True)
    return 0
