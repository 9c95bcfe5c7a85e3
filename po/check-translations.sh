#!/bin/sh
# Fails unless every message of the .po file is translated and none is fuzzy.
# usage: check-translations.sh MSGFMT FILE.po
set -eu
msgfmt=$1
po=$2
stats=$("$msgfmt" --check --statistics -o /dev/null "$po" 2>&1)
echo "$po: $stats"
case "$stats" in
  *fuzzy*|*untranslated*) exit 1 ;;
esac
exit 0
