#!/usr/bin/env bash
# The command-line paths a kiosk and a curator use, under valgrind: no
# invalid read or write, no use of uninitialised memory, and no memory
# definitely lost, when validating the bundled exhibit, three broken ones
# (stopped at the syntax, the validator and the basemap), and rendering a
# PNG.
#
# usage: check-valgrind.sh KOREAN-WAR-ATLAS BROKEN-DIR SUPPRESSIONS
set -uo pipefail

app=$1
broken_dir=$2
suppressions=$3

if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIP: valgrind is not installed"
  exit 77
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# An exit status of its own for valgrind's errors, since the broken files
# rightly exit 1.
valgrind_failed=99
failures=0

export G_SLICE=always-malloc
export G_DEBUG=gc-friendly,fatal-warnings

# run NAME EXPECTED-STATUS ARGS…
run () {
  local name=$1 expected=$2 status
  shift 2

  valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite \
    --error-exitcode="$valgrind_failed" --num-callers=40 \
    --suppressions="$suppressions" \
    "$app" "$@" >"$out/$name.out" 2>"$out/$name.err"
  status=$?

  if [ "$status" -eq "$expected" ]; then
    echo "ok $name: exit $status, no valgrind errors"
  else
    if [ "$status" -eq "$valgrind_failed" ]; then
      echo "FAIL $name: valgrind found errors"
    else
      echo "FAIL $name: exit status $status, expected $expected"
    fi
    sed 's/^/    /' "$out/$name.err"
    failures=$((failures + 1))
  fi
}

run validate-bundled 0 --validate
run validate-truncated 1 --validate --data="$broken_dir/truncated.json"
run validate-several-problems 1 --validate --data="$broken_dir/several-problems.json"
run validate-basemap-escape 1 --validate --data="$broken_dir/basemap-parent-folder.json"
run render-png 0 --render=1950-09-15 --output="$out/x.png" --size=640x360

if [ ! -s "$out/x.png" ]; then
  echo "FAIL render-png: no PNG written"
  failures=$((failures + 1))
fi

[ "$failures" -eq 0 ]
