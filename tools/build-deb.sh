#!/usr/bin/env bash
# Builds the Debian packages korean-war-atlas and korean-war-atlas-kiosk
# from this checkout into build-deb/ (or the folder given), offline, as a
# museum's IT department would: dpkg-buildpackage -b -us -uc. The files git
# knows (as they are now in the checkout, committed or not) are copied
# into the folder first, so the checkout's own build folders stay out.
#
# usage: tools/build-deb.sh [OUT-DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(realpath -m "${1:-build-deb}")
rm -rf "$out"
mkdir -p "$out/src"

git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    [ -e "$file" ] && printf '%s\0' "$file"
  done | xargs -0 cp --parents -t "$out/src"

started=$(date +%s)
if ! (cd "$out/src" && DEB_BUILD_OPTIONS="nocheck noautodbgsym parallel=$(nproc)" dpkg-buildpackage -b -us -uc) \
     > "$out/build.log" 2>&1; then
  echo "dpkg-buildpackage failed; the end of $out/build.log:"
  tail -n 40 "$out/build.log"
  exit 1
fi
echo "built in $(( $(date +%s) - started )) s:"
ls -1 "$out"/*.deb
