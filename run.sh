#!/usr/bin/env bash
# Installs what is missing, builds into build/ and opens Korean War Atlas on
# the bundled exhibit. Arguments are passed to the app: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
source tools/bootstrap.sh

kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}"
kwa_build >/dev/null

export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec ./build/src/korean-war-atlas "$@"
