#!/usr/bin/env bash
# ThreadSanitizer: the render and UI suites, including the language stress
# (200 switches while the story plays, with banded exports), built in
# build-tsan/ and run against a GLib rebuilt with ThreadSanitizer in
# build-tsan-glib/ (Debian's upstream source of the installed version,
# fetched once from deb.debian.org): GLib's locks are futexes and atomics
# that ThreadSanitizer sees only when GLib itself is instrumented, and
# without them every access under a GMutex looks like a race. Fails if any
# test fails or any race report points into our code (tools/tsan-report.py
# sorts them); reports inside the libraries alone are counted, not failed.
# About twenty minutes on two cores the first time, ten after.
# usage: tools/tsan.sh [MESON-TEST-ARGS...]   (e.g. test-language-stress)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/bootstrap.sh
kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_TEST_PACKAGES[@]}"

# GLib with ThreadSanitizer, once.
glib_version=$(dpkg-query -W -f '${Version}' libglib2.0-0 | sed 's/-.*//')
glib_prefix=$PWD/build-tsan-glib/install
if [ ! -f "$glib_prefix/.built-$glib_version" ]; then
  mkdir -p build-tsan-glib
  (
    cd build-tsan-glib
    tarball=glib2.0_$glib_version.orig.tar.xz
    [ -f "$tarball" ] || curl -sSfLO "http://deb.debian.org/debian/pool/main/g/glib2.0/$tarball"
    rm -rf "glib-$glib_version" && tar xf "$tarball"
    cd "glib-$glib_version"
    meson setup _build --prefix="$glib_prefix" --buildtype=debugoptimized \
      -Db_sanitize=thread -Db_lundef=false -Dtests=false -Dman=false -Dgtk_doc=false \
      -Dselinux=disabled -Dlibmount=disabled -Dlibelf=disabled -Dnls=disabled >/dev/null
    ninja -C _build install >/dev/null
  )
  touch "$glib_prefix/.built-$glib_version"
fi
glib_libdir=$(dirname "$(find "$glib_prefix" -name 'libglib-2.0.so.0' | head -n 1)")

if [ ! -f build-tsan/build.ninja ]; then
  meson setup build-tsan -Db_sanitize=thread -Db_lundef=false
fi
ninja -C build-tsan

# The reports stay in build-tsan/reports/ to be read again.
logs=$PWD/build-tsan/reports
rm -rf "$logs" && mkdir -p "$logs"
# The render and UI suites' GTest programs. (The suites' other checks run
# the app under tools such as openbox, cage or pdftotext, which would load
# the instrumented GLib without its runtime.)
if [ $# -eq 0 ]; then
  set -- test-render-references test-render-raster test-render-threads test-map-view test-panels \
    test-window test-actions test-presenter test-timeline-bar test-kiosk test-kiosk-idle test-language-stress \
    test-playback test-session test-tour-framing
fi

# GL is off (Mesa's threads are not ours to check); the reports go to
# files, one per process, and never stop a test (exitcode=0: a test fails
# on its own assertions; the reports are judged below). GSlice's per-thread
# magazines pass memory between threads behind ThreadSanitizer's back
# (always-malloc turns them off), and races inside the uninstrumented
# libraries (GTK, Pango, cairo) are theirs to find
# (ignore_noninstrumented_modules). A race in our code still shows: a plain
# int for the interface's language, read by one thread and written by
# another, is reported (tried on 2026-12-04).
# Only the tests get the instrumented GLib: D-Bus and the services it
# starts (the accessibility bus) keep the system's.
status=0
xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- \
  env LD_LIBRARY_PATH="$glib_libdir" G_SLICE=always-malloc GDK_DEBUG=gl-disable \
  TSAN_OPTIONS="log_path=$logs/tsan halt_on_error=0 exitcode=0 second_deadlock_stack=1 history_size=4 ignore_noninstrumented_modules=1" \
  meson test -C build-tsan --no-rebuild --print-errorlogs --num-processes 1 --timeout-multiplier 6 "$@" \
  || status=$?

shopt -s nullglob
reports=("$logs"/tsan.*)
python3 tools/tsan-report.py "$PWD" "${reports[@]}" || status=1
exit "$status"
