# Shared set-up for run.sh and test.sh: installs what is missing and builds.
# Sourced, not executed.

KWA_BUILD_PACKAGES=(
  gcc pkg-config meson ninja-build python3 gettext
  libgtk-4-dev libadwaita-1-dev librsvg2-dev libjson-glib-dev libpng-dev libepoxy-dev libfontconfig-dev
  libglib2.0-bin desktop-file-utils appstream
  fonts-noto-cjk fonts-noto-core
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
)

KWA_TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 imagemagick poppler-utils librsvg2-bin
  at-spi2-core gir1.2-atspi-2.0 python3-gi python3-jsonschema
  valgrind gdb xdotool cage grim xwayland
  xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils x11-utils openbox
  gstreamer1.0-plugins-good gstreamer1.0-plugins-base gstreamer1.0-plugins-base-apps
  man-db dpkg-dev debhelper lintian
)

# tools/run-fuzz.sh: clang and its sanitizer and libFuzzer runtimes.
KWA_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

kwa_missing_packages () {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
      printf '%s\n' "$package"
    fi
  done
}

# Installs the given packages that are not installed yet; nothing when all are.
kwa_ensure_packages () {
  local missing sudo=""
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-based system: install the equivalents of: $*" >&2
    return 0
  fi
  mapfile -t missing < <(kwa_missing_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# GIO reads which module serves which extension point from a cache in its
# module folder, except for a module whose file changed (its ctime) after
# the cache was written: that one it loads at once, and in doing so loses
# the GIOModule it made for it (154 bytes), which the leak checks then
# report in every test that opens a file. `perf record` changes a
# library's ctime (its build-id cache hard-links the file), and so can a
# package upgrade. Writes the cache again where it is out of date and may
# be written; says so where it may not.
kwa_refresh_gio_module_cache () {
  local dir querymodules
  dir=$(pkg-config --variable=giomoduledir gio-2.0 2>/dev/null) || return 0
  querymodules=$(pkg-config --variable=gio_querymodules gio-2.0 2>/dev/null) || return 0
  [ -d "$dir" ] && [ -x "$querymodules" ] || return 0
  if [ -f "$dir/giomodule.cache" ] &&
     [ -z "$(find "$dir" -maxdepth 1 -name '*.so' -cnewer "$dir/giomodule.cache" 2>/dev/null)" ]; then
    return 0
  fi
  if [ -w "$dir" ]; then
    "$querymodules" "$dir"
  else
    echo "note: GIO's module cache in $dir is out of date; as root, run $querymodules $dir" >&2
  fi
}

# Configures build/ once (with -Werror when CI=true) and builds it.
kwa_build () {
  local werror=false
  [ "${CI:-}" = "true" ] && werror=true

  if [ ! -f build/build.ninja ]; then
    meson setup build -Dwerror="$werror"
  elif [ "$(meson introspect build --buildoptions | python3 -c 'import json,sys; print(str([o["value"] for o in json.load(sys.stdin) if o["name"]=="werror"][0]).lower())')" != "$werror" ]; then
    meson configure build -Dwerror="$werror"
  fi
  ninja -C build
}

# Configures build-asan/ once, with AddressSanitizer and
# UndefinedBehaviorSanitizer (gcc), and builds it. Warnings are the main
# build's business, so no -Werror here.
kwa_build_asan () {
  if [ ! -f build-asan/build.ninja ]; then
    meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false || return 1
  fi
  ninja -C build-asan
}

# Whether clang can build and link a libFuzzer harness with the sanitizers
# (clang and libclang-rt-14-dev are installed and work).
kwa_have_libfuzzer () {
  local dir status
  command -v clang >/dev/null 2>&1 || return 1
  dir=$(mktemp -d)
  printf 'int LLVMFuzzerTestOneInput (const unsigned char *d, unsigned long n) { return 0; }\n' >"$dir/probe.c"
  clang -fsanitize=fuzzer,address,undefined "$dir/probe.c" -o "$dir/probe" >/dev/null 2>&1
  status=$?
  rm -rf "$dir"
  return $status
}
