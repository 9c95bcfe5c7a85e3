#!/usr/bin/env bash
# Mutation testing (tests/mutations.txt): each plausible bug applied to a
# copy of the tree in build-mutate/, rebuilt, and the tests that should
# catch it run under Xvfb; prints "MUTATION SCORE: K of N killed" and exits
# non-zero below 90 %. About ten seconds a mutation on two cores.
# usage: tools/mutate.sh [--only TEXT] [--min-score 0.9]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/bootstrap.sh
kwa_ensure_packages "${KWA_BUILD_PACKAGES[@]}" "${KWA_TEST_PACKAGES[@]}"
exec xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- python3 tools/mutate.py "$@"
