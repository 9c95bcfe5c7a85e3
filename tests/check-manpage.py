#!/usr/bin/env python3
# The manual page and --help-all list the same options: an option added to
# one and not the other fails here, so the page cannot drift from the
# program. Also renders the page with man, as a reader would.
#
# usage: check-manpage.py KOREAN-WAR-ATLAS MANPAGE

import os
import re
import shutil
import subprocess
import sys

OPTION = re.compile(r'(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])(?![\w-])')


def help_options(app):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='en')
    out = subprocess.run([app, '--help-all'], capture_output=True, text=True, env=env, check=True).stdout
    options = set()
    for line in out.splitlines():
        # "  -v, --version     Print the version and exit": the options lead
        # the line; their descriptions may name other options.
        head = re.split(r'\s{2,}', line.strip(), maxsplit=1)[0]
        if head.startswith('-'):
            options.update(OPTION.findall(head.split('=')[0]))
    return options


def page_options(page):
    options = set()
    lines = open(page, encoding='utf-8').read().splitlines()
    for previous, line in zip([''] + lines, lines):
        # The term of a .TP paragraph is the line after it.
        if previous.strip() == '.TP' and line.startswith('.B'):
            term = line.replace('\\-', '-').split('=')[0]
            options.update(OPTION.findall(term))
    return options


def main():
    app, page = sys.argv[1], sys.argv[2]
    in_help, in_page = help_options(app), page_options(page)
    failed = False
    for option in sorted(in_help - in_page):
        print('FAIL: %s is in --help-all but not in %s' % (option, os.path.basename(page)))
        failed = True
    for option in sorted(in_page - in_help):
        print('FAIL: %s is in %s but not in --help-all' % (option, os.path.basename(page)))
        failed = True
    if len(in_help) < 20:
        print('FAIL: only %d options read from --help-all' % len(in_help))
        failed = True

    if shutil.which('man') is not None:
        rendered = subprocess.run(['man', '-l', page], capture_output=True, text=True,
                                  env=dict(os.environ, MANPAGER='cat', PAGER='cat', MANWIDTH='80'))
        if rendered.returncode != 0 or 'OPTIONS' not in rendered.stdout or rendered.stderr.strip():
            print('FAIL: man -l %s: %s' % (page, rendered.stderr.strip() or 'no OPTIONS section'))
            failed = True

    if failed:
        return 1
    print('%d options, the same in --help-all and the manual page' % len(in_help))
    return 0


if __name__ == '__main__':
    sys.exit(main())
