#!/usr/bin/env bash
# The kiosk for MINUTES (default 10) of wall time, as a museum runs it,
# under AddressSanitizer (leaks included): real timers, the attract loop's
# animated moves, and every half minute a visitor who touches, walks away,
# and lets "Still there?" count down back to the loop. It prints the
# process's resident memory every minute and fails if it grew by 1 MB or
# more after the first two minutes (warm-up: fonts, rasters, sprites), or
# if the sanitizer reports anything when the kiosk is told to quit.
# usage: tools/soak.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${KWA_SOAK_INNER:-}" != "1" ]; then
  source tools/bootstrap.sh
  kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_TEST_PACKAGES[@]}"
  kwa_build_asan >/dev/null
  exec env KWA_SOAK_INNER=1 xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- "$0" "$@"
fi

minutes=${1:-10}
warmup=2
[ "$minutes" -gt "$warmup" ] || { echo "soak: run longer than the $warmup minutes of warm-up"; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

export GSETTINGS_SCHEMA_DIR="$PWD/build-asan/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo
export GDK_DEBUG=gl-disable G_SLICE=always-malloc
# A small quarantine, so that freed memory the sanitizer holds back for
# use-after-free checks levels off within the warm-up instead of growing
# towards its 256 MB default and hiding a leak's growth.
export ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=8:abort_on_error=0
export LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

./build-asan/src/korean-war-atlas --kiosk --idle-timeout=6 >"$log" 2>&1 &
app=$!
sleep 8

rss_kb () { awk '/^VmRSS:/ { print $2 }' "/proc/$app/status"; }
baseline=0
worst=0
start=$(date +%s)
for minute in $(seq 1 "$minutes"); do
  # Two visitors a minute: a touch takes over, then nobody touches again,
  # so the idle timeout (6 s) and the countdown bring the loop back.
  for visit in 1 2; do
    xdotool mousemove 960 400 click 1
    sleep 2
    xdotool mousemove 700 500 click 1
    sleep 28
  done
  kill -0 "$app" 2>/dev/null || { echo "soak: the kiosk died in minute $minute"; cat "$log"; exit 1; }
  rss=$(rss_kb)
  if [ "$minute" -eq "$warmup" ]; then
    baseline=$rss
  fi
  growth=$(( minute > warmup ? rss - baseline : 0 ))
  [ "$growth" -gt "$worst" ] && worst=$growth
  printf 'minute %2d: RSS %d kB%s\n' "$minute" "$rss" \
    "$([ "$minute" -gt "$warmup" ] && printf ', %+d kB since minute %d' "$growth" "$warmup")"
done

# The administrator's way out; the sanitizer reports leaks as it exits.
xdotool key ctrl+alt+shift+q
for i in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
if kill -0 "$app" 2>/dev/null; then
  echo "soak: the kiosk did not quit on Ctrl+Alt+Shift+Q"; kill "$app"; exit 1
fi
wait "$app" && status=0 || status=$?
elapsed=$(( $(date +%s) - start ))

if grep -qE "ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:" "$log"; then
  echo "soak: the sanitizer reported:"; grep -A30 -E "ERROR: |runtime error:" "$log" | head -60; exit 1
fi
echo "soak: $minutes minutes ($elapsed s), $((minutes * 2)) visits; RSS grew at most $worst kB after warm-up; kiosk exit status $status; no sanitizer report"
[ "$worst" -lt 1024 ] || { echo "soak: FAIL, RSS grew by 1 MB or more after warm-up"; exit 1; }
