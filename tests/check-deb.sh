#!/usr/bin/env bash
# The Debian packages as a museum's IT department gets them: both built
# (tools/build-deb.sh), lintian without errors, then the app's package
# unpacked into a temporary root and run from there, with the package's
# own settings schema and exhibit: --version, --validate and --render.
# The kiosk package's session script is checked for its shell and its
# settings file. Skips (77) where dpkg-buildpackage or lintian is missing.
#
# usage: check-deb.sh SOURCE-DIR OUT-DIR VERSION
set -uo pipefail
source_dir=$1 out=$2 version=$3

for tool in dpkg-buildpackage dh lintian; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian: dpkg-dev debhelper lintian)"
    exit 77
  fi
done

fail () { echo "FAIL: $*"; exit 1; }

"$source_dir/tools/build-deb.sh" "$out" || fail "the packages did not build"
app_deb=$(ls "$out"/korean-war-atlas_"$version"_*.deb 2>/dev/null | head -n 1)
kiosk_deb=$(ls "$out"/korean-war-atlas-kiosk_"$version"_all.deb 2>/dev/null | head -n 1)
[ -n "$app_deb" ] || fail "no korean-war-atlas_${version} package in $out"
[ -n "$kiosk_deb" ] || fail "no korean-war-atlas-kiosk_${version} package in $out"

# Errors fail; warnings are printed for a reader.
lintian --fail-on error --allow-root "$app_deb" "$kiosk_deb" || fail "lintian reports errors"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$app_deb" "$root/app" || fail "dpkg-deb -x $app_deb"
dpkg-deb -x "$kiosk_deb" "$root/kiosk" || fail "dpkg-deb -x $kiosk_deb"

app="$root/app/usr/bin/korean-war-atlas"
share="$root/app/usr/share"
for file in "$app" "$share/korean-war-atlas/korean-war.json" "$share/korean-war-atlas/korea-basemap.svg" \
            "$share/korean-war-atlas/korean-war.schema.json" "$share/man/man1/korean-war-atlas.1.gz" \
            "$share/applications/org.koreanwaratlas.Atlas.desktop" \
            "$share/metainfo/org.koreanwaratlas.Atlas.metainfo.xml" \
            "$share/glib-2.0/schemas/org.koreanwaratlas.Atlas.gschema.xml" \
            "$share/locale/ko/LC_MESSAGES/korean-war-atlas.mo" \
            "$share/icons/hicolor/scalable/apps/org.koreanwaratlas.Atlas.svg"; do
  [ -e "$file" ] || fail "the package lacks ${file#"$root/app"}"
done

# The package's own schema, compiled as its trigger would on a machine.
mkdir -p "$root/schemas" "$root/home"
glib-compile-schemas --targetdir="$root/schemas" "$share/glib-2.0/schemas" || fail "its schema does not compile"
export GSETTINGS_SCHEMA_DIR="$root/schemas" GSETTINGS_BACKEND=memory HOME="$root/home"
unset DISPLAY WAYLAND_DISPLAY

said=$("$app" --version) || fail "--version exited $?"
[ "$said" = "korean-war-atlas $version" ] || fail "--version says '$said', the package is $version"

"$app" --validate --data="$share/korean-war-atlas/korean-war.json" || fail "--validate of the package's exhibit"

"$app" --render=1950-09-15 --size=960x540 --output="$root/inchon.png" || fail "--render exited $?"
size=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$root/inchon.png")
[ "$size" = "960x540" ] || fail "--render drew $size, not 960x540"

session="$root/kiosk/usr/libexec/korean-war-atlas/kiosk-session"
[ -x "$session" ] || fail "the kiosk package lacks an executable kiosk-session"
sh -n "$session" || fail "kiosk-session is not valid sh"
[ -f "$root/kiosk/etc/korean-war-atlas/kiosk.conf" ] || fail "the kiosk package lacks kiosk.conf"
(. "$root/kiosk/etc/korean-war-atlas/kiosk.conf" && [ -z "$IDLE_TIMEOUT" ] || [ "$IDLE_TIMEOUT" -ge 10 ]) ||
  fail "kiosk.conf's IDLE_TIMEOUT is neither empty nor 10 seconds or more"
# The session starts the app with the settings of its file.
printf '#!/bin/sh\necho "$@"\n' > "$root/cage" && chmod +x "$root/cage"
printf 'IDLE_TIMEOUT=120\nEXHIBIT=/srv/exhibit/korean-war.json\n' > "$root/kiosk.conf"
args=$(PATH="$root:$PATH" KWA_KIOSK_CONF="$root/kiosk.conf" "$session")
[ "$args" = "-d -- /usr/bin/korean-war-atlas --kiosk --idle-timeout=120 --data=/srv/exhibit/korean-war.json" ] ||
  fail "kiosk-session ran cage with '$args'"

echo "packages $version: built, lintian clean of errors, the app runs from its package (version, validate, render)"
