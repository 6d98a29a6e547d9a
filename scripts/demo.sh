#!/usr/bin/env bash
# `make demo`: the SDK and CLI against the local emulator.
# Until the emulator and the CLI exist this fails and says what is missing:
# a demo that pretends to succeed would hide that.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for module in media_intelligence.cli media_intelligence_emulator._server; do
    python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$module') is None)" \
        || missing+=("$module")
done

if (( ${#missing[@]} )); then
    echo "demo not implemented yet: needs emulator and CLI; missing modules: ${missing[*]}" >&2
    exit 1
fi
echo "demo not implemented yet: the emulator and the CLI exist, but scripts/demo.sh has no demo steps" >&2
exit 1
