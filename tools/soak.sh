#!/usr/bin/env bash
# The kiosk for MINUTES (default 10) of wall time, as a museum runs it,
# under AddressSanitizer (leaks included): real timers, the attract loop's
# animated moves, and every half minute a visitor who touches, walks away,
# and lets "Still there?" count down back to the loop. Every minute, at the
# same point of a visit, it prints the process's resident memory and its
# live heap (the bytes malloc has handed out and not had back, asked of
# the sanitizer's allocator through gdb). It fails if the live heap grew by
# 1 MB or more after the first two minutes (warm-up: fonts, rasters,
# sprites), if the resident memory trends upwards by more than 100 kB a
# minute (about 6 MB an hour), or if the sanitizer reports anything when
# the kiosk is told to quit. Why both: resident memory also moves with
# pages the allocator keeps or returns (a few MB either way from one
# minute to the next), so a small leak shows in the live heap long before
# it shows above that noise.
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
[ "$minutes" -ge $((warmup + 3)) ] || { echo "soak: run at least $((warmup + 3)) minutes (warm-up, then three to compare)"; exit 2; }
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
heap_kb () {
  gdb -p "$app" -batch -ex 'print (unsigned long) __sanitizer_get_current_allocated_bytes ()' 2>/dev/null \
    | awk '/^\$1 = / { printf "%d", $3 / 1024 }'
}
heap_series=()
rss_series=()
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
  heap=$(heap_kb)
  [ -n "$heap" ] || { echo "soak: gdb could not read the live heap (is gdb installed, ptrace allowed?)"; exit 1; }
  if [ "$minute" -gt "$warmup" ]; then
    rss_series+=("$rss")
    heap_series+=("$heap")
  fi
  printf 'minute %2d: RSS %d kB, live heap %d kB%s\n' "$minute" "$rss" "$heap" \
    "$([ "$minute" -le "$warmup" ] && printf ' (warm-up)')"
done
# The live heap's floor: the lowest of the first three minutes after
# warm-up against the lowest of the last three.
floor_of () { printf '%s\n' "$@" | sort -n | head -n 1; }
first_floor=$(floor_of "${heap_series[@]:0:3}")
last_floor=$(floor_of "${heap_series[@]: -3}")
worst=$(( last_floor - first_floor ))
# The resident memory's trend: the least-squares slope over the minutes
# after warm-up, in kB a minute.
rss_slope=$(printf '%s\n' "${rss_series[@]}" | awk '
  { n++; x = n; sx += x; sy += $1; sxx += x * x; sxy += x * $1 }
  END { d = n * sxx - sx * sx; slope = (d > 0) ? (n * sxy - sx * sy) / d : 0; printf "%d", slope }')

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
echo "soak: $minutes minutes ($elapsed s), $((minutes * 2)) visits; live heap floor $first_floor kB after warm-up, $last_floor kB at the end ($worst kB); RSS trend $rss_slope kB a minute; kiosk exit status $status; no sanitizer report"
[ "$worst" -lt 1024 ] || { echo "soak: FAIL, the live heap's floor rose by 1 MB or more after warm-up"; exit 1; }
[ "$rss_slope" -le 100 ] || { echo "soak: FAIL, resident memory trends upwards by $rss_slope kB a minute"; exit 1; }
