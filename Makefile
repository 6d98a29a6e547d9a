# Tasks of ncloud-media-intelligence. Everything runs from .venv; the targets
# that need it build it first when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV := .venv
# tests/test_generation.py overrides BIN and RELAXED on the make command line.
BIN := $(VENV)/bin

SPEC := openapi.yaml
GENERATED := generated/media_intelligence_client
RELAXED := build/openapi.relaxed.yaml
# Our overrides of the generator's templates (absent optional fields are None;
# see templates/openapi-python-client/README.md).
TEMPLATES := templates/openapi-python-client

# Pinned so that lint results and the docs page change only when we bump it
# (tests/spec/test_redocly.py reads this line; package.json pins the same
# version for `make docs`, and tests/spec/test_docs_browser.py checks they agree).
REDOCLY_VERSION := 2.77.0

LINT_PATHS := $(wildcard wrapper emulator tests tools bench)
STAMP := $(VENV)/.installed
# Defined before the rules that list it: make expands prerequisites when it reads them.
NODE_STAMP := node_modules/.package-lock.json

.PHONY: setup generate generate-into generate-ice-into lint test test-thorough demo bench docs node-tools chromium \
	spec-diff conformance types-ts

setup:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --upgrade pip
	$(VENV)/bin/python -m pip install -e '.[dev,s3,cli,aiohttp]' -e ./emulator
	touch $(STAMP)

# The SDK and the emulator are two distributions (pyproject.toml, emulator/pyproject.toml); both are
# installed editable for development.
$(STAMP): pyproject.toml emulator/pyproject.toml
	$(MAKE) setup

# `make generate` writes everything derived from the contracts; generate-into
# writes the same files under ROOT (the drift test regenerates into a
# temporary ROOT and compares). The client generator reads a relaxed copy of
# the spec (see tools/relax_spec.py); openapi.yaml itself is never modified.
# The resource methods that send one operation each are rendered from their declarations
# (tools/resource_table.py, by tools/render_resources.py) into resources/_async/_rendered.py.
# The sync twins (client core, clients, paginators, resource modules) are derived
# from the async code written by hand in _async/ folders, and the typed
# with_raw_response views from the async clients and resources (tools/unasync.py).
generate: $(STAMP)
	@$(MAKE) --no-print-directory generate-into ROOT=.
	@$(MAKE) --no-print-directory generate-ice-into ROOT=.

# ruff, run by the client generator's post hooks, must be on PATH.
generate-into:
	@test -n "$(ROOT)" || { echo "usage: make generate-into ROOT=DIR" >&2; exit 2; }
	@mkdir -p $(ROOT)/generated $(ROOT)/wrapper/media_intelligence $(dir $(RELAXED))
	$(BIN)/python tools/compile_spec.py $(SPEC) $(ROOT)/generated/mi_spec \
		--errors-module $(ROOT)/wrapper/media_intelligence/_error_codes.py
	$(BIN)/ruff format --isolated --no-cache --quiet --target-version py311 --line-length 120 \
		$(ROOT)/generated/mi_spec $(ROOT)/wrapper/media_intelligence/_error_codes.py
	$(BIN)/python tools/relax_spec.py $(SPEC) $(RELAXED)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate \
		--path $(RELAXED) --config openapi-python-client.yaml --meta none --custom-template-path $(TEMPLATES) \
		--output-path $(ROOT)/$(GENERATED) --overwrite --fail-on-warning
	$(BIN)/python tools/render_resources.py --root $(ROOT) --ruff $(BIN)/ruff
	$(BIN)/python tools/unasync.py --root $(ROOT) --ruff $(BIN)/ruff

# The second contract, Alibaba Cloud ICE search (alibaba-ice.yaml), through the same recipe: its
# compiled spec model (generated/ice_spec) and its generated client, with the same templates (absent
# optional values are None), checked by tests/ice/test_generation.py, which regenerates into a
# temporary ROOT and compares.
ICE_SPEC := alibaba-ice.yaml
ICE_GENERATED := generated/alibaba_ice_client
ICE_RELAXED := build/alibaba-ice.relaxed.yaml

# The ICE wrapper's per-code exception classes (wrapper/alibaba_ice/_error_codes.py) derive from its own
# hierarchy (wrapper/alibaba_ice/_errors.py): one base per HTTP status.
ICE_ERROR_BASES := --errors-base ._errors --errors-root IceApiError \
	--errors-status-base 400=IceBadRequestError --errors-status-base 403=IcePermissionDeniedError \
	--errors-status-base 404=IceNotFoundError --errors-status-base 429=IceRateLimitError \
	--errors-status-base 5xx=IceServerError

generate-ice-into:
	@test -n "$(ROOT)" || { echo "usage: make generate-ice-into ROOT=DIR" >&2; exit 2; }
	@mkdir -p $(ROOT)/generated $(ROOT)/wrapper/alibaba_ice $(dir $(ICE_RELAXED))
	$(BIN)/python tools/compile_spec.py $(ICE_SPEC) $(ROOT)/generated/ice_spec --parameter-inputs \
		--errors-module $(ROOT)/wrapper/alibaba_ice/_error_codes.py $(ICE_ERROR_BASES)
	$(BIN)/ruff format --isolated --no-cache --quiet --target-version py311 --line-length 120 \
		$(ROOT)/generated/ice_spec $(ROOT)/wrapper/alibaba_ice/_error_codes.py
	$(BIN)/python tools/relax_spec.py $(ICE_SPEC) $(ICE_RELAXED)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate \
		--path $(ICE_RELAXED) --config alibaba-ice-python-client.yaml --meta none --custom-template-path $(TEMPLATES) \
		--output-path $(ROOT)/$(ICE_GENERATED) --overwrite --fail-on-warning

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy --strict

# The spec checks (openapi-spec-validator, Redocly lint, operations, error
# codes, examples, security) and the generated-code drift check are pytest
# tests under tests/, so they run here too. pytest runs even when lint fails,
# so that one run reports both; either failing fails the target.
test: $(STAMP) $(NODE_STAMP) chromium
	@status=0; \
	$(MAKE) --no-print-directory lint || status=1; \
	$(BIN)/python -m pytest || status=1; \
	exit $$status

test-thorough: $(STAMP)
	$(BIN)/python -m pytest --hypothesis-profile=thorough

demo: $(STAMP)
	PATH="$(abspath $(BIN)):$$PATH" bash scripts/demo.sh

bench: $(STAMP)
	@test -f bench/__main__.py || { echo "bench not implemented yet: bench/__main__.py does not exist" >&2; exit 1; }
	$(BIN)/python -m bench

# The API reference, one self-contained page per OpenAPI document at the root
# (openapi.yaml -> build/docs/index.html, <name>.yaml -> build/docs/<name>.html),
# built by the pinned Redocly CLI with its Redoc bundle inlined: no network.
docs: $(STAMP) $(NODE_STAMP)
	$(BIN)/python tools/build_docs.py

# -- contract tools ------------------------------------------------------------
# Node tools pinned in package.json / package-lock.json: api-smart-diff (spec
# diff), Redocly CLI (docs; ships the Redoc bundle), openapi-typescript and
# typescript (types-ts), playwright-core (drives Debian's Chromium in the docs test).

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(NODE_STAMP)

node-tools: $(NODE_STAMP)

# Headless Chromium (Debian package) for the docs page test; installed when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$sudo apt-get update && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y --no-install-recommends chromium; }

# Changes of openapi.yaml since the last release (v* tag, else origin/main, else
# main; BASE=ref to choose), classified for client users; fails on a breaking
# change without a version bump and a CHANGELOG.md section.
spec-diff: $(STAMP) $(NODE_STAMP)
	$(BIN)/python tools/spec_diff.py --check --json build/spec-diff.json $(if $(BASE),--base $(BASE))

# A live conformance run against a real account (read-only operations plus a
# scratch project it creates and deletes). Credentials as for the mi CLI
# (NCLOUD_ACCESS_KEY_ID / NCLOUD_SECRET_KEY or ~/.ncloud/configure);
# BASE_URL and WORKSPACE choose the endpoint and the workspace.
conformance: $(STAMP)
	$(BIN)/python -m tools.conformance $(if $(BASE_URL),--base-url $(BASE_URL)) \
		$(if $(WORKSPACE),--workspace $(WORKSPACE)) --json build/conformance.json

# TypeScript types of openapi.yaml, compiled with tsc --strict against a usage file.
types-ts: $(NODE_STAMP)
	node_modules/.bin/openapi-typescript $(SPEC) -o build/types-ts/media-intelligence.d.ts
	node_modules/.bin/tsc -p types-ts/tsconfig.json
