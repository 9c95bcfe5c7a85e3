#!/usr/bin/env python3
# The curator's QGIS round trip, from the command line, on the bundled
# exhibit: --export-geojson writes a file a layer, every feature with its
# id and its days as ISO dates (read by ogrinfo as Date fields, where
# GDAL is installed); --import-geojson of the untouched files gives back
# the same bytes; a vertex moved in a file written as GDAL writes it (ints
# for whole numbers, its own spacing) changes that one line and the result
# passes --validate; a front moved against the record of who held what
# is refused by the every-day sweep, and a feature with an unknown id is
# refused, nothing written either time.
#
# usage: check-geojson-cli.py KOREAN-WAR-ATLAS EXHIBIT.json

import json
import os
import shutil
import sys
import tempfile

from curator_cli import changed_lines, copy_exhibit, run

LAYERS = {'fronts': 'fronts', 'enclaves': 'enclaves', 'lines': 'lines', 'movements': 'movements', 'places': 'places'}



def as_gdal(value):
    """Whole numbers as ints, as GDAL may write them."""
    if isinstance(value, list):
        return [as_gdal(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def main():
    exe, original = sys.argv[1], sys.argv[2]
    failures = []
    with open(original, encoding='utf-8') as f:
        exhibit_data = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        exhibit, before = copy_exhibit(original, tmp)
        folder = os.path.join(tmp, 'layers')

        status, output = run(exe, '--export-geojson=' + folder, '--data=' + exhibit)
        print(output, end='')
        if status != 0:
            failures.append('export failed: ' + output)
        for name, member in list(LAYERS.items()) + [('holdings', None)]:
            path = os.path.join(folder, name + '.geojson')
            with open(path, encoding='utf-8') as f:
                features = json.load(f)['features']
            expected = (len(exhibit_data[member]) if member else
                        sum(len(changes) for changes in exhibit_data['holdings'].values()))
            if len(features) != expected:
                failures.append('%s: %d features, the exhibit has %d' % (name, len(features), expected))
            if any('id' not in feat['properties'] or 'start' not in feat['properties'] for feat in features):
                failures.append('%s: a feature without its id or start' % name)
            if shutil.which('ogrinfo'):
                status, info = run('ogrinfo', '-ro', '-so', '-al', path)
                if 'Feature Count: %d' % expected not in info or 'start: Date' not in info:
                    failures.append('ogrinfo on %s: %s' % (name, info))
                elif name != 'lines' and name != 'places' and 'end: Date' not in info:
                    failures.append('ogrinfo on %s: end is not a date: %s' % (name, info))
        movements = json.load(open(os.path.join(folder, 'movements.geojson'), encoding='utf-8'))['features']
        if [feat['properties'].get('reaches') for feat in movements] != [m.get('reaches') for m in exhibit_data['movements']]:
            failures.append("movements.geojson: a movement's waypoints (reaches) are not as in the exhibit")
        fronts = json.load(open(os.path.join(folder, 'fronts.geojson'), encoding='utf-8'))['features']
        if fronts[0]['properties']['end'] >= fronts[1]['properties']['start'] or fronts[-1]['properties']['end'] is not None:
            failures.append('a front should hold until the day before the next, the last one open')

        same = os.path.join(tmp, 'same.json')
        status, output = run(exe, '--import-geojson=' + folder, '--data=' + exhibit, '--output=' + same)
        print(output, end='')
        with open(same, 'rb') as f:
            if status != 0 or f.read() != before:
                failures.append('untouched files did not give back the same exhibit (status %d)' % status)

        # As QGIS (GDAL) would write the layer: one vertex moved.
        edited_folder = os.path.join(tmp, 'edited')
        os.mkdir(edited_folder)
        collection = json.load(open(os.path.join(folder, 'fronts.geojson'), encoding='utf-8'))
        for feat in collection['features']:
            feat['geometry']['coordinates'] = as_gdal(feat['geometry']['coordinates'])
        moved = collection['features'][20]['geometry']['coordinates'][5]
        moved[0] = round(moved[0] + 0.05, 4)
        with open(os.path.join(edited_folder, 'fronts.geojson'), 'w', encoding='utf-8') as f:
            json.dump(collection, f, separators=(', ', ': '))
        edited = os.path.join(tmp, 'edited.json')
        status, output = run(exe, '--import-geojson=' + edited_folder, '--data=' + exhibit, '--output=' + edited)
        print(output, end='')
        with open(edited, encoding='utf-8') as f:
            after = f.read()
        changed = changed_lines(before.decode('utf-8'), after)
        if status != 0 or len(changed) != 2 or repr(moved[0]) not in changed[1]:
            failures.append('one vertex moved: status %d, changed lines %s' % (status, changed[:4]))
        status, output = run(exe, '--validate', '--data=' + edited)
        print(output, end='')
        if status != 0:
            failures.append('the edited exhibit does not validate: ' + output)

        # A front moved where the record says otherwise: the every-day sweep refuses it.
        wrong = json.loads(json.dumps(collection))
        for feat in wrong['features']:
            if feat['properties']['id'] == 'front-1950-09-25':
                feat['geometry']['coordinates'] = [[x, y + 3] for x, y in feat['geometry']['coordinates']]
        with open(os.path.join(edited_folder, 'fronts.geojson'), 'w', encoding='utf-8') as f:
            json.dump(wrong, f)
        refused = os.path.join(tmp, 'refused-by-record.json')
        status, output = run(exe, '--import-geojson=' + edited_folder, '--data=' + exhibit, '--output=' + refused)
        print(output[-2000:], end='')
        if status == 0 or os.path.exists(refused) or 'disagree' not in output:
            failures.append('a front against the record was not refused: ' + output[-1000:])

        collection['features'][3]['properties']['id'] = 'front-1999-01-01'
        with open(os.path.join(edited_folder, 'fronts.geojson'), 'w', encoding='utf-8') as f:
            json.dump(collection, f)
        refused = os.path.join(tmp, 'refused.json')
        status, output = run(exe, '--import-geojson=' + edited_folder, '--data=' + exhibit, '--output=' + refused)
        print(output, end='')
        if (status == 0 or os.path.exists(refused) or
                "fronts.geojson: feature 4 (front-1999-01-01): the exhibit's fronts have no such id" not in output):
            failures.append('an unknown id was not refused as it should be: ' + output)

    for failure in failures:
        print('FAIL: ' + failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
