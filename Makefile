# legapp: each target sets itself up on a fresh machine (Python 3.11+ and, on a
# headless Debian box, the packages in ../shared/ci-apt.txt; `.ci/run` installs them).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# The words of the screens: i18n/*.ts are kept in the repo (edit them with
# `pyside6-linguist`); the .qm files Qt reads are built from them, never committed.
TS_FILES := $(wildcard i18n/legapp_*.ts)
QM_FILES := $(patsubst i18n/%.ts,resources/i18n/%.qm,$(TS_FILES))

.PHONY: run test lint bench screenshots clean translations ts dist test-dist

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

resources/i18n/%.qm: i18n/%.ts | $(STAMP)
	@mkdir -p resources/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After changing words in the code: gather them into the .ts files (new ones are
# marked unfinished; the tests then say which still need a translation).
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations absolute $$(git ls-files 'legapp/*.py') \
		-ts $(filter-out i18n/legapp_en.ts,$(TS_FILES))
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly -locations absolute $$(git ls-files 'legapp/*.py') \
		-ts i18n/legapp_en.ts

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench.py $(ARGS)

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py $(ARGS)

# The wheel and sdist, and the Linux package: a PyInstaller one-folder bundle
# (packaging/legapp.spec) in a .deb (scripts/build_deb.py; needs dpkg-deb, objdump,
# desktop-file-validate and appstreamcli, in ../shared/ci-apt.txt). About 1.5 minutes.
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

dist: $(STAMP) $(DIST_STAMP) translations
	rm -rf dist
	$(VENV)/bin/hatchling build -d dist
	$(PY) scripts/build_deb.py

# Install that .deb with dpkg (as root: it installs system-wide), start it under Xvfb,
# run its commands, remove it and check nothing is left (scripts/test_dist.sh).
test-dist: dist
	bash scripts/test_dist.sh

clean:
	rm -rf $(VENV) .bench screenshots/*.png build dist *.egg-info resources/i18n
