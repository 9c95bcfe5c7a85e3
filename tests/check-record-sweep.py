#!/usr/bin/env python3
# The day-by-day sweep of --validate catches what contradicts the record,
# in copies of the bundled exhibit with one thing wrong each: a snapshot
# that leaves Seoul to the north while the UN held it; the record's fall of
# Seoul two days later than the map's, just outside its stated doubt; an
# arrow dated four days before its side held the ground. --validate must
# exit with status 1 (not a crash) and name the place or arrow, the day and
# both sides.
#
# usage: check-record-sweep.py KOREAN-WAR-ATLAS EXHIBIT.json

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta


def validate(exe, path):
    run = subprocess.run([exe, '--validate', '--data=' + path],
                         capture_output=True, text=True, timeout=60)
    return run.returncode, run.stdout + run.stderr


def seoul_moved_north(exhibit):
    """One snapshot, dated while the UN held Seoul in 1950, replaced by the
    Pusan Perimeter: Seoul far behind the north's lines that day."""
    seoul = exhibit['holdings']['seoul']
    index = next(i for i, c in enumerate(seoul)
                 if c['holder'] == 'south' and c['date'].startswith('1950-09'))
    start = date.fromisoformat(seoul[index]['date'])
    end = date.fromisoformat(seoul[index + 1]['date'])
    doubt = max(seoul[index].get('within_days', 1), seoul[index + 1].get('within_days', 1))
    fronts = exhibit['fronts']
    victim = next(f for f in fronts
                  if (date.fromisoformat(f['date']) - start).days > doubt + 1
                  and (end - date.fromisoformat(f['date'])).days > doubt + 1)
    victim['geometry'] = next(f for f in fronts if f['date'].startswith('1950-08'))['geometry']
    pattern = (r'broken\.json: holdings\.seoul\[%d\]: (on|from) .* the map shows north; '
               r'the record says south from %s until %s' % (index, seoul[index]['date'], seoul[index + 1]['date']))
    return pattern, date.fromisoformat(victim['date'])


def seoul_falls_later(exhibit):
    """The record's fall of Seoul two days late, its doubt left unstated
    (one day): the map's north on 28 June lies outside it, by one day."""
    seoul = exhibit['holdings']['seoul']
    fall = next(c for c in seoul if c['date'] == '1950-06-28')
    fall['date'] = '1950-06-30'
    fall.pop('within_days', None)
    return (r'broken\.json: holdings\.seoul\[0\]: on 1950-06-28 the map shows north; '
            r'the record says south from 1945-08-15 until 1950-06-30$'), date(1950, 6, 28)


def arrow_ahead(exhibit):
    """The Eighth Army's drive on Pyongyang dated four days early: its head
    runs some tens of kilometres ahead of the ground the UN held."""
    index, arrow = next((i, m) for i, m in enumerate(exhibit['movements']) if m['id'] == 'eighth-army-to-pyongyang')
    shift = timedelta(days=-4)
    arrow['start'] = (date.fromisoformat(arrow['start']) + shift).isoformat()
    arrow['end'] = (date.fromisoformat(arrow['end']) + shift).isoformat()
    return (r'broken\.json: movements\[%d\]: from [0-9-]+ to [0-9-]+ \(\d+ days\) the head of the south '
            r'arrow "eighth-army-to-pyongyang" lies up to \d+ km inside ground the map gives the north' % index), \
        date.fromisoformat(arrow['start']) + timedelta(days=4)


def arrow_lags(exhibit):
    """The landing at Inchon without its waypoints: growing evenly from its
    start to its end, its head reaches Incheon a week after the record has
    the town taken."""
    index, arrow = next((i, m) for i, m in enumerate(exhibit['movements']) if m['id'] == 'x-corps-inchon')
    del arrow['reaches']
    return (r'broken\.json: movements\[%d\]: the head of the south arrow "x-corps-inchon" reaches incheon on '
            r'[0-9-]+, \d+ days after the record has it taken \(1950-09-15' % index), date(1950, 9, 15)


def validate_copy(exe, exhibit, folder):
    broken = os.path.join(folder, 'broken.json')
    with open(broken, 'w', encoding='utf-8') as f:
        json.dump(exhibit, f, ensure_ascii=False, indent=2)
    return validate(exe, broken)


def covers(line, day):
    """Whether the days a problem names ("on D", "from D1 to D2") include @day."""
    found = [date.fromisoformat(d) for d in re.findall(r'\d{4}-\d{2}-\d{2}', line.split(': ', 2)[2])]
    if ' to ' not in line:
        return day in found
    return found[0] <= day <= found[1]


def main():
    exe, exhibit_path = sys.argv[1], sys.argv[2]
    with open(exhibit_path, encoding='utf-8') as f:
        original = f.read()
    failures = []

    with tempfile.TemporaryDirectory() as folder:
        basemap = json.loads(original)['meta']['basemap']
        shutil.copy(os.path.join(os.path.dirname(exhibit_path), basemap), folder)
        media = os.path.join(os.path.dirname(exhibit_path), 'media')
        if os.path.isdir(media):
            shutil.copytree(media, os.path.join(folder, 'media'))
        good = os.path.join(folder, 'good.json')
        shutil.copy(exhibit_path, good)
        status, output = validate(exe, good)
        if status != 0:
            sys.exit('the bundled exhibit should pass --validate, but:\n' + output)

        for scenario in (seoul_moved_north, seoul_falls_later, arrow_ahead, arrow_lags):
            exhibit = json.loads(original)
            pattern, day = scenario(exhibit)
            status, output = validate_copy(exe, exhibit, folder)
            lines = [line for line in output.splitlines() if re.search(pattern, line)]
            if status != 1:
                failures.append('%s: --validate should exit with status 1, not %d' % (scenario.__name__, status))
            elif not any(covers(line, day) for line in lines):
                failures.append('%s: no problem names the place or arrow, %s and both sides:\n%s'
                                % (scenario.__name__, day, output))
            else:
                print('%s: caught: %s' % (scenario.__name__, lines[0]))

    if failures:
        sys.exit('\n'.join(failures))


if __name__ == '__main__':
    main()
