#!/usr/bin/env python3
# The day-by-day sweep of --validate catches a front that contradicts the
# record: a copy of the bundled exhibit in which one snapshot, dated while
# the UN held Seoul in 1950, is replaced by a line that leaves Seoul to the
# north. --validate must exit with status 1 (not a crash) and name the
# place, the snapshot's day and both sides.
#
# usage: check-record-sweep.py KOREAN-WAR-ATLAS EXHIBIT.json

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date


def validate(exe, path):
    run = subprocess.run([exe, '--validate', '--data=' + path],
                         capture_output=True, text=True, timeout=60)
    return run.returncode, run.stdout + run.stderr


def main():
    exe, exhibit_path = sys.argv[1], sys.argv[2]
    with open(exhibit_path, encoding='utf-8') as f:
        exhibit = json.load(f)

    seoul = exhibit['holdings']['seoul']
    # Seoul's first spell in UN hands during the war (28 Sept 1950 on).
    index = next(i for i, c in enumerate(seoul)
                 if c['holder'] == 'south' and c['date'].startswith('1950-09'))
    start = date.fromisoformat(seoul[index]['date'])
    end = date.fromisoformat(seoul[index + 1]['date'])
    doubt = max(seoul[index].get('within_days', 1), seoul[index + 1].get('within_days', 1))
    fronts = exhibit['fronts']
    victim = next(f for f in fronts
                  if (date.fromisoformat(f['date']) - start).days > doubt + 1
                  and (end - date.fromisoformat(f['date'])).days > doubt + 1)
    # The Pusan Perimeter: Seoul far behind the north's lines.
    perimeter = next(f for f in fronts if f['date'].startswith('1950-08'))
    victim['geometry'] = perimeter['geometry']

    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(os.path.join(os.path.dirname(exhibit_path), exhibit['meta']['basemap']), folder)
        good = os.path.join(folder, 'good.json')
        shutil.copy(exhibit_path, good)
        status, output = validate(exe, good)
        if status != 0:
            sys.exit('the bundled exhibit should pass --validate, but:\n' + output)

        broken = os.path.join(folder, 'broken.json')
        with open(broken, 'w', encoding='utf-8') as f:
            json.dump(exhibit, f, ensure_ascii=False, indent=2)
        status, output = validate(exe, broken)

    print(output)
    if status != 1:
        sys.exit('--validate should exit with status 1, not %d' % status)
    pattern = re.compile(r'broken\.json: holdings\.seoul\[%d\]: (on|from) [0-9-]*.*%s.* the map shows north; '
                         r'the record says south from %s until %s'
                         % (index, '', seoul[index]['date'], seoul[index + 1]['date']))
    lines = [line for line in output.splitlines() if pattern.search(line)]
    if not lines:
        sys.exit('no problem names Seoul, the day and both sides')
    # The run of days must include the moved snapshot's own day.
    day = date.fromisoformat(victim['date'])
    for line in lines:
        found = re.findall(r'\d{4}-\d{2}-\d{2}', line.split(': ', 2)[2])
        first = date.fromisoformat(found[0])
        last = date.fromisoformat(found[1]) if ' to ' in line else first
        if first <= day <= last:
            print('caught: the snapshot of %s moved Seoul to the north' % victim['date'])
            return
    sys.exit('no problem covers %s, the day of the moved snapshot' % victim['date'])


if __name__ == '__main__':
    main()
