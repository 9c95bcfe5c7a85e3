#!/usr/bin/env python3
"""Mutation testing: applies each mutation of tests/mutations.txt to a copy
of the tree, one at a time, rebuilds, runs the tests the mutation names and
reports whether they failed (the mutant is killed) or passed (it survived).
Prints a score and exits 1 below the required share of kills.

usage: tools/mutate.py [--work DIR] [--min-score 0.9] [--only TEXT]
       tools/mutate.py --check BUILD_DIR
Run through tools/mutate.sh, which provides Xvfb and a D-Bus session.
--check only proves that the list still fits the tree: every "find" occurs
exactly once in its file and every test named exists in BUILD_DIR, so that
moving code cannot quietly retire a mutation (the suite runs it)."""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ('file', 'find', 'replace', 'tests', 'why')


def read_mutations(path):
    mutations, current, key = [], {}, None
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip('\n')
            if line.startswith('#'):
                continue
            if not line.strip():
                if current:
                    mutations.append(current)
                current, key = {}, None
                continue
            match = re.match(r'^(\w+): ?(.*)$', line)
            if match and match.group(1) in KEYS:
                key = match.group(1)
                current[key] = match.group(2)
                current.setdefault('line', number)
            elif key in ('find', 'replace'):
                current[key] += '\n' + line   # a continuation line
            else:
                sys.exit('%s:%d: expected one of %s' % (path, number, ', '.join(KEYS)))
    if current:
        mutations.append(current)
    for m in mutations:
        missing = [k for k in KEYS if k not in m]
        if missing:
            sys.exit('%s:%d: the mutation lacks %s' % (path, m['line'], ', '.join(missing)))
    return mutations


def copy_tree(work):
    source = os.path.join(work, 'src-tree')
    if os.path.isdir(source):
        shutil.rmtree(source)
    ignore = shutil.ignore_patterns('build*', '.git', '*.out.png', '*.diff.png')
    shutil.copytree(ROOT, source, ignore=ignore)
    return source


def run(command, cwd, timeout):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def check(mutations, build):
    with open(os.path.join(build, 'meson-info', 'intro-tests.json'), encoding='utf-8') as f:
        known = {t['name'] for t in json.load(f)}
    problems = []
    for m in mutations:
        try:
            with open(os.path.join(ROOT, m['file']), encoding='utf-8') as f:
                count = f.read().count(m['find'])
        except OSError as error:
            problems.append('mutations.txt:%d: %s' % (m['line'], error))
            continue
        if count != 1:
            problems.append('mutations.txt:%d: "%s" occurs %d times in %s, not once'
                            % (m['line'], m['find'].splitlines()[0], count, m['file']))
        for test in m['tests'].split():
            if test not in known:
                problems.append('mutations.txt:%d: no test is named "%s"' % (m['line'], test))
    for problem in problems:
        print(problem)
    print('%d mutations, %d problems' % (len(mutations), len(problems)))
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--check', metavar='BUILD_DIR', help='only check that the list fits the tree')
    parser.add_argument('--work', default=os.path.join(ROOT, 'build-mutate'))
    parser.add_argument('--min-score', type=float, default=0.9)
    parser.add_argument('--only', help='run only the mutations whose "why" contains this')
    args = parser.parse_args()

    mutations = read_mutations(os.path.join(ROOT, 'tests', 'mutations.txt'))
    if args.check:
        return check(mutations, args.check)
    if args.only:
        mutations = [m for m in mutations if args.only in m['why']]
    os.makedirs(args.work, exist_ok=True)
    tree = copy_tree(args.work)
    build = os.path.join(args.work, 'build')
    if not os.path.isdir(build):
        setup = run(['meson', 'setup', build, tree, '--buildtype=debugoptimized'], tree, 600)
        if setup.returncode != 0:
            sys.exit('meson setup failed:\n' + setup.stdout + setup.stderr)
    else:
        run(['meson', 'setup', '--reconfigure', build, tree], tree, 600)
    first = run(['ninja', '-C', build], tree, 1800)
    if first.returncode != 0:
        sys.exit('the unmutated tree does not build:\n' + first.stdout[-3000:])

    killed, survived = [], []
    for index, m in enumerate(mutations, start=1):
        path = os.path.join(tree, m['file'])
        with open(path, encoding='utf-8') as f:
            original = f.read()
        if original.count(m['find']) != 1:
            sys.exit('mutations.txt:%d: "%s" occurs %d times in %s, not once'
                     % (m['line'], m['find'].splitlines()[0], original.count(m['find']), m['file']))
        start = time.monotonic()
        try:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(original.replace(m['find'], m['replace']))
            built = run(['ninja', '-C', build], tree, 1800)
            if built.returncode != 0:
                verdict, detail = 'killed', 'does not build'
            else:
                tests = m['tests'].split()
                result = run(['meson', 'test', '-C', build, '--no-rebuild', '--num-processes', '2'] + tests,
                             tree, 1800)
                failed = re.findall(r'^\s*\d+/\d+ \S+ / (\S+)\s+(?:FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)',
                                    result.stdout, re.M)
                if result.returncode != 0:
                    verdict, detail = 'killed', 'by ' + (', '.join(failed) or 'the test run')
                else:
                    verdict, detail = 'survived', 'passed: ' + ' '.join(tests)
        finally:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(original)
        (killed if verdict == 'killed' else survived).append(m)
        print('%2d/%d %-8s %s (%s: %s) [%.0f s]' % (index, len(mutations), verdict.upper(), m['why'],
                                                    m['file'], detail, time.monotonic() - start), flush=True)

    # Leave the build as the unmutated tree.
    run(['ninja', '-C', build], tree, 1800)
    total = len(killed) + len(survived)
    score = len(killed) / total if total else 0
    print('MUTATION SCORE: %d of %d killed (%.0f %%)' % (len(killed), total, score * 100))
    for m in survived:
        print('  survived: %s (mutations.txt:%d)' % (m['why'], m['line']))
    return 0 if score >= args.min_score else 1


if __name__ == '__main__':
    sys.exit(main())
