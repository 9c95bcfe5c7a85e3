#!/usr/bin/env bash
# Fuzzes the exhibit loader and validator with libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer (tests/fuzz/fuzz-exhibit.c).
#
# usage: tools/run-fuzz.sh [SECONDS]     (default 600)
#
# Installs clang and its fuzzer runtime if missing, configures build-fuzz/
# with clang and the sanitizers, seeds a temporary corpus with the bundled
# exhibit, tests/data/minimal.json and every file in tests/data/broken/, and
# runs the fuzzer for SECONDS. Prints the executions per second and in
# total, and any crash, leak, timeout or out-of-memory input (kept in
# build-fuzz/fuzz-artifacts/); exits non-zero if there is one.
#
# To replay one input: build-fuzz/tests/fuzz/fuzz-exhibit FILE
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/bootstrap.sh

seconds=${1:-600}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [SECONDS]" >&2
  exit 2
fi

build=build-fuzz
fuzzer=$build/tests/fuzz/fuzz-exhibit
artifacts=$build/fuzz-artifacts

kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_FUZZ_PACKAGES[@]}" || exit 1

if [ ! -f "$build/build.ninja" ]; then
  # b_sanitize instruments the library the harness links as well as the
  # harness; fuzzer-no-link gives the library coverage feedback, and the
  # harness alone links libFuzzer's main (tests/fuzz/meson.build).
  CC=clang meson setup "$build" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link || exit 1
fi
ninja -C "$build" tests/fuzz/fuzz-exhibit || exit 1

corpus=$(mktemp -d "${TMPDIR:-/tmp}/kwa-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
cp data/korean-war.json tests/data/minimal.json "$corpus"/
cp tests/data/broken/*.json "$corpus"/
# The bundled exhibit is larger than -max_len, so the fuzzer would only see
# its first 64 KiB, cut off mid-list; a shortened copy that is still JSON
# lets mutations reach the validator with real content.
python3 - data/korean-war.json "$corpus/korean-war-short.json" <<'EOF'
import json, sys
with open(sys.argv[1], encoding='utf-8') as f:
    exhibit = json.load(f)
for keep in range(20, 0, -1):
    short = {key: value[:keep] if isinstance(value, list) and key != 'sides' else value
             for key, value in exhibit.items()}
    text = json.dumps(short, ensure_ascii=False, indent=1).encode('utf-8')
    if len(text) <= 60000:
        break
with open(sys.argv[2], 'wb') as f:
    f.write(text)
EOF

mkdir -p "$artifacts"
log=$build/fuzz-last-run.log
stamp=$build/fuzz-last-run.stamp
touch "$stamp"
echo "Fuzzing the exhibit loader for $seconds s (log: $log)"

# GLib allocates through malloc so ASan sees every block; a UBSan report is
# a crash the fuzzer keeps the input of.
G_SLICE=always-malloc G_DEBUG=gc-friendly \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
"$fuzzer" \
  -max_total_time="$seconds" \
  -max_len=65536 \
  -timeout=5 \
  -rss_limit_mb=2048 \
  -dict=tests/fuzz/exhibit.dict \
  -artifact_prefix="$artifacts/" \
  -print_final_stats=1 \
  "$corpus" >"$log" 2>&1
status=$?

stat () {
  grep -E "^stat::$1:" "$log" | tail -n 1 | awk '{print $2}'
}

total=$(stat number_of_executed_units)
per_second=$(stat average_exec_per_sec)
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)" "$log"
echo "Executions: ${total:-unknown} in total, ${per_second:-unknown}/s"

mapfile -t found < <(find "$artifacts" -maxdepth 1 -type f \
  \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) \
  -newer "$stamp" | sort)
if [ "${#found[@]}" -gt 0 ]; then
  echo "Inputs that broke the loader:"
  printf '  %s\n' "${found[@]}"
fi

if [ "$status" -ne 0 ] || [ "${#found[@]}" -gt 0 ]; then
  grep -E "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY:" "$log" | head -n 20
  echo "FUZZ: failed (exit status $status; see $log)"
  exit 1
fi
echo "FUZZ: no crashes in $seconds s"
