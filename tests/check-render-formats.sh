#!/bin/sh
# --render writes PNG, PDF and SVG; PDF and SVG stay vector (the basemap's
# coast is paths, not an embedded picture), and a bad date or extension
# fails with a clear message and exit status 1.
# usage: check-render-formats.sh KOREAN-WAR-ATLAS
set -eu
app=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$app" --render=1950-09-15 --output="$out/map.png" --size=800x600
"$app" --render=1950-09-15 --output="$out/map.pdf" --size=800x600 --lang=ko
"$app" --render=1950-09-15 --output="$out/map.svg" --size=800x600

head -c 8 "$out/map.png" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "map.png is not a PNG"; exit 1; }
head -c 5 "$out/map.pdf" | grep -q "%PDF-" || { echo "map.pdf is not a PDF"; exit 1; }
grep -q "<svg" "$out/map.svg" || { echo "map.svg is not an SVG"; exit 1; }

# Vector: hundreds of path elements, and no page-sized embedded raster.
paths=$(grep -o "<path" "$out/map.svg" | wc -l)
[ "$paths" -gt 100 ] || { echo "map.svg has only $paths paths: not vector"; exit 1; }
if grep -q "<image" "$out/map.svg"; then
  echo "map.svg embeds a raster image"; exit 1
fi
# Meson's SKIP (77) when the PDF tools are missing: a check that cannot
# run is not a pass (tools/bootstrap.sh installs poppler-utils).
for tool in pdfimages pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed (Debian: poppler-utils)"; exit 77; }
done
images=$(pdfimages -list "$out/map.pdf" | tail -n +3 | wc -l)
[ "$images" -eq 0 ] || { echo "map.pdf embeds $images raster images"; exit 1; }
pdftoppm -png -r 30 "$out/map.pdf" "$out/page" && [ -s "$out/page-1.png" ] || { echo "map.pdf does not render"; exit 1; }

# The legend names who held the land on the day shown, in its words: the
# Soviet and US zones in 1946, the two states in 1949, the war's two sides
# from June 1950 (docs/glossary.md), and the line is the division's until
# the war makes it a front. Read back from the PDF's text.
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext is not installed (Debian: poppler-utils)"; exit 77; }
legend_says () {  # DAY LANG WORD...: the legend of DAY in LANG has every WORD
  day=$1 lang=$2; shift 2
  "$app" --render="$day" --output="$out/legend.pdf" --size=1200x800 --lang="$lang"
  pdftotext "$out/legend.pdf" "$out/legend.txt"
  for word in "$@"; do
    case $word in
      !*) if grep -qF -- "${word#!}" "$out/legend.txt"; then echo "$day ($lang): the map says \"${word#!}\""; exit 1; fi ;;
      *) grep -qF -- "$word" "$out/legend.txt" || { echo "$day ($lang): the legend lacks \"$word\""; exit 1; } ;;
    esac
  done
}
legend_says 1946-06-01 ko "소련군 점령 지역" "미군 점령 지역" "분단선" "!유엔군 측" "!전선"
legend_says 1949-06-01 ko "북한" "대한민국" "분단선" "!공산군 측"
legend_says 1950-07-01 ko "공산군 측" "유엔군 측" "전선" "!분단선"
legend_says 1949-06-01 en "Dividing line" "!Front line"
legend_says 1950-07-01 en "Front line" "!Dividing line"

# Mistakes say what is wrong and exit 1.
if "$app" --render=1950-13-40 --output="$out/x.png" 2>"$out/err"; then
  echo "a bad date was accepted"; exit 1
fi
grep -q "is not a date" "$out/err" || { echo "unclear error: $(cat "$out/err")"; exit 1; }
if "$app" --render=1950-09-15 --output="$out/x.gif" 2>"$out/err"; then
  echo "a .gif output was accepted"; exit 1
fi
grep -q ".png, .pdf or .svg" "$out/err" || { echo "unclear error: $(cat "$out/err")"; exit 1; }

echo "PNG, PDF and SVG written; $paths vector paths in the SVG; the legend's words follow the day"
