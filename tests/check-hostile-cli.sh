#!/usr/bin/env bash
# Every hostile exhibit in tests/data/broken/ is refused by the command a
# curator runs, `korean-war-atlas --validate --data=FILE`: exit status 1
# (not a crash, not a sanitizer's report), within a second, with a message
# that names the place of the problem.
#
# usage: check-hostile-cli.sh KOREAN-WAR-ATLAS BROKEN-DIR
set -uo pipefail

app=$1
broken_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Sanitizers and valgrind slow everything several times over: there the
# limit only catches a hang.
limit_ms=1000
if ldd "$app" 2>/dev/null | grep -q -E 'lib(asan|ubsan)' ||
   [[ "${LD_PRELOAD:-}" == *vgpreload* ]]; then
  limit_ms=20000
fi

# A place: a JSON path ("file.json: events[2].date: …"), a line and column
# ("file.json:29:3: …"), or, for the top-level object itself, which has no
# path, the top-level key at fault or the words "the top level".
path_re='^[^:]+: [a-z_]+(\[[0-9]+\])*(\.[a-z_]+(\[[0-9]+\])*)*: '
position_re='^[^:]+:[0-9]+:[0-9]+: '
top_level_re='^[^:]+: (unknown key "[^"]+"|the key "[a-z_]+" is missing|.* at the top level)'

failures=0
checked=0

fail () {
  echo "FAIL $1: $2"
  sed 's/^/    /' "$out/stderr" | head -n 5
  failures=$((failures + 1))
}

for file in "$broken_dir"/*.json; do
  name=$(basename "$file")
  checked=$((checked + 1))

  start=$EPOCHREALTIME
  timeout 60 "$app" --validate --data="$file" >"$out/stdout" 2>"$out/stderr"
  status=$?
  end=$EPOCHREALTIME
  elapsed_ms=$(( (${end/./} - ${start/./}) / 1000 ))

  if [ "$status" -ne 1 ]; then
    fail "$name" "exit status $status, expected 1"
    continue
  fi
  if [ "$elapsed_ms" -ge "$limit_ms" ]; then
    fail "$name" "took $elapsed_ms ms (at most $limit_ms ms)"
    continue
  fi
  if ! grep -q -E "$path_re|$position_re|$top_level_re" "$out/stderr"; then
    fail "$name" "no message names a JSON path or a line:column"
    continue
  fi
  if ! grep -q -F "$name" "$out/stderr"; then
    fail "$name" "no message names the file"
    continue
  fi
  echo "ok $name: exit 1 in $elapsed_ms ms: $(head -n 1 "$out/stderr")"
done

# A basemap must stay in the exhibit's folder and exist.
expect_message () {
  local name=$1 message=$2

  "$app" --validate --data="$broken_dir/$name" >/dev/null 2>"$out/stderr"
  if ! grep -q -F "$name: meta.basemap: " "$out/stderr" || ! grep -q -F "$message" "$out/stderr"; then
    fail "$name" "expected \"meta.basemap: …$message…\""
  fi
}
expect_message basemap-parent-folder.json "must not leave the exhibit's folder"
expect_message basemap-missing.json "was not found"

if [ "$checked" -lt 40 ]; then
  echo "FAIL: only $checked hostile files in $broken_dir (at least 40)"
  failures=$((failures + 1))
fi

echo "$checked hostile files, $failures failures"
[ "$failures" -eq 0 ]
