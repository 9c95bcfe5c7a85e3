#!/usr/bin/env python3
"""Reads ThreadSanitizer's report files and sorts each report: ours when a
frame near the top of either access (or of the summary) is in our sources
(src/ or tests/ of SOURCE_DIR), else the libraries' own (GLib, GTK, Mesa,
Pango: built without ThreadSanitizer, so their atomics and locks are partly
invisible to it and it reports races it cannot see are ordered). Prints
every report of ours in full and a count of the others; exits 1 if any
report is ours.

usage: tsan-report.py SOURCE_DIR REPORT-FILE..."""

import os
import re
import sys

TOP_FRAMES = 4


def reports_in(path):
    with open(path, errors='replace') as f:
        text = f.read()
    return [block.strip() for block in re.split(r'^==================$', text, flags=re.M)
            if 'WARNING: ThreadSanitizer' in block]


def is_ours(report, roots):
    """A report is ours if one of the first frames of a stack is ours."""
    for stack in re.split(r'^\s*$', report, flags=re.M):
        frames = re.findall(r'^\s+#(\d+) \S+ (\S+)', stack, re.M)
        for number, location in frames:
            if int(number) < TOP_FRAMES and any(root in location for root in roots):
                return True
    summary = re.search(r'^SUMMARY: ThreadSanitizer: .*$', report, re.M)
    return bool(summary and any(root in summary.group(0) for root in roots))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = os.path.abspath(sys.argv[1])
    # Meson's builds name our files relative to the build directory.
    roots = ['../src/', '../tests/', source + '/src/', source + '/tests/']
    ours, theirs = [], []
    for path in sys.argv[2:]:
        for report in reports_in(path):
            (ours if is_ours(report, roots) else theirs).append(report)

    for report in ours:
        print('=' * 18)
        print(report)
    kinds = {}
    for report in theirs:
        kind = re.search(r'WARNING: ThreadSanitizer: ([^(]+)', report).group(1).strip()
        kinds[kind] = kinds.get(kind, 0) + 1
    print('ThreadSanitizer: %d report(s) in our code; %d inside the libraries alone%s'
          % (len(ours), len(theirs),
             (' (' + ', '.join('%d %s' % (n, k) for k, n in sorted(kinds.items())) + ')') if kinds else ''))
    return 1 if ours else 0


if __name__ == '__main__':
    sys.exit(main())
