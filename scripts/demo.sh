#!/usr/bin/env bash
# `make demo`: the whole workflow with the `mi` CLI against the local emulator.
#
#   1. generate the sample media (scripts/make_sample_media.py -> build/samples/)
#   2. start the emulator (`mi emulator start --write-profile`), which also serves an
#      S3-compatible store (moto's server, in its process) on a free loopback port
#   3. complete the profile (`mi configure`), create a workspace and a project
#   4. register a person from a face thumbnail
#   5. analyse the samples (upload, import, index), show an index and a scene summary
#   6. search by text, by image, with a person filter and with a dialogue filter,
#      and check that each search returns the expected top hit
#
# The emulator is stopped on exit, whatever happens. Any failing step fails
# the demo (set -e), and so does a search whose answer is not the expected one.
# Nothing outside a temporary folder and build/samples/ is touched: the profile
# goes to a temporary NCLOUD_CONFIG_FILE, not ~/.ncloud/configure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if ! command -v mi >/dev/null 2>&1 && [[ -x .venv/bin/mi ]]; then
    export PATH="$ROOT/.venv/bin:$PATH"
fi
for tool in mi python; do
    command -v "$tool" >/dev/null 2>&1 || { echo "demo: $tool not found (run \`make setup\`)" >&2; exit 1; }
done

STARTED=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mi-demo.XXXXXX")
SAMPLES="$ROOT/build/samples"
HELP="python $ROOT/scripts/demo_helpers.py"
export NCLOUD_CONFIG_FILE="$WORK/ncloud-configure"
export MI_EMULATOR_STATE_DIR="$WORK/emulator"
export COLUMNS="${COLUMNS:-120}"
unset NCLOUD_ACCESS_KEY_ID NCLOUD_SECRET_KEY MI_BASE_URL MI_WORKSPACE NCLOUD_PROFILE

cleanup() {
    status=$?
    set +e
    mi emulator stop >/dev/null 2>&1
    if (( status != 0 )); then
        echo >&2
        echo "demo FAILED (exit $status). Log: $MI_EMULATOR_STATE_DIR/emulator.log" >&2
        for log in "$MI_EMULATOR_STATE_DIR/emulator.log"; do
            [[ -f "$log" ]] && { echo "--- tail of $log" >&2; tail -n 20 "$log" >&2; }
        done
    else
        rm -rf "$WORK"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
show() { printf '$'; printf ' %q' "$@"; printf '\n'; "$@"; }

step "Sample media (drawn and encoded locally, no downloads)"
show python scripts/make_sample_media.py "$SAMPLES"
MEDIA=()
while IFS= read -r file; do MEDIA+=("$file"); done < <(python scripts/make_sample_media.py "$SAMPLES" --list --quiet)
printf '  %s\n' "${MEDIA[@]#"$ROOT/"}"

step "The emulator and its S3-compatible store, saved as profile demo (URL, S3 endpoint, keys)"
show mi emulator start --port 0 --db "$WORK/mi.db" --job-delay 0.2 --write-profile demo
export NCLOUD_PROFILE=demo
mi emulator status --json >"$WORK/emulator.json"
ACCESS_KEY=$($HELP get accessKey <"$WORK/emulator.json")
SECRET_KEY=$($HELP get secretKey <"$WORK/emulator.json")

step "The profile's default workspace (mi configure; the secret is read from stdin, never echoed)"
printf '%s\n' "$SECRET_KEY" | show mi configure --profile demo --access-key "$ACCESS_KEY" --secret-key-stdin \
    --workspace demo

step "A workspace linked to a bucket (created in the emulator's S3 store), and a project"
show mi workspaces create demo --bucket demo-media
show mi projects create samples
show mi projects list

step "Register a person from a face thumbnail (before the analysis, so that it recognises them)"
show mi persons create --name "Hong Gildong" --thumbnail "$SAMPLES/faces/hong_gildong.jpg"

step "Analyse the samples: upload, import, index (one progress line per file)"
show mi analyze "${MEDIA[@]}" --project samples --poll-interval 0.25

step "The index of the chase clip"
show mi index car_chase.mp4 --project samples

step "Scene summaries of the chase clip"
show mi summary car_chase.mp4 --project samples --timeout 120

step "Persons found (the registered one, and those the analysis added)"
show mi persons list

search() {
    local check=$1
    shift
    show mi search "$@"
    mi search "$@" --json | $HELP check "$check" "$SAMPLES/manifest.json"
}

step "Search by text"
search text "red car"

step "Search by image (the car picture, smaller and as PNG)"
search image --image "$SAMPLES/queries/red_car_query.png"

step "Search with a person filter: Hong Gildong without Kim Cheolsu"
search person "car" --person "Hong Gildong" --not-person "Kim Cheolsu"

step "Search with a dialogue filter"
search dialogue "car" --dialog "Where are the keys?"

step "Done"
echo "demo passed in $(( $(date +%s) - STARTED )) s"
