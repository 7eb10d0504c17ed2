# Incident Tracker: set-up, tests and packaging on Debian 12 (QGIS 3.22 LTR from Debian).
# `make qgis` opens QGIS with the plugin, the sample store and the zones; `make test` runs the suite.

SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV ?= $(HOME)/.cache/incident-tracker/venv
VPY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# PostgreSQL/PostGIS for the team-store tests (they start their own server on 127.0.0.1):
# Debian 12 has PostgreSQL 15, Debian 13 has 17.
PG_MAJOR ?= $(shell ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n1 | grep . || \
	(apt-cache depends postgresql 2>/dev/null | grep -o 'postgresql-[0-9]*' | head -n1 | cut -d- -f2) || echo 15)
TEST_PACKAGES := python3-qgis qgis-providers python3-shapely python3-pyproj python3-gdal gdal-bin \
	python3-pytest python3-hypothesis python3-venv proj-data \
	postgresql postgresql-$(PG_MAJOR)-postgis-3 python3-psycopg2 poppler-utils
DESKTOP_PACKAGES := qgis xvfb xauth
# The desktop tests build the translations from i18n/glossary.json with Qt's tools when present.
TRANSLATION_TOOLS := pyqt5-dev-tools qttools5-dev-tools
BOUNDARIES ?= $(abspath ../shared/data/cod-ab-irq)
PROFILE ?= incident-tracker
PROFILE_DIR := $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)
PLUGIN_NAME := incident_tracker
DEMO_DIR ?= $(HOME)/.cache/incident-tracker/demo
RUNTIME := __init__.py metadata.txt LICENSE README.md plugin resources i18n
PYTEST_ARGS ?=
# pyproj in a venv looks for PROJ's data under the venv's prefix; point it at the system's.
export PROJ_DATA ?= /usr/share/proj

.PHONY: deps deps-desktop venv lint test test-ltr test-domain test-qgis test-desktop screenshots qgis install-plugin demo package translations clean

define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi
endef

deps:
	$(call apt_install,$(TEST_PACKAGES))

deps-desktop: deps
	$(call apt_install,$(DESKTOP_PACKAGES))

$(VPY): requirements-test.txt
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q -r requirements-test.txt
	touch $(VPY)

venv: deps $(VPY)

test-domain: venv
	cd tests && $(VPY) -m pytest -p no:pytest_qgis -p no:cacheprovider domain $(PYTEST_ARGS)

# An API that QGIS deprecates fails a test (the plugin must run on QGIS 4, which drops deprecated APIs); QGIS's own
# Processing plugin still calls codecs.open, deprecated by Python 3.14: not ours, ignored.
QGIS_WARNINGS = -W error::DeprecationWarning -W "ignore:codecs.open:DeprecationWarning"

test-qgis: venv
	cd tests && QT_QPA_PLATFORM=offscreen INCIDENT_TRACKER_BOUNDARIES=$(BOUNDARIES) \
	  $(VPY) -m pytest -p no:cacheprovider -rs $(QGIS_WARNINGS) qgis $(PYTEST_ARGS)

# The desktop harness (tests/desktop): a real QGIS desktop under Xvfb, driven with key clicks and mouse
# clicks, one QGIS start per test module; skipped where no qgis/xvfb-run can be installed.
test-desktop: venv
	-$(call apt_install,$(DESKTOP_PACKAGES) $(TRANSLATION_TOOLS))
	cd tests && INCIDENT_TRACKER_BOUNDARIES=$(BOUNDARIES) \
	  $(VPY) -m pytest -p no:cacheprovider -p no:pytest_qgis -rs desktop $(PYTEST_ARGS)

# The README's screenshots, retaken by the desktop harness.
screenshots: venv
	cd tests && HARNESS_SCREENSHOTS=$(abspath docs) INCIDENT_TRACKER_BOUNDARIES=$(BOUNDARIES) \
	  $(VPY) -m pytest -p no:cacheprovider -p no:pytest_qgis -rs desktop/test_screenshots.py desktop/test_screenshots_ar.py

# ruff (style, imports) on the whole checkout; bandit (security) on the plugin's code, as the QGIS plugin
# repository scans uploads.
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/bandit -q -c bandit.yaml -r plugin __init__.py

test: test-domain test-qgis test-desktop

install-plugin: deps-desktop
	mkdir -p $(PROFILE_DIR)/python/plugins
	rm -rf $(PROFILE_DIR)/python/plugins/$(PLUGIN_NAME)
	mkdir -p $(PROFILE_DIR)/python/plugins/$(PLUGIN_NAME)
	cp -r $(wildcard $(RUNTIME)) $(PROFILE_DIR)/python/plugins/$(PLUGIN_NAME)/
	$(PYTHON) scripts/enable_plugin.py $(PROFILE_DIR) $(PLUGIN_NAME)

demo: deps
	QT_QPA_PLATFORM=offscreen $(PYTHON) scripts/build_demo.py --boundaries $(BOUNDARIES) --out $(DEMO_DIR)

qgis: install-plugin demo
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No screen here. Run QGIS on a virtual one:"; \
	  echo "  xvfb-run -a -s '-screen 0 1600x1000x24' qgis --profile $(PROFILE) --nologo $(DEMO_DIR)/demo.qgz"; \
	else qgis --profile $(PROFILE) --nologo $(DEMO_DIR)/demo.qgz; fi

translations:
	$(call apt_install,$(TRANSLATION_TOOLS))
	$(PYTHON) scripts/build_translations.py

package:
	rm -rf build/package && mkdir -p build/package/$(PLUGIN_NAME) dist
	cp -r $(wildcard $(RUNTIME)) build/package/$(PLUGIN_NAME)/
	find build/package -name '__pycache__' -prune -exec rm -rf {} + ; find build/package \( -name '*.ts' -o -name 'glossary.json' \) -delete
	cd build/package && rm -f ../../dist/$(PLUGIN_NAME).zip && $(PYTHON) -m zipfile -c ../../dist/$(PLUGIN_NAME).zip $(PLUGIN_NAME)
	@echo "dist/$(PLUGIN_NAME).zip"

clean:
	rm -rf build dist

# The same suite on QGIS 3.40 LTR (Debian 13) and QGIS 3.44 LTR (Debian forky), each in a chroot under
# /var/cache/incident-tracker, built once.
test-ltr:
	bash scripts/ltr_env.sh trixie
	bash scripts/ltr_env.sh forky

# Benchmarks against ogr2ogr and QGIS (bench/RESULTS.md); `make bench SIZES=10000,100000,1000000` for the full run.
SIZES ?= 10000,100000
bench: deps
	QT_QPA_PLATFORM=offscreen INCIDENT_TRACKER_BOUNDARIES=$(BOUNDARIES) $(PYTHON) bench/run.py --sizes $(SIZES)

# Soak: imports, adds, updates and deletes on one store for SOAK_MINUTES, checked every round.
SOAK_MINUTES ?= 10
soak: deps
	$(PYTHON) bench/soak.py --minutes $(SOAK_MINUTES)
