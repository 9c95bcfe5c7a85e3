#!/usr/bin/env python3
# A curator's spreadsheet round trip of the exhibit's events, from the
# command line, on the bundled exhibit: --export-events then
# --import-events of the untouched table gives back the same bytes; a
# title edited in the table changes that one line and the result passes
# --validate; a new row adds an event; a table with a bad date on line 7
# is refused with `line 7, column "date": ...` and nothing is written.
#
# usage: check-events-table-cli.py KOREAN-WAR-ATLAS EXHIBIT.json

import csv
import os
import sys
import tempfile

from curator_cli import changed_lines, copy_exhibit, run



def read_table(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.reader(f))


def write_table(path, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)


def main():
    exe, original = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        exhibit, before = copy_exhibit(original, tmp)
        table = os.path.join(tmp, 'events.csv')

        status, output = run(exe, '--export-events=' + table, '--data=' + exhibit)
        print(output, end='')
        rows = read_table(table)
        header = rows[0]
        if status != 0 or len(rows) < 100 or header[:3] != ['id', 'date', 'end']:
            failures.append('export: status %d, %d rows, header %s' % (status, len(rows), header[:3]))

        # Untouched: the same bytes.
        same = os.path.join(tmp, 'same.json')
        status, output = run(exe, '--import-events=' + table, '--data=' + exhibit, '--output=' + same)
        print(output, end='')
        with open(same, 'rb') as f:
            if status != 0 or f.read() != before:
                failures.append('an untouched table did not give back the same exhibit (status %d)' % status)

        # One title edited: one line of the exhibit changes, and it is valid.
        edited_rows = [list(r) for r in rows]
        edited_rows[5][header.index('title.en')] = 'A title edited in a spreadsheet'
        edited_rows.append(['']*len(header))
        new = edited_rows[-1]
        for column, value in (('id', 'test-new-event'), ('date', '1950-07-04'), ('title.en', 'A new event'),
                              ('summary.en', 'Its summary.'), ('body.en', 'Its body, with "quotes", commas\nand a line break.'),
                              ('category', 'military'), ('importance', '2'), ('sources', 'appleman-1961'),
                              ('longitude', '127.1'), ('latitude', '36.5')):
            new[header.index(column)] = value
        write_table(os.path.join(tmp, 'edited.csv'), edited_rows)
        edited = os.path.join(tmp, 'edited.json')
        status, output = run(exe, '--import-events=' + os.path.join(tmp, 'edited.csv'), '--data=' + exhibit,
                             '--output=' + edited)
        print(output, end='')
        with open(edited, encoding='utf-8') as f:
            after = f.read()
        diff = changed_lines(before.decode('utf-8'), after)
        removed = [line for line in diff if line.startswith('-')]
        if status != 0 or len(removed) != 1 or 'A title edited in a spreadsheet' not in after:
            failures.append('edit: status %d, %d lines removed: %s' % (status, len(removed), removed[:3]))
        if '"id": "test-new-event"' not in after or 'and a line break.' not in after:
            failures.append('the new row did not become an event')
        status, output = run(exe, '--validate', '--data=' + edited)
        print(output, end='')
        if status != 0 or 'valid' not in output:
            failures.append('the edited exhibit does not validate: ' + output)

        # A bad date on line 7: refused, by line and column, nothing written.
        bad_rows = [list(r) for r in rows]
        bad_rows[6][header.index('date')] = '1950-02-30'
        write_table(os.path.join(tmp, 'bad.csv'), bad_rows)
        refused = os.path.join(tmp, 'refused.json')
        status, output = run(exe, '--import-events=' + os.path.join(tmp, 'bad.csv'), '--data=' + exhibit,
                             '--output=' + refused)
        print(output, end='')
        if status == 0 or 'bad.csv: line 7, column "date": "1950-02-30"' not in output or os.path.exists(refused):
            failures.append('the bad date was not refused as it should be: ' + output)

    for failure in failures:
        print('FAIL: ' + failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
