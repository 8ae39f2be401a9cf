# `make run` starts the app, `make test` runs every check; both set up what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck catalog translations images images3d sounds icons screenshots bench benchmark package \
        package-check deb system-deps gui-deps clean

run: gui-deps $(STAMP)
	$(BIN)/acupress $(ARGS)

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	@$(MAKE) --no-print-directory package-check
	$(BIN)/python -m pytest  # last, so its summary closes the run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

## Rebuild resources/points.db from the TOML source under resources/catalog/.
catalog: $(STAMP)
	$(BIN)/python -m acupress_desktop.storage.catalog_build

## Collect the interface texts (tr("...")) into the Qt Linguist source resources/i18n/*.ts (translate them
## there with pyside6-linguist) and compile the .qm files the app loads.
I18N_SOURCES = $(sort $(wildcard acupress_desktop/*.py acupress_desktop/ui/*.py acupress_desktop/ui/*/*.py \
	acupress_desktop/printing/*.py acupress_desktop/painting/*.py))
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -locations none -no-obsolete -ts resources/i18n/acupress_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/i18n/acupress_zh_CN.ts -qm resources/i18n/acupress_zh_CN.qm

## Regenerate the pictures (resources/images/) from the one 3D body; needs the build-time extra "atlas".
images: $(STAMP)
	$(BIN)/python -m pip install --quiet --editable '.[atlas]'
	cd tools && ../$(BIN)/python -m atlasgen ../resources/images
	cp tools/atlasgen/data/NOTICE tools/atlasgen/data/LICENSE-* resources/images/

images3d: images  # the target's name while the 3D views sat beside the hand-drawn ones

## Regenerate the session sounds (resources/sounds/).
sounds: $(STAMP)
	$(BIN)/python scripts/make_sounds.py

## Render the application icon's hicolor PNGs from resources/icons/*.svg.
icons: $(STAMP)
	$(BIN)/python scripts/make_icons.py

## Build the one-folder app in dist/acupress/ with PyInstaller (about a minute), then say what takes the space.
package: system-deps $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/acupress.spec
	$(BIN)/python packaging/check_bundle.py --only size

## Build the bundle and run it as a user would: --smoke offscreen, print a sheet, contents (part of `make test`).
package-check: package
	$(BIN)/python packaging/check_bundle.py --only checks

## dist/acupress_<version>_<arch>.deb from the bundle, checked with lintian (a few minutes: xz and lintian).
deb: package
	@scripts/system-deps.sh --gui --deb
	$(BIN)/python packaging/linux/build_deb.py --lintian

## Render every view and the main windows to PNG under docs/screenshots/ (offscreen).
screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/render_atlas_sheet.py docs/screenshots/views
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot_windows.py docs/screenshots
	ACUPRESS_LANG=zh_CN QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot_windows.py docs/screenshots/zh
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot_dark.py docs/screenshots/dark

## Speed and memory figures, as ratios against a baseline: every script in benchmarks/ (see benchmarks/README.md).
bench: system-deps $(STAMP)
	@set -e; for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script; done

benchmark: bench

system-deps:
	@scripts/system-deps.sh

gui-deps:
	@scripts/system-deps.sh --gui

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[test,package,atlas]'
	@touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
