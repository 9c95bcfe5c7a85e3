#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite: unit tests,
# data checks and UI tests (under Xvfb and a private D-Bus session), then
# the unit, UI and render suites again in build-asan/, built with
# AddressSanitizer and UndefinedBehaviorSanitizer (KWA_SKIP_ASAN=1 skips
# that run), and thirty seconds of fuzzing the exhibit loader
# (KWA_SKIP_FUZZ=1 skips it), and the Debian packages built and checked
# (KWA_SKIP_DEB=1 skips that). Ends with "TESTS: N passed, N failed"
# counting all of them and exits non-zero on any failure (and, with CI set,
# on any skip).
set -uo pipefail
cd "$(dirname "$0")"
source tools/bootstrap.sh

# How long each part took, printed at the end: CI allows twenty minutes
# for all of it, and this says where they go.
phase_times=()
phase_started=$SECONDS
phase_done () {
  phase_times+=("$1 $((SECONDS - phase_started)) s")
  phase_started=$SECONDS
}

kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_TEST_PACKAGES[@]}" || exit 1
kwa_refresh_gio_module_cache
kwa_build || { echo "TESTS: 0 passed, 1 failed"; exit 1; }
phase_done "set-up and build"

log=build/meson-logs/test-summary.txt
xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- \
  meson test -C build --print-errorlogs --num-processes 2 --no-suite package "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
phase_done "tests"

count () {
  # Meson's closing summary: "Ok:                 12"
  local value
  value=$(grep -E "^$2:[[:space:]]+[0-9]+" "$1" | tail -n 1 | awk '{print $NF}')
  echo "${value:-0}"
}

passed=$(( $(count "$log" Ok) + $(count "$log" "Expected Fail") ))
failed=$(( $(count "$log" Fail) + $(count "$log" "Unexpected Pass") + $(count "$log" Timeout) ))
skipped=$(count "$log" Skipped)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # meson itself failed (a build error, a crash of the harness)
fi

# The same code under AddressSanitizer (with leak checking) and
# UndefinedBehaviorSanitizer: any report aborts the test. tests/lsan.supp
# lists the system libraries' own leaks, each explained; GDK_DEBUG=gl-disable
# skips the OpenGL probe (the tests draw with cairo), whose Mesa driver
# loses a block in a module unloaded before LeakSanitizer can name it.
asan_suites=(--suite unit --suite ui --suite render)
if [ "${KWA_SKIP_ASAN:-}" = "1" ]; then
  echo "SKIP: the sanitizer run (KWA_SKIP_ASAN=1)"
elif ! kwa_build_asan; then
  echo "The sanitizer build failed"
  failed=$((failed + 1))
elif [ $# -gt 0 ] && ! meson test -C build-asan --no-rebuild --list "${asan_suites[@]}" "$@" >/dev/null 2>&1; then
  echo "SKIP: the sanitizer run (none of the selected tests is in its suites)"
else
  phase_done "sanitizer build"
  asan_log=build-asan/meson-logs/test-summary.txt
  G_SLICE=always-malloc G_DEBUG=gc-friendly GDK_DEBUG=gl-disable \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  xvfb-run -a -s "-screen 0 1920x1080x24" \
    dbus-run-session -- \
    meson test -C build-asan --no-rebuild --print-errorlogs --num-processes 2 \
      "${asan_suites[@]}" "$@" 2>&1 | tee "$asan_log"
  asan_status=${PIPESTATUS[0]}
  phase_done "sanitizer tests"

  passed=$(( passed + $(count "$asan_log" Ok) + $(count "$asan_log" "Expected Fail") ))
  asan_failed=$(( $(count "$asan_log" Fail) + $(count "$asan_log" "Unexpected Pass") + $(count "$asan_log" Timeout) ))
  skipped=$(( skipped + $(count "$asan_log" Skipped) ))
  if [ "$asan_status" -ne 0 ] && [ "$asan_failed" -eq 0 ]; then
    asan_failed=1
  fi
  failed=$((failed + asan_failed))
  [ "$asan_status" -eq 0 ] || status=$asan_status
fi

# Thirty seconds of fuzzing the exhibit loader (tools/run-fuzz.sh; about a
# minute and a half with its build), when clang and its libFuzzer runtime
# can be had. KWA_SKIP_FUZZ=1 skips it; so does choosing tests by name.
if [ $# -gt 0 ]; then
  :
elif [ "${KWA_SKIP_FUZZ:-}" = "1" ]; then
  echo "SKIP: the fuzz smoke run (KWA_SKIP_FUZZ=1)"
  skipped=$((skipped + 1))
elif ! { kwa_ensure_packages "${KWA_FUZZ_PACKAGES[@]}" && kwa_have_libfuzzer; }; then
  echo "SKIP: the fuzz smoke run (clang's libFuzzer runtime is missing: install ${KWA_FUZZ_PACKAGES[*]})"
  skipped=$((skipped + 1))
elif tools/run-fuzz.sh 30; then
  passed=$((passed + 1))
  phase_done "fuzzing (with its build)"
else
  failed=$((failed + 1))
  phase_done "fuzzing (with its build)"
fi

# The Debian packages, built and checked from their contents (suite
# "package", tests/check-deb.sh: about a minute and a half), last, so that
# their compile does not share the cores with timed or windowed tests.
# KWA_SKIP_DEB=1 skips it; so does choosing tests by name.
if [ $# -gt 0 ]; then
  :
elif [ "${KWA_SKIP_DEB:-}" = "1" ]; then
  echo "SKIP: the Debian package check (KWA_SKIP_DEB=1)"
  skipped=$((skipped + 1))
else
  deb_log=build/meson-logs/test-deb.txt
  meson test -C build --no-rebuild --print-errorlogs --suite package 2>&1 | tee "$deb_log"
  deb_status=${PIPESTATUS[0]}
  passed=$(( passed + $(count "$deb_log" Ok) ))
  skipped=$(( skipped + $(count "$deb_log" Skipped) ))
  deb_failed=$(( $(count "$deb_log" Fail) + $(count "$deb_log" Timeout) ))
  if [ "$deb_status" -ne 0 ] && [ "$deb_failed" -eq 0 ]; then
    deb_failed=1
  fi
  failed=$((failed + deb_failed))
  phase_done "Debian packages"
fi

# On CI (a Debian 12 machine this script has set up) every test can run:
# a skip there means a tool went missing, and is a failure.
if [ -n "${CI:-}" ] && [ "$skipped" -gt 0 ]; then
  echo "CI: $skipped test(s) skipped; on Debian 12 with the packages above installed, none may be"
  failed=$((failed + skipped))
fi

printf 'TIME: %s\n' "${phase_times[@]}" "all $SECONDS s"
echo "TESTS: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
