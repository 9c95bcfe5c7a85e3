#!/bin/sh
# The kiosk as it is deployed: the app in kiosk mode inside cage (the
# Wayland kiosk compositor) on its headless backend, run as an unprivileged
# user; grim takes a screenshot and the exhibit must fill the output (no
# black or empty screen). Skips (77) where cage or grim is missing.
# usage: check-cage.sh KOREAN-WAR-ATLAS
set -u
app=$(readlink -f "$1")

for tool in cage grim convert; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: cage grim imagemagick)"
    exit 77
  fi
done

work=$(mktemp -d)
chmod 1777 "$work"
trap 'rm -rf "$work"' EXIT

cat > "$work/session.sh" <<SCRIPT
#!/bin/sh
export HOME="$work" XDG_RUNTIME_DIR="$work/run" GSETTINGS_BACKEND=memory
export WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
mkdir -p "\$XDG_RUNTIME_DIR" && chmod 700 "\$XDG_RUNTIME_DIR"
cage -d -- "$app" --kiosk > "$work/cage.log" 2>&1 &
pid=\$!
socket=
for i in \$(seq 1 80); do
  socket=\$(ls "\$XDG_RUNTIME_DIR" 2>/dev/null | grep '^wayland-[0-9]*\$' | head -n 1)
  [ -n "\$socket" ] && break
  sleep 0.25
done
# Screenshots until the exhibit shows (a loaded machine starts slowly).
for i in \$(seq 1 20); do
  sleep 2
  WAYLAND_DISPLAY=\$socket grim "$work/shot.png" 2>/dev/null || continue
  colours=\$(convert "$work/shot.png" -format "%k" info: 2>/dev/null)
  [ "\${colours:-0}" -gt 500 ] && break
done
kill \$pid 2>/dev/null
wait \$pid 2>/dev/null
exit 0
SCRIPT
chmod a+rx "$work/session.sh"

# As an unprivileged user, as a museum PC runs it (root here: CI).
if [ "$(id -u)" -eq 0 ]; then
  setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env "$work/session.sh"
else
  "$work/session.sh"
fi

if [ ! -s "$work/shot.png" ]; then
  echo "FAIL: no screenshot from cage; its log:"
  cat "$work/cage.log"
  exit 1
fi

size=$(identify -format "%wx%h" "$work/shot.png")
black=$(convert "$work/shot.png" -fill white +opaque black -colorspace gray -format "%[fx:1-mean]" info:)
colours=$(convert "$work/shot.png" -format "%k" info:)
echo "cage output $size: $colours colours, black fraction $black"

# The exhibit fills the output: little pure black, many colours (map, text).
awk -v b="$black" -v c="$colours" 'BEGIN { exit !(b < 0.02 && c > 500) }' || {
  echo "FAIL: the output is not filled by the exhibit; cage's log:"
  cat "$work/cage.log"
  exit 1
}
exit 0
