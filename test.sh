#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite: unit tests,
# data checks and UI tests (under Xvfb and a private D-Bus session).
# Ends with "TESTS: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
source tools/bootstrap.sh

kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_TEST_PACKAGES[@]}" || exit 1
kwa_build || { echo "TESTS: 0 passed, 1 failed"; exit 1; }

log=build/meson-logs/test-summary.txt
xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- \
  meson test -C build --print-errorlogs --num-processes 2 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

count () {
  # Meson's closing summary: "Ok:                 12"
  local value
  value=$(grep -E "^$1:[[:space:]]+[0-9]+" "$log" | tail -n 1 | awk '{print $NF}')
  echo "${value:-0}"
}

passed=$(( $(count Ok) + $(count "Expected Fail") ))
failed=$(( $(count Fail) + $(count "Unexpected Pass") + $(count Timeout) ))
skipped=$(count Skipped)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # meson itself failed (a build error, a crash of the harness)
fi

echo "TESTS: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
