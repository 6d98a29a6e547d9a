#!/usr/bin/env bash
# `make demo`: the SDK and CLI against the local emulator.
# Until the emulator and the CLI exist this fails and says what is missing:
# a demo that pretends to succeed would hide that.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[[ -f wrapper/media_intelligence/cli.py ]] || missing+=("CLI (wrapper/media_intelligence/cli.py)")
[[ -f emulator/media_intelligence_emulator/app.py ]] || missing+=("emulator app (emulator/media_intelligence_emulator/app.py)")

if (( ${#missing[@]} )); then
    echo "demo not implemented yet: needs emulator and CLI; missing: ${missing[*]}" >&2
    exit 1
fi
echo "demo not implemented yet: the emulator and the CLI exist, but scripts/demo.sh has no demo steps" >&2
exit 1
