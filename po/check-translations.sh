#!/bin/sh
# Fails unless every translatable string in the sources is translated in the
# .po file, none fuzzy: the strings are extracted afresh from POTFILES.in,
# so a new _() string that nobody translated fails the test.
# usage: check-translations.sh MSGFMT FILE.po
set -eu
msgfmt=$1
po=$2
podir=$(dirname "$po")
top=$(dirname "$podir")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$top"
grep -v '^#' "$podir/POTFILES.in" | grep -v '^$' > "$tmp/files"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=kwa_ngettext:1,2 --add-comments --files-from="$tmp/files" -o "$tmp/current.pot"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/current.pot"

stats=$("$msgfmt" --check --statistics -o /dev/null "$tmp/merged.po" 2>&1)
echo "$po against the sources: $stats"
case "$stats" in
  *fuzzy*|*untranslated*) exit 1 ;;
esac
exit 0
