#!/usr/bin/env bash
# Makes the screenshots the AppStream metainfo shows in a software centre
# (data/screenshots/), from the app as built in build/, each in an Xvfb of
# its own at 1920x1080 with GTK's cairo renderer. Look at them before
# committing new ones.
#
# usage: tools/make-screenshots.sh [OUT-DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-data/screenshots}
app=build/src/korean-war-atlas
mkdir -p "$out"

# The window fills the screen: a settings file of its own (no window
# manager runs under Xvfb to maximise it).
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/glib-2.0/settings"
printf '[org/koreanwaratlas/Atlas]\nwindow-size=(1920, 1080)\n' > "$config/glib-2.0/settings/keyfile"

shoot () {  # NAME SECONDS ENV... -- ARGS...
  local name=$1 wait=$2; shift 2
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- bash -c '
    out=$1 wait=$2; shift 2
    "$@" & pid=$!
    sleep "$wait"
    import -window root "$out"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  ' _ "$out/$name.png" "$wait" env GSETTINGS_SCHEMA_DIR=build/data GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$config" \
      GSK_RENDERER=cairo NO_AT_BRIDGE=1 "${env[@]}" "$app" "$@"
  echo "$out/$name.png"
}

shoot explore 6 LANGUAGE=en -- --lang=en --event=inchon-landing
shoot kiosk 8 -- --kiosk --lang=ko
shoot dark 6 LANGUAGE=en ADW_DEBUG_COLOR_SCHEME=prefer-dark -- --lang=en --event=armistice
