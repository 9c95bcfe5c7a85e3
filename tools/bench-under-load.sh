#!/usr/bin/env bash
# The map renderer with the second core taken: bench-render at 1080p alone,
# then beside one CPU-bound busy loop, RUNS times each; prints the frame
# p95 as a multiple of a frame copy (target under load: <= 6x), the median
# of the runs: for whole frames (as exports draw them), and for frames
# drawn each over the last day's (as the map view draws them). The banded
# renderer should fall back to one band, not spin.
# usage: tools/bench-under-load.sh [RUNS]   (after ./test.sh or ./run.sh built build/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bench=./build/tests/bench-render

ratio () {
  "$bench" --size=1920x1080 --naive-samples=0 2>/dev/null | tail -n 1 | python3 -c '
import json, sys
d = json.load(sys.stdin)["sizes"]["1920x1080"]
print("%.2f %.3f %.3f %.2f %.3f" % (d["frame_ms_p95"] / d["blit_ms_p50"], d["frame_ms_p95"], d["blit_ms_p50"],
                               d["changes_ms_p95"] / d["blit_ms_p50"], d["changes_ms_p95"]))'
}

median () { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

quiet=$(for i in $(seq "$runs"); do ratio; done)
# The busy loop ends with the script, whatever happens.
timeout 600 sh -c 'while :; do :; done' &
busy=$!
trap 'kill $busy 2>/dev/null || true' EXIT
loaded=$(for i in $(seq "$runs"); do ratio; done)
kill $busy 2>/dev/null || true

echo "quiet:  frame p95 / blit = $(echo "$quiet" | awk '{print $1}' | median), over the last $(echo "$quiet" | awk '{print $4}' | median)"
echo "  (each run: ratio p95_ms blit_ms, and over the last: ratio p95_ms)"
echo "$quiet" | sed 's/^/  /'
echo "loaded: frame p95 / blit = $(echo "$loaded" | awk '{print $1}' | median), over the last $(echo "$loaded" | awk '{print $4}' | median)  (target <= 6)"
echo "$loaded" | sed 's/^/  /'
