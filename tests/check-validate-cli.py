#!/usr/bin/env python3
# `korean-war-atlas --validate` as a curator runs it: the exit status must
# be exactly the one expected (1 for a broken file, never a signal, which
# meson's should_fail would also accept) and the output must name each
# problem expected, by its place in the file and its words.
#
# usage: check-validate-cli.py KOREAN-WAR-ATLAS FILE STATUS [TEXT...]

import subprocess
import sys


def main():
    exe, path, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
    run = subprocess.run([exe, '--validate', '--data=' + path], capture_output=True, text=True, timeout=60)
    output = run.stdout + run.stderr
    print(output, end='')
    if run.returncode != status:
        how = 'killed by signal %d' % -run.returncode if run.returncode < 0 else 'exit status %d' % run.returncode
        sys.exit('%s, expected exit status %d' % (how, status))
    missing = [text for text in sys.argv[4:] if text not in output]
    if missing:
        sys.exit('missing from the output: %s' % '; '.join(missing))


if __name__ == '__main__':
    main()
