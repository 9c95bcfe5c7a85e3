#!/usr/bin/env python3
# Writes tests/data/broken/: one broken exhibit per class of error, each
# minimal.json with one targeted change, so that each should produce exactly
# the problem tests/test-exhibit-loader-broken.c expects of it. Run it again after
# changing minimal.json, then check the expectations in that test.
#
# usage: tests/data/make-broken-files.py

import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'broken')

with open(os.path.join(HERE, 'minimal.json'), encoding='utf-8') as f:
    MINIMAL = f.read()


def edit(*pairs):
    """minimal.json with each (old, new) replaced; each old must occur once."""
    text = MINIMAL
    for old, new in pairs:
        assert text.count(old) == 1, 'not exactly once: %r' % old
        text = text.replace(old, new)
    return text


CASES = {
    # Below JSON: bytes, syntax and limits.
    'empty.json': '',
    'truncated.json': MINIMAL[:MINIMAL.index('"places": [')],
    'invalid-utf8.json': edit(('"ko": "서울"', '"ko": "\udcff\udcfe"')),
    'nul-byte.json': edit(('"en": "Busan"', '"en": "Bu\x00san"')),
    'deep-nesting.json': '[' * 1000 + ']' * 1000,
    'trailing-comma.json': edit(('"sources": ["test-web"]}\n  ],', '"sources": ["test-web",]}\n  ],')),
    'missing-comma.json': edit(('"kind": "capital", "importance": 1}', '"kind": "capital" "importance": 1}')),
    'comment.json': edit(('"phases": [', '// the phases of the war\n  "phases": [')),
    'single-quotes.json': edit(('"place": "seoul"', "\"place\": 'seoul'")),
    'text-after-end.json': MINIMAL.rstrip('\n') + '\n{}\n',
    'bad-literal.json': edit(('"approximate": true', '"approximate": tru')),
    'nan.json': edit(('"low": 33686', '"low": NaN')),
    'big-integer.json': edit(('"year": 1961', '"year": 12345678901234567890')),
    'bad-escape.json': edit(('"Test data"', '"Test\\xdata"')),
    'line-break-in-text.json': edit(('"Two stops."', '"Two\nstops."')),
    'duplicate-key.json': edit(('"category": "diplomatic", "importance": 2,',
                                '"category": "diplomatic", "importance": 2, "category": "political",')),
    # Each repeat is a problem: the first 1000 are listed, all are counted,
    # and finding them takes one pass over the file (it once took one per
    # duplicate, minutes for a few hundred kilobytes).
    'duplicate-keys-many.json': edit(('"schema": 1', ', '.join(['"schema": 1'] * 1200))),
    'root-not-object.json': '[]\n',

    # JSON, but not an exhibit.
    'schema-2.json': edit(('"schema": 1', '"schema": 2')),
    'huge-number.json': edit(('"low": 33686', '"low": 1e999')),
    'long-string.json': edit(('"Japan surrenders and Korea is freed."', '"' + 'x' * (70 * 1024) + '"')),
    'wrong-type-collection.json': edit(('"perspectives": [', '"perspectives": {"list": ['),
                                       ('"sources": ["test-history"]}\n  ],\n  "tours"',
                                        '"sources": ["test-history"]}\n  ]},\n  "tours"')),
    'wrong-type-integer.json': edit(('"category": "military", "importance": 1,', '"category": "military", "importance": "high",')),
    'wrong-type-nested.json': edit(('"speaker": {"en": "A soldier", "ko": "한 병사"}', '"speaker": {"en": "A soldier", "ko": 5}')),
    'wrong-type-text.json': edit(('"name": {"en": "Seoul", "ko": "서울"}', '"name": "Seoul"')),
    'unknown-key.json': edit(('"title": {"en": "UN vote"', '"titel": {"en": "UN vote"')),
    # Reported once, not again at every reference into the collection.
    'misspelt-collection.json': edit(('"events": [', '"evnets": [')),
    'unknown-key-in-text.json': edit(('{"en": "Busan", "ko": "부산"}', '{"en": "Busan", "ko": "부산", "fr": "Pusan"}')),
    'missing-key.json': edit(('"category": "diplomatic", "importance": 2,', '"importance": 2,')),
    # The first language is every text's fallback; another missing is only a warning.
    'missing-english.json': edit(('"name": {"en": "Kaesong", "ko": "개성"}', '"name": {"ko": "개성"}')),
    'empty-korean.json': edit(('{"en": "Invasion", "ko": "남침"},\n     "start"', '{"en": "Invasion", "ko": "  "},\n     "start"')),
    # The exhibit's languages.
    'bad-language-tag.json': edit(('"meta": {\n', '"meta": {\n    "languages": [{"code": "en", "name": "English"}, {"code": "Korean", "name": "한국어"}],\n')),
    'language-twice.json': edit(('"meta": {\n', '"meta": {\n    "languages": [{"code": "en", "name": "English"}, {"code": "ko", "name": "한국어"}, {"code": "en", "name": "English"}],\n')),
    'no-languages.json': edit(('"meta": {\n', '"meta": {\n    "languages": [],\n')),
    'language-not-listed.json': edit(('"meta": {\n', '"meta": {\n    "languages": [{"code": "en", "name": "English"}],\n')),
    'bad-date.json': edit(('"date": "1950-06-27"', '"date": "27/06/1950"')),
    'no-such-month.json': edit(('"as_of": "1953-07-27"', '"as_of": "1953-13-01"')),
    'no-such-day.json': edit(('"end": "1953-01-20"', '"end": "1951-02-29"')),
    'date-out-of-range.json': edit(('"start": "1945-04-12"', '"start": "1850-04-12"')),
    'end-before-start.json': edit(('"end": "1950-09-27"', '"end": "1950-09-01"')),
    'phases-overlapping.json': edit(('"start": "1950-06-25", "end": "1950-09-14"', '"start": "1950-06-01", "end": "1950-09-14"')),
    'events-out-of-order.json': edit(('"id": "un-vote", "date": "1950-06-27"', '"id": "un-vote", "date": "1950-06-01"')),
    'fronts-out-of-order.json': edit(('{"date": "1950-08-04",\n     "geometry"', '{"date": "1945-06-01",\n     "geometry"')),
    'duplicate-id.json': edit(('{"id": "kaesong"', '{"id": "seoul"')),
    'bad-id.json': edit(('"id": "south-korea"', '"id": "South_Korea"')),
    'unknown-place.json': edit(('"place": "seoul"', '"place": "pusan"')),
    'place-and-point.json': edit(('"place": "seoul", "category"', '"place": "seoul", "point": {"type": "Point", "coordinates": [127, 37.5]}, "category"')),
    'unknown-source.json': edit(('"confidence": "medium", "sources": ["test-history"],\n     "notes"',
                                 '"confidence": "medium", "sources": ["appleman-1961"],\n     "notes"')),
    'empty-source-list.json': edit(('"category": "diplomatic", "importance": 2,\n     "sources": ["test-web"]',
                                     '"category": "diplomatic", "importance": 2,\n     "sources": []')),
    'unknown-event-in-tour.json': edit(('"event": "invasion",\n        "view"', '"event": "invasoin",\n        "view"')),
    'unknown-event-in-movement.json': edit(('"event": "invasion", "sources"', '"event": "attack", "sources"')),
    # A movement's waypoints: on its path, within its days, forward in time and along it.
    'reach-off-path.json': edit(('"event": "invasion", "sources"', '"reaches": [{"date": "1950-06-26", "place": "busan"}], "event": "invasion", "sources"')),
    'reach-outside-days.json': edit(('"event": "invasion", "sources"', '"reaches": [{"date": "1950-07-02", "point": [126.8, 37.8]}], "event": "invasion", "sources"')),
    'reaches-backwards.json': edit(('"event": "invasion", "sources"',
                                    '"reaches": [{"date": "1950-06-26", "point": [126.9, 37.7]}, {"date": "1950-06-27", "point": [126.7, 37.95]}], "event": "invasion", "sources"')),
    'reach-without-place.json': edit(('"event": "invasion", "sources"', '"reaches": [{"date": "1950-06-26"}], "event": "invasion", "sources"')),
    'enum-typo.json': edit(('"category": "military"', '"category": "militray"')),
    'geometry-type-mismatch.json': edit(('"point": {"type": "Point", "coordinates": [126.978, 37.566]}',
                                         '"point": {"type": "LineString", "coordinates": [126.978, 37.566]}')),
    'line-with-one-point.json': edit(('"coordinates": [[126.6, 38.1], [126.978, 37.566]]', '"coordinates": [[126.6, 38.1]]')),
    'unclosed-ring.json': edit(('[126.5, 37.6], [126.5, 37.4]]]', '[126.5, 37.6], [126.5, 37.5]]]')),
    'position-too-short.json': edit(('"coordinates": [126.9, 38.0]', '"coordinates": [126.9]')),
    'coordinate-outside-box.json': edit(('[[124.6, 38.0], [126.5, 38.0], [128.65, 38.0]]', '[[124.6, 38.0], [135.0, 38.0], [128.65, 38.0]]')),
    'coordinates-swapped.json': edit(('"coordinates": [129.04, 35.1]}, "kind": "port"', '"coordinates": [35.1, 129.04]}, "kind": "port"')),
    'no-main-tour.json': edit(('{"id": "main"', '{"id": "intro"')),
    'stop-too-long.json': edit(('"duration": 12', '"duration": 300')),
    'zoom-out-of-range.json': edit(('"zoom": 2.0', '"zoom": 9')),
    'view-center-and-bbox.json': edit(('"view": {"bbox": [127.5, 34.8, 129.8, 36.5]}', '"view": {"center": [128, 35.5], "bbox": [127.5, 34.8, 129.8, 36.5]}')),
    'figure-low-above-high.json': edit(('"low": 33686', '"low": 40000')),
    'figure-best-outside.json': edit(('"best": 36574', '"best": 30000')),
    'dmz-without-width.json': edit(('"kind": "dmz", "start": "1953-07-27", "width_km": 4,', '"kind": "dmz", "start": "1953-07-27",')),
    'width-on-parallel.json': edit(('"kind": "parallel",', '"kind": "parallel", "width_km": 4,')),
    'source-without-author.json': edit(('"publisher": "Test Site", ', '')),
    'basemap-parent-folder.json': edit(('"basemap": "minimal-basemap.svg"', '"basemap": "../minimal-basemap.svg"')),
    'basemap-absolute.json': edit(('"basemap": "minimal-basemap.svg"', '"basemap": "/usr/share/pixmaps/debian-logo.svg"')),
    'basemap-missing.json': edit(('"basemap": "minimal-basemap.svg"', '"basemap": "korea-basemap.svg"')),
    'sides-wrong-id.json': edit(('{"id": "south", "name"', '{"id": "west", "name"')),
    'sides-only-one.json': edit(('"color": "#b83a3a", "anchor": {"type": "Point", "coordinates": [125.75, 39.03]}},\n    {"id": "south", "name": {"en": "South", "ko": "남측"},\n     "forces": [{"en": "Republic of Korea Army", "ko": "대한민국 국군"}, {"en": "United Nations Command", "ko": "유엔군"}],\n     "color": "#3a63b8", "anchor": {"type": "Point", "coordinates": [129.04, 35.1]}}',
                                 '"color": "#b83a3a", "anchor": {"type": "Point", "coordinates": [125.75, 39.03]}}')),
    'bad-colour.json': edit(('"color": "#b83a3a"', '"color": "red"')),
    'earlier-names-out-of-order.json': edit(('"name": {"en": "South", "ko": "남측"},',
                                             '"name": {"en": "South", "ko": "남측"},\n     "earlier_names": ['
                                             '{"until": "1950-06-25", "name": {"en": "South", "ko": "대한민국"}}, '
                                             '{"until": "1948-08-15", "name": {"en": "South", "ko": "미군 점령 지역"}}],')),
    'war-outside-time-range.json': edit(('"war": {"start": "1950-06-25", "end": "1953-07-27"}', '"war": {"start": "1950-06-25", "end": "1954-07-27"}')),
    'holdings-unknown-place.json': edit(('"busan": [\n      {"date": "1945-08-15"', '"pusan": [\n      {"date": "1945-08-15"')),
    'holdings-not-a-list.json': edit(('"holdings": {\n    "busan": [', '"holdings": {\n    "seoul": "south",\n    "busan": [')),
    'holdings-out-of-order.json': edit(('"sources": ["test-history"], "notes": {"en": "Never lost."',
                                        '"sources": ["test-history"]},\n      {"date": "1945-08-14", "holder": "north", "sources": ["test-history"], "notes": {"en": "Never lost."')),
    'holdings-same-holder.json': edit(('"sources": ["test-history"], "notes": {"en": "Never lost."',
                                       '"sources": ["test-history"]},\n      {"date": "1950-06-25", "holder": "south", "sources": ["test-history"], "notes": {"en": "Never lost."')),
    'holdings-within-days.json': edit(('"holder": "south", "within_days": 0,', '"holder": "south", "within_days": 90,')),
    'holdings-unknown-event.json': edit(('"holder": "south", "within_days": 0,', '"holder": "south", "within_days": 0, "event": "liberaton",')),
    'several-problems.json': edit(('"date": "1950-06-27"', '"date": "1950-06-31"'),
                                  ('"place": "seoul"', '"place": "pyongyang"'),
                                  ('"name": {"en": "Kaesong", "ko": "개성"}', '"name": {"ko": "개성"}')),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith('.json'):
            os.remove(os.path.join(OUT, name))
    for name, text in sorted(CASES.items()):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(text.encode('utf-8', 'surrogateescape'))
    # Broken files resolve their basemap next to themselves.
    shutil.copy(os.path.join(HERE, 'minimal-basemap.svg'), OUT)
    print('%d broken files in %s' % (len(CASES), OUT))


if __name__ == '__main__':
    main()
