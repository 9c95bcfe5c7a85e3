#!/usr/bin/env bash
# Runs one windowed test on an X server of its own, so that windowed
# tests can run side by side: on a shared server their windows trade
# selection (PRIMARY, CLIPBOARD) notices, and a test that ends first
# leaves the other's unfinished read behind, which the sanitizer run
# reports as a leak.
#
# Xvfb picks a free display itself and writes its number to a pipe
# (-displayfd), so two tests starting at once never race for one number
# as `xvfb-run -a` can.
#
# usage: with-own-display.sh TEST [ARGS...]
set -uo pipefail

if ! command -v Xvfb >/dev/null; then
  echo "Bail out! Xvfb is not installed (Debian: xvfb)"
  exit 1
fi

fifo_dir=$(mktemp -d)
mkfifo "$fifo_dir/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset \
  3>"$fifo_dir/display" >/dev/null 2>"$fifo_dir/xvfb.log" &
server=$!

stop_server () {
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  rm -rf "$fifo_dir"
}
trap stop_server EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# The number arrives once the server accepts connections; a server that
# dies first closes the pipe and the read comes back empty.
display=""
read -r -t 30 display <"$fifo_dir/display"
if [ -z "$display" ]; then
  echo "Bail out! Xvfb did not start:"
  sed 's/^/# /' "$fifo_dir/xvfb.log"
  exit 1
fi

DISPLAY=":$display" "$@"
