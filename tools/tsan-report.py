#!/usr/bin/env python3
"""Reads ThreadSanitizer's report files and sorts each report: ours when
either of the two racing accesses happens in our sources (src/ or tests/ of
SOURCE_DIR): the first frame of its stack that is not the sanitizer's own
interceptor (memcpy, free...) is ours. Otherwise the race is inside a
library, on the library's own memory, even when our code called it (GLib's
lock-free caches such as g_unichar_get_script's, GType's lock-free reads
of type nodes). Prints every report of ours in full and a count of the
others by the function they race in; exits 1 if any report is ours.

usage: tsan-report.py SOURCE_DIR REPORT-FILE..."""

import os
import re
import sys

ACCESS = re.compile(r'^  (?:Previous )?(?:[Aa]tomic )?(?:[Rr]ead|[Ww]rite) of size', re.M)
RUNTIME = ('libtsan', 'tsan_interceptors', 'sanitizer_common')


def reports_in(path):
    with open(path, errors='replace') as f:
        text = f.read()
    return [block.strip() for block in re.split(r'^==================$', text, flags=re.M)
            if 'WARNING: ThreadSanitizer' in block]


def access_stacks(report):
    """The stacks of the two racing accesses (not where the memory was
    allocated, nor where the threads were made)."""
    stacks = []
    for block in re.split(r'^\s*$', report, flags=re.M):
        if ACCESS.search(block):
            stacks.append(re.findall(r'^\s+#\d+ (\S+) (\S+)', block, re.M))
    return stacks


def is_ours(report, roots):
    for frames in access_stacks(report):
        for function, location in frames:
            if any(runtime in location for runtime in RUNTIME):
                continue
            if any(root in location for root in roots):
                return True
            break
    return False


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
        where = re.search(r'^SUMMARY: ThreadSanitizer: .* in (\S+)', report, re.M)
        kind = where.group(1) if where else 'unknown'
        kinds[kind] = kinds.get(kind, 0) + 1
    print('ThreadSanitizer: %d report(s) in our code; %d inside the libraries alone%s'
          % (len(ours), len(theirs),
             (' (' + ', '.join('%d %s' % (n, k) for k, n in sorted(kinds.items())) + ')') if kinds else ''))
    return 1 if ours else 0


if __name__ == '__main__':
    sys.exit(main())
