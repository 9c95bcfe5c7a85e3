#!/usr/bin/env python3
# One version everywhere: meson.build (passed in), the program's --version,
# the newest release in the AppStream metainfo, the top of debian/changelog
# and the manual page's header. Fails naming each that disagrees.
#
# usage: check-version.py VERSION KOREAN-WAR-ATLAS SOURCE-DIR

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def main():
    version, app, source = sys.argv[1], sys.argv[2], sys.argv[3]
    found = {}

    out = subprocess.run([app, '--version'], capture_output=True, text=True, check=True).stdout.strip()
    found['--version'] = out.split()[-1] if out else ''

    metainfo = ET.parse(os.path.join(source, 'data', 'org.koreanwaratlas.Atlas.metainfo.xml.in'))
    releases = metainfo.getroot().findall('./releases/release')
    found['metainfo (newest release)'] = releases[0].get('version') if releases else ''

    with open(os.path.join(source, 'debian', 'changelog'), encoding='utf-8') as f:
        match = re.match(r'\S+ \(([^)]+)\)', f.readline())
    # A Debian revision (-1) is the packaging's, not the program's.
    found['debian/changelog'] = match.group(1).split('-')[0] if match else ''

    with open(os.path.join(source, 'docs', 'korean-war-atlas.1'), encoding='utf-8') as f:
        match = re.search(r'^\.TH .*"korean-war-atlas ([^"]+)"', f.read(), re.M)
    found['docs/korean-war-atlas.1'] = match.group(1) if match else ''

    wrong = {where: seen for where, seen in found.items() if seen != version}
    for where, seen in wrong.items():
        print('FAIL: %s says %r, meson.build %r' % (where, seen, version))
    if not wrong:
        print('version %s in meson.build, %s' % (version, ', '.join(found)))
    return 1 if wrong else 0


if __name__ == '__main__':
    sys.exit(main())
